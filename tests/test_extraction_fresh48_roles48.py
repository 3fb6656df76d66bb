"""A state's government named inside a spokesperson's title, in phrasings of our own (stop 48).

"Ruritanian government spokesman A said": the title's walk back from the name met "government",
no title word, and stopped before the demonym, so no state was read. "government" is now a
title word (mentions.json title_words): the demonym or possessive before it is the employer and
the title keeps the word ("Government Spokesman"). With no state in the phrase nothing is read,
and "the government of Ruritanian President B" still gives B the title "President" (the walk
stops at an "of" after a government noun).

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one, with_relation

_DAY = dt.date(2023, 3, 14)


def test_demonym_government_spokesman(facts_of):
    facts = facts_of("Ghanaian government spokesman Kwame Asante told reporters that the border crossing "
                     "would reopen next week.", published=_DAY)
    assert one(facts, "Kwame Asante", "HOLDS_ROLE", "Ghana").title == "Government Spokesman"


def test_demonym_government_spokesman_after_according_to(facts_of):
    facts = facts_of("According to Chilean government spokesman Tomas Rivera, the relief shipment left the "
                     "port on Tuesday.", published=_DAY)
    one(facts, "Tomas Rivera", "HOLDS_ROLE", "Chile")


def test_demonym_government_spokesman_joined_to_a_minister(facts_of):
    facts = facts_of("Kenyan government spokesman Otieno Kamau and the health minister toured the flooded "
                     "camp on Saturday.", published=_DAY)
    one(facts, "Otieno Kamau", "HOLDS_ROLE", "Kenya")


def test_possessive_government_spokeswoman_keeps_the_word(facts_of):
    facts = facts_of("The talks ended without a deal, Peru's government spokeswoman Lucia Quispe said late on "
                     "Friday.", published=_DAY)
    assert one(facts, "Lucia Quispe", "HOLDS_ROLE", "Peru").title == "Government Spokeswoman"


def test_no_state_read_for_a_bare_government_spokesman(facts_of):
    """No state in the phrase or the sentence: nothing to read."""
    assert not with_relation(facts_of("Government spokesman Kwame Asante told reporters that the border crossing "
                                      "would reopen next week.", published=_DAY), "HOLDS_ROLE")


def test_government_of_a_president_is_no_part_of_his_title(facts_of):
    facts = facts_of("Brazil has criticised the government of Venezuelan President Nicolas Maduro over the "
                     "disputed vote.", published=_DAY)
    assert one(facts, "Nicolás Maduro", "HOLDS_ROLE", "Venezuela").title == "President"
