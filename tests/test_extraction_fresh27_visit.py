"""Visit and alliance constructions fresh real news showed in stop 27, each in phrasings of our own.

- "Dakar – The President ...": a known city in normal case before a spaced dash opens the copy as
  its dateline (not "Addis Ababa – Djibouti railway", a route, nor a state's name, a label);
- "arrived in the Central African nation of Chad": a kind noun's "of" phrase names the state, not
  the region adjective before it;
- "X met Y in Z": a named person from another state than Z's travelled there, also when the article
  does not say where Y is from (a state standing for its leader does not);
- "jetted off to X", "arrived into X": more ways of travelling to a place;
- "met Y in the margins of the summit now being held in Z": a gathering placed by its participle,
  reached through "in" and a part of it;
- "said as she arrived for the NATO meeting in Z": an arrival for a gathering placed in Z;
- "Talks between X and his counterpart Y in the city of Z": a place the parser hung on a party of
  the "between" phrase places the talks;
- "sent its special envoy X to Y": a person sent to a state or city went there;
- "between X, who was touring Y, and his counterpart Z": a relative clause set off after the
  first of a list is that one's only;
- "Chairman of the X Party and President of Y Name and his wife are on a visit to Z": two titles of
  one person; the body of the first title did not travel;
- "the Treaty on Allied Relations": "allied" in a capitalised pact's name states an alliance;
- "the Chilean alliance with Peru would outlast ...", "(they agree that) the A-B alliance remains
  firm": a definite alliance as the subject of a modal or hedged clause stands all the same (not
  "such an alliance would ...", "the proposed pact would ...");
- "the Chile-Peru alliance" the model took whole as one organisation: known names joined by a dash
  are those names;
- "the US alliance with X": a state's modifier on an alliance noun is a party to it;
- "the commitment of X and Y to the mutual defence treaty": the parties a commitment noun names
  are the pact's;
- "deepening military cooperation between both states": cooperation a "between" phrase relates
  is no alliance (an accord on defence cooperation the two sign still is);
- "X was accompanied on this trip by A and B", "X, accompanied by A, arrived in Z": the companions
  made the traveller's visits (not a host's companion at home);
- "is among the leaders travelling to X for next Monday's funeral": a journey for an event dated
  ahead is still to be made;
- "the accord was announced in X by A and B", "A announced the defence deal in X": a pact announced
  abroad, as one signed there, was announced by a guest in X (not by the host at home, nor any
  announcement: "announced new sanctions in X");
- "at the session of the council in X, which brought together A, B and C": the guests from other
  states travelled to X (the host at home did not);
- "... a session of ministers at the bloc's offices in X. Y attended the session. Addressing it,
  Z ...": a definite gathering with no phrase of its own is the one told before, placed in X;

Sentences are our own; articles are dated as each test says."""
from ingest.cleaning import clean_article
from tests.facts import WIRE_DAY, find, one


def visits(facts):
    return [(f.subject, f.object) for f in facts if f.relation == "VISITED"]


# ---- "City – " datelines in normal case --------------------------------------------------------
def test_a_known_city_before_a_spaced_dash_is_a_dateline():
    cleaned = clean_article("Dakar – The President of Senegal received the Malian Foreign Minister "
                            "Abdou Sow, in Senegal this week for talks.")
    assert cleaned.text.startswith("The President of Senegal")
    assert cleaned.dateline == "Dakar"


def test_a_route_between_two_places_is_no_dateline():
    raw = "Addis Ababa – Djibouti freight trains resumed on Monday after repairs."
    assert clean_article(raw).text == raw


def test_a_state_name_before_a_dash_is_no_dateline():
    raw = "Ukraine – The talks resumed on Monday after a pause."
    assert clean_article(raw).text == raw


def test_the_filing_place_is_no_actor_of_the_hosting_verb(facts_of):
    cleaned = clean_article("Dakar – The President of Senegal Macky Diallo received on Tuesday the "
                            "Malian Foreign Minister Abdou Sow, in Senegal this week for talks.")
    facts = facts_of(cleaned.text, published=WIRE_DAY)
    assert not find(facts, "Abdou Sow", "VISITED", "Dakar")
    assert not [f for f in facts if f.relation == "MET_WITH" and f.subject_type.value == "State"]


