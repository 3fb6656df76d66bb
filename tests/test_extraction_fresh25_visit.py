"""Visit and alliance constructions fresh real news showed in stop 25, each in phrasings of our own.

- "X and Y are allied with Z": the passive participle of "ally" names the allies as its subject;
- "Y's ally X caused ...": the small parser makes the relational noun and the name after it two
  subjects of one verb; the name is still the ally.

Sentences are our own; articles are dated as each test says."""
from schemas.models import Modality
from tests.facts import WIRE_DAY, find, one


# ---- "allied with" ------------------------------------------------------------------------------
def test_states_allied_with_a_state(facts_of):
    facts = facts_of("Mali and Niger are closely allied with Burkina Faso and share a currency.",
                     published=WIRE_DAY)
    one(facts, "Mali", "ALLIED_WITH", "Burkina Faso")
    one(facts, "Niger", "ALLIED_WITH", "Burkina Faso")


def test_not_allied_with_is_negated(facts_of):
    facts = facts_of("Belarus is not allied with Poland.", published=WIRE_DAY)
    assert one(facts, "Belarus", "ALLIED_WITH", "Poland").modality == Modality.NEGATED


# ---- "Y's ally X" as a split subject -------------------------------------------------------------
def test_a_possessed_ally_before_a_name_the_parser_split(facts_of):
    facts = facts_of("Last year Russia's ally Belarus hosted large drills near its western border.",
                     published=WIRE_DAY)
    one(facts, "Belarus", "ALLIED_WITH", "Russia")
    assert not find(facts, "Belarus", "ALLIED_WITH", "Belarus")


# ---- modality: a trailing participle, a progressive told on its day -------------------------------
def test_a_participle_after_set_the_tone_is_no_plan(facts_of):
    facts = facts_of("Australian Foreign Minister Penny Wong has set a new course for the region, "
                     "making her first trip to Samoa last week.", published=WIRE_DAY)
    assert one(facts, "Penny Wong", "VISITED", "Samoa").modality == Modality.ASSERTED


def test_a_participle_after_a_plan_stays_planned(facts_of):
    facts = facts_of("Penny Wong plans to go to Samoa, visiting Tonga on the way.", published=WIRE_DAY)
    assert one(facts, "Penny Wong", "VISITED", "Tonga").modality == Modality.PLANNED


def test_is_visiting_on_the_day_of_the_article_is_under_way(facts_of):
    # WIRE_DAY is a Friday
    facts = facts_of("Czech Prime Minister Petr Fiala is visiting Vienna on Friday, where he is holding "
                     "talks on energy.", published=WIRE_DAY)
    assert one(facts, "Petr Fiala", "VISITED", "Vienna").modality == Modality.ASSERTED


def test_is_visiting_on_a_later_day_is_planned(facts_of):
    facts = facts_of("Czech Prime Minister Petr Fiala is visiting Vienna on Tuesday.", published=WIRE_DAY)
    assert one(facts, "Petr Fiala", "VISITED", "Vienna").modality == Modality.PLANNED


def test_travels_on_the_day_of_the_article_stays_a_timetable(facts_of):
    facts = facts_of("Czech Prime Minister Petr Fiala travels to Vienna on Friday for talks on energy.",
                     published=WIRE_DAY)
    assert one(facts, "Petr Fiala", "VISITED", "Vienna").modality == Modality.PLANNED


# ---- "arrived for a visit to Y" ------------------------------------------------------------------
def test_arrived_for_a_visit_to_a_state(facts_of):
    facts = facts_of("Lithuanian President Gitanas Nauseda left Vilnius on Monday for a state visit to Japan.",
                     published=WIRE_DAY)
    one(facts, "Gitanas Nauseda", "VISITED", "Japan")


def test_thanked_for_his_visit_is_not_the_thanker_s_trip(facts_of):
    facts = facts_of("Lithuanian President Gitanas Nauseda thanked Japanese Prime Minister Fumio Kishida "
                     "for his visit to Vilnius.", published=WIRE_DAY)
    assert not find(facts, "Gitanas Nauseda", "VISITED", "Vilnius")


