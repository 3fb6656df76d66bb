"""Modality the maintainer's probes of stop 36 showed, in phrasings of our own.

- an invitation to visit is a planned visit by the invitee, also when the invitee is the one
  who accepts or receives it ("X accepted Y's invitation to visit Z", "X has accepted an
  invitation from Y to visit Z"), and when the parser hangs the infinitive on the accepting
  verb ("X accepts invite to visit Z", a headline): the visit is still to come, not told.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from schemas.models import Modality
from tests.facts import one


def test_accepted_owned_invitation_to_visit_is_a_planned_visit(facts_of):
    facts = facts_of("Chilean President Gabriel Boric on Monday accepted Argentine President Alberto Fernandez's "
                     "invitation to visit Argentina.", published=dt.date(2022, 5, 10))
    assert one(facts, "Gabriel Boric", "VISITED", "Argentina").modality == Modality.PLANNED


def test_accepted_invitation_from_a_counterpart_to_visit(facts_of):
    facts = facts_of("Kenyan President William Ruto has accepted an invitation from his Ghanaian counterpart "
                     "to visit Accra later this year.", published=dt.date(2023, 2, 2))
    assert one(facts, "William Ruto", "VISITED", "Accra").modality == Modality.PLANNED


def test_received_an_invitation_to_visit(facts_of):
    facts = facts_of("Portuguese Prime Minister Antonio Costa received an invitation to visit Angola during the talks.",
                     published=dt.date(2018, 9, 18))
    assert one(facts, "Antonio Costa", "VISITED", "Angola").modality == Modality.PLANNED


def test_headline_accepts_invite_to_visit_is_planned(facts_of):
    facts = facts_of("Nepali Prime Minister Pushpa Kamal Dahal accepts invite to visit Bangladesh",
                     published=dt.date(2023, 6, 1))
    assert one(facts, "Pushpa Kamal Dahal", "VISITED", "Bangladesh").modality == Modality.PLANNED
