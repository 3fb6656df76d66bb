"""Goods or a message handed over in person, in phrasings of our own (stop 39).

A person who hands something over to another person ("handed over the consignment to X",
"was handed over by A to B", "while handing over the vaccines to X") stands before him: the
two met. Handing over an office ("handed over power to his successor") is a transfer of
office, not a meeting; handing goods over to a body is aid, and meets no one.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_envoy_handed_over_goods_to_a_minister(facts_of):
    facts = facts_of("Ruritanian Ambassador Tomas Varga handed over a shipment of water pumps to Bordurian "
                     "Agriculture Minister Elena Kovac at the port of Varna on Tuesday.",
                     published=dt.date(2022, 3, 10))
    one(facts, "Tomas Varga", "MET_WITH", "Elena Kovac")


def test_passive_hand_over_by_the_bearer_to_the_recipient(facts_of):
    facts = facts_of("On Wednesday the school buses were handed over by Ambassador Tomas Varga to "
                     "Education Minister Elena Kovac in a short ceremony.",
                     published=dt.date(2022, 3, 10))
    one(facts, "Tomas Varga", "MET_WITH", "Elena Kovac")


def test_recipient_named_before_the_goods(facts_of):
    facts = facts_of("Ambassador Tomas Varga handed over to Health Minister Elena Kovac a first batch of "
                     "ventilators on Monday.",
                     published=dt.date(2022, 3, 10))
    one(facts, "Tomas Varga", "MET_WITH", "Elena Kovac")

