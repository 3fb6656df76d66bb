"""Meetings, receptions and calls fresh real news showed in stop 28, each in phrasings of our own.

- a phone conversation framing a clause after its verb ("X said during a phone conversation
  with Y"), a call whose "with" phrase names a titled person set off after a place ("his
  counterpart in Z, Name"), or hung on the verb after the call's own date ("in a call on Monday
  with Y"); a call is at a distance: where a side is names no trip;
- "A and B held talks with C and D": the two on one side do not meet each other through the
  talks (only a noun with no "with" or "of" phrase of its own pairs its subjects);
- "visiting" before a titled name: "held talks with visiting Premier X" (the parser makes the
  participle the phrase's clause), "signed by A in the presence of B and visiting President C"
  (the parser conjoins the participle to the verb: no visit by A to C);
- "X received his Ruritanian counterpart" (no name): X met that state;
- "X and Y spoke privately", "X and Y spoke by phone": the two met (not with a "with" or
  "to" phrase of the verb naming a third);
- presenting credentials ("presented his credentials to President X", "received the
  credentials of Ambassador Y", "accepted credentials from"), and a form of address between a
  title and its name ("Governor-General His Excellency Sir X").

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def _met(facts):
    return [(f.subject, f.object, f.modality.value) for f in facts if f.relation == "MET_WITH"]


# ---- calls and phone conversations ---------------------------------------------------------------
def test_said_during_a_phone_conversation_with_is_a_call(facts_of):
    facts = facts_of("Chilean Foreign Minister Ana Ruiz said during a phone conversation with "
                     "Peruvian Foreign Minister Jose Vera on Tuesday that the border would stay open.",
                     published=dt.date(2021, 3, 4))
    one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")


def test_a_call_with_a_counterpart_in_a_state_named_after_it_is_a_call_and_no_trip(facts_of):
    facts = facts_of("Norwegian Defence Minister Ola Brekke renewed his pledge of support in a call "
                     "with his counterpart in Finland, Aino Koskinen.", published=dt.date(2021, 3, 4))
    one(facts, "Ola Brekke", "MET_WITH", "Aino Koskinen")
    assert not [f for f in facts if f.relation == "VISITED"]


def test_a_call_whose_with_phrase_follows_its_date_is_a_call_with_that_person(facts_of):
    facts = facts_of("Chilean Foreign Minister Ana Ruiz pledged support in a call on Thursday with her "
                     "counterpart in Peru, Jose Vera.", published=dt.date(2021, 3, 4))
    one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")


# ---- two on one side of the talks ---------------------------------------------------------------
def test_two_ministers_holding_talks_with_their_counterparts_do_not_meet_each_other(facts_of):
    facts = facts_of("Chilean Defence Minister Ana Ruiz and Foreign Minister Pablo Soto held talks "
                     "with their Peruvian counterparts in Lima.", published=dt.date(2021, 3, 4))
    assert not find(facts, "Ana Ruiz", "MET_WITH", "Pablo Soto")
    assert not find(facts, "Pablo Soto", "MET_WITH", "Ana Ruiz")


def test_two_leaders_holding_talks_meet_each_other(facts_of):
    facts = facts_of("Chilean President Ana Ruiz and Peruvian President Jose Vera held talks in Lima "
                     "on Monday.", published=dt.date(2021, 3, 4))
    one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")


# ---- "visiting" before a titled name --------------------------------------------------------------
def test_talks_with_a_visiting_premier_are_a_meeting(facts_of):
    facts = facts_of("Norwegian Prime Minister Ola Brekke held talks with visiting Finnish Prime "
                     "Minister Aino Koskinen on energy.", published=dt.date(2021, 3, 4))
    one(facts, "Ola Brekke", "MET_WITH", "Aino Koskinen")


def test_signatories_do_not_visit_the_guest_who_watched_them_sign(facts_of):
    facts = facts_of("The accord was signed by Chilean Trade Minister Pablo Soto and Peruvian envoy "
                     "Marta Quispe in the presence of Chilean President Ana Ruiz and visiting "
                     "Peruvian President Jose Vera.", published=dt.date(2021, 3, 4))
    assert not find(facts, "Pablo Soto", "MET_WITH", "Jose Vera")
    assert not find(facts, "Marta Quispe", "MET_WITH", "Jose Vera")


# ---- credentials ------------------------------------------------------------------------------------
def test_presenting_credentials_to_a_president_is_a_meeting(facts_of):
    facts = facts_of("The new Chilean ambassador Pablo Soto presented his credentials to Peruvian "
                     "President Jose Vera on Monday.", published=dt.date(2021, 3, 4))
    one(facts, "Pablo Soto", "MET_WITH", "Jose Vera")


def test_a_letter_of_credence_to_a_titled_governor_general_with_a_form_of_address(facts_of):
    facts = facts_of("Chilean Ambassador Pablo Soto presented a Letter of Credence on Monday to "
                     "Governor-General Her Excellency Dame Aroha Whitcombe.", published=dt.date(2021, 3, 4))
    one(facts, "Pablo Soto", "MET_WITH", "Aroha Whitcombe")


def test_receiving_or_accepting_credentials_is_a_meeting(facts_of):
    facts = facts_of("Peruvian President Jose Vera received the credentials of Chilean Ambassador "
                     "Pablo Soto on Monday.", published=dt.date(2021, 3, 4))
    one(facts, "Jose Vera", "MET_WITH", "Pablo Soto")
    facts = facts_of("Peruvian President Jose Vera accepted credentials from Chilean Ambassador "
                     "Pablo Soto on Monday.", published=dt.date(2021, 3, 4))
    one(facts, "Jose Vera", "MET_WITH", "Pablo Soto")


def test_presenting_a_plan_to_a_minister_is_no_meeting(facts_of):
    facts = facts_of("Chilean Foreign Minister Ana Ruiz presented a peace plan to Peruvian Foreign "
                     "Minister Jose Vera.", published=dt.date(2021, 3, 4))
    assert not _met(facts)


# ---- an unnamed counterpart received ----------------------------------------------------------------
def test_an_unnamed_counterpart_received_or_welcomed_stands_for_its_state(facts_of):
    for verb in ("received", "welcomed", "hosted", "greeted"):
        facts = facts_of(f"Peruvian President Jose Vera {verb} his Chilean counterpart at the palace on "
                         "Friday.", published=dt.date(2021, 3, 4))
        one(facts, "Jose Vera", "MET_WITH", "Chile")


def test_a_counterpart_without_a_state_stays_unread(facts_of):
    facts = facts_of("Peruvian President Jose Vera welcomed his counterpart at the palace on Friday.",
                     published=dt.date(2021, 3, 4))
    assert not _met(facts)


# ---- two who spoke privately or by phone ------------------------------------------------------------
def test_two_leaders_who_spoke_privately_or_by_phone_met(facts_of):
    for tail in ("spoke privately at the palace in Lima on Monday.", "spoke by telephone on Monday.",
                 "talked by phone on Monday."):
        facts = facts_of(f"Chilean President Ana Ruiz and Peruvian President Jose Vera {tail}",
                         published=dt.date(2021, 3, 4))
        one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")


def test_two_who_spoke_with_a_third_or_at_a_rally_did_not_meet_each_other(facts_of):
    facts = facts_of("Chilean President Ana Ruiz and Peruvian President Jose Vera spoke by phone with "
                     "Bolivian President Luis Mamani.", published=dt.date(2021, 3, 4))
    assert not find(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")
    facts = facts_of("Chilean President Ana Ruiz and Peruvian President Jose Vera spoke at the rally "
                     "on Monday.", published=dt.date(2021, 3, 4))
    assert not find(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")
