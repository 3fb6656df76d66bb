"""Constructions of sanctions fresh real news showed in stop 29 (second round), in phrasings of our
own.

- "imposed sanctions on the logistics chief of X's Y Brigade (YB), Name - who ...": the parser may
  make the name set off after the title's phrase the appositive of the sanctions noun above; the
  name still restates the title, and the person, not the body of the title, is the target;
- "overran an army post": overrunning a position is an attack, read like a raid;
- "... a camp on the outskirts of / on the edge of X": an "on" phrase of an edge noun (verbs.json
  edge_nouns), on the verb or its object, places what was struck as an "in" phrase would;
- "an attack on a camp for X peacekeepers in the country's north": the troops a garrison is for
  (verbs.json garrison_nouns) name its owner, who is struck, not the country it stands in.

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


def test_overran_a_post_is_an_attack(facts_of):
    facts = facts_of("Boko Haram fighters overran an army post in northeastern Nigeria on Tuesday.",
                     published="2023-06-08")
    one(facts, "Boko Haram", "ATTACKED", "Nigeria")


def test_struck_on_the_outskirts_of_a_town(facts_of):
    facts = facts_of("Five policemen died when Taliban fighters overran a checkpoint on the outskirts of the city "
                     "of Kandahar late on Tuesday.", published="2023-06-08")
    one(facts, "Taliban", "ATTACKED", "Kandahar")


def test_shelled_a_post_on_the_edge_of_a_city(facts_of):
    facts = facts_of("M23 rebels shelled an army position on the edge of Goma on Monday.", published="2023-06-08")
    one(facts, "M23", "ATTACKED", "Goma")


def test_a_garrison_for_troops_is_theirs(facts_of):
    facts = facts_of("Mali's JNIM militant group on Friday launched an assault on a camp for United Nations "
                     "peacekeepers in the country's north, wounding six Chadian soldiers.", published="2023-06-10")
    assert [f for f in of_relation(facts, "ATTACKED") if f.object == "United Nations"]
    assert not [f for f in of_relation(facts, "ATTACKED") if f.object == "Mali"]
