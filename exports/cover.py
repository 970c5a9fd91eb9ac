"""The cover page: caption, matter, hearing, recipient, preparer, date and the legends.

The caption names the survivor only when identity is consented; otherwise the case reference
alone. A confidential address is never printed: the safe address recorded for this filing is,
or "Address withheld (confidential)".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from exports.consent_gate import PacketPlan
from exports.fonts import BASE
from exports.sections import SectionBuilder, format_when
from exports.template import legends
from exports.wording import long_day, say
from models.records import Case, Category, Matter


def required_legends(plan: PacketPlan) -> tuple[str, ...]:
    """Legend keys this packet must carry: always general; 1367 and 2.32 only when they apply."""
    keys = ["general"]
    if plan.kind == "immigration" or Category.IMMIGRATION in plan.included:
        keys.append("usc_1367")
    if Category.SUBSTANCE_USE in plan.included:
        keys.append("cfr_2_32")
    return tuple(keys)


def footer_lines(keys: tuple[str, ...]) -> tuple[str, ...]:
    """Short legend lines printed in every page footer."""
    return tuple(legends()[k]["footer"] for k in keys)


def caption(plan: PacketPlan) -> str:
    """Who the packet is about: the name only under an identity consent, else the case ref."""
    case = plan.case
    prefix = plan.template.word("caption_prefix")
    if plan.identity_included:
        name = case.legal_name or case.display_name
        return say("caption_named", prefix=prefix, name=name, ref=case.ref).strip()
    return say("caption_ref", prefix=prefix, ref=case.ref).strip()


def filing_address(plan: PacketPlan) -> str | None:
    """The address to print for this filing, or None when the case has none to show."""
    case: Case = plan.case
    withheld = plan.template.word("address_withheld")
    if Category.CONTACT_LOCATION not in plan.included:
        return withheld if (case.address or case.safe_addresses) else None
    names = _filing_names(plan.kind, plan.matter)
    for safe in case.safe_addresses:
        if safe.filing.strip().casefold() in names:
            return safe.address
    if case.confidential_address or not case.address:
        return withheld
    return case.address


def _filing_names(kind: str, matter: Matter | None) -> set[str]:
    names = {kind}
    if matter is not None:
        names |= {v.strip().casefold() for v in (matter.ref, matter.case_number, matter.title) if v}
    return names


def _field_values(plan: PacketPlan, now: datetime, prepared_by: str) -> dict[str, str | None]:
    matter, hearing = plan.matter, plan.hearing
    hearing_text = plan.template.word("no_hearing") or None
    if hearing is not None and hearing.start is not None:
        hearing_text = f"{format_when(hearing, hearing.start)} — {hearing.title}"
        if hearing.location:
            hearing_text += f", {hearing.location}"
    return {
        "caption": caption(plan),
        "matter": f"{matter.title or matter.kind.value} ({matter.ref})" if matter else None,
        "court": matter.court if matter else None,
        "case_number": matter.case_number if matter else None,
        "hearing": hearing_text,
        "address": filing_address(plan),
        "recipient": plan.recipient,
        "purpose": plan.purpose,
        "prepared_by": prepared_by,
        "date": long_day(now.date()),
    }


def cover_story(plan: PacketPlan, builder: SectionBuilder, *, now: datetime,
                prepared_by: str, signing: Sequence[Flowable] = (),
                translation: Sequence[Flowable] | None = None) -> list[Flowable]:
    """Title, a table of cover fields, the compelled-release notice, ``signing`` (the
    representative block and signature line), ``translation`` (a translation copy's note
    on what it translates) and the legends.

    ``prepared_by`` is the printed text (exports.signing.prepared_by_text), never a login.
    """
    values = _field_values(plan, now, prepared_by)
    rows = [[builder.para(say(f"cover_{f}"), "cell_bold"), builder.para(values[f] or "")]
            for f in plan.template.cover_fields if values.get(f)]
    table = Table(rows, colWidths=[0.25 * builder.width, 0.75 * builder.width])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), BASE, 9),  # never Helvetica
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#999999"),
                               ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story: list[Flowable] = [Spacer(1, 30), builder.para(plan.template.title, "title"), table]
    if plan.compelled:
        story.append(builder.para(say("compelled", basis=plan.legal_basis), "legend"))
    story += signing
    if translation is not None:
        story += translation
    for key in required_legends(plan):
        legend = legends()[key]
        story += [Spacer(1, 4), builder.para(legend["title"], "h2"),
                  builder.para(legend["text"], "legend")]
    return story
