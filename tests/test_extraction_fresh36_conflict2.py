"""Border and frontier forces named by their state's demonym or name (stop 36).

A capitalised force the gazetteer does not know, "Pakistani Rangers", "the Indian Border Security
Force", "the Ruritanian Border Guards", is the model's one organisation; when its words after the
state are all words of a state's organs (mentions.json state_organ_words, now with "border",
"rangers" and "guards") it acts for that state, as "the Indian Air Force" already did. A force
with no state before it ("the Border Security Force") stays the organisation it is (the rule
reads only the words after a state's name).

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_demonym_rangers_act_for_their_state(facts_of):
    facts = facts_of("Pakistani Rangers shelled Indian border posts near Samba late on Saturday.",
                     published=dt.date(2019, 3, 4))
    one(facts, "Pakistan", "ATTACKED", "India")


def test_demonym_border_security_force_acts_for_its_state(facts_of):
    facts = facts_of("The Indian Border Security Force shelled Pakistani villages near Zafarwal.",
                     published=dt.date(2016, 11, 2))
    one(facts, "India", "ATTACKED", "Pakistan")


def test_demonym_border_guards_act_for_their_state(facts_of):
    facts = facts_of("The Iranian Border Guards fired mortars at Iraqi outposts overnight.",
                     published=dt.date(2012, 7, 18))
    one(facts, "Iran", "ATTACKED", "Iraq")

