"""Lists of titled participants, in phrasings of our own (stop 38).

A list of names each written after its title and that title's state or body ("President of
X A, Prime Minister of Y B, and King of Z C went to the forum"), which the small parser chains
as appositions, names every member, not only the first and the last: each of them attended, and
each guest from abroad visited the place. A gathering whose "of" phrase names its members as a
class of leaders ("a summit of Pacific island leaders") is multilateral however few
attendees the sentence names: no bilateral meeting between them.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_every_member_of_a_titled_list_attended(facts_of):
    facts = facts_of("The forum on river basins was held on 3 March in Nairobi. President of Kenya William "
                     "Ruto, President of Ghana John Mahama, Prime Minister of Georgia Irakli Kobakhidze, and "
                     "President of Azerbaijan Ilham Aliyev attended the forum.",
                     published=dt.date(2023, 3, 5))
    one(facts, "John Mahama", "VISITED", "Nairobi")
    one(facts, "Irakli Kobakhidze", "VISITED", "Nairobi")
    one(facts, "Ilham Aliyev", "VISITED", "Nairobi")
    assert not find(facts, "William Ruto", "VISITED", "Nairobi")


def test_titled_list_as_agent_of_attended_by(facts_of):
    facts = facts_of("Honiara hosted a session of the island council on Monday. The session was attended by "
                     "Premier of Solomon Islands Jeremiah Manele, President of Nauru David Adeang, Prime "
                     "Minister of Tuvalu Feleti Teo and President of Kiribati Taneti Maamau.",
                     published=dt.date(2024, 9, 17))
    one(facts, "David Adeang", "VISITED", "Honiara")
    one(facts, "Feleti Teo", "VISITED", "Honiara")
    one(facts, "Taneti Maamau", "VISITED", "Honiara")
    assert not find(facts, "Jeremiah Manele", "VISITED", "Honiara")


def test_titled_list_for_a_summit_of_a_class_of_leaders(facts_of):
    facts = facts_of("Prime Minister of Vanuatu Charlot Salwai, President of Palau Surangel Whipps and Prime "
                     "Minister of Tonga Siaosi Sovaleni flew to Apia on Thursday for the summit "
                     "of Pacific island leaders.",
                     published=dt.date(2024, 10, 25))
    one(facts, "Surangel Whipps", "VISITED", "Apia")
    assert not find(facts, "Surangel Whipps", "MET_WITH", "Siaosi Sovaleni")
