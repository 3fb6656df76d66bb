"""Members of a list and the state behind an actor (docs/ERRORS.md 'participle/apposition/list'
and 'actor for its state', issue 10):

- the named members of a group ("sanctioned dozens of officials, including Name"; "condemned by
  several governments, such as X") are the arguments the group stands in for;
- "the Name administration/government" acts for the state that person leads;
- an organisation's experts, inspectors or panel act for it; a state's experts do not;
- a bare passive participle off the main clause ("..., welcomed by Name") has the clause's
  subject as its patient;
- "Also named were A and B" after a sentence's fact gives A and B that fact too.

Sentences are our own; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import find, one


@pytest.mark.parametrize("text,subject,relation,obj", [
    # the list hangs on the verb after a quantity of the group
    ("Norway has sanctioned dozens of senior officials since 2019, including Tomas Vantek.",
     "Tomas Vantek", "SANCTIONED_BY", "Norway"),
    # "such as" on the group's own noun
    ("Canada sanctioned several army commanders, such as Oleg Marnik, on Monday.",
     "Oleg Marnik", "SANCTIONED_BY", "Canada"),
    # a passive's agent: the members condemned
    ("Ecuador's conduct was condemned on Monday by several governments, including Chile.",
     "Chile", "CONDEMNED", "Ecuador"),
])
def test_a_group_is_its_named_members(facts_of, text, subject, relation, obj):
    one(facts_of(text), subject, relation, obj)


def test_every_member_of_the_list_counts(facts_of):
    facts = facts_of("Sweden sanctioned five ministers on Tuesday, including Oleg Marnik and Tomas Vantek.")
    one(facts, "Oleg Marnik", "SANCTIONED_BY", "Sweden")
    one(facts, "Tomas Vantek", "SANCTIONED_BY", "Sweden")


def test_a_list_after_a_named_object_adds_nothing(facts_of):
    """The object is named itself: a list after it belongs to something else."""
    facts = facts_of("Norway sanctioned Iran on Monday, including its central bank.")
    one(facts, "Iran", "SANCTIONED_BY", "Norway")


def test_a_leaders_administration_acts_for_his_state(facts_of):
    """'the Milei government': the state Javier Milei leads at the article's date (the gazetteer's
    role), not the person and not nothing."""
    facts = facts_of("The Milei government imposed sanctions on Nicaragua on Monday.")
    fact = one(facts, "Nicaragua", "SANCTIONED_BY", "Argentina")
    assert fact.date == "2024-03-04"
    assert not find(facts, "Nicaragua", "SANCTIONED_BY", "Javier Milei")


def test_an_unknown_persons_administration_is_no_state(facts_of):
    """A name the gazetteer holds no office for: whose state it leads is unknown."""
    facts = facts_of("The Vantek administration imposed sanctions on Nicaragua on Monday.")
    assert not [f for f in facts if f.relation == "SANCTIONED_BY"]


def test_an_organisations_experts_act_for_it(facts_of):
    facts = facts_of("UN experts on Monday accused Chad and Niger of arming the rebels.")
    one(facts, "United Nations", "CONDEMNED", "Chad")
    one(facts, "United Nations", "CONDEMNED", "Niger")


def test_a_states_experts_are_not_the_state(facts_of):
    """Independent experts from a country are no voice of its government."""
    facts = facts_of("Chilean experts on Monday accused Peru of arming the rebels.")
    assert not find(facts, "Chile", "CONDEMNED", "Peru")


@pytest.mark.parametrize("text", [
    "Tomas Vantek made a visit to Chile's capital last weekend, welcomed by Oleg Marnik with hugs.",
    "Tomas Vantek arrived in Lima on Monday, greeted by Oleg Marnik at the airport.",
])
def test_a_passive_participle_has_the_clause_subject_as_patient(facts_of, text):
    one(facts_of(text), "Oleg Marnik", "MET_WITH", "Tomas Vantek")


def test_a_perfect_participle_is_no_passive(facts_of):
    """'having greeted X': the clause's subject greeted X (the active reading is kept)."""
    facts = facts_of("Tomas Vantek, having greeted Oleg Marnik, praised the growing trust between them.")
    one(facts, "Tomas Vantek", "MET_WITH", "Oleg Marnik")


def test_also_named_continues_the_previous_sentences_fact(facts_of):
    facts = facts_of("Maria Lopez, the wife of the Chilean president, was sanctioned on Tuesday by the Peruvian "
                     "Finance Ministry. Also named were Interior Minister Tomas Vantek and Oleg Marnik.")
    one(facts, "Maria Lopez", "SANCTIONED_BY", "Peru")
    for person in ("Tomas Vantek", "Oleg Marnik"):
        fact = one(facts, person, "SANCTIONED_BY", "Peru")
        assert fact.date == "2024-03-05" and "Also named" in fact.evidence.sentence


