"""Aid told as help with a bare or to-infinitive, in phrasings of our own (stop 37).

"A and B helped X <verb> ...": the parser makes the one helped the subject of the infinitive
clause, not the verb's object; that subject is the recipient ("helped Somalia beat back",
"helped Libya's government to reclaim"), a state's force standing for its state on either side.
A finite clause after "help" ("helped ensure that X ...") names nobody helped (not read).

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_coordinated_states_help_a_state_with_a_bare_infinitive(facts_of):
    facts = facts_of("Kenya and Uganda helped Somalia beat back a fresh insurgent push on the port last spring.",
                     published=dt.date(2019, 5, 2))
    one(facts, "Kenya", "AIDED", "Somalia")
    one(facts, "Uganda", "AIDED", "Somalia")


def test_a_states_troops_help_another_states_army(facts_of):
    facts = facts_of("Tanzania's troops have steadily helped Mozambique's army win back several coastal districts.",
                     published=dt.date(2020, 2, 11))
    one(facts, "Tanzania", "AIDED", "Mozambique")


def test_help_with_a_to_infinitive(facts_of):
    facts = facts_of("Egypt helped Libya's government to reclaim two oil terminals from the militia.",
                     published=dt.date(2015, 7, 9))
    one(facts, "Egypt", "AIDED", "Libya")
