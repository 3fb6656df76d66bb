"""Constructions of titles, names and roles fresh real news showed in stop 28, each in phrasings
of our own.

- "A-ian, B-ian and C-ian Interior Ministers X, Y and Z": a plural title before a list of names
  starts no name of its own (the model often misses the first name after it, or calls a later
  one a body), and three or more states take the names in turn; a list whose names do not
  match the states says nothing;
- "[B-ian Interior] ministers": a demonym the model took with the title words after it is the
  state alone;
- a listed official at home where the group met made no visit there;
- "visited the grave of A and B": the parser's conjunct of the head noun is the "of" phrase's
  second name, no second object of the verb.

Sentences are our own; articles are dated as each test says."""
from tests.facts import find, one


def _roles(facts, subject):
    return [f for f in facts if f.relation == "HOLDS_ROLE" and f.subject == subject]


# ---- states in turn before a plural title ---------------------------------------------------
def test_three_demonyms_then_plural_title_then_three_names(facts_of):
    facts = facts_of("The Estonian, Latvian and Lithuanian Interior Ministers Mart Kask, Ilze Ozola and "
                     "Tomas Petrauskas will hold talks in Riga on Monday.")
    one(facts, "Mart Kask", "HOLDS_ROLE", "Estonia")
    one(facts, "Ilze Ozola", "HOLDS_ROLE", "Latvia")
    one(facts, "Tomas Petrauskas", "HOLDS_ROLE", "Lithuania")


def test_names_fewer_than_the_states_take_no_state(facts_of):
    facts = facts_of("The Estonian, Latvian and Lithuanian Interior Ministers Mart Kask and Ilze Ozola "
                     "will hold talks in Riga on Monday.")
    assert not find(facts, "Mart Kask", "HOLDS_ROLE", "Estonia")
    assert not find(facts, "Ilze Ozola", "HOLDS_ROLE", "Latvia")


def test_two_demonyms_then_lower_case_plural_title(facts_of):
    facts = facts_of("Estonian and Latvian Interior ministers Mart Kask and Ilze Ozola signed a border "
                     "protocol at a meeting in Tallinn on Monday.")
    one(facts, "Mart Kask", "HOLDS_ROLE", "Estonia")
    one(facts, "Ilze Ozola", "HOLDS_ROLE", "Latvia")
    assert not find(facts, "Mart Kask", "VISITED", "Tallinn")


# ---- a name in an "of" phrase, conjoined by the parser to its head --------------------------
def test_second_name_of_an_of_phrase_is_no_object(facts_of):
    facts = facts_of("Ilze Ozola visited the grave of Karlis Ulmanis and poet Rainis Pliekšans.")
    assert not find(facts, "Ilze Ozola", "MET_WITH", "Rainis Pliekšans")


# ---- "Presidents A of X, B of Y": a list of leaders, each with his state --------------------
def test_list_of_leaders_each_of_his_state_across_a_relative_clause(facts_of):
    facts = facts_of("Guests at the ceremony included Presidents Tomas Varga of Slovakia, who also chairs the "
                     "Visegrad Group, Marek Kowal of Poland, Janos Szabo of Hungary, and Petra Novakova of "
                     "Czechia.")
    one(facts, "Tomas Varga", "HOLDS_ROLE", "Slovakia")
    one(facts, "Marek Kowal", "HOLDS_ROLE", "Poland")
    one(facts, "Janos Szabo", "HOLDS_ROLE", "Hungary")
    one(facts, "Petra Novakova", "HOLDS_ROLE", "Czech Republic")


def test_name_of_a_state_outside_a_titled_list_stays_unread(facts_of):
    facts = facts_of("The exhibition of the paintings, Marek Kowal of Poland said, opens in Krakow on Monday.")
    assert not _roles(facts, "Marek Kowal")


# ---- a given name the model took for a place, after a title ---------------------------------
def test_given_name_tagged_as_place_after_plural_title_is_a_person():
    """The small model may take a given name after "counterparts" for a place, and the family
    name after it for a person alone."""
    from spacy.tokens import Span

    from ingest import mentions
    from ingest.nlp import load_model
    from ingest.pipeline import _default_gazetteer

    doc = load_model()("Spanish ministers held talks with their Chilean counterparts Rodolfo Araya and Ramon "
                       "Soto in Madrid.")
    start = [t.i for t in doc if t.text == "Rodolfo"][0]
    doc.ents = [Span(doc, start, start + 1, label="GPE"), Span(doc, start + 1, start + 2, label="PERSON")]
    found = {(m.text, m.label) for m in mentions.find(doc, _default_gazetteer())}
    assert ("Rodolfo Araya", "PERSON") in found


# ---- a body's short form, defined in brackets, used again -----------------------------------
def test_short_form_used_again_is_the_body_named_in_full(facts_of):
    facts = facts_of("The Northern Ruvuma Liberation Front (NRLF) said on Monday it had taken two towns. "
                     "NRLF spokesman Idris Kamau told reporters the fighters would hold them.")
    one(facts, "Idris Kamau", "HOLDS_ROLE", "Northern Ruvuma Liberation Front")
    assert not find(facts, "Idris Kamau", "HOLDS_ROLE", "NRLF")


# ---- a long title "of" a formal state's name, then the name ---------------------------------
def test_name_after_portfolio_title_of_a_formal_state_name(facts_of):
    facts = facts_of("On Tuesday the Minister of Internal Affairs of the Republic of Moldova Ion Rusu hosted "
                     "a delegation from Romania.")
    one(facts, "Ion Rusu", "HOLDS_ROLE", "Moldova")
    facts = facts_of("On Monday, the Minister of Justice of the Republic of Moldova Ion Rusu spoke to "
                     "judges in Balti.")
    one(facts, "Ion Rusu", "HOLDS_ROLE", "Moldova")


# ---- an envoy's posting with its article ----------------------------------------------------
def test_envoy_to_a_state_named_with_its_article(facts_of):
    facts = facts_of("Brazilian Ambassador to the Netherlands Carla Mendes was summoned on Tuesday.")
    one(facts, "Carla Mendes", "HOLDS_ROLE", "Brazil")
    assert not find(facts, "Carla Mendes", "HOLDS_ROLE", "Netherlands")


# ---- a state's possessive before its body; taking the oath ----------------------------------
def test_leader_of_a_states_ruling_party_holds_the_partys_post(facts_of):
    facts = facts_of("Tomas Varga, leader of Slovakia's ruling Civic Renewal Party (CRP), took the oath "
                     "as the country's prime minister on Friday.")
    one(facts, "Tomas Varga", "HOLDS_ROLE", "Civic Renewal Party")
    one(facts, "Tomas Varga", "HOLDS_ROLE", "Slovakia")


def test_an_oath_to_something_is_no_post(facts_of):
    facts = facts_of("Tomas Varga took an oath to defend the constitution of Slovakia.")
    assert not _roles(facts, "Tomas Varga")
