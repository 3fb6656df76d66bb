"""The cue categories of ingest/data/modality.json and temporal.json, and the title rules of
ingest/relations/roles.py, each exercised on sentences we wrote in the style of wire copy about
real events (none from the seeds, the gold or the dev set). Expected values were read from each
sentence by hand; articles are dated Friday 8 March 2024 unless a test says otherwise. Known wrong
or missing facts are strict xfails naming what a careful reader takes instead."""
import datetime as dt

import pytest

from ingest.temporal import resolve
from schemas.names import fold_name
from tests.facts import WIRE_DAY as PUB, find, one


# ---- modality.json: negating heads, negation words, planned heads/nouns/auxiliaries, hedges ----
MODALITY = [
    # negating heads: refuse, cancel, call off, deny, reject, postpone
    ("Hungary refused to condemn Russia on Tuesday.", "Hungary", "CONDEMNED", "Russia", "negated", "2024-03-05"),
    ("Emmanuel Macron cancelled his visit to Israel on Monday.",
     "Emmanuel Macron", "VISITED", "Israel", "negated", "2024-03-04"),
    ("Brazil called off talks with Argentina on Monday.", "Brazil", "MET_WITH", "Argentina", "negated", "2024-03-04"),
    ("Brazil rejected talks with Argentina on Monday.", "Brazil", "MET_WITH", "Argentina", "negated", "2024-03-04"),
    ("Mexico denied attacking Guatemala.", "Mexico", "ATTACKED", "Guatemala", "negated", None),
    ("The proposed visit by Emmanuel Macron to Algeria was postponed.",
     "Emmanuel Macron", "VISITED", "Algeria", "negated", None),
    # negation words, including the clitic
    ("Hungary has not condemned Russia.", "Hungary", "CONDEMNED", "Russia", "negated", None),
    ("Hungary didn't condemn Russia on Tuesday.", "Hungary", "CONDEMNED", "Russia", "negated", "2024-03-05"),
    # planned heads: expect, due, invite (the invited guest is the one to travel), pledge
    ("Narendra Modi is expected to visit Moscow next month.", "Narendra Modi", "VISITED", "Moscow", "planned", "2024-04"),
    ("Narendra Modi is due to visit Moscow in July.", "Narendra Modi", "VISITED", "Moscow", "planned", "2024-07"),
    ("Olaf Scholz invited Lula to visit Berlin.", "Luiz Inácio Lula da Silva", "VISITED", "Berlin", "planned", None),
    ("Japan pledged aid to Turkey on Tuesday.", "Japan", "AIDED", "Turkey", "planned", "2024-03-05"),
    # planned nouns and future auxiliaries
    ("The upcoming summit between Japan and Australia was announced on Monday.",
     "Japan", "MET_WITH", "Australia", "planned", None),
    ("Canada will impose sanctions on Iran tomorrow.", "Iran", "SANCTIONED_BY", "Canada", "planned", "2024-03-09"),
    ("Olaf Scholz shall visit Brazil.", "Olaf Scholz", "VISITED", "Brazil", "planned", None),
    ("Olaf Scholz will meet Emmanuel Macron tonight.", "Olaf Scholz", "MET_WITH", "Emmanuel Macron", "planned", "2024-03-08"),
]


@pytest.mark.parametrize("text,subject,relation,obj,modality,date", MODALITY, ids=[r[0][:45] for r in MODALITY])
def test_modality_cue(facts_of, text, subject, relation, obj, modality, date):
    fact = one(facts_of(text), subject, relation, obj)
    assert (fact.modality.value, fact.date) == (modality, date)


def test_speculation_word_keeps_the_fact_asserted_with_low_confidence(facts_of):
    fact = one(facts_of("Turkey allegedly attacked Iraq on Sunday."), "Turkey", "ATTACKED", "Iraq")
    assert (fact.modality.value, fact.date) == ("asserted", "2024-03-03")
    assert fact.confidence <= 0.5


def test_quoted_claim_is_less_sure_than_the_reporters_own_account(facts_of):
    quoted = one(facts_of("\u201cRussia attacked Ukraine without provocation,\u201d Olaf Scholz said."),
                 "Russia", "ATTACKED", "Ukraine")
    reported = one(facts_of("Russia attacked Ukraine without provocation."), "Russia", "ATTACKED", "Ukraine")
    assert quoted.confidence < reported.confidence


