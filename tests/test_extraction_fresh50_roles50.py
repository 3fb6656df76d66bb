"""A construction of stop 50, in phrasings of our own.

A place named after a locative "in" right before a titled name is where the clause happens, not
whose the post is: "In Z-City Minister A was received by ...", "In Ruritania Prime Minister B
held talks with ...", "X's head of mission in Ruritania Ambassador C". The premodifier walk took
the place for the employer, so a visitor was read as holding a post of the state (or the body)
he was visiting. A body is read as a venue only after the "In" that opens the sentence ("In Z
University Minister D met ..."). A demonym after the place is still the person's state, a state
named right before the title is still its holder's, and an envoy's posting is read as before.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one, posts_of

_DAY = dt.date(2024, 6, 1)


def test_city_after_in_is_not_the_visitors_employer(facts_of):
    facts = facts_of("Foreign Minister Ararat Mirzoyan flew to the Baltic states this week. In Vilnius Minister "
                     "Mirzoyan was welcomed by Gitanas Nauseda, the President of Lithuania.", published=_DAY)
    assert "Lithuania" not in posts_of(facts, "Mirzoyan")


def test_state_after_in_is_not_the_visiting_leaders_employer(facts_of):
    facts = facts_of("The two leaders then travelled on. In Vanuatu Prime Minister Albanese discussed "
                     "maritime security with Prime Minister Charlot Salwai in Port Vila.", published=_DAY)
    assert "Vanuatu" not in posts_of(facts, "Albanese")


def test_venue_after_opening_in_is_not_the_employer(facts_of):
    facts = facts_of("The minister arrived in Riga on Monday. In Riga Technical University Minister Mirzoyan "
                     "met students and lecturers.", published=_DAY)
    assert not posts_of(facts, "Mirzoyan")


def test_host_named_with_its_own_state_still_holds_it(facts_of):
    facts = facts_of("The two leaders then travelled on. In Port Vila Vanuatu Prime Minister Charlot Salwai "
                     "hosted a dinner for the visiting delegation.", published=_DAY)
    one(facts, "Charlot Salwai", "HOLDS_ROLE", "Vanuatu")


def test_demonym_after_the_place_is_still_the_employer(facts_of):
    facts = facts_of("Talks resumed on Monday. In Geneva Iranian Foreign Minister Abbas Araghchi told "
                     "reporters that progress had been made.", published=_DAY)
    one(facts, "Abbas Araghchi", "HOLDS_ROLE", "Iran")


def test_envoy_posting_after_in_keeps_the_sending_state(facts_of):
    facts = facts_of("The reception on Friday was hosted by the Indian Ambassador in Kathmandu Naveen Srivastava "
                     "at his residence.", published=_DAY)
    one(facts, "Naveen Srivastava", "HOLDS_ROLE", "India")
