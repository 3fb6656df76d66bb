"""How news refers back (stop 30, the coreference helper): a possessive "his"/"her" in a
sentence that names nobody ("This is his second trip to X") stands for the one person the
previous sentence names, never for one of two; "the latter" / "the former" standing alone are
the last / first of the persons named before them, and the state a visit by "the latter" goes
to is not that person's own; an ocean is no destination of a visit; a bare short title ("the
PM") reads as its whole title; a pronoun after a quotation is not a person named inside it.
Sentences are our own; articles are dated Friday 8 March 2024 unless said otherwise."""

from tests.facts import find


def test_a_possessive_in_a_sentence_naming_nobody_is_the_one_person_before(facts_of):
    facts = facts_of("Chilean Foreign Minister Ana Morel landed in Lima on Wednesday for talks on trade. "
                     "It is her second trip to Peru in a year.")
    assert find(facts, "Ana Morel", "VISITED", "Peru")


def test_a_possessive_after_two_persons_is_left_unread(facts_of):
    facts = facts_of("President Luis Ferrer of Uruguay hosted Bolivian Vice President Marta Quiroga in "
                     "Montevideo on Monday. This came during his week-long tour of Paraguay.")
    assert not find(facts, "Luis Ferrer", "VISITED", "Paraguay")
    assert not find(facts, "Marta Quiroga", "VISITED", "Paraguay")


def test_the_latter_is_the_last_person_named_and_not_visiting_his_own_state(facts_of):
    facts = facts_of("Peruvian President Anna Vidal said she had fruitful talks with Chilean Prime "
                     "Minister Tomas Kell during the latter's three-day visit to the country.")
    assert find(facts, "Tomas Kell", "VISITED", "Peru")
    assert not find(facts, "Tomas Kell", "VISITED", "Chile")
    assert not find(facts, "Anna Vidal", "VISITED", "Chile")


def test_the_former_is_the_first_of_two(facts_of):
    facts = facts_of("Ghanaian President Kofi Asare and Togolese Prime Minister Ama Dossou spoke by phone "
                     "on Monday. The former will fly to Lome next week.")
    assert find(facts, "Kofi Asare", "VISITED", "Lome")
    assert not find(facts, "Ama Dossou", "VISITED", "Lome")


def test_an_ocean_is_no_destination_of_a_visit(facts_of):
    facts = facts_of("New Zealand Prime Minister Mere Tane will fly to Samoa on Tuesday for a regional "
                     "summit. It will be her first visit to the Pacific since taking office.")
    assert find(facts, "Mere Tane", "VISITED", "Samoa")
    assert not find(facts, "Mere Tane", "VISITED", "Pacific Ocean")


def test_a_bare_short_title_reads_as_its_whole_title(facts_of):
    facts = facts_of("PM Rohan Mehra touches down in Colombo for a two-day stay. On landing, the PM was "
                     "met on the tarmac by Sri Lankan Foreign Minister Dilani Perera.")
    assert find(facts, "Rohan Mehra", "MET_WITH", "Dilani Perera") or find(facts, "Dilani Perera", "MET_WITH", "Rohan Mehra")


def test_the_speaker_after_a_quotation_is_not_a_person_it_names(facts_of):
    facts = facts_of("Kenyan Foreign Minister Joyce Wanjiru spoke warmly of ties with Ethiopia. \"We carry the "
                     "greetings of President Daniel Otieno to our neighbours,\" she said after talks with "
                     "Ethiopian Prime Minister Abebe Tesfaye in Addis Ababa on Monday.")
    assert find(facts, "Joyce Wanjiru", "MET_WITH", "Abebe Tesfaye") or find(facts, "Abebe Tesfaye", "MET_WITH", "Joyce Wanjiru")
    assert not find(facts, "Daniel Otieno", "MET_WITH", "Abebe Tesfaye")
    assert not find(facts, "Abebe Tesfaye", "MET_WITH", "Daniel Otieno")
