"""Meetings the pooled analysts' passages of stop 43 read otherwise than the extractor did.

- "Minister X summoned Ambassador Y (over ...)": a summons is the protest it carries (CONDEMNED
  of the envoy's state), no meeting of the two; the pooled sets list no meeting for any of their
  summonses, named envoy or not, as the gold README lists none among the meetings. A meeting the
  text tells apart ("during a meeting at the ministry") still is one.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one

DAY = dt.date(2023, 10, 13)


# ---- a summons is a protest, no meeting ----------------------------------------------------------
def test_a_minister_summoning_a_named_ambassador_does_not_meet_him(facts_of):
    facts = facts_of("Brazilian Foreign Minister Mauro Vieira summoned Argentine Ambassador Daniel "
                     "Scioli on Wednesday to complain about the new tariffs.", published=DAY)
    assert not [f for f in facts if f.relation == "MET_WITH"]


def test_a_deputy_minister_summoning_a_charge_d_affaires_does_not_meet_him(facts_of):
    facts = facts_of("Deputy Foreign Minister Lena Okafor of Nigeria summoned Ghana's charge d'affaires "
                     "Kwame Mensah on Thursday over the border closure.", published=DAY)
    assert not [f for f in facts if f.relation == "MET_WITH"]


def test_a_meeting_told_after_a_summons_is_still_a_meeting(facts_of):
    facts = facts_of("Brazilian Foreign Minister Mauro Vieira summoned Argentine Ambassador Daniel "
                     "Scioli on Wednesday. Vieira told Scioli during a meeting at the ministry that the "
                     "tariffs would be reviewed.", published=DAY)
    one(facts, "Mauro Vieira", "MET_WITH", "Daniel Scioli")
