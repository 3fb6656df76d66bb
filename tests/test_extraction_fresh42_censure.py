"""Terrorist listings as sanctions, in phrasings of our own (stop 42, censure helper).

A state or bloc that designates a group or person as a terrorist organisation, or a terrorist
outright, lists it: the listing freezes assets and forbids dealings, a sanction
(verbs.json terror_listings, read in the verb's complement: the "as" phrase or the object
predicate). A passive's by-phrase the parser hangs on that predicate ("was designated a
terrorist group by X") names the designating side (paths.py complement_agent). An object the
parser split off at a curly possessive ("designated Ruritania’s X") owns the next one and is no
target itself.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_designated_as_a_terrorist_organisation(facts_of):
    facts = facts_of("Canada on Monday designated Hezbollah as a terrorist organisation, the foreign "
                     "ministry said.", published=dt.date(2024, 3, 8))
    one(facts, "Hezbollah", "SANCTIONED_BY", "Canada")


def test_redesignated_by_a_leader(facts_of):
    facts = facts_of("In February, Donald Trump redesignated the Houthis as a terrorist group after "
                     "a series of attacks on shipping.", published=dt.date(2025, 4, 2))
    one(facts, "Houthis", "SANCTIONED_BY", "Donald Trump")


def test_passive_designation_with_the_agent_on_the_predicate(facts_of):
    facts = facts_of("Hamas was designated a terrorist organisation by Japan in 2023.",
                     published=dt.date(2024, 3, 8))
    one(facts, "Hamas", "SANCTIONED_BY", "Japan")


def test_curly_possessive_owner_is_no_target(facts_of):
    facts = facts_of("Australia designated Lebanon’s Hezbollah as a terrorist organisation on Thursday.",
                     published=dt.date(2024, 3, 8))
    one(facts, "Hezbollah", "SANCTIONED_BY", "Australia")
    assert not find(facts, "Lebanon", "SANCTIONED_BY", "Australia")


def test_a_designation_of_another_kind_is_no_sanction(facts_of):
    """Guard: a designation as anything but a terrorist listing is no sanction."""
    facts = facts_of("Egypt designated Germany as a partner country for its trade fair.",
                     published=dt.date(2024, 3, 8))
    assert not find(facts, "Germany", "SANCTIONED_BY", "Egypt")
    facts = facts_of("Brazil designated Argentina as its guest of honour at the summit.",
                     published=dt.date(2024, 3, 8))
    assert not find(facts, "Argentina", "SANCTIONED_BY", "Brazil")
