"""Consent-scoped transfer to a partner agency (format: docs/transfer-format.md).

``keygen`` makes an organisation's key pair. ``plan_transfer`` is the packet gate's plan for
the recipient (consent and the builder's role view decide; a compelled release is not
offered here: a transfer is a voluntary share). ``export_transfer`` encrypts that plan's
records (structured JSON, transfer_content) to the recipient organisation's key, signs it
with ours, and writes the bundle and its disclosure record in one transaction.
``read_incoming`` verifies a bundle and shows what would come in (the dry run);
``import_transfer`` then creates the case, or updates the one an earlier bundle of the same
sender's case made, and records the receipt. Receipts, the sender's case and the records it
became are links (models.store_links, source "transfer"): a bundle seen before is refused as
a replay, an older one than the last applied as stale. Every refusal writes nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from exports.atomic import write_atomically
from exports.consent_gate import PacketPlan, record_id, same_party_key
from exports.packet_job import CaseRecords, PacketRequest
from models import transfer_crypto as tc
from models.errors import InvalidInput
from models.i18n import fill, translate, untranslated
from models.interchange import plan_file
from models.records import Category, ConsentStatus
from models.transfer_crypto import BundleRefused, OrgPublic
from timeline.deadlines import list_rules
from workbench.operations import packets, policy, transfer_records
from workbench.operations import transfer_content as content_of
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.context import Context
from workbench.operations.policy import Action

SOURCE = "transfer"
SUFFIX = ".wbx"


def keygen(*, folder: Path, organisation: str, passphrase: str,
           kdf_profile: str = "calibrated") -> OrgPublic:
    """Make ``folder/org.key`` (private, 0600, sealed under ``passphrase``) and ``org.pub``."""
    return tc.generate_keys(folder, organisation, passphrase, kdf_profile=kdf_profile)


def describe_key(path: Path) -> OrgPublic:
    """The organisation and fingerprint of an ``org.pub`` or ``org.key`` (no passphrase)."""
    if path.suffix == ".key":
        return tc.key_public(path)
    return tc.load_public(path)


def transfer_recipients(ctx: Context, *, case_id: int) -> list[tuple[str, str]]:
    """(recipient, purpose) of every active consent of this case, each once, oldest first:
    whom a bundle may go to, and for what."""
    policy.require(ctx, Action.PACKET)
    today = ctx.today()
    found = [c for c in ctx.store.list_consents(case_id)
             if c.status(today) is ConsentStatus.ACTIVE]
    return list(dict.fromkeys((c.recipient, c.purpose)
                              for c in sorted(found, key=lambda c: c.id)))


@dataclass(frozen=True)
class TransferPlan:
    """What a bundle for this recipient would carry and what stays, and why."""

    plan: PacketPlan
    records: CaseRecords

    def included(self) -> list[tuple[str, str]]:
        """(category, record label) of every record that goes."""
        labels = self.records.labels()

        def label(category: Category, rid: str) -> str:
            if category is Category.CONTACT_LOCATION and rid.startswith("case:"):
                rid = f"contact_location:{rid}"  # the case record stands for its address
            return labels.get(rid, rid)

        return [(c.value, label(c, rid)) for c in self.plan.categories
                for rid in _ids(self.plan, c)]

    def withheld(self) -> list[tuple[str, str]]:
        """(category, reason) of every category that stays."""
        return [(w.category.value, w.note or w.reason.value) for w in self.plan.withheld]


def _ids(plan: PacketPlan, category: Category) -> list[str]:
    return list(dict.fromkeys(record_id(r) for r in plan.included[category]))


def plan_transfer(ctx: Context, *, case_ref: str | None = None, case_id: int | None = None,
                  recipient: str, purpose: str | None = None) -> TransferPlan:
    """The consent gate's plan for ``recipient`` (ConsentRefused when nothing may go)."""
    records = packets.case_records(ctx, case_id=case_id, case_ref=case_ref)
    if not recipient.strip():
        raise InvalidInput(translate("Transfer",
                "Name the recipient (as the survivor's consent names them)."),
                           field="recipient")
    request = PacketRequest(kind=content_of.PACKET_KIND, recipient=recipient,
                            purpose=purpose or packets.only_purpose(ctx, records, recipient))
    return TransferPlan(packets.plan_packet(ctx, records=records, request=request), records)


