"""Stop 48, names written with initials, read from the pooled real-news passages of stop 48 and
Mongolian, Central Asian and Indian copy, in sentences of our own:

- initials glued to the family name ("Kh.Battulga", "D.Tsogtbaatar", "I.K.Azizov", with a
  hyphened family name "Ts.Munkh-Orgil") are one person's name, even where the model tags
  nothing there or the family name alone as a body (mentions `_initialled_names`; the tokenizer
  cuts two or three glued initials from the name as it cut one);
- a name of initials and a family name stands for the one known person whose family name it
  ends with and whose given names its initials open, in order ("Kh.Battulga": Khaltmaagiin
  Battulga; "I. Karimov": Islam Karimov), of the article's time (gazetteer `persons_by_initials`);
  no more initials than the known form has given names ("JP Singh" is not Jaswant Singh), else
  the name stays as written;
- "He is visiting X at the invitation of President Y. He was met by Z": the host named after the
  previous sentence's subject pronoun does not take over the pronoun (coreference
  `_pronoun_subject_before`).

The sentences are our own."""

import pytest

from tests.facts import find, named, one


def test_glued_initials_name_the_known_president(facts_of):
    facts = facts_of("Japanese Prime Minister Shinzo Abe held talks with President of Mongolia Kh.Battulga "
                     "in Tokyo on Tuesday.", "2019-05-10")
    one(facts, "Shinzo Abe", "MET_WITH", "Khaltmaagiin Battulga")


def test_glued_initials_after_a_title_make_an_unknown_envoy(facts_of):
    facts = facts_of("Mongolian Ambassador to Cuba D.Bilegsaikhan said he will do everything to deepen ties.",
                     "2019-05-10")
    one(facts, "D.Bilegsaikhan", "HOLDS_ROLE", "Mongolia")


def test_two_glued_initials_are_one_name(facts_of):
    facts = facts_of("Ambassador of Kazakhstan to Mongolia A.B.Sultanov met with President Ts.Elbegdorj on Tuesday.",
                     "2016-06-10")
    one(facts, "A.B.Sultanov", "HOLDS_ROLE", "Kazakhstan")
    one(facts, "A.B.Sultanov", "MET_WITH", "Tsakhiagiin Elbegdorj")


def test_a_hyphened_family_name_goes_on_after_glued_initials(facts_of):
    facts = facts_of("Foreign Minister of Mongolia Ts.Munkh-Orgil flew to Beijing on Monday.", "2017-02-10")
    one(facts, "Ts.Munkh-Orgil", "VISITED", "Beijing")


def test_a_spaced_initial_names_the_known_leader(facts_of):
    facts = facts_of("Uzbek President I. Karimov held talks with Vladimir Putin in Moscow on Monday.", "2010-04-16")
    one(facts, "Islam Karimov", "MET_WITH", "Vladimir Putin")


@pytest.mark.parametrize("text,published,wrong", [
    # two initials, one given name: another Singh
    ("The envoy JP Singh of India was called in on Monday over the firing.", None, "Jaswant Singh"),
    # a city's short form glued to its name is no person
    ("Vladimir Putin flew to St.Petersburg on Monday for the forum.", "2019-06-07", "St.Petersburg"),
])
def test_what_initials_do_not_name(facts_of, text, published, wrong):
    assert wrong not in named(facts_of(text, published))


def test_the_host_named_after_a_subject_pronoun_does_not_take_it_over(facts_of):
    facts = facts_of("Vladimir Putin landed in Ulaanbaatar late on Monday. He came for a two-day stay on an "
                     "invitation from Mongolian President Kh.Battulga. On landing he was greeted by "
                     "Foreign Minister D.Tsogtbaatar.", "2019-09-03")
    one(facts, "Damdin Tsogtbaatar", "MET_WITH", "Vladimir Putin")
    assert not find(facts, "Damdin Tsogtbaatar", "MET_WITH", "Khaltmaagiin Battulga")
    assert not find(facts, "Khaltmaagiin Battulga", "MET_WITH", "Damdin Tsogtbaatar")
