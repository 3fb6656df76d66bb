"""Name constructions fresh real news showed in stop 28 (mention detection and name matching),
each in phrasings of our own.

- a known person the article names by a fuller form than the gazetteer's name ("Bola Ahmed
  Tinubu" for "Bola Tinubu") is shown by the article's form; a shorter or
  equally long form ("Tayyip Erdogan", "King Charles") keeps the gazetteer's name.
- a name the model left untagged after a title, its portfolio and a state ("the Minister of
  Justice of the Republic of Z X Y") is a person.
- family names written alone after the full name ("Peña Nieto" after "Enrique Peña Nieto")
  are that person.
- a name word with an apostrophe or a glottal stop inside ("Mata’afa") is a name word.
- "Huthi", "Huthis" (a wire agency's spelling) are the Houthis.
- a short form defined in brackets after a body's name ("the X Y Army (XYA)") names that body
  also where it stands alone later ("XYA spokesman Z").
- "the Republic of Niger", "the Republic of Sudan": formal names written without the "the" of
  their ISO form are the states.

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


# ---- family names alone after the full name ------------------------------------------------------------
def test_family_names_alone_are_the_person_named_in_full_before(facts_of):
    facts = facts_of("Chilean President Rodrigo Alvarez Montero held talks with the Uruguayan leader in "
                     "Santiago on Tuesday. Alvarez Montero flew to Montevideo on Wednesday.")
    one(facts, "Rodrigo Alvarez Montero", "VISITED", "Montevideo")
    assert "Alvarez Montero" not in names(facts)


def test_a_family_name_shared_by_a_dynasty_is_no_short_form():
    from ingest.resolve import _family_names_of

    assert _family_names_of(["pena", "nieto"], ["enrique", "pena", "nieto"])
    assert not _family_names_of(["al", "thani"], ["tamim", "bin", "hamad", "al", "thani"])
    assert not _family_names_of(["bin", "zayed", "al", "nahyan"], ["mohamed", "bin", "zayed", "al", "nahyan"])


# ---- an apostrophe or a glottal stop inside a name --------------------------------------------------------
def test_name_part_with_an_apostrophe_inside_stays_in_the_name(facts_of):
    facts = facts_of("Tongan Deputy Prime Minister Lupe Vaha’akolo Taumoepeau arrived in Suva on Monday "
                     "for talks on fisheries.")
    one(facts, "Lupe Vaha’akolo Taumoepeau", "VISITED", "Suva")
    facts = facts_of("Samoan Prime Minister Tuala Iosefo Pona’ilelei flew to Nuku'alofa on Monday.")
    one(facts, "Tuala Iosefo Pona’ilelei", "HOLDS_ROLE", "Samoa")


# ---- a wire agency's spelling of an armed group ---------------------------------------------------------
def test_huthi_spelling_is_the_houthis(facts_of):
    facts = facts_of("Yemen's Huthi rebels fired a ballistic missile at the Saudi city of Jizan on Sunday.")
    one(facts, "Houthis", "ATTACKED", "Jizan")


# ---- a short form defined in brackets, used alone later -----------------------------------------------------
def test_bracketed_short_form_used_later_is_the_named_body(facts_of):
    facts = facts_of("The rebel Northern Liberation Movement (NLM) shelled the port of Tobruk on Friday. "
                     "NLM spokesman Karim Haddad said the strikes hit a fuel depot.")
    one(facts, "Karim Haddad", "HOLDS_ROLE", "Northern Liberation Movement")
    assert "NLM" not in names(facts)


# ---- a formal state name written without its "the" ---------------------------------------------------------
def test_formal_state_name_without_its_article(facts_of):
    facts = facts_of("Egypt sent food aid to the Republic of Sudan on Monday.")
    one(facts, "Egypt", "AIDED", "Sudan")
