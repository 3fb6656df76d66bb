"""An event noun carried by its own actor's verb, in phrasings of our own (stop 49).

"X will lodge a protest with Y", "X refused to enact sanctions against Y": the noun is the direct
object of a verb whose subject is the one who carries the event out (the sanctioner, for
SANCTIONED_BY: modality.json object_actor_relations). The event is the act that verb tells its
actor doing, so it is as planned or negated as that verb. Before, a noun under a verb outside the
support verbs (verbs.json light_verbs: "make", "impose", ...) always read as asserted.

Guards: a past verb still asserts; a verb over an event whose actor is someone else says nothing
of it ("would ignore the U.S. sanctions on X", "pledged to support the American sanctions on Y":
the sanctioner is the United States, not the subject).

Sentences are our own."""
from schemas.models import Modality
from tests.facts import one


def test_protest_a_future_verb_files_is_planned(facts_of):
    facts = facts_of("Chile will file a formal protest with Argentina about the border incident, "
                     "its foreign ministry announced on Tuesday.")
    assert one(facts, "Chile", "CONDEMNED", "Argentina").modality == Modality.PLANNED


def test_complaint_a_state_is_set_to_lodge_is_planned(facts_of):
    facts = facts_of("Hungary is set to lodge a formal complaint with Slovakia over the language law.")
    assert one(facts, "Hungary", "CONDEMNED", "Slovakia").modality == Modality.PLANNED


def test_sanctions_a_state_refuses_to_enact_are_negated(facts_of):
    facts = facts_of("Serbia has refused to enact sanctions against Belarus.")
    assert one(facts, "Belarus", "SANCTIONED_BY", "Serbia").modality == Modality.NEGATED


def test_sanctions_a_state_declines_to_join_are_negated(facts_of):
    facts = facts_of("Portugal declined on Monday to join the sanctions against Nicaragua.")
    assert one(facts, "Nicaragua", "SANCTIONED_BY", "Portugal").modality == Modality.NEGATED


def test_guard_protest_lodged_stays_asserted(facts_of):
    facts = facts_of("Chile lodged a formal protest with Argentina about the border incident on Tuesday.")
    assert one(facts, "Chile", "CONDEMNED", "Argentina").modality == Modality.ASSERTED


def test_guard_sanctions_of_another_actor_keep_their_reading(facts_of):
    facts = facts_of("Cuba said it would ignore the U.S. sanctions on Venezuela.")
    assert one(facts, "Venezuela", "SANCTIONED_BY", "United States").modality == Modality.ASSERTED
    facts = facts_of("Kenya pledged to support the American sanctions on Sudan.")
    assert one(facts, "Sudan", "SANCTIONED_BY", "United States").modality == Modality.ASSERTED
