"""Meetings, receptions and calls fresh real news showed in stop 26, each in phrasings of our own.

- "In a call to X, Y said ...": a call framing the clause, addressed to a person, is a call
  between the clause's subject and that person;
- "X received a courtesy call from Y": the one who pays the call is named by "from";
- "X hosted a reception (in Z) for Y": the guest of a meal or reception the verb hosts;
- "Ruritanian-Utopian negotiations began": the two parties named as modifiers of the noun.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one
from tests.syntax import facts_from, parsed


# ---- a call addressed to someone, framing the clause ---------------------------------------------
def test_a_call_to_a_person_framing_the_clause_is_a_call_between_them(facts_of):
    facts = facts_of("In a call to Chilean President Mateo Ruiz on Tuesday, British Foreign Secretary "
                     "Helen Marsh said the copper export ban should be lifted soon.",
                     published=dt.date(2021, 3, 4))
    one(facts, "Helen Marsh", "MET_WITH", "Mateo Ruiz")


def test_a_call_to_action_names_no_partner(facts_of):
    facts = facts_of("In a call to action on Tuesday, British Foreign Secretary Helen Marsh said "
                     "donors must act on the famine.", published=dt.date(2021, 3, 4))
    assert not [f for f in facts if f.relation == "MET_WITH"]


# ---- a courtesy call received -------------------------------------------------------------------
def test_a_courtesy_call_received_from_a_visitor_is_a_meeting(facts_of):
    facts = facts_of("Prime Minister Tavita Lemalu received a courtesy call from New Zealand Foreign "
                     "Minister Grace Hollis on Thursday.", published=dt.date(2020, 8, 14))
    one(facts, "Tavita Lemalu", "MET_WITH", "Grace Hollis")


# ---- a reception hosted for a guest --------------------------------------------------------------
def test_a_reception_hosted_for_a_guest_is_a_meeting(facts_of):
    facts = facts_of("The President of Croatia, Marko Babic, hosted an official lunch on Friday for the "
                     "President of Slovenia, Janez Kovac.", published=dt.date(2022, 5, 7))
    one(facts, "Marko Babic", "MET_WITH", "Janez Kovac")


# ---- two states named as modifiers of negotiations -----------------------------------------------
def test_negotiations_named_by_two_states_are_a_meeting_of_both(facts_of):
    facts = facts_of("Georgian-US negotiations on visas opened on Monday in Tbilisi.",
                     published=dt.date(2021, 10, 5))
    one(facts, "Georgia", "MET_WITH", "United States")


# ---- the first of two titled names hung on the second's title ------------------------------------
def test_both_titled_partners_after_meeting_with_are_met(facts_of):
    facts = facts_of("Chancellor Greta Lind spoke to reporters on Tuesday after meeting with Trade "
                     "Minister Oskar Brandt and Interior Secretary Paula Ferreira Jr. in Lisbon.",
                     published=dt.date(2023, 2, 8))
    one(facts, "Greta Lind", "MET_WITH", "Oskar Brandt")
    one(facts, "Greta Lind", "MET_WITH", "Paula Ferreira Jr.")


# ---- a list whose next name the parser hung on a description ------------------------------------
def test_a_name_after_a_semicolon_and_a_description_is_still_met():
    # Kowalski met Jan Nowak ; Adam Zielinski , Nowak 's adviser ; and Ewa Mazur .  The parser
    # made the list's last name a conjunct of the description set off after the second name.
    doc = parsed([
        ("Kowalski", 1, "nsubj", "PROPN", "NNP", "Kowalski", "B-PERSON"),
        ("met", 1, "ROOT", "VERB", "VBD", "meet", "O"),
        ("Jan", 3, "compound", "PROPN", "NNP", "Jan", "B-PERSON"),
        ("Nowak", 1, "dobj", "PROPN", "NNP", "Nowak", "I-PERSON"),
        (";", 3, "punct", "PUNCT", ":", ";", "O"),
        ("Adam", 6, "compound", "PROPN", "NNP", "Adam", "B-PERSON"),
        ("Zielinski", 3, "conj", "PROPN", "NNP", "Zielinski", "I-PERSON"),
        (",", 6, "punct", "PUNCT", ",", ",", "O"),
        ("Nowak", 10, "poss", "PROPN", "NNP", "Nowak", "B-PERSON"),
        ("'s", 8, "case", "PART", "POS", "'s", "O"),
        ("adviser", 6, "appos", "NOUN", "NN", "adviser", "O"),
        (";", 10, "punct", "PUNCT", ":", ";", "O"),
        ("and", 10, "cc", "CCONJ", "CC", "and", "O"),
        ("Ewa", 14, "compound", "PROPN", "NNP", "Ewa", "B-PERSON"),
        ("Mazur", 10, "conj", "PROPN", "NNP", "Mazur", "I-PERSON"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
    ])
    met = {frozenset((f.subject, f.object)) for f in facts_from(doc) if f.relation == "MET_WITH"}
    assert frozenset(("Kowalski", "Ewa Mazur")) in met
    assert frozenset(("Kowalski", "Adam Zielinski")) in met


def test_a_description_with_its_own_conjunct_adds_no_partner(facts_of):
    facts = facts_of("Tomas Lindqvist met Lena Brandt, the chief of staff and spokeswoman of the "
                     "president, on Friday.", published=dt.date(2019, 6, 14))
    one(facts, "Tomas Lindqvist", "MET_WITH", "Lena Brandt")
    assert len([f for f in facts if f.relation == "MET_WITH"]) == 1


# ---- "the first of ... to meet" -----------------------------------------------------------------
def test_the_first_of_the_leaders_to_meet_someone_met_them(facts_of):
    facts = facts_of("Greta Lind was the first of the European leaders to meet Oskar Brandt, Austria's "
                     "new chancellor, since his election.", published=dt.date(2023, 2, 8))
    one(facts, "Greta Lind", "MET_WITH", "Oskar Brandt")


# ---- a name set off after the state of a title's "of" phrase ------------------------------------
def test_the_name_after_a_titles_state_is_the_titles_holder(facts_of):
    facts = facts_of("The Trade Minister, Oskar Brandt, talked for an hour with the President-elect of Brazil, "
                     "Paulo Mendes, at his farm near Goiania.", published=dt.date(2022, 11, 20))
    one(facts, "Oskar Brandt", "MET_WITH", "Paulo Mendes")
    assert not find(facts, "Oskar Brandt", "MET_WITH", "Brazil")


def test_a_name_the_parser_hung_on_the_titles_state_is_the_holder():
    # Brandt met the President of Chile , Paulo Mendes .  (the name made the state's appositive)
    doc = parsed([
        ("Brandt", 1, "nsubj", "PROPN", "NNP", "Brandt", "B-PERSON"),
        ("met", 1, "ROOT", "VERB", "VBD", "meet", "O"),
        ("the", 3, "det", "DET", "DT", "the", "O"),
        ("President", 1, "dobj", "PROPN", "NNP", "President", "O"),
        ("of", 3, "prep", "ADP", "IN", "of", "O"),
        ("Chile", 4, "pobj", "PROPN", "NNP", "Chile", "B-GPE"),
        (",", 5, "punct", "PUNCT", ",", ",", "O"),
        ("Paulo", 8, "compound", "PROPN", "NNP", "Paulo", "B-PERSON"),
        ("Mendes", 5, "appos", "PROPN", "NNP", "Mendes", "I-PERSON"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
    ])
    met = {frozenset((f.subject, f.object)) for f in facts_from(doc) if f.relation == "MET_WITH"}
    assert met == {frozenset(("Brandt", "Paulo Mendes"))}


# ---- a list of partners the parser broke after the first --------------------------------------
def test_the_partners_listed_after_a_broken_first_one_are_met_too():
    # Tomas Lindqvist held meetings with President Karl Weber , Prime Minister Anton Kral .  The
    # parser made the second name a conjunct of the verb.
    doc = parsed([
        ("Tomas", 1, "compound", "PROPN", "NNP", "Tomas", "B-PERSON"),
        ("Lindqvist", 2, "nsubj", "PROPN", "NNP", "Lindqvist", "I-PERSON"),
        ("held", 2, "ROOT", "VERB", "VBD", "hold", "O"),
        ("meetings", 2, "dobj", "NOUN", "NNS", "meeting", "O"),
        ("with", 3, "prep", "ADP", "IN", "with", "O"),
        ("President", 7, "compound", "PROPN", "NNP", "President", "O"),
        ("Karl", 7, "compound", "PROPN", "NNP", "Karl", "B-PERSON"),
        ("Weber", 4, "pobj", "PROPN", "NNP", "Weber", "I-PERSON"),
        (",", 2, "punct", "PUNCT", ",", ",", "O"),
        ("Prime", 10, "compound", "PROPN", "NNP", "Prime", "O"),
        ("Minister", 12, "compound", "PROPN", "NNP", "Minister", "O"),
        ("Anton", 12, "compound", "PROPN", "NNP", "Anton", "B-PERSON"),
        ("Kral", 2, "conj", "PROPN", "NNP", "Kral", "I-PERSON"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
    ])
    met = {frozenset((f.subject, f.object)) for f in facts_from(doc) if f.relation == "MET_WITH"}
    assert met == {frozenset(("Tomas Lindqvist", "Karl Weber")), frozenset(("Tomas Lindqvist", "Anton Kral"))}


def test_a_name_after_the_met_ones_that_acts_itself_is_no_partner(facts_of):
    facts = facts_of("Chancellor Greta Lind met with Trade Minister Oskar Brandt, and Foreign Minister "
                     "Paula Ferreira later flew to Rome.", published=dt.date(2023, 2, 8))
    one(facts, "Greta Lind", "MET_WITH", "Oskar Brandt")
    assert not find(facts, "Greta Lind", "MET_WITH", "Paula Ferreira")


def test_a_listed_partner_whose_title_a_state_owns_is_met_too():
    # Greta Lind met with Karl Weber and Austria 's Chancellor Anton Kral .  The parser hung the
    # second name on the verb, apart from the first.
    doc = parsed([
        ("Greta", 1, "compound", "PROPN", "NNP", "Greta", "B-PERSON"),
        ("Lind", 2, "nsubj", "PROPN", "NNP", "Lind", "I-PERSON"),
        ("met", 2, "ROOT", "VERB", "VBD", "meet", "O"),
        ("with", 2, "prep", "ADP", "IN", "with", "O"),
        ("Karl", 5, "compound", "PROPN", "NNP", "Karl", "B-PERSON"),
        ("Weber", 3, "pobj", "PROPN", "NNP", "Weber", "I-PERSON"),
        ("and", 2, "cc", "CCONJ", "CC", "and", "O"),
        ("Austria", 11, "poss", "PROPN", "NNP", "Austria", "B-GPE"),
        ("'s", 7, "case", "PART", "POS", "'s", "O"),
        ("Chancellor", 11, "compound", "PROPN", "NNP", "Chancellor", "O"),
        ("Anton", 11, "compound", "PROPN", "NNP", "Anton", "B-PERSON"),
        ("Kral", 2, "npadvmod", "PROPN", "NNP", "Kral", "I-PERSON"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
    ])
    met = {frozenset((f.subject, f.object)) for f in facts_from(doc) if f.relation == "MET_WITH"}
    assert met == {frozenset(("Greta Lind", "Karl Weber")), frozenset(("Greta Lind", "Anton Kral"))}


def test_a_courtesy_call_on_a_list_of_office_holders_meets_each(facts_of):
    facts = facts_of("Chilean Foreign Minister Rosa Valdes arrived in Lima on Monday. On Tuesday she paid "
                     "courtesy calls on President Jorge Salas, Prime Minister Elena Rojas, Congress Speaker Luis "
                     "Paredes and APRA chair and former Prime Minister Mario Quispe.",
                     published=dt.date(2021, 3, 2))
    for host in ("Jorge Salas", "Elena Rojas", "Luis Paredes"):
        one(facts, "Rosa Valdes", "MET_WITH", host)


# ---- two titles in apposition before one name ---------------------------------------------------
def test_the_name_ending_a_second_title_in_apposition_is_the_partner():
    # Kaja Tamm met the Vice Premier , Minister of Trade of the Republic of Latvia Peter Lindberg .
    # (the name hung on the second "of" of the second title, set in apposition to the first)
    doc = parsed([
        ("Kaja", 1, "compound", "PROPN", "NNP", "Kaja", "B-PERSON"),
        ("Tamm", 2, "nsubj", "PROPN", "NNP", "Tamm", "I-PERSON"),
        ("met", 2, "ROOT", "VERB", "VBD", "meet", "O"),
        ("the", 5, "det", "DET", "DT", "the", "O"),
        ("Vice", 5, "compound", "PROPN", "NNP", "Vice", "O"),
        ("Premier", 2, "dobj", "PROPN", "NNP", "Premier", "O"),
        (",", 5, "punct", "PUNCT", ",", ",", "O"),
        ("Minister", 5, "appos", "PROPN", "NNP", "Minister", "O"),
        ("of", 7, "prep", "ADP", "IN", "of", "O"),
        ("Trade", 8, "pobj", "PROPN", "NNP", "Trade", "O"),
        ("of", 7, "prep", "ADP", "IN", "of", "O"),
        ("the", 12, "det", "DET", "DT", "the", "O"),
        ("Republic", 10, "pobj", "PROPN", "NNP", "Republic", "B-GPE"),
        ("of", 12, "prep", "ADP", "IN", "of", "I-GPE"),
        ("Latvia", 16, "compound", "PROPN", "NNP", "Latvia", "I-GPE"),
        ("Peter", 16, "compound", "PROPN", "NNP", "Peter", "B-PERSON"),
        ("Lindberg", 13, "pobj", "PROPN", "NNP", "Lindberg", "I-PERSON"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
    ])
    met = {frozenset((f.subject, f.object)) for f in facts_from(doc) if f.relation == "MET_WITH"}
    assert met == {frozenset(("Kaja Tamm", "Peter Lindberg"))}


# ---- an object placed after the verb's place phrase ---------------------------------------------
def test_a_guest_named_after_the_reception_place_is_received(facts_of):
    facts = facts_of("President Ana Vidal on Tuesday received at the Belem Palace the Spanish Minister of "
                     "Defence, Carlos Ortega, who arrived in Lisbon on Monday.", published=dt.date(2022, 6, 8))
    one(facts, "Ana Vidal", "MET_WITH", "Carlos Ortega")


def test_a_place_with_its_own_appositive_is_no_guest(facts_of):
    facts = facts_of("President Ana Vidal received the envoys on Tuesday at the Belem Palace, the seat of "
                     "the presidency since 1910.", published=dt.date(2022, 6, 8))
    assert not [f for f in facts if f.relation == "MET_WITH"]


# ---- "between" hung on the place named after the meeting -----------------------------------------
def test_a_between_phrase_hung_on_the_meetings_place_names_the_pair():
    # A diplomat was present at a meeting yesterday in Kampala between Rachel Otieno and Peter
    # Mwangi .  (the parser hung "between" on the city)
    doc = parsed([
        ("A", 1, "det", "DET", "DT", "a", "O"),
        ("diplomat", 2, "nsubj", "NOUN", "NN", "diplomat", "O"),
        ("was", 2, "ROOT", "AUX", "VBD", "be", "O"),
        ("present", 2, "acomp", "ADJ", "JJ", "present", "O"),
        ("at", 2, "prep", "ADP", "IN", "at", "O"),
        ("a", 6, "det", "DET", "DT", "a", "O"),
        ("meeting", 4, "pobj", "NOUN", "NN", "meeting", "O"),
        ("yesterday", 2, "npadvmod", "NOUN", "NN", "yesterday", "B-DATE"),
        ("in", 2, "prep", "ADP", "IN", "in", "O"),
        ("Kampala", 8, "pobj", "PROPN", "NNP", "Kampala", "B-GPE"),
        ("between", 9, "prep", "ADP", "IN", "between", "O"),
        ("Rachel", 12, "compound", "PROPN", "NNP", "Rachel", "B-PERSON"),
        ("Otieno", 10, "pobj", "PROPN", "NNP", "Otieno", "I-PERSON"),
        ("and", 12, "cc", "CCONJ", "CC", "and", "O"),
        ("Peter", 15, "compound", "PROPN", "NNP", "Peter", "B-PERSON"),
        ("Mwangi", 12, "conj", "PROPN", "NNP", "Mwangi", "I-PERSON"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
    ])
    met = {frozenset((f.subject, f.object)) for f in facts_from(doc) if f.relation == "MET_WITH"}
    assert met == {frozenset(("Rachel Otieno", "Peter Mwangi"))}


def test_a_between_phrase_of_another_noun_after_the_place_is_not_the_meetings():
    # They held a meeting in Kampala on the border between Kenya and Uganda .
    facts = facts_from(parsed([
        ("They", 1, "nsubj", "PRON", "PRP", "they", "O"),
        ("held", 1, "ROOT", "VERB", "VBD", "hold", "O"),
        ("a", 3, "det", "DET", "DT", "a", "O"),
        ("meeting", 1, "dobj", "NOUN", "NN", "meeting", "O"),
        ("in", 1, "prep", "ADP", "IN", "in", "O"),
        ("Kampala", 4, "pobj", "PROPN", "NNP", "Kampala", "B-GPE"),
        ("on", 1, "prep", "ADP", "IN", "on", "O"),
        ("the", 8, "det", "DET", "DT", "the", "O"),
        ("border", 6, "pobj", "NOUN", "NN", "border", "O"),
        ("between", 8, "prep", "ADP", "IN", "between", "O"),
        ("Kenya", 9, "pobj", "PROPN", "NNP", "Kenya", "B-GPE"),
        ("and", 10, "cc", "CCONJ", "CC", "and", "O"),
        ("Uganda", 10, "conj", "PROPN", "NNP", "Uganda", "B-GPE"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
    ]))
    assert not [f for f in facts if f.relation == "MET_WITH"]


# ---- a former prime minister's name in the spelling his government uses --------------------------
def test_the_gazetteer_names_pakistans_2008_prime_minister_as_his_government_spells_it():
    from ingest.gazetteer import Gazetteer

    gz = Gazetteer.default()
    for spelling in ("Yousaf Raza Gillani", "Yousuf Raza Gilani"):
        assert [e.name for e in gz.lookup(spelling)] == ["Yousuf Raza Gilani"]
