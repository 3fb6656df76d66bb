"""Meeting precision on the real news of stop 51, each in phrasings of our own.

- a news outlet is no party to a meeting (nor to any fact but its journalists' posts): besides
  the gazetteer's outlet kinds (mentions.json outlet_kinds), an organisation the gazetteer does
  not know whose name has a word of an outlet's own name (mentions.json outlet_name_words: "TV",
  "Radio", "News", ...) is an outlet too: a spokesman who "told X TV in a phone call", the
  credit "A's meeting with B, Y News reported". An organisation of another name stays a party.

Sentences and outlet names are our own; articles are dated as each test says."""
import datetime as dt


def _met(facts):
    return [f for f in facts if f.relation == "MET_WITH"]


def _sides(facts):
    return {n for f in _met(facts) for n in (f.subject, f.object)}


# ---- an outlet a speaker talks to, or the outlet that reports the meeting ----------------------
def test_the_station_a_spokesman_told_by_phone_is_no_party(facts_of):
    facts = facts_of("Hezbollah spokesman Hassan Fadlallah told Cedar Coast TV in a brief phone call that "
                     "the strikes had killed five.", published=dt.date(2024, 10, 2))
    assert "Cedar Coast TV" not in _sides(facts), _met(facts)


def test_the_radio_a_spokesman_spoke_with_by_phone_is_no_party(facts_of):
    facts = facts_of("Kataib Hezbollah spokesman Abu Ali al-Askari said in a phone call with Harbour "
                     "City Radio that the raid killed ten.", published=dt.date(2024, 2, 3))
    assert "Harbour City Radio" not in _sides(facts), _met(facts)


def test_the_outlet_credited_after_a_meeting_is_no_party(facts_of):
    facts = facts_of("Nothing could derail Prime Minister Anthony Albanese's meeting with Indonesian "
                     "President Prabowo Subianto, Pacific Star News reported.",
                     published=dt.date(2025, 5, 16))
    assert "Pacific Star News" not in _sides(facts), _met(facts)
    assert any({f.subject, f.object} == {"Anthony Albanese", "Prabowo Subianto"} for f in _met(facts)), _met(facts)


# ---- guard: an unknown organisation of another name stays a party -------------------------------
def test_an_unknown_council_met_stays_a_party(facts_of):
    facts = facts_of("Foreign Minister Penny Wong held talks with the Pacific Fisheries Council in Honiara.",
                     published=dt.date(2024, 7, 1))
    assert any({f.subject, f.object} == {"Penny Wong", "Pacific Fisheries Council"} for f in _met(facts)), _met(facts)
