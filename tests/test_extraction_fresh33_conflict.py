"""Attacks, sanctions and censure fresh real news showed in stop 33, each in phrasings of our own.

- "countermeasures" imposed on, taken or announced against someone are sanctions (the word
  Beijing and Moscow use for theirs); flares an aircraft releases are not;
- "flights were halted when X invaded Y", "did not protest when X shelled Y": a when-clause is an
  event of its own, which the negation or negating verb above it does not reach;
- "called her counterpart a liar", "branded him a hypocrite": insults of a person are censure nouns;
- "N fighters of G were killed in an airstrike conducted by X in Y": G, whom it killed, was its
  target, before the place; with no victims named the place stays the target;
- "U.S.-led forces": the tokenizer splits the dotted abbreviation off "-led" as it does "US-led",
  so the leading state acts (a maker or a backer still does not);
- "smeared and attacked China": an attack verb coordinated on one object with a verb of verbal
  censure (verbs.json themes verbal_censure) is words, no strike;
- companies often named as sanctions targets (Lockheed Martin, Raytheon, Huawei, ZTE, Rosneft...)
  are organisations of the gazetteer: the small model often misses or mistypes them.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from schemas.models import Modality
from tests.facts import one


def _sanctions(facts):
    return [(f.subject, f.object) for f in facts if f.relation == "SANCTIONED_BY"]


# ---- countermeasures are sanctions --------------------------------------------------------------
def test_countermeasures_imposed_on_firms(facts_of):
    facts = facts_of("China imposed countermeasures on three U.S. defence firms on Monday, the foreign "
                     "ministry said.", published=dt.date(2024, 3, 8))
    assert one(facts, "United States", "SANCTIONED_BY", "China").modality == Modality.ASSERTED


def test_countermeasures_on_a_named_company(facts_of):
    facts = facts_of("Beijing imposed countermeasures on the Ruritanian-based arms maker Zenda Dynamics and "
                     "its executives on Tuesday.", published=dt.date(2024, 3, 8))
    one(facts, "Zenda Dynamics", "SANCTIONED_BY", "China")


def test_countermeasures_it_would_take_are_planned(facts_of):
    facts = facts_of("Russia said on Monday it would take countermeasures against Finland.",
                     published=dt.date(2024, 3, 8))
    assert one(facts, "Finland", "SANCTIONED_BY", "Russia").modality == Modality.PLANNED


def test_flares_released_as_countermeasures_are_no_sanction(facts_of):
    facts = facts_of("The jet released flares and other countermeasures against an incoming missile over "
                     "Latakia.", published=dt.date(2024, 3, 8))
    assert not _sanctions(facts), facts


# ---- a when-clause under a negation or a negating head is an event of its own -------------------
def test_flights_halted_when_a_ruler_invaded(facts_of):
    facts = facts_of("Flights were halted in 1983 when the late Muammar Gaddafi invaded Chad.",
                     published=dt.date(2024, 3, 8))
    # (roles.json knows him as Libya's leader of the time: a leader's act of war is his state's)
    assert one(facts, "Libya", "ATTACKED", "Chad").modality == Modality.ASSERTED


def test_no_protest_when_forces_shelled_a_city(facts_of):
    facts = facts_of("Moscow did not protest when Ukrainian forces shelled Donetsk.", published=dt.date(2024, 3, 8))
    assert one(facts, "Ukraine", "ATTACKED", "Donetsk").modality == Modality.ASSERTED


def test_a_refused_attack_stays_negated(facts_of):
    facts = facts_of("Kenya refused to attack Somalia when the envoys met in Nairobi.", published=dt.date(2024, 3, 8))
    assert one(facts, "Kenya", "ATTACKED", "Somalia").modality == Modality.NEGATED


# ---- "called X a liar": insults of a person are censure nouns -----------------------------------
def test_called_a_counterpart_a_liar(facts_of):
    facts = facts_of("Chilean Foreign Minister Ana Ruiz called her Peruvian counterpart, Jose Vera, a "
                     "\"shameless liar\" on Monday.", published=dt.date(2024, 3, 8))
    one(facts, "Ana Ruiz", "CONDEMNED", "Jose Vera")


def test_branded_a_prime_minister_a_hypocrite(facts_of):
    facts = facts_of("Bolivian President Luis Arce branded Peruvian Prime Minister Jose Vera a hypocrite on "
                     "Tuesday.", published=dt.date(2024, 3, 8))
    one(facts, "Luis Arce", "CONDEMNED", "Jose Vera")


def test_called_a_president_a_friend_is_no_censure(facts_of):
    facts = facts_of("Chilean Foreign Minister Ana Ruiz called Peruvian President Jose Vera a trusted friend "
                     "on Monday.", published=dt.date(2024, 3, 8))
    assert not [f for f in facts if f.relation == "CONDEMNED"], facts


# ---- those killed in an air strike a participle credits to X were its target -------------------
def test_killed_in_an_airstrike_conducted_by_forces_in_a_region(facts_of):
    facts = facts_of("Five Taliban commanders were killed in an airstrike conducted by American drones in "
                     "eastern Afghanistan.", published=dt.date(2024, 3, 8))
    one(facts, "United States", "ATTACKED", "Taliban")


def test_died_in_an_airstrike_conducted_by_jets_in_a_region(facts_of):
    facts = facts_of("Several al-Shabaab commanders died in an airstrike conducted by Kenyan jets in southern "
                     "Somalia.", published=dt.date(2024, 3, 8))
    one(facts, "Kenya", "ATTACKED", "al-Shabaab")


def test_airstrikes_with_no_victims_named_hit_the_place(facts_of):
    facts = facts_of("US forces carried out airstrikes in Kunduz on Monday.", published=dt.date(2024, 3, 8))
    one(facts, "United States", "ATTACKED", "Kunduz")


# ---- "U.S.-led" is "U.S." + "-led", as "US-led" is --------------------------------------------
def test_dotted_abbreviation_led_forces_act_for_the_state(facts_of):
    facts = facts_of("U.S.-led forces shelled Raqqa on Monday.", published=dt.date(2024, 3, 8))
    one(facts, "United States", "ATTACKED", "Raqqa")


def test_dotted_abbreviation_made_weapons_are_not_the_maker_attacking(facts_of):
    facts = facts_of("Ukraine fired U.S.-made missiles at Belgorod on Monday.", published=dt.date(2024, 3, 8))
    one(facts, "Ukraine", "ATTACKED", "Belgorod")
    assert not [f for f in facts if f.relation == "ATTACKED" and f.subject == "United States"], facts


def test_dotted_abbreviation_backed_fighters_are_not_the_backer(facts_of):
    facts = facts_of("U.S.-backed Kurdish fighters attacked Raqqa on Monday.", published=dt.date(2024, 3, 8))
    assert not [f for f in facts if f.relation == "ATTACKED" and f.subject == "United States"], facts


# ---- "smeared and attacked X": a verbal attack, coordinated with a censure on one object ---------
def test_smeared_and_attacked_is_no_strike(facts_of):
    facts = facts_of("Chile said Peru and Bolivia had smeared and attacked Chile at the summit in Lima.",
                     published=dt.date(2024, 3, 8))
    assert not [f for f in facts if f.relation == "ATTACKED"], facts


def test_a_statement_that_attacks_and_smears_is_no_strike(facts_of):
    facts = facts_of("Beijing said the joint statement by Chile and Peru attacks and smears China.",
                     published=dt.date(2024, 3, 8))
    assert not [f for f in facts if f.relation == "ATTACKED"], facts


def test_attacked_one_and_accused_another_stays_an_attack(facts_of):
    facts = facts_of("Russia attacked Ukraine and accused it of shelling Donetsk.", published=dt.date(2024, 3, 8))
    one(facts, "Russia", "ATTACKED", "Ukraine")


def test_attacked_and_destroyed_positions_stays_an_attack(facts_of):
    facts = facts_of("Israeli jets attacked and destroyed Hamas positions in Gaza on Monday.",
                     published=dt.date(2024, 3, 8))
    one(facts, "Israel", "ATTACKED", "Hamas")


# ---- companies often named as sanctions targets are names the extractor knows -------------------
def test_sanctions_on_two_defence_contractors(facts_of):
    facts = facts_of("Beijing slapped sanctions on Raytheon and Lockheed Martin on Friday over a Taiwan arms deal.",
                     published=dt.date(2024, 3, 8))
    one(facts, "Raytheon", "SANCTIONED_BY", "China")
    one(facts, "Lockheed Martin", "SANCTIONED_BY", "China")


def test_blacklisting_two_telecoms_firms(facts_of):
    facts = facts_of("Washington blacklisted Huawei and ZTE in May, the Commerce Department said.",
                     published=dt.date(2024, 3, 8))
    one(facts, "Huawei", "SANCTIONED_BY", "United States")
    one(facts, "ZTE", "SANCTIONED_BY", "United States")


def test_asset_freeze_on_an_oil_company(facts_of):
    facts = facts_of("The European Union froze the assets of Rosneft on Tuesday.", published=dt.date(2024, 3, 8))
    one(facts, "Rosneft", "SANCTIONED_BY", "European Union")


# ---- the target in an on/against phrase the parser hung on the support verb ------------------------
def test_strikes_carried_out_on_an_armed_group(facts_of):
    # "carried out ... on X": the parser hangs the phrase on the verb, not on "strikes"
    facts = facts_of("Pakistan carried out air strikes on the Taliban.", published=dt.date(2023, 3, 2))
    one(facts, "Pakistan", "ATTACKED", "Taliban")


def test_the_group_struck_comes_before_the_place_it_was_struck_in(facts_of):
    facts = facts_of("Turkey conducted air strikes on Thursday against the PKK in northern Iraq.",
                     published=dt.date(2023, 3, 2))
    one(facts, "Turkey", "ATTACKED", "Kurdistan Workers' Party")


def test_on_behalf_of_names_no_target(facts_of):
    facts = facts_of("The militia carried out attacks on behalf of Iran, the report said.",
                     published=dt.date(2023, 3, 2))
    assert not [f for f in facts if f.relation == "ATTACKED" and f.object == "Iran"]
