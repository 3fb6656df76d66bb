"""Parties lost in long or irregular lists (stop 42, the conjuncts tuning): the small parser breaks
a list at a semicolon, a long title, an apposition, "and then" or a clause set inside it, and
hangs the later members anywhere; the members of the same kind as the first one the trigger
reaches are read from the list itself (`Arguments.lost_list_members`, mentions.json list_links
and relative_adverbs). A description of a member, a name inside it and a clause after the list
add no one. Sentences are our own; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import find, one


def test_semicolon_list_of_firms(facts_of):
    facts = facts_of("The Treasury Department on Tuesday blacklisted Lisbon-based Aurora Shipping Co, Ltd; "
                     "Dubai-based Kestrel Trading; Malta-based Delphin Marine Co, Ltd; and Cyprus-based "
                     "Nordvik Holdings Company as well as two captains linked to the vessels.")
    for firm in ("Delphin Marine Co, Ltd", "Nordvik Holdings Company"):
        one(facts, firm, "SANCTIONED_BY", "United States")


def test_and_then_a_titled_second_member(facts_of):
    facts = facts_of("On Tuesday, Blinken first met with Kenya's Foreign Minister Musalia Mudavadi, "
                     "and then Defence Minister Aden Duale.")
    one(facts, "Antony Blinken", "MET_WITH", "Musalia Mudavadi")
    one(facts, "Antony Blinken", "MET_WITH", "Aden Duale")


def test_members_after_descriptions_and_as_well_as(facts_of):
    facts = facts_of("In Nairobi, Foreign Secretary David Cameron met with William Ruto, president of Kenya and leader of the "
                     "country's ruling alliance, as well as Musalia Mudavadi, foreign minister of Kenya, "
                     "Aden Duale, defence minister of Kenya, and Kindiki Kithure, deputy president of Kenya.")
    # (roles.json knows Kenya's deputy president since stop 47: the text's "Kindiki Kithure" is
    # his curated name, Kithure Kindiki)
    for person in ("Aden Duale", "Kithure Kindiki"):
        one(facts, "David Cameron", "MET_WITH", person)


def test_clause_inside_a_list_of_places(facts_of):
    facts = facts_of("Turkish President Recep Tayyip Erdogan had held talks on Tuesday in Qatar, which hosts the mediation, "
                     "and Oman, where Sultan Haitham praised his efforts for peace.")
    one(facts, "Recep Tayyip Erdoğan", "VISITED", "Oman")


@pytest.mark.parametrize("text,subject,relation,obj", [
    # a clause after the list: its subject is no member
    ("Blinken met with Musalia Mudavadi in Nairobi, and Ruto said the talks went well.",
     "Antony Blinken", "MET_WITH", "William Ruto"),
    # a clause set inside the list runs to its comma, "and" inside it joins no member
    ("China signed a security pact with Fiji, which had faced pressure from Australia and the United "
     "States to reject it.", "China", "ALLIED_WITH", "United States"),
    # a participle's phrase after the list names no member
    ("Ruto received Mudavadi, who was his running mate in the campaign, accompanied by first lady "
     "Rachel Ruto.", "William Ruto", "MET_WITH", "Rachel Ruto"),
    # a name inside a member's description is no member
    ("The United States sanctioned Lena Marsh, the wife of Viktor Orlov, and Petra Vance.",
     "Viktor Orlov", "SANCTIONED_BY", "United States"),
])
def test_what_is_no_member_of_the_list(facts_of, text, subject, relation, obj):
    assert not find(facts_of(text), subject, relation, obj)
