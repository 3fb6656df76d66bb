"""Named venues as the place of a visit, and names the model ran on into a word of grammar
(the maintainer's probes of stop 36, in phrasings of our own).

- a hall, palace or residence the gazetteer does not know is where a guest was received, not
  where he travelled: it is visited as the city its own phrase places it in, and otherwise gives
  no visit at all (never a visit to the building);
- an entity span never ends in a preposition, determiner or conjunction the model took with
  it ("[the X Hall of the People on] Friday").

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from schemas.models import Article
from tests.facts import find, one


def _visited(facts, subject: str) -> list[str]:
    return [f.object for f in facts if f.relation == "VISITED" and f.subject == subject]


def test_unknown_hall_without_a_place_is_no_destination(facts_of):
    facts = facts_of("Kenyan President William Ruto welcomed Ghanaian President Nana Akufo-Addo at the "
                     "Great Hall of the Nation on Thursday.", published=dt.date(2024, 3, 8))
    one(facts, "William Ruto", "MET_WITH", "Nana Akufo-Addo")
    assert _visited(facts, "Nana Akufo-Addo") == []


def test_unknown_residence_without_a_place_is_no_destination(facts_of):
    facts = facts_of("Brazilian President Luiz Inacio Lula da Silva welcomed Chilean President Gabriel Boric "
                     "at the Alvorada Residence on Monday.", published=dt.date(2024, 3, 4))
    assert _visited(facts, "Gabriel Boric") == []


def test_hall_named_as_the_place_after_an_arrival_is_no_destination(facts_of):
    facts = facts_of("Bolivian President Luis Arce arrived in Cuba for a two-day visit. He was then welcomed "
                     "at the Hall of the Revolution on Saturday.", published=dt.date(2024, 3, 8))
    one(facts, "Luis Arce", "VISITED", "Cuba")
    assert not find(facts, "Luis Arce", "VISITED", "Hall of the Revolution")


def test_span_ends_before_a_preposition(extractor):
    result = extractor.extract(Article(
        id="t", source="test", published=dt.date(2024, 3, 8),
        text="Chinese President Xi Jinping greeted Spanish Prime Minister Pedro Sanchez at the Hall of the "
             "People on Friday."))
    names = [a for e in result.entities for a in [e.name, *e.aliases]]
    assert not [n for n in names if n.split()[-1] in ("on", "at", "to", "by")], names
