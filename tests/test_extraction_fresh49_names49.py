"""Stop 49, person names and their titles, read from the pooled real-news passages of stop 49
and South Asian and Myanmar military copy, in sentences of our own:

- a military rank abbreviated with a hyphen between its words ("Maj-Gen", "Brig-Gen",
  "Lt-Gen") is a form of address like "Maj Gen" and no part of the name after it: the mention
  finder read "Maj" alone as the form of address and left "-Gen" in the name ("-Gen A B"), so
  every fact of the officer went to a name no reader would write (mentions `honorific_end`).

The sentences are our own."""

from tests.facts import named, one


def test_hyphened_major_general_stays_out_of_the_name(facts_of):
    facts = facts_of("The army's chief spokesman, Maj-Gen Asif Ghafoor, met President Ashraf Ghani "
                     "in Kabul on Monday.", "2019-05-10")
    one(facts, "Asif Ghafoor", "MET_WITH", "Ashraf Ghani")
    assert not any(name.startswith("-") for name in named(facts))


def test_hyphened_brigadier_general_before_a_spokesman_name(facts_of):
    facts = facts_of("Myanmar junta spokesman Brig-Gen Zaw Min Tun met Chinese envoy Deng Xijun in "
                     "Naypyitaw.", "2023-05-10")
    one(facts, "Zaw Min Tun", "MET_WITH", "Deng Xijun")
    one(facts, "Zaw Min Tun", "HOLDS_ROLE", "Myanmar")


def test_hyphened_rank_of_an_officer_who_travels(facts_of):
    facts = facts_of("Prime Minister Imran Khan and Maj-Gen Babar Iftikhar landed in Riyadh on Sunday "
                     "for a two-day stay.", "2021-05-10")
    one(facts, "Babar Iftikhar", "VISITED", "Riyadh")


def test_a_hyphened_family_name_after_a_rank_stays_whole(facts_of):
    # guard: the hyphen is skipped only between the words of a rank, not inside the name after it
    facts = facts_of("Lt Gen Ahmed Ould-Abdallah met Senegalese President Macky Sall in Dakar on Monday.",
                     "2019-05-10")
    assert "Ahmed Ould-Abdallah" in named(facts) or "Ahmed Ould Abdallah" in named(facts)
    assert not any(name.startswith("-") for name in named(facts))
