"""Titles and forms of address of many traditions (docs/ERRORS.md title/role, issue 10): an
honorific between the title and the name ("Prime Minister Datuk Seri X", "Emir Sheikh X",
"Minister Dr. X") is part of neither; "President X of Ruritania" takes the state from the "of"
phrase; a state's envoy to an organisation holds the post for the state; "the Federal
Government of X" is the state. Our own sentences and invented names; articles dated Friday
8 March 2024."""

import pytest

from schemas.names import fold_name
from tests.facts import find, one


@pytest.mark.parametrize("text,person,state,title", [
    ("Malaysian Prime Minister Datuk Seri Harun Latifa visited Jakarta on Monday.",
     "Harun Latifa", "Malaysia", "Prime Minister"),
    ("Malaysian Foreign Minister Tan Sri Zulkifli Osmanov met reporters in Kuala Lumpur.",
     "Zulkifli Osmanov", "Malaysia", "Foreign Minister"),
    ("Thai Prime Minister General Somchai Wongprasert visited Vientiane on Tuesday.",
     "Somchai Wongprasert", "Thailand", "Prime Minister"),
    ("Kenyan Foreign Minister Dr. Wanjiru Kamau met reporters in Nairobi on Monday.",
     "Wanjiru Kamau", "Kenya", "Foreign Minister"),
    ("Nigerian Defence Minister Alhaji Musa Danladi visited Accra on Monday.",
     "Musa Danladi", "Nigeria", "Defense Minister"),
    ("Ugandan Trade Minister Hon Okello Mbabazi arrived in Kigali on Tuesday.",
     "Okello Mbabazi", "Uganda", "Trade Minister"),
    ("Qatari Foreign Minister Sheikh Khalid bin Rashid Al Mansouri arrived in Muscat on Tuesday.",
     "Khalid bin Rashid Al Mansouri", "Qatar", "Foreign Minister"),
    ("Thai Interior Minister Khun Anucha Srisuk met reporters in Bangkok on Monday.",
     "Anucha Srisuk", "Thailand", "Interior Minister"),
])
def test_a_form_of_address_is_neither_name_nor_title(facts_of, text, person, state, title):
    facts = facts_of(text)
    fact = one(facts, person, "HOLDS_ROLE", state)
    assert fact.title == title
    # the honorific names no one of its own
    assert all(fold_name(f.subject) == fold_name(person) for f in facts if f.relation == "HOLDS_ROLE")


def test_a_rank_that_closes_a_title_stays_in_it(facts_of):
    facts = facts_of("UN Secretary-General Antonio Guterres visited Kabul on Monday.")
    assert one(facts, "Antonio Guterres", "HOLDS_ROLE", "United Nations").title.replace("-", " ") \
        == "Secretary General"


@pytest.mark.parametrize("text,person,state", [
    ("President Amadou Diallo of Senegal travelled to Bamako on Monday.", "Amadou Diallo", "Senegal"),
    ("Prime Minister Lena Virtanen of Finland met reporters in Tallinn on Tuesday.", "Lena Virtanen", "Finland"),
])
def test_title_before_the_name_and_state_after_it(facts_of, text, person, state):
    one(facts_of(text), person, "HOLDS_ROLE", state)


def test_a_states_envoy_to_an_organisation_holds_the_post_for_the_state(facts_of):
    facts = facts_of("Ghanaian Deputy U.N. Ambassador Kwaku Asante told the council on Monday "
                     "that the troops would leave.")
    one(facts, "Kwaku Asante", "HOLDS_ROLE", "Ghana")
    assert not find(facts, "Kwaku Asante", "HOLDS_ROLE", "United Nations")


def test_the_federal_government_of_a_state_is_the_state(facts_of):
    facts = facts_of("Hamid Warsame, Prime Minister of the Federal Government of Somalia, arrived in Nairobi on Monday.")
    one(facts, "Hamid Warsame", "HOLDS_ROLE", "Somalia")


@pytest.mark.parametrize("text,person,state,title", [
    # the title and its state in an "of" phrase before the name, no comma
    ("The welcoming ceremony for the President of Kazakhstan Arman Zhaksybekov was held in Bishkek on Thursday.",
     "Arman Zhaksybekov", "Kazakhstan", "President"),
    # a description between the state and the title
    ("Kenya's reformist new Prime Minister Otieno Kamau made a visit to Kampala last week.",
     "Otieno Kamau", "Kenya", "Prime Minister"),
    # a title joined by "and" to a titled name: a post of the same state
    ("He will meet Nepalese President Bina Rai Shrestha and Vice President Hari Prasad Thapa on Monday.",
     "Hari Prasad Thapa", "Nepal", "Vice President"),
    # "whose" after a state, "its" for the one state that is a clause's subject
    ("The islands are a self-governing part of Norway, whose defence minister, Erik Dahl Haugen, had been due to visit.",
     "Erik Dahl Haugen", "Norway", "Defense Minister"),
    ("Ghana has suspended all cooperation with Togo on fishing, its president, Kofi Mensah Boateng, announced on Wednesday.",
     "Kofi Mensah Boateng", "Ghana", "President"),
])
def test_titles_whose_state_is_named_around_them(facts_of, text, person, state, title):
    assert one(facts_of(text), person, "HOLDS_ROLE", state).title == title


def test_its_with_two_subject_states_names_no_employer(facts_of):
    facts = facts_of("Ghana said and Togo agreed that the talks would resume, its president, "
                     "Kofi Mensah Boateng, announced on Wednesday.")
    assert not [f for f in facts if f.relation == "HOLDS_ROLE" and f.subject == "Kofi Mensah Boateng"]


