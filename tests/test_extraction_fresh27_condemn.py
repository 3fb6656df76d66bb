"""How real news words censure and aid (stop 27, the condemnation and aid helper): the main verb
the parser hung on the subject's name after its appositive ("X, Secretary-General of Y,
condemned in very strong terms ..."); the owner named before two weapon nouns ("the X barrage
rocket attack"); remarks "made by" someone are that person's. Sentences are our own; articles
are dated Friday 8 March 2024."""

from tests.facts import find, one


def test_main_verb_after_an_appositive_taken_for_a_clause(facts_of):
    facts = facts_of("Hissein Brahim Taha, Secretary-General of the Organisation of Islamic Cooperation, "
                     "condemned in the clearest words the repeated raids conducted by Israel on the town of Jenin.")
    one(facts, "Hissein Brahim Taha", "CONDEMNED", "Israel")
    assert not find(facts, "Israel", "CONDEMNED", "Hissein Brahim Taha")


def test_main_verb_after_a_short_appositive(facts_of):
    facts = facts_of("Jens Stoltenberg, Secretary General of NATO, condemned in very strong terms the "
                     "missile strikes carried out by Russia on the city of Odesa.")
    one(facts, "Jens Stoltenberg", "CONDEMNED", "Russia")


def test_owner_before_two_weapon_nouns(facts_of):
    facts = facts_of("Egypt on Sunday condemned the Hamas barrage rocket strike on Ashkelon that wounded three people.")
    one(facts, "Egypt", "CONDEMNED", "Hamas")


def test_protest_against_remarks_made_by_a_minister(facts_of):
    facts = facts_of("Pakistan lodged a formal protest against the offensive comments made by "
                     "Indian Defence Minister Rajnath Singh at a rally in Punjab.")
    one(facts, "Pakistan", "CONDEMNED", "Rajnath Singh")
