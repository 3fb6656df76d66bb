"""Constructions of titles, names and roles fresh real news showed in stop 26, each in phrasings
of our own.

- a demonym of several words before a title, which the model took with the title for a person
  ("[Sri Lankan Foreign] Minister X"), and the short demonym "Lankan";
- a capitalised common word for a body the gazetteer does not know ("Union Minister X") employs
  no one;
- two titles of one person joined by "cum" ("Vice Premier cum Trade Minister Name"):
  one title phrase, its state before it, and no person named "Cum Minister";
- an organisation's possessive written with a bare apostrophe ("the Vienna Nations’ Chair X",
  "Hamas' deputy head X") and a lower-case "chief" after its owner ("the OSCE chief X"): the
  title, not a form of address;
- "X, Ruritania's first directly elected president,": a participle inside the apposition;
- "the presidents of X, A and Y, B", "the presidents of X and Y – A and B, respectively";
- "President of Ruritania A B", a name the model missed after a state; "Junior Minister for
  Regional Integration A B": the portfolio is no part of the name;
- "X has been ruled by Sultan A since ...": the titled agent of a passive ruling verb;
- "Minister of [Labour H.E. A B]" taken for a body: the portfolio, a form of address, the person;
- "X's Minister of Trade and Industry, Dr A B": an "and" inside the portfolio before the comma;
- "World Bank officials, including President A": the organisation's member;
- precision: "between the Ruritanian leader and Freedonian Foreign Minister A" (two people, two
  states: no second post for A); "the President, A, and his Freedonian counterpart, B" (the
  phrase after A's comma opens the next conjunct, no apposition of A's);
- "A, Western Z commander of the Y Forces": the known body after "of" employs, not the
  unknown name before the head;
- a political party whose name opens with a demonym ("Nepali Congress President A") employs its
  officers itself.

Sentences are our own; articles are dated as each test says."""

from tests.facts import find, one


# ---- demonyms of several words --------------------------------------------------------------
def test_demonym_of_two_words_before_a_title(facts_of):
    facts = facts_of("Sri Lankan Trade Minister Nalin Perera flew to Singapore on Tuesday for talks on tariffs.")
    one(facts, "Nalin Perera", "HOLDS_ROLE", "Sri Lanka")


def test_short_demonym_lankan(facts_of):
    facts = facts_of("The rice was received at the port by Lankan Agriculture Minister Mahinda Amaraweera.")
    one(facts, "Mahinda Amaraweera", "HOLDS_ROLE", "Sri Lanka")


# ---- a generic body word is no employer -----------------------------------------------------
def test_generic_body_word_before_a_title_employs_no_one(facts_of):
    facts = facts_of("On landing he was greeted by Union Minister Ravi Shankar Patel and local officials.")
    assert not [f for f in facts if f.relation == "HOLDS_ROLE" and f.object == "Union"]


# ---- two titles joined by "cum" -------------------------------------------------------------
def test_two_titles_joined_by_cum(facts_of):
    facts = facts_of("The memorandum was initialled by Trade Minister Lars Berg and Danish Vice Prime Minister "
                     "cum Economy Minister Mette Holm in Aarhus.")
    fact = one(facts, "Mette Holm", "HOLDS_ROLE", "Denmark")
    assert fact.title == "Vice Prime Minister cum Economy Minister"  # the joiner stays lower-case
    assert not [f for f in facts if "Cum" in f.subject]


# ---- possessives and "chief" ----------------------------------------------------------------
def test_bare_apostrophe_possessive_of_an_organisation(facts_of):
    facts = facts_of("The United Nations’ Secretary-General Kurt Waldheim flew to Cyprus on Tuesday.")
    one(facts, "Kurt Waldheim", "HOLDS_ROLE", "United Nations")


def test_lower_case_chief_after_its_owner(facts_of):
    facts = facts_of("In March the NATO chief Jens Stoltenberg urged members to spend more on defence.")
    one(facts, "Jens Stoltenberg", "HOLDS_ROLE", "NATO")


def test_group_possessive_with_a_describing_adjective(facts_of):
    facts = facts_of("Thousands attended the burial of Hamas' military head Salim Barakat in Gaza.")
    one(facts, "Salim Barakat", "HOLDS_ROLE", "Hamas")


# ---- participles inside an apposition -------------------------------------------------------
def test_participle_inside_the_apposition_after_the_name(facts_of):
    facts = facts_of("Ministers flew in to greet Joao Lourenco, Angola's third popularly elected head of state, "
                     "after his swearing-in.")
    one(facts, "Joao Lourenco", "HOLDS_ROLE", "Angola")


