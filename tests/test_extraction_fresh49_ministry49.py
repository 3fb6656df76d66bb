"""A ministry's acts on real news, stop 49: an organ named only by the words of a state's organs
("the Foreign Office", "the Defence Ministry") whose state the sentence does not name.

- The state comes from the article (resolve._organs_of_the_article): the capital of the organ's
  own "in" phrase ("the Foreign Ministry in Seoul"), else the one state the article named that
  organ with before ("Kenya's Foreign Ministry ... The Foreign Ministry"), else the state whose
  capital files the wire dateline ("ISLAMABAD: The Foreign Office ..."), when the article names
  no other state's organ of that name.
- "at Foreign Office Islamabad": an organ named with its capital is that capital's state, no
  party of its own.
- A sentence-opening "The Foreign Office" that the model took whole is a name; its own "The" is
  no organisation before it (mentions._title_part).
- Guards: no dateline and two states in the story, or a filing place that is no capital, leave
  the organ without a state, and no censure is read.

Sentences are our own; articles are dated as each test says."""

from tests.facts import find, one, pairs


def test_a_foreign_office_under_a_capitals_dateline_acts_for_that_state(wire_facts):
    facts = wire_facts("DHAKA: Foreign Office called in the Burmese envoy on Tuesday and lodged a "
                       "firm protest against repeated mortar fire by Burmese border guards.")
    one(facts, "Bangladesh", "CONDEMNED", "Myanmar")


def test_a_sentence_opening_organ_under_a_dateline_is_read(wire_facts):
    facts = wire_facts("NAIROBI, March 4 (Reuters) - The Foreign Office has accused Somalia of arming "
                       "the rebels who crossed the border last week.")
    one(facts, "Kenya", "CONDEMNED", "Somalia")


def test_a_defence_ministry_under_a_dateline_gives_aid_as_its_state(wire_facts):
    facts = wire_facts("MOSCOW, Nov 2 (TASS) - The Defence Ministry has sent a further shipment of "
                       "humanitarian aid to Syria, the ministry said.")
    assert ("Russia", "Syria") in pairs(facts, "AIDED")
    assert not [f for f in facts if f.subject == "Defence Ministry"]


def test_the_organ_named_with_its_state_earlier_keeps_that_state(facts_of):
    facts = facts_of("Kenya's Foreign Ministry issued a note on Monday. The Foreign Ministry later "
                     "condemned the raid by Somali forces on a police camp.")
    one(facts, "Kenya", "CONDEMNED", "Somalia")


def test_an_organ_in_a_capital_is_that_capitals_state(facts_of):
    facts = facts_of("The Foreign Ministry in Tokyo summoned the Chinese ambassador on Monday to "
                     "protest the incursion by Chinese coast guard ships.")
    one(facts, "Japan", "CONDEMNED", "China")


def test_an_organ_named_with_its_capital_is_no_party(wire_facts):
    facts = wire_facts("ISLAMABAD: Foreign Office summoned the Afghan charge d'affaires at Foreign "
                       "Office Islamabad on Monday and lodged a protest over firing by Afghan forces.")
    one(facts, "Pakistan", "CONDEMNED", "Afghanistan")
    assert not [f for f in facts if "Foreign Office" in f.object]


def test_no_state_for_an_organ_the_article_does_not_place(facts_of):
    # two states and no dateline: whose ministry it is, the text does not say
    facts = facts_of("Sudan and Ethiopia have quarrelled over the farmland for months. The Foreign "
                     "Ministry condemned the attack by Ethiopian militias on Monday.")
    assert not pairs(facts, "CONDEMNED")


def test_no_state_from_a_dateline_that_is_no_capital(wire_facts):
    facts = wire_facts("GENEVA, March 4 (Reuters) - The Foreign Ministry condemned the shelling by "
                       "Russian forces on Monday.")
    assert not pairs(facts, "CONDEMNED")


def test_a_dateline_gives_no_state_when_another_states_organ_of_that_name_is_told(wire_facts):
    facts = wire_facts("MOSCOW (Sputnik) - The Iraqi Foreign Ministry condemned the Turkish airstrike "
                       "on Monday. The Foreign Ministry also condemned the shelling by Turkish forces.")
    assert not find(facts, "Russia", "CONDEMNED", "Turkey")


def test_a_dateline_gives_no_state_to_an_organ_coordinated_with_another_states_body(wire_facts):
    facts = wire_facts("BEIJING (Xinhua) - Nepal's Home Ministry and the Foreign Ministry condemned "
                       "the shelling by Indian troops on Tuesday.")
    assert not find(facts, "China", "CONDEMNED", "India")
