"""Gulf names the model cuts or runs a title into, in phrasings of our own (stop 37).

- a ruler's one-word title before a form of address ("X's Amir Sheikh A B") is the title, not the
  first word of the name, and gives the post to the name after it, as "Emir" does;
- a name of four words or more joined by particles ("A B Al-C Al-D") whose first word the model
  left untagged after a form of address is the whole name: its words are counted, not its tokens;
- a name the model began at its lineage word ("Prince [bin C bin D]") takes the given name before
  it, and a given name that is also a title's word stays a name before "bin" ("Sultan bin C");
- a name that names another father ("A bin B bin C Al D") is not the known "A bin C Al D".

The persons are invented (no office holder of these names is known to the gazetteer) except
where a test says so; sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_possessive_state_amir_with_form_of_address_holds_the_post(facts_of):
    facts = facts_of("Bahrain's Amir Sheikh Faris Al-Dawsari Al-Mannai received the Chilean trade minister "
                     "in Manama on Sunday.", published=dt.date(2022, 3, 6))
    fact = one(facts, "Faris Al-Dawsari Al-Mannai", "HOLDS_ROLE", "Bahrain")
    assert fact.title == "Emir"


def test_demonym_amir_with_form_of_address_meets_under_his_name(facts_of):
    facts = facts_of("Kuwaiti Amir Sheikh Faris Al-Dawsari Al-Mannai welcomed Peruvian President Luisa Campos "
                     "at the airport on Sunday.", published=dt.date(2022, 3, 6))
    one(facts, "Faris Al-Dawsari Al-Mannai", "MET_WITH", "Luisa Campos")
    one(facts, "Faris Al-Dawsari Al-Mannai", "HOLDS_ROLE", "Kuwait")


def test_long_name_joined_by_particles_keeps_its_first_word(facts_of):
    facts = facts_of("Oman's Foreign Minister Sheikh Badran Khalifa Al-Harthi Al-Maawali praised the new "
                     "trade agreement on Tuesday.", published=dt.date(2022, 3, 8))
    fact = one(facts, "Badran Khalifa Al-Harthi Al-Maawali", "HOLDS_ROLE", "Oman")
    assert fact.title == "Foreign Minister"


def test_long_name_meets_under_the_whole_name(facts_of):
    facts = facts_of("Qatar's Foreign Minister Sheikh Rashed Hamad Al-Kuwari Al-Nuaimi met his Chilean "
                     "counterpart in Santiago on Tuesday.", published=dt.date(2022, 3, 8))
    one(facts, "Rashed Hamad Al-Kuwari Al-Nuaimi", "VISITED", "Santiago")
    assert not find(facts, "Hamad Al-Kuwari Al-Nuaimi", "VISITED", "Santiago")


def test_name_begun_at_its_lineage_word_takes_the_given_name(facts_of):
    facts = facts_of("Prince Sultan bin Mansour bin Turki met the Peruvian foreign minister in Lima on Monday.",
                     published=dt.date(2022, 3, 7))
    one(facts, "Sultan bin Mansour bin Turki", "MET_WITH", "Peru")


def test_another_father_is_another_person(facts_of):
    # the gazetteer knows Sultan bin Abdulaziz Al Saud; this prince is a son of another father
    facts = facts_of("Prince Sultan bin Nayef bin Abdulaziz Al Saud arrived in Lima on Monday for talks "
                     "on fisheries.", published=dt.date(2022, 3, 7))
    one(facts, "Sultan bin Nayef bin Abdulaziz Al Saud", "VISITED", "Lima")


# Guard: "Amir" as a given name, with no form of address after it, stays in the name.
def test_given_name_amir_without_form_of_address_stays(facts_of):
    facts = facts_of("Israeli Defence Minister Amir Levanon arrived in Athens on Monday for talks.",
                     published=dt.date(2022, 3, 7))
    one(facts, "Amir Levanon", "VISITED", "Athens")
