"""A minister's name after a portfolio of several fields, and "HE" written before a name, in
phrasings of our own (stop 43).

"Minister of Labour and Social Protection A B", "Minister of Trade, Investment and Rural
Development C D": the small model often takes the portfolio's last field into the name ("Protection
A B") or the whole title and name for one body. The fields of a cabinet portfolio are title
words (mentions.json `title_words`), so they stay out of the name; a span the model took for a
body that is a title's portfolio and then two to four capitalised name words is the holder
(`mentions._portfolio_then_name`); and a portfolio field the model did not call a person is no
person when a later reading would make it one.

Gulf agency copy writes His Excellency as "HE" in capitals before the name ("Minister of Foreign
Affairs HE A B"): so written, before a capitalised word, it is that form of address
(mentions.json `capital_honorifics`), no part of the name; "he" and a line in capitals are not.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_last_field_of_a_portfolio_is_no_part_of_the_name(facts_of):
    facts = facts_of("On Monday the European Union imposed sanctions on the Minister of Labour and Social "
                     "Protection Olga Petrenko and the Minister of Water and Electricity Karim Haddad.",
                     published=dt.date(2023, 6, 12))
    one(facts, "Olga Petrenko", "SANCTIONED_BY", "European Union")
    one(facts, "Karim Haddad", "SANCTIONED_BY", "European Union")


def test_portfolio_and_name_taken_for_one_body(facts_of):
    facts = facts_of("Kenya's President hosted the Minister of Trade, Investment and Rural Development "
                     "Grace Banda of Malawi in Nairobi.", published=dt.date(2024, 2, 7))
    one(facts, "Grace Banda", "VISITED", "Nairobi")
    assert not [f for f in facts if "Development" in f.subject or "Development" in f.object]


def test_guard_a_full_name_after_a_one_field_portfolio_stays_whole(facts_of):
    """No "and" or comma before the name: all three words are the minister's."""
    facts = facts_of("Chinese President Xi Jinping received the Minister of Finance Ana Maria Rocha of "
                     "Angola in Beijing.", published=dt.date(2024, 2, 7))
    one(facts, "Xi Jinping", "MET_WITH", "Ana Maria Rocha")
    assert not find(facts, "Maria Rocha", "MET_WITH", "Xi Jinping")


def test_guard_a_portfolio_field_is_no_person(facts_of):
    """A later field of a portfolio set off by commas names no one, as a person or as a body."""
    facts = facts_of("Prime Minister Ana Lopez, who is also Minister of Home Affairs, External "
                     "Communications and Trade, met Pedro Alves in Lisbon.", published=dt.date(2024, 2, 7))
    one(facts, "Ana Lopez", "MET_WITH", "Pedro Alves")
    assert not [f for f in facts if "Communications" in f.subject or "Communications" in f.object]


def test_capital_he_before_a_name_is_a_form_of_address(facts_of):
    facts = facts_of("Bahrain's Minister of Foreign Affairs HE Abdullatif Al Zayani received HE Ana Costa "
                     "Ribeiro, Ambassador of Portugal, in Manama on Monday.", published=dt.date(2024, 5, 10))
    one(facts, "Abdullatif Al Zayani", "MET_WITH", "Ana Costa Ribeiro")
    one(facts, "Ana Costa Ribeiro", "HOLDS_ROLE", "Portugal")
    assert not [f for f in facts if f.subject.startswith("HE ") or f.object.startswith("HE ")]


def test_capital_he_after_a_title_of_a_state(facts_of):
    facts = facts_of("The Amir of Kuwait received the Prime Minister of Portugal HE Luis Montenegro at "
                     "Bayan Palace.", published=dt.date(2024, 5, 10))
    one(facts, "Luis Montenegro", "HOLDS_ROLE", "Portugal")


def test_guard_he_in_a_line_of_capitals_is_the_pronoun(facts_of):
    """Before a word in capitals "HE" is the pronoun of a shouted line, no form of address."""
    facts = facts_of("BAHRAIN: HE MET PORTUGAL'S ENVOY IN MANAMA", published=dt.date(2024, 5, 10))
    assert not [f for f in facts if f.relation != "LOCATED_IN"]
