"""Restrictive measures as sanctions, and undated facts beside a span the news is measured by,
probed in phrasings of our own at stop 35.

- "imposed export curbs / export controls / visa restrictions / new restrictions on X" is a
  sanction as "imposed a travel ban on X" is (verbs.json nouns restriction, curb, control; the
  restriction frame); a restriction on a people ("on Ruritanians", "on the entry of Ruritanian
  pilgrims") is a measure of travel or worship, no sanction on its state (populace_nouns);
  "export controls" with no target, and "tariffs", stay no sanction;
- "is mulling / weighing sanctions on X" is a plan, not an act (modality.json planned_heads);
- "a new era", "the first talks in more than a decade" do not make a dated article's meeting
  undated: the span is what the news is measured by or opens, not a past the sentence tells of
  (temporal.json measure_spans); "ruled for a decade" and "during the last decade" still do.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_export_curbs_imposed_on_a_state(facts_of):
    facts = facts_of("Canada imposed export curbs on Belarus after the disputed vote.",
                     published=dt.date(2021, 6, 10))
    one(facts, "Belarus", "SANCTIONED_BY", "Canada")


def test_export_controls_imposed_on_a_state(facts_of):
    facts = facts_of("South Korea on Tuesday imposed export controls on Iran over its missile work.",
                     published=dt.date(2023, 3, 8))
    one(facts, "Iran", "SANCTIONED_BY", "South Korea")


def test_visa_restrictions_on_a_states_officials(facts_of):
    facts = facts_of("Britain placed visa restrictions on Zimbabwean officials accused of rigging the poll.",
                     published=dt.date(2019, 2, 1))
    one(facts, "Zimbabwe", "SANCTIONED_BY", "United Kingdom")


def test_new_restrictions_on_a_states_firms(facts_of):
    facts = facts_of("Australia announced new restrictions on Russian shipping firms on Monday.",
                     published=dt.date(2022, 4, 4))
    one(facts, "Russia", "SANCTIONED_BY", "Australia")


def test_restrictions_on_a_people_are_no_sanction(facts_of):
    facts = facts_of("The authorities imposed restrictions on Ukrainian pilgrims entering the shrine.",
                     published=dt.date(2022, 4, 4))
    assert not [f for f in facts if f.relation == "SANCTIONED_BY"], facts


def test_export_controls_with_no_target_are_no_sanction(facts_of):
    facts = facts_of("Vietnam imposed export controls on rare earths last year.",
                     published=dt.date(2024, 1, 9))
    assert not [f for f in facts if f.relation == "SANCTIONED_BY"], facts


def test_tariffs_stay_no_sanction(facts_of):
    facts = facts_of("Mexico imposed tariffs on Chinese steel on Friday.",
                     published=dt.date(2024, 1, 9))
    assert not [f for f in facts if f.relation == "SANCTIONED_BY"], facts


def test_mulling_sanctions_is_a_plan(facts_of):
    facts = facts_of("Tokyo is reportedly mulling sanctions on North Korean shipping firms.",
                     published=dt.date(2017, 9, 5))
    found = find(facts, "North Korea", "SANCTIONED_BY", "Japan")
    assert found and all(f.modality.value == "planned" for f in found), facts


def test_a_new_era_leaves_the_meeting_in_the_articles_month(facts_of):
    facts = facts_of("Meeting Kenyan President William Ruto in Nairobi, Ugandan President Yoweri Museveni "
                     "said ties had entered a new era.", published=dt.date(2023, 11, 21))
    assert one(facts, "Yoweri Museveni", "MET_WITH", "William Ruto").date == "2023-11"


def test_the_first_talks_in_more_than_a_decade_keep_the_month(facts_of):
    facts = facts_of("Museveni's talks with Ruto were the first in more than a decade.",
                     published=dt.date(2023, 11, 21))
    assert one(facts, "Yoweri Museveni", "MET_WITH", "William Ruto").date == "2023-11"


def test_a_decade_of_rule_still_tells_the_past(facts_of):
    facts = facts_of("Museveni has ruled for decades and met Ruto twice during the last decade.",
                     published=dt.date(2023, 11, 21))
    found = find(facts, "Yoweri Museveni", "MET_WITH", "William Ruto") \
        + find(facts, "William Ruto", "MET_WITH", "Yoweri Museveni")
    assert found and all(f.date is None for f in found), facts
