"""Dates of news told in the present (docs/ERRORS.md dates, issue 10): a visit in progress
("who is visiting Tokyo"), a presence ("is in X") and a present perfect ("have signed a defence
pact", "have launched air strikes") happened in the article's month; a standing relation in the
simple present ("is an ally of") gets no date. Our own sentences, dated Friday 8 March 2024."""

import pytest

from tests.facts import one


@pytest.mark.parametrize("text,subject,relation,obj", [
    ("Brazilian President Lula, who is visiting Beijing, met Xi Jinping.",
     "Luiz Inacio Lula da Silva", "VISITED", "Beijing"),
    ("Japan and the Philippines have signed a defence pact.", "Japan", "ALLIED_WITH", "Philippines"),
    ("Turkey has launched air strikes on Kurdish militia positions in northern Syria.",
     "Turkey", "ATTACKED", "Syria"),
])
def test_present_news_is_dated_to_the_article_month(facts_of, text, subject, relation, obj):
    assert one(facts_of(text), subject, relation, obj).date == "2024-03"


def test_standing_relation_in_the_present_is_undated(facts_of):
    assert one(facts_of("Japan is an ally of the United States."), "Japan", "ALLIED_WITH", "United States").date is None


def test_pluperfect_is_not_dated_to_the_article(facts_of):
    fact = one(facts_of("Japan and the Philippines had signed a defence pact."), "Japan", "ALLIED_WITH", "Philippines")
    assert fact.date != "2024-03"