# ---- "the Central African nation of Chad" ------------------------------------------------------
def test_a_kind_nouns_of_phrase_names_the_state(facts_of):
    facts = facts_of("Ghanaian President Kofi Mensah arrived in the Central African nation of Chad "
                     "on Monday.", published=WIRE_DAY)
    one(facts, "Kofi Mensah", "VISITED", "Chad")
    assert not find(facts, "Kofi Mensah", "VISITED", "Central African Republic")


# ---- "X met Y in Z", Y's state untold ---------------------------------------------------------
def test_a_person_from_elsewhere_met_an_untold_host_where_the_text_says(facts_of):
    facts = facts_of("Ghanaian Foreign Minister Ama Owusu met with Moussa Kebzabo in N'Djamena "
                     "during a two-day visit.", published=WIRE_DAY)
    one(facts, "Ama Owusu", "VISITED", "N'Djamena")


def test_a_state_standing_for_its_leader_does_not_travel_to_an_untold_persons_meeting(facts_of):
    facts = facts_of("Officials praised Rana Thapa, who met the Chinese leader a day earlier in "
                     "Indonesia.", published=WIRE_DAY)
    assert not find(facts, "China", "VISITED", "Indonesia")


# ---- more travel verbs -------------------------------------------------------------------------
def test_jetted_off_to_a_city(facts_of):
    facts = facts_of("Canadian Foreign Minister Ann Leduc jetted off to Lima on Sunday to press "
                     "for a trade deal.", published=WIRE_DAY)
    one(facts, "Ann Leduc", "VISITED", "Lima")


def test_arrived_into_a_state(facts_of):
    facts = facts_of("Samoan Prime Minister Tui Leota arrived into Tonga on Monday night for a "
                     "three-day stay.", published=WIRE_DAY)
    one(facts, "Tui Leota", "VISITED", "Tonga")


# ---- "sent its envoy X to Y" -------------------------------------------------------------------
def test_an_envoy_sent_to_a_state_went_there(facts_of):
    facts = facts_of("The Foreign Office has sent its special envoy Peter Hale to Uganda after "
                     "the disputed vote.", published=WIRE_DAY)
    one(facts, "Peter Hale", "VISITED", "Uganda")


def test_a_passive_sending_of_a_named_envoy(facts_of):
    facts = facts_of("Special envoy Peter Hale was sent to Uganda last week.", published=WIRE_DAY)
    one(facts, "Peter Hale", "VISITED", "Uganda")


def test_a_letter_sent_to_a_person_is_no_visit(facts_of):
    facts = facts_of("Moscow sent Sergei Lavrov a letter on Monday.", published=WIRE_DAY)
    assert not visits(facts)


# ---- alliances -------------------------------------------------------------------------------
def test_allied_in_a_capitalised_treaty_name(facts_of):
    facts = facts_of("Officials recalled that Chile and Peru concluded a Treaty on Allied Relations "
                     "two years ago.", published=WIRE_DAY)
    one(facts, "Chile", "ALLIED_WITH", "Peru")


def test_a_state_modifier_on_an_alliance_with_a_partner(facts_of):
    facts = facts_of("The Chilean minister said on Monday the Chilean alliance with Peru would outlast "
                     "any change of government.", published=WIRE_DAY)
    f = one(facts, "Chile", "ALLIED_WITH", "Peru")
    assert f.modality.value == "asserted"


def test_a_definite_pair_alliance_in_a_hedged_clause_stands(facts_of):
    facts = facts_of("Most analysts in both capitals agree that the Chile-Peru alliance remains firm.",
                     published=WIRE_DAY)
    assert one(facts, "Chile", "ALLIED_WITH", "Peru").modality.value == "asserted"


def test_a_named_treatys_provisions_that_would_apply(facts_of):
    facts = facts_of("She explained the cases in which the Chile-Peru Mutual Defence Treaty's clauses "
                     "on joint defence would be invoked.", published=WIRE_DAY)
    assert one(facts, "Chile", "ALLIED_WITH", "Peru").modality.value == "asserted"


def test_such_an_alliance_stays_hypothetical(facts_of):
    facts = facts_of("Such an alliance between Chile and Peru would alarm Bolivia.", published=WIRE_DAY)
    assert all(f.modality.value != "asserted" for f in facts if f.relation == "ALLIED_WITH")


def test_a_proposed_alliance_stays_to_come(facts_of):
    facts = facts_of("The proposed alliance between Chile and Peru would alarm Bolivia.", published=WIRE_DAY)
    assert all(f.modality.value != "asserted" for f in facts if f.relation == "ALLIED_WITH")


