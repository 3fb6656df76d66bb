"""Meetings and receptions fresh real news showed in stop 25, each in phrasings of our own.

- "X was received by Y and talked with Z": an active verb conjoined to a passive one shares
  the passive's subject X, not its agent Y;
- "talked with the minister of W, Name, who ...": the name the parser hung outside the title
  phrase after its comma is the person the title describes;
- "During a meeting with X, he announced ...": the person in the fronted "with" phrase is the
  subject pronoun's partner, so "he" is the one named before.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from ingest.cleaning import clean_article
from tests.facts import find, one


# ---- an active verb conjoined to a passive one ----------------------------------------------------
def test_an_active_conjunct_of_a_passive_reception_is_the_guests(facts_of):
    facts = facts_of("Tomas Lindqvist is in Lisbon on a working visit, where on Tuesday he was welcomed by "
                     "President Rui Carvalho and talked with the Portuguese minister of Economic Affairs, "
                     "Joana Pires, who hosted a dinner for him.",
                     published=dt.date(2019, 6, 14))
    one(facts, "Tomas Lindqvist", "MET_WITH", "Rui Carvalho")
    one(facts, "Tomas Lindqvist", "MET_WITH", "Joana Pires")
    assert not find(facts, "Rui Carvalho", "MET_WITH", "Joana Pires")
    assert not find(facts, "Rui Carvalho", "MET_WITH", "Portugal")


# ---- a fronted meeting with a partner ------------------------------------------------------------
def test_the_pronoun_after_a_fronted_meeting_is_not_the_partner(facts_of):
    facts = facts_of("British Foreign Secretary Helen Marsh, in Chisinau since Tuesday, has pledged new "
                     "support for Moldova. In talks with President of Moldova Ion Ceban, she announced "
                     "a grant for border equipment.")
    one(facts, "Helen Marsh", "MET_WITH", "Ion Ceban")


# ---- a welcome received from someone -------------------------------------------------------------
def test_a_warm_welcome_received_from_a_host_is_a_meeting(facts_of):
    facts = facts_of("Nepalese Prime Minister Ram Adhikari, on a three-day trip to Thailand, received a "
                     "cordial welcome from Thai Prime Minister Somchai Wongsa at Government House on Monday.")
    one(facts, "Ram Adhikari", "MET_WITH", "Somchai Wongsa")


def test_a_letter_received_from_someone_is_no_meeting(facts_of):
    facts = facts_of("Chancellor Greta Lind received a letter from Austrian President Karl Huber during a "
                     "reception for diplomats in Vienna on Monday.")
    assert not find(facts, "Greta Lind", "MET_WITH", "Karl Huber")
    assert not find(facts, "Karl Huber", "MET_WITH", "Greta Lind")


# ---- a meeting after the verb, in a "before" phrase ----------------------------------------------
def test_a_meeting_the_clause_comes_before_is_the_subjects(facts_of):
    facts = facts_of("Defence Minister Pavel Novak inspected two air bases near Kharkiv on a short "
                     "trip, before a meeting with Ukrainian Foreign Minister Olena Kravets.")
    one(facts, "Pavel Novak", "MET_WITH", "Olena Kravets")


# ---- two officials of different states sign a document together ---------------------------------
def test_two_foreign_officials_signing_an_accord_together_meet(facts_of):
    facts = facts_of("Two days earlier, Chilean Defence Minister Rosa Valdes and Peruvian Defence Minister "
                     "Jorge Quispe signed a new maritime security accord in Lima.")
    one(facts, "Rosa Valdes", "MET_WITH", "Jorge Quispe")


def test_an_accord_signed_apart_by_two_officials_is_no_meeting(facts_of):
    facts = facts_of("The accord was signed in Oslo and Ottawa by Norwegian Foreign Minister Ingrid Dahl "
                     "and Canadian Foreign Minister Paul Tremblay.")
    assert not find(facts, "Ingrid Dahl", "MET_WITH", "Paul Tremblay")
    assert not find(facts, "Paul Tremblay", "MET_WITH", "Ingrid Dahl")


# ---- a capitals dateline with an agency in capitals that lost its dash ---------------------------
def test_a_capitals_dateline_without_its_dash_is_cut_off():
    cleaned = clean_article("TBILISI. GEOPRESS The Georgian Parliament Speaker, Nika Dvali, received the "
                            "Deputy Speaker of the National Assembly of the Republic of Armenia, Aram "
                            "Petrosyan, the parliament's press office reports.")
    assert cleaned.text.startswith("The Georgian Parliament Speaker")
    assert cleaned.dateline == "TBILISI"


def test_a_titled_place_and_capitals_without_a_dash_are_kept():
    text = "Meanwhile, NATO Secretary General Jens Halvorsen met the Danish defence minister in Aarhus."
    assert clean_article(text).text == text


def test_a_reception_after_a_cut_dateline_is_read(facts_of):
    cleaned = clean_article("TBILISI. GEOPRESS The Georgian Parliament Speaker, Nika Dvali, received the "
                            "Deputy Speaker of the National Assembly of the Republic of Armenia, Aram "
                            "Petrosyan, the parliament's press office reports.")
    facts = facts_of(cleaned.text)
    one(facts, "Nika Dvali", "MET_WITH", "Aram Petrosyan")


# ---- a form of address heading the agent phrase --------------------------------------------------
def test_an_honorific_with_its_dot_before_the_receiving_name(facts_of):
    facts = facts_of("Zambian President Daniel Mwale arrived in Gaborone on Friday for a state visit. Mwale "
                     "was received at the airport by Trade Minister Hon. Tebogo "
                     "Kgosi and other senior Botswana officials.",
                     published=dt.date(2023, 5, 12))
    one(facts, "Daniel Mwale", "MET_WITH", "Tebogo Kgosi")


# ---- a meeting that names other parties in its own phrase ---------------------------------------
def test_subjects_using_a_meeting_of_others_do_not_meet_each_other(facts_of):
    facts = facts_of("Spain, Italy, and Portugal exploited a meeting of the bloc's 27 farm ministers to "
                     "seek backing for new fishing quotas.")
    assert not [f for f in facts if f.relation == "MET_WITH"]


def test_subjects_who_arrive_for_meetings_with_others_do_not_meet_each_other(facts_of):
    facts = facts_of("Argentine President Julio Herrera and Chilean Foreign Minister Marta Soto have arrived "
                     "in Montevideo ahead of meetings with Uruguayan lawmakers on Friday.")
    assert not find(facts, "Julio Herrera", "MET_WITH", "Marta Soto")
    assert not find(facts, "Marta Soto", "MET_WITH", "Julio Herrera")


def test_subjects_who_held_a_meeting_still_meet_each_other(facts_of):
    facts = facts_of("Argentine President Julio Herrera and Chilean President Marta Soto held a meeting in "
                     "Montevideo on Friday.")
    one(facts, "Julio Herrera", "MET_WITH", "Marta Soto")


# ---- accompanied by one's own party ---------------------------------------------------------------
def test_ministers_of_no_known_other_state_accompanying_a_leader_are_his_party(facts_of):
    facts = facts_of("Singaporean Prime Minister Lim Wei Jie was received by Philippine officials in Manila. "
                     "Lim was accompanied by Foreign Minister Tan Boon Hock and Trade Minister Ong Kiat Seng.",
                     published=dt.date(2023, 2, 10))
    assert not find(facts, "Lim Wei Jie", "MET_WITH", "Tan Boon Hock")
    assert not find(facts, "Tan Boon Hock", "MET_WITH", "Lim Wei Jie")
    assert not find(facts, "Lim Wei Jie", "MET_WITH", "Ong Kiat Seng")
    assert not find(facts, "Ong Kiat Seng", "MET_WITH", "Lim Wei Jie")


def test_a_foreign_counterpart_accompanying_a_leader_meets_him(facts_of):
    facts = facts_of("Kenyan President Joseph Mwangi was accompanied by his Tanzanian counterpart Amani "
                     "Mushi on a tour of the new port on Tuesday.")
    one(facts, "Joseph Mwangi", "MET_WITH", "Amani Mushi")


# ---- a gathering something happens "ahead of" ----------------------------------------------------
def test_a_summit_named_in_an_ahead_of_phrase_is_planned(facts_of):
    facts = facts_of("The new tariffs were announced ahead of Friday's 19th EU-Moldova summit in Chisinau, "
                     "which officials said will settle the trade dispute.")
    assert one(facts, "European Union", "MET_WITH", "Moldova").modality.value == "planned"


def test_a_summit_the_leaders_held_is_still_asserted(facts_of):
    facts = facts_of("The new tariffs were announced after Friday's 19th EU-Moldova summit in Chisinau.")
    assert one(facts, "European Union", "MET_WITH", "Moldova").modality.value == "asserted"


# ---- a progressive dated by "today" ---------------------------------------------------------------
def test_a_meeting_in_the_progressive_today_is_an_arrangement(facts_of):
    facts = facts_of("A statement from the presidency said the Ghanaian leader Kofi Mensah Boateng is "
                     "meeting with Ivorian Prime Minister Alain Kouassi today in Abidjan.")
    assert one(facts, "Kofi Mensah Boateng", "MET_WITH", "Alain Kouassi").modality.value == "planned"


def test_a_meeting_in_the_past_today_is_told(facts_of):
    facts = facts_of("The Ghanaian leader Kofi Mensah Boateng met with Ivorian Prime Minister Alain Kouassi "
                     "today in Abidjan.")
    assert one(facts, "Kofi Mensah Boateng", "MET_WITH", "Alain Kouassi").modality.value == "asserted"


# ---- a title set off by commas before its holder, inside a relative clause ----------------------
def test_the_holder_after_a_commaed_title_in_a_relative_clause_met_the_guest(facts_of):
    facts = facts_of("Burkina Faso's leader Ibrahim Sawadogo arrived in Accra last night. A government "
                     "statement said Sawadogo, who was welcomed at the airport in Accra last night by Minister "
                     "for External Relations and Regional Integration, Senator Ama Owusu, and other officials, "
                     "will hold talks with President Kwame Asante on Monday.",
                     published=dt.date(2023, 6, 10))
    one(facts, "Ibrahim Sawadogo", "MET_WITH", "Ama Owusu")
    assert not find(facts, "Ama Owusu", "MET_WITH", "Kwame Asante")
    assert not find(facts, "Kwame Asante", "MET_WITH", "Ama Owusu")


# ---- "the guest" for the one person told arriving ------------------------------------------------
def test_the_guest_is_the_one_person_told_arriving(facts_of):
    facts = facts_of("Former Georgian premier Levan Beridze came to Yerevan on June 3, 2019. Official "
                     "releases say that on June 4 the distinguished guest met and held talks with Armenian "
                     "President Armen Sarkissian.",
                     published=dt.date(2019, 6, 7))
    one(facts, "Levan Beridze", "MET_WITH", "Armen Sarkissian")


def test_the_guest_is_unread_with_two_persons_told_arriving(facts_of):
    facts = facts_of("Estonian Minister Kaja Tamm and Latvian Minister Ivars Ozols arrived in Vilnius on "
                     "Monday. The guest met Lithuanian President Gitanas Rimkus.")
    assert not find(facts, "Kaja Tamm", "MET_WITH", "Gitanas Rimkus")
    assert not find(facts, "Gitanas Rimkus", "MET_WITH", "Kaja Tamm")
    assert not find(facts, "Ivars Ozols", "MET_WITH", "Gitanas Rimkus")
    assert not find(facts, "Gitanas Rimkus", "MET_WITH", "Ivars Ozols")
