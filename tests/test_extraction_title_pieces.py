"""Pieces of long party and state titles are no participants (issue 10, mentions): words of a
title the model took for an organisation ("Party General" before "Secretary", "Party" before
"First Secretary") name no one, and the people the titles belong to still meet. Our own
sentences with invented persons; articles dated Friday 8 March 2024."""

import pytest

from schemas.names import fold_name
from tests.facts import one

TITLE_WORDS = {"party", "party general", "central committee", "general", "secretary"}


@pytest.mark.parametrize("text,first,second", [
    ("Party General Secretary Tran Duc Hoang and Cuba's Party General Secretary and President "
     "Ramon Ortega Vidal held talks in Havana on Monday.", "Tran Duc Hoang", "Ramon Ortega Vidal"),
    ("Party General Secretary Tran Duc Hoang and Cuba's Party First Secretary and President "
     "Ramon Ortega Vidal met in Havana on Tuesday.", "Tran Duc Hoang", "Ramon Ortega Vidal"),
    ("Party General Secretary Tran Duc Hoang and Laos's Party General Secretary and President "
     "Bounmy Sayavong held talks in Vientiane on Monday.", "Tran Duc Hoang", "Bounmy Sayavong"),
    ("Party General Secretary Tran Duc Hoang and Party General Secretary Kim Song Chol held talks "
     "in Pyongyang on Monday.", "Tran Duc Hoang", "Kim Song Chol"),
])
def test_party_titles_name_no_participant(facts_of, text, first, second):
    facts = facts_of(text)
    one(facts, first, "MET_WITH", second)
    named = {fold_name(f.subject) for f in facts} | {fold_name(f.object) for f in facts}
    assert not named & {fold_name(w) for w in TITLE_WORDS}, [(f.subject, f.relation, f.object) for f in facts]
