"""The hub's live-update listener on a real PostgreSQL: ids from NOTIFY, restarts survived."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from models.hub_listen import Listener, ListenerState, connector_for, parse_payload
from models.pg_cluster import Cluster


class Recorder:
    """What a listener reported, with a way to wait for it."""

    def __init__(self) -> None:
        self.changes: list[tuple[str, int | None, int | None]] = []
        self.states: list[ListenerState] = []
        self._moved = threading.Condition()

    def change(self, change: tuple[str, int | None, int | None]) -> None:
        with self._moved:
            self.changes.append(change)
            self._moved.notify_all()

    def state(self, state: ListenerState) -> None:
        with self._moved:
            self.states.append(state)
            self._moved.notify_all()

    def wait(self, test: Callable[[], bool], timeout_s: float = 10.0) -> bool:
        with self._moved:
            return self._moved.wait_for(test, timeout_s)


@pytest.mark.parametrize(("payload", "parsed"), [
    ("events:12:3", ("events", 12, 3)),
    ("closures:4:", ("closures", 4, None)),
    ("cases::", ("cases", None, None)),
    ("events:x:3", None),
    ("nonsense", None),
    (":1:2", None),
])
def test_parse_payload_reads_ids_only(payload: str, parsed: object) -> None:
    assert parse_payload(payload) == parsed


def test_listener_reports_a_store_write_on_the_hub(new_hub, open_as) -> None:
    hub, _code, _url = new_hub
    clinician = open_as("cleo", "clinician")
    seen = Recorder()
    listener = Listener(connector_for(clinician), seen.change, seen.state)
    listener.start()
    try:
        assert seen.wait(lambda: ListenerState.CONNECTED in seen.states)
        case = hub.store.add_case("Listener Canary")
        hearing = hub.store.add_event(case.id, kind="court_hearing", title="Hearing",
                                      category="immigration", start="2026-12-04T09:00:00-05:00",
                                      tz="America/New_York")
        assert seen.wait(lambda: ("events", hearing.id, case.id) in seen.changes, 2.0)
        assert ("cases", case.id, case.id) in seen.changes
    finally:
        listener.stop()
    assert not listener.running
    assert seen.states[-1] == ListenerState.STOPPED


def test_listener_stops_when_its_hub_is_locked(open_as) -> None:
    clinician = open_as("cleo", "clinician")
    clinician.lock()
    seen = Recorder()
    listener = Listener(connector_for(clinician), seen.change, seen.state)
    listener.start()
    assert seen.wait(lambda: ListenerState.STOPPED in seen.states, 5.0)
    listener.stop()
    assert not listener.running and ListenerState.CONNECTED not in seen.states


def test_listener_survives_a_server_restart(pg_folder: Path) -> None:
    with Cluster.create(pg_folder) as cluster:
        seen = Recorder()
        listener = Listener(lambda: cluster.connect(), seen.change, seen.state,
                            first_wait_s=0.05, max_wait_s=0.5)
        listener.start()
        try:
            assert seen.wait(lambda: seen.states == [ListenerState.CONNECTED])
            cluster.execute("SELECT pg_notify('workbench', 'events:1:1')")
            assert seen.wait(lambda: ("events", 1, 1) in seen.changes, 2.0)
            cluster.restart()
            assert seen.wait(lambda: seen.states[-1:] == [ListenerState.CONNECTED]
                             and ListenerState.RECONNECTING in seen.states)
            assert seen.states == [ListenerState.CONNECTED, ListenerState.RECONNECTING,
                                   ListenerState.CONNECTED]
            cluster.execute("SELECT pg_notify('workbench', 'events:2:1')")
            assert seen.wait(lambda: ("events", 2, 1) in seen.changes, 2.0)
        finally:
            listener.stop()
    assert seen.states[-1] == ListenerState.STOPPED


def test_listener_keeps_retrying_while_the_server_is_down(pg_folder: Path) -> None:
    with Cluster.create(pg_folder) as cluster:
        seen = Recorder()
        listener = Listener(lambda: cluster.connect(), seen.change, seen.state,
                            first_wait_s=0.05, max_wait_s=0.2)
        listener.start()
        try:
            assert seen.wait(lambda: ListenerState.CONNECTED in seen.states)
            cluster.stop()
            assert seen.wait(lambda: seen.states[-1:] == [ListenerState.RECONNECTING])
            time.sleep(0.6)  # several failed tries: still reconnecting, not stopped
            assert seen.states[-1] == ListenerState.RECONNECTING and listener.running
            cluster.start()
            assert seen.wait(lambda: seen.states[-1:] == [ListenerState.CONNECTED])
        finally:
            listener.stop()
    assert not listener.running
