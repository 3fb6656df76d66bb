"""How news refers back (stop 31, the coreference helper): a definite description that opens a
sentence as its subject ("The country has already given ...") continues the previous
sentence's subject when that sentence names two states and only one of them stands as a
subject; a title written with a participle of visiting ("the visiting Prime Minister") is the
one holder of that title named before; "the Russian defence minister" after a surname written
with no title is the one person named before whom the gazetteer knows in that post. Sentences
are our own; articles are dated Friday 8 March 2024 unless said otherwise."""

from datetime import date

from tests.facts import find


def asserted(facts, subject, relation, obj):
    return [f for f in find(facts, subject, relation, obj) if f.modality == "asserted"]


def test_a_subject_description_continues_the_previous_subject(facts_of):
    facts = facts_of("Officials said on Monday that Norway will consider supplying more field hospitals "
                     "to Moldova. The country has already delivered twenty tonnes of medical aid to Chisinau.")
    assert asserted(facts, "Norway", "AIDED", "Moldova")
    assert not find(facts, "Moldova", "AIDED", "Moldova")


def test_a_description_in_object_position_after_two_states_is_left_unread(facts_of):
    facts = facts_of("Officials said on Monday that Norway will consider supplying more field hospitals "
                     "to Moldova. Aid groups have already delivered twenty tonnes of medical aid to the country.")
    assert not find(facts, "Norway", "AIDED", "Norway")
    assert not [f for f in facts if f.relation == "AIDED" and f.modality == "asserted"]


def test_two_subject_states_leave_the_description_unread(facts_of):
    facts = facts_of("Officials said on Monday that Norway and Denmark will consider supplying more field "
                     "hospitals to Moldova. The country has already delivered twenty tonnes of medical aid "
                     "to Chisinau.")
    assert not asserted(facts, "Norway", "AIDED", "Moldova")
    assert not asserted(facts, "Denmark", "AIDED", "Moldova")


def test_the_visiting_prime_minister_is_the_one_prime_minister_named(facts_of):
    facts = facts_of("Kenyan Prime Minister Otieno Wafula was awarded Gabon's highest civilian honour on "
                     "Thursday. The visiting Prime Minister later held talks with President Aline Mba "
                     "on trade.")
    assert find(facts, "Otieno Wafula", "MET_WITH", "Aline Mba") or find(facts, "Aline Mba", "MET_WITH", "Otieno Wafula")


def test_a_states_title_read_for_nobody_is_the_one_person_the_gazetteer_knows_in_it(facts_of):
    # the title before a surname alone was never written, so no post was read for him: the
    # description is the person named before whom the gazetteer knows in that post on the date
    facts = facts_of("Shoigu will receive a Vietnamese delegation in Moscow next week. Talks are expected "
                     "to cover arms sales, as the Russian defence minister told reporters during his trip "
                     "to Hanoi in April.", published=date(2018, 8, 20))
    assert find(facts, "Sergei Shoigu", "VISITED", "Hanoi")
    assert not find(facts, "Russia", "VISITED", "Hanoi")


def test_it_after_a_sentence_whose_main_subject_names_no_actor_is_the_one_clause_subject(facts_of):
    facts = facts_of("That is the fourth field hospital Norway has flown out this month to help fight the "
                     "outbreak. It has sent medical teams to Moldova, Georgia and Armenia.")
    for state in ("Moldova", "Georgia", "Armenia"):
        assert find(facts, "Norway", "AIDED", state)


def test_it_after_a_sentence_with_two_clause_subjects_is_left_unread(facts_of):
    facts = facts_of("That is the fourth field hospital Norway has flown out since Denmark closed its "
                     "own. It has sent medical teams to Moldova, Georgia and Armenia.")
    assert not find(facts, "Norway", "AIDED", "Moldova")
    assert not find(facts, "Denmark", "AIDED", "Moldova")


def test_a_receiving_subject_after_an_invasion_is_not_the_invader(facts_of):
    # the topic moves to the one acted on: no subject preference for a subject that undergoes
    facts = facts_of("Belarus invaded Moldova in the spring. The country has since received field "
                     "guns and tanks from Norway.")
    assert not find(facts, "Norway", "AIDED", "Belarus")
    facts = facts_of("This comes a year after Russia invaded Moldova. It has since received field guns "
                     "and tanks from Norway.")
    assert not find(facts, "Norway", "AIDED", "Russia")


def test_it_after_a_singular_noun_subject_is_that_thing_not_a_state_in_a_relative_clause(facts_of):
    facts = facts_of("The draft, which Norway wrote, was adopted on Tuesday. It condemned Moldova for the "
                     "blockade of Tiraspol.")
    assert not [f for f in facts if f.subject == "Norway"]
