"""Meetings, receptions and calls fresh real news showed in stop 29, each in phrasings of our own.

- "X and Y agreed on many points in their talks", "X and Y attended the signing of accords
  after their talks": a plural possessive owns the event noun wherever the parser hung its
  phrase, and the coordinated subjects of the clause above it held it (not a noun set off as an
  apposition restating the clause's own meeting, nor one with a "with" phrase of its own);
- "X told Y during a phone call that ...", "X assured Y at a meeting that ...": the one
  addressed by a verb of addressing a meeting or call frames took part in it, also where the
  parser hung the phrase on the reported clause (whose subject is no person);
- "X and Y met with the leaders of the Z faction to discuss ...": a "with" phrase of the verb
  (or of the verb a purpose clause hangs on) names the other side even when no name of it is
  read: the two subjects did not meet each other;
- "X hosted receptions for a delegation led by Y", "X chaired a welcome ceremony for Y" (its
  "for" phrase also where the parser hung it on the verb): X met the guest, or the party's
  leader; a building hosting names no host;
- "Minister X summoned Ambassador Y": no meeting, as a ministry's summons is none (stop 43: the
  pooled analysts' sets read a summons as the protest it carries, never as a meeting);
- "X's special envoy, Ambassador Y, held talks" (parsed as two subjects): no one meets his own
  state;
- "X received a warm welcome at the airport by Y": as "from Y", the host met X.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


# ---- "their talks" ----------------------------------------------------------------------------
def test_two_leaders_agreeing_in_their_talks_met(facts_of):
    facts = facts_of("Chilean President Ana Ruiz and Peruvian President Jose Vera found common "
                     "ground on a number of issues of security in their talks.",
                     published=dt.date(2021, 3, 4))
    assert find(facts, "Ana Ruiz", "MET_WITH", "Jose Vera") or find(facts, "Jose Vera", "MET_WITH", "Ana Ruiz")


def test_two_leaders_witnessing_a_signing_following_their_talks_met(facts_of):
    facts = facts_of("Chilean President Ana Ruiz and Peruvian President Jose Vera attended the "
                     "signing of several fisheries accords between the two states following their "
                     "talks on Tuesday.", published=dt.date(2021, 3, 4))
    assert find(facts, "Ana Ruiz", "MET_WITH", "Jose Vera") or find(facts, "Jose Vera", "MET_WITH", "Ana Ruiz")


def test_their_talks_with_a_third_do_not_pair_the_two(facts_of):
    facts = facts_of("Chilean Defence Minister Ana Ruiz and Foreign Minister Pablo Soto gave a "
                     "statement on the results of their talks with the Peruvian delegation.",
                     published=dt.date(2021, 3, 4))
    assert not find(facts, "Ana Ruiz", "MET_WITH", "Pablo Soto")
    assert not find(facts, "Pablo Soto", "MET_WITH", "Ana Ruiz")


# ---- addressed during a meeting or a call --------------------------------------------------------
def test_told_during_a_phone_conversation_is_a_call_with_the_one_told(facts_of):
    facts = facts_of("Chilean President Ana Ruiz told Peruvian President Jose Vera that Santiago "
                     "would keep its border open during a phone conversation on Friday.",
                     published=dt.date(2021, 3, 5))
    one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")
    assert not find(facts, "Chile", "MET_WITH", "Jose Vera")


def test_assured_during_a_meeting_is_a_meeting_with_the_one_assured(facts_of):
    facts = facts_of("Chilean Foreign Minister Ana Ruiz summoned Peruvian Ambassador Jose Vera on "
                     "Monday. Ruiz assured Vera during a meeting at the ministry that the fishing "
                     "dispute would be settled soon.", published=dt.date(2021, 3, 4))
    one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")


def test_told_reporters_during_a_meeting_names_no_partner(facts_of):
    facts = facts_of("Chilean Foreign Minister Ana Ruiz told reporters during a break in the "
                     "meeting that the talks were going well.", published=dt.date(2021, 3, 4))
    assert not [f for f in facts if f.relation == "MET_WITH"]


# ---- a "with" phrase whose party is not named ------------------------------------------------------
def test_two_envoys_meeting_with_unnamed_commanders_do_not_meet_each_other(facts_of):
    facts = facts_of("UN Special Envoy Ana Ruiz and her AU counterpart Jose Vera met on Sunday with "
                     "the commanders of a rebel faction in the north to discuss a planned round of "
                     "negotiations.", published=dt.date(2021, 3, 4))
    assert not find(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")
    assert not find(facts, "Jose Vera", "MET_WITH", "Ana Ruiz")


def test_two_leaders_meeting_with_each_other_still_meet(facts_of):
    facts = facts_of("Chilean President Ana Ruiz and Peruvian President Jose Vera met with each "
                     "other in Lima on Monday.", published=dt.date(2021, 3, 4))
    assert find(facts, "Ana Ruiz", "MET_WITH", "Jose Vera") or find(facts, "Jose Vera", "MET_WITH", "Ana Ruiz")


# ---- receptions and welcome ceremonies for a guest or a party ------------------------------------
def test_a_reception_for_a_delegation_led_by_a_person_is_a_meeting_with_its_leader(facts_of):
    facts = facts_of("President Ana Ruiz and Prime Minister Pablo Soto of Chile gave separate "
                     "receptions in Santiago on March 2 for a parliamentary delegation from Peru "
                     "led by Deputy Speaker Jose Vera.", published=dt.date(2021, 3, 4))
    one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")
    one(facts, "Pablo Soto", "MET_WITH", "Jose Vera")


def test_a_welcome_ceremony_chaired_for_a_guest_is_a_meeting_with_the_guest(facts_of):
    facts = facts_of("Chilean Prime Minister Pablo Soto later chaired a formal welcome ceremony "
                     "for Peruvian Prime Minister Jose Vera and his party.", published=dt.date(2021, 3, 4))
    one(facts, "Pablo Soto", "MET_WITH", "Jose Vera")


def test_a_welcome_ceremony_whose_for_phrase_hangs_on_the_verb_is_a_meeting(facts_of):
    facts = facts_of("Chilean President Ana Ruiz held a welcoming ceremony at the palace on Tuesday "
                     "morning for her Peruvian counterpart Jose Vera.", published=dt.date(2021, 3, 4))
    one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")


def test_a_welcome_ceremony_hosted_by_a_building_names_no_host(facts_of):
    facts = facts_of("The presidential palace in Santiago hosted a formal welcome ceremony for "
                     "Peruvian President Jose Vera on Monday.", published=dt.date(2021, 3, 4))
    assert not [f for f in facts if f.relation == "MET_WITH"]


# ---- summoning an envoy -----------------------------------------------------------------------------
def test_a_minister_summoning_an_ambassador_does_not_meet_him(facts_of):
    facts = facts_of("Chilean Foreign Minister Ana Ruiz summoned Peruvian Ambassador Jose Vera on "
                     "Friday over the fishing dispute.", published=dt.date(2021, 3, 4))
    assert not [f for f in facts if f.relation == "MET_WITH"]


def test_a_ministry_summoning_an_ambassador_is_no_meeting(facts_of):
    facts = facts_of("The Chilean Foreign Ministry summoned Peruvian Ambassador Jose Vera on Friday "
                     "over the fishing dispute.", published=dt.date(2021, 3, 4))
    assert not [f for f in facts if f.relation == "MET_WITH"]


# ---- no one meets his own state ---------------------------------------------------------------------
def test_an_envoy_named_after_his_states_title_does_not_meet_his_state(facts_of):
    facts = facts_of("Meanwhile, as the dispute drags on, Chile’s special envoy to Peru, Ambassador "
                     "Jose Vera, stayed active by holding several rounds of talks in Lima.",
                     published=dt.date(2021, 3, 4))
    assert not find(facts, "Chile", "MET_WITH", "Jose Vera")
    assert not find(facts, "Jose Vera", "MET_WITH", "Chile")


# ---- a welcome received "by" a host ------------------------------------------------------------------
def test_a_warm_welcome_received_by_a_host_is_a_meeting(facts_of):
    facts = facts_of("Peruvian President Jose Vera landed in Santiago on Monday. He received a warm "
                     "welcome on the tarmac by Chilean President Ana Ruiz.", published=dt.date(2021, 3, 4))
    assert find(facts, "Jose Vera", "MET_WITH", "Ana Ruiz") or find(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")
