"""Visits and meetings read from fresh news (stop 23: VISITED, MET_WITH). Constructions the
extractor missed or misread on real news, each in phrasings of our own:

- a participle fronted by a preposition ("After being welcomed by X at the residence in Y, Z
  told ...") has the main clause's subject for its patient: Z met X and visited Y;
- a host's verb with the venue in a place ("hosted X at the state house in Y"): X visited Y;
- a "where" clause holding the trip ("in Y, where she landed on Sunday", "a lecture in Y where
  he is on a working visit") is about the place it follows; a pronoun in a fronted adjunct
  looks ahead to the main clause's subject;
- accompanying an official of one's own state is no meeting; a host accompanying a foreign
  guest meets the guest.

Sentences are our own; persons are invented; articles are dated Friday 8 March 2024."""

from tests.facts import find, one


# ---- a fronted prepositional participle ---------------------------------------------------------------
def test_fronted_passive_participle_after_a_preposition_has_the_main_subject(facts_of):
    facts = facts_of("Foreign Minister Jon Berg of Norway spoke on Thursday. After being welcomed by "
                     "President Amara Diallo of Guinea at the state residence in Conakry, Berg told "
                     "reporters the visit had been useful.")
    one(facts, "Jon Berg", "MET_WITH", "Amara Diallo")
    one(facts, "Jon Berg", "VISITED", "Conakry")


# ---- a host's venue in a place ------------------------------------------------------------------------
def test_hosted_at_a_venue_in_a_city(facts_of):
    facts = facts_of("President Amara Diallo of Guinea hosted Foreign Minister Jon Berg of Norway at "
                     "the state house in Conakry on Wednesday.")
    one(facts, "Jon Berg", "VISITED", "Conakry")
    one(facts, "Amara Diallo", "MET_WITH", "Jon Berg")


# ---- a "where" clause holding the trip ----------------------------------------------------------------
def test_where_clause_with_an_arrival_verb(facts_of):
    facts = facts_of("Foreign Minister Ana Duarte of Portugal gave a press conference in Nairobi, "
                     "where she landed on Sunday.")
    one(facts, "Ana Duarte", "VISITED", "Nairobi")


def test_where_clause_with_a_visit_noun_in_a_fronted_adjunct(facts_of):
    facts = facts_of("Talking after a lecture in Kenya where he is on a working visit, Foreign Minister "
                     "Jon Berg of Norway said trade would grow.")
    one(facts, "Jon Berg", "VISITED", "Kenya")



# ---- accompanying one's own official is no meeting ------------------------------------------------------
def test_accompanying_a_compatriot_is_no_meeting(facts_of):
    facts = facts_of("Foreign Minister Jon Berg of Norway, who is accompanying Norwegian Prime Minister "
                     "Erik Dahl on a visit to Japan, spoke to reporters on Tuesday.")
    assert not find(facts, "Jon Berg", "MET_WITH", "Erik Dahl") and not find(facts, "Erik Dahl", "MET_WITH", "Jon Berg")
    one(facts, "Erik Dahl", "VISITED", "Japan")
    # a host accompanying a foreign guest still meets the guest
    facts = facts_of("President Amara Diallo of Guinea accompanied Foreign Minister Jon Berg of Norway "
                     "on a tour of Conakry on Wednesday.")
    one(facts, "Amara Diallo", "MET_WITH", "Jon Berg")

