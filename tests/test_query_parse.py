"""The question parser on the phrasings a user types: case, punctuation and word order free."""
from __future__ import annotations

import pytest

from kg.errors import UnsupportedQuestion
from kg.query.parse import parse_question

A, PL, NEG, ALL = ["asserted"], ["planned"], ["negated"], ["asserted", "planned", "negated"]

CASES = [
    # who VERB X: X undergoes the act, answers did it
    ("Who visited North Korea?", dict(form="relation", relation="VISITED", entity="North Korea", entity_role="patient", modalities=A)),
    ("who has visited pyongyang", dict(relation="VISITED", entity="pyongyang", entity_role="patient")),
    ("Who travelled to Kyiv?", dict(relation="VISITED", entity="Kyiv", entity_role="patient")),
    ("which countries visited Beijing in 2024?", dict(relation="VISITED", entity="Beijing", answer_kind="State", date_from="2024", date_to="2024")),
    ("Which officials met Kim Jong-un since July 2023", dict(relation="MET_WITH", entity="Kim Jong-un", answer_kind="Person", date_from="2023-07", date_to=None)),
    ("which leaders held talks with Xi Jinping?", dict(relation="MET_WITH", entity="Xi Jinping", answer_kind="Person")),
    ("who met with the Pope", dict(relation="MET_WITH", entity="Pope")),
    ("who is allied with Russia", dict(relation="ALLIED_WITH", entity="Russia")),
    ("who are Russia's allies?", dict(relation="ALLIED_WITH", entity="Russia")),
    ("allies of China", dict(relation="ALLIED_WITH", entity="China")),
    ("Who sanctioned Iran?", dict(relation="SANCTIONED_BY", entity="Iran", entity_role="patient")),
    ("who imposed sanctions on North Korea in 2017", dict(relation="SANCTIONED_BY", entity="North Korea", entity_role="patient", date_from="2017")),
    ("who condemned Israel", dict(relation="CONDEMNED", entity="Israel", entity_role="patient")),
    ("who criticised China?", dict(relation="CONDEMNED", entity="China")),
    ("who criticized China?", dict(relation="CONDEMNED", entity="China")),
    ("who aided Ukraine", dict(relation="AIDED", entity="Ukraine", entity_role="patient")),
    ("who helped Ukraine after 2022", dict(relation="AIDED", entity="Ukraine", date_from="2023", date_to=None)),
    ("who attacked Ukraine before 2024?", dict(relation="ATTACKED", entity="Ukraine", date_to="2023", date_from=None)),
    ("who invaded Ukraine", dict(relation="ATTACKED", entity="Ukraine")),
    ("how many countries visited Pyongyang", dict(relation="VISITED", answer_kind="State", count=True)),
    # reverse: X does the act, answers undergo it
    ("where did Sun Weidong go?", dict(relation="VISITED", entity="Sun Weidong", entity_role="agent")),
    ("What did Macron visit?", dict(relation="VISITED", entity="Macron", entity_role="agent")),
    ("what countries has Macron visited", dict(relation="VISITED", entity="Macron", entity_role="agent", answer_kind="State")),
    ("whom did Emmanuel Macron meet?", dict(relation="MET_WITH", entity="Emmanuel Macron", entity_role="agent")),
    ("who did Blinken meet with in July 2023", dict(relation="MET_WITH", entity="Blinken", date_from="2023-07", date_to="2023-07")),
    ("whom did the United States sanction?", dict(relation="SANCTIONED_BY", entity="United States", entity_role="agent")),
    ("who was sanctioned by the EU", dict(relation="SANCTIONED_BY", entity="EU", entity_role="agent")),
    ("who is North Korea sanctioned by", dict(relation="SANCTIONED_BY", entity="North Korea", entity_role="patient")),
    ("whom did Russia attack", dict(relation="ATTACKED", entity="Russia", entity_role="agent")),
    ("whom did China condemn?", dict(relation="CONDEMNED", entity="China", entity_role="agent")),
    ("whom did Japan aid", dict(relation="AIDED", entity="Japan", entity_role="agent")),
    # modality
    ("who plans to visit Beijing?", dict(relation="VISITED", entity="Beijing", modalities=PL)),
    ("who will visit Beijing", dict(relation="VISITED", modalities=PL)),
    ("Planned visits to Beijing", dict(relation="VISITED", entity="Beijing", entity_role="patient", modalities=PL)),
    ("where will Li Qiang go?", dict(relation="VISITED", entity="Li Qiang", entity_role="agent", modalities=PL)),
    ("who did not visit Moscow", dict(relation="VISITED", entity="Moscow", modalities=NEG)),
    ("who refused to meet Zelensky?", dict(relation="MET_WITH", entity="Zelensky", modalities=NEG)),
    ("who never visited Taipei", dict(relation="VISITED", entity="Taipei", modalities=NEG)),
    # other forms
    ("Who is Sun Weidong?", dict(form="profile", entity="Sun Weidong")),
    ("tell me about Choe Son Hui", dict(form="profile", entity="Choe Son Hui")),
    ("what did Sergei Lavrov do in 2024?", dict(form="activity", entity="Sergei Lavrov", date_from="2024")),
    ("timeline of North Korea", dict(form="timeline", entity="North Korea", modalities=ALL)),
    ("North Korea's timeline", dict(form="timeline", entity="North Korea")),
    ("When did Xi Jinping visit Moscow?", dict(form="when", relation="VISITED", entity="Xi Jinping", other="Moscow")),
    ("when did Xi and Putin meet", dict(form="when", relation="MET_WITH", entity="Xi", other="Putin")),
    ("did Macron meet Xi Jinping?", dict(form="check", relation="MET_WITH", entity="Macron", other="Xi Jinping", modalities=A)),
    ("Has Russia ever attacked Georgia", dict(form="check", relation="ATTACKED", entity="Russia", other="Georgia")),
    ("is Russia allied with North Korea?", dict(form="check", relation="ALLIED_WITH", entity="Russia", other="North Korea")),
    ("will Macron visit Beijing", dict(form="check", relation="VISITED", modalities=PL)),
    ("How is Russia connected to North Korea?", dict(form="connection", entity="Russia", other="North Korea")),
    ("how are France and China linked", dict(form="connection", entity="France", other="China")),
    ("what connects Macron to Kim Jong Un", dict(form="connection", entity="Macron", other="Kim Jong Un")),
    # time phrases
    ("who visited Kyiv between March and May 2023", dict(date_from="2023-03", date_to="2023-05")),
    ("in July 2023 who met Blinken", dict(relation="MET_WITH", entity="Blinken", date_from="2023-07", date_to="2023-07")),
    ("who visited Seoul on 4 July 2023", dict(date_from="2023-07-04", date_to="2023-07-04")),
    ("who visited Seoul from 2022 to 2023", dict(date_from="2022", date_to="2023")),
]


@pytest.mark.parametrize("question,expected", CASES, ids=[q for q, _ in CASES])
def test_phrasings(question, expected):
    spec = parse_question(question)
    got = {key: getattr(spec, key) for key in expected}
    if "entity" in expected:  # names keep the user's spelling; compare case-free
        got["entity"] = (got["entity"] or "").lower()
        expected = {**expected, "entity": expected["entity"].lower()}
    assert got == expected


def test_unsupported_question_lists_what_works():
    with pytest.raises(UnsupportedQuestion) as err:
        parse_question("tell me a joke")
    assert "who visited North Korea?" in err.value.message
    assert err.value.exit_code == 2


def test_empty_question_is_a_usage_error():
    with pytest.raises(UnsupportedQuestion):
        parse_question("   ")


def test_month_without_year_asks_for_the_year():
    with pytest.raises(UnsupportedQuestion) as err:
        parse_question("who visited Beijing in May")
    assert "year" in err.value.message


def test_entity_keeps_the_users_spelling():
    assert parse_question("WHO VISITED Pyongyang?").entity == "Pyongyang"
