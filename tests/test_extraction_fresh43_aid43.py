"""Aid read from pooled real news (stop 43, AIDED). Constructions the extractor missed, each in
phrasings of our own:

- aid on its way: a vehicle, team or goods of aid as the subject of a verb of setting out
  ("left for", "departed for", "took off for", "headed for", "sailed for", "flew to", "crossed
  into"), the recipient its destination, or the state an "in" phrase there names ("left for
  flooded districts in X");
- the giver of what a vehicle carries: the owner of the cargo ("a plane carrying Ruritanian
  relief goods"), and the first conjunct's subject for a second verb of setting out ("left
  the capital and headed for X");
- the giver named on the goods by a participle of giving after them ("doses donated by X
  arrived in Y", "vaccines donated by X reached Y").

Guards: a minister setting out is no aid, nor troops or tanks crossing a border; a participle
of trade ("sold by X") names no giver.

Sentences are our own; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import find, one


def _aid(facts):
    return [(f.subject, f.object) for f in facts if f.relation == "AIDED"]


# ---- aid setting out ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,giver,recipient", [
    ("A relief flight from Qatar left for Malawi on Tuesday.", "Qatar", "Malawi"),
    ("A Kenyan military plane with emergency food supplies departed for Somalia on Monday.", "Kenya", "Somalia"),
    ("A Japanese medical team left for Nepal on Sunday.", "Japan", "Nepal"),
    ("An Indonesian navy ship loaded with relief supplies sailed for Myanmar on Wednesday.", "Indonesia", "Myanmar"),
    ("The first Red Cross aid convoy crossed into Sudan on Thursday.", "International Committee of the Red Cross", "Sudan"),
])
def test_aid_setting_out_reaches_its_destination(facts_of, text, giver, recipient):
    one(facts_of(text), giver, "AIDED", recipient)


def test_a_place_in_the_destination_names_the_recipient(facts_of):
    facts = facts_of("An aid flight from Egypt left for flooded districts in Libya on Monday.")
    one(facts, "Egypt", "AIDED", "Libya")


def test_the_cargos_owner_gives_it(facts_of):
    one(facts_of("A cargo plane carrying Algerian relief goods took off for Niger on Tuesday."),
        "Algeria", "AIDED", "Niger")


def test_a_second_verb_of_setting_out_shares_the_vehicle(facts_of):
    one(facts_of("A Greek transport plane carrying relief supplies left Athens and headed for Turkey."),
        "Greece", "AIDED", "Turkey")


def test_a_medical_brigade_is_an_aid_team(facts_of):
    one(facts_of("A Cuban medical brigade departed on Monday for Peru."), "Cuba", "AIDED", "Peru")


# ---- the giver named by a participle on the goods ---------------------------------------------
@pytest.mark.parametrize("text,giver,recipient", [
    ("Two million vaccine doses donated by Japan arrived in Laos on Tuesday.", "Japan", "Laos"),
    ("A consignment of 300,000 doses of vaccine donated by France has arrived in Senegal.", "France", "Senegal"),
    ("Vaccines donated by Norway reached Moldova on Monday.", "Norway", "Moldova"),
])
def test_a_giving_participle_names_the_giver_of_arriving_goods(facts_of, text, giver, recipient):
    one(facts_of(text), giver, "AIDED", recipient)


# ---- guards ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Thai foreign minister left for Cambodia on Tuesday.",
    "Russian tanks crossed into Georgia on Thursday.",
    "Rifles sold by Serbia arrived in Chad on Monday.",
])
def test_no_aid_without_aid_on_the_way(facts_of, text):
    assert _aid(facts_of(text)) == []


def test_the_place_set_out_from_is_no_recipient(facts_of):
    facts = facts_of("A relief flight from Qatar left Doha for Malawi on Tuesday.")
    assert not find(facts, "Qatar", "AIDED", "Qatar")
