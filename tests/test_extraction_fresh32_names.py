"""Names and entity types fresh real news showed in stop 32, each in phrasings of our own.

- "TBILISI/YEREVAN (Reuters) –": a wire dateline filed from two places joined by a slash is cut
  like any other; its agency is no actor of the sentence after it;
- "X's deputy U.N. envoy, Name,": an envoy to an organisation, in apposition after a state's
  possessive, serves the state that sends him (the body is his posting, not the state's own);
- "the X Coast Guard fired at ...": a state's named service written with the state's name (not
  its demonym) acts for the state; the service is no person;
- "[Ahmad Tejan] [Kabbah]": a family name the model took for a place, that the given names
  before it modify, is the rest of the person's name;
- "His Excellency A B C D-E": a hyphened family name in capitals closes a name of four words;
- "Gerhard Schroeder": the article's spelling of a known name with its umlaut written out is the
  name its facts show.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from ingest.cleaning import clean_article
from schemas.names import fold_name
from tests.facts import find, one


# ---- datelines filed from two places ------------------------------------------------------------
def test_two_place_dateline_is_cut():
    cleaned = clean_article("TBILISI/YEREVAN (Reuters) – Georgia and Armenia traded blame on Sunday "
                            "for the closure of the border crossing.")
    assert cleaned.text.startswith("Georgia and Armenia")
    assert cleaned.dateline == "TBILISI/YEREVAN"


def test_agency_of_a_two_place_dateline_is_no_actor(facts_of):
    cleaned = clean_article("TBILISI/YEREVAN (Reuters) – Georgia and Armenia accused each other on "
                            "Sunday of shelling border villages.")
    facts = facts_of(cleaned.text, published=dt.date(2021, 5, 10))
    assert not [f for f in facts if "reuters" in (fold_name(f.subject), fold_name(f.object))]
    one(facts, "Georgia", "CONDEMNED", "Armenia")


# ---- an envoy to an organisation serves his state -----------------------------------------------
def test_possessive_state_deputy_un_envoy_in_apposition(facts_of):
    facts = facts_of("Peru's deputy UN envoy, Carla Mendez, told the council on Monday that the "
                     "blockade must end.", published=dt.date(2022, 3, 11))
    fact = one(facts, "Carla Mendez", "HOLDS_ROLE", "Peru")
    assert "envoy" in fact.title.lower()
    assert not find(facts, "Carla Mendez", "HOLDS_ROLE", "United Nations")


def test_possessive_state_un_ambassador_in_apposition(facts_of):
    facts = facts_of("Chile's U.N. ambassador, Tomas Vidal, condemned the missile launch on Monday.",
                     published=dt.date(2022, 3, 11))
    one(facts, "Tomas Vidal", "HOLDS_ROLE", "Chile")
    assert not find(facts, "Tomas Vidal", "HOLDS_ROLE", "United Nations")


def test_a_party_spokesman_after_a_possessive_stays_the_party_s(facts_of):
    facts = facts_of("Turkey's ruling AK Party spokesman, Omer Celik, said on Monday that the vote "
                     "would go ahead.", published=dt.date(2022, 3, 11))
    assert not find(facts, "Omer Celik", "HOLDS_ROLE", "Turkey")


# ---- a state's named service --------------------------------------------------------------------
def test_state_named_coast_guard_acts_for_the_state(facts_of):
    facts = facts_of("The Japan Coast Guard fired warning shots at a North Korean fishing boat on "
                     "Sunday.", published=dt.date(2019, 8, 30))
    one(facts, "Japan", "ATTACKED", "North Korea")
    assert not [f for f in facts if fold_name(f.subject) == "coast guard"]


def test_state_named_coast_guard_as_subject_of_a_clause(facts_of):
    facts = facts_of("Manila lodged a protest after the China Coast Guard fired water cannon at a Philippine "
                     "fishing boat near the shoal.", published=dt.date(2023, 8, 7))
    one(facts, "China", "ATTACKED", "Philippines")
    assert not [f for f in facts if f.subject_type == "Person" and "guard" in fold_name(f.subject)]


# ---- names cut short ----------------------------------------------------------------------------
def test_family_name_taken_for_a_place_joins_the_name(facts_of):
    facts = facts_of("President Ahmad Tejan Kabbah flew to Conakry on Friday for talks with Guinean "
                     "leader Lansana Conte.", published=dt.date(1998, 3, 6))
    one(facts, "Ahmad Tejan Kabbah", "VISITED", "Conakry")
    assert not [f for f in facts if fold_name(f.subject) == "ahmad tejan"]


def test_hyphened_capitals_family_name_closes_a_four_word_name(facts_of):
    facts = facts_of("Foreign Minister Kenji Sato of Japan held talks on Monday with His Excellency Kwame "
                     "Osei Mensah BOATENG-ASANTE, who is on an official visit to Japan.",
                     published=dt.date(2023, 12, 12))
    one(facts, "Kenji Sato", "MET_WITH", "Kwame Osei Mensah Boateng-Asante")
    one(facts, "Kwame Osei Mensah Boateng-Asante", "VISITED", "Japan")
    assert not [f for f in facts if fold_name(f.subject) == "kwame osei mensah boateng"]


# ---- umlauts written out ------------------------------------------------------------------------
def test_umlaut_written_out_keeps_the_article_s_spelling(facts_of):
    facts = facts_of("German Chancellor Gerhard Schroeder arrived in Paris on Monday for a working "
                     "dinner at the Elysee.", published=dt.date(2001, 6, 8))
    one(facts, "Gerhard Schroeder", "HOLDS_ROLE", "Germany")
    one(facts, "Gerhard Schroeder", "VISITED", "Paris")


def test_umlaut_spelling_as_the_gazetteer_writes_it_stays(facts_of):
    facts = facts_of("German Chancellor Gerhard Schröder arrived in Paris on Monday for a working "
                     "dinner at the Elysee.", published=dt.date(2001, 6, 8))
    one(facts, "Gerhard Schröder", "VISITED", "Paris")


# ---- forms of address before a name --------------------------------------------------------------
def test_don_before_one_name_word_is_a_given_name(facts_of):
    facts = facts_of("Thai Foreign Minister Don Pramudwinai met his Lao counterpart Saleumxay "
                     "Kommasith in Vientiane on Tuesday.", published=dt.date(2019, 5, 10))
    one(facts, "Don Pramudwinai", "HOLDS_ROLE", "Thailand")
    assert not [f for f in facts if fold_name(f.subject) == "pramudwinai"]


def test_possessive_state_foreign_minister_named_don(facts_of):
    facts = facts_of("Officials met New Zealand's Trade Minister Don Fraser in Auckland on Friday.",
                     published=dt.date(1999, 7, 26))
    one(facts, "Don Fraser", "HOLDS_ROLE", "New Zealand")


def test_ayatollah_and_seyyed_are_no_part_of_the_name(facts_of):
    facts = facts_of("The Syrian president met with Supreme Leader Ayatollah Seyyed Ali Khamenei in "
                     "Tehran on Monday.", published=dt.date(2019, 2, 27))
    assert [f for f in facts if f.relation == "MET_WITH" and "Ali Khamenei" in (f.subject, f.object)]
    assert not [f for f in facts if "ayatollah" in fold_name(f.subject) + " " + fold_name(f.object)]


def test_grand_ayatollah_before_a_particle_name(facts_of):
    facts = facts_of("Iraqi Prime Minister Haider al-Abadi met Grand Ayatollah Ali al-Sistani in Najaf "
                     "on Monday.", published=dt.date(2017, 5, 1))
    one(facts, "Haider al-Abadi", "MET_WITH", "Ali al-Sistani")


def test_ayatollah_before_one_name_word_stays_with_it(facts_of):
    facts = facts_of("Iranian President Hassan Rouhani met Ayatollah Sistani in Najaf on Wednesday.",
                     published=dt.date(2019, 3, 14))
    one(facts, "Hassan Rouhani", "MET_WITH", "Ayatollah Sistani")


# ---- a body named before a person's title -------------------------------------------------------
def test_body_before_a_title_owns_no_trip(facts_of):
    facts = facts_of("China sharply denounced the visit of U.S. House of Representatives Speaker Mary "
                     "Holt to the island.", published=dt.date(2022, 8, 3))
    assert not [f for f in facts if f.relation == "CONDEMNED" and "house" in fold_name(f.object)]


# ---- a state's formal name ----------------------------------------------------------------------
def test_formal_name_of_vietnam_before_a_name(facts_of):
    facts = facts_of("State President of the Socialist Republic of Vietnam Le Duc Minh will pay a "
                     "state visit to Laos from May 9-11.", published=dt.date(2016, 5, 6))
    one(facts, "Le Duc Minh", "HOLDS_ROLE", "Vietnam")


def test_vietnam_party_central_committee_is_the_party(facts_of):
    facts = facts_of("General Secretary of the Communist Party of Viet Nam Central Committee Le Duc Minh "
                     "will pay a state visit to Laos from May 9-11.", published=dt.date(2016, 5, 6))
    one(facts, "Le Duc Minh", "HOLDS_ROLE", "Communist Party of Vietnam")


# ---- a plural name's curly possessive -----------------------------------------------------------
def test_curly_possessive_of_a_plural_group_before_a_title(facts_of):
    facts = facts_of("Thousands mourned at the burial of the Houthis’ political chief Ali al-Hamdani on "
                     "Saturday.", published=dt.date(2018, 4, 28))
    one(facts, "Ali al-Hamdani", "HOLDS_ROLE", "Houthis")


# ---- a portfolio list in an apposition after the name -------------------------------------------
def test_comma_portfolio_list_after_the_name(facts_of):
    facts = facts_of("The envoy held talks with Mark Tulloch, minister of Energy, Mines and Tourism of "
                     "Fiji, on Monday afternoon.", published=dt.date(2000, 8, 21))
    one(facts, "Mark Tulloch", "HOLDS_ROLE", "Fiji")
