"""Meetings of three or more parties, second pass, in phrasings of our own (stop 39).

"A, his Ruritanian counterpart B and C held talks": a counterpart of the first member's own, set
off after him, is the list's next member. "The interior ministers of A, B and C agreed to ...":
unnamed officials in the plural as the subject of a joint agreement stand for their states,
which met. "X has hosted defence ministers from A, B and C": each state whose officials X
hosted visited X. "Defence chiefs of South and North Korea": the first word shares the state's
name with the second.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one

DAY = dt.date(2024, 3, 8)


def test_a_counterpart_set_off_in_a_list_of_three_is_its_next_member(facts_of):
    facts = facts_of("Chilean President Gabriel Boric, his Argentine counterpart Alberto Fernandez and "
                     "Bolivian President Luis Arce held talks in Montevideo on Monday.", published=DAY)
    one(facts, "Gabriel Boric", "MET_WITH", "Alberto Fernández")
    one(facts, "Alberto Fernández", "MET_WITH", "Luis Arce")
    one(facts, "Gabriel Boric", "MET_WITH", "Luis Arce")


def test_unnamed_ministers_of_three_states_agreeing_pair_the_states(facts_of):
    facts = facts_of("The interior ministers of Kenya, Uganda and Tanzania on Tuesday agreed to share "
                     "intelligence on cross-border smuggling.", published=DAY)
    one(facts, "Kenya", "MET_WITH", "Uganda")
    one(facts, "Kenya", "MET_WITH", "Tanzania")
    one(facts, "Uganda", "MET_WITH", "Tanzania")


def test_unnamed_ministers_of_two_states_agreeing_pair_the_states(facts_of):
    facts = facts_of("The agriculture ministers of Chile and Peru agreed on Monday to lift a ban on fruit imports.",
                     published=DAY)
    one(facts, "Chile", "MET_WITH", "Peru")


def test_ministers_of_five_states_agreeing_make_no_pair(facts_of):
    facts = facts_of("The foreign ministers of France, Germany, Italy, Spain and Poland agreed on Monday "
                     "to coordinate their asylum rules.", published=DAY)
    assert not [f for f in facts if f.relation == "MET_WITH"]


def test_ministers_of_one_bloc_agreeing_make_no_pair(facts_of):
    facts = facts_of("The finance ministers of the European Union agreed on Monday to extend the grain levy.",
                     published=DAY)
    assert not [f for f in facts if f.relation == "MET_WITH"]


def test_a_state_hosting_ministers_from_a_list_is_visited_by_each(facts_of):
    facts = facts_of("Ghana has hosted defence ministers from Togo, Benin and Burkina Faso in recent months.",
                     published=DAY)
    one(facts, "Togo", "VISITED", "Ghana")
    one(facts, "Benin", "VISITED", "Ghana")
    one(facts, "Burkina Faso", "VISITED", "Ghana")


def test_a_state_hosting_two_delegations_for_talks_is_visited_by_both(facts_of):
    facts = facts_of("Nepal hosted the Indian and Bangladeshi delegations for three-way talks on power trade "
                     "on Tuesday.", published=DAY)
    one(facts, "India", "VISITED", "Nepal")
    one(facts, "Bangladesh", "VISITED", "Nepal")


def test_south_and_north_korea_share_the_name(facts_of):
    facts = facts_of("The defence chiefs of South and North Korea agreed on Tuesday to pull guard posts back "
                     "from the border.", published=DAY)
    one(facts, "North Korea", "MET_WITH", "South Korea")
    assert not find(facts, "North", "MET_WITH", "South Korea")
