"""Alliances named by a comparison, in phrasings of our own (stop 42).

"X has no stronger ally than Y" ranks Y first among X's allies: Y is X's ally. The noun's
comparative modifier and its comparison phrase (verbs.json comparison_prepositions) name the ally,
the subject of the verb of having (having_verbs) whose object the noun is names whose; the
noun may be coordinated ("no truer friend and ally than Y"). The determiner "no" of such a noun
denies nothing (modality.json comparison_prepositions). Without a comparison phrase "no" still
denies ("X has no allies in the region"), and a comparison whose other side names nobody reads
nothing.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from schemas.models import Modality
from tests.facts import find, one


def test_no_stronger_ally_than(facts_of):
    facts = facts_of("Speaking in Ottawa on Monday, the minister said Canada has no stronger ally than Norway.",
                     published=dt.date(2022, 6, 14))
    fact = one(facts, "Canada", "ALLIED_WITH", "Norway")
    assert fact.modality == Modality.ASSERTED


def test_coordinated_friend_and_ally(facts_of):
    facts = facts_of("The president said on Friday that Kenya has no closer friend and ally than Ethiopia.",
                     published=dt.date(2019, 2, 8))
    fact = one(facts, "Kenya", "ALLIED_WITH", "Ethiopia")
    assert fact.modality == Modality.ASSERTED


def test_quoted_no_greater_ally_then_comparison(facts_of):
    facts = facts_of("The envoy told reporters that \"Chile has no greater ally\" than Peru in the Pacific.",
                     published=dt.date(2020, 10, 5))
    one(facts, "Chile", "ALLIED_WITH", "Peru")


def test_guard_no_allies_without_comparison_and_nobody_compared(facts_of):
    """"has no allies" denies; a comparison with no state or body on its other side reads nothing."""
    facts = facts_of("Analysts say Laos has no allies in the region. Farmers in the valley have no better "
                     "friend than the river.", published=dt.date(2021, 4, 2))
    assert not [f for f in facts if f.relation == "ALLIED_WITH" and f.modality == Modality.ASSERTED]
    assert not find(facts, "Laos", "ALLIED_WITH", "Thailand")
