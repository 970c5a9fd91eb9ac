"""Screenings in packets: gated per screening by its category and the recipient's consent, and
the agency packet's Outcomes section (a ReportLab trend chart and its table), read back."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime

import pytest
from packet_fixtures import (
    NOW,
    TODAY,
    all_raw_content,
    consent,
    make_records,
    page_texts,
)
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import KeepTogether

from exports.consent_gate import WithheldReason, plan_packet
from exports.flowables import make_styles
from exports.fonts import FontKit
from exports.outcomes_section import measures, table_rows, trend_chart
from exports.packet import build_packet
from exports.page_canvas import MARGIN, PAGE_W
from exports.sections import SectionBuilder
from exports.template import load_template
from models.records import Category, Screening, ScreeningStatus

AGENCY = "Bay Area Care Network"
CONFERENCE = "Case conference"
BASE_CATS = {Category.IDENTITY, Category.PROTECTIVE_ORDER}
# a completed screening without a total prints its reason: a canary the scan can find
CANARY_REASON = "CANARYSCREENREASON"
# totals and days chosen so that no other part of the packet prints them
PHQ9 = ((date(2026, 3, 17), 23, "severe"), (date(2026, 5, 19), 17, "moderately_severe"),
        (date(2026, 7, 21), 9, "mild"))
AHTST = ((date(2026, 4, 14), 3, "positive"),)


def screening(sid: int, instrument_id: str, category: Category, day: date, total: int | None,
              band: str | None, *, reason: str | None = None,
              status: ScreeningStatus = ScreeningStatus.COMPLETED) -> Screening:
    at = datetime(day.year, day.month, day.day, 17, 0, tzinfo=UTC)
    return Screening(sid, 1, instrument_id, "2018-01" if instrument_id == "ahtst" else "1",
                     category, status, at, "sam", at, completed_at=at, total=total, band=band,
                     reason=reason)


def case_screenings() -> list[Screening]:
    """Three PHQ-9s (mental health), one unscored PHQ-9, one AHTST (trafficking narrative)
    and an unfinished GAD-7 (never in scope)."""
    out = [screening(10 + i, "phq9", Category.MENTAL_HEALTH, day, total, band)
           for i, (day, total, band) in enumerate(PHQ9)]
    out.append(screening(13, "phq9", Category.MENTAL_HEALTH, date(2026, 8, 18), None, None,
                         reason=f"too many skipped items {CANARY_REASON}"))
    out += [screening(20, "ahtst", Category.TRAFFICKING_NARRATIVE, day, total, band)
            for day, total, band in AHTST]
    out.append(screening(30, "gad7", Category.MENTAL_HEALTH, date(2026, 9, 1), None, None,
                         status=ScreeningStatus.PAUSED))
    return out


def agency_plan(cats: set[Category], **kw):
    records = make_records([consent(1, cats, AGENCY, CONFERENCE)])
    return plan_packet("agency", records.case, recipient=AGENCY, purpose=CONFERENCE, today=TODAY,
                       consents=records.consents, events=records.events,
                       matters=records.matters, documents=records.documents,
                       goals=records.goals, referrals=records.referrals,
                       screenings=case_screenings(), **kw), records


def render(plan, records) -> bytes:
    return build_packet(plan, now=NOW, prepared_by="sam", document_bytes=records.blobs).data


def flat(data: bytes) -> str:
    return " ".join(" ".join(page_texts(data)).split())


def pdftotext(data: bytes) -> str:
    """The packet's text as poppler's pdftotext lays it out (rows stay on one line)."""
    done = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True,
                          check=True)
    return done.stdout.decode("utf-8")


# what a screening of each category prints when included: instrument names, bands, totals
PRINTS = {
    Category.MENTAL_HEALTH: ("PHQ-9", "Patient Health Questionnaire-9", "Moderately severe",
                             "2026-03-17", "2026-05-19", "2026-07-21", CANARY_REASON),
    Category.TRAFFICKING_NARRATIVE: ("AHTST", "Adult Human Trafficking Screening Tool",
                                     "Positive screen", "2026-04-14"),
}
IDS = {Category.MENTAL_HEALTH: {"screening:10", "screening:11", "screening:12", "screening:13"},
       Category.TRAFFICKING_NARRATIVE: {"screening:20"}}


@pytest.mark.parametrize("category", list(PRINTS))
def test_packet_screenings_plan_gates_each_screening_by_its_category(category):
    without, _ = agency_plan(BASE_CATS)
    withheld = {w.category: w for w in without.withheld}
    assert withheld[category].reason is WithheldReason.NO_CONSENT
    assert IDS[category] <= set(withheld[category].record_ids)  # the preview lists each one
    assert not IDS[category] & set(without.record_ids)
    with_consent, _ = agency_plan(BASE_CATS | {category})
    assert IDS[category] <= set(with_consent.record_ids)
    assert category in with_consent.categories  # so the disclosure names the category
    assert "screening:30" not in with_consent.record_ids  # unfinished: never in scope


@pytest.mark.parametrize("category", list(PRINTS))
def test_packet_screenings_without_consent_carry_none_of_it(category):
    plan, records = agency_plan(BASE_CATS)
    data = render(plan, records)
    text, raw = flat(data), all_raw_content(data)
    for needle in PRINTS[category]:
        assert needle not in text
        assert needle.encode() not in raw and needle.encode("utf-16-be") not in raw
    assert "Total score" not in text and "Severity band" not in text
    assert "No entries:" in text and "outcomes" in text.split("No entries:")[1][:80]
    # positive control: the scan finds what is printed
    assert b"Bay Legal" in raw


@pytest.mark.parametrize("category", list(PRINTS))
def test_packet_screenings_with_consent_carry_name_score_and_band(category):
    plan, records = agency_plan(BASE_CATS | {category})
    data = render(plan, records)
    text, raw = flat(data), all_raw_content(data)
    for needle in PRINTS[category]:
        assert needle in text
        assert needle.encode() in raw  # positive control of the scan in the test above
    other = next(c for c in PRINTS if c is not category)
    for needle in PRINTS[other]:  # the other category still has no consent
        assert needle not in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_packet_screenings_outcomes_table_read_back_with_pdftotext():
    plan, records = agency_plan(BASE_CATS | {Category.MENTAL_HEALTH})
    lines = [" ".join(line.split()) for line in pdftotext(render(plan, records)).splitlines()]
    assert "2026-03-17 23 Severe baseline —" in lines
    assert "2026-05-19 17 Moderately severe −6 (improving) yes" in lines
    assert "2026-07-21 9 Mild −14 (improving) yes" in lines
    assert any(line.startswith("Since the baseline of 2026-03-17: 23 to 9: down 14 points, "
                               "improving, clinically meaningful") for line in lines)
    assert any("Completed on 2026-08-18 without a total" in line for line in lines)
    # the chart's own labels: its axis titles, the band names in its margin, the dates
    assert any("Total score" in line for line in lines)
    assert any("Date completed" in line for line in lines)
    assert any(line.endswith("Moderately severe") and "2026" not in line for line in lines)


def story_of(plan):
    builder = SectionBuilder(plan, FontKit(), make_styles(), PAGE_W - 2 * MARGIN - 12)
    out = []
    for flowable in builder.outcomes("Outcomes"):
        out += flowable._content if isinstance(flowable, KeepTogether) else [flowable]
    return out


def test_packet_screenings_outcomes_chart_is_a_drawing_per_measure():
    plan, _ = agency_plan(BASE_CATS | {Category.MENTAL_HEALTH, Category.TRAFFICKING_NARRATIVE})
    story = story_of(plan)
    drawings = [f for f in story if isinstance(f, Drawing)]
    assert len(drawings) == 2  # the PHQ-9 and the AHTST; the paused GAD-7 has no series
    assert load_template("agency").has("outcomes")
    assert not load_template("court").has("outcomes")  # screenings stay out of court packets


def test_packet_screenings_outcomes_absent_without_any_screening_consent():
    plan, _ = agency_plan(BASE_CATS)
    assert story_of(plan) == []


def test_packet_screenings_court_packet_never_takes_screenings():
    records = make_records([consent(1, BASE_CATS | {Category.MENTAL_HEALTH})])
    plan = plan_packet("court", records.case, recipient="Alameda Superior Court",
                       purpose="DVRO hearing", today=TODAY, consents=records.consents,
                       events=records.events, matters=records.matters,
                       documents=records.documents, goals=records.goals,
                       referrals=records.referrals, screenings=case_screenings())
    assert not any(r.startswith("screening:") for r in plan.record_ids)


def test_packet_screenings_role_view_withholds_before_consent():
    hides = {Category.MENTAL_HEALTH: "not visible to your role — a clinician can add it"}
    plan, _ = agency_plan(BASE_CATS | {Category.MENTAL_HEALTH}, hidden_by_role=hides)
    withheld = {w.category: w for w in plan.withheld}
    assert withheld[Category.MENTAL_HEALTH].reason is WithheldReason.ROLE_VIEW
    assert IDS[Category.MENTAL_HEALTH] <= set(withheld[Category.MENTAL_HEALTH].record_ids)


def test_packet_screenings_compelled_release_includes_them():
    plan, _ = agency_plan(BASE_CATS, compelled_legal_basis="Subpoena 26-0042")
    assert IDS[Category.MENTAL_HEALTH] | IDS[Category.TRAFFICKING_NARRATIVE] <= set(plan.record_ids)


def test_packet_screenings_table_rows_use_the_outcomes_numbers():
    phq9 = next(m for m in measures(case_screenings()) if m.instrument.id == "phq9")
    word = load_template("agency").word
    assert table_rows(phq9, word) == [
        ["2026-03-17", "23", "Severe", "baseline", "—"],
        ["2026-05-19", "17", "Moderately severe", "−6 (improving)", "yes"],
        ["2026-07-21", "9", "Mild", "−14 (improving)", "yes"],
    ]
    ahtst = next(m for m in measures(case_screenings()) if m.instrument.id == "ahtst")
    assert table_rows(ahtst, word) == [["2026-04-14", "3", "Positive screen", "baseline", "—"]]


@pytest.mark.parametrize("instrument_id", ["phq9", "gad7", "pcl5", "ahtst"])
def test_packet_screenings_chart_draws_every_instrument_in_its_range(instrument_id):
    from timeline.screening import instrument
    from timeline.screening.administration import category_of

    inst = instrument(instrument_id)
    days = [date(2026, m, 3) for m in (1, 2, 3, 9)]
    totals = [inst.max_total, inst.min_total, (inst.max_total + inst.min_total) // 2,
              inst.max_total]
    recs = [screening(i, instrument_id, category_of(instrument_id), d, t, inst.bands[-1].id)
            for i, (d, t) in enumerate(zip(days, totals, strict=True))]
    [measure] = measures(recs)
    drawing = trend_chart(measure, 480)
    x1, y1, x2, y2 = drawing.getBounds()
    assert x1 >= 0 and y1 >= 0 and x2 <= drawing.width + 1 and y2 <= drawing.height + 1