def test_hedged_event_next_week_is_not_asserted(facts_of):
    fact = one(facts_of("Iran could attack Israel next week."), "Iran", "ATTACKED", "Israel")
    assert fact.modality.value != "asserted"


def test_day_of_a_statement_does_not_date_the_event_it_quotes(facts_of):
    fact = one(facts_of("\u201cRussia attacked Ukraine without provocation,\u201d Olaf Scholz said on Monday."),
               "Russia", "ATTACKED", "Ukraine")
    assert fact.date is None


# ---- temporal.json: day, week and month offsets, qualified months, background sentences --------
DATES = [
    ("Olaf Scholz visited Paris yesterday.", "Olaf Scholz", "VISITED", "Paris", "2024-03-07"),
    ("Emmanuel Macron met Olaf Scholz in Berlin last night.", "Emmanuel Macron", "MET_WITH", "Olaf Scholz", "2024-03-07"),
    ("Emmanuel Macron met Olaf Scholz in Berlin earlier this week.",
     "Emmanuel Macron", "MET_WITH", "Olaf Scholz", "2024-03"),
    ("Emmanuel Macron met Olaf Scholz in Berlin earlier this month.",
     "Emmanuel Macron", "MET_WITH", "Olaf Scholz", "2024-03"),
    ("Emmanuel Macron will visit Brazil in late April.", "Emmanuel Macron", "VISITED", "Brazil", "2024-04"),
    # background: the sentence is about the past, so it is not dated to the article's month
    ("Emmanuel Macron previously visited Algeria.", "Emmanuel Macron", "VISITED", "Algeria", None),
    ("Emmanuel Macron visited Algeria years ago.", "Emmanuel Macron", "VISITED", "Algeria", None),
]


@pytest.mark.parametrize("text,subject,relation,obj,date", DATES, ids=[r[0][:45] for r in DATES])
def test_time_expression(facts_of, text, subject, relation, obj, date):
    assert one(facts_of(text), subject, relation, obj).date == date


def test_guest_meeting_abroad_is_also_a_visit_on_the_same_day(facts_of):
    facts = facts_of("Emmanuel Macron met Olaf Scholz in Berlin last night.")
    assert one(facts, "Emmanuel Macron", "VISITED", "Berlin").date == "2024-03-07"
    assert find(facts, "Olaf Scholz", "VISITED", "Berlin") == []  # the host is at home


@pytest.mark.parametrize("text,published,future,expected", [
    ("on February 30", PUB, False, None),                      # no such day
    ("on Dec. 7", None, False, None),                          # no year and no article date
    ("in February", dt.date(2024, 11, 20), True, "2025-02"),   # a planned event: the coming February
    ("late last week", PUB, False, "2024-03"),
    ("this week", dt.date(2024, 7, 31), False, "2024-07"),     # so far this week: 29-31 July
    ("this week", dt.date(2024, 7, 31), True, None),           # the rest of it runs into August
    ("the following year", PUB, False, "2025"),
])
def test_resolve_edge_cases(text, published, future, expected):
    assert resolve(text, published, prefer_future=future) == expected


def test_month_day_of_a_past_event_is_last_year(facts_of):
    fact = one(facts_of("Emmanuel Macron met Olaf Scholz in Berlin on Dec. 7."),
               "Emmanuel Macron", "MET_WITH", "Olaf Scholz")
    assert (fact.date, fact.modality.value) == ("2023-12-07", "asserted")


def test_abbreviated_weekday(facts_of):
    fact = one(facts_of("Emmanuel Macron met Olaf Scholz in Berlin on Tues."),
               "Emmanuel Macron", "MET_WITH", "Olaf Scholz")
    assert fact.date == "2024-03-05"


