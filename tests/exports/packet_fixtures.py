"""Records for packet tests, built from models.records directly, with canary strings.

A uniquely named module (not conftest) so other rooms' conftest files cannot shadow it.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import pikepdf
import pypdf
from reportlab.pdfgen import canvas as rl_canvas

from exports.consent_gate import plan_packet
from models.records import (
    Case,
    Category,
    Consent,
    Document,
    Event,
    EventKind,
    Goal,
    Matter,
    MatterKind,
    Milestone,
    Referral,
    ReferralStatus,
    SafeAddress,
)

TODAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 4, 12, tzinfo=UTC)
COURT = "Alameda Superior Court"
PURPOSE = "DVRO hearing"
# canaries: one per category that tests switch on and off
CANARY_MED_NOTE = "CANARYMEDNOTE7731"
CANARY_MED_DOC = "CANARYMEDDOC4410"
CANARY_PO_DOC = "CANARYPODOC9902"
CANARY_SUD = "CANARYSUBSTANCE5521"
CANARY_IMM = "CANARYIMMIG3380"
NAME = "Nguyễn Thị Ánh"
ADDRESS = "77 Hidden Lane CANARYADDR"


def pdf_with_text(text: str, pages: int) -> bytes:
    """A small PDF whose text is a literal string in a standard font (findable in streams)."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, invariant=1)
    for i in range(pages):
        c.setFont("Helvetica", 14)
        c.drawString(72, 700, f"{text} page {i + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def png_bytes() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (120, 80), (200, 30, 30)).save(buf, "PNG")
    return buf.getvalue()


@dataclass
class Records:
    case: Case
    consents: list[Consent]
    events: list[Event]
    matters: list[Matter]
    documents: list[Document]
    goals: list[Goal]
    referrals: list[Referral]
    blobs: dict[int, bytes] = field(default_factory=dict)

    def plan(self, kind: str = "court", recipient: str = COURT, purpose: str = PURPOSE, **kw):
        return plan_packet(kind, self.case, recipient=recipient, purpose=purpose, today=TODAY,
                           consents=self.consents, events=self.events, matters=self.matters,
                           documents=self.documents, goals=self.goals,
                           referrals=self.referrals, **kw)


def consent(cid: int, cats: set[Category], recipient: str = COURT, purpose: str = PURPOSE,
            **kw) -> Consent:
    return Consent(cid, 1, recipient, frozenset(cats), purpose, date(2026, 1, 1), **kw)


def make_records(consents: list[Consent] | None = None) -> Records:
    utc = UTC
    case = Case(1, "C-0001", NAME, legal_name=NAME, address=ADDRESS, confidential_address=True,
                notes="CANARYCASENOTE never printed",
                safe_addresses=(SafeAddress(1, 1, "M-0001-1", "PO Box 99, Oakland CA 94601"),))
    matters = [Matter(1, 1, "M-0001-1", MatterKind.PROTECTIVE_ORDER, "DVRO petition",
                      court=COURT, case_number="26DV00123"),
               Matter(2, 1, "M-0001-2", MatterKind.IMMIGRATION, "T visa", case_number="A123456789")]
    events = [
        Event(1, 1, EventKind.COURT_HEARING, "DVRO hearing", Category.PROTECTIVE_ORDER,
              matter_id=1, start=datetime(2026, 12, 10, 17, 30, tzinfo=utc),
              tz="America/Los_Angeles", location="Dept. 504"),
        Event(2, 1, EventKind.MEDICAL_APPOINTMENT, "Clinic follow-up", Category.MEDICAL,
              start=datetime(2026, 11, 2, 16, 0, tzinfo=utc), notes=CANARY_MED_NOTE),
        Event(3, 1, EventKind.LEGAL_DEADLINE, "File response", Category.PROTECTIVE_ORDER,
              matter_id=1, due=date(2026, 12, 5), rule_id="C.1", computed_due=date(2026, 12, 5),
              explanation=("TRO granted 2026-11-20", "+15 calendar days = 2026-12-05")),
        Event(4, 1, EventKind.SERVICE_APPOINTMENT, f"Counselling {CANARY_SUD}",
              Category.SUBSTANCE_USE, start=datetime(2026, 12, 1, 18, 0, tzinfo=utc)),
        Event(5, 1, EventKind.LEGAL_DEADLINE, f"I-914 supplement {CANARY_IMM}",
              Category.IMMIGRATION, matter_id=2, due=date(2027, 1, 15)),
        Event(6, 1, EventKind.TASK, "Call survivor CANARYTASK", Category.PROTECTIVE_ORDER,
              due=date(2026, 12, 1)),
    ]
    documents = [
        Document(1, 1, Category.PROTECTIVE_ORDER, "Temporary restraining order",
                 date(2026, 11, 20), "application/pdf", 0, ""),
        Document(2, 1, Category.MEDICAL, "Medical letter", date(2026, 11, 3),
                 "application/pdf", 0, ""),
        Document(3, 1, Category.PROTECTIVE_ORDER, "Photo of injury", date(2026, 11, 21),
                 "image/png", 0, ""),
    ]
    blobs = {1: pdf_with_text(CANARY_PO_DOC, 3), 2: pdf_with_text(CANARY_MED_DOC, 2),
             3: png_bytes()}
    goals = [Goal(1, 1, "Stable housing", Category.HOUSING_BENEFITS,
                  milestones=(Milestone(1, 1, "Apply for shelter", due=date(2026, 12, 1)),))]
    referrals = [Referral(1, 1, "Legal aid", "Bay Legal", ReferralStatus.MADE,
                          category=Category.PROTECTIVE_ORDER, opened=date(2026, 11, 1))]
    if consents is None:
        consents = [consent(1, {Category.IDENTITY, Category.PROTECTIVE_ORDER,
                                Category.CONTACT_LOCATION})]
    return Records(case, consents, events, matters, documents, goals, referrals, blobs)


def page_texts(data: bytes, password: str | None = None, *, layout: bool = False) -> list[str]:
    """Text of each page; layout mode keeps columns apart but skips form XObjects (exhibits)."""
    reader = pypdf.PdfReader(io.BytesIO(data), password=password)
    mode = "layout" if layout else "plain"
    return [p.extract_text(extraction_mode=mode) for p in reader.pages]


def all_raw_content(data: bytes) -> bytes:
    """Every stream inflated, plus every string object (UTF-8 and UTF-16) — what a scan sees."""
    chunks: list[bytes] = [data]
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    chunks.append(obj.read_bytes())
                except pikepdf.PdfError:
                    chunks.append(zlib.decompress(obj.read_raw_bytes()))
            elif isinstance(obj, pikepdf.Dictionary):
                for value in obj.values():
                    if isinstance(value, pikepdf.String):
                        text = str(value)
                        chunks += [text.encode("utf-8"), text.encode("utf-16-be")]
        for key, value in pdf.docinfo.items():
            chunks.append(f"{key}{value}".encode())
    return b"\n".join(chunks)


ADVOCATE_HIDES = {Category.HIV_STI: "not visible to your role — a clinician can add it",
                  Category.MENTAL_HEALTH: "not visible to your role — a clinician can add it"}


def sensitive_events() -> list[Event]:
    """An HIV/STI and a mental-health appointment, titled so the PDF scan can find them."""
    return [
        Event(20, 1, EventKind.MEDICAL_APPOINTMENT, "PrEP review CANARYHIV", Category.HIV_STI,
              start=datetime(2026, 11, 10, 17, 0, tzinfo=UTC)),
        Event(21, 1, EventKind.SERVICE_APPOINTMENT, "Trauma therapy CANARYMH",
              Category.MENTAL_HEALTH, start=datetime(2026, 12, 3, 17, 0, tzinfo=UTC)),
    ]


def with_events(records: Records, *events: Event) -> Records:
    records.events = [*records.events, *events]
    return records