# ---- plural titles, a state and a name each ---------------------------------------------------
def test_plural_title_state_comma_name_pairs(facts_of):
    facts = facts_of("The prime ministers of Norway, Jonas Gahr Store and Sweden, Ulf Kristersson, will confer "
                     "on Friday.")
    one(facts, "Ulf Kristersson", "HOLDS_ROLE", "Sweden")
    assert not find(facts, "Ulf Kristersson", "HOLDS_ROLE", "Norway")


def test_plural_title_states_dash_names_respectively(facts_of):
    facts = facts_of("Also present at the forum in Lima were the presidents of Chile and Ecuador – Gabriel Boric "
                     "and Daniel Noboa, respectively – with envoys from Peru.")
    one(facts, "Gabriel Boric", "HOLDS_ROLE", "Chile")
    one(facts, "Daniel Noboa", "HOLDS_ROLE", "Ecuador")


# ---- names after a title's state or portfolio ---------------------------------------------------
def test_name_the_model_missed_after_title_of_state(facts_of):
    facts = facts_of("He is due to hold talks with President of Malawi Peter Kalua Banda and his finance "
                     "minister on Monday.")
    one(facts, "Peter Kalua Banda", "HOLDS_ROLE", "Malawi")


def test_portfolio_after_for_is_no_part_of_the_name(facts_of):
    facts = facts_of("The embassy said Uganda’s Junior Minister for Regional Integration Paul Okello "
                     "would lead the talks.")
    one(facts, "Paul Okello", "HOLDS_ROLE", "Uganda")


# ---- ruled by -----------------------------------------------------------------------------------
def test_titled_agent_of_a_passive_ruling_verb(facts_of):
    facts = facts_of("Eswatini, a small landlocked kingdom, is a member of the SADC bloc and has been governed "
                     "by King Mswati Dlamini since 1986.")
    one(facts, "Mswati Dlamini", "HOLDS_ROLE", "Eswatini")


# ---- forms of address and portfolios ------------------------------------------------------------
def test_form_of_address_between_portfolio_and_name(facts_of):
    facts = facts_of("The bridge was opened under the chairmanship of Thai Minister of Labour H.E. Somchai "
                     "Rattanakorn, who cut the ribbon.")
    one(facts, "Somchai Rattanakorn", "HOLDS_ROLE", "Thailand")


def test_and_inside_a_portfolio_before_the_comma(facts_of):
    facts = facts_of("The delegation was met at the port by Ghana’s Minister of Trade and Industry, Dr Kofi "
                     "Mensah Boateng, and two aides.")
    one(facts, "Kofi Mensah Boateng", "HOLDS_ROLE", "Ghana")


# ---- members of an organisation's group -----------------------------------------------------------
def test_organisation_officials_including_a_titled_name(facts_of):
    facts = facts_of("She will see World Bank officials, including President Ajay Banga, before flying home.")
    one(facts, "Ajay Banga", "HOLDS_ROLE", "World Bank")


# ---- precision: two people, two states ------------------------------------------------------------
def test_leader_and_other_state_minister_are_two_people(facts_of):
    facts = facts_of("There was a closed meeting on Friday in Accra between the Ghanaian leader and Togo "
                     "Foreign Minister Robert Dussey.")
    one(facts, "Robert Dussey", "HOLDS_ROLE", "Togo")
    assert not find(facts, "Robert Dussey", "HOLDS_ROLE", "Ghana")


def test_phrase_opening_on_and_is_no_apposition(facts_of):
    facts = facts_of("The talks grew out of a meeting between the President, Mr Emmerson Mnangagwa, and his "
                     "Zambian counterpart, Mr Hakainde Hichilema, last year.")
    one(facts, "Hakainde Hichilema", "HOLDS_ROLE", "Zambia")
    assert not find(facts, "Emmerson Mnangagwa", "HOLDS_ROLE", "Zambia")


# ---- the body after "of" ----------------------------------------------------------------------------
def test_known_body_after_of_employs_not_the_unknown_area(facts_of):
    facts = facts_of("The strike on Monday killed Wissam Tawil, Bint Jbeil commander of Hezbollah, and "
                     "two other fighters.")
    one(facts, "Wissam Tawil", "HOLDS_ROLE", "Hezbollah")


# ---- a party named with a demonym ----------------------------------------------------------------------
def test_party_named_with_a_demonym_employs_its_officers(facts_of):
    facts = facts_of("She later called on Nepali Congress President Ram Prasad Koirala at his home.")
    one(facts, "Ram Prasad Koirala", "HOLDS_ROLE", "Nepali Congress")
    assert not find(facts, "Ram Prasad Koirala", "HOLDS_ROLE", "Nepal")


