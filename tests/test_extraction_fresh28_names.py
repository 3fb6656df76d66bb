"""Name constructions fresh real news showed in stop 28 (mention detection and name matching),
each in phrasings of our own.

- a known person the article names by a fuller form than the gazetteer's name ("Bola Ahmed
  Tinubu" for "Bola Tinubu") is shown by the article's form; a shorter or
  equally long form ("Tayyip Erdogan", "King Charles") keeps the gazetteer's name.
- a name the model left untagged after a title, its portfolio and a state ("the Minister of
  Justice of the Republic of Z X Y") is a person.

Sentences are our own."""
import datetime as dt

from tests.facts import one


def names(facts):
    return {f.subject for f in facts} | {f.object for f in facts}


# ---- the article's fuller form of a known name -------------------------------------------------------
def test_fuller_written_form_of_a_known_person_is_the_name_shown(facts_of):
    facts = facts_of("President Bola Ahmed Tinubu arrived in Accra on Tuesday for talks on cocoa prices.",
                     published=dt.date(2024, 5, 10))
    one(facts, "Bola Ahmed Tinubu", "VISITED", "Accra")
    assert "Bola Tinubu" not in names(facts)


def test_shorter_written_form_keeps_the_gazetteer_name(facts_of):
    facts = facts_of("President Tayyip Erdogan flew to Baku on Monday for talks on gas supplies.",
                     published=dt.date(2024, 5, 10))
    one(facts, "Recep Tayyip Erdoğan", "VISITED", "Baku")
    facts = facts_of("Sir Keir Starmer was received at the palace by King Charles on Friday.",
                     published=dt.date(2024, 7, 5))
    assert "King Charles" not in names(facts)


# ---- a name the model left untagged after "<title> of <portfolio> of <State>" ---------------------------
def test_name_after_a_title_with_its_portfolio_and_state(facts_of):
    facts = facts_of("The Minister of Justice of the Republic of Moldova Dorin Ceban met with the Minister "
                     "of Health of the Republic of Armenia Tigran Avetisyan in Chisinau on Monday.")
    one(facts, "Dorin Ceban", "MET_WITH", "Tigran Avetisyan")
    one(facts, "Dorin Ceban", "HOLDS_ROLE", "Moldova")
    one(facts, "Tigran Avetisyan", "HOLDS_ROLE", "Armenia")
