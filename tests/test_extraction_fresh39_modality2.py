"""A request is not the act asked for, in phrasings of our own (stop 39).

"X asked Y to condemn Z", "X called on Y to open talks with Z", "X appealed to Y to send troops
to Z", "X requested that Y meet Z": a verb of asking (modality.json request_heads: its lemma, or
its lemma and the preposition naming whom it asks) whose "to" infinitive or bare "that" clause
names the act asks for it; the act is planned at most. The one called on or appealed to is the
one asked to act (verbs.json prepositional_control), as the object of "asked Y to" is; and
calling on others to censure Z censures Z, as urging them to does (the urger's censure stays
asserted).

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from schemas.models import Modality
from tests.facts import one


def test_asked_to_condemn_is_not_a_censure_by_the_one_asked(facts_of):
    facts = facts_of("The Dutch foreign ministry asked Hungary on Monday to condemn Belarus over the "
                     "forced landing.", published=dt.date(2021, 5, 24))
    assert one(facts, "Hungary", "CONDEMNED", "Belarus").modality == Modality.PLANNED


def test_called_on_to_begin_talks_names_the_one_called_on(facts_of):
    facts = facts_of("The European Union on Thursday called on Serbia to hold talks with Kosovo on "
                     "the border dispute.", published=dt.date(2023, 9, 28))
    assert one(facts, "Serbia", "MET_WITH", "Kosovo").modality == Modality.PLANNED
    assert not [f for f in facts if f.relation == "MET_WITH" and f.modality == Modality.ASSERTED]


def test_called_on_to_condemn_keeps_the_callers_censure(facts_of):
    facts = facts_of("Poland called on Turkey on Friday to condemn Russia over the shelling of "
                     "the port.", published=dt.date(2022, 8, 5))
    assert one(facts, "Poland", "CONDEMNED", "Russia").modality == Modality.ASSERTED
    assert one(facts, "Turkey", "CONDEMNED", "Russia").modality == Modality.PLANNED


def test_requested_that_clause_is_planned(facts_of):
    facts = facts_of("Ankara requested that Athens meet Nicosia before the end of the month, "
                     "officials said.", published=dt.date(2020, 3, 2))
    assert one(facts, "Greece", "MET_WITH", "Cyprus").modality == Modality.PLANNED


def test_asked_to_send_arms_is_not_aid(facts_of):
    facts = facts_of("Lithuania asked Sweden on Wednesday to send artillery shells to Ukraine, the ministry said.",
                     published=dt.date(2023, 2, 8))
    assert one(facts, "Sweden", "AIDED", "Ukraine").modality == Modality.PLANNED
