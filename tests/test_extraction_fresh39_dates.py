"""Dates a fact inherits through an explicit link to the event that carries them, in phrasings
of our own (stop 39).

A gathering told once with its time ("The forum was held on 14 May 2019 in X") and recalled
later by a definite noun ("A attended the forum", "The forum was attended by B") is one
gathering: those who attended it did so on its date. An event noun with a clause of occurrence
on it ("the visit of A to X that took place on 3 April") is dated by that clause. A mere
neighbouring date is never inherited.

Sentences are our own; the articles are undated unless a test says otherwise."""
import datetime as dt

from tests.facts import one


def test_attending_a_recalled_gathering_takes_its_date(facts_of):
    facts = facts_of("The energy forum was held on 14 May 2019 in Ashgabat. Ilham Aliyev attended the forum "
                     "and spoke about gas routes.", published=None)
    assert one(facts, "Ilham Aliyev", "VISITED", "Ashgabat").date == "2019-05-14"


def test_a_passive_attendance_of_a_hosted_gathering_takes_the_hosting_date(facts_of):
    facts = facts_of("On 21 October 2015, Tbilisi hosted a conference on regional transit. The conference was "
                     "attended by President Ilham Aliyev of Azerbaijan.", published=None)
    assert one(facts, "Ilham Aliyev", "VISITED", "Tbilisi").date == "2015-10-21"


def test_a_gathering_closed_on_a_day_dates_its_attendance(facts_of):
    facts = facts_of("The annual summit concluded in Minsk on 30 November 2012 with a joint statement. "
                     "Nursultan Nazarbayev attended the summit.", published=None)
    assert one(facts, "Nursultan Nazarbayev", "VISITED", "Minsk").date == "2012-11-30"


def test_a_visit_dated_by_its_own_clause_of_occurrence(facts_of):
    facts = facts_of("After the visit of Recep Tayyip Erdogan to Baku that took place on 3 April 2011, "
                     "officials of both sides began work on a pipeline accord.", published=None)
    assert one(facts, "Recep Tayyip Erdogan", "VISITED", "Baku").date == "2011-04-03"


def test_a_dated_article_keeps_the_gatherings_own_day(facts_of):
    facts = facts_of("The summit was held on Monday in Astana. Shavkat Mirziyoyev attended the summit.",
                     published=dt.date(2024, 3, 8))
    assert one(facts, "Shavkat Mirziyoyev", "VISITED", "Astana").date == "2024-03-04"