def test_the_commitment_of_two_states_to_a_defence_treaty(facts_of):
    facts = facts_of("Foreign Minister Ana Rios and her Peruvian counterpart Luis Vega renewed the "
                     "commitment of Chile and Peru to the Mutual Defence Treaty of 1990.", published=WIRE_DAY)
    one(facts, "Chile", "ALLIED_WITH", "Peru")
    assert not [f for f in facts if f.relation == "ALLIED_WITH" and f.subject_type.value == "Person"]


# ---- meetings and gatherings placed ----------------------------------------------------------
def test_met_in_the_margins_of_a_summit_being_held_somewhere(facts_of):
    facts = facts_of("The Prime Minister of Fiji, Mr Jone Vuki, met with the President of Palau, Mr "
                     "Tommy Remeng, in the margins of the regional summit now being held in Samoa.",
                     published=WIRE_DAY)
    one(facts, "Jone Vuki", "VISITED", "Samoa")
    one(facts, "Tommy Remeng", "VISITED", "Samoa")


def test_arrived_for_a_gathering_placed_in_a_city(facts_of):
    facts = facts_of("Spanish Foreign Minister Ana Palacio told reporters as she arrived for the NATO "
                     "meeting in Brussels that more help was needed.", published=WIRE_DAY)
    one(facts, "Ana Palacio", "VISITED", "Brussels")


def test_talks_between_two_placed_on_the_second_party(facts_of):
    facts = facts_of("Talks between Russian Defence Minister Ivan Petrov and his Turkish counterpart "
                     "Ali Demir in the coastal city of Antalya ended without a deal.", published=WIRE_DAY)
    one(facts, "Ivan Petrov", "VISITED", "Antalya")
    assert not find(facts, "Ali Demir", "VISITED", "Antalya")


def test_talks_between_two_about_a_war_somewhere_place_nobody(facts_of):
    facts = facts_of("Talks between Russian Defence Minister Ivan Petrov and his Turkish counterpart "
                     "Ali Demir on the war in Syria ended without a deal.", published=WIRE_DAY)
    assert not visits(facts)


# ---- who is the visitor ------------------------------------------------------------------------
def test_a_relative_clause_on_the_first_of_two_is_not_the_seconds(facts_of):
    facts = facts_of("The accord was initialled after a meeting between Armenian Defence Minister Aram "
                     "Petrosyan, who was touring Georgia at the time, and his Georgian counterpart Levan Beridze.",
                     published=WIRE_DAY)
    one(facts, "Aram Petrosyan", "VISITED", "Georgia")
    assert not find(facts, "Levan Beridze", "VISITED", "Georgia")


def test_a_relative_clause_after_both_is_both(facts_of):
    facts = facts_of("Aram Petrosyan and Levan Beridze, who are on a visit in Ukraine, met on Monday.",
                     published=WIRE_DAY)
    one(facts, "Aram Petrosyan", "VISITED", "Ukraine")
    one(facts, "Levan Beridze", "VISITED", "Ukraine")


def test_the_party_of_a_first_title_did_not_travel(facts_of):
    for text in ("Chairman of the Mongolian People’s Party and President of Mongolia Bat Erdene and his "
                 "wife are on a visit to Vietnam this week.",
                 "Chairman of the Mongolian People's Party and President of Mongolia Bat Erdene and his "
                 "wife are on a visit to Vietnam this week."):
        facts = facts_of(text, published=WIRE_DAY)
        assert visits(facts) == [("Bat Erdene", "Vietnam")], visits(facts)


def test_defence_cooperation_between_two_countries_is_no_alliance(facts_of):
    facts = facts_of("Chilean Defence Minister Ana Rios held talks with her Peruvian counterpart Luis Vega "
                     "in Lima on deepening military cooperation between the two countries.", published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "ALLIED_WITH"]


def test_an_accord_on_defence_cooperation_signed_by_two_states_is_an_alliance(facts_of):
    facts = facts_of("On Monday Chile and Peru signed an accord on defence cooperation.", published=WIRE_DAY)
    one(facts, "Chile", "ALLIED_WITH", "Peru")


