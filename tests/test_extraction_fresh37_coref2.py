"""A plural pronoun for persons named together before it (stop 37), in phrasings of our own.

- an object "them" in a clause hung on a clause whose subject coordinates two or more persons
  stands for those persons: "A and B began a visit to Z as C welcomed them" (C met A and B);
- a subject "they" of such a hung clause likewise: "A and B reached the palace, where they
  will hold talks" (A meets B);
- a subject that names a state among its members, or one person alone, leaves the pronoun unread
  (the engine's precision rule; no test here, since such sentences read nothing before either).

Sentences are our own; articles are dated as each test says."""
import datetime as dt


def _met(facts, a, b):
    return [f for f in facts if f.relation == "MET_WITH" and {f.subject, f.object} == {a, b}]


def test_object_them_for_a_coordinated_pair_of_guests(facts_of):
    facts = facts_of("Indian Prime Minister Narendra Modi and External Affairs Minister Subrahmanyam Jaishankar "
                     "opened a two-day trip to Japan on Thursday as Prime Minister Fumio Kishida greeted them "
                     "with a guard of honour in Tokyo.", published=dt.date(2023, 3, 16))
    assert _met(facts, "Fumio Kishida", "Narendra Modi")
    assert _met(facts, "Fumio Kishida", "Subrahmanyam Jaishankar")


def test_subject_they_of_a_where_clause_for_a_coordinated_pair(facts_of):
    facts = facts_of("President Emmanuel Macron and Chancellor Olaf Scholz drove together to the castle near "
                     "the border, where they are expected to hold talks over dinner.",
                     published=dt.date(2023, 6, 5))
    assert _met(facts, "Emmanuel Macron", "Olaf Scholz")


def test_object_them_after_before_for_a_guest_and_his_wife(facts_of):
    facts = facts_of("Brazilian President Luiz Inacio Lula da Silva and his wife Rosangela da Silva toured the old "
                     "harbour on Sunday before King Felipe received them at the Royal Palace in Madrid.",
                     published=dt.date(2023, 4, 26))
    assert _met(facts, "Felipe VI", "Luiz Inácio Lula da Silva")
