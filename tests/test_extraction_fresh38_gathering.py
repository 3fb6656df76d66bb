"""Attendance at a gathering placed in an earlier sentence, in phrasings of our own (stop 38).

A definite gathering noun with no place of its own ("attended the summit", "the forum was
attended by ...") is the one of that noun told before: placed by the clause it is an argument
of ("was held in X", "concluded in Y", "Z hosted a meeting"), by a clause of occurrence on it,
or under a dateline by "here"; an earlier definite mention with no place recalls in turn. A
guest from abroad visited the place; a host at home did not; a virtual gathering places no one.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_attended_the_summit_placed_by_was_held_in(facts_of):
    facts = facts_of("The summit of the southern bloc was held on 14 May in Windhoek. Zambian President "
                     "Hakainde Hichilema attended the summit along with several ministers.",
                     published=dt.date(2022, 5, 16))
    one(facts, "Hakainde Hichilema", "VISITED", "Windhoek")


def test_passive_attendance_placed_by_concluded_in(facts_of):
    facts = facts_of("A two-day meeting of Pacific fisheries ministers concluded in Apia on Friday. The "
                     "meeting was attended by Fijian Prime Minister Sitiveni Rabuka.",
                     published=dt.date(2023, 8, 19))
    one(facts, "Sitiveni Rabuka", "VISITED", "Apia")


def test_city_that_hosted_the_meeting_places_it(facts_of):
    facts = facts_of("Tashkent hosted a meeting of the regional security council last week. "
                     "The meeting was attended by Kyrgyz President Sadyr Japarov.",
                     published=dt.date(2021, 10, 4))
    one(facts, "Sadyr Japarov", "VISITED", "Tashkent")


def test_earlier_definite_mention_recalls_in_turn(facts_of):
    facts = facts_of("The forum on water security opened in Dushanbe on Tuesday. Tajik President Emomali "
                     "Rahmon chaired the forum. Kazakh President Kassym-Jomart Tokayev attended the forum.",
                     published=dt.date(2023, 6, 8))
    one(facts, "Kassym-Jomart Tokayev", "VISITED", "Dushanbe")


def test_host_officials_at_home_visited_nothing(facts_of):
    facts = facts_of("The summit was held in Astana on Monday. Kazakh President Kassym-Jomart Tokayev and "
                     "Uzbek President Shavkat Mirziyoyev attended the summit.",
                     published=dt.date(2023, 6, 8))
    one(facts, "Shavkat Mirziyoyev", "VISITED", "Astana")
    assert not find(facts, "Kassym-Jomart Tokayev", "VISITED", "Astana")


def test_a_virtual_gathering_is_no_visit(facts_of):
    facts = facts_of("The summit was held in Baku on Monday. Georgian Prime Minister Irakli Kobakhidze "
                     "attended the summit. A virtual forum on trade was held in Baku on Tuesday. Turkish "
                     "President Recep Tayyip Erdogan attended the forum.",
                     published=dt.date(2024, 6, 12))
    one(facts, "Irakli Kobakhidze", "VISITED", "Baku")
    assert not find(facts, "Recep Tayyip Erdogan", "VISITED", "Baku")
