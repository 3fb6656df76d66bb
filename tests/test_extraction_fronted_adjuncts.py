"""A fronted adjunct and the clause it frames (docs/ERRORS.md 'participle/apposition/list',
'parse error'; issue 10): "On arriving in X, Y was received by Z", "During his visit to X, Y and
his wife ...". The adjunct's understood subject is its clause's surface subject: a passive
clause's patient, not its agent; and the small parser's split of a subject pair after the
adjunct's comma does not lose the pair's first name. Sentences are our own; articles are dated
Friday 8 March 2024."""

import pytest

from tests.facts import find, one


@pytest.mark.parametrize("text,visitor,place,host", [
    ("On arriving in Nairobi, Ghanaian President Nana Akufo-Addo was received by Kenyan President William Ruto.",
     "Nana Akufo-Addo", "Nairobi", "William Ruto"),
    ("After landing in Hanoi on Monday, Indian Prime Minister Narendra Modi was greeted by "
     "Vietnamese Prime Minister Pham Minh Chinh.",
     "Narendra Modi", "Hanoi", "Pham Minh Chinh"),
    ("Arriving in Berlin on Tuesday, French President Emmanuel Macron was welcomed by Chancellor Olaf Scholz.",
     "Emmanuel Macron", "Berlin", "Olaf Scholz"),
])
def test_passive_clause_lends_its_patient_to_the_adjunct(facts_of, text, visitor, place, host):
    """The one who arrived is the one received; the host who received him did not travel."""
    facts = facts_of(text)
    one(facts, visitor, "VISITED", place)
    one(facts, visitor, "MET_WITH", host)
    assert not find(facts, host, "VISITED", place)


def test_active_clause_still_lends_its_subject(facts_of):
    """The active case keeps reading its subject: the host is the object, not the traveller."""
    facts = facts_of("After arriving in Paris on Monday, German Chancellor Olaf Scholz met "
                     "French President Emmanuel Macron.")
    one(facts, "Olaf Scholz", "VISITED", "Paris")
    assert not find(facts, "Emmanuel Macron", "VISITED", "Paris")


@pytest.mark.parametrize("text,visitor,place", [
    # the pair is parsed as more conjuncts of the adjunct's last noun: no subject at all
    ("As part of his maiden trip to Uruguay, Gustavo Petro and his wife laid flowers.",
     "Gustavo Petro", "Uruguay"),
    ("During his state visit to Ghana, Narendra Modi and his delegation laid a wreath.",
     "Narendra Modi", "Ghana"),
    # the pair split after a date: the second name alone parsed as the subject
    ("As part of his maiden trip to Peru since he was sworn in on May 3, Gustavo Petro and his "
     "wife Veronica Alcocer opened a school.",
     "Gustavo Petro", "Peru"),
])
def test_his_visit_is_the_first_of_a_split_subject_pair(facts_of, text, visitor, place):
    facts = facts_of(text)
    one(facts, visitor, "VISITED", place)


def test_no_pair_after_a_list_of_places(facts_of):
    """A list of places before the verb names no traveller: nothing is read from the list."""
    facts = facts_of("During his tour of Ghana, Nigeria and Senegal, the envoy met local leaders.")
    assert not [f for f in facts if f.relation == "VISITED" and f.subject in ("Nigeria", "Senegal", "Ghana")]
