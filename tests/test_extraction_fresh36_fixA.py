"""Co-participants of one multilateral gathering are no pairs of bilateral meetings, as the
precision audit of stop 36 showed.

- "the forum brought together envoys from A, B, C and D", "At the summit, the heads of five
  states - A, B, C, D and E - signed a pact", "Negotiators of X and the group's countries - A,
  B, C and D - ended a round of talks":
  the parties a pair path reads from one list around a gathering are its attendees; a list of
  verbs.json multilateral_parties (four) or more is a multilateral gathering, and its attendance
  tells no meeting of any two of them (the gold's convention for summit attendance);
- those who came to the gathering from abroad still visited its place;
- three who held talks still pair ("talks were held between the ministers of A, B and C").

Sentences are our own; articles are dated as each test says."""
from itertools import combinations

from tests.facts import find, one


def _no_pair_among(facts, names):
    paired = [(a, b) for a, b in combinations(names, 2)
              if find(facts, a, "MET_WITH", b) or find(facts, b, "MET_WITH", a)]
    assert not paired, paired


# ---- a multilateral gathering read from one list ------------------------------------------------------
def test_a_forum_that_brought_together_four_states_pairs_none_of_them(facts_of):
    facts = facts_of("The Oslo forum brought together representatives from Norway, Chile, Kenya "
                     "and Vietnam.")
    _no_pair_among(facts, ["Norway", "Chile", "Kenya", "Vietnam"])


def test_heads_of_states_signing_at_a_summit_are_no_pairs(facts_of):
    facts = facts_of("At a regional meeting in Accra on Tuesday, the heads of five states - Ghana, "
                     "Togo, Benin, Niger and Mali - signed a pact on cross-border trade.")
    _no_pair_among(facts, ["Ghana", "Togo", "Benin", "Niger", "Mali"])
    # those who came from abroad still visited the gathering's city; the host did not
    for guest in ("Togo", "Benin", "Niger", "Mali"):
        one(facts, guest, "VISITED", "Accra")
    assert not find(facts, "Ghana", "VISITED", "Accra")


def test_members_of_a_group_listed_beside_the_other_side_are_no_pairs(facts_of):
    facts = facts_of("Negotiators of Serbia and the Quint countries - France, Germany, Italy, Britain "
                     "and the United States - ended a first round of talks in Brussels on Friday.")
    _no_pair_among(facts, ["France", "Germany", "Italy", "United Kingdom", "United States"])


# ---- three who met still pair ------------------------------------------------------------------------
def test_trilateral_talks_still_pair_their_three_parties(facts_of):
    facts = facts_of("Talks were held in Cairo on Monday between the foreign ministers of Egypt, "
                     "Jordan and Iraq.")
    one(facts, "Egypt", "MET_WITH", "Jordan")
    one(facts, "Egypt", "MET_WITH", "Iraq")
    one(facts, "Jordan", "MET_WITH", "Iraq")
