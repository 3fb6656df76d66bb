"""Office holders fresh real news showed in stop 35, in phrasings of our own.

- A lone word is read as a known person's family name only when it is one: the syllable after
  the hyphen of a Korean given name ("Kim Tok-hun", "Ban Ki-moon") is no family name, so
  "Hun" (the model's cut of "Hun Sen." at a sentence's end, or a Korean official's given
  name) is no North Korean premier, and "Moon" is only the president whose family name it is.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import named, one


def test_a_cut_cambodian_name_is_no_korean_premier(facts_of):
    facts = facts_of("Vietnam's premier held talks in Hanoi on Monday with the visiting Cambodian Prime Minister Hun Sen.",
                     published=dt.date(2021, 3, 8))
    assert "Kim Tok Hun" not in named(facts), facts


def test_a_lone_given_syllable_is_nobody_known(facts_of):
    facts = facts_of("Hun arrived in Bangkok on Friday for talks with the Thai prime minister.",
                     published=dt.date(2021, 6, 4))
    assert "Kim Tok Hun" not in named(facts), facts


def test_moon_is_the_president_of_that_family_name(facts_of):
    facts = facts_of("Moon met President Trump at the White House last Tuesday.",
                     published=dt.date(2019, 4, 12))
    one(facts, "Moon Jae-in", "MET_WITH", "Donald Trump")
