"""Name boundaries fresh real news showed in stop 34, each in phrasings of our own.

- "His Highness the Amir Sheikh X": a word set between "the" and a form of address is a title,
  not the first part of the name (Gulf court copy writes "the Amir" where lists say "Emir"); "the
  Amir" alone is the post, never a known person who bears that word as a name;
- "Yang di-Pertuan Agong X": the hyphen inside a title word written with one is part of the
  title, so the whole title comes off the front of the name;
- "Chief Minister Sardar X": "Sardar" is a form of address of Pakistani and Indian usage, no part
  of the name.

Sentences and persons are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


# ---- a title between "the" and a form of address --------------------------------------------------
def test_title_after_the_before_a_form_of_address(facts_of):
    facts = facts_of("His Highness the Amir Sheikh Khalid bin Saad Al Mansoori received Kenyan envoy Peter "
                     "Mwangi at the Amiri Diwan on Monday.", published=dt.date(2022, 3, 9))
    one(facts, "Khalid bin Saad Al Mansoori", "MET_WITH", "Peter Mwangi")


def test_title_after_the_before_a_form_of_address_known_person(facts_of):
    facts = facts_of("His Highness the Amir Sheikh Tamim bin Hamad Al Thani on Sunday met the visiting Kenyan "
                     "foreign minister at the Amiri Diwan on Monday.", published=dt.date(2022, 3, 9))
    one(facts, "Tamim bin Hamad Al Thani", "MET_WITH", "Kenya")
    assert not [f for f in facts if f.subject.startswith("Amir") or f.object.startswith("Amir")], facts


def test_the_amir_alone_is_no_known_namesake(facts_of):
    facts = facts_of("His Highness the Amir Sheikh Nasser Al-Fahad Al-Sabah congratulated in a cable yesterday the "
                     "new mayor. His Highness the Amir also received Parliament Speaker Adel Al-Mutairi.",
                     published=dt.date(2022, 3, 9))
    assert not [f for f in facts if "Hatami" in f.subject or "Hatami" in f.object], \
        [(f.subject, f.relation, f.object) for f in facts]


# ---- a title word written with a hyphen --------------------------------------------------------------
def test_hyphenated_title_comes_off_the_name(facts_of):
    facts = facts_of("Yang di-Pertuan Agong Al-Sultan Rahim Ri'ayat Shah granted an audience to visiting "
                     "Fijian Prime Minister Josefa Ravuka at the palace on Tuesday.", published=dt.date(2023, 8, 2))
    one(facts, "Al-Sultan Rahim Ri'ayat Shah", "MET_WITH", "Josefa Ravuka")
    assert not find(facts, "-Pertuan Agong Al-Sultan Rahim Ri'ayat Shah", "MET_WITH", "Josefa Ravuka")


# ---- "Sardar" ------------------------------------------------------------------------------------------
def test_sardar_is_a_form_of_address(facts_of):
    facts = facts_of("Sindh Chief Minister Sardar Karim Jamali called on Prime Minister Nadeem Qaiser in "
                     "Islamabad on Monday.", published=dt.date(2021, 3, 10))
    one(facts, "Karim Jamali", "MET_WITH", "Nadeem Qaiser")


def test_sardar_before_a_speaker_after_his_title(facts_of):
    facts = facts_of("The Dutch ambassador met Speaker National Assembly Sardar Imtiaz Hussain Wattoo at "
                     "Parliament House on Tuesday.", published=dt.date(2021, 3, 10))
    assert [f for f in facts if f.relation == "MET_WITH" and "Imtiaz Hussain Wattoo" in (f.subject, f.object)], \
        [(f.subject, f.relation, f.object) for f in facts]
    assert not [f for f in facts if "Sardar" in f.subject or "Sardar" in f.object]
