"""International organisations as parties (stop 41).

An organisation named as the actor of a meeting (its delegation, team, envoy or chief read as the
body: "an IMF team held talks with Kenyan officials in Nairobi") travelled there when the other
side is at home in the place, as a state's or a person's side would; at its own seat (organizations.json
seat) it made no visit. Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_an_organisations_team_meeting_hosts_in_their_capital_visited_it(facts_of):
    facts = facts_of("An IMF team held two days of talks with Kenyan treasury officials in Nairobi on Monday "
                     "about the next loan review.",
                     published=dt.date(2023, 5, 17))
    one(facts, "International Monetary Fund", "VISITED", "Nairobi")


def test_an_organisations_delegation_meeting_a_named_host_at_home_visited_his_capital(facts_of):
    facts = facts_of("An EU delegation held talks with Vietnamese Prime Minister Pham Minh Chinh in Hanoi on "
                     "Thursday ahead of a trade dialogue.",
                     published=dt.date(2023, 5, 12))
    one(facts, "European Union", "VISITED", "Hanoi")


def test_an_organisation_meeting_guests_at_its_own_seat_made_no_visit(facts_of):
    facts = facts_of("An African Union delegation met Kenya's foreign minister in Addis Ababa on Friday "
                     "to review the mediation effort.",
                     published=dt.date(2023, 5, 12))
    assert not [f for f in facts if f.relation == "VISITED" and f.subject == "African Union"]
