"""Meetings and receptions fresh real news showed in stop 24, each in phrasings of our own.

- a hyphenated given name ("Ana-Maria", "Jean-Paul") is one name word when a state's name is
  split off the person the model took whole with it ("President of [Z Jean-Paul X]"), so the
  visitor stays a person and "He was met at the airport by ..." is about him;
- "X received Y, Z agency cites the press service": the source's credit the parser hung on
  the verb, its first subject the verb's object;
- "Z's President-elect, X Y": a title with its suffix names the person in apposition;
- "Foreign Ministers X and Y met": a plural title before a list is no part of the first name;
- "Foreign Ministers of A and B, X and Y, met": the holders meet, each holds the post of his
  state in turn, and the states of the title are no party to the meeting.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from ingest.cleaning import clean_article
from tests.facts import find, one


# ---- a hyphenated name after "President of <state>" ---------------------------------------------
def test_a_hyphenated_visitor_is_the_pronoun_met_at_the_airport(facts_of):
    facts = facts_of("President of Senegal Jean-Marc Diouf landed in Lisbon for talks at the "
                     "request of Portuguese President Marcelo Rebelo de Sousa. He was welcomed at the "
                     "airport by Portuguese Foreign Minister Paulo Rangel.",
                     published=dt.date(2022, 5, 10))
    one(facts, "Paulo Rangel", "MET_WITH", "Jean-Marc Diouf")
    one(facts, "Jean-Marc Diouf", "HOLDS_ROLE", "Senegal")
    one(facts, "Jean-Marc Diouf", "VISITED", "Lisbon")
    assert not find(facts, "Paulo Rangel", "MET_WITH", "Marcelo Rebelo de Sousa")
    assert not find(facts, "Marcelo Rebelo de Sousa", "MET_WITH", "Paulo Rangel")


# ---- a source's credit after the object ---------------------------------------------------------
def test_the_object_before_an_agencys_credit_is_received(facts_of):
    facts = facts_of("Georgian President Nino Beridze received Armenian Defence Minister Suren Papikyan, "
                     "Sputnik agency cites the presidential office.")
    one(facts, "Nino Beridze", "MET_WITH", "Suren Papikyan")


# ---- a title with a suffix ----------------------------------------------------------------------
def test_a_president_elect_in_apposition_is_received(facts_of):
    facts = facts_of("President Goodluck Mensah today received Togo's President-elect, Kodjo Agbeyome at "
                     "the State House, Accra.")
    one(facts, "Goodluck Mensah", "MET_WITH", "Kodjo Agbeyome")
    one(facts, "Kodjo Agbeyome", "HOLDS_ROLE", "Togo")


# ---- plural titles ------------------------------------------------------------------------------
def test_a_plural_title_is_no_part_of_the_first_name(facts_of):
    facts = facts_of("Foreign Ministers Subhash Kumar and Dong Jun met in Astana on Wednesday during a forum.",
                     published=dt.date(2020, 9, 11))
    one(facts, "Subhash Kumar", "MET_WITH", "Dong Jun")
    assert not [f for f in facts if "Ministers" in f.subject + f.object]


def test_the_holders_listed_after_a_plural_title_meet_respectively(facts_of):
    facts = facts_of("Defence Ministers of Estonia and Latvia, Hanno Pevkur and Andris Spruds, met in Riga "
                     "to discuss regional security, the Estonian ministry said on Monday.")
    one(facts, "Hanno Pevkur", "MET_WITH", "Andris Spruds")
    one(facts, "Hanno Pevkur", "HOLDS_ROLE", "Estonia")
    one(facts, "Andris Spruds", "HOLDS_ROLE", "Latvia")
    assert not [f for f in facts if f.relation == "MET_WITH" and {"Estonia", "Latvia"} & {f.subject, f.object}]


# ---- precision: no meeting ----------------------------------------------------------------------
def test_a_welcome_sent_in_a_message_is_no_meeting(facts_of):
    facts = facts_of("Chilean President Ana Soto arrived in Peru on Sunday for a state visit. Foreign Minister "
                     "Carlos Vega, who welcomed Soto in a video on her Facebook account, said the visit would "
                     "deepen ties.")
    one(facts, "Ana Soto", "VISITED", "Peru")
    assert not find(facts, "Carlos Vega", "MET_WITH", "Ana Soto")


def test_a_welcome_in_person_is_still_a_meeting(facts_of):
    facts = facts_of("Foreign Minister Carlos Vega welcomed Chilean President Ana Soto at the airport in Lima on Sunday.")
    one(facts, "Carlos Vega", "MET_WITH", "Ana Soto")


def test_merger_talks_of_companies_are_no_political_meeting(facts_of):
    facts = facts_of("Germany's Siemens held merger talks with France's Alstom in Paris on Monday.")
    assert not [f for f in facts if f.relation in ("MET_WITH", "VISITED")]


def test_trade_talks_of_states_are_still_a_meeting(facts_of):
    facts = facts_of("Japan and South Korea held trade talks in Seoul on Monday.")
    one(facts, "Japan", "MET_WITH", "South Korea")


def test_bilateral_meetings_planned_with_leaders_are_not_the_last_two_states(facts_of):
    facts = facts_of("The return of Samoan leader Tuilaepa Malielegaoi to the summit is an important milestone, "
                     "Prime Minister Chris Hipkins says. He made the comments ahead of his trip to Tonga for the "
                     "summit. Hipkins lands today and has a number of bilateral meetings scheduled with island "
                     "leaders this week.")
    assert not find(facts, "Samoa", "MET_WITH", "Tonga")


def test_the_title_described_is_not_the_counterpart_named_before(facts_of):
    facts = facts_of("Before that, the Prime Minister had bilateral talks with his Danish counterpart Mette "
                     "Frederiksen about trade. The Prime Minister is also to hold separate meetings with Kenyan "
                     "President William Ruto and Swiss President Alain Berset.")
    assert not [f for f in facts if f.relation == "MET_WITH" and "Frederiksen" in f.subject + f.object]


# ---- the leader of a received party -------------------------------------------------------------
def test_the_leader_of_a_received_delegation_is_met(facts_of):
    facts = facts_of("Mongolian President Ukhnaa Khurelsukh welcomed a Japanese delegation headed by "
                     "Foreign Minister Yoko Kamikawa on Friday.")
    one(facts, "Ukhnaa Khurelsukh", "MET_WITH", "Yoko Kamikawa")


def test_the_leader_named_after_a_bodys_title_is_met(facts_of):
    facts = facts_of("On Tuesday, Kyrgyz President Sadyr Japarov received a British delegation headed by the "
                     "Administrator of the Office for Overseas Trade (OOT) Alan Fisher.")
    one(facts, "Sadyr Japarov", "MET_WITH", "Alan Fisher")


# ---- a lone name met or received ----------------------------------------------------------------
def test_a_lone_name_greeted_at_the_airport_is_a_person(facts_of):
    facts = facts_of("Leading a large trade delegation that includes Finance Minister Omar Haddad, Talabani was "
                     "welcomed on arrival by Jordanian Prime Minister Bisher al-Khasawneh.")
    one(facts, "Bisher al-Khasawneh", "MET_WITH", "Talabani")


def test_a_lone_name_that_arrived_and_was_received_is_a_person(facts_of):
    facts = facts_of("Tanaka, accompanied by a delegation of officials and businessmen, arrived in the afternoon "
                     "and was then received by Deputy Foreign Minister Rajiv Menon.")
    one(facts, "Rajiv Menon", "MET_WITH", "Tanaka")


# ---- a list of demonyms before "leaders" --------------------------------------------------------
def test_the_leaders_of_a_list_of_demonyms_meet(facts_of):
    facts = facts_of("Latvian President Edgars Rinkevics arrived in Vilnius for a state visit on Monday. "
                     "The Latvian, Lithuanian leaders held talks in Vilnius.")
    one(facts, "Latvia", "MET_WITH", "Lithuania")
    one(facts, "Edgars Rinkevics", "VISITED", "Vilnius")


# ---- "The meeting of X and Y took place" --------------------------------------------------------
def test_the_persons_of_a_meetings_of_phrase_meet(facts_of):
    facts = facts_of("The meeting of Croatian Prime Minister Andrej Plenkovic and the leader of the Bosnian "
                     "Serbs, Milorad Dodik was held on May 3 in Vienna, Austrian officials told reporters.")
    one(facts, "Andrej Plenkovic", "MET_WITH", "Milorad Dodik")


# ---- a body's members and a title set off from its name -----------------------------------------
def test_a_bodys_heads_of_government_are_the_body(facts_of):
    facts = facts_of("The chair, Prime Minister Philip Davis of the Bahamas, on Tuesday opened the talks "
                     "between SADC Heads of State and British Foreign Secretary, David Lammy and his team.")
    one(facts, "Southern African Development Community", "MET_WITH", "David Lammy")
    assert not [f for f in facts if "Heads" in f.subject + f.object]
    assert not find(facts, "Southern African Development Community", "MET_WITH", "United Kingdom")
    assert not find(facts, "United Kingdom", "MET_WITH", "David Lammy")


def test_two_titles_before_one_name_are_that_persons(facts_of):
    facts = facts_of("President Luong Cuong held talks with Lao Party Chairman and Prime Minister Sonexay "
                     "Siphandone on Monday.")
    one(facts, "Luong Cuong", "MET_WITH", "Sonexay Siphandone")
    assert not [f for f in facts if f.relation == "MET_WITH" and "Party" in f.subject + f.object]


# ---- an event noun modifying its occasion -------------------------------------------------------
def test_a_talks_session_with_a_guest_is_a_meeting(facts_of):
    facts = facts_of("Sultan Ibrahim Iskandar held a formal talks session with French President Emmanuel "
                     "Macron at the palace on Monday.", published=dt.date(2025, 5, 14))
    one(facts, "Ibrahim Iskandar", "MET_WITH", "Emmanuel Macron")


# ---- a dateline in normal case before a colon ---------------------------------------------------
def test_a_known_city_and_state_before_a_colon_is_a_dateline():
    cleaned = clean_article("Manama, Bahrain: Crown Prince Salman bin Hamad Al Khalifa received visiting "
                            "Jordanian Foreign Minister Ayman Safadi at Gudaibiya Palace on Monday.")
    assert cleaned.text.startswith("Crown Prince Salman")
    assert cleaned.dateline == "Manama"
    cleaned = clean_article("Doha: His Highness received the visiting minister at the palace on Monday.")
    assert cleaned.text.startswith("His Highness")


def test_a_states_name_before_a_colon_stays_text():
    text = "Ukraine: The army said it repelled an attack near the border on Monday."
    assert clean_article(text).text == text


# ---- a son named after his father ---------------------------------------------------------------
def test_a_son_named_bin_his_father_is_not_the_father(facts_of):
    facts = facts_of("Prince Hassan bin Talal received Sheikh Jassim bin Hamad bin Khalifa Al Thani, the Qatari "
                     "envoy, at the palace on Monday. The envoy conveyed greetings of Sheikh Hamad bin Khalifa "
                     "Al Thani to his host.")
    one(facts, "Hassan bin Talal", "MET_WITH", "Jassim bin Hamad bin Khalifa Al Thani")
    assert not find(facts, "Hassan bin Talal", "MET_WITH", "Hamad bin Khalifa Al Thani")


def test_the_place_a_meeting_took_place_in_is_visited(facts_of):
    facts = facts_of("The meeting of Croatian Prime Minister Andrej Plenkovic and Serbian President Aleksandar "
                     "Vucic took place on May 3 in Vienna.")
    one(facts, "Andrej Plenkovic", "MET_WITH", "Aleksandar Vučić")
    one(facts, "Andrej Plenkovic", "VISITED", "Vienna")
    one(facts, "Aleksandar Vučić", "VISITED", "Vienna")


# ---- a pronoun after a subject the mentions missed ----------------------------------------------
def test_he_is_not_the_host_when_the_visitors_name_was_missed(facts_of):
    facts = facts_of("President of Moldova Ion Rusu arrived in Sofia for two days of talks at the request of "
                     "Bulgarian President Rumen Radev. He was met at the Vasil Levski airport by Bulgarian Vice "
                     "President Iliana Iotova and other officials.", published=dt.date(2022, 5, 10))
    assert not find(facts, "Iliana Iotova", "MET_WITH", "Rumen Radev")
    assert not find(facts, "Rumen Radev", "MET_WITH", "Iliana Iotova")


def test_he_is_still_the_one_person_named_as_subject(facts_of):
    facts = facts_of("Bulgarian President Rumen Radev arrived in Skopje on Monday. He was met at the airport "
                     "by Macedonian Vice President Ana Petrovska.")
    one(facts, "Ana Petrovska", "MET_WITH", "Rumen Radev")
