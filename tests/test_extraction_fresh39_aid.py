"""Aid goods handed over to a named official, in phrasings of our own (stop 39).

"Handed over" with aid goods (verbs.json themes aid_goods) is a physical transfer at a
ceremony, and its recipient is often the official who took the goods on his state's behalf:
"The X Ambassador handed over relief supplies to Health Minister Y". The recipient is read as
the text names him, as give, send and deliver already read theirs; goods that are no aid
("handed over the keys", "a letter") stay unread.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_relief_handed_over_to_a_minister_named_with_his_post(facts_of):
    facts = facts_of("Ambassador of Norway to Malawi Ingrid Solberg handed over emergency relief supplies to "
                     "Chimwemwe Banda, Minister of Disaster Management Affairs, at Kamuzu Airport on Friday.",
                     published=dt.date(2023, 3, 24))
    one(facts, "Ingrid Solberg", "AIDED", "Chimwemwe Banda")


def test_medicines_handed_over_to_a_titled_official(facts_of):
    facts = facts_of("Chargé d'Affaires Tomas Lindqvist handed over two tonnes of medicines and medical "
                     "equipment to Health Secretary Amina Yusuf during a short ceremony on Monday.",
                     published=dt.date(2022, 8, 15))
    one(facts, "Tomas Lindqvist", "AIDED", "Amina Yusuf")