# ---- "visiting" qualifying a guest ----------------------------------------------------------------
def test_a_visiting_leader_signing_in_the_host_capital(facts_of):
    facts = facts_of("The accord was signed by Polish President Andrzej Duda and Lithuania's visiting "
                     "President Gitanas Nauseda in Warsaw, the Polish news agency said.", published=WIRE_DAY)
    one(facts, "Gitanas Nauseda", "VISITED", "Warsaw")
    assert not find(facts, "Andrzej Duda", "VISITED", "Warsaw")


def test_welcomed_a_visiting_leader_in_the_capital(facts_of):
    facts = facts_of("Vietnamese President Vo Van Thuong welcomed visiting Indian Prime Minister Narendra Modi "
                     "in Hanoi on Tuesday.", published=WIRE_DAY)
    one(facts, "Narendra Modi", "VISITED", "Hanoi")


def test_a_visiting_leader_at_home_is_no_visit(facts_of):
    facts = facts_of("The visiting Indian Prime Minister Narendra Modi spoke in New Delhi.", published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "VISITED"]


# ---- precision: a cargo plane, a dateline with an unknown agency in parentheses ---------------------
def test_a_cargo_plane_arriving_is_no_visit_of_its_state(facts_of):
    facts = facts_of("A Japanese cargo plane with 40 tonnes of tents for flood victims arrived in Karachi "
                     "on Tuesday.", published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "VISITED"]


def test_a_leader_s_plane_landing_is_still_his_visit(facts_of):
    facts = facts_of("Indian Prime Minister Narendra Modi's plane landed in Warsaw on Wednesday.", published=WIRE_DAY)
    one(facts, "Narendra Modi", "VISITED", "Warsaw")


def test_a_dateline_with_an_agency_acronym_in_parentheses_is_cut():
    from ingest.cleaning import clean_article_text

    sentence = "Zambian President Hakainde Hichilema landed at the airport on Friday for talks on trade."
    second = "No further details were given."
    assert clean_article_text(f"Harare (ZBC) - {sentence}\n\n{second}\n") == f"{sentence}\n\n{second}"


def test_a_name_with_a_party_letter_in_parentheses_is_no_dateline():
    from ingest.cleaning import clean_article_text

    text = "Senator Lindsey Graham (R) - a close ally of the president - flew to Kyiv on Friday."
    assert clean_article_text(text) == text


# ---- a state's tour is a sports side's ----------------------------------------------------------
def test_a_state_s_tour_is_no_state_visit(facts_of):
    facts = facts_of("Rain washed out the second match of Australia's tour of Pakistan on Sunday.",
                     published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "VISITED"]


def test_a_leader_s_tour_is_still_a_visit(facts_of):
    facts = facts_of("Rain marked the second day of Albanese's tour of Pakistan on Sunday.", published=WIRE_DAY)
    one(facts, "Anthony Albanese", "VISITED", "Pakistan")


# ---- a pact's capitalised title is no actor ----------------------------------------------------------
def test_a_pact_with_a_capitalised_title_signed_by_two_leaders(facts_of):
    facts = facts_of("On Tuesday Belarusian President Alexander Lukashenko and Iranian President Masoud Pezeshkian "
                     "signed a Comprehensive Strategic Partnership Treaty in Minsk.", published=WIRE_DAY)
    one(facts, "Belarus", "ALLIED_WITH", "Iran")
    assert not [f for f in facts if "Treaty" in f.object or "Treaty" in f.subject]


# ---- "joined A, B and other allies" ----------------------------------------------------------------
def test_joined_a_list_closed_by_other_allies(facts_of):
    facts = facts_of("South Korea joined Canada, Australia and other allies in condemning the missile launch.",
                     published=WIRE_DAY)
    one(facts, "South Korea", "ALLIED_WITH", "Canada")
    one(facts, "South Korea", "ALLIED_WITH", "Australia")


def test_a_list_of_other_allies_with_no_owner_says_nothing(facts_of):
    facts = facts_of("Canada, Australia and other allies condemned the missile launch.", published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "ALLIED_WITH"]


