"""Who a consent or a packet can name: the case's and the hub's contacts, the ledger's
recipients, a new recipient added as a contact, and the packet builder's default recipient.

A consent's recipient is picked, not typed: the choices are the consent ledger's recipients
plus the contacts of the case and of the hub (shared courts, agencies), each once (names
compare as the consent gate compares them: case and spacing do not matter). A packet's
default recipient follows its kind and matter: a court packet goes to the court of the matter
when an active consent names it, an immigration packet to the immigration court or USCIS, an
agency packet to a partner agency; consented recipients are always listed first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from exports.consent_gate import same_party_key
from exports.packet_job import CaseRecords
from exports.template import load_template
from models.errors import InvalidInput
from models.i18n import fill, translate
from models.records import Consent, ConsentStatus, Contact, ContactKind, Matter
from workbench.operations import policy
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.context import Context
from workbench.operations.policy import Action

# Words that name an immigration court or agency (a recipient of an immigration packet).
IMMIGRATION_BODIES = ("uscis", "immigration court", "eoir", "board of immigration appeals",
                      "asylum office", "department of homeland security", "dhs", "ice ")
COURT_WORDS = ("court", "tribunal", "judge", "clerk")


@dataclass(frozen=True)
class Recipient:
    """One choice of recipient: its name, where it comes from and its consent today."""

    name: str
    source: str  # "ledger", "case contact" or "hub contact"
    kind: ContactKind | None = None
    organisation: str | None = None
    consent: ConsentStatus | None = None  # the best status among consents naming it


@dataclass(frozen=True)
class PacketDefaults:
    """What the packet builder starts with, and why (in words a person can check)."""

    recipient: str  # "" when no active consent fits the kind and matter
    purpose: str
    matter: Matter | None
    why: str
    choices: tuple[Recipient, ...]  # active-consent recipients first


_RANK = {ConsentStatus.ACTIVE: 0, ConsentStatus.NOT_YET: 1, ConsentStatus.EXPIRED: 2,
         ConsentStatus.REVOKED: 3}


def _best(consents: list[Consent], name: str, today: date) -> ConsentStatus | None:
    key = same_party_key(name)
    statuses = [c.status(today) for c in consents if same_party_key(c.recipient) == key]
    return min(statuses, key=_RANK.__getitem__, default=None)


def _merge(consents: list[Consent], contacts: list[Contact], today: date) -> list[Recipient]:
    seen: dict[str, Recipient] = {}
    for consent in sorted(consents, key=lambda c: c.id):
        key = same_party_key(consent.recipient)
        if key not in seen:
            seen[key] = Recipient(consent.recipient.strip(), "ledger",
                                  consent=_best(consents, consent.recipient, today))
    for contact in contacts:
        key = same_party_key(contact.name)
        if key and key not in seen:
            source = "case contact" if contact.case_id is not None else "hub contact"
            seen[key] = Recipient(contact.name.strip(), source, contact.kind,
                                  contact.organisation, _best(consents, contact.name, today))
    ordered = sorted(seen.values(), key=lambda r: (
        _RANK[r.consent] if r.consent is not None else len(_RANK), r.name.casefold()))
    return ordered


def recipients_for(ctx: Context, *, case_id: int) -> list[Recipient]:
    """Everyone a consent of this case can name: ledger recipients, the case's and the hub's
    contacts, each once; those with an active consent first, then by name."""
    policy.require(ctx, Action.READ)
    consents = ctx.store.list_consents(case_id)
    return _merge(consents, ctx.store.list_contacts(case_id), ctx.today())


def add_recipient(ctx: Context, *, case_id: int, name: str, kind: ContactKind,
                  organisation: str | None = None, shared: bool = False) -> Done[Contact]:
    """A new recipient, kept as a contact of this case (or of the hub when ``shared``)."""
    policy.require(ctx, Action.INTAKE)
    clean = " ".join(name.split())
    if not clean:
        raise InvalidInput(translate("ConsentContacts",
                "Name the new recipient (e.g. the court or the agency)."), field="name")
    known = {same_party_key(r.name): r for r in recipients_for(ctx, case_id=case_id)}
    if same_party_key(clean) in known:
        raise InvalidInput(fill(translate("ConsentContacts",
                "%1 is already in the list; choose it there."),
                known[same_party_key(clean)].name), field="name")
    contact = ctx.store.add_contact(ContactKind(kind), clean,
                                    case_id=None if shared else case_id,
                                    organisation=(organisation or "").strip() or None)
    return Done(contact, Changes.of(Kind.CASES, case_id=case_id))


def _default_matter(kind: str, matters: tuple[Matter, ...], matter_ref: str | None) -> Matter | None:
    if matter_ref:
        return next((m for m in matters if m.ref == matter_ref), None)
    for matter_kind in load_template(kind).matter_kinds:
        for matter in sorted(matters, key=lambda m: m.id):
            if matter.kind.value == matter_kind:
                return matter
    return None


def _is_court(name: str, courts: set[str]) -> bool:
    key = same_party_key(name)
    return key in courts or any(w in key for w in COURT_WORDS)


def _is_immigration_body(name: str) -> bool:
    key = same_party_key(name) + " "
    return any(w in key for w in IMMIGRATION_BODIES)


def packet_defaults(ctx: Context, *, records: CaseRecords, kind: str,
                    matter_ref: str | None = None) -> PacketDefaults:
    """The recipient and purpose a packet of ``kind`` starts with, from its matter and the
    active consents; none when no consent fits (then the consented recipients come first)."""
    policy.require(ctx, Action.READ)
    today = ctx.today()
    contacts = ctx.store.list_contacts(records.case.id)
    consents = list(records.consents)
    choices = tuple(_merge(consents, contacts, today))
    active = sorted((c for c in consents if c.status(today) is ConsentStatus.ACTIVE),
                    key=lambda c: (c.granted, c.id), reverse=True)  # the newest first
    matter = _default_matter(kind, records.matters, matter_ref)
    courts = {same_party_key(m.court) for m in records.matters if m.court}
    courts |= {same_party_key(c.name) for c in contacts if c.kind is ContactKind.COURT}

    def named(name: str) -> Consent | None:
        return next((c for c in active if same_party_key(c.recipient) == same_party_key(name)),
                    None)

    chosen: Consent | None = None
    why = ""
    if matter is not None and matter.court and kind in ("court", "immigration"):
        chosen = named(matter.court)
        if chosen is not None:
            why = f"The court of {matter.ref}, named by an active consent."
    if chosen is None and kind == "immigration":
        chosen = next((c for c in active if _is_immigration_body(c.recipient)), None)
        why = "The immigration court or agency with an active consent." if chosen else ""
    if chosen is None and kind == "court":
        chosen = next((c for c in active if _is_court(c.recipient, courts)), None)
        why = translate("PacketDefaults", "A court with an active consent.") if chosen else ""
    if chosen is None and kind == "agency":
        chosen = next((c for c in active if not _is_court(c.recipient, courts)
                       and not _is_immigration_body(c.recipient)), None)
        why = translate("PacketDefaults", "A partner agency with an active consent.") \
            if chosen else ""
    if chosen is None:
        court = matter.court if matter is not None and kind != "agency" else None
        why = fill(translate("PacketDefaults", "No active consent names %1, the court of %2; "
                             "choose one (recipients with an active consent are listed "
                             "first)."), court, matter.ref) if court and matter else \
            translate("PacketDefaults", "No active consent names a recipient for this kind of "
                      "packet; choose one (recipients with an active consent are listed first).")
        return PacketDefaults("", "", matter, why, choices)
    return PacketDefaults(chosen.recipient.strip(), chosen.purpose, matter, why, choices)