@pytest.mark.parametrize("text", [
    "The Qatari emir met King Salman in Riyadh on Monday.",
    "Saudi King Salman received the Qatari emir in Riyadh on Monday.",
])
def test_a_ruler_known_by_one_name_holds_his_title(facts_of, text):
    """'King Salman': the gazetteer knows the name with its title; the title is read from inside
    the name, the state from the demonym or from the gazetteer's dated roles."""
    fact = one(facts_of(text), "Salman bin Abdulaziz Al Saud", "HOLDS_ROLE", "Saudi Arabia")
    assert fact.title == "King"


@pytest.mark.parametrize("text,person,state,title", [
    # a title in lower case after a possessive: "prime", "deputy" belong to it, no description
    ("Fiji's prime minister Tevita Naulivou visited Canberra on Monday.", "Tevita Naulivou", "Fiji", "Prime Minister"),
    ("Fiji's deputy prime minister Mere Tuilagi visited Canberra on Monday.",
     "Mere Tuilagi", "Fiji", "Deputy Prime Minister"),
])
def test_a_lower_case_title_after_a_possessive(facts_of, text, person, state, title):
    assert one(facts_of(text), person, "HOLDS_ROLE", state).title == title


def test_a_body_of_a_known_organisation_is_the_organisation(facts_of):
    """'ASEAN Secretariat spokesperson Name': the Secretariat is ASEAN's; the body goes into
    the title, no organisation 'ASEAN Secretariat' is made up."""
    facts = facts_of("ASEAN Secretariat spokesperson Amara Diallo spoke on Monday.")
    fact = one(facts, "Amara Diallo", "HOLDS_ROLE", "ASEAN")
    assert "Secretariat" in fact.title and "Spokesperson" in fact.title
    assert not [f for f in facts if f.relation == "HOLDS_ROLE" and f.object != "ASEAN"]


def test_a_double_title_is_two_posts(facts_of):
    """"<State>'s Prime Minister and Chairman of the <bloc body> Name": one post each."""
    facts = facts_of("Belarus's Prime Minister and Chairman of the EAEU Intergovernmental Council "
                     "Ivan Petrovich spoke on Monday.")
    assert one(facts, "Ivan Petrovich", "HOLDS_ROLE", "Belarus").title == "Prime Minister"
    bloc = one(facts, "Ivan Petrovich", "HOLDS_ROLE", "Eurasian Economic Union")
    assert bloc.title == "Chairman of the Intergovernmental Council"
    both = facts_of("Kenya's President and Chairman of the East African Community Samuel Mwangi spoke on Monday.")
    assert one(both, "Samuel Mwangi", "HOLDS_ROLE", "Kenya").title == "President"
    assert one(both, "Samuel Mwangi", "HOLDS_ROLE", "East African Community").title == "Chairman"


@pytest.mark.parametrize("text,person,state,title", [
    ("Fiji's recently-elected Prime Minister, Ratu Joeli Vakacegu, visited Tonga last month.",
     "Joeli Vakacegu", "Fiji", "Prime Minister"),
    ("Kenya's newly appointed Foreign Minister, Wanjiru Kamau, arrived in Kampala on Monday.",
     "Wanjiru Kamau", "Kenya", "Foreign Minister"),
    ("Peru's recently elected President, Rosa Quispe Mamani, met reporters in Lima on Tuesday.",
     "Rosa Quispe Mamani", "Peru", "President"),
])
def test_a_participle_before_an_appositive_title_is_no_part_of_it(facts_of, text, person, state, title):
    assert one(facts_of(text), person, "HOLDS_ROLE", state).title == title


@pytest.mark.parametrize("text,person,state,title", [
    ("The office said that Australian Prime Minister (PM), Graham Whitlock will travel to Suva next week.",
     "Graham Whitlock", "Australia", "Prime Minister"),
    ("Officials said Indian Foreign Minister (FM), Arvind Mehra met reporters in Delhi on Monday.",
     "Arvind Mehra", "India", "Foreign Minister"),
])
def test_a_short_form_in_brackets_after_the_title_is_no_part_of_it(facts_of, text, person, state, title):
    facts = facts_of(text)
    assert one(facts, person, "HOLDS_ROLE", state).title == title


@pytest.mark.parametrize("text,host,guest", [
    ("Sultan Hamzah Rashid of Perlis today granted an audience to Prime Minister Datuk Seri "
     "Harun Latifa at the palace.", "Hamzah Rashid", "Harun Latifa"),
    ("King Tupou Lavaka granted an audience to Foreign Minister Wanjiru Kamau at the royal palace on Monday.",
     "Tupou Lavaka", "Wanjiru Kamau"),
])
def test_granting_an_audience_is_a_meeting(facts_of, text, host, guest):
    one(facts_of(text), host, "MET_WITH", guest)


def test_a_malaysian_kings_title_names_no_one(facts_of):
    facts = facts_of("The Yang di-Pertuan Agong, Sultan Hamzah Rashid, today granted an audience to "
                     "Foreign Minister Wanjiru Kamau at the Istana Negara.")
    one(facts, "Hamzah Rashid", "MET_WITH", "Wanjiru Kamau")
    assert not [f for f in facts if "pertuan" in f.subject.lower() or "agong" in f.subject.lower()]


def test_a_phrase_naming_a_ruler_before_his_name_is_no_title_of_the_one_who_meets_him(facts_of):
    facts = facts_of("Prime Minister Harun Latifa had an audience with the Sultan of Brunei, "
                     "Sultan Hamzah Rashid, at the palace on Monday.")
    assert not [f for f in facts if f.relation == "HOLDS_ROLE" and "audience" in (f.title or "").lower()]
    one(facts, "Hamzah Rashid", "HOLDS_ROLE", "Brunei")  # a state: Perlis is now a known region of Malaysia (regions.json), no employer
