"""The safety plan, case conference minutes and housing/risk levels through the operations
into an agency packet of the demo's first case: only under the recipient's consent and the
builder's role view, read back with poppler's pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from exports.consent_gate import WithheldReason, record_id
from exports.packet_job import PacketRequest
from models.errors import ConsentRefused, PermissionDenied
from models.records import Category, EventStatus, HousingStatus, Role
from timeline.views import NO_NOTES, POLICY, Group
from workbench.operations import conferences, packets, safety_plans
from workbench.operations.context import Context

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext) not installed")

CASE = "C-0001"  # the demo's T visa case: a safety plan and two conferences with actions
CARE = ("Bay Area Care Network", "Case conference")
NO_CARE = ("Bay Legal Clinic", "T visa application")  # the demo's consent: no safety plan
CARE_CATS = (Category.IDENTITY, Category.SAFETY_PLAN, Category.HOUSING_BENEFITS)


def _setup(as_user) -> tuple[Context, int]:
    """The supervisor's context after the survivor's consent to the care network and two
    housing records."""
    sam = as_user("sam")
    case_id = sam.store.get_case_by_ref(CASE).id
    sam.store.add_consent(case_id, CARE[0], frozenset(CARE_CATS), CARE[1], date(2026, 11, 1))
    sam.store.record_housing(case_id, HousingStatus.EMERGENCY_SHELTER,
                             on=datetime(2026, 8, 3, 17, tzinfo=UTC))
    sam.store.record_housing(case_id, HousingStatus.TRANSITIONAL,
                             on=datetime(2026, 11, 2, 17, tzinfo=UTC))
    return sam, case_id


def _text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          check=True)
    return "\n".join(" ".join(line.split()) for line in done.stdout.decode().splitlines())


def _packet(ctx: Context, recipient: tuple[str, str], out: Path) -> packets.MadePacket:
    records = packets.case_records(ctx, case_ref=CASE)
    request = PacketRequest("agency", recipient[0], recipient[1])
    return packets.make_packet(ctx, records=records, request=request, out=out).value


def _needles(sam: Context, case_id: int) -> dict[str, list[str]]:
    """What each record prints (from the store, as the supervisor reads it)."""
    plan = sam.store.get_safety_plan(case_id)
    assert plan is not None and plan.own_words, "the demo case must have a safety plan"
    views = conferences.conferences_for(sam, case_id=case_id)
    latest = views[-1]
    open_titles = [a.task.title for a in latest.open_actions]
    done_titles = [a.task.title for v in views for a in v.actions if a.done]
    assert open_titles and done_titles and latest.conference.wishes
    return {"plan": [plan.warning_signs[0], plan.steps[0], plan.safe_places[0],
                     plan.safe_contacts[0].name],
            "minutes": [latest.conference.decisions[0][:40], open_titles[0][:30]],
            "housing": ["2026-08-03 emergency shelter", "2026-11-02 transitional"],
            "done": [t[:30] for t in done_titles]}


def _ids(sam: Context, case_id: int) -> set[str]:
    plan = sam.store.get_safety_plan(case_id)
    assert plan is not None
    return {record_id(plan), *(record_id(c) for c in sam.store.list_conferences(case_id))}


def test_packet_care_records_without_consent_never_in_the_packet(as_user, tmp_path):
    sam, case_id = _setup(as_user)
    needles = _needles(sam, case_id)
    made = _packet(sam, NO_CARE, tmp_path / "p.pdf")
    text = _text(made.path)
    for kind in ("plan", "minutes", "housing"):
        for needle in needles[kind]:
            assert needle not in text
    assert "Warning signs" not in text and "Open actions" not in text
    ids = _ids(sam, case_id)
    assert not ids & set(made.plan.record_ids)  # nor in the disclosure record
    withheld = {i for w in made.plan.withheld for i in w.record_ids}
    assert ids <= withheld  # the plan lists each one as withheld, with its reason
    assert all(w.reason is not WithheldReason.ROLE_VIEW for w in made.plan.withheld
               if ids & set(w.record_ids))


def test_packet_care_records_with_consent_plan_minutes_and_levels(as_user, tmp_path):
    sam, case_id = _setup(as_user)
    needles = _needles(sam, case_id)
    made = _packet(sam, CARE, tmp_path / "p.pdf")
    text = _text(made.path)
    for kind in ("plan", "minutes", "housing"):  # positive control of the test above
        for needle in needles[kind]:
            assert needle in text
    for needle in needles["done"]:  # the minutes show open actions only
        assert needle not in text
    assert "OVERDUE by" in text and "Camila Reyes, MSW" in text  # the owner, not "cam"
    assert _ids(sam, case_id) <= set(made.plan.record_ids)
    open_ids = {f"event:{a.task.id}" for a in conferences.open_actions(sam, case_id=case_id)}
    actions = {i for c in sam.store.list_conferences(case_id) for i in c.action_event_ids}
    done_ids = {f"event:{e.id}" for e in sam.store.list_events(case_id)
                if e.id in actions and e.status is EventStatus.DONE}
    assert done_ids
    assert open_ids <= set(made.plan.record_ids)
    assert not done_ids & set(made.plan.record_ids)


def test_packet_care_records_peer_mentor_gets_no_plan_content(as_user):
    _sam, case_id = _setup(as_user)
    pia = as_user("pia")
    with pytest.raises(PermissionDenied):
        packets.case_records(pia, case_ref=CASE)
    seen = safety_plans.plan_for(pia, case_id=case_id)
    assert seen is not None and not (seen.warning_signs or seen.safe_contacts or seen.own_words)


def test_packet_care_records_role_that_may_not_read_the_plan_withholds_it(
        as_user, tmp_path, monkeypatch):
    """A narrower table (an advocate without the services notes tier): the plan comes
    through the role view without content, and the gate withholds it as not visible (here
    with identity, in the same group, so nothing is left and nothing is written)."""
    sam, case_id = _setup(as_user)
    monkeypatch.setitem(POLICY, (Role.ADVOCATE, Group.SERVICES), NO_NOTES)
    ana = as_user("ana")
    records = packets.case_records(ana, case_ref=CASE)
    assert records.safety_plan is not None and not records.safety_plan.warning_signs
    assert all(not c.wishes and not c.decisions for c in records.conferences)
    with pytest.raises(ConsentRefused) as refused:
        packets.make_packet(ana, records=records, request=PacketRequest("agency", *CARE),
                            out=tmp_path / "p.pdf")
    assert not (tmp_path / "p.pdf").exists()
    plan = refused.value.plan
    by_role = {i for w in plan.withheld if w.reason is WithheldReason.ROLE_VIEW
               for i in w.record_ids}
    assert _ids(sam, case_id) <= by_role
    assert "safety plan (not visible to your role" in str(refused.value)


def test_packet_care_records_case_manager_under_the_real_table_reads_the_plan(
        as_user, tmp_path):
    sam, case_id = _setup(as_user)
    needles = _needles(sam, case_id)
    text = _text(_packet(as_user("cam"), CARE, tmp_path / "p.pdf").path)
    assert needles["plan"][0] in text  # the services group is the case manager's own work
