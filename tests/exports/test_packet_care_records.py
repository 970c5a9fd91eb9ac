"""Safety plans, case conference minutes and the housing and risk series in packets: each
gated by its category and the recipient's consent (the safety plan also under a compelled
release), read back from the PDF with a positive control for every scan."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace

import pypdf
import pytest
from care_fixtures import (
    BASE_CATS,
    DONE_ACTION,
    EARLIER_CANARY,
    HOUSING_DAYS,
    MINUTES_CANARIES,
    PLAN_CANARIES,
    RISK_DAYS,
    care_plan,
    care_records,
    conferences,
    render_care,
    safety_plan,
    status_changes,
)
from hypothesis import given, settings
from hypothesis import strategies as st
from packet_fixtures import NOW, TODAY, all_raw_content, page_texts
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import KeepTogether

from exports.consent_gate import WithheldReason, plan_packet
from exports.flowables import make_styles
from exports.fonts import FontKit
from exports.levels_chart import level_series, step_chart, table_rows
from exports.packet import build_packet
from exports.packet_job import CaseRecords
from exports.page_canvas import MARGIN, PAGE_W
from exports.sections import SectionBuilder
from exports.template import load_template
from models.errors import ConsentRefused
from models.records import Category

SUBPOENA = "Subpoena 26-0042"
# what each category prints when included (every needle is unique to its record)
PRINTS = {
    Category.SAFETY_PLAN: (*PLAN_CANARIES, *MINUTES_CANARIES, EARLIER_CANARY,
                           "Safety (risk level)", *RISK_DAYS, "Current risk level"),
    Category.HOUSING_BENEFITS: ("Housing stability:", *HOUSING_DAYS, "emergency shelter",
                                "unsheltered"),
}
IDS = {
    Category.SAFETY_PLAN: {"safety_plan:7", "conference:3", "conference:4", "event:40",
                           "event:41", "status_change:60", "status_change:61"},
    Category.HOUSING_BENEFITS: {"status_change:50", "status_change:51", "status_change:52"},
}


def flat(data: bytes) -> str:
    return " ".join(" ".join(page_texts(data)).split())


def assert_absent(data: bytes, needles) -> None:
    text, raw = flat(data), all_raw_content(data)
    for needle in needles:
        assert needle not in text
        assert needle.encode() not in raw and needle.encode("utf-16-be") not in raw


@pytest.mark.parametrize("category", list(PRINTS))
def test_packet_care_records_without_consent_none_of_it_is_in_the_pdf(category):
    others = set(PRINTS) - {category}
    plan, records = care_plan(BASE_CATS | others)
    data = render_care(plan, records)
    assert_absent(data, PRINTS[category])
    # positive control: the same scan finds what this packet does carry
    raw = all_raw_content(data)
    for needle in next(PRINTS[c] for c in others)[:2]:  # ASCII: raw streams hold glyph ids
        assert needle in flat(data) and needle.encode() in raw


@pytest.mark.parametrize("category", list(PRINTS))
def test_packet_care_records_with_consent_all_of_it_is_in_the_pdf(category):
    plan, records = care_plan(BASE_CATS | {category})
    text, raw = flat(render_care(plan, records)), all_raw_content(render_care(plan, records))
    for needle in PRINTS[category]:
        assert needle in text
    assert PRINTS[category][0].encode() in raw  # the raw scan of the test above can find it
    other = next(c for c in PRINTS if c is not category)
    for needle in PRINTS[other]:
        assert needle not in text


@pytest.mark.parametrize("category", list(PRINTS))
def test_packet_care_records_plan_lists_each_withheld_record_with_its_reason(category):
    without, _ = care_plan(BASE_CATS)
    withheld = {w.category: w for w in without.withheld}
    assert withheld[category].reason is WithheldReason.NO_CONSENT
    assert IDS[category] <= set(withheld[category].record_ids)
    assert not IDS[category] & set(without.record_ids)
    labels = CaseRecords(without.case, (), (), (), (), (), (), safety_plan=safety_plan(),
                         conferences=tuple(conferences()),
                         status_changes=tuple(status_changes())).labels()
    assert all(i in labels for i in IDS[category] if not i.startswith("event:"))
    assert labels["safety_plan:7"] == "Safety plan"  # never its content
    with_consent, _ = care_plan(BASE_CATS | {category})
    assert IDS[category] <= set(with_consent.record_ids)  # so the disclosure names them
    assert category in with_consent.categories


def test_packet_care_records_done_action_never_in_scope():
    plan, records = care_plan(BASE_CATS | {Category.SAFETY_PLAN})
    assert "event:42" not in plan.record_ids
    assert not any("event:42" in w.record_ids for w in plan.withheld)
    assert_absent(render_care(plan, records), (DONE_ACTION,))


def test_packet_care_records_minutes_show_open_actions_with_owner_and_overdue():
    plan, records = care_plan(BASE_CATS | {Category.SAFETY_PLAN})
    text = flat(render_care(plan, records))
    minutes = text.split("Case conference minutes", 2)[2].split("Chronology")[0]
    assert "Most recent conference: 2026-11-10" in minutes
    assert "Attended" in minutes and "Did not attend; gave their views beforehand" in minutes
    assert "1. CANARYDECISION1 apply for rapid rehousing" in minutes
    assert "2. Review the safety plan in December" in minutes
    assert "CANARYOPENACTION call HUD Camille Duarte 2026-11-20 OVERDUE by 7 days" in minutes
    assert "Send the shelter referral Samira Okafor 2026-12-08 open" in minutes
    assert DONE_ACTION not in text
    # an action is printed with the minutes only, never in the chronology or upcoming dates
    assert text.count("CANARYOPENACTION") == 1


def test_packet_care_records_unknown_owner_printed_as_staff_member_never_the_login():
    plan, records = care_plan(BASE_CATS | {Category.SAFETY_PLAN})
    data = build_packet(plan, now=NOW, prepared_by="sam", document_bytes=records.blobs).data
    minutes = flat(data).split("Open actions")[1].split("Earlier conferences")[0]
    assert "staff member" in minutes
    assert " cam " not in f" {minutes} " and " sam " not in f" {minutes} "


def test_packet_care_records_action_task_gated_by_its_own_category():
    records = care_records(BASE_CATS | {Category.SAFETY_PLAN})
    records.events = [replace(e, category=Category.HOUSING_BENEFITS) if e.id == 40 else e
                      for e in records.events]
    plan = plan_packet("agency", records.case, recipient="Bay Area Care Network",
                       purpose="Case conference", today=TODAY, consents=records.consents,
                       events=records.events, matters=records.matters,
                       documents=records.documents, goals=records.goals,
                       referrals=records.referrals, conferences=conferences())
    assert "conference:4" in plan.record_ids and "event:41" in plan.record_ids
    assert "event:40" not in plan.record_ids
    assert_absent(render_care(plan, records), (MINUTES_CANARIES[3],))


def test_packet_care_records_conference_gated_by_its_own_category():
    housing = [replace(c, category=Category.HOUSING_BENEFITS) for c in conferences()]
    records = care_records(BASE_CATS | {Category.SAFETY_PLAN})
    plan = plan_packet("agency", records.case, recipient="Bay Area Care Network",
                       purpose="Case conference", today=TODAY, consents=records.consents,
                       events=records.events, matters=records.matters,
                       documents=records.documents, goals=records.goals,
                       referrals=records.referrals, conferences=housing,
                       safety_plan=safety_plan())
    assert "safety_plan:7" in plan.record_ids
    assert not {"conference:3", "conference:4"} & set(plan.record_ids)
    assert_absent(render_care(plan, records), MINUTES_CANARIES[:3])


def test_packet_care_records_survivor_attendee_unnamed_without_identity_consent():
    plan, records = care_plan({Category.PROTECTIVE_ORDER, Category.SAFETY_PLAN})
    text = flat(render_care(plan, records))
    assert "Ánh" not in text  # neither in the caption nor among the attendees
    assert "CANARYATTENDEE Rosa Shelter shelter case worker the survivor" in text
    named, records = care_plan(BASE_CATS | {Category.SAFETY_PLAN})
    assert "Ánh the survivor" in flat(render_care(named, records))  # positive control


def test_packet_care_records_safety_plan_never_under_compulsion_without_consent():
    plan, records = care_plan(set(), compelled_legal_basis=SUBPOENA)
    withheld = {w.category: w for w in plan.withheld}
    assert withheld[Category.SAFETY_PLAN].reason is WithheldReason.CONSENT_ONLY
    assert "also under a compelled release" in withheld[Category.SAFETY_PLAN].note
    assert IDS[Category.SAFETY_PLAN] <= set(withheld[Category.SAFETY_PLAN].record_ids)
    assert IDS[Category.HOUSING_BENEFITS] <= set(plan.record_ids)  # the rest is compelled
    assert_absent(render_care(plan, records), PRINTS[Category.SAFETY_PLAN])
    consented, _ = care_plan({Category.SAFETY_PLAN}, compelled_legal_basis=SUBPOENA)
    assert IDS[Category.SAFETY_PLAN] <= set(consented.record_ids)


def test_packet_care_records_role_view_withholds_the_plan_before_consent():
    hides = {Category.SAFETY_PLAN: "not visible to your role — an advocate can add it"}
    plan, records = care_plan(BASE_CATS | set(PRINTS), hidden_by_role=hides)
    withheld = {w.category: w for w in plan.withheld}
    assert withheld[Category.SAFETY_PLAN].reason is WithheldReason.ROLE_VIEW
    assert IDS[Category.SAFETY_PLAN] <= set(withheld[Category.SAFETY_PLAN].record_ids)
    assert_absent(render_care(plan, records), PRINTS[Category.SAFETY_PLAN])
    compelled, _ = care_plan(BASE_CATS | set(PRINTS), hidden_by_role=hides,
                             compelled_legal_basis=SUBPOENA)
    assert not IDS[Category.SAFETY_PLAN] & set(compelled.record_ids)


@pytest.mark.parametrize("kind", ["court", "immigration"])
def test_packet_care_records_court_and_immigration_packets_never_take_them(kind):
    plan, records = care_plan(BASE_CATS | set(PRINTS) | {Category.IMMIGRATION}, kind=kind)
    assert not any(r.split(":")[0] in {"safety_plan", "conference", "status_change"}
                   for r in plan.record_ids)
    assert not {"event:40", "event:41"} & set(plan.record_ids)
    template = load_template(kind)
    assert not any(template.has(s) for s in ("safety_plan", "conference_minutes", "outcomes"))


def test_packet_care_records_plan_content_never_on_cover_or_in_metadata():
    plan, records = care_plan(BASE_CATS | set(PRINTS))
    data = render_care(plan, records)
    cover = page_texts(data)[0]
    for needle in (*PLAN_CANARIES, "MEDIUM", "medium", "Safety plan"):
        assert needle not in cover
    meta = pypdf.PdfReader(io.BytesIO(data)).metadata or {}
    assert meta.get("/Title") == "Workbench packet"
    assert not any("CANARY" in str(v) or "safety" in str(v).lower() for v in meta.values())


def test_packet_care_records_safety_plan_is_one_page_with_every_part():
    plan, records = care_plan(BASE_CATS | {Category.SAFETY_PLAN})
    pages = page_texts(render_care(plan, records))
    [page] = [p for p in pages if "Warning signs" in p]
    for part in ("Current risk level", "MEDIUM", "Review on", "2026-12-18", "What to do",
                 "Safe contacts", "How to reach them", "Safe places",
                 "In the survivor's own words", *PLAN_CANARIES):
        assert part in " ".join(page.split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_packet_care_records_levels_table_read_back_with_pdftotext():
    plan, records = care_plan(BASE_CATS | set(PRINTS))
    done = subprocess.run(["pdftotext", "-layout", "-", "-"], input=render_care(plan, records),
                          capture_output=True, check=True)
    lines = [" ".join(line.split()) for line in done.stdout.decode().splitlines()]
    assert "2026-03-02 unsheltered Camille Duarte" in lines
    assert "2026-06-15 emergency shelter Camille Duarte" in lines
    assert "2026-10-05 transitional Camille Duarte" in lines
    assert "2026-02-11 high risk Samira Okafor" in lines
    assert "2026-09-08 medium risk Samira Okafor" in lines
    assert any("unsheltered on 2026-03-02 → transitional now: improved" in line
               for line in lines)
    # the chart's own labels: every level on the y axis, the dates under the steps
    assert any(line.endswith("staying with others") for line in lines)
    assert any(line == "stable" for line in lines)
    assert any(line.startswith("low") for line in lines)


def outcomes_story(plan):
    builder = SectionBuilder(plan, FontKit(), make_styles(), PAGE_W - 2 * MARGIN - 12)
    out = []
    for flowable in builder.outcomes("Outcomes"):
        out += flowable._content if isinstance(flowable, KeepTogether) else [flowable]
    return out


def test_packet_care_records_levels_chart_is_a_drawing_per_series():
    plan, _ = care_plan(BASE_CATS | set(PRINTS))
    drawings = [f for f in outcomes_story(plan) if isinstance(f, Drawing)]
    assert len(drawings) == 2  # housing, then risk
    only_housing, _ = care_plan(BASE_CATS | {Category.HOUSING_BENEFITS})
    assert len([f for f in outcomes_story(only_housing) if isinstance(f, Drawing)]) == 1
    nothing, _ = care_plan(BASE_CATS)
    assert outcomes_story(nothing) == []


def test_packet_care_records_levels_order_is_the_models():
    housing, risk = level_series(status_changes())
    assert (housing.scale, risk.scale) == ("housing", "risk")
    assert housing.levels == ("unsheltered", "emergency_shelter", "staying_with_others",
                              "transitional", "stable")
    assert risk.levels == ("high", "medium", "low")  # worst first: low risk is the top lane
    assert table_rows(housing, {"cam": "Camille Duarte"}, "staff member")[0] == \
        ["2026-03-02", "unsheltered", "Camille Duarte"]
    assert table_rows(risk, {}, "staff member")[-1] == \
        ["2026-09-08", "medium risk", "staff member"]
    assert [p.rank for p in risk.points] == [0, 1]  # high is the bottom lane


@pytest.mark.parametrize("scale", ["housing", "risk"])
def test_packet_care_records_step_chart_stays_in_its_bounds(scale):
    series = next(s for s in level_series(status_changes()) if s.scale == scale)
    for points in (series.points[:1], series.points):
        drawing = step_chart(replace(series, points=points), 480, TODAY)
        x1, y1, x2, y2 = drawing.getBounds()
        assert x1 >= 0 and y1 >= 0 and x2 <= drawing.width + 1 and y2 <= drawing.height + 1


CARE_CATEGORIES = sorted({Category.IDENTITY, Category.PROTECTIVE_ORDER, Category.SAFETY_PLAN,
                          Category.HOUSING_BENEFITS, Category.MEDICAL})


@settings(max_examples=40, deadline=None)
@given(st.sets(st.sampled_from(CARE_CATEGORIES), min_size=1), st.booleans())
def test_packet_care_records_never_a_care_record_of_a_category_without_consent(cats, compelled):
    """Whatever the consents, and also under a compelled release: a safety-plan record leaves
    only under a safety_plan consent, a housing level only under housing_benefits."""
    of = {"safety_plan:7": Category.SAFETY_PLAN, "conference:3": Category.SAFETY_PLAN,
          "conference:4": Category.SAFETY_PLAN, "event:40": Category.SAFETY_PLAN,
          "event:41": Category.SAFETY_PLAN, "status_change:60": Category.SAFETY_PLAN,
          "status_change:61": Category.SAFETY_PLAN}
    of |= {f"status_change:{i}": Category.HOUSING_BENEFITS for i in (50, 51, 52)}
    basis = SUBPOENA if compelled else None
    try:
        plan, _ = care_plan(set(cats), compelled_legal_basis=basis)
    except ConsentRefused:
        return  # nothing leaves at all
    for rid in plan.record_ids:
        if rid in of and not (compelled and of[rid] is not Category.SAFETY_PLAN):
            assert of[rid] in cats
    assert "event:42" not in plan.record_ids  # a done action: never in scope
