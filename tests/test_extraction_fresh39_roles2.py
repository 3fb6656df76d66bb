"""A cabinet listed after one state's demonym or possessive, its later names under bare titles
separated by commas, in phrasings of our own (stop 39).

"Ruritanian President A, Premier B, Vice President C and Foreign Minister D": a list that opens
on one state's titled name and goes on with bare titles is that state's cabinet, each title a
post of that state; a title with its portfolio in an "of" phrase ("Minister of Foreign Affairs
E") is one item of the list, not its end.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_a_cabinet_listed_with_commas_after_a_demonym(facts_of):
    facts = facts_of("The envoy is due to see Kenyan President William Ruto, Deputy President Rigathi Gachagua, "
                     "Interior Minister Kithure Kindiki and Treasury Secretary Njuguna Ndung'u on Thursday.",
                     published=dt.date(2023, 5, 9))
    one(facts, "Rigathi Gachagua", "HOLDS_ROLE", "Kenya")
    one(facts, "Kithure Kindiki", "HOLDS_ROLE", "Kenya")


def test_a_title_with_an_of_portfolio_inside_the_list(facts_of):
    facts = facts_of("Sitting at the table were Ghanaian Vice President Kwame Asante, Minister of Foreign Affairs "
                     "Esi Mensah, Defence Minister Kofi Boateng and Interior Minister Yaw Owusu.",
                     published=dt.date(2022, 2, 14))
    one(facts, "Esi Mensah", "HOLDS_ROLE", "Ghana")
    one(facts, "Kofi Boateng", "HOLDS_ROLE", "Ghana")



def test_two_titled_names_joined_by_and_keep_their_own_states(facts_of):
    # (an audit of the stop's changes on other pages: a state's premier and a foreign secretary of
    # state are two states' officials as often as one's; the of-title joins only a comma list)
    facts = facts_of("Israeli Prime Minister Avi Golan and Secretary of State Mary Dunlop met in Rome on Friday.",
                     published=dt.date(1988, 3, 4))
    one(facts, "Avi Golan", "HOLDS_ROLE", "Israel")
    assert not [f for f in facts if f.subject == "Mary Dunlop" and f.relation == "HOLDS_ROLE"]
