"""Help a verb or a noun of ceasing stops is no help given (stop 49, aid49): "halted its aid to
X", "suspended $N in assistance to X", "announced a suspension of military assistance to X",
"threatened to withdraw aid to X" are negated AIDED facts, as the analysts' gold reads them.
Sentences and persons are our own; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import one


@pytest.mark.parametrize("text,subject,obj", [
    ("Canberra halted its development aid to Tonga after the disputed vote.", "Australia", "Tonga"),
    ("Norway has suspended $45 million in budget support to Malawi pending an audit.", "Norway", "Malawi"),
    ("Ottawa announced an indefinite suspension of military assistance to Mali on Tuesday.", "Canada", "Mali"),
    ("The Dutch government threatened to withdraw its aid to Suriname over the ruling.", "Netherlands", "Suriname"),
    ("Sweden cut off its aid to Guatemala last month, the minister said.", "Sweden", "Guatemala"),
    ("Tokyo declared a freeze on new aid to Myanmar after the arrests.", "Japan", "Myanmar"),
])
def test_help_stopped_is_negated(facts_of, text, subject, obj):
    assert one(facts_of(text), subject, "AIDED", obj).modality.value == "negated"


@pytest.mark.parametrize("text,subject,obj", [
    ("Washington lifted the suspension of military aid to Egypt on Monday.", "United States", "Egypt"),
    ("Denmark resumed its aid to Uganda after the freeze ended last year.", "Denmark", "Uganda"),
    ("Spain sent aid to Morocco, where the fighting had stopped.", "Spain", "Morocco"),
])
def test_help_resumed_or_given_stays_asserted(facts_of, text, subject, obj):
    assert one(facts_of(text), subject, "AIDED", obj).modality.value == "asserted"
