"""Live updates on a hub: other workstations' writes become the window's change signal.

A ``models.hub_listen.Listener`` reports ``(table, id, case id)`` from its thread; here the
ids are gathered on the UI thread for ``COALESCE_MS`` and announced as one ``Changes`` on the
session's ``operation_executed`` (ui.operation_signals), so the caseload, agenda and open
case's tabs reload exactly as they do after this window's own writes. After a dropped
connection the listener may have missed notifications: back online, everything is refreshed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from models.hub_listen import Change, Listener, ListenerState, connector_for
from ui.operation_signals import announce
from ui.session import UiSession
from workbench.operations.changes import Changes, Kind

log = logging.getLogger(__name__)
COALESCE_MS = 200
_KINDS: dict[str, tuple[Kind, ...]] = {
    "cases": (Kind.CASES,),
    "contacts": (Kind.CASES,),
    "safe_addresses": (Kind.CASES,),
    "staff_profiles": (Kind.USERS,),
    "events": (Kind.EVENTS,),
    "triggers": (Kind.TRIGGERS, Kind.EVENTS),
    "closures": (Kind.CLOSURES, Kind.EVENTS),
    "matters": (Kind.MATTERS, Kind.EVENTS),
    "consents": (Kind.CONSENTS,),
    "documents": (Kind.DOCUMENTS,),
    "referrals": (Kind.REFERRALS,),
    "goals": (Kind.CARE_PLAN,),
    "milestones": (Kind.CARE_PLAN,),
    "disclosures": (Kind.DISCLOSURES,),
    "screenings": (Kind.SCREENINGS,),
    "safety_plans": (Kind.SAFETY_PLAN, Kind.EVENTS),  # its review day is a task
    "conferences": (Kind.CONFERENCES, Kind.EVENTS),
    "status_changes": (Kind.CARE_PLAN, Kind.REFERRALS, Kind.SAFETY_PLAN, Kind.CASES),
    "feedback": (Kind.FEEDBACK,),
    "report_disclosures": (Kind.DISCLOSURES,),
    "external_links": (Kind.CASES,),  # an EHR patient confirmed, an EHR or partner record seen
    "interpreter_bookings": (Kind.INTERPRETERS, Kind.EVENTS),  # the event's interpreter state
}
# records of the program, not of a case: a change to them reaches no case
_OF_NO_CASE = frozenset({"feedback", "report_disclosures"})
EVERYTHING = Changes(frozenset(Kind), every_case=True)


def changes_for(notes: Iterable[Change]) -> Changes:
    """What a burst of notifications changed (an unknown table or no case id: every case)."""
    kinds: set[Kind] = set()
    case_ids: set[int] = set()
    every_case = False
    for table, _row_id, case_id in notes:
        kinds.update(_KINDS.get(table, tuple(Kind)))
        if table in _OF_NO_CASE:
            continue
        if table == "closures" or case_id is None:
            every_case = True  # a closure moves deadlines of every case
        else:
            case_ids.add(case_id)
    return Changes(frozenset(kinds), frozenset(case_ids), every_case)


def is_hub(vault: object) -> bool:
    """True for a models.hub.Hub (imported late: a vault-only session never loads psycopg)."""
    from models.hub import Hub

    return isinstance(vault, Hub)


class HubLiveUpdates(QObject):
    """Signals: state_changed(state) with ``connected``, ``reconnecting`` or ``stopped``;
    refreshed(changes) after each announced burst. ``start()``; ``stop()`` joins the thread."""

    state_changed = Signal(str)
    refreshed = Signal(object)
    _noted = Signal(object)  # from the listener's thread, queued to this object's thread
    _moved = Signal(object)

    def __init__(self, session: UiSession, parent: QObject, *,
                 listener_factory: Callable[..., Listener] | None = None,
                 coalesce_ms: int = COALESCE_MS) -> None:
        super().__init__(parent)
        self.session = session
        self.state = ""
        self._was_away = False
        self._pending: list[Change] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(coalesce_ms)
        self._timer.timeout.connect(self._flush)
        self._noted.connect(self._on_note)
        self._moved.connect(self._on_state)
        factory = listener_factory or Listener
        self.listener = factory(connector_for(session.vault), self._noted.emit,  # type: ignore[arg-type]
                                self._moved.emit)

    def start(self) -> None:
        """Start listening."""
        self.listener.start()

    def stop(self) -> None:
        """Stop listening (joins the thread) and drop what was not yet announced."""
        self._timer.stop()
        self._pending.clear()
        self.listener.stop()

    def _on_note(self, change: Change) -> None:
        self._pending.append(change)
        if not self._timer.isActive():
            self._timer.start()  # one refresh for a burst, at most COALESCE_MS after its first

    def _flush(self) -> None:
        notes, self._pending = self._pending, []
        if notes and not self.session.vault.locked:
            self._announce(changes_for(notes))

    def _announce(self, changes: Changes) -> None:
        announce(self.session, changes, self)
        self.refreshed.emit(changes)

    def _on_state(self, state: Any) -> None:
        state = str(state)
        self.state = state
        if state == ListenerState.RECONNECTING:
            self._was_away = True
            forget = getattr(self.session.vault, "connections_lost", None)
            if forget is not None and not self.session.vault.locked:
                forget()  # the pooled connections died with the link: the next call opens anew
        elif state == ListenerState.CONNECTED and self._was_away:
            self._was_away = False
            if not self.session.vault.locked:
                self._announce(EVERYTHING)  # what was written meanwhile was not notified
        self.state_changed.emit(state)
