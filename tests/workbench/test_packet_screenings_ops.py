"""Screenings through the operations into packets, per category: which roles see answers and
scores, and that a packet carries them only under the recipient's consent and the builder's
role (read back with poppler's pdftotext)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from exports.consent_gate import WithheldReason, record_id
from exports.outcomes_section import band_label
from exports.packet_job import PacketRequest
from models.records import Category, Role
from timeline.screening import instrument
from workbench.operations import packets
from workbench.operations import screenings as ops
from workbench.operations.context import Context

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext) not installed")

CASE = "C-0001"  # the demo's T visa case: monthly PHQ-9 and GAD-7 screenings, improving
WITH_CONSENT = ("Bay Legal Clinic", "T visa application")  # mental health, trafficking narrative
WITHOUT_CONSENT = ("San Francisco Immigration Court", "Court hearing")  # identity, immigration
AHTST_ANSWERS = {f"ahtst_{i}": 0 for i in range(1, 9)} | {"ahtst_1": 1}
INSTRUMENTS = {Category.MENTAL_HEALTH: ("phq9", "gad7"),
               Category.TRAFFICKING_NARRATIVE: ("ahtst",)}
# the demo users by role, and which category each role reads in full (answers and scores)
USERS = {Role.ADVOCATE: "ana", Role.CLINICIAN: "ben", Role.CASE_MANAGER: "cam",
         Role.SUPERVISOR: "sam", Role.PEER_MENTOR: "pia"}
SEES = {Category.MENTAL_HEALTH: {Role.CLINICIAN, Role.SUPERVISOR},
        Category.TRAFFICKING_NARRATIVE: {Role.ADVOCATE, Role.SUPERVISOR}}
PACKET_ROLES = (Role.ADVOCATE, Role.CLINICIAN, Role.CASE_MANAGER, Role.SUPERVISOR)


def _setup(as_user) -> tuple[Context, int]:
    """The supervisor's context, after adding a trafficking screen to the case."""
    sam = as_user("sam")
    case_id = sam.store.get_case_by_ref(CASE).id
    ops.administer(sam, case_id=case_id, instrument_id="ahtst", answers=AHTST_ANSWERS,
                   consent_at=sam.now())
    return sam, case_id


def _printed(sam: Context, case_id: int, category: Category) -> list[str]:
    """What the Outcomes section prints for ``category``: names, and each row's date, total
    and band (from the operations' own outcomes, as the supervisor sees them)."""
    out = []
    for series in ops.outcomes(sam, case_id=case_id):
        if series.instrument_id not in INSTRUMENTS[category]:
            continue
        inst = instrument(series.instrument_id)
        out += [inst.short_title, inst.title]
        out += [f"{p.day.isoformat()} {p.total} {band_label(inst, p.band)}" for p in series.points]
    assert out, "the demo case must have screenings of this category"
    return out


def _text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          check=True)
    return "\n".join(" ".join(line.split()) for line in done.stdout.decode().splitlines())


def _packet(ctx: Context, recipient: tuple[str, str], out: Path) -> packets.MadePacket:
    records = packets.case_records(ctx, case_ref=CASE)
    request = PacketRequest("agency", recipient[0], recipient[1])
    return packets.make_packet(ctx, records=records, request=request, out=out).value


@pytest.mark.parametrize("category", list(INSTRUMENTS))
@pytest.mark.parametrize("role", list(USERS))
def test_packet_screenings_who_sees_answers_and_scores(as_user, category: Category,
                                                       role: Role) -> None:
    _sam, case_id = _setup(as_user)
    ctx = as_user(USERS[role])
    sees = role in SEES[category]
    raw = {s.id: s for s in ctx.store.list_screenings(case_id)}
    mine = [s for s in ops.list_screenings(ctx, case_id=case_id)
            if raw[s.id].category is category]
    assert mine  # every role sees that a screening happened
    for s in mine:
        if sees:
            assert s.answers and s.total is not None and s.band is not None
            assert s.instrument_id in INSTRUMENTS[category]
        else:
            assert (s.answers, s.total, s.band, s.reason) == ((), None, None, None)
    charted = {x.instrument_id for x in ops.outcomes(ctx, case_id=case_id)}
    assert bool(charted & set(INSTRUMENTS[category])) is sees


@pytest.mark.parametrize("category", list(INSTRUMENTS))
@pytest.mark.parametrize("role", PACKET_ROLES)
def test_packet_screenings_without_consent_never_in_the_packet(as_user, tmp_path: Path,
                                                               category: Category,
                                                               role: Role) -> None:
    sam, case_id = _setup(as_user)
    printed = _printed(sam, case_id, category)
    made = _packet(as_user(USERS[role]), WITHOUT_CONSENT, tmp_path / "p.pdf")
    text = _text(made.path)
    for needle in printed:
        assert needle not in text
    # no screening of any category may go to this recipient: the section is left out, named
    assert any(line.startswith("No entries:") and "outcomes" in line for line in text.splitlines())
    ids = {record_id(s) for s in sam.store.list_screenings(case_id)
           if s.category is category}
    assert not ids & set(made.plan.record_ids)  # nor in the disclosure record
    withheld = {i for w in made.plan.withheld for i in w.record_ids}
    assert ids <= withheld  # the plan says what was withheld, and why
    assert category not in made.plan.categories


@pytest.mark.parametrize("category", list(INSTRUMENTS))
@pytest.mark.parametrize("role", PACKET_ROLES)
def test_packet_screenings_with_consent_only_for_roles_that_see_them(as_user, tmp_path: Path,
                                                                     category: Category,
                                                                     role: Role) -> None:
    sam, case_id = _setup(as_user)
    printed = _printed(sam, case_id, category)
    made = _packet(as_user(USERS[role]), WITH_CONSENT, tmp_path / "p.pdf")
    text = _text(made.path)
    ids = {record_id(s) for s in sam.store.list_screenings(case_id) if s.category is category}
    if role in SEES[category]:
        for needle in printed:
            assert needle in text
        assert "Total score" in text and "Date completed" in text  # the chart's axes
        assert ids <= set(made.plan.record_ids)
    else:  # consented, but the builder's role may not read them: withheld, and why
        for needle in printed:
            assert needle not in text
        assert not ids & set(made.plan.record_ids)
        role_withheld = {i for w in made.plan.withheld if w.reason is WithheldReason.ROLE_VIEW
                         for i in w.record_ids}
        assert ids <= role_withheld
