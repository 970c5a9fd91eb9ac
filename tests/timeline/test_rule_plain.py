"""The rule catalog's plain-language fields: every rule has an area, a plain title and a plain
event; which rules are triggers is decided from the data (a rule each of whose results counts
zero from the given day defines how a day is treated, it follows no event)."""

from __future__ import annotations

import pytest

from timeline.deadlines import list_rules
from timeline.rules import AREAS, all_rules

DEFINITIONS = {"A-FRCP-6a3", "A-FRCP-6a4", "A-FRCP-6a6", "A-HOL-FED", "A-HOL-ADHOC",
               "B-USCIS-WEEKEND"}


@pytest.mark.parametrize("rule", list_rules(), ids=lambda r: r.id)
def test_rule_plain_fields_present(rule):
    assert rule.area in AREAS
    assert rule.plain_title and rule.plain_event and rule.plain_name == rule.plain_title
    assert "CD " not in rule.plain_title and "; F;" not in rule.plain_title  # no catalog code


def test_rule_plain_definitions_are_not_triggers():
    assert {r.id for r in list_rules() if not r.is_trigger} == DEFINITIONS
    for rule_id in DEFINITIONS:
        assert all(spec.n == 0 for spec in all_rules()[rule_id].results)


def test_rule_plain_areas_follow_the_forum():
    rules = all_rules()
    assert rules["B-EOIR-BIA-APPEAL"].area == "immigration court"
    assert rules["B-USCIS-RFE"].area == "USCIS and DHS"
    assert rules["C-CA-DVRO-HEARING"].area == "protective order"
    assert rules["D-STA-70"].area == "criminal"
    assert rules["E-nPEP-START"].area == "clinical"
    assert rules["A-FRCP-6a1"].area == "time computation"
    assert {r.area for r in rules.values()} == set(AREAS)


def test_rule_plain_event_name_reads_as_a_table_cell():
    rules = all_rules()
    assert rules["B-EOIR-BIA-APPEAL"].event_name == "Immigration judge's decision"
    assert rules["B-USCIS-RFE"].event_name == "RFE"
    assert rules["E-HEPB-3DOSE"].event_name == "Dose 1"


def test_rule_plain_area_is_checked():
    from models.errors import InvalidInput
    from timeline.rules import _rule

    raw = {"id": "X-1", "domain": "d", "title": "t", "trigger": "t", "trigger_type": "t",
           "category": "immigration", "deciding_body": "uscis", "deciding_body_source": "s",
           "results": [{"label": "l", "kind": "due", "owner": "client", "unit": "CD", "n": 3}],
           "sources": ["s"], "confidence": "V", "area": "astrology"}
    with pytest.raises(InvalidInput, match="area must be one of"):
        _rule(raw, "B")
    raw["area"] = "USCIS and DHS"
    assert _rule(raw, "B").is_trigger
