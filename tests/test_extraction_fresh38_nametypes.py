"""A body's name and a person's name the model took as one span, in phrasings of our own (stop 38).

"Speaker of the [X House of Representatives A B]", "Chief Executive of the [X Association A B]",
"[X Union Special Envoy for Z A de B]": the model's one organisation is a body (or place), then
the title holder. The span is cut where a whole body ends (one the gazetteer knows, or one closed
by a body's word or its members' plural title) and two to four name words close it, particles
("de", "van") apart; the person then holds the title in the body. A body closed by any other
word ("the Court of X A B C") is left whole: its last word may be the person's given name.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_a_chamber_named_by_its_members_then_its_speaker(facts_of):
    facts = facts_of("The delegation was received by the Speaker of the Federal House of Representatives "
                     "Ahmed Nouri and senior lawmakers.", published=dt.date(2019, 3, 12))
    one(facts, "Ahmed Nouri", "HOLDS_ROLE", "Federal House of Representatives")


def test_an_association_then_its_chief_executive(facts_of):
    facts = facts_of("Officials said the Chief Executive of the National Press Association Marta Quiroga "
                     "would attend the forum in Lima.", published=dt.date(2018, 6, 5))
    one(facts, "Marta Quiroga", "HOLDS_ROLE", "National Press Association")


def test_an_envoy_for_a_state_with_a_particle_in_his_name(facts_of):
    facts = facts_of("United Nations Special Envoy for Sudan Ricardo de Almeida met Foreign Minister Ali Sadiq "
                     "in Khartoum on Wednesday.", published=dt.date(2022, 9, 14))
    one(facts, "Ricardo de Almeida", "HOLDS_ROLE", "United Nations")
    one(facts, "Ricardo de Almeida", "MET_WITH", "Ali Sadiq")
    assert not find(facts, "United Nations", "MET_WITH", "Ali Sadiq")