# ---- roles.py: premodifier, appositive, bare title, appointment ---------------------------------
ROLES = [
    # a state's body named after it: the state employs, the body is part of the title
    ("Chinese Foreign Ministry spokesperson Wang Wenbin said on Monday that Beijing opposed the sanctions.",
     "Wang Wenbin", "China", "Foreign Ministry Spokesperson"),
    ("NATO Secretary General Jens Stoltenberg visited Kyiv on Thursday.",
     "Jens Stoltenberg", "NATO", "Secretary General"),
    # appositive: "ambassador to Russia" names the host, not the employer
    ("Lynne Tracy, the US ambassador to Russia, met Sergei Lavrov on Tuesday.",
     "Lynne Tracy", "United States", "Ambassador to Russia"),
    ("The Secretary-General of NATO, Jens Stoltenberg, arrived in Ankara on Monday.",
     "Jens Stoltenberg", "NATO", "Secretary General"),
    ("Mark Rutte, a former Dutch prime minister, visited Kyiv on Friday.",
     "Mark Rutte", "Netherlands", "Former Prime Minister"),
    # a capital speaking for its government employs
    ("Washington's ambassador to the United Nations, Linda Thomas-Greenfield, visited Chad on Monday.",
     "Linda Thomas-Greenfield", "United States", "Ambassador to United Nations"),
    # bare titles: the state the gazetteer gives the holder of that post
    ("Foreign Minister Penny Wong visited Fiji on Monday.", "Penny Wong", "Australia", "Foreign Minister"),
    ("The then President Barack Obama visited Cuba in 2016.", "Barack Obama", "United States", "President"),
]


@pytest.mark.parametrize("text,person,employer,title", ROLES, ids=[r[0][:45] for r in ROLES])
def test_title_gives_role(facts_of, text, person, employer, title):
    assert one(facts_of(text), person, "HOLDS_ROLE", employer).title == title


def test_appointment_as_title_is_dated(facts_of):
    fact = one(facts_of("Mexico named Alicia Barcena as foreign minister in June 2023."),
               "Alicia Barcena", "HOLDS_ROLE", "Mexico")
    assert (fact.title, fact.date) == ("Foreign Minister", "2023-06")


def test_bare_title_does_not_borrow_the_host_state(facts_of):
    facts = facts_of("Kenya hosted the summit. Prime Minister Mia Mottley addressed the delegates on Tuesday.")
    assert [f for f in facts if f.relation == "HOLDS_ROLE" and fold_name(f.object) == fold_name("Kenya")] == []


def test_city_office_is_not_a_state_office(facts_of):
    facts = facts_of("Moscow Mayor Sergei Sobyanin visited Beijing on Tuesday.")
    roles = [f for f in facts if f.relation == "HOLDS_ROLE" and fold_name(f.subject) == fold_name("Sergei Sobyanin")]
    assert all("Moscow" in (f.title or "") for f in roles)


# ---- acts told in the past tense with no time of their own are news of the article's month ----
ACTS = [
    ("Argentina condemned Chile's missile test.", "Argentina", "CONDEMNED", "Chile", "2024-03"),
    ("Kenya said it strongly condemned the raid by Somalia.", "Kenya", "CONDEMNED", "Somalia", "2024-03"),
    ("The European Union accused Belarus of orchestrating the crisis.",
     "European Union", "CONDEMNED", "Belarus", "2024-03"),
    ("Canada imposed sanctions on Iran.", "Iran", "SANCTIONED_BY", "Canada", "2024-03"),
    ("Sanctions imposed on Iran by Canada hit its oil exports.", "Iran", "SANCTIONED_BY", "Canada", "2024-03"),
    # an explicit time still wins; the pluperfect tells an earlier act, undated
    ("Canada imposed sanctions on Iran in 2019.", "Iran", "SANCTIONED_BY", "Canada", "2019"),
    ("Canada had imposed sanctions on Iran before the war.", "Iran", "SANCTIONED_BY", "Canada", None),
    # a verb inside a quotation recalls history: the day of the saying does not date it
    ("\u201cCanada condemned Iran,\u201d the minister said on Monday.", "Canada", "CONDEMNED", "Iran", None),
]


@pytest.mark.parametrize("text,subject,relation,obj,date", ACTS, ids=[a[0][:45] for a in ACTS])
def test_reported_act_is_dated_by_the_article(facts_of, text, subject, relation, obj, date):
    fact = one(facts_of(text), subject, relation, obj)
    assert (fact.modality.value, fact.date) == ("asserted", date)


# ---- "since <date>, when X did Y": the clause is dated by the date it qualifies -----------------
@pytest.mark.parametrize("text,subject,relation,obj,date", [
    ("Tensions have risen since Feb. 2, when Chad shelled Sudanese border posts.", "Chad", "ATTACKED", "Sudan",
     "2024-02-02"),
    ("The dispute began in 2019, when Russia sanctioned Ukraine.", "Ukraine", "SANCTIONED_BY", "Russia", "2019"),
])
def test_a_when_clause_takes_the_date_it_qualifies(facts_of, text, subject, relation, obj, date):
    assert one(facts_of(text), subject, relation, obj).date == date
