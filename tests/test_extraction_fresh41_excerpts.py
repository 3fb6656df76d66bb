"""The delayed naming of a news lead, in phrasings of our own (stop 41).

Wire leads often describe an official by post and state alone ("Ruritania's energy minister said
on Monday ...") and give the name only in the next sentence ("X told reporters ..."). A name the
gazetteer does not know, leading the sentence after such a described subject, with no description
of its own beside it, holds that post for that state. The description may be a possessive, a
demonym, "its" (the state that leads the sentence) or an of-phrase ("the acting minister of X"),
and the name may lead a report put before "..., a spokesman said".

Sentences are our own; persons are invented so that no gazetteer record decides."""
import datetime as dt

from tests.facts import find, one


def test_possessive_description_then_a_bare_name(facts_of):
    facts = facts_of("Zambia's finance minister said on Monday that copper revenue would climb next year.\n\n"
                     "Tembo Mwansa told a news conference in Lusaka that two new pits would open in May.",
                     published=dt.date(2024, 3, 5))
    one(facts, "Tembo Mwansa", "HOLDS_ROLE", "Zambia")


def test_oil_minister_is_a_post(facts_of):
    facts = facts_of("Kuwait's oil minister said on Sunday the emirate could pump more crude if buyers asked.\n\n"
                     "\"We have spare capacity,\" Faisal al-Rashidi told reporters after the cabinet met.",
                     published=dt.date(2024, 3, 4))
    one(facts, "Faisal al-Rashidi", "HOLDS_ROLE", "Kuwait")


def test_its_minister_after_the_state_that_leads_the_report(facts_of):
    facts = facts_of("Angola has doubled gas exports since January, its petroleum minister said on Tuesday.\n\n"
                     "Manuel Quintas said two more cargoes would leave Soyo this month.",
                     published=dt.date(2024, 3, 6))
    one(facts, "Manuel Quintas", "HOLDS_ROLE", "Angola")


def test_of_phrase_description(facts_of):
    facts = facts_of("The interim finance minister of Sudan has promised to pay civil servants before the holiday.\n\n"
                     "Omer Bashar said the treasury had found the money in unspent road funds.",
                     published=dt.date(2024, 3, 6))
    one(facts, "Omer Bashar", "HOLDS_ROLE", "Sudan")


def test_name_leading_a_report_before_the_attribution(facts_of):
    # (Malawi: roles.json knows no foreign minister of it, so the description is the name's)
    facts = facts_of("Malawi's foreign minister will begin a three-day trip to Japan on Sunday.\n\n"
                     "Peter Mwale will meet Japanese trade officials in Osaka, a spokesman said.",
                     published=dt.date(2024, 3, 1))
    one(facts, "Peter Mwale", "HOLDS_ROLE", "Malawi")


def test_a_name_with_its_own_description_is_someone_else(facts_of):
    """"X, an economist at a bank": the apposition says who he is; no post is given him."""
    facts = facts_of("Chile's finance minister said on Monday that the budget would balance next year.\n\n"
                     "Mario Fuentes, an economist at a private bank in Santiago, said the forecast was too hopeful.",
                     published=dt.date(2024, 3, 5))
    assert not find(facts, "Mario Fuentes", "HOLDS_ROLE", "Chile")


def test_a_person_named_before_is_no_newcomer(facts_of):
    """A name the article already gave is not the one the description introduces."""
    facts = facts_of("Lucia Varga met union leaders in Budapest on Friday. Hungary's labour minister later "
                     "said wages would rise.\n\nLucia Varga said the talks would go on.",
                     published=dt.date(2024, 3, 8))
    assert not find(facts, "Lucia Varga", "HOLDS_ROLE", "Hungary")
