"""Whole pages (stop 45, the excerpts helper): a page's credits run into its sentences. An agency's
name closing a headline ("...: statement Agency"), a photographer's credit before the lead
("Name/Agency The Council ..."), a byline ("Agency Staff 1 Min Read") or a bullet credit put a
news outlet where the parser looks for a party, and the outlet was read as the one censured, the
sanctioner or the donor. A news outlet (organizations.json kinds of mentions.json outlet_kinds)
carries the story: it is no party to a visit, meeting, pact, sanction, censure, aid or attack.

Guards: the parties the sentence does name are still read, and an outlet stays the employer of
its own staff (HOLDS_ROLE), whose meetings are read as anyone's.

Every text here is invented (our own wording); articles are dated Friday 8 March 2024.
"""

from ingest.cleaning import clean_article
from schemas.models import Article
from tests.facts import WIRE_DAY, find


def _page(text: str) -> Article:
    """A page as the loader makes it: cleaned first (a one-line page is cut where its top ends)."""
    cleaned = clean_article(text)
    return Article(id="x45", text=cleaned.text, source="test", title=cleaned.title,
                   published=WIRE_DAY, dateline=cleaned.dateline)


def test_agency_closing_a_glued_headline_is_not_the_one_censured(extractor):
    page = ("Turkish premier condemns bombing of aid convoy: statement Reuters Friday, 8 March 2024 () "
            "The Turkish prime minister on Friday condemned the bombing of an aid convoy near the border.")
    facts = extractor.extract(_page(page)).facts
    assert not [f for f in facts if "Reuters" in (f.subject, f.object)]


def test_photo_credit_before_the_lead_is_no_sanctioner(facts_of):
    facts = facts_of("Sam Ortiz/AP The Security Council on Tuesday adopted a resolution imposing "
                     "sanctions on North Korea over its missile launches.")
    assert not find(facts, "North Korea", "SANCTIONED_BY", "Associated Press")
    assert find(facts, "North Korea", "SANCTIONED_BY", "United Nations Security Council")


def test_an_outlet_still_employs_its_staff_who_meet_others(facts_of):
    facts = facts_of("Kyodo News President Kenji Sato met Chinese Premier Li Qiang in Beijing "
                     "on Monday.")
    assert find(facts, "Kenji Sato", "HOLDS_ROLE", "Kyodo News")
    assert find(facts, "Kenji Sato", "MET_WITH", "Li Qiang")


def test_a_reported_credit_leaves_the_told_facts(facts_of):
    facts = facts_of("Tehran's parliament voted on Sunday to blacklist the navy of Canada as a "
                     "terrorist group, IRNA, the official news agency, said.")
    assert find(facts, "Canada", "SANCTIONED_BY", "Iran")
    assert not [f for f in facts if "Islamic Republic News Agency" in (f.subject, f.object)]
