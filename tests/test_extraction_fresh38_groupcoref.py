"""Armed groups told by a description after their name (stop 38), in phrasings of our own.

"The militants", "the rebels", "the jihadist group", "the ISIS-linked group": a definite
armed-group description stands for the nearest armed group the article named before it, past
the states and other bodies named between, and past sentences that name none; a name joined to
the description by a hyphen and a participle ("the X-linked group") is the group's patron, not
the group. With no armed group named before, or two in the nearest sentence naming any, the
description stands for nothing; "a group of farmers" is no description.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_militants_two_sentences_after_the_group(facts_of):
    facts = facts_of("Boko Haram fighters torched a market near Maiduguri on Tuesday. Residents fled into the bush "
                     "overnight. The militants have also raided several towns in Cameroon this year.",
                     published=dt.date(2021, 3, 4))
    one(facts, "Boko Haram", "ATTACKED", "Cameroon")


def test_typed_group_description_passes_over_another_body(facts_of):
    facts = facts_of("Al-Shabaab shelled a base outside Baidoa last week, the African Union mission said. "
                     "In May the jihadist group struck two border posts inside Kenya.",
                     published=dt.date(2022, 6, 10))
    one(facts, "al-Shabaab", "ATTACKED", "Kenya")


def test_patron_named_by_a_participle_is_not_the_group(facts_of):
    facts = facts_of("Security forces blamed Hayat Tahrir al-Sham for a car bomb in Idlib on Sunday. "
                     "Analysts say the al-Qaeda-linked group has shelled Turkish outposts in Syria before.",
                     published=dt.date(2019, 8, 5))
    assert not find(facts, "al-Qaeda", "ATTACKED", "Turkey")
    one(facts, "Hayat Tahrir al-Sham", "ATTACKED", "Turkey")


def test_rebels_after_the_named_rebels(facts_of):
    facts = facts_of("The Houthis seized a tanker off Hodeidah at dawn. Officials said the crew was unhurt. "
                     "Since then the rebels have launched drones at Saudi Arabia.",
                     published=dt.date(2024, 1, 9))
    one(facts, "Houthis", "ATTACKED", "Saudi Arabia")


def test_no_group_named_before_leaves_rebels_unread(facts_of):
    facts = facts_of("Heavy fighting was reported near Gao on Friday. The rebels have also attacked "
                     "army posts in Niger.", published=dt.date(2013, 2, 1))
    assert not [f for f in facts if f.relation == "ATTACKED"]


def test_a_group_of_farmers_is_no_description(facts_of):
    facts = facts_of("Boko Haram fighters stormed a village near Monguno on Monday. A group of farmers later "
                     "attacked a police post in Chad.", published=dt.date(2021, 3, 4))
    assert not find(facts, "Boko Haram", "ATTACKED", "Chad")


def test_two_groups_in_the_nearest_sentence_leave_it_unread(facts_of):
    facts = facts_of("Hamas and Palestinian Islamic Jihad fired rockets at Ashkelon on Friday. "
                     "The militants have also fired at Israel from Lebanon.", published=dt.date(2023, 5, 12))
    assert not [f for f in facts if f.relation == "ATTACKED" and "Lebanon" in f.evidence.sentence]
