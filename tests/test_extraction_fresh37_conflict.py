"""Opening fire on a target that a demonym owns, in phrasings of our own (stop 37).

"open fire" read its target only when the phrase after "on"/"at" was itself a name, or a plural
person noun a demonym turns into its state ("on Indian troops"); a thing a demonym owns
("on an Armenian army post") gave no fact, or the place phrase after it. The verb now reads the
owner of its target, as "fire at", "shell" and "launch ... at" already did.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_open_fire_on_a_post_a_demonym_owns(facts_of):
    facts = facts_of("Azerbaijani troops opened fire on an Armenian army post near the frontier on Thursday, "
                     "the ministry in Yerevan said.", published=dt.date(2021, 5, 28))
    one(facts, "Azerbaijan", "ATTACKED", "Armenia")


def test_open_fire_at_a_possessed_checkpoint(facts_of):
    facts = facts_of("Russian soldiers opened fire at a Georgian police checkpoint outside the village late on "
                     "Sunday.", published=dt.date(2019, 8, 26))
    one(facts, "Russia", "ATTACKED", "Georgia")

