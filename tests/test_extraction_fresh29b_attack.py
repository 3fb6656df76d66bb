"""Constructions of sanctions fresh real news showed in stop 29 (second round), in phrasings of our
own.

- "imposed sanctions on the logistics chief of X's Y Brigade (YB), Name - who ...": the parser may
  make the name set off after the title's phrase the appositive of the sanctions noun above; the
  name still restates the title, and the person, not the body of the title, is the target.

Sentences are our own."""
from tests.facts import one


def of_relation(facts, relation, subject=None, obj=None):
    return [f for f in facts if f.relation == relation and subject in (None, f.subject) and obj in (None, f.object)]


def test_sanctions_on_a_title_restated_by_a_name_after_its_phrase(facts_of):
    facts = facts_of("The UK Foreign Office has imposed sanctions on the logistics director of Libya's Libyan National "
                     "Army (LNA), Omar Khalifa Salem Aziz - who is one of the elder sons of LNA commander Lt Gen "
                     "Khalifa Salem 'Abu Omar' Aziz - for \"leading efforts to smuggle fuel\".", published="2024-03-02")
    one(facts, "Omar Khalifa Salem Aziz", "SANCTIONED_BY", "United Kingdom")
    assert not of_relation(facts, "SANCTIONED_BY", subject="Libyan National Army")
    assert not of_relation(facts, "SANCTIONED_BY", subject="Libya")
