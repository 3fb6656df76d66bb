"""Event nouns and support verbs as one construction layer (issue 10, docs/ERRORS.md "nominal
event" and "support verb"): an event noun of verbs.json takes its arguments from its possessor,
modifiers and prepositional phrases wherever the parse hung them (on a support verb's participle
after it, on its own named argument), from the clause it frames, and from the document that
carries it. Sentences are our own (none from any gold or dev file), read by the real spaCy model;
articles are dated Friday 8 March 2024 (tests/facts.py)."""

import pytest

from tests.facts import find, one

# (sentence, subject, relation, object, date): what a careful reader takes from the sentence
FOUND = [
    # a support verb's participle carries the noun's phrases
    ("The sanctions imposed on Belarus by the European Union took effect on Monday.",
     "Belarus", "SANCTIONED_BY", "European Union", "2024-03-04"),
    ("The first air strike on Estonia carried out by Russia came on Tuesday.",
     "Russia", "ATTACKED", "Estonia", "2024-03-05"),
    ("It was the first defence pact signed by Senegal with Togo.",
     "Senegal", "ALLIED_WITH", "Togo", None),
    # an event noun in apposition is governed by its head's verb: the pact is signed
    ("Estonia and Finland signed the Baltic Shield Accord, a defence pact, on Monday.",
     "Estonia", "ALLIED_WITH", "Finland", "2024-03-04"),
    # ... also when the parser hung the participle on the noun's object
    ("The raid on Bolivian President Luis Arce's government undertaken by Paraguay shocked the region.",
     "Paraguay", "ATTACKED", "Bolivia", "2024-03"),  # an attack told in the past: the article's month
    # a phrase the parser left on the noun's named argument is still the noun's
    ("The brutal attack by the Russian army on Estonia and Latvia began on Sunday.",
     "Russia", "ATTACKED", "Estonia", "2024-03-03"),
    ("The brutal attack by the Russian army on Estonia and Latvia began on Sunday.",
     "Russia", "ATTACKED", "Latvia", "2024-03-03"),
    ("The visit of Hungarian Prime Minister Viktor Orban in Serbia lasted two days.",
     "Viktor Orban", "VISITED", "Serbia", "2024-03"),
    # a document speaks for whoever issued it; condemning an act condemns its owner
    ("The Security Council passed a resolution condemning Sudan on Tuesday.",
     "United Nations Security Council", "CONDEMNED", "Sudan", "2024-03-05"),
    ("Estonia issued a statement on Monday condemning Russia's invasion of Georgia.",
     "Estonia", "CONDEMNED", "Russia", "2024-03-04"),
    # the trip that frames a clause is its subject's, also through a part of it
    ("As part of his state visit to Kenya, Olaf Scholz opened a trade fair on Monday.",
     "Olaf Scholz", "VISITED", "Kenya", "2024-03-04"),
    ("Upon his arrival in Asuncion on Tuesday, Javier Milei went straight to the palace.",
     "Javier Milei", "VISITED", "Asuncion", "2024-03-05"),
    # ... a passive clause's subject, not its agent, made the trip
    ("Bola Tinubu was welcomed by William Ruto upon his arrival at Jomo Kenyatta International "
     "Airport, Kenya, on Tuesday.", "Bola Tinubu", "VISITED", "Kenya", "2024-03-05"),
    # a gathering the clause happens at, wherever the phrase stands
    ("Antony Blinken spoke to journalists at a joint press conference with Norwegian Foreign "
     "Minister Espen Barth Eide on Tuesday.", "Antony Blinken", "MET_WITH", "Espen Barth Eide", "2024-03-05"),
    ("Olaf Scholz discussed trade in a call with Kenyan President William Ruto on Monday.",
     "Olaf Scholz", "MET_WITH", "William Ruto", "2024-03-04"),
    # support verb + event noun: discussions held are a meeting of the subjects
    ("President Luis Arce and President Gabriel Boric held lengthy discussions on Monday at the "
     "palace.", "Luis Arce", "MET_WITH", "Gabriel Boric", "2024-03-04"),
    # a welcome ceremony for a guest: the guest is where it is held
    ("The presidential palace in Nairobi put on a welcome ceremony for Ghanaian President Nana "
     "Akufo-Addo on Monday.", "Nana Akufo-Addo", "VISITED", "Nairobi", "2024-03-04"),
    ("A welcoming ceremony for Senegalese President Macky Sall was staged at the presidential "
     "palace in Lome on Tuesday.", "Macky Sall", "VISITED", "Lome", "2024-03-05"),
    # a list after the noun, left by the parser on the noun whose phrase it is in
    ("Pedro Sanchez stressed Spain's commitment to allies in the region, including Senegal and Ghana.",
     "Spain", "ALLIED_WITH", "Senegal", None),
    # condemning an act condemns its owner: described as, or said to be, reckless
    ("Bolivian President Luis Arce on Friday described Paraguay's raid on the border post as "
     "dangerous and provocative.", "Luis Arce", "CONDEMNED", "Paraguay", "2024-03-08"),
    ("In a statement on Tuesday, Estonia's foreign ministry said Moscow's decision was wholly "
     "unjustified.", "Estonia", "CONDEMNED", "Russia", "2024-03-05"),
    # a defence cooperation agreement: the modifier of the modifier names the kind
    ("Estonia and Finland signed a defence cooperation agreement on Tuesday.",
     "Estonia", "ALLIED_WITH", "Finland", "2024-03-05"),
]


@pytest.mark.parametrize("text,subject,relation,obj,date", FOUND)
def test_event_noun_construction_found(facts_of, text, subject, relation, obj, date):
    fact = one(facts_of(text), subject, relation, obj)
    assert fact.modality.value == "asserted"
    assert fact.date == date


