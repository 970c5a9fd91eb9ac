"""Export whole cases (a disclosure) and import files (all or nothing).

An export holds everything of the cases in it, so it needs the export permission, writes one
disclosure record per case (with its audit entry) in the transaction that writes the file, and
is sealed with a password (AES-256-GCM under Argon2id, models.sealed_file) unless the caller
asks for plaintext explicitly. Import reads JSON (sealed or not) or CSV and validates rule ids
against the catalog, enum values and references before anything is written.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from exports.atomic import write_atomically
from exports.consent_gate import record_id
from exports.packet_job import gather
from models import sealed_file
from models.errors import InvalidInput
from models.i18n import fill, translate
from models.records import Category
from timeline.deadlines import list_rules
from workbench.operations import policy
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.context import Context
from workbench.operations.policy import Action

EXPORT_LEGAL_BASIS = "whole-case export by a supervisor (no consent applies)"


@dataclass(frozen=True)
class ExportOutcome:
    """A written export: where, how many cases, whether sealed, the disclosures recorded."""

    path: Path
    cases: int
    sealed: bool
    sha256: str
    disclosure_ids: tuple[int, ...]


def export_cases(ctx: Context, *, out: Path, recipient: str, purpose: str,
                 password: str | None = None, plaintext: bool = False,
                 case_ref: str | None = None, force: bool = False) -> Done[ExportOutcome]:
    """Write every case (or one) to ``out`` and record the disclosure of each."""
    policy.require(ctx, Action.EXPORT_CASES)
    if not recipient.strip() or not purpose.strip():
        raise InvalidInput(translate("Interchange",
                "Name the recipient and the purpose of the export (they are written to each "
                "case's disclosure log)."), field="recipient")
    if password is None and not plaintext:
        raise InvalidInput(translate("Interchange",
                "An export is sealed with a password: give one (--password-file), or --plaintext "
                "to write the cases readable by anyone who gets the file."), field="password")
    if out.exists() and not force:
        raise InvalidInput(fill(translate("Interchange",
                "%1 already exists; choose another name or --force to replace it."),
                out.name), field="out")
    if not out.parent.is_dir():
        raise InvalidInput(fill(translate("Interchange",
                "The folder %1 does not exist; create it first."),
                out.parent),
                           field="out")
    store = ctx.store
    data = store.export_data(case_ref)
    body = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    payload = body if password is None else sealed_file.seal(body, password)
    digest = hashlib.sha256(payload).hexdigest()
    cases = [store.get_case_by_ref(case_ref)] if case_ref else store.list_cases()
    existed = out.exists()
    try:
        with store.transaction():
            ids = tuple(_record_disclosure(ctx, case.id, recipient, purpose, digest).id
                        for case in cases)
            write_atomically(out, payload)  # inside: a failed write rolls the records back
    except BaseException:
        if not existed:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(out)
        raise
    outcome = ExportOutcome(out, len(cases), password is not None, digest, ids)
    return Done(outcome, Changes.of(Kind.DISCLOSURES, case_ids=[c.id for c in cases]))


def _record_disclosure(ctx: Context, case_id: int, recipient: str, purpose: str,
                       digest: str) -> Any:
    records = gather(ctx.store, case_id)
    ids = [record_id(records.case)]
    for group in (records.events, records.matters, records.documents, records.goals,
                  records.referrals):
        ids += [record_id(r) for r in group]
    return ctx.store.record_disclosure(case_id, recipient.strip(), purpose.strip(),
                                       tuple(Category), tuple(ids), (), digest,
                                       legal_basis=EXPORT_LEGAL_BASIS)


def read_import_file(path: Path) -> bytes:
    """The bytes of an import file, or a clear InvalidInput."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(fill(translate("Interchange",
                "Import file not found: %1"),
                path), field="file") from None
    except IsADirectoryError:
        raise InvalidInput(fill(translate("Interchange",
                "%1 is a folder; name the file to import."),
                path), field="file") from None


def needs_password(path: Path) -> bool:
    """True when the file is a sealed export (the face asks for its password)."""
    return sealed_file.is_sealed(read_import_file(path))


def import_file(ctx: Context, *, path: Path, password: str | None = None) -> Done[dict[str, Any]]:
    """Import a JSON (sealed or plain) or CSV file: all of it, or nothing."""
    policy.require(ctx, Action.IMPORT_CASES)
    raw = read_import_file(path)
    if sealed_file.is_sealed(raw):
        if password is None:
            raise InvalidInput(fill(translate("Interchange",
                    "%1 is sealed: give its password (--password-file)."),
                    path.name),
                               field="password")
        raw = sealed_file.unseal(raw, password)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(fill(translate("Interchange",
                "%1 is not UTF-8 text; save it as UTF-8 and try again."),
                path.name),
                           field="file") from None
    rule_ids = frozenset(r.id for r in list_rules())
    if path.suffix.lower() == ".csv":
        summary: dict[str, Any] = dict(ctx.store.import_csv(text))
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InvalidInput(fill(translate("Interchange",
                    "%1 is not valid JSON (line %2, column %3)."),
                    path.name, exc.lineno, exc.colno), field="file") from None
        summary = ctx.store.import_data(data, known_rule_ids=rule_ids)
    return Done(summary, Changes.of(*Kind, every_case=True))