def test_a_continuation_after_an_active_sentence(facts_of):
    facts = facts_of("Norway sanctioned Tomas Vantek on Monday. Also targeted was Oleg Marnik, a senior general.")
    one(facts, "Oleg Marnik", "SANCTIONED_BY", "Norway")


def test_no_continuation_of_another_type_or_across_a_paragraph(facts_of):
    """A city takes no person's place; a blank line ends what a sentence continues."""
    facts = facts_of("Norway sanctioned Tomas Vantek on Monday. Also named was Oslo.")
    assert not find(facts, "Oslo", "SANCTIONED_BY", "Norway")
    facts = facts_of("Norway sanctioned Tomas Vantek on Monday.\n\nAlso named was Oleg Marnik.")
    assert not find(facts, "Oleg Marnik", "SANCTIONED_BY", "Norway")


def test_a_named_sentence_without_also_continues_nothing(facts_of):
    facts = facts_of("Norway sanctioned Tomas Vantek on Monday. Named as his deputy was Oleg Marnik.")
    assert not find(facts, "Oleg Marnik", "SANCTIONED_BY", "Norway")


def test_a_nouns_participle_carries_its_arguments(facts_of):
    """'sanctions imposed on X by Y': the event noun's target and agent hang on the participle
    after it; 'the country' is the one state named before it; who condemns the sanctions
    condemns their imposer."""
    facts = facts_of("Chad's military rulers said they firmly rejected unlawful sanctions imposed on the "
                     "nation by the African Union.")
    one(facts, "Chad", "SANCTIONED_BY", "African Union")
    one(facts, "Chad", "CONDEMNED", "African Union")
    facts = facts_of("Sanctions imposed on Chad by the African Union took effect on Monday.")
    one(facts, "Chad", "SANCTIONED_BY", "African Union")


def test_a_non_event_nouns_participle_names_no_owner(facts_of):
    """'positions held by X' are X's positions but no event of X's: shelling them attacks the
    place they are in, not the holder's demonym state."""
    facts = facts_of("Chad shelled positions held by ethnic Sudanese fighters in the border region on Monday.")
    assert not find(facts, "Chad", "ATTACKED", "Sudan")


@pytest.mark.parametrize("text,subject,relation,obj", [
    ("Gabriel Boric visited Kenya on Monday along with Tomas Vantek.", "Tomas Vantek", "VISITED", "Kenya"),
    ("Chile attacked rebel camps in Peru on Monday alongside Bolivia.", "Bolivia", "ATTACKED", "Peru"),
    ("Tomas Vantek travelled to Lima on Monday together with Oleg Marnik.", "Oleg Marnik", "VISITED", "Lima"),
])
def test_a_companion_does_what_the_subject_does(facts_of, text, subject, relation, obj):
    one(facts_of(text), subject, relation, obj)


def test_companions_do_not_meet_each_other(facts_of):
    """Side by side is not face to face: attending alongside someone is no meeting with him."""
    facts = facts_of("Gabriel Boric visited Kenya on Monday along with Tomas Vantek.")
    assert not find(facts, "Gabriel Boric", "MET_WITH", "Tomas Vantek")
    assert not find(facts, "Tomas Vantek", "MET_WITH", "Gabriel Boric")


def test_a_groups_powers_are_the_group(facts_of):
    """'the three AUKUS powers': the pact named before the actor noun."""
    one(facts_of("Chile criticised the three AUKUS powers for stoking an arms race in the Pacific."),
        "Chile", "CONDEMNED", "AUKUS")


def test_a_government_receiving_a_visitor_meets_him(facts_of):
    facts = facts_of("The Peruvian government received Tomas Vantek at the palace on Monday.")
    one(facts, "Peru", "MET_WITH", "Tomas Vantek")
    assert not [f for f in facts_of("Peru received 5,000 tonnes of rice from Japan on Monday.")
                if f.relation == "MET_WITH"]


def test_an_attack_near_a_city_in_a_frame_does_not_strike_it(facts_of):
    """'killed in an attack near X': the walk from the frame to the place stops at 'near' as
    the direct reading does."""
    facts = facts_of("A military official said the troops died in an al-Shabaab ambush near the Kenyan capital Nairobi.")
    assert not find(facts, "al-Shabaab", "ATTACKED", "Nairobi")
    assert not find(facts, "al-Shabaab", "ATTACKED", "Kenya")


def test_an_undated_articles_lone_surname_is_the_only_holder_of_it(facts_of):
    """With no date to place it, a lone surname is the one office holder of that name the
    gazetteer knows at any time; the administration it names acts for his state."""
    facts = facts_of("The Milei government imposed sanctions on Nicaragua.", published=None)
    one(facts, "Nicaragua", "SANCTIONED_BY", "Argentina")


def test_an_undated_surname_two_holders_share_stays_unread(facts_of):
    """Two Trudeaus held office: undated, 'Trudeau' is either."""
    facts = facts_of("Trudeau visited Chile to meet Gabriel Boric.", published=None)
    assert not [f for f in facts if f.relation == "VISITED" and "Trudeau" in f.subject]


