"""Anonymous survivor feedback and the record of each aggregate report made (0008).

Feedback carries no case id and no time finer than its month: the store takes the program and
the month and nothing that could point back to a person. The audit trail records, as for every
write, that feedback was added, by which signed-in user and when (docs/reports.md says what
that means for anonymity). A report disclosure records who made which report of which period
with which suppression threshold, and how many cases were left out (never which).
"""

from __future__ import annotations

import re
from datetime import date

from models import records as r
from models import store_convert as convert
from models import store_fields as f
from models.i18n import fill, translate
from models.rows import FeedbackRow, ReportDisclosureRow
from models.store_base import StoreBase

_PERIOD = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")
_ID = re.compile(r"[a-z][a-z0-9_-]{0,63}")
OUTPUTS = ("pdf", "csv", "json", "screen")


def period(value: object, field: str) -> str:
    """A month, YYYY-MM."""
    if isinstance(value, date):
        return f"{value.year:04d}-{value.month:02d}"
    if not isinstance(value, str) or not _PERIOD.fullmatch(value.strip()):
        raise f.bad(field, translate("StoreReports",
                "must be a month, YYYY-MM"))
    return value.strip()


def _scale(value: object, field: str) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise f.bad(field, translate("StoreReports",
                "must be a whole number from 1 to 5, or left out"))
    return value


def _safe(value: object, field: str) -> str | None:
    if value in (None, ""):
        return None
    if value not in r.FEEDBACK_SAFE:
        raise f.bad(field, fill(translate("StoreReports",
                "must be one of: %1, or left out"),
                ', '.join(r.FEEDBACK_SAFE)))
    return str(value)


def _language(value: object, field: str) -> str | None:
    text = f.opt_text(value, field)
    if text is not None and (len(text) > 16 or not re.fullmatch(r"[A-Za-z-]+", text)):
        raise f.bad(field, translate("StoreReports",
                "must be a language code such as es or pt-BR"))
    return text


FEEDBACK_FIELDS: dict[str, f.Coercer] = {
    "program": lambda v, n: _short(v, n, 64), "period": period, "language": _language,
    "satisfaction": _scale, "felt_safe": _safe, "felt_listened": _scale,
}


def _short(value: object, field: str, length: int) -> str:
    text = f.text(value, field)
    if len(text) > length:
        raise f.bad(field, fill(translate("StoreReports",
                "is longer than %1 characters"),
                length))
    return text


def _count(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise f.bad(field, translate("StoreReports",
                "must be a whole number of 0 or more"))
    return value


class ReportsMixin(StoreBase):
    """Feedback and report disclosures."""

    def add_feedback(self, program: str, period: object, **fields: object) -> r.Feedback:
        """Store one survivor's anonymous feedback for ``program`` in the month ``period``
        (fields: language, satisfaction and felt_listened 1-5, felt_safe yes/no/unsure)."""
        clean = f.clean({"program": program, "period": period, **fields}, FEEDBACK_FIELDS,
                        "feedback")
        if all(clean.get(k) is None for k in ("satisfaction", "felt_safe", "felt_listened")):
            raise f.bad("satisfaction", translate("StoreReports",
                    "feedback needs at least one answer"))
        with self._write() as s:
            row = FeedbackRow(**convert.columns(clean))
            s.add(row)
            s.flush()
            self._audit(s, "feedback.add", "feedback", row.id, None)
            return convert.feedback(row)

    def list_feedback(self, period_from: object = None,
                      period_to: object = None) -> list[r.Feedback]:
        """Feedback of the months from ``period_from`` to ``period_to`` (YYYY-MM or a date,
        both included; each optional), by month."""
        low = None if period_from is None else period(period_from, "period_from")
        high = None if period_to is None else period(period_to, "period_to")
        with self._read() as s:
            query = convert.FEEDBACK.select()
            if low is not None:
                query = query.where(FeedbackRow.period >= low)
            if high is not None:
                query = query.where(FeedbackRow.period <= high)
            return convert.FEEDBACK.from_rows(s.execute(query.order_by(FeedbackRow.period,
                                                                        FeedbackRow.id)))

    def record_report(self, template_id: str, period_from: object, period_to: object, *,
                      threshold: int, left_out_cases: int, suppressed_cells: int,
                      output: str, output_sha256: str | None = None) -> r.ReportDisclosure:
        """Record that an aggregate report was made (by the acting user, now)."""
        if not isinstance(template_id, str) or not _ID.fullmatch(template_id):
            raise f.bad("template_id", translate("StoreReports",
                    "is not a report template id (see workbench report --templates)"))
        low, high = f.day(period_from, "period_from"), f.day(period_to, "period_to")
        if high < low:
            raise f.bad("period_to", translate("StoreReports",
                    "must not be before period_from"))
        if output not in OUTPUTS:
            raise f.bad("output", fill(translate("StoreReports",
                    "must be one of: %1"),
                    ', '.join(OUTPUTS)))
        if _count(threshold, "threshold") < 1:
            raise f.bad("threshold", translate("StoreReports",
                    "must be 1 or more"))
        digest = None if output_sha256 is None else f.sha256_hex(output_sha256, "output_sha256")
        with self._write() as s:
            row = ReportDisclosureRow(
                at=convert.utc_text(self._now()), user=self.actor, template_id=template_id,
                period_from=low.isoformat(), period_to=high.isoformat(), threshold=threshold,
                left_out_cases=_count(left_out_cases, "left_out_cases"),
                suppressed_cells=_count(suppressed_cells, "suppressed_cells"), output=output,
                output_sha256=digest)
            s.add(row)
            s.flush()
            self._audit(s, "report.add", "report_disclosures", row.id, None)
            return convert.report_disclosure(row)

    def list_report_disclosures(self) -> list[r.ReportDisclosure]:
        """Every aggregate report made, oldest first."""
        with self._read() as s:
            query = convert.REPORT_DISCLOSURE.select().order_by(ReportDisclosureRow.id)
            return convert.REPORT_DISCLOSURE.from_rows(s.execute(query))


