"""Long official titles whose portfolio lists several fields before the state, in phrasings of
our own (stop 40).

Government releases name a minister by the whole name of his ministry: "the Minister of
Finance and Regional Cooperation of the Republic of X, Name". The small model takes
the last field together with the state for an organisation ("[Regional Cooperation of the
Republic of X]"), which then stands as a false actor and hides the title holder's state. The
field is part of the title and the state is the holder's employer, whether the title comes
before the name, after it, with a form of address ("H.E.") before the name, or with a serial
comma in the list.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_title_with_two_fields_before_the_name_names_the_state(facts_of):
    facts = facts_of("The Minister of Finance and International Cooperation of Malawi, Chikondi Phiri, "
                     "welcomed the visiting Zambian envoy Mulenga Banda at the ministry on Thursday.",
                     published=dt.date(2024, 5, 10))
    fact = one(facts, "Chikondi Phiri", "HOLDS_ROLE", "Malawi")
    assert "International Cooperation" in (fact.title or "")
    assert not [f for f in facts if "Cooperation" in f.subject or "Cooperation" in f.object]


def test_form_of_address_between_the_state_and_the_name(facts_of):
    facts = facts_of("Deputy Premier and Minister of Finance and International Cooperation of "
                     "Laos H.E. Khamphao Sisavath will lead a delegation to the talks in Hanoi next month.",
                     published=dt.date(2024, 5, 10))
    one(facts, "Khamphao Sisavath", "HOLDS_ROLE", "Laos")


def test_serial_comma_in_a_title_after_the_name(facts_of):
    facts = facts_of("Nurlan Asanov, Minister of Labour, Social Welfare, and Internal Migration of the Kyrgyz Republic, "
                     "thanked the donors for the winter fuel delivered to remote villages.",
                     published=dt.date(2024, 5, 10))
    one(facts, "Nurlan Asanov", "HOLDS_ROLE", "Kyrgyzstan")
    assert not find(facts, "Social Welfare", "HOLDS_ROLE", "Kyrgyzstan")

