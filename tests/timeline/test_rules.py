"""The rule catalog as data: every catalog id, complete records, validation, generated docs."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.errors import InvalidInput
from models.records import Category
from timeline.deadlines import get_rule, list_rules
from timeline.rules import KINDS, _rule
from timeline.rules_doc import render

CATALOG_IDS = """A-FRCP-6a1 A-FRCP-6a2 A-FRCP-6a3 A-FRCP-6a4 A-FRCP-6a5 A-FRCP-6a6 A-FRCP-6d A-FRAP-FRCrP-FRBP
A-HOL-FED A-HOL-ADHOC A-CA-CCP12 A-CA-CCP12c A-CA-CCP1013 A-NY-GCL25a A-TX-TRCP4 B-T-APPLY B-T-VALID-4YR
B-T-ADJ-3YR B-T/U-ABSENCE B-U-SUPB-6MO B-U-VALID-4YR B-U-ADJ-3YR B-CP B-ASYLUM-1YR B-ASYLUM-AAF
B-EOIR-BIA-APPEAL B-EOIR-MTR-30 B-EOIR-MTRO-90 B-EOIR-INABS-180 B-EOIR-PREHEARING B-EOIR-ADDRESS B-USCIS-RFE
B-USCIS-NOID B-USCIS-I290B B-USCIS-WEEKEND B-USCIS-BIO B-EAD-RENEW-180 C-FED-1514-TRO C-FED-1514-PO
C-CA-DVRO-HEARING C-CA-DVRO-SERVICE C-CA-DVRO-CONT C-CA-DVRO-DURATION C-CA-DVRO-RENEW C-NY-TOP C-NY-SERVICE
C-NY-FOP C-TX-EXPARTE-20 C-TX-HEARING-14 C-TX-PO-DURATION D-CVRA-NOTICE D-CVRA-72H D-CVRA-14D D-STA-30
D-STA-70 D-STA-30MIN D-TVPRA-1595 E-nPEP-START E-nPEP-COURSE E-nPEP-FU E-SA-FU E-HBV-PEP E-HEPB-3DOSE
E-HEPB-HEPLISAV E-HPV E-STI-RETEST-3MO E-EC E-PREG-TEST E-TETANUS E-TST-READ E-TB-CONTACT E-MH-SCREEN""".split()


def test_rules_cover_exactly_the_catalog_in_order() -> None:
    assert [r.id for r in list_rules()] == CATALOG_IDS


def test_rules_records_are_complete() -> None:
    for rule in list_rules():
        assert rule.sources and rule.confidence and rule.trigger_type and rule.domain, rule.id
        assert rule.section == rule.id[0]
        assert isinstance(rule.category, Category)
        assert all(r.kind in KINDS for r in rule.results)


def test_rules_clinical_rules_are_section_e_and_never_roll() -> None:
    for rule in list_rules():
        assert rule.clinical == (rule.section == "E"), rule.id
        if rule.clinical:
            assert all(r.roll == "NR" for r in rule.results)


def test_rules_effective_dates_from_the_catalog() -> None:
    assert str(get_rule("B-EAD-RENEW-180").effective_from) == "2025-10-30"
    assert str(get_rule("B-USCIS-WEEKEND").effective_from) == "2023-03-29"
    assert str(get_rule("B-T-APPLY").effective_from) == "2024-08-28"


GOOD = {
    "id": "X-1", "domain": "d", "title": "t", "trigger": "t", "trigger_type": "t", "category": "immigration",
    "sources": ["s"], "confidence": "V",
    "results": [{"label": "a", "kind": "due", "owner": "client", "unit": "CD", "n": 3}],
}


@pytest.mark.parametrize(
    ("change", "word"),
    [
        ({"confidence": "maybe"}, "confidence"),
        ({"default_jurisdiction": "FL"}, "default_jurisdiction"),
        ({"results": [{"label": "a", "kind": "soon", "owner": "client"}]}, "kind"),
        ({"results": [{"label": "a", "kind": "due", "owner": "client", "unit": "CD", "n": "$m"}]}, r"\$m"),
        ({"results": [{"label": "a", "kind": "due", "owner": "client", "unit": "XX"}]}, "unit"),
        ({"results": [{"label": "a", "kind": "due", "owner": "client", "base": "b"}]}, "base"),
        ({"results": [{"label": "a", "kind": "due", "owner": "client", "colour": 1}]}, "colour"),
    ],
)
def test_rules_validation_rejects_bad_data(change: dict, word: str) -> None:
    with pytest.raises(InvalidInput, match=word):
        _rule(GOOD | change, "X")


def test_rules_doc_is_generated_from_the_data_and_current() -> None:
    text = render()
    assert all(f"| {rid} |" in text for rid in CATALOG_IDS)
    doc = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
    assert doc.read_text(encoding="utf-8") == text, "run: python -m timeline.rules_doc"