@dataclass(frozen=True)
class TransferSent:
    """A written bundle: where, its digest, the disclosure recorded, what it holds."""

    path: Path
    sha256: str
    bundle_id: str
    disclosure_id: int
    recipient: OrgPublic
    sender: OrgPublic
    categories: tuple[str, ...]
    records: int


def export_transfer(ctx: Context, *, case_ref: str | None = None, case_id: int | None = None,
                    recipient: str, to_key: Path, from_key: Path, passphrase: str, out: Path,
                    purpose: str | None = None, force: bool = False) -> Done[TransferSent]:
    """Encrypt the plan's records to ``to_key`` (an org.pub), sign with ``from_key``, write
    ``out`` and record the disclosure, in one transaction."""
    _check_out(out, force)
    theirs = tc.load_public(to_key)
    plan_transfer(ctx, case_ref=case_ref, case_id=case_id, recipient=recipient,
                  purpose=purpose)  # a refusal in the UI's language
    with untranslated():  # the bundle's words: English whatever the UI's language
        plan = plan_transfer(ctx, case_ref=case_ref, case_id=case_id, recipient=recipient,
                             purpose=purpose).plan
    if same_party_key(theirs.organisation) != same_party_key(plan.recipient):
        raise InvalidInput(fill(translate("Transfer",
                "The key %1 is %2's, not the recipient's the consent names: use the recipient's "
                "own org.pub (and compare its fingerprint with them by phone)."),
                to_key.name, theirs.organisation), field="to")
    ours = tc.unlock_keys(from_key, passphrase)
    logins = packets.staff_names(ctx, [u.name for u in ctx.vault.users()])
    with untranslated():
        body = content_of.encode(content_of.build(
            ctx.store, plan, sender=ours.public.organisation, staff_names=logins))
    data = tc.seal_bundle(body, sender=ours, recipient=theirs, now=ctx.now())
    digest = hashlib.sha256(data).hexdigest()
    existed = out.exists()
    try:
        with ctx.store.transaction():
            disclosure = ctx.store.record_disclosure(
                plan.case.id, plan.recipient, plan.purpose, plan.categories, plan.record_ids,
                plan.consent_ids, digest)
            write_atomically(out, data)  # inside: a failed write rolls the record back
    except BaseException:
        if not existed:
            out.unlink(missing_ok=True)
        raise
    sent = TransferSent(out, digest, tc.read_bundle(data).bundle_id, disclosure.id, theirs,
                        ours.public, tuple(c.value for c in plan.categories),
                        len(plan.record_ids))
    return Done(sent, Changes.of(Kind.DISCLOSURES, case_id=plan.case.id))


def _check_out(out: Path, force: bool) -> None:
    if out.suffix.lower() != SUFFIX:
        raise InvalidInput(fill(translate("Transfer",
                "The bundle's file name must end in %1 (got %2)."),
                SUFFIX, repr(out.name)),
                           field="out")
    if not out.parent.is_dir():
        raise InvalidInput(fill(translate("Transfer",
                "The folder %1 does not exist; create it first."),
                out.parent),
                           field="out")
    if out.exists() and not force:
        raise InvalidInput(fill(translate("Transfer",
                "%1 already exists; choose another name, or --force to replace it."),
                out.name), field="out")


@dataclass(frozen=True)
class Incoming:
    """A verified bundle, decrypted, before anything is written (the dry run)."""

    sender: OrgPublic
    bundle_id: str
    created: datetime
    sha256: str
    content: dict[str, Any]
    case_id: int | None  # the case an earlier bundle of this sender's case made, or None

    @property
    def sender_case(self) -> str:
        """The sender's own case id, within the sender's fingerprint (how cases match)."""
        return f"{self.sender.fingerprint}:{self.content['sender_case']['id']}"

    @property
    def categories(self) -> list[str]:
        """The categories the sender's consent released."""
        return [str(c) for c in self.content["categories"]]

    def labels(self) -> list[str]:
        """One line per record that comes in."""
        return content_of.labels(self.content)


