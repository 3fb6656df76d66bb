"""An attack noun whose struck place the parser hung on its agent, in phrasings of our own
(stop 38).

"an attack by X in Y", "air strikes by the X-led coalition in Y": the small parser hangs the
phrase placing the act on the by-agent, the nearest noun; when the agent is a state or a group
(no town or region), the place is where the act fell. After a passive verb of killing the
parser makes the by-phrase after the act the verb's agent: who killed in the act struck.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_a_groups_attack_placed_by_a_phrase_on_its_agent(facts_of):
    facts = facts_of("Police said a guard was wounded overnight in a raid by Boko Haram in Yobe State.",
                     published=dt.date(2021, 3, 4))
    one(facts, "Boko Haram", "ATTACKED", "Yobe")  # regions.json: the state of Nigeria by its name


def test_strikes_by_a_led_coalition_after_a_passive_of_killing(facts_of):
    facts = facts_of("Nine fishermen were killed on Sunday in raids by a Saudi-led coalition in northern Yemen, medics said.",
                     published=dt.date(2017, 8, 14))
    one(facts, "Saudi Arabia", "ATTACKED", "Yemen")

