"""A hyphened name set off by a comma after its title is the title holder (stop 39).

After "Title," or "Title of X," (or a form of address set off by commas after the title) the
small model misses a hyphened name outright, takes its first part alone for a place
("President of X, [A]-B C"), or types the whole name as an organisation. The name is read
whole as the person the title names, so the visit, the meeting and the post are his, not the
title's state or body.

Sentences are our own; articles are dated as each test says."""
from tests.facts import one


def test_hyphened_name_after_a_title_and_comma_is_found(facts_of):
    facts = facts_of("On Tuesday Knesset Speaker, Yuli-Yoel Edelstein flew to Athens for a three-day "
                     "visit to Greece.", published="2016-07-12")
    one(facts, "Yuli-Yoel Edelstein", "VISITED", "Greece")
    assert not [f for f in facts if f.subject == "Knesset" and f.relation == "VISITED"], \
        [(f.subject, f.relation, f.object) for f in facts]


def test_first_part_of_a_hyphened_given_name_is_no_place(facts_of):
    facts = facts_of("In Bishkek, the President of Kazakhstan, Qasym-Jomart Toqayev signed a water accord "
                     "with President Sadyr Japarov on Friday.", published="2022-05-06")
    one(facts, "Qasym-Jomart Toqayev", "MET_WITH", "Sadyr Japarov")
    role = one(facts, "Qasym-Jomart Toqayev", "HOLDS_ROLE", "Kazakhstan")
    assert role.title == "President"


def test_hyphened_name_after_a_form_of_address_set_off_by_commas(facts_of):
    facts = facts_of("President Cyril Ramaphosa on Friday met Kenyan President, His Excellency, Uhuru "
                     "Kenyatta-Muigai at the Union Buildings in Pretoria.", published="2019-05-06")
    one(facts, "Cyril Ramaphosa", "MET_WITH", "Uhuru Kenyatta-Muigai")
    assert not [f for f in facts if f.relation == "MET_WITH" and "Kenya" == f.object], \
        [(f.subject, f.relation, f.object) for f in facts]
