"""A titled person who leads or represents one state's party, in phrasings of our own (stop 40).

A delegation, a side or a government that a state's name or demonym qualifies speaks for that
state, and so does the state itself as the subject of "was represented by": the titled person
at its head holds the title there, whatever other states the sentence names ("Minister A will
lead the Ruritanian delegation at talks in Z", "the X government, led by President B, ...").
A party that names no state, or names two, gives no state to its leader.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find


def _role(facts, person: str, state: str):
    return find(facts, person, "HOLDS_ROLE", state)


def test_government_led_by_a_titled_person(facts_of):
    facts = facts_of("The Bolivian government, led by interim President Tomas Quiroga, closed two border "
                     "crossings with Peru and Chile on Tuesday.", published=dt.date(2021, 5, 4))
    assert _role(facts, "Tomas Quiroga", "Bolivia")


def test_government_represented_by_a_minister(facts_of):
    facts = facts_of("The Malian government, represented by Finance Minister Ousmane Keita, signed a loan "
                     "accord with Senegal and Guinea in Dakar.", published=dt.date(2021, 5, 4))
    assert _role(facts, "Ousmane Keita", "Mali")


def test_state_represented_by_its_premier(facts_of):
    facts = facts_of("At the forum in Vienna, Portugal was represented by Premier Duarte Almeida, while "
                     "Austria sent its chancellor.", published=dt.date(2021, 5, 4))
    assert _role(facts, "Duarte Almeida", "Portugal")


def test_minister_who_will_lead_a_delegation(facts_of):
    facts = facts_of("Qatar said an envoy would attend for the emir, while Foreign Minister Hamad al-Kuwari "
                     "will lead the Emirati delegation at the Gulf summit.", published=dt.date(2021, 5, 4))
    assert _role(facts, "Hamad al-Kuwari", "United Arab Emirates")


def test_minister_with_portfolio_who_headed_a_side(facts_of):
    facts = facts_of("Talks between Chad and Niger opened in Geneva on Monday, where Minister of Trade "
                     "Abakar Mahamat headed the Nigerien side.", published=dt.date(2021, 5, 4))
    assert _role(facts, "Abakar Mahamat", "Niger")


def test_delegation_of_two_states_gives_no_state(facts_of):
    facts = facts_of("A joint Czech and Slovak delegation, led by Deputy Minister Pavel Novak, arrived in "
                     "Warsaw on Monday.", published=dt.date(2021, 5, 4))
    assert not _role(facts, "Pavel Novak", "Czech Republic") and not _role(facts, "Pavel Novak", "Slovakia")
