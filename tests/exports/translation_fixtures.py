"""The fullest packet of each kind (every section, legend and cover line that can print), for
the wording tests: the English text is compared with a baseline captured before the wording
moved to exports/templates/wording/, and the Spanish copy is read back against it."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from care_fixtures import STAFF_NAMES, action_tasks, conferences, safety_plan, status_changes
from packet_fixtures import COURT, NOW, PURPOSE, TODAY, consent, make_records
from test_packet_screenings import case_screenings

from exports.consent_gate import PacketPlan, plan_packet
from exports.packet import build_packet
from exports.signing import ServiceCertificate
from models.records import Category, StaffProfile

KINDS = ("court", "immigration", "agency")
NEEDS_PDFTOTEXT = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="needs poppler's pdftotext (make test-tools)")
BASELINE = Path(__file__).with_name("wording_baseline")
RECIPIENTS = {"court": (COURT, PURPOSE), "immigration": ("USCIS Vermont Service Center", "T visa"),
              "agency": ("Bay Area Care Network", "Case conference")}
PROFILE = StaffProfile("sam", "Samira Okafor", "Immigration attorney", "Bay Legal",
                       "CA 123456", "1 Main St, Oakland CA", "510-555-0100", "sam@example.org")


def full_plan(kind: str) -> tuple[PacketPlan, dict[int, bytes]]:
    """Every category consented for the kind's recipient: all sections and legends print."""
    recipient, purpose = RECIPIENTS[kind]
    records = make_records([consent(1, set(Category), recipient, purpose)])
    events = [*records.events, *action_tasks()] if kind == "agency" else records.events
    plan = plan_packet(kind, records.case, recipient=recipient, purpose=purpose, today=TODAY,
                       consents=records.consents, events=events, matters=records.matters,
                       documents=records.documents, goals=records.goals,
                       referrals=records.referrals, screenings=case_screenings(),
                       safety_plan=safety_plan(), conferences=conferences(),
                       status_changes=status_changes())
    return plan, records.blobs


def full_packet(kind: str, **kw: object) -> bytes:
    """The fullest packet of ``kind`` as PDF bytes (``kw`` goes to build_packet)."""
    plan, blobs = full_plan(kind)
    service = ServiceCertificate("Opposing counsel", "mail", date(2026, 11, 27)) \
        if kind == "court" else None
    return build_packet(plan, now=NOW, prepared_by="sam", document_bytes=blobs,
                        prepared_by_profile=PROFILE, signature_line=True, service=service,
                        staff_names=dict(STAFF_NAMES), **kw).data  # type: ignore[arg-type]


def pdftotext(data: bytes, tmp: Path, name: str = "packet") -> str:
    """The packet's text as pdftotext reads it (plain mode)."""
    path = tmp / f"{name}.pdf"
    path.write_bytes(data)
    exe = shutil.which("pdftotext")
    assert exe is not None, "pdftotext (poppler-utils) is needed"
    return subprocess.run([exe, str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def pdftotext_pages(data: bytes, tmp: Path, name: str = "packet") -> list[str]:
    """pdftotext's text, page by page (split at form feeds; the empty tail dropped)."""
    pages = pdftotext(data, tmp, name).split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages
