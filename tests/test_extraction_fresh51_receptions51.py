"""A construction of stop 51, in phrasings of our own.

A received or met counterpart named after a "from" phrase of his state, set off by commas ("his
counterpart from Ruritania, Name"), is that person, as after an "of" phrase ("the President of
Ruritania, Name") before. The parser makes the name the appositive of the state, and hangs the
"from" phrase on the title or on the verb above it; the state alone was read as the party, or
nothing at all. A "from" phrase on a noun that is no title ("a delegation from X, Y's office
said") still names no one.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one, with_relation

_DAY = dt.date(2024, 6, 1)


def _met(facts) -> set[frozenset[str]]:
    return {frozenset((f.subject, f.object)) for f in with_relation(facts, "MET_WITH")}


def test_received_counterpart_from_state_is_the_named_person(facts_of):
    facts = facts_of("Chilean President Gabriel Boric received his counterpart from Uruguay, Luis Lacalle Pou, "
                     "at La Moneda on Tuesday.", published=_DAY)
    one(facts, "Gabriel Boric", "MET_WITH", "Luis Lacalle Pou")
    assert frozenset(("Gabriel Boric", "Uruguay")) not in _met(facts)


def test_talks_with_counterpart_from_state_are_with_the_named_person(facts_of):
    facts = facts_of("Brazilian Foreign Minister Mauro Vieira held talks on Monday with his counterpart from Norway, "
                     "Espen Barth Eide, in Brasilia.", published=_DAY)
    one(facts, "Mauro Vieira", "MET_WITH", "Espen Barth Eide")
    assert frozenset(("Mauro Vieira", "Norway")) not in _met(facts)


def test_from_phrase_hung_on_the_verb_still_names_the_counterpart(facts_of):
    facts = facts_of("Prime Minister Anthony Albanese met his counterpart from New Zealand, Christopher Luxon, "
                     "in Canberra.", published=_DAY)
    one(facts, "Anthony Albanese", "MET_WITH", "Christopher Luxon")


def test_planned_reception_keeps_its_modality(facts_of):
    facts = facts_of("Chilean President Gabriel Boric will receive his counterpart from Uruguay, Luis Lacalle Pou, "
                     "at La Moneda next week.", published=_DAY)
    fact = one(facts, "Gabriel Boric", "MET_WITH", "Luis Lacalle Pou")
    assert fact.modality == "planned"


def test_from_phrase_of_no_title_names_no_one(facts_of):
    # guard: a delegation is no title; the name after it is a source, not the one received
    facts = facts_of("Chilean President Gabriel Boric received a delegation from Uruguay, Luis Lacalle Pou's "
                     "office said.", published=_DAY)
    assert not any("Luis Lacalle Pou" in pair for pair in _met(facts))
