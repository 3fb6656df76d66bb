"""Constructions of titles, names and roles fresh real news showed in stop 31, each in phrasings
of our own.

- "King Abdullah bin Abdulaziz" where the gazetteer's name is "Abdullah bin Abdulaziz Al Saud":
  an article that writes a known person's name without its last words (a dynasty's name, a
  second family name) names him by the form a reader writes; the whole name, written anywhere in
  the article, stays the name.

Sentences are our own; articles are dated as each test says."""
from tests.facts import find, one


def names(facts):
    return {f.subject for f in facts} | {f.object for f in facts}


# ---- the article's form without the gazetteer's last words -------------------------------------
def test_name_without_its_dynasty_is_the_name_written(facts_of):
    facts = facts_of("Saudi King Abdullah bin Abdulaziz flew to Cairo on Monday for talks with Egyptian leaders.",
                     published="2010-06-14")
    one(facts, "Abdullah bin Abdulaziz", "HOLDS_ROLE", "Saudi Arabia")
    assert "Abdullah bin Abdulaziz Al Saud" not in names(facts)


def test_whole_name_written_once_stays_the_name(facts_of):
    facts = facts_of("Saudi King Abdullah bin Abdulaziz Al Saud flew to Cairo on Monday. King Abdullah bin "
                     "Abdulaziz met Egyptian officials there.", published="2010-06-14")
    one(facts, "Abdullah bin Abdulaziz Al Saud", "HOLDS_ROLE", "Saudi Arabia")
    assert "Abdullah bin Abdulaziz" not in names(facts)


def test_two_family_names_cut_to_one(facts_of):
    facts = facts_of("Lima welcomed Fernando Collor, the Brazilian president, for a two-day visit.",
                     published="1991-03-02")
    one(facts, "Fernando Collor", "HOLDS_ROLE", "Brazil")
    assert "Fernando Collor de Mello" not in names(facts)


# ---- "New York": the city's name as English news writes it ------------------------------------
def test_new_york_is_named_as_written(facts_of):
    facts = facts_of("Chilean President Gabriel Boric landed in New York on Sunday ahead of the UN General Assembly.",
                     published="2023-09-18")
    one(facts, "Gabriel Boric", "VISITED", "New York")
    assert "New York City" not in names(facts)


def test_new_york_city_written_whole_is_the_same_city(facts_of):
    facts = facts_of("Chilean President Gabriel Boric landed in New York City on Sunday.", published="2023-09-18")
    one(facts, "Gabriel Boric", "VISITED", "New York")


# ---- "First Lady X Y": the form of address is no part of the name ---------------------------------
def test_first_lady_is_no_part_of_the_name(facts_of):
    facts = facts_of("Canada on Friday imposed sanctions on Nicaraguan Defense Minister Rosa Duarte, First Lady "
                     "Marta Ulloa, Police Chief Ramon Castillo and two judges.", published="2022-11-18")
    one(facts, "Marta Ulloa", "SANCTIONED_BY", "Canada")
    assert not [n for n in names(facts) if n.startswith("Lady")]


# ---- a portfolio of several capitalised words before a title ------------------------------------
def test_mining_portfolio_is_part_of_the_title(facts_of):
    facts = facts_of("Peru's National Mining Secretary Luis Quispe held talks with Canadian investors in Lima.",
                     published="2019-05-02")
    one(facts, "Luis Quispe", "HOLDS_ROLE", "Peru")
    assert not find(facts, "Luis Quispe", "HOLDS_ROLE", "National Mining")


def test_lands_and_natural_resources_portfolio(facts_of):
    facts = facts_of("Kenya's Lands and Natural Resources Minister Amos Kiprono welcomed the Chinese delegation.",
                     published="2019-05-02")
    one(facts, "Amos Kiprono", "HOLDS_ROLE", "Kenya")
    assert not find(facts, "Amos Kiprono", "HOLDS_ROLE", "Lands")


# ---- "the <title> of <state>, X Y": the holder after the comma ----------------------------------
def test_title_of_state_comma_then_untagged_name(facts_of):
    facts = facts_of("The Prime Minister of Mongolia, Luvsannamsrai Oyunerdene who arrived on Monday for a stay in "
                     "Japan, has held talks with his Japanese counterpart Fumio Kishida.", published="2022-11-29")
    one(facts, "Luvsannamsrai Oyunerdene", "HOLDS_ROLE", "Mongolia")


# ---- "X's High Commissioner to Z Name": a two-word envoy title before the posting ----------------
def test_high_commissioner_to_posting_serves_the_owner(facts_of):
    facts = facts_of("New Zealand's High Commissioner to Fiji Rachel Tenbury opened the new wing of the hospital "
                     "on Friday.", published="2021-08-13")
    one(facts, "Rachel Tenbury", "HOLDS_ROLE", "New Zealand")
    assert not find(facts, "Rachel Tenbury", "HOLDS_ROLE", "Fiji")


# ---- "envoy for the <region> Name": the region's article, a region of three words -----------------
def test_envoy_for_the_region_then_name(facts_of):
    facts = facts_of("The Swedish Special Envoy for the Sahel Ingrid Lindqvist arrived in Niamey on Monday.",
                     published="2021-05-24")
    one(facts, "Ingrid Lindqvist", "HOLDS_ROLE", "Sweden")
    assert "Sahel Ingrid Lindqvist" not in names(facts)



# ---- an envoy title of two words before a posting with words of its own ------------------------
def test_two_word_envoy_title_before_a_posting_with_words_after_it(facts_of):
    # (as "Special Envoy for Z Affairs Name", stop 30): the posting's words are no title of its state
    facts = facts_of("The British High Commissioner for Cyprus Settlement Affairs Ian Morley briefed journalists on Friday.")
    one(facts, "Ian Morley", "HOLDS_ROLE", "United Kingdom")
    assert not find(facts, "Ian Morley", "HOLDS_ROLE", "Cyprus")


# ---- a High Commissioner's posting, as an Ambassador's ---------------------------------------------
def test_high_commissioner_in_the_state_of_posting_makes_no_visit(facts_of):
    # an envoy resides where he is posted: going to its capital is no visit, for a title of two
    # words as for "Ambassador"
    facts = facts_of("Indian High Commissioner to Ghana Manish Gupta met President John Mahama in Accra on Tuesday.")
    one(facts, "Manish Gupta", "HOLDS_ROLE", "India")
    one(facts, "Manish Gupta", "MET_WITH", "John Mahama")
    assert not find(facts, "Manish Gupta", "VISITED", "Accra")
