"""Curly apostrophes, second half (stop 46), in sentences of our own.

The parser is given typographic apostrophes in their typewriter form (boilerplate.json
`parse_marks`): "Côte d’Ivoire" is one name, "X’s" a possessive, "Workers’ Party" a party. The
tests below fail where the curly form was read as written, and guard what the typewriter form
must not bring: the longest gazetteer match over one that starts a word earlier, a capital owned
by an attack's object that is not the attacker's own, an "attack" on a record, a unit code as an
actor, a date the event noun is parsed as coordinated with, an honorific in a name, a phrase of
the verb read as a name's apposition, a free relative's own tense.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_state_named_with_a_curly_apostrophe(facts_of):
    facts = facts_of("The Prime Minister of Côte d’Ivoire, Robert Beugré Mambé, arrived in Dakar on Monday "
                     "for a two-day visit.")
    one(facts, "Robert Beugré Mambé", "HOLDS_ROLE", "Ivory Coast")


def test_member_of_a_party_written_with_a_curly_apostrophe(facts_of):
    facts = facts_of("Choe Ryong Hae, a member of the Korean Workers’ Party’s Presidium, met the Chinese envoy "
                     "in Pyongyang on Monday.")
    one(facts, "Choe Ryong Hae", "HOLDS_ROLE", "Workers' Party of Korea")


def test_owner_of_a_delegation_after_a_curly_possessive(facts_of):
    facts = facts_of("The chairman of the National Assembly’s Committee on Foreign Affairs, Dr. Lukas Brenner, "
                     "on Friday met with the deputy head of the European Parliament’s Delegation for relations "
                     "with Iran, Marta Oliveira.")
    one(facts, "Lukas Brenner", "MET_WITH", "European Parliament")


def test_traveller_before_a_curly_possessive(facts_of):
    facts = facts_of("Marape’s delegation landed in Canberra on Sunday evening together with Foreign Minister "
                     "Justin Tkatchenko.")
    one(facts, "James Marape", "VISITED", "Canberra")


def test_honorific_left_out_of_the_name(facts_of):
    facts = facts_of("The visiting ministers were received by Samoa’s ceremonial Head of State Afioga Tuimalealiifano "
                     "Vaaletoa Sualauvi II at his residence on Monday.")
    one(facts, "Tuimalealiifano Vaaletoa Sualauvi II", "HOLDS_ROLE", "Samoa")


def test_unit_codes_act_for_their_owner(facts_of):
    facts = facts_of("Burma Army’s LIB-301 and LIB-302 attacked the Kachin Independence Army near Laiza on "
                     "Tuesday.")
    one(facts, "Myanmar", "ATTACKED", "Kachin Independence Army")
    assert not find(facts, "LIB-302", "ATTACKED", "Kachin Independence Army")


def test_date_of_a_meeting_parsed_as_coordinated_with_a_date(facts_of):
    facts = facts_of("The call follows talks between Jake Sullivan and Wang Yi in Vienna on May 10 and "
                     "Antony Blinken’s meeting with Wang Yi in Beijing in April this year.",
                     published=dt.date(2024, 6, 2))
    assert one(facts, "Antony Blinken", "MET_WITH", "Wang Yi").date == "2024-04"


def test_guard_the_capital_owned_by_the_target_is_not_the_attackers(facts_of):
    facts = facts_of("Moscow fired dozens of missiles at Ukraine overnight, striking mainly the "
                     "capital's northern districts.")
    one(facts, "Russia", "ATTACKED", "Ukraine")
    assert not find(facts, "Russia", "ATTACKED", "Moscow")


def test_guard_attacking_a_performance_is_no_attack(facts_of):
    facts = facts_of("The Iranian envoy criticised the European Union for its silence, while attacking "
                     "Venezuela’s economic performance.")
    assert not [f for f in facts if f.relation == "ATTACKED"]


def test_guard_a_phrase_of_the_verb_is_no_apposition(facts_of):
    """Only the chargé d’affaires holds the post; the official before the phrase of "to" does not."""
    facts = facts_of("The letter was delivered by the Vice Minister for Asia of the Ministry of Foreign Affairs "
                     "of Chile, Ana Torres, to the Chargé d’Affaires of Peru, Jorge Salas, at the ministry on "
                     "Monday.")
    one(facts, "Jorge Salas", "HOLDS_ROLE", "Peru")
    assert not find(facts, "Ana Torres", "HOLDS_ROLE", "Peru")


def test_guard_longest_party_name_over_a_demonym(facts_of):
    facts = facts_of("North Korean Workers’ Party Secretary Ri Il Hwan met a Chinese delegation in Pyongyang "
                     "on Monday.")
    one(facts, "Ri Il Hwan", "HOLDS_ROLE", "Workers' Party of Korea")
    assert not find(facts, "Ri Il Hwan", "HOLDS_ROLE", "North Korea")


def test_gratitude_joined_to_another_object_noun(facts_of):
    """Read as a possessive, "peoples'" makes "gratitude" a conjunct of the verb's object; the one
    thanked for the aid still gave it."""
    facts = facts_of("Prime Minister Hu'akavameiliku conveyed Tonga's government and peoples' gratitude to the "
                     "government and people of New Zealand for its generous assistance to Tonga after the eruption.")
    one(facts, "New Zealand", "AIDED", "Tonga")


def test_evidence_keeps_the_articles_own_apostrophes(facts_of):
    """The parser reads typewriter apostrophes, but the user is shown the sentence as written:
    evidence is cut from the article's text at the parse's offsets, one character for one."""
    text = ("Kenya’s Foreign Minister Musalia Mudavadi met Ghana’s envoy in Nairobi on Tuesday, "
            "the ministry’s spokesman said.")
    facts = facts_of(text)
    fact = one(facts, "Musalia Mudavadi", "HOLDS_ROLE", "Kenya")
    assert fact.evidence.sentence == text
    assert text[fact.evidence.start:fact.evidence.end] == text
