"""A readiness to act is not the act, in phrasings of our own (stop 38).

"X is willing to visit Y", "expressed his willingness to meet Z", "is open to visiting W", "her
readiness to travel to V": an adjective or noun of readiness (modality.json disposition_words)
whose infinitive or "to" phrase names a trip or a meeting says it may come, not that it came:
planned. The parser may hang the infinitive or the phrase on the verb whose object or
complement the word is. The verb "open" tells an act done ("opened talks with X").

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from schemas.models import Modality
from tests.facts import one


def test_willing_to_visit_is_planned(facts_of):
    facts = facts_of("Chilean President Gabriel Boric said on Tuesday that he is willing to visit Bolivia "
                     "before the end of his term.", published=dt.date(2023, 6, 14))
    assert one(facts, "Gabriel Boric", "VISITED", "Bolivia").modality == Modality.PLANNED


def test_willingness_with_the_infinitive_hung_on_the_verb(facts_of):
    facts = facts_of("Indonesian Foreign Minister Retno Marsudi expressed her willingness Monday to meet separately "
                     "with Australian Foreign Minister Penny Wong in Bali.", published=dt.date(2022, 7, 5))
    assert one(facts, "Retno Marsudi", "MET_WITH", "Penny Wong").modality == Modality.PLANNED


def test_open_to_visiting_is_planned(facts_of):
    facts = facts_of('Argentine President Javier Milei is "open" to visiting Beijing, his office said on Thursday.',
                     published=dt.date(2024, 6, 14))
    assert one(facts, "Javier Milei", "VISITED", "Beijing").modality == Modality.PLANNED

