"""Attacks at sea, from the held-out news of stop 34 read at stop 35, in phrasings of our own.

- open water is no place an attack strikes: "attacks on tankers in the Gulf of Aden", "attacked a
  bulk carrier in the Red Sea", "missile drills in the Taiwan Strait" name where the ships or
  the drills were, and the sea, gulf or strait is no target (verbs.json open_water_kinds; a place
  the gazetteer does not know is water when its name is headed by such a word: "the Sea of
  Azov").

Sentences are our own; articles are dated as each test says."""
import datetime as dt

import pytest


def _water_targets(facts):
    return [(f.subject, f.object) for f in facts if f.relation == "ATTACKED"]


@pytest.mark.parametrize("text", [
    "The Houthis claimed two more drone attacks on container vessels in the Gulf of Aden late on Thursday.",
    "On Sunday the Houthis attacked a bulk carrier in the Red Sea, a navy spokesman said.",
    "The Houthis say their raids on merchant shipping in the Sea of Azov will go on.",
])
def test_open_water_is_no_place_struck(facts_of, text):
    facts = facts_of(text, published=dt.date(2024, 6, 14))
    assert not _water_targets(facts), _water_targets(facts)

