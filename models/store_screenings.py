"""Screenings: an instrument given under consent, answered item by item, paused, completed.

The store keeps what happened and who did it; it does not know the instruments (models
imports nothing of ours): the operations layer checks item ids and scale values against the
instrument and scores it (timeline.screening), then hands the total, band and reason here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy.orm import Session

from models import records as r
from models import store_convert as convert
from models import store_fields as f
from models.errors import NotFound
from models.i18n import fill, translate
from models.rows import CaseRow, ScreeningRow
from models.store_base import StoreBase

_ITEM_ID = re.compile(r"[a-z][a-z0-9_]{0,63}")
# from -> the statuses a screening may move to
_MOVES: dict[r.ScreeningStatus, tuple[r.ScreeningStatus, ...]] = {
    r.ScreeningStatus.IN_PROGRESS: (r.ScreeningStatus.PAUSED, r.ScreeningStatus.COMPLETED,
                                    r.ScreeningStatus.DECLINED),
    r.ScreeningStatus.PAUSED: (r.ScreeningStatus.IN_PROGRESS, r.ScreeningStatus.COMPLETED,
                               r.ScreeningStatus.DECLINED),
    r.ScreeningStatus.COMPLETED: (),
    r.ScreeningStatus.DECLINED: (),
}


def _short(value: object, field: str, length: int) -> str:
    text = f.text(value, field)
    if len(text) > length:
        raise f.bad(field, fill(translate("StoreScreenings",
                "is longer than %1 characters"),
                length))
    return text


def _answer_value(value: object, field: str) -> int | str:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value in r.SCREENING_NON_ANSWERS:
        return value
    raise f.bad(field, fill(translate("StoreScreenings",
            "must be a whole number of the item's scale or one of %1"),
            ', '.join(r.SCREENING_NON_ANSWERS)))


class ScreeningsMixin(StoreBase):
    """Screenings of a case: consent first, answers with who asked, a score when completed."""

    def add_screening(
        self, case_id: int, instrument_id: str, instrument_version: str,
        category: r.Category | str, *, consent_at: datetime | str | None,
        consent_note: str | None = None, started_at: datetime | str | None = None,
    ) -> r.Screening:
        """Start a screening; refused unless consent to the assessment is recorded with it
        (``consent_at``; the acting user is recorded as the one who took it). ``started_at``
        (default now) records a screening given earlier, e.g. on paper."""
        if consent_at in (None, ""):
            raise f.bad("consent_at", translate("StoreScreenings",
                    "consent to the assessment must be recorded before the first item is asked; "
                    "record when the survivor agreed, or do not start"))
        consent = f.moment(consent_at, "consent_at")
        clean = {
            "instrument_id": _short(instrument_id, "instrument_id", 32),
            "instrument_version": _short(instrument_version, "instrument_version", 16),
            "category": f.record_category(category, "category"),
            "consent_at": consent,
            "consent_note": f.opt_text(consent_note, "consent_note"),
        }
        now = self._now()
        started = now if started_at in (None, "") else f.moment(started_at, "started_at")
        if consent > now:
            raise f.bad("consent_at", translate("StoreScreenings",
                    "is in the future: consent is recorded when it is given"))
        if started < consent or started > now:
            raise f.bad("started_at", translate("StoreScreenings",
                    "must be after consent was given and not in the future"))
        with self._write() as s:
            self._require(s, CaseRow, case_id)  # exists: nothing of it is read
            row = ScreeningRow(case_id=case_id, status=r.ScreeningStatus.IN_PROGRESS.value,
                               consent_by=self.actor, started_at=convert.utc_text(started),
                               answers="{}", **convert.columns(clean))
            s.add(row)
            s.flush()
            self._audit(s, "screening.add", "screenings", row.id, case_id)
            return convert.screening(row)

    def record_answers(
        self, screening_id: int, answers: Mapping[str, object], *, asked_role: str,
        asked_at: datetime | str | None = None, version: int | None = None,
    ) -> r.Screening:
        """Merge ``answers`` (item id -> a scale value or a non-answer) into an open screening,
        each recorded as asked by the acting user in ``asked_role`` at ``asked_at`` (now)."""
        if not isinstance(answers, Mapping) or not answers:
            raise f.bad("answers", translate("StoreScreenings",
                    "give at least one item id and its answer"))
        role = f.enum(r.Role)(asked_role, "asked_role")
        when = self._now() if asked_at in (None, "") else f.moment(asked_at, "asked_at")
        given = []
        for item, value in answers.items():
            if not isinstance(item, str) or not _ITEM_ID.fullmatch(item):
                raise f.bad("answers", fill(translate("StoreScreenings",
                        "%1 is not an item id"),
                        f.shown(item)))
            given.append(r.ScreeningAnswer(item, _answer_value(value, f"answers.{item}"),
                                           self.actor, role.value, when))
        with self._write() as s:
            row = self._screening(s, screening_id)
            self._check_version(row, version, convert.screening)
            status = r.ScreeningStatus(row.status)
            if status is not r.ScreeningStatus.IN_PROGRESS:
                hint = "resume it first" if status is r.ScreeningStatus.PAUSED else \
                    "start a new screening instead"
                raise f.bad("status", fill(translate("StoreScreenings",
                        "this screening is %1; %2"),
                        status.value.replace('_', ' '), hint))
            merged = {a.item_id: a for a in convert.screening(row).answers}
            merged.update({a.item_id: a for a in given})
            row.answers = convert.screening_answers_text(merged.values())
            self._audit(s, "screening.answer", "screenings", row.id, row.case_id)
            return convert.screening(row)

    def pause_screening(self, screening_id: int, *, version: int | None = None) -> r.Screening:
        """Pause an open screening (it can be resumed later)."""
        return self._move(screening_id, r.ScreeningStatus.PAUSED, version, "screening.pause")

    def resume_screening(self, screening_id: int, *, version: int | None = None) -> r.Screening:
        """Resume a paused screening."""
        return self._move(screening_id, r.ScreeningStatus.IN_PROGRESS, version, "screening.resume")

    def decline_screening(self, screening_id: int, *, version: int | None = None) -> r.Screening:
        """Record that the survivor declined to go on (no score is ever given)."""
        return self._move(screening_id, r.ScreeningStatus.DECLINED, version, "screening.decline",
                          reason="Declined by the survivor; not scored.")

    def complete_screening(
        self, screening_id: int, *, total: int | None, band: str | None, reason: str | None,
        version: int | None = None, completed_at: datetime | str | None = None,
    ) -> r.Screening:
        """Close a screening with its score (``total`` and ``band``) or the ``reason`` there is
        none, as the instrument's rules gave them; ``completed_at`` defaults to now."""
        if total is not None and (not isinstance(total, int) or isinstance(total, bool)):
            raise f.bad("total", translate("StoreScreenings",
                    "must be a whole number or None"))
        band = f.opt_text(band, "band")
        reason = f.opt_text(reason, "reason")
        if total is None and reason is None:
            raise f.bad("reason", translate("StoreScreenings",
                    "say why there is no total"))
        when = None if completed_at in (None, "") else f.moment(completed_at, "completed_at")
        return self._move(screening_id, r.ScreeningStatus.COMPLETED, version,
                          "screening.complete", total=None if total is None else str(total),
                          band=band, reason=reason, at=when)

    def get_screening(self, screening_id: int) -> r.Screening:
        """The screening with this id."""
        with self._read() as s:
            return convert.screening(self._screening(s, screening_id))

    def list_screenings(self, case_id: int) -> list[r.Screening]:
        """The screenings of one case, oldest first."""
        with self._read() as s:
            self._require(s, CaseRow, case_id)
            query = convert.SCREENING.select().where(ScreeningRow.case_id == case_id)
            query = query.order_by(ScreeningRow.started_at, ScreeningRow.id)
            return convert.SCREENING.from_rows(s.execute(query))

    def _move(self, screening_id: int, to: r.ScreeningStatus, version: int | None, action: str,
              at: datetime | None = None, **columns: object) -> r.Screening:
        with self._write() as s:
            row = self._screening(s, screening_id)
            self._check_version(row, version, convert.screening)
            now = r.ScreeningStatus(row.status)
            if to not in _MOVES[now]:
                allowed = ", ".join(m.value for m in _MOVES[now]) or "nothing (it is closed)"
                raise f.bad("status", fill(translate("StoreScreenings",
                        "a %1 screening can move to %2, not %3"),
                        now.value.replace('_', ' '), allowed, to.value))
            row.status = to.value
            if to in (r.ScreeningStatus.COMPLETED, r.ScreeningStatus.DECLINED):
                when = at or self._now()
                if when < datetime.fromisoformat(row.started_at) or when > self._now():
                    raise f.bad("completed_at", translate("StoreScreenings",
                            "must be after the screening started and not in the future"))
                row.completed_at = convert.utc_text(when)
            for name, value in columns.items():
                setattr(row, name, value)
            self._audit(s, action, "screenings", row.id, row.case_id)
            return convert.screening(row)

    @staticmethod
    def _screening(s: Session, screening_id: object) -> ScreeningRow:
        row = s.get(ScreeningRow, screening_id) \
            if isinstance(screening_id, int) and not isinstance(screening_id, bool) else None
        if row is None:
            raise NotFound(fill(translate("StoreScreenings",
                    "There is no screening with id %1."),
                    repr(screening_id)))
        return row

