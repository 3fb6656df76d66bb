"""A headline's bare "to" infinitive announces what is to come (stop 37).

- "X to visit Y", "X to discuss Z with Y in W": the small parser makes the infinitive the root
  of a headline line; with a named subject (or none) and no tensed verb in the line, what it
  tells is planned, not done (main read only the parse that hangs it as a relative clause);
- a sentence whose infinitive the parser made the root by mistake, while a tensed verb tells
  the clause's real time ("A and B, in town to attend a forum, met on Tuesday"), stays told.

Sentences are our own; articles are dated as each test says."""
from tests.facts import one


def test_headline_infinitive_visit_is_planned(facts_of):
    facts = facts_of("Peruvian President to Visit Bolivia\n\n"
                     "The trip comes after months of quarrels over water rights in the highlands.")
    assert one(facts, "Peru", "VISITED", "Bolivia").modality.value == "planned"


def test_headline_infinitive_talks_are_planned(facts_of):
    facts = facts_of("Egypt's President to discuss Gaza truce with Erdogan in Ankara\n\n"
                     "The visit is the first in over a decade.")
    met = [f for f in facts if f.relation == "MET_WITH"]
    assert met and all(f.modality.value == "planned" for f in met), [(f.subject, f.object, f.modality) for f in met]


def test_headline_planned_but_tensed_sentence_below_stays_told(facts_of):
    facts = facts_of("Kenyan Foreign Minister to visit Tanzania\n\n"
                     "Mexican Foreign Minister Marcelo Ebrard and his US counterpart Antony Blinken, in town to "
                     "attend a climate forum, met on Tuesday over breakfast.")
    assert one(facts, "Kenya", "VISITED", "Tanzania").modality.value == "planned"
    assert one(facts, "Marcelo Ebrard", "MET_WITH", "Antony Blinken").modality.value == "asserted"
