"""Who signs a packet: "Prepared by", the representative block, signature line, certificate.

The login name never reaches paper: "Prepared by" is the staff profile (full name, role title,
organisation), else the role in words (exports/templates/wording/<language>.json, roles), else a neutral
"Workbench user". Wording comes from the packet template; a template without a
``certificate_of_service`` entry cannot carry one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from exports.consent_gate import PacketPlan
from exports.fonts import BASE
from exports.sections import SectionBuilder
from exports.template import PacketTemplate, role_words
from exports.wording import long_day
from models.errors import InvalidInput
from models.records import StaffProfile


@dataclass(frozen=True, slots=True)
class ServiceCertificate:
    """A certificate of service: served on whom, how (a template method key or words), when."""

    served_on: str
    method: str
    served: date


def prepared_by_text(template: PacketTemplate, profile: StaffProfile | None,
                     role: str | None) -> str:
    """The "Prepared by" line: profile, else the role in words, else a neutral default."""
    if profile is not None and profile.full_name.strip():
        parts = (profile.full_name, profile.role_title, profile.organisation)
        return ", ".join(p.strip() for p in parts if p and p.strip())
    words = role_words().get(str(role)) if role else None
    return words or template.word("prepared_by_default")


def representative_block(plan: PacketPlan, builder: SectionBuilder,
                         profile: StaffProfile | None) -> list[Flowable]:
    """Name, role, organisation, bar or EOIR ID, address and contact, when the template has it."""
    if profile is None or not plan.template.representative_block:
        return []
    word = plan.template.word
    lines = [profile.full_name, profile.role_title, profile.organisation]
    if profile.bar_or_eoir_id:
        lines.append(f"{word('id_label')}: {profile.bar_or_eoir_id}")
    lines += (profile.address or "").splitlines()
    contact = [f"{word('phone_label')} {profile.phone}" if profile.phone else "",
               f"{word('email_label')} {profile.email}" if profile.email else ""]
    lines.append(" · ".join(c for c in contact if c))
    body = "\n".join(line.strip() for line in lines if line and line.strip())
    return [KeepTogether([builder.para(word("representative_title"), "h2"),
                          builder.para(body)])]


def signature_block(builder: SectionBuilder, profile: StaffProfile | None) -> Flowable:
    """Two ruled blanks, signature and date, with the signer's name under the signature."""
    word = builder.plan.template.word
    name = profile.full_name if profile is not None and profile.full_name.strip() else ""
    under = f"{word('signature')}" + (f" — {name}" if name else "")
    w = builder.width
    table = Table([["", "", ""], [builder.para(under, "small"), "",
                                  builder.para(word("signature_date"), "small")]],
                  colWidths=[0.55 * w, 0.1 * w, 0.35 * w], rowHeights=[30, None])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), BASE, 8),  # never Helvetica
                               ("LINEBELOW", (0, 0), (0, 0), 0.8, "#000000"),
                               ("LINEBELOW", (2, 0), (2, 0), 0.8, "#000000"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(1, 10), table])


def certificate_story(plan: PacketPlan, builder: SectionBuilder, service: ServiceCertificate,
                      profile: StaffProfile | None) -> list[Flowable]:
    """The certificate of service, worded from the template, with its signature line."""
    wording = plan.template.certificate
    if not wording:
        raise InvalidInput(f"A {plan.template.title.lower()} has no certificate of service; "
                           "leave it out.", field="certificate")
    if not service.served_on.strip() or not service.method.strip():
        raise InvalidInput("A certificate of service names who was served and how.",
                           field="certificate")
    methods: dict[str, str] = dict(wording.get("methods", {}))
    text = str(wording["text"]).format(
        date=long_day(service.served), packet=plan.template.title.lower(),
        served_on=service.served_on.strip(),
        method=methods.get(service.method.strip(), service.method.strip()))
    signer = prepared_by_text(plan.template, profile, None) if profile is not None else ""
    out: list[Flowable] = [builder.heading("certificate", str(wording["title"])),
                           builder.para(text)]
    if signer:
        out.append(builder.para(signer, "small"))
    out.append(signature_block(builder, profile))
    return out