@pytest.mark.parametrize("text,companions,absent", [
    # a list of titled names after "alongside" the small parser breaks at a describing noun
    ("Hungarian Prime Minister Viktor Orban is attending a forum in Baku this week alongside Indonesian "
     "President Prabowo Subianto, Iranian counterpart Masoud Pezeshkian and Chinese leader Xi Jinping.",
     ["Prabowo Subianto", "Masoud Pezeshkian", "Xi Jinping"], ["Iran", "China"]),
    # a hyphenated given name first in the list (the model took "Kazakh President X-Y Z" for an organisation)
    ("Hungarian Prime Minister Viktor Orban is attending a forum in Baku this week alongside Kazakh "
     "President Nurlan-Bek Serikov, Iranian counterpart Masoud Pezeshkian and Chinese leader Xi Jinping.",
     ["Nurlan-Bek Serikov", "Masoud Pezeshkian", "Xi Jinping"], ["Iran", "China"]),
    ("Indian Prime Minister Narendra Modi attended the summit in Brasilia together with Kenyan President "
     "William Ruto, Chinese leader Xi Jinping and South African President Cyril Ramaphosa.",
     ["William Ruto", "Xi Jinping", "Cyril Ramaphosa"], ["China", "South Africa"]),
])
def test_comitative_list_read_past_a_broken_parse(facts_of, text, companions, absent):
    """Every name of the comitative list travelled; a demonym that describes a listed person
    ('Turkish counterpart X') is no traveller of its own."""
    facts = facts_of(text)
    visitors = {f.subject for f in facts if f.relation == "VISITED"}
    for name in companions:
        assert name in visitors, (name, visitors)
    for name in absent:
        assert name not in visitors, (name, visitors)


def test_comitative_list_stops_at_a_description(facts_of):
    """'..., a veteran diplomat, and several ministers': the list of names ends where a
    description starts; nothing after it travels."""
    facts = facts_of("Xi Jinping visited Moscow on Monday along with Wang Yi, a veteran diplomat, "
                     "and Russian officials.")
    assert {f.subject for f in facts if f.relation == "VISITED"} == {"Xi Jinping", "Wang Yi"}


@pytest.mark.parametrize("text,a,b", [
    ("The minister questioned the country's dependence on the U.S., South Korea's long-standing "
     "security treaty ally, warning of costs.", "United States", "South Korea"),
    ("Japan praised the United States, its long-standing ally.", "United States", "Japan"),
    ("Russia, Iran's closest ally, has condemned Israel.", "Russia", "Iran"),
])
def test_an_ally_phrase_restates_the_name_before_its_comma(facts_of, text, a, b):
    one(facts_of(text), a, "ALLIED_WITH", b)


def test_a_list_is_no_restatement(facts_of):
    """'France, Germany, the country's biggest donors': a list of names, no ally phrase read
    off the name before the comma."""
    facts = facts_of("Kenya's president thanked France, Germany, the country's biggest donors, for their aid.")
    assert not [f for f in facts if f.relation == "ALLIED_WITH"]


@pytest.mark.parametrize("text", [
    "The minister praised Kenya's role as one of Britain's closest allies.",
    "The minister praised Kenya as one of Britain's closest allies.",
    "Kenya, as one of Britain's closest allies, sent troops to Somalia.",
])
def test_an_as_phrase_says_whose_ally(facts_of, text):
    """'X as one of Y's allies', 'X's role as Y's ally': the ally is what the 'as' phrase is
    said of, the name or the owner of the noun right before it."""
    one(facts_of(text), "Kenya", "ALLIED_WITH", "United Kingdom")


def test_an_as_phrase_after_an_unowned_noun_names_no_ally(facts_of):
    facts = facts_of("The minister praised the deployment as a sign of Britain's closest alliance with Kenya.")
    assert not find(facts, "United Kingdom", "ALLIED_WITH", "United Kingdom")


@pytest.mark.parametrize("text,person,state", [
    # a demonym, a title and a hyphenated name the model tags whole as an organisation
    ("Foreign ministers gathered in Baku alongside Kazakh President Nurlan-Bek Serikov.",
     "Nurlan-Bek Serikov", "Kazakhstan"),
    ("Kyrgyz President Aibek-Ali Temirov and Uzbek leaders met in Astana.",
     "Aibek-Ali Temirov", "Kyrgyzstan"),
])
def test_titled_hyphenated_name_inside_an_organisation_span_is_a_person(facts_of, text, person, state):
    """The demonym and title before a name are no part of it, whatever label the model gave the
    whole; a hyphen inside a given name keeps it a name."""
    assert one(facts_of(text), person, "HOLDS_ROLE", state).title == "President"


def test_organisation_after_a_demonym_and_title_word_stays_one(facts_of):
    facts = facts_of("The Turkish Foreign Ministry condemned Sweden on Monday.")
    assert one(facts, "Turkey", "CONDEMNED", "Sweden")
    assert not [f for f in facts if f.relation == "HOLDS_ROLE"]