# what the layer must not read as asserted
NOT_FOUND = [
    # a reaction to an event is no part in it
    ("Fiji and Samoa welcomed the talks.", "Fiji", "MET_WITH", "Samoa"),
    ("Latvia welcomed a statement condemning Belarus.", "Latvia", "CONDEMNED", "Belarus"),
    # the agent of a passive clause did not make the trip that frames it
    ("Bola Tinubu was welcomed by William Ruto upon his arrival at Jomo Kenyatta International "
     "Airport, Kenya, on Tuesday.", "William Ruto", "VISITED", "Kenya"),
    # "their arrival" is not the singular subject's
    ("The Bolivian leader often greets foreign ministers upon their arrival at El Alto airport.",
     "Bolivia", "VISITED", "El Alto"),
    # a cooperation agreement with no defence in it is no alliance
    ("Olaf Scholz announced a new cooperation agreement with Paraguay on fisheries.",
     "Germany", "ALLIED_WITH", "Paraguay"),
    ("Olaf Scholz announced a new cooperation agreement with Paraguay on fisheries.",
     "Olaf Scholz", "ALLIED_WITH", "Paraguay"),
    # a judgement that is no censure; a censure nobody is said to voice
    ("Estonia described the Russian visit as a success.", "Estonia", "CONDEMNED", "Russia"),
    ("Russia's decision was illegal, and the treaty was signed in Riga.", "Latvia", "CONDEMNED", "Russia"),
    # an attack under "any" is a hypothesis
    ("Estonia warned of a firm answer to any Russian attack on Latvia.", "Russia", "ATTACKED", "Latvia"),
    # what positions held by a force are is no event of that force
    ("Azerbaijan shelled positions held by Armenian forces on Tuesday.", "Armenia", "ATTACKED", "Azerbaijan"),
]


@pytest.mark.parametrize("text,subject,relation,obj", NOT_FOUND)
def test_event_noun_construction_not_read(facts_of, text, subject, relation, obj):
    facts = facts_of(text)
    found = find(facts, subject, relation, obj) + (find(facts, obj, relation, subject)
                                                   if relation in ("MET_WITH", "ALLIED_WITH") else [])
    assert not [f for f in found if f.modality.value == "asserted"]


def test_an_airport_named_with_its_country_is_no_destination(facts_of):
    """"arrived at X Airport, Kenya": the visit is to Kenya, not to the airport."""
    facts = facts_of("Bola Tinubu was welcomed by William Ruto upon his arrival at Jomo Kenyatta "
                     "International Airport, Kenya, on Tuesday.")
    visits = [f.object for f in facts if f.relation == "VISITED"]
    assert visits == ["Kenya"]


def test_any_attack_is_not_asserted(facts_of):
    """"any attack on X would ...": a hypothetical, neither an attack that happened nor one
    planned (modality.json hypothetical_determiners): no attack fact at all."""
    facts = facts_of("Estonia warned of a firm answer to any Russian attack on Latvia.")
    assert not [f for f in facts if f.relation == "ATTACKED"], facts


# ---- the layer's data: a typo in verbs.json is a load error naming the entry ---------------------
def _verbs_with(tmp_path, change):
    import json

    from ingest import lexicon

    raw = json.loads((lexicon.DATA_DIR / "verbs.json").read_text(encoding="utf-8"))
    change(raw)
    path = tmp_path / "verbs.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_a_misspelt_list_of_the_layer_is_a_load_error(tmp_path):
    from ingest import lexicon
    from ingest.relations import lexicon_data

    def change(raw):
        raw["documnet_nouns"] = raw.pop("document_nouns")

    with pytest.raises(lexicon.LexiconError) as info:
        lexicon_data.load_file(_verbs_with(tmp_path, change))
    assert info.value.code == "E302" and "document" in str(info.value)


def test_a_frame_path_without_its_prepositions_is_a_load_error(tmp_path):
    from ingest import lexicon
    from ingest.relations import lexicon_data

    def change(raw):
        raw["noun_frames"]["meeting"][0]["subject"] = ["subj", "frame"]

    with pytest.raises(lexicon.LexiconError) as info:
        lexicon_data.load_file(_verbs_with(tmp_path, change))
    assert info.value.code == "E305" and "noun_frames.meeting[0]" in str(info.value) and "needs prepositions" in str(info.value)


def test_a_noun_naming_an_unknown_frame_is_a_load_error(tmp_path):
    from ingest import lexicon
    from ingest.relations import lexicon_data

    def change(raw):
        raw["nouns"]["raid"] = {"frame": "armed_atack"}

    with pytest.raises(lexicon.LexiconError) as info:
        lexicon_data.load_file(_verbs_with(tmp_path, change))
    assert info.value.code == "E302" and "nouns.raid.frame" in str(info.value) and "armed_atack" in str(info.value)


def test_a_noun_of_a_frame_reads_as_its_class(facts_of, extractor):
    """Nouns that name one frame take the same arguments: "war" reads like "assault"."""
    from ingest.relations import lexicon_data

    lex = lexicon_data.verbs()
    assert lex.nouns["war"] == lex.nouns["assault"] == lex.noun_frames["armed_attack"]
    for noun in ("war", "assault"):
        fact = one(facts_of(f"Russia's {noun} against Ukraine entered its third year."), "Russia", "ATTACKED", "Ukraine")
        assert fact.modality.value == "asserted"
    assert not [f for f in facts_of("The war in Sudan has displaced millions.") if f.relation == "ATTACKED"]
