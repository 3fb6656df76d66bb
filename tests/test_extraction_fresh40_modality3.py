"""The occasion of an undertaking, in phrasings of our own (stop 40).

"X and Y agreed to widen trade during talks on Friday": the parser hangs the "during" phrase
(modality.json frame_prepositions) on the infinitive, so the talks were read as part of what was
agreed, still to come. The talks are when the agreement (commitment_heads: agree, vow, pledge,
...) was made; they are as done as that verb (a future "will agree to ... during talks" keeps
them ahead).

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from schemas.models import Modality
from tests.facts import one


def test_talks_framing_an_agreement_took_place(facts_of):
    facts = facts_of("Moldovan President Elena Rusu and Georgian Prime Minister Levan Beridze agreed "
                     "to deepen defence ties during talks on Thursday.",
                     published=dt.date(2023, 6, 16))
    assert one(facts, "Elena Rusu", "MET_WITH", "Levan Beridze").modality == Modality.ASSERTED


def test_phone_call_framing_a_vow_with_two_infinitives_took_place(facts_of):
    facts = facts_of("Kenyan President Daniel Mwangi and Tanzanian President Joseph Kombo vowed to ease "
                     "and expand cross-border trade during a telephone conversation on Monday, the presidency said.",
                     published=dt.date(2023, 6, 14))
    assert one(facts, "Daniel Mwangi", "MET_WITH", "Joseph Kombo").modality == Modality.ASSERTED

