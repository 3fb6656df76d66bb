"""Meetings at a host's table, as read in stop 36.

- "X attended a state dinner hosted by Y", "a banquet was given by Y in honour of X": the agent
  of a participle of hosting (verbs.json hosting_participles) on a meal noun, or of the passive
  verb whose subject the meal is, is the host; the guest who attends it, or whom its honour
  phrase names, met him. A co-host named as the host's household ("and his wife Z") is no
  party to the meeting.

Sentences are our own; articles are dated as each test says."""
from tests.facts import one


def test_attending_a_meal_hosted_by_a_leader_is_a_meeting_with_him(facts_of):
    facts = facts_of("Ghanaian President Nana Akufo-Addo on Friday attended a working lunch hosted by "
                     "Nigerian President Bola Tinubu at the presidential villa in Abuja.",
                     published="2023-11-04")
    assert one(facts, "Nana Akufo-Addo", "MET_WITH", "Bola Tinubu").modality.value == "asserted"


def test_a_meal_given_by_a_host_in_honour_of_a_guest_is_a_meeting(facts_of):
    facts = facts_of("A gala banquet was given by Indonesian President Joko Widodo in honour of "
                     "Vietnamese President Nguyen Xuan Phuc at the Bogor Palace.",
                     published="2022-12-22")
    one(facts, "Joko Widodo", "MET_WITH", "Nguyen Xuan Phuc")


def test_the_hosts_household_is_no_party_to_the_meeting(facts_of):
    facts = facts_of("Chilean President Gabriel Boric attended an informal dinner hosted by Argentine "
                     "President Alberto Fernandez and his wife Fabiola Yanez in Buenos Aires.",
                     published="2022-04-05")
    one(facts, "Gabriel Boric", "MET_WITH", "Alberto Fernandez")
    assert not [f for f in facts if f.relation == "MET_WITH" and "Fabiola" in f.subject + f.object], \
        [(f.subject, f.relation, f.object) for f in facts]


def test_attending_a_meal_with_no_host_named_is_no_meeting(facts_of):
    facts = facts_of("Ugandan President Yoweri Museveni attended a banquet in Kampala on Saturday "
                     "with hundreds of guests.", published="2023-05-08")
    assert not [f for f in facts if f.relation == "MET_WITH"], [(f.subject, f.object) for f in facts]