def test_a_list_closed_by_other_countries_is_no_alliance(facts_of):
    facts = facts_of("South Korea joined Canada, Australia and other countries in condemning the missile launch.",
                     published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "ALLIED_WITH"]


# ---- signing or gathering abroad ---------------------------------------------------------------------
def test_signing_a_pact_abroad_is_a_visit_of_the_foreign_signer(facts_of):
    facts = facts_of("On Thursday Philippine Defense Secretary Gilberto Teodoro and Japanese Defense Minister "
                     "Minoru Kihara signed a reciprocal access agreement in Manila.", published=WIRE_DAY)
    one(facts, "Minoru Kihara", "VISITED", "Manila")
    assert not find(facts, "Gilberto Teodoro", "VISITED", "Manila")


def test_signing_at_home_is_no_visit(facts_of):
    facts = facts_of("On Monday the Kremlin leader Vladimir Putin signed the new decree in Moscow.",
                     published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "VISITED"]


def test_a_text_signed_in_two_capitals_is_no_one_s_trip(facts_of):
    facts = facts_of("The memorandum was signed in Oslo and Ottawa by Norwegian Foreign Minister Espen Barth Eide "
                     "and Canadian Foreign Minister Melanie Joly.", published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "VISITED"]


def test_leaders_gathered_in_a_capital(facts_of):
    facts = facts_of("German Chancellor Olaf Scholz and French President Emmanuel Macron gathered in Madrid "
                     "with other European leaders on Thursday.", published=WIRE_DAY)
    one(facts, "Olaf Scholz", "VISITED", "Madrid")
    one(facts, "Emmanuel Macron", "VISITED", "Madrid")


def test_a_dateline_with_a_weekday_before_its_date_is_cut():
    from ingest.cleaning import clean_article_text

    sentence = "Ghanaian President John Mahama landed in the capital late on Saturday for a two-day visit."
    second = "No further details were given."
    page = f"FREETOWN, Sierra Leone, Sunday March 9, 2025 – {sentence}\n\n{second}\n"
    assert clean_article_text(page) == f"{sentence}\n\n{second}"


# ---- the capital of Kazakhstan under its unhyphenated former name ----------------------------------
def test_nur_sultan_without_a_hyphen_is_the_capital(facts_of):
    facts = facts_of("Uzbek President Shavkat Mirziyoyev flew to Nur Sultan on Tuesday for a state visit.",
                     published=WIRE_DAY)
    one(facts, "Shavkat Mirziyoyev", "VISITED", "Astana")


# ---- "X is in Z on a visit" ---------------------------------------------------------------------------
def test_in_a_city_on_a_visit_of_a_person_of_unknown_post(facts_of):
    facts = facts_of("Ruiz Cabañas was in Havana on a two-day working visit, where he toured a hospital.",
                     published=WIRE_DAY)
    one(facts, "Ruiz Cabañas", "VISITED", "Havana")


def test_a_visit_in_a_month_is_no_place(facts_of):
    facts = facts_of("The Mexican minister made a visit in May.", published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "VISITED"]


# ---- a place after a meeting phrase and its dates ------------------------------------------------------
def test_a_place_after_the_dates_of_a_meeting_phrase_places_the_meeting(facts_of):
    facts = facts_of("The loan was granted after the meeting between Chinese Premier Li Qiang and Lao Prime "
                     "Minister Sonexay Siphandone in April last year in Beijing.", published=WIRE_DAY)
    one(facts, "Sonexay Siphandone", "VISITED", "Beijing")
    assert not find(facts, "Li Qiang", "VISITED", "Beijing")


def test_a_place_before_a_meeting_phrase_is_the_verb_s_own(facts_of):
    facts = facts_of("The loan was granted in Vientiane after the meeting between Chinese Premier Li Qiang and "
                     "Lao Prime Minister Sonexay Siphandone in April last year.", published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "VISITED"]


def test_a_pact_title_opening_with_the_pact_word(facts_of):
    facts = facts_of("The two defence chiefs signed the “Agreement on Joint Exercises between Vietnam and Laos "
                     "in the Area of Defence” in Hanoi on Tuesday.", published=WIRE_DAY)
    one(facts, "Vietnam", "ALLIED_WITH", "Laos")
