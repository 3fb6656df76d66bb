"""Aid handed over between officials of two states, in phrasings of our own (stop 41).

A ceremony of handing over is told as one official giving to another: "X's ambassador handed
over the vehicles to Y's defence minister", "... to the chairman of the Y Red Cross". The goods
are taken for the state the receiving official acts for (his post in the article, or the
gazetteer's), or for the one body the article makes him serve, and the giving official gave
them for his own state: the fact is between the states (or the body), not between the two
persons. Officials of one state handing goods to each other tell no aid between actors.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_envoy_hands_over_to_a_minister_of_another_state(facts_of):
    facts = facts_of("Indonesian Ambassador to Fiji Rahmat Sudirja on Monday handed over medical equipment worth $2 million "
                     "to Fijian Agriculture Minister Tomasi Naivalu at a ceremony in Suva.",
                     published=dt.date(2023, 5, 10))
    one(facts, "Indonesia", "AIDED", "Fiji")
    assert not [f for f in facts if f.relation == "AIDED" and f.object_type.value == "Person"]


def test_envoy_presents_equipment_to_a_minister_titled_by_his_state(facts_of):
    facts = facts_of("The Turkish Ambassador to Niger, Kemal Arslanoglu, presented twelve armoured "
                     "vehicles to Niger's Defence Minister Moussa Garba on Thursday.",
                     published=dt.date(2022, 11, 4))
    one(facts, "Turkey", "AIDED", "Niger")


def test_officials_of_one_state_hand_over_no_aid(facts_of):
    facts = facts_of("Kenyan Interior Minister Peter Wambua handed over ten ambulances to Kenyan Health "
                     "Minister Jane Achieng on Friday.", published=dt.date(2021, 6, 18))
    assert not [f for f in facts if f.relation == "AIDED"], [(f.subject, f.object) for f in facts]


def test_handing_over_an_office_is_no_aid(facts_of):
    facts = facts_of("Ghanaian Foreign Minister Ama Boateng handed over the rotating chairmanship of the bloc to "
                     "Senegalese Foreign Minister Ousmane Diallo on Monday.", published=dt.date(2022, 7, 4))
    assert not find(facts, "Ghana", "AIDED", "Senegal")
    assert not [f for f in facts if f.relation == "AIDED"]


def test_recipient_phrase_the_parser_hangs_on_the_sum(facts_of):
    """"will announce $N million in aid for Y": the small parser may hang the recipient's phrase
    on the amount beside its "in" phrase; the amount stands for the aid it consists of."""
    facts = facts_of("The U.S. will soon announce $210 million in military aid for the Philippines.",
                     published=dt.date(2023, 9, 10))
    one(facts, "United States", "AIDED", "Philippines")
    facts = facts_of("Canada will announce $75 million in aid for Ukraine.", published=dt.date(2023, 9, 10))
    one(facts, "Canada", "AIDED", "Ukraine")
