"""Visit constructions fresh real news showed in stop 24, each in phrasings of our own.

- a tour of a continent or of a region spanning many states names no destination, only the legs
  it includes ("a tour of Africa that included Kenya");
- a possessor that a date range separates from its visit noun ("X's May 4 to 6 visit to Y"),
  where the small parser breaks the noun phrase, still owns the visit;
- "within the framework of a visit to Y" frames the clause as the trip's.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import WIRE_DAY, find, one


# ---- a tour of a region ------------------------------------------------------------------------
def test_a_tour_of_a_continent_gives_only_its_legs(facts_of):
    facts = facts_of("German Chancellor Olaf Scholz on Sunday began a tour of Africa which also included Kenya.",
                     published=WIRE_DAY)
    one(facts, "Olaf Scholz", "VISITED", "Kenya")
    assert not find(facts, "Olaf Scholz", "VISITED", "Africa")


def test_a_tour_of_a_region_of_many_states_is_no_visit_to_it(facts_of):
    facts = facts_of("Japanese Prime Minister Fumio Kishida set off on Monday on a five-nation tour of Southeast Asia.",
                     published=WIRE_DAY)
    assert not find(facts, "Fumio Kishida", "VISITED", "Southeast Asia")


def test_a_tour_of_a_region_inside_one_state_is_a_visit(facts_of):
    # (a foreign leader's tour: a leader touring a region of his own state is at home, no visit)
    facts = facts_of("Nepalese Prime Minister K P Sharma Oli wrapped up a three-day tour of Tibet on Friday.",
                     published=WIRE_DAY)
    one(facts, "KP Sharma Oli", "VISITED", "Tibet")  # (roles.json's spelling of his name)


# ---- a possessor across a date range ------------------------------------------------------------
def test_a_possessor_before_a_date_range_owns_the_visit(facts_of):
    facts = facts_of("The two leaders discussed energy during Erdogan’s October 3 to 5 state visit to Hungary.",
                     published=dt.date(2023, 10, 9))
    one(facts, "Recep Tayyip Erdoğan", "VISITED", "Hungary")


# ---- the framework of a visit ------------------------------------------------------------------
def test_within_the_framework_of_a_visit(facts_of):
    facts = facts_of("Russian Foreign Minister Sergei Lavrov held talks with Turkish officials on Tuesday "
                     "within the framework of an official visit to Ankara.", published=WIRE_DAY)
    one(facts, "Sergey Lavrov", "VISITED", "Ankara")


# ---- a venue named "Palace of ..." and the trip of an unnamed agent ------------------------------
def test_a_palace_is_where_the_guest_was_received_not_the_destination(facts_of):
    facts = facts_of("Egyptian President Abdel Fattah el-Sisi on Sunday received his guest, Emmanuel Macron, "
                     "at the Palace of the Nation in Cairo, as part of the first state visit by a French "
                     "leader to the peninsula in a decade.", published=WIRE_DAY)
    one(facts, "Emmanuel Macron", "VISITED", "Cairo")
    assert not [f for f in facts if f.relation == "VISITED" and "Palace" in f.object]
    assert not [f for f in facts if f.relation == "VISITED" and "Sisi" in f.subject]


# ---- a head of state known by one name ---------------------------------------------------------
def test_a_one_name_president_of_the_past_is_known_in_either_spelling(facts_of):
    facts = facts_of("Soeharto flew to Tokyo on Monday for talks on trade credits.",
                     published=dt.date(1994, 6, 10))
    one(facts, "Suharto", "VISITED", "Tokyo")


# ---- "arrived on" a state -----------------------------------------------------------------------
def test_arrived_on_a_state(facts_of):
    facts = facts_of("Italian President Sergio Mattarella arrived on Malta on Tuesday for a two-day visit.",
                     published=WIRE_DAY)
    one(facts, "Sergio Mattarella", "VISITED", "Malta")


def test_arriving_on_a_plane_is_no_visit(facts_of):
    facts = facts_of("Italian President Sergio Mattarella arrived on a Russian plane on Tuesday.",
                     published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "VISITED"]


# ---- present at a gathering held in a place --------------------------------------------------------
def test_speaking_at_a_news_conference_abroad(facts_of):
    facts = facts_of("Indian Foreign Minister Subrahmanyam Jaishankar said at a news conference in Geneva "
                     "on Monday that the talks had been useful.", published=WIRE_DAY)
    one(facts, "Subrahmanyam Jaishankar", "VISITED", "Geneva")


def test_on_the_sidelines_of_a_forum_the_speaker_was_there(facts_of):
    facts = facts_of("Exports are set to grow, according to Turkish Foreign Minister Hakan Fidan. "
                     "On the sidelines of the trade forum held in Davos, he told reporters that new markets were opening.",
                     published=WIRE_DAY)
    one(facts, "Hakan Fidan", "VISITED", "Davos")


def test_a_news_conference_at_home_is_no_visit(facts_of):
    facts = facts_of("Indian Foreign Minister Subrahmanyam Jaishankar said at a news conference in New Delhi "
                     "on Monday that the talks had been useful.", published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "VISITED"]


def test_striking_a_tone_in_a_city_is_no_attack(facts_of):
    facts = facts_of("Norwegian Foreign Minister Espen Barth Eide struck a conciliatory tone on Monday at a "
                     "news conference in Geneva.", published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "ATTACKED"]
    one(facts, "Espen Barth Eide", "VISITED", "Geneva")


# ---- a welcome accorded to a guest ----------------------------------------------------------------
def test_a_guest_accorded_a_welcome_in_a_city(facts_of):
    facts = facts_of("Kenyan President William Ruto was accorded a ceremonial welcome at the State House "
                     "in Pretoria on Monday.", published=WIRE_DAY)
    one(facts, "William Ruto", "VISITED", "Pretoria")


def test_a_guest_received_a_welcome_in_a_city(facts_of):
    facts = facts_of("Chinese Premier Li Qiang received a warm welcome in Canberra on Sunday.", published=WIRE_DAY)
    one(facts, "Li Qiang", "VISITED", "Canberra")


def test_the_host_who_gives_a_welcome_at_home_visits_nothing(facts_of):
    facts = facts_of("Indian Prime Minister Narendra Modi gave his guest a warm welcome at Hyderabad House "
                     "in New Delhi on Monday.", published=WIRE_DAY)
    assert not find(facts, "Narendra Modi", "VISITED", "New Delhi")


# ---- a present progressive with a weekday is an arrangement ---------------------------------------
def test_is_meeting_on_a_weekday_is_planned(facts_of):
    facts = facts_of("German Chancellor Olaf Scholz is meeting Premier Li Qiang of China in Shanghai Thursday "
                     "to discuss car tariffs.", published=dt.date(2024, 3, 4))
    assert one(facts, "Olaf Scholz", "MET_WITH", "Li Qiang").modality.value == "planned"
    assert one(facts, "Olaf Scholz", "VISITED", "Shanghai").modality.value == "planned"


def test_a_past_progressive_stays_told(facts_of):
    facts = facts_of("German Chancellor Olaf Scholz was meeting Premier Li Qiang of China in Shanghai on Thursday "
                     "when the news broke.", published=dt.date(2024, 3, 8))
    assert one(facts, "Olaf Scholz", "MET_WITH", "Li Qiang").modality.value == "asserted"


# ---- a meeting told, then where it was held ------------------------------------------------------
def test_the_meeting_held_in_a_city_was_travelled_to(facts_of):
    facts = facts_of("Japanese Foreign Minister Yoko Kamikawa held talks with Indian Foreign Minister "
                     "S. Jaishankar on Tuesday. The talks were held during the annual strategic dialogue "
                     "of the two ministries in New Delhi.", published=WIRE_DAY)
    one(facts, "Yoko Kamikawa", "VISITED", "New Delhi")
    assert not find(facts, "Subrahmanyam Jaishankar", "VISITED", "New Delhi")


# ---- a state before a hyphenated name, taken whole by the model ------------------------------------
def test_a_state_before_a_hyphenated_name_is_split_off(facts_of):
    facts = facts_of("Foreign Minister of France Jean-Yves Le Drian arrived in Cairo on Monday for talks.",
                     published=dt.date(2019, 3, 8))
    one(facts, "Jean-Yves Le Drian", "VISITED", "Cairo")
    one(facts, "Jean-Yves Le Drian", "HOLDS_ROLE", "France")


def test_travels_to_on_a_weekday_is_planned(facts_of):
    facts = facts_of("Spanish Prime Minister Pedro Sanchez travels to Rabat on Wednesday for talks on migration.",
                     published=dt.date(2024, 3, 4))
    assert one(facts, "Pedro Sánchez", "VISITED", "Rabat").modality.value == "planned"


# ---- the place of a gathering hung deep in its phrase ---------------------------------------------
def test_the_city_of_a_gathering_the_parser_hung_on_its_last_party(facts_of):
    facts = facts_of("Japanese Foreign Minister Yoko Kamikawa met with the Indian Foreign Minister, S. Jaishankar, "
                     "at the margins of a regional meeting between the Quad partners and the Pacific "
                     "island states in Sydney.", published=WIRE_DAY)
    one(facts, "Yoko Kamikawa", "VISITED", "Sydney")
    one(facts, "Subrahmanyam Jaishankar", "VISITED", "Sydney")
