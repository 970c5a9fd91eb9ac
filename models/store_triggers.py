"""Triggers (typed legal events) and the deadlines computed from them."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import records as r
from models import store_convert as convert
from models import store_fields as f
from models.errors import InvalidInput
from models.i18n import fill, translate
from models.rows import CaseRow, EventRow, MatterRow, TriggerRow
from models.store_base import StoreBase
from models.store_events import _prefixed, clean_event, draft, event_columns

_SERVICE = {"mail", "electronic", "personal"}


def _service(value: object, field: str) -> str | None:
    service = f.opt_text(value, field)
    if service is not None and service not in _SERVICE:
        raise f.bad(field, translate("StoreTriggers",
                "not one of: electronic, mail, personal"))
    return service


TRIGGER_FIELDS: dict[str, f.Coercer] = {
    "trigger_type": f.text,
    "rule_id": f.text,
    "occurred": f.day_or_moment,
    "matter_id": f.opt_id,
    "jurisdiction": f.opt_text,
    "service": _service,
    "notes": f.opt_text,
}


def _key(event: r.Event) -> tuple[str | None, str]:
    """What identifies one computed result of a trigger across recomputations."""
    return (event.rule_id, event.result_label or event.title)


class TriggersMixin(StoreBase):
    """Triggers and their computed deadlines."""

    def add_trigger(
        self, case_id: int, trigger_type: str, rule_id: str, occurred: date | datetime | str,
        **fields: object,
    ) -> r.Trigger:
        """Record a trigger (e.g. an IJ decision); the timeline computes its deadlines."""
        given = {"trigger_type": trigger_type, "rule_id": rule_id, "occurred": occurred, **fields}
        clean = f.clean(given, TRIGGER_FIELDS, "a trigger")
        with self._write() as s:
            self._require(s, CaseRow, case_id)  # exists: nothing of it is read
            self._check_matter(s, case_id, clean.get("matter_id"))
            row = TriggerRow(case_id=case_id, **self._trigger_columns(clean))
            s.add(row)
            s.flush()
            self._audit(s, "trigger.add", "triggers", row.id, case_id)
            return convert.trigger(row)

    def update_trigger(self, trigger_id: int, **fields: object) -> r.Trigger:
        """Change a trigger; call replace_trigger_deadlines with the new results."""
        expected = self._expected_version(fields)
        clean = f.clean(fields, TRIGGER_FIELDS, "a trigger")
        with self._write() as s:
            row = self._get(s, TriggerRow, trigger_id)
            self._check_version(row, expected, convert.trigger)
            self._check_matter(s, row.case_id, clean.get("matter_id"))
            for name, value in self._trigger_columns(clean).items():
                setattr(row, name, value)
            self._audit(s, "trigger.update", "triggers", row.id, row.case_id)
            return convert.trigger(row)

    def get_trigger(self, trigger_id: int) -> r.Trigger:
        """The trigger with this id."""
        with self._read() as s:
            return convert.trigger(self._get(s, TriggerRow, trigger_id))

    def list_triggers(self, case_id: int) -> list[r.Trigger]:
        """The triggers of one case, oldest first."""
        with self._read() as s:
            self._require(s, CaseRow, case_id)
            query = convert.TRIGGER.select().where(TriggerRow.case_id == case_id).order_by(TriggerRow.id)
            return convert.TRIGGER.from_rows(s.execute(query))

    def replace_trigger_deadlines(
        self, trigger_id: int, events: Sequence[Mapping[str, object]]
    ) -> list[r.Event]:
        """Replace a trigger's computed events; overridden ones keep their ``due``.

        A computed event is matched to the stored one with the same rule and result label.
        Overridden events with no new match are kept (a person set that date on purpose).
        """
        with self._write() as s:
            trig = self._get(s, TriggerRow, trigger_id)
            fresh = [self._computed(trig, i, item) for i, item in enumerate(events)]
            stored = {
                _key(convert.event(e)): e
                for e in s.scalars(select(EventRow).where(EventRow.trigger_id == trigger_id))
            }
            kept: list[EventRow] = []
            for event, names in fresh:
                row = stored.pop(_key(event), None)
                kept.append(self._apply_computed(s, row, event, names))
            for row in stored.values():
                if row.overridden:
                    kept.append(row)
                else:
                    s.delete(row)
            self._audit(s, "trigger.deadlines", "triggers", trigger_id, trig.case_id)
            s.flush()
            return sorted((convert.event(e) for e in kept), key=lambda e: (e.due or date.min, e.id))

    def _computed(
        self, trig: TriggerRow, index: int, item: Mapping[str, object]
    ) -> tuple[r.Event, frozenset[str]]:
        """A computed event for ``trig`` and the names of the fields the rule set."""
        given: dict[str, object] = {"kind": r.EventKind.LEGAL_DEADLINE, "rule_id": trig.rule_id, **item}
        given["trigger_id"] = trig.id
        try:
            clean = clean_event(given)
            clean.setdefault("computed_due", clean.get("due"))
            clean.setdefault("safe_due", None)
            clean.setdefault("explanation", ())
            clean.setdefault("matter_id", trig.matter_id)
            event = draft(trig.case_id, clean)
            event_columns(event)  # checks the fields that depend on each other
        except InvalidInput as exc:
            raise _prefixed(exc, f"events[{index}]") from None
        return event, frozenset(clean)

    def _apply_computed(
        self, s: Session, row: EventRow | None, event: r.Event, names: frozenset[str]
    ) -> EventRow:
        """Insert a new computed event, or refresh the rule's fields of a stored one.

        Fields the rule does not set (status, notes, interpreter booking) are kept.
        """
        if row is None:
            row = EventRow(case_id=event.case_id, **event_columns(event))
            s.add(row)
            return row
        current = convert.event(row)
        refreshed = names - {"due"} if current.overridden else names
        event = dataclasses.replace(current, **{n: getattr(event, n) for n in refreshed})
        for name, value in event_columns(event).items():
            setattr(row, name, value)
        return row

    def _check_matter(self, s: Session, case_id: int, matter_id: int | None) -> None:
        if matter_id is None:
            return
        matter = s.get(MatterRow, matter_id)
        if matter is None or matter.case_id != case_id:
            raise f.bad("matter_id", fill(translate("StoreTriggers",
                    "%1 is not a matter of this case"),
                    matter_id))

    @staticmethod
    def _trigger_columns(clean: Mapping[str, Any]) -> dict[str, Any]:
        cols = convert.columns({k: v for k, v in clean.items() if k != "occurred"})
        if "occurred" in clean:
            cols.update(convert.occurred_columns(clean["occurred"]))
        return cols
