"""Censure told as holding someone to blame, in phrasings of our own (stop 37).

- "X holds Y responsible for Z", "X held Y accountable": the one a verb of holding puts under a
  blame adjective (verbs.json blame_frame adjectives) is censured, in each of the three shapes
  the small parser gives the phrase (the adjective as Y's predicate, as a clause with Y for
  subject, or as a modifier after Y's name);
- "held Y hostage", "held talks with Y" blame nobody (checked beside a blame in the same
  sentence), and "did not hold Y responsible" is negated.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_holds_state_responsible_for_an_attack(facts_of):
    # the gunmen holding hostages, and the talks Ghana holds, blame nobody
    facts = facts_of("Ghana holds Burkina Faso responsible for the raid on its border post, where gunmen held two "
                     "Ghanaian guards hostage, and will hold talks with Togo, the foreign minister said.",
                     published=dt.date(2022, 5, 4))
    one(facts, "Ghana", "CONDEMNED", "Burkina Faso")
    assert [(f.subject, f.object) for f in facts if f.relation == "CONDEMNED"] == [("Ghana", "Burkina Faso")]


def test_coordinated_subjects_hold_a_state_legally_responsible(facts_of):
    facts = facts_of("Norway and Denmark said on Tuesday they hold Russia legally responsible over the "
                     "sabotage of the undersea cable.", published=dt.date(2023, 2, 14))
    one(facts, "Norway", "CONDEMNED", "Russia")
    one(facts, "Denmark", "CONDEMNED", "Russia")


def test_held_organisation_accountable(facts_of):
    facts = facts_of("Somalia held Al-Shabaab accountable for the ambush near the coast.",
                     published=dt.date(2021, 9, 1))
    one(facts, "Somalia", "CONDEMNED", "Al-Shabaab")


def test_did_not_hold_responsible_is_negated(facts_of):
    facts = facts_of("Uganda did not hold Rwanda responsible for the shooting at the border.",
                     published=dt.date(2019, 4, 2))
    held = one(facts, "Uganda", "CONDEMNED", "Rwanda")
    assert held.modality == "negated"
