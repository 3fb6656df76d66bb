"""Who travelled to a meeting held in a named place, in phrasings of our own (stop 41).

A participant of a meeting held outside his own state visited its place. Two ways the reading
failed: the place is a named site of no known state with its city after it ("at the Y Palace in
Z"); and the host, at home there, meets an international organisation seated elsewhere (or the
organisation hosts at its seat), whose officials came.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_named_site_of_no_known_state_gives_way_to_its_city(facts_of):
    facts = facts_of("Egypt's leader Abdel Fattah al-Sisi had talks with Kenyan President William Ruto "
                     "at the Koubba Palace in Cairo on Sunday.", published=dt.date(2023, 5, 12))
    one(facts, "William Ruto", "VISITED", "Cairo")


def test_organisation_seated_elsewhere_meets_a_host_at_home(facts_of):
    facts = facts_of("The European Union and Vietnam held their yearly summit in Hanoi on Thursday, agreeing to "
                     "expand trade in farm goods.", published=dt.date(2024, 3, 8))
    one(facts, "European Union", "VISITED", "Hanoi")


def test_organisation_hosting_at_its_seat(facts_of):
    facts = facts_of("Officials briefed reporters after the EU-Japan summit in Brussels on Friday.",
                     published=dt.date(2024, 3, 8))
    one(facts, "Japan", "VISITED", "Brussels")
