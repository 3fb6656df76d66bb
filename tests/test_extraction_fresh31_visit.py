"""Visit and aid constructions fresh real news showed in stop 31, each in phrasings of our own.

- "donated $2 million to Ruritania Federal Government": a state's name then its organ ("Federal
  Government") that the model took as one body is the state, not a state and a person;
- "handed over equipment worth X to Y", "gifted a vessel worth X to Y": the small parser may
  hang "worth" on the verb as a clause of its own; its phrase "to Y" is still the gift's;
- "On the invitation of X, Minister Y visited Z": with no "and" the small parser takes the
  subject after the fronted phrase's comma for a conjunct of the fronted phrase's last name;
- "Visiting X in July, the president said ...": a sentence-initial participle the small model
  took for a name (capitalised) is the verb it is;
- "This is her third trip since she was sworn in after visiting X": the subject pronoun of a
  subordinate passive clause, in a sentence naming nobody, is the one person named just before,
  and the participle's subject is that clause's own subject;
- "Syria's Russian ally", "our Latvian allies": a relational noun a possessor owns stands for the
  state named as its modifier (the possessor is the other side);
- "the Iran-allied X": the name joined by a hyphen to "allied" is X's ally ("-backed" is not);
- "provided relief to flood victims in X": the people's "in" phrase the small parser hung on the
  verb still says where the people aid reaches are;
- "During her visit to X, Minister Y, on Tuesday met Z": a comma-set adjunct of the verb between
  the subject the parser hung on the fronted phrase and the verb leaves that subject the verb's;
- the city wire copy calls "New York" is named so (curated/cities.json names; "New York City" and
  "NYC" stay its aliases);
- "as the Japanese foreign minister met her": a role description after the conjunction "as" is a
  reference to the holder ("sworn in as X's president" stays a post);
- "The visit by the Thai PM X to Y": a phrase of an event noun the parser left on the noun's
  appositive name is the noun's.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import WIRE_DAY, find, one


# ---- a state's name then its organ -------------------------------------------------------------
def test_state_name_then_federal_government(facts_of):
    facts = facts_of("Japan has on Tuesday donated $2 million to Ethiopia Federal Government to "
                     "support drought relief.", published=WIRE_DAY)
    one(facts, "Japan", "AIDED", "Ethiopia")
    assert not [f for f in facts if f.object == "Federal Government" or f.subject == "Federal Government"]


# ---- "worth" hung on the verb -----------------------------------------------------------------
def test_gifted_a_vessel_worth_a_sum_to_a_state(facts_of):
    facts = facts_of("Japan on Monday formally gifted a coastal patrol boat worth 30 million yen to "
                     "Fiji at a ceremony in Suva.", published=WIRE_DAY)
    one(facts, "Japan", "AIDED", "Fiji")


def test_handed_over_goods_worth_a_sum_to_a_government(facts_of):
    facts = facts_of("Bangladesh handed over medical supplies worth Tk 40 million to the Nepali "
                     "government on Wednesday.", published=WIRE_DAY)
    one(facts, "Bangladesh", "AIDED", "Nepal")


# ---- a lone subject hung on a fronted phrase ----------------------------------------------------
def test_on_the_invitation_of_x_titled_y_visited(facts_of):
    facts = facts_of("On the invitation of the Kenyan Foreign Minister Musalia Mudavadi, Ugandan "
                     "Foreign Minister General Jeje Odongo visited Nairobi for two days.", published=WIRE_DAY)
    one(facts, "Jeje Odongo", "VISITED", "Nairobi")
    assert not find(facts, "Musalia Mudavadi", "VISITED", "Nairobi")


# ---- a capitalised sentence-initial participle --------------------------------------------------
def test_visiting_a_city_first_word_of_the_sentence(facts_of):
    facts = facts_of("Visiting Lome in May 2023, the French president pledged his country's help "
                     "to Togo.", published=dt.date(2024, 2, 1))
    one(facts, "Emmanuel Macron", "VISITED", "Lome")


# ---- a subordinate clause's pronoun and its participle ------------------------------------------
def test_since_she_was_sworn_in_after_visiting(facts_of):
    facts = facts_of("Ruritanian Foreign Minister Anna Kovacs has praised her talks in Botswana. "
                     "This is a fourth foreign trip since she was sworn in on 2 May after visiting "
                     "Namibia and Angola.", published=WIRE_DAY)
    one(facts, "Anna Kovacs", "VISITED", "Namibia")
    one(facts, "Anna Kovacs", "VISITED", "Angola")


# ---- a possessed ally noun with a state modifier -------------------------------------------------
def test_possessor_and_its_demonym_ally(facts_of):
    facts = facts_of("The shelling was blamed on Belarus's Russian ally by the monitors.", published=WIRE_DAY)
    one(facts, "Russia", "ALLIED_WITH", "Belarus")


def test_our_demonym_allies_said_by_a_minister(facts_of):
    facts = facts_of("Canadian Defence Minister Bill Blair pledged on Monday to \"stand with our Latvian "
                     "allies\" in a call with his counterpart.", published=WIRE_DAY)
    one(facts, "Canada", "ALLIED_WITH", "Latvia")


def test_ally_with_a_demonym_and_no_possessor_is_unchanged(facts_of):
    facts = facts_of("Norway, a NATO ally, hosted the drills.", published=WIRE_DAY)
    assert not find(facts, "NATO", "ALLIED_WITH", "NATO")


# ---- a hyphen-joined "allied" ---------------------------------------------------------------------
def test_state_allied_group(facts_of):
    facts = facts_of("The Iran-allied Hezbollah fired rockets at northern towns on Sunday.", published=WIRE_DAY)
    one(facts, "Iran", "ALLIED_WITH", "Hezbollah")


def test_demonym_allied_group(facts_of):
    facts = facts_of("On Tuesday, the Iranian-allied Houthis seized a cargo ship in the Red Sea.", published=WIRE_DAY)
    one(facts, "Iran", "ALLIED_WITH", "Houthis")


def test_backed_is_not_allied(facts_of):
    facts = facts_of("The Iran-backed Houthis seized a cargo ship in the Red Sea.", published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "ALLIED_WITH"]


# ---- people aid reaches, their "in" phrase hung on the verb -------------------------------------
def test_provided_relief_to_victims_in_a_state(facts_of):
    facts = facts_of("Bhutan has provided relief goods to the flood victims in Nepal.", published=WIRE_DAY)
    one(facts, "Bhutan", "AIDED", "Nepal")


def test_in_phrase_of_the_people_hung_on_the_verb(facts_of):
    facts = facts_of("Kenya has donated relief materials to affected victims in Uganda.", published=WIRE_DAY)
    one(facts, "Kenya", "AIDED", "Uganda")


def test_donated_tents_to_survivors_in_a_city(facts_of):
    facts = facts_of("Japan donated tents to earthquake survivors in Kathmandu on Monday.", published=WIRE_DAY)
    one(facts, "Japan", "AIDED", "Nepal")


def test_refugees_named_for_another_state_are_not_the_host(facts_of):
    facts = facts_of("Japan donated tents to Syrian refugees in Jordan on Monday.", published=WIRE_DAY)
    assert not find(facts, "Japan", "AIDED", "Jordan")


# ---- a lone subject hung on a fronted phrase, a set-off adjunct before the verb ------------------
def test_fronted_visit_then_subject_then_set_off_day(facts_of):
    facts = facts_of("On the second day of her four-day visit to Hanoi, Vietnam, Foreign Minister Penny "
                     "Wong, on Tuesday met her Thai counterpart Maris Sangiampongsa.", published=WIRE_DAY)
    assert find(facts, "Penny Wong", "VISITED", "Hanoi")
    one(facts, "Penny Wong", "MET_WITH", "Maris Sangiampongsa")


# ---- the city as wire copy names it ----------------------------------------------------------------
def test_new_york_is_the_city_named_as_wire_copy_names_it(facts_of):
    facts = facts_of("Armenian Prime Minister Nikol Pashinyan arrived in New York on Monday for the "
                     "annual UN General Assembly session.", published=WIRE_DAY)
    assert find(facts, "Nikol Pashinyan", "VISITED", "New York")
    assert not [f for f in facts if f.object == "New York City"]


# ---- a role description after the conjunction "as" ------------------------------------------------
def test_description_subject_after_conjunction_as(facts_of):
    facts = facts_of("The two will meet again next month, as the Japanese foreign minister met her during "
                     "his trip to Seoul in March.", published=dt.date(2023, 6, 1))
    assert find(facts, "Yoshimasa Hayashi", "VISITED", "Seoul")


def test_sworn_in_as_a_post_is_still_no_reference(facts_of):
    facts = facts_of("Ruto was sworn in as Kenya's president in Nairobi.", published=dt.date(2023, 6, 1))
    assert not [f for f in facts if f.relation == "VISITED"]


# ---- an event noun's phrase left on its appositive name --------------------------------------------
def test_visit_by_a_person_set_off_as_appositive(facts_of):
    facts = facts_of("The visit by the Thai PM Srettha Thavisin to Laos, began May 2, is the first from "
                     "Thailand in ten years.", published=dt.date(2024, 5, 4))
    one(facts, "Srettha Thavisin", "VISITED", "Laos")