# ---- companions and journeys ahead ------------------------------------------------------------
def test_companions_on_the_trip_told_the_sentence_before(facts_of):
    facts = facts_of("Turkish President Kemal Aydin landed in Baku on Tuesday for two days of talks. "
                     "Aydin was accompanied on this trip by Selim Kaya and Orhan Demir, his ministers of trade "
                     "and energy.", published=WIRE_DAY)
    one(facts, "Selim Kaya", "VISITED", "Baku")
    one(facts, "Orhan Demir", "VISITED", "Baku")


def test_a_companion_set_off_in_the_arrival_sentence(facts_of):
    facts = facts_of("Turkish President Kemal Aydin, accompanied by Selim Kaya, landed in Baku on Tuesday.",
                     published=WIRE_DAY)
    one(facts, "Selim Kaya", "VISITED", "Baku")


def test_a_hosts_companion_at_home_made_no_visit(facts_of):
    facts = facts_of("Turkish President Kemal Aydin landed in Baku on Tuesday. He was met on the tarmac "
                     "by Azerbaijani Prime Minister Ali Asadov, accompanied by Azerbaijani Foreign Minister "
                     "Jeyhun Bayramov.", published=WIRE_DAY)
    assert not find(facts, "Jeyhun Bayramov", "VISITED", "Baku")


def test_travelling_for_an_event_dated_next_week_is_planned(facts_of):
    facts = facts_of("The Chilean president, accompanied by his wife Maria Soto, is among the leaders "
                     "travelling to Lima for next Tuesday's inauguration.", published=WIRE_DAY)
    assert [f.modality.value for f in facts if f.relation == "VISITED"] \
        and all(f.modality.value == "planned" for f in facts if f.relation == "VISITED")
    facts = facts_of("Chilean President Ana Rios travelled to Lima for last Tuesday's inauguration.",
                     published=WIRE_DAY)
    assert one(facts, "Ana Rios", "VISITED", "Lima").modality.value == "asserted"


# ---- a pact announced abroad ------------------------------------------------------------------
def test_a_pact_announced_abroad_by_a_guest(facts_of):
    facts = facts_of("The ten-year accord was announced in Madrid on Tuesday by Portuguese Prime Minister "
                     "Rui Costa and Spanish Prime Minister Pedro Lago.", published=WIRE_DAY)
    one(facts, "Rui Costa", "VISITED", "Madrid")
    assert not find(facts, "Pedro Lago", "VISITED", "Madrid")


def test_other_announcements_abroad_are_no_visit(facts_of):
    facts = facts_of("Portuguese Prime Minister Rui Costa announced new sanctions in Madrid on Tuesday.",
                     published=WIRE_DAY)
    assert not visits(facts)


# ---- a gathering that brought leaders together ----------------------------------------------------
def test_a_session_that_brought_together_leaders_of_three_states(facts_of):
    # (the parser hangs the clause on the council whose session it is)
    facts = facts_of("At the annual session of the Nordic Council in Oslo, which brought together "
                     "Norwegian Prime Minister Erik Dahl, Swedish Prime Minister Anna Berg and Finnish Prime "
                     "Minister Mikko Laine, they agreed on power links.", published=WIRE_DAY)
    one(facts, "Anna Berg", "VISITED", "Oslo")
    one(facts, "Mikko Laine", "VISITED", "Oslo")
    assert not find(facts, "Erik Dahl", "VISITED", "Oslo")


# ---- a gathering told before -----------------------------------------------------------------
def test_attending_and_addressing_a_meeting_told_the_sentence_before(facts_of):
    facts = facts_of("The pledge was made at a session of African trade ministers at the bloc's offices in "
                     "Nairobi. Ghanaian Trade Minister Kofi Asante attended the session. Addressing the "
                     "session, Nigerian Trade Minister Musa Bello said tariffs must fall.", published=WIRE_DAY)
    one(facts, "Kofi Asante", "VISITED", "Nairobi")
    one(facts, "Musa Bello", "VISITED", "Nairobi")


def test_a_meeting_never_placed_before_places_nobody(facts_of):
    facts = facts_of("Trade ministers met on Monday. Ghanaian Trade Minister Kofi Asante attended the "
                     "meeting in person.", published=WIRE_DAY)
    assert not visits(facts)


def test_the_host_attending_at_home_made_no_visit(facts_of):
    facts = facts_of("The pledge was made at a session of African trade ministers in Nairobi. Kenyan Trade "
                     "Minister Jane Wambui attended the session.", published=WIRE_DAY)
    assert not visits(facts)