# ---- forms of address written apart ---------------------------------------------------------------
def test_spaced_his_excellency_is_no_part_of_the_name(facts_of):
    facts = facts_of("The Head of State of Malawi, H. E. Peter Kalua Banda, opened the fair in Blantyre.")
    one(facts, "Peter Kalua Banda", "HOLDS_ROLE", "Malawi")
    assert not [f for f in facts if f.subject.startswith("H.")]


def test_spaced_his_excellency_after_the_republic_comma(facts_of):
    facts = facts_of("He came on Tuesday at the invitation of his host, the Head of the Republic, H. E. "
                     "Moussa Faki Itno.")
    assert not [f for f in facts if "Republic" in f.object and f.relation == "HOLDS_ROLE"]


# ---- two-word family names of leaders ---------------------------------------------------------------
def test_two_word_family_name_stays_whole(facts_of):
    facts = facts_of("Gabonese President Brice Oligui Nguema flew to Dakar for a two-day visit.", "2025-06-10")
    assert [f for f in facts if f.subject == "Brice Oligui Nguema"]


# ---- the leader of a state's party ---------------------------------------------------------------------
def test_titled_leader_of_a_state_delegation(facts_of):
    facts = facts_of("A Japanese team led by Deputy Minister for Oceanian Affairs Kenji Tanaka landed in "
                     "Hanoi on Monday.")
    one(facts, "Kenji Tanaka", "HOLDS_ROLE", "Japan")


def test_state_delegation_is_headed_by_a_titled_name(facts_of):
    facts = facts_of("The Kazakh delegation to the forum is headed by Trade Minister Serik Zhumangarin.")
    one(facts, "Serik Zhumangarin", "HOLDS_ROLE", "Kazakhstan")


# ---- a title, "the" and a form of address ---------------------------------------------------------------
def test_title_the_hon_after_a_counterpart_comma(facts_of):
    facts = facts_of("During dinner with her Samoan counterpart, Prime Minister the Hon Fiame Mataafa, the "
                     "premier raised fisheries.")
    one(facts, "Fiame Mataafa", "HOLDS_ROLE", "Samoa")


# ---- a lone surname after a state's title ------------------------------------------------------------------
def test_lone_surname_after_a_state_title(facts_of):
    facts = facts_of("Pakistani Foreign Secretary Baloch arrived in Kabul on Sunday for a brief visit.")
    one(facts, "Baloch", "HOLDS_ROLE", "Pakistan")


# ---- appositions in lists and after a person's possessive ---------------------------------------------
def test_semicolon_ends_an_apposition_in_a_list(facts_of):
    facts = facts_of("Waiting on the tarmac were Mayor Ana Lopes; Gen. Mark Tobin, head of British troops in "
                     "Cyprus; and two local priests.")
    one(facts, "Mark Tobin", "HOLDS_ROLE", "United Kingdom")


def test_adviser_of_a_titled_person_serves_the_same_state(facts_of):
    facts = facts_of("The envoy also saw Kenyan President William Ruto; Ali Hassan Noor, Ruto’s adviser on "
                     "trade and investment; and local business leaders.")
    one(facts, "Ali Hassan Noor", "HOLDS_ROLE", "Kenya")


# ---- names and appositions around a title -------------------------------------------------------------
def test_name_the_model_missed_after_a_posting_comma(facts_of):
    facts = facts_of("They were welcomed by Peru’s Minister of Health, Dr Ana Ruiz and Chilean Ambassador to "
                     "Peru, Inés Lara Peñalver.")
    one(facts, "Inés Lara Peñalver", "HOLDS_ROLE", "Chile")


def test_participle_phrase_after_the_title_head_before_the_name(facts_of):
    facts = facts_of("The ministry also listed a Hamas colonel involved in arms smuggling, Omar Khalil Nasser.")
    one(facts, "Omar Khalil Nasser", "HOLDS_ROLE", "Hamas")


# ---- "its" in a list of titled names ------------------------------------------------------------------------
def test_its_in_a_list_of_titled_names_is_the_previous_body(facts_of):
    facts = facts_of("The ministry said the order, issued with its allies, or the other members of the Joint "
                     "Sanctions Coordination Center (JSCC), named Hamas Secretary General Ismail Haniyeh, its "
                     "Deputy Secretary General Saleh Arouri and three financiers.")
    one(facts, "Saleh Arouri", "HOLDS_ROLE", "Hamas")


# ---- a title and a description joined before the name -----------------------------------------------------
def test_title_and_description_before_the_name(facts_of):
    facts = facts_of("He received the baton from Chilean leader and forum host Gabriel Boric on Friday.")
    one(facts, "Gabriel Boric", "HOLDS_ROLE", "Chile")
