"""Two constructions of stop 49, in phrasings of our own.

1. A demonym and a post's description the model takes whole for a body.

"the [Ruritanian Head of State]" tagged as one organisation hid the description from the
resolver, so the holder named elsewhere in the article got no post. The mention is now the
demonym's state, and the description ("Head of State", mentions.json post_kind_descriptions
and role_descriptions) is left to the resolver, which reads it as the state's holder at the
article's date. A holder of another state, or an indefinite "a Ruritanian head of state", is
still read as no one's post.

2. A list of names each with its title after it, the last two joined by "and" with no comma:
"A, Ambassador of X and HE Mr B, High Commissioner of Y". The phrase after A ran on through
"and" and B's name to the next comma, so A's title was never read. It now ends at an "and" that
the list's next name follows (forms of address, a rank or a title allowed before it). A title
whose own words hold an "and" ("Minister of Trade and Industry") keeps them.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one, with_relation

_DAY = dt.date(2024, 6, 1)


def test_definite_head_of_state_subject_names_the_holder(facts_of):
    facts = facts_of("Gabriel Boric arrived in Buenos Aires on Monday. On Tuesday morning the Chilean Head of "
                     "State held talks with Argentine President Javier Milei.", published=_DAY)
    one(facts, "Gabriel Boric", "HOLDS_ROLE", "Chile")


def test_head_of_state_after_of(facts_of):
    facts = facts_of("Gustavo Petro landed in Lima on Sunday. Trade and energy dominated the agenda during the "
                     "first trip to Peru of the Colombian Head of State.", published=_DAY)
    one(facts, "Gustavo Petro", "HOLDS_ROLE", "Colombia")


def test_head_of_state_named_before_in_another_sentence(facts_of):
    facts = facts_of("William Ruto welcomed the delegates on Monday. Later, the Kenyan Head of State opened the "
                     "summit in Nairobi.", published=_DAY)
    one(facts, "William Ruto", "HOLDS_ROLE", "Kenya")


def test_guest_of_another_state_is_not_the_head_of_state(facts_of):
    """The one person named is Colombia's president: the Chilean post is not his."""
    facts = facts_of("Gustavo Petro arrived in Santiago on Monday. The Chilean Head of State welcomed him at "
                     "the palace on Tuesday.", published=_DAY)
    assert not [f for f in with_relation(facts, "HOLDS_ROLE") if f.object == "Chile"]


def test_indefinite_head_of_state_is_nobody(facts_of):
    facts = facts_of("Gustavo Petro and Gabriel Boric met in Santiago. Officials said a Colombian head of state "
                     "had not visited the city in decades.", published=_DAY)
    assert not with_relation(facts, "HOLDS_ROLE")


_LIST_DAY = dt.date(2023, 9, 20)


def test_ambassador_before_and_and_the_next_envoy(facts_of):
    facts = facts_of("On Tuesday the governor received Ines Duarte, Ambassador of Portugal and HE Mr Kofi "
                     "Boateng, High Commissioner of Ghana, at the residence.", published=_LIST_DAY)
    one(facts, "Ines Duarte", "HOLDS_ROLE", "Portugal")
    one(facts, "Kofi Boateng", "HOLDS_ROLE", "Ghana")


def test_minister_before_and_and_a_titled_name(facts_of):
    facts = facts_of("Talks were also held with Omar Haddad, Minister of Foreign Affairs of Lebanon and "
                     "Defence Minister Karim Salameh in Beirut.", published=_LIST_DAY)
    one(facts, "Omar Haddad", "HOLDS_ROLE", "Lebanon")


def test_possessive_title_before_and_and_a_ranked_name(facts_of):
    facts = facts_of("At the airport the guest was met by Anna Wells, Australia's Assistant Minister for "
                     "Trade and Rear Admiral Tom Grant, the fleet commander.", published=_LIST_DAY)
    one(facts, "Anna Wells", "HOLDS_ROLE", "Australia")


def test_and_inside_a_portfolio_stays_in_the_title(facts_of):
    """No name after the "and": the title is read whole."""
    facts = facts_of("The delegation was received by Sara Lind, Minister of Trade and Industry of Sweden, in "
                     "Stockholm.", published=_LIST_DAY)
    assert "Industry" in one(facts, "Sara Lind", "HOLDS_ROLE", "Sweden").title
