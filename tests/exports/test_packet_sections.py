"""What a packet prints of its sections: empty ones left out, rules cited, not worked."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from packet_fixtures import NOW, consent, make_records, page_texts

from exports.packet import build_packet
from exports.rule_text import citation
from exports.template import PACKET_KINDS, load_template
from models.records import Category, Event, EventKind

BASE_CATS = {Category.IDENTITY, Category.PROTECTIVE_ORDER, Category.CONTACT_LOCATION}
RFE = Event(30, 1, EventKind.LEGAL_DEADLINE, "RFE response", Category.PROTECTIVE_ORDER,
            matter_id=1, due=date(2027, 2, 22), rule_id="B-USCIS-RFE",
            result_label="Response due", computed_due=date(2027, 2, 22),
            explanation=("B-USCIS-RFE: Response to a Request for Evidence — CD 30; F; RF",
                         "Source: 72 FR 19100 (2007): http://edocket.access.gpo.gov/x.htm"))


def texts_of(records, kind="court", **kw):
    plan = records.plan(kind)
    return page_texts(build_packet(plan, now=NOW, prepared_by="ana",
                                   document_bytes=records.blobs, **kw).data)


def flat(texts):
    return " ".join(" ".join(texts).split())


def test_build_packet_empty_sections_left_out_and_listed_on_contents():
    records = make_records([consent(1, BASE_CATS)])
    texts = texts_of(records, "agency")
    text = flat(texts)
    # the agency packet: no conferences, no housing consent (no care plan), no safety plan,
    # no screenings (no outcomes), the referral is consented
    assert "No entries: case conference minutes, care plan, safety plan, outcomes, notes." \
        in text
    assert "Nothing to show" not in text
    assert not any(t.lstrip().startswith(("Care plan", "Notes")) for t in texts)
    assert "Referrals" in text and "Bay Legal" in text


def test_build_packet_no_documents_leaves_exhibits_out():
    records = make_records()
    records.documents = []
    text = flat(texts_of(records))
    assert "No entries: notes and declarations, exhibit index, exhibits." in text


@pytest.mark.parametrize("kind", PACKET_KINDS)
def test_templates_outside_packets_never_show_rule_working(kind):
    assert load_template(kind).show_rule_working is False


def test_build_packet_court_shows_rule_title_and_citation_not_arithmetic():
    records = make_records()
    records.events = [*records.events, RFE]
    text = flat(texts_of(records))
    assert "Computed under: Response to a Request for Evidence — Response due" in text
    assert "Source: 8 CFR 103.2(b)(8)(iv); 8 CFR 103.8(b); 72 FR 19100 (2007)" in text
    for internal in ("http", "CD 30", "; F;", "B-USCIS-RFE", "Rule C.1", "+15 calendar"):
        assert internal not in text, internal
    assert not re.search(r"\bRF\b", text)
    # a rule no longer in the catalog is still named as a computed date, without its id
    assert "Computed under a deadline rule" in text


def test_build_packet_overridden_date_says_set_by_hand():
    records = make_records()
    records.events = [*records.events, replace(RFE, due=date(2027, 2, 19), overridden=True)]
    assert "Date set by hand; the rule gives 2027-02-22." in flat(texts_of(records))


@pytest.mark.parametrize(("source", "expected"), [
    ("Fed. R. Civ. P. 6(a)(1): https://www.law.cornell.edu/rules/frcp/rule_6",
     "Fed. R. Civ. P. 6(a)(1)"),
    ("https://lawi.us/immigration-court-receipt/", ""),
    ("FCA 826 (K)", "FCA 826"),
    ("8 CFR 245.23", "8 CFR 245.23"),
])
def test_citation_drops_urls_and_confidence_marks(source, expected):
    assert citation(source) == expected