def read_incoming(ctx: Context, *, path: Path, key: Path, passphrase: str,
                  trust: Path) -> Incoming:
    """Verify and decrypt ``path`` for the preview; BundleRefused naming why it may not
    come in (tampered, not for us, untrusted sender, replayed, older, malformed)."""
    policy.require(ctx, Action.IMPORT_CASES)
    data = _read(path)
    bundle = tc.read_bundle(data)
    trusted = tc.load_public(trust)
    tc.check_addressing(bundle, ours=tc.key_public(key), trusted=trusted)
    body = tc.open_bundle(bundle, ours=tc.unlock_keys(key, passphrase), trusted=trusted)
    try:
        content = content_of.decode(body)
        plan_file(content_of.as_import_file(content), frozenset(r.id for r in list_rules()))
    except InvalidInput as exc:
        raise BundleRefused(translate("Transfer",
                "malformed"), f"The bundle's content does not pass this vault's "
                            f"import rules ({exc}). Nothing was imported.") from None
    sender = bundle.sender
    incoming = Incoming(sender, bundle.bundle_id, bundle.created,
                        hashlib.sha256(data).hexdigest(), content, None)
    if ctx.store.link_for(SOURCE, "bundle", _bundle_key(incoming)) is not None:
        raise BundleRefused(translate("Transfer",
                "replayed"), f"This bundle ({bundle.bundle_id}) was received "
                            "already; a bundle is imported once. Nothing was imported.")
    link = ctx.store.link_for(SOURCE, "case", incoming.sender_case)
    if link is None:
        return incoming
    if link.digest is not None and link.digest >= _stamp(bundle.created):
        raise BundleRefused(translate("Transfer",
                "stale"), "This bundle is not newer than the last one received "
                            "for this case from this sender; ask them for a new one. Nothing "
                            "was imported.")
    return Incoming(sender, bundle.bundle_id, bundle.created, incoming.sha256, content,
                    link.case_id)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(fill(translate("Transfer",
                "Bundle not found: %1"),
                path), field="file") from None
    except IsADirectoryError:
        raise InvalidInput(fill(translate("Transfer",
                "%1 is a folder; name the .wbx file."),
                path), field="file") from None


def _bundle_key(incoming: Incoming) -> str:
    return f"{incoming.sender.fingerprint}:{incoming.bundle_id}"


def _stamp(created: datetime) -> str:
    """The bundle's creation time as the case link keeps it (ISO UTC sorts in time order)."""
    return "created:" + created.isoformat(timespec="seconds")


@dataclass(frozen=True)
class TransferReceived:
    """An applied bundle: the case it made or updated and how many records came in."""

    case_id: int
    case_ref: str
    created: bool
    added: int
    updated: int
    sender: OrgPublic
    bundle_id: str


def import_transfer(ctx: Context, *, path: Path, key: Path, passphrase: str, trust: Path,
                    expected_sha256: str | None = None) -> Done[TransferReceived]:
    """Verify, then create or update the case and record the receipt, in one transaction.

    ``expected_sha256``: the digest of the bundle a dry run showed; a file changed since is
    refused, so what is imported is what was shown."""
    incoming = read_incoming(ctx, path=path, key=key, passphrase=passphrase, trust=trust)
    if expected_sha256 is not None and incoming.sha256 != expected_sha256:
        raise BundleRefused(translate("Transfer",
                "changed"), "The bundle file changed after it was checked; check "
                            "it again before importing. Nothing was imported.")
    store = ctx.store
    with store.transaction():
        if incoming.case_id is None:
            case_id, added, updated = transfer_records.create(ctx, incoming.content,
                                                              incoming.sender.fingerprint)
            store.add_link(SOURCE, "case", incoming.sender_case, case_id,
                           digest=_stamp(incoming.created))
        else:
            case_id = incoming.case_id
            added, updated = transfer_records.update(ctx, case_id, incoming.content,
                                                     incoming.sender.fingerprint)
            link = store.link_for(SOURCE, "case", incoming.sender_case)
            assert link is not None  # read_incoming found it in this vault
            store.update_link(link.id, digest=_stamp(incoming.created))
        store.add_link(SOURCE, "bundle", _bundle_key(incoming), case_id,
                       digest=incoming.sha256)
    ref = store.get_case(case_id).ref
    received = TransferReceived(case_id, ref, incoming.case_id is None, added, updated,
                                incoming.sender, incoming.bundle_id)
    return Done(received, Changes.of(*Kind, case_id=case_id, every_case=incoming.case_id is None))
