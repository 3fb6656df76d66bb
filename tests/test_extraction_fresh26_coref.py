"""How news refers back to those it named (stop 26, the coreference helper): a "he" opening a
sentence after one whose main subject was passive ("X was greeted by Y") is that subject; a
main subject the model names as nobody still stops the search for an earlier "he"; an undated
article's "the Russian FM" is the person it names whom the gazetteer knows in that post.
Sentences are our own; articles are dated Friday 8 March 2024 unless said otherwise."""

from tests.facts import find, one


def test_he_after_a_passive_main_subject(facts_of):
    facts = facts_of("Ruritanian President Anton Varga arrived in Zenda on Tuesday. Varga was met on "
                     "the tarmac by Bordurian Foreign Minister Petra Hollis. He later held talks with "
                     "Bordurian President Marko Lenz.")
    one(facts, "Anton Varga", "MET_WITH", "Marko Lenz")
    assert not find(facts, "Petra Hollis", "MET_WITH", "Marko Lenz")


def test_an_unresolved_main_subject_stops_the_search_for_he(facts_of):
    facts = facts_of("He is expected to see senior United Nations staff, Secretary-General "
                     "Antonio Guterres among them, on Monday before flying to Chicago. Okonkwo has a series of "
                     "talks planned with senior American officials. He is also expected to meet "
                     "President Joe Biden on Thursday.")
    assert not find(facts, "Antonio Guterres", "MET_WITH", "Joe Biden")


def test_an_undated_description_is_the_named_holder_of_the_post(facts_of):
    facts = facts_of("Lavrov's trip to Ankara marks a year since the last round of talks. Later that "
                     "day the Russian FM held talks with President Recep Tayyip Erdogan.", published=None)
    one(facts, "Sergey Lavrov", "MET_WITH", "Recep Tayyip Erdogan")


def test_a_title_before_an_honorific_and_name_stays_a_title(facts_of):
    facts = facts_of("Ghana's President, Dr John Mahama, on Monday welcomed the decision of the "
                     "regional court.", published=None)
    one(facts, "John Mahama", "HOLDS_ROLE", "Ghana")


def test_his_counterpart_as_object_is_the_other_person_named(facts_of):
    facts = facts_of("Bolivian President Luis Arce withdrew his envoy from Lima on Monday. The move came "
                     "a day after Peruvian President Dina Boluarte went on the radio and blamed her "
                     "counterpart for stirring unrest in the south.")
    one(facts, "Dina Boluarte", "CONDEMNED", "Luis Arce")
    assert not find(facts, "Dina Boluarte", "CONDEMNED", "Dina Boluarte")


def test_its_in_a_list_of_officials_is_the_owner_of_the_entry_before(facts_of):
    facts = facts_of("The U.S. Treasury said on Tuesday that the measures, agreed with its European "
                     "partners, listed Hamas political bureau chief Ismail Haniyeh, its deputy chief "
                     "Saleh al-Arouri and two financiers.")
    one(facts, "Saleh al-Arouri", "HOLDS_ROLE", "Hamas")


def test_a_bare_title_is_the_one_person_titled_so_before_his_name(facts_of):
    facts = facts_of("Prime Minister Anton Varga held cordial talks with his Bordurian counterpart Marko "
                     "Lenz in Szohod on Monday. Varga then toured a port. The prime minister arrived "
                     "in Dakar after the talks.")
    one(facts, "Anton Varga", "VISITED", "Dakar")
    assert not find(facts, "Marko Lenz", "VISITED", "Dakar")


def test_a_bare_title_is_the_named_person_the_gazetteer_knows_in_that_post(facts_of):
    facts = facts_of("Lula's motorcade reached the harbour shortly before noon. The president was "
                     "welcomed there by Governor Tomas Ferreira Lima and Mayor Paulo Bento Reis.")
    one(facts, "Luiz Inacio Lula da Silva", "MET_WITH", "Tomas Ferreira Lima")


def test_a_bare_title_is_not_a_named_person_of_another_post(facts_of):
    facts = facts_of("Lavrov's motorcade reached the harbour shortly before noon. The president was "
                     "welcomed there by Governor Tomas Ferreira Lima and Mayor Paulo Bento Reis.")
    assert not find(facts, "Sergey Lavrov", "MET_WITH", "Tomas Ferreira Lima")


def test_a_description_read_as_a_named_person_gives_him_the_post(facts_of):
    facts = facts_of("Sanchez said his call with Lula had been warm. He added that the Brazilian "
                     "president would fly to Madrid in June for a state visit.")
    one(facts, "Luiz Inacio Lula da Silva", "HOLDS_ROLE", "Brazil")


def test_a_description_of_a_person_never_named_gives_no_post(facts_of):
    facts = facts_of("Sanchez said the Brazilian president would fly to Madrid in June for a state "
                     "visit.")
    assert not find(facts, "Luiz Inacio Lula da Silva", "HOLDS_ROLE", "Brazil")


def test_the_title_of_a_state_is_the_named_holder(facts_of):
    facts = facts_of("The President of Brazil landed in Lisbon on Thursday. Prime Minister Luis "
                     "Montenegro welcomed Lula at the airport.")
    one(facts, "Luiz Inacio Lula da Silva", "HOLDS_ROLE", "Brazil")
    one(facts, "Luiz Inacio Lula da Silva", "VISITED", "Lisbon")


def test_the_title_of_a_state_before_a_name_stays_a_title(facts_of):
    facts = facts_of("The President of Brazil, Luiz Inacio Lula da Silva, landed in Lisbon on Thursday.")
    one(facts, "Luiz Inacio Lula da Silva", "HOLDS_ROLE", "Brazil")


def test_a_leader_description_names_no_post(facts_of):
    facts = facts_of("Lula skipped the summit dinner in Rome. The Brazilian leader usually attends "
                     "such dinners, aides said.")
    assert not find(facts, "Luiz Inacio Lula da Silva", "HOLDS_ROLE", "Brazil")
