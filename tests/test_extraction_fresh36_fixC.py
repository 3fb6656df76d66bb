"""Posts bound to the wrong holder or organisation (class C of the stop-36 precision audit), in
phrasings of our own.

- a portfolio list after a title's "of" or "for", which the model cut at a comma or "and"
  ("Minister of Works, [Housing and Urban Renewal]"), names the post's field, no employer;
- a fronted modifier that ends on another, unnamed person's title ("In a meeting with the X-ian
  ambassador, Name ...", "Besides holding talks with his X-ian counterpart, Name ...") gives that
  title to no one: the name after the comma is the clause's subject, in no apposition.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def _posts(facts, holder: str) -> list:
    return [(f.title, f.object) for f in facts if f.relation == "HOLDS_ROLE" and holder in f.subject]


def test_portfolio_list_tail_is_no_employer(facts_of):
    facts = facts_of("Peter Okafor, Minister of Works, Housing and Urban Renewal, chaired the meeting of the board "
                     "in Abuja.", published=dt.date(2024, 3, 8))
    assert not [p for p in _posts(facts, "Okafor") if "Housing" in p[1] or "Renewal" in p[1]], facts


def test_portfolio_with_its_state_still_read(facts_of):
    facts = facts_of("Kofi Mensah, Minister of Trade and Industry of Ghana, met business leaders in Accra on Monday.",
                     published=dt.date(2024, 3, 8))
    one(facts, "Kofi Mensah", "HOLDS_ROLE", "Ghana")


def test_unnamed_ambassador_in_fronted_meeting_phrase(facts_of):
    facts = facts_of("In a meeting with the Brazilian ambassador, Dlamini praised the growing trade between the two "
                     "countries.", published=dt.date(2024, 3, 8))
    assert not [p for p in _posts(facts, "Dlamini") if p[1] == "Brazil"], facts


def test_unnamed_counterpart_in_fronted_clause(facts_of):
    facts = facts_of("Besides holding talks with his Ghanaian counterpart, Tinubu is expected to visit a refinery "
                     "near the coast.", published=dt.date(2024, 3, 8))
    assert not [p for p in _posts(facts, "Tinubu") if p[1] == "Ghana"], facts


def test_unnamed_counterpart_after_aside_from(facts_of):
    facts = facts_of("Aside from meeting his Zambian counterpart, Tshisekedi also held talks with business groups "
                     "in the capital.", published=dt.date(2024, 3, 8))
    assert not [p for p in _posts(facts, "Tshisekedi") if p[1] == "Zambia"], facts


def test_named_counterpart_in_apposition_still_read(facts_of):
    facts = facts_of("Ramaphosa held talks with his Ghanaian counterpart, Nana Akufo-Addo, in Pretoria on Monday.",
                     published=dt.date(2024, 3, 8))
    one(facts, "Nana Akufo-Addo", "HOLDS_ROLE", "Ghana")


def test_titled_name_closing_a_fronted_phrase_still_read(facts_of):
    facts = facts_of("During talks with the Kenyan president, William Ruto, the two leaders discussed trade.",
                     published=dt.date(2024, 3, 8))
    one(facts, "William Ruto", "HOLDS_ROLE", "Kenya")


def test_bare_title_phrase_before_the_subject_still_read(facts_of):
    facts = facts_of("Doyen of the Diplomatic Corps and Ambassador of Chile, Ana Torres hosted a farewell lunch for "
                     "departing envoys.", published=dt.date(2024, 3, 8))
    one(facts, "Ana Torres", "HOLDS_ROLE", "Chile")


def test_title_the_fronted_clause_says_of_the_subject_still_read(facts_of):
    facts = facts_of("Before becoming Kenya's foreign minister, Raychelle Omamo served as a lawyer in Nairobi.",
                     published=dt.date(2024, 3, 8))
    one(facts, "Raychelle Omamo", "HOLDS_ROLE", "Kenya")
