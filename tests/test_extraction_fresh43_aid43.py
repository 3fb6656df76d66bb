"""Aid read from pooled real news (stop 43, AIDED). A construction the extractor missed, in
phrasings of our own:

- the giver of aid that arrives or reaches a state is named on the goods by a participle of
  giving after them ("doses donated by X arrived in Y", "a consignment of doses of vaccine
  donated by X has arrived in Y", "vaccines donated by X reached Y").

Guard: a participle of trade ("sold by X") names no giver.

Sentences are our own; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import one


def _aid(facts):
    return [(f.subject, f.object) for f in facts if f.relation == "AIDED"]


@pytest.mark.parametrize("text,giver,recipient", [
    ("Two million vaccine doses donated by Japan arrived in Laos on Tuesday.", "Japan", "Laos"),
    ("A consignment of 300,000 doses of vaccine donated by France has arrived in Senegal.", "France", "Senegal"),
    ("Vaccines donated by Norway reached Moldova on Monday.", "Norway", "Moldova"),
])
def test_a_giving_participle_names_the_giver_of_arriving_goods(facts_of, text, giver, recipient):
    one(facts_of(text), giver, "AIDED", recipient)


def test_a_participle_of_trade_names_no_giver(facts_of):
    assert _aid(facts_of("Rifles sold by Serbia arrived in Chad on Monday.")) == []
