"""What you have told us: the survivor's own copy of their screening answers, to whom and when.

It shows only what the acting role may see (list_screenings applies the role view); a
screening whose answers the role does not read appears only as a conversation on a date.
Printing it writes the PDF atomically under a neutral name and records the disclosure to the
survivor (the individual's right of access) in the same transaction: both happen, or neither.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from exports.atomic import write_atomically
from exports.told_sheet import build_told_sheet, free_sheet_name
from models.errors import InvalidInput
from models.i18n import fill, translate, untranslated
from models.records import Category, Screening
from timeline.screening import instrument
from timeline.told import ToldSummary, told_summary
from workbench.operations import policy
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.context import Context
from workbench.operations.policy import Action
from workbench.operations.screenings import list_screenings, sees_answers

RECIPIENT = "the survivor (own copy)"
PURPOSE = "the survivor's own copy of what they have told us"
LEGAL_BASIS = "individual's right of access, 45 CFR 164.524"


@dataclass(frozen=True)
class PrintedTold:
    """A written, recorded sheet."""

    path: Path
    pages: int
    sha256: str
    disclosure_id: int
    summary: ToldSummary


def told_summary_for(ctx: Context, case_id: int) -> ToldSummary:
    """The case's summary as the acting role may see it (answers only where it reads them)."""
    return _seen_and_summary(ctx, case_id)[1]


def _seen_and_summary(ctx: Context, case_id: int) -> tuple[list[Screening], ToldSummary]:
    policy.require(ctx, Action.READ)
    seen = list_screenings(ctx, case_id=case_id)
    withheld = {s.id for s in seen if not sees_answers(ctx.role, s.category)}
    return seen, told_summary(seen, instrument, withheld=withheld)


def print_told_summary(ctx: Context, case_id: int, out_dir: Path) -> Done[PrintedTold]:
    """Write the sheet into ``out_dir`` and record its disclosure to the survivor."""
    policy.require(ctx, Action.READ)
    folder = Path(out_dir)
    if not folder.is_dir():
        raise InvalidInput(fill(translate("Told",
                "The folder %1 does not exist; choose another."),
                folder), field="out")
    case = ctx.store.get_case(case_id)
    seen, summary = _seen_and_summary(ctx, case_id)
    if not seen:
        raise InvalidInput(translate("Told",
                "There are no screenings of this case to print."), field="case")
    now = ctx.now()
    with untranslated():  # a printed sheet, like a packet: never the UI's language by accident
        sheet = build_told_sheet(summary, display_name=case.display_name, printed_on=now)
    categories = sorted({Category(s.category) for s in seen})
    record_ids = [f"screening:{s.id}" for s in seen]
    target = free_sheet_name(folder, now)
    try:
        with ctx.store.transaction():
            disclosure = ctx.store.record_disclosure(
                case_id, RECIPIENT, PURPOSE, categories, record_ids, (), sheet.sha256,
                legal_basis=LEGAL_BASIS)
            # written inside the transaction: a failed write rolls the disclosure back
            write_atomically(target, sheet.data)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(target)  # a fresh name: nothing was there before
        raise
    printed = PrintedTold(target, sheet.pages, sheet.sha256, disclosure.id, summary)
    return Done(printed, Changes.of(Kind.DISCLOSURES, case_id=case_id))
