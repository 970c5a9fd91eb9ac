"""Live updates from a hub: a thread that LISTENs on 'workbench' and reports what changed.

Every write on a hub runs ``pg_notify('workbench', '<table>:<id>:<case id>')`` (ids only,
delivered at commit; models.store_base). ``Listener`` holds a connection of its own, hands each
payload to ``on_change`` as ``(table, id, case_id)`` and its state (``connected``,
``reconnecting``, ``stopped``) to ``on_state``. A dropped connection or a server restart is
retried with a doubling wait; notifications sent while it was away are lost, so a face
refreshes everything when the state goes back to ``connected``. No Qt here: the callbacks run
on the listener's thread, and the caller hands them on to its own.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import psycopg

from models.errors import VaultLocked

if TYPE_CHECKING:
    from models.hub import Hub

log = logging.getLogger(__name__)
CHANNEL = "workbench"
Change = tuple[str, int | None, int | None]  # (table, row id, case id)
Connect = Callable[[], "psycopg.Connection[Any]"]


class ListenerState(StrEnum):
    """What the listener is doing (``on_state`` is called on every change)."""

    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    STOPPED = "stopped"


def parse_payload(payload: str) -> Change | None:
    """``"events:12:3"`` as ``("events", 12, 3)``; empty ids as None; anything else None."""
    parts = payload.split(":")
    if len(parts) != 3 or not parts[0]:
        return None
    try:
        row_id = int(parts[1]) if parts[1] else None
        case_id = int(parts[2]) if parts[2] else None
    except ValueError:
        return None
    return parts[0], row_id, case_id


def connector_for(hub: Hub) -> Connect:
    """Connections as the hub's member, made the way the hub makes its own (same address,
    TLS and database password), but outside its pool: a listening connection is held for good."""

    def connect() -> psycopg.Connection[Any]:
        proxied = hub.engine.raw_connection()  # VaultLocked once the hub is locked
        conn = proxied.driver_connection
        proxied.detach()  # ours now: closing it closes it, and the pool makes another
        if not isinstance(conn, psycopg.Connection):
            raise TypeError("the hub's engine does not use psycopg")
        return conn

    return connect


class Listener:
    """A daemon thread with its own connection; ``start()``, then ``stop()`` joins it.

    ``on_change(change)`` gets each parsed notification; ``on_state(state)`` each change of
    state. Both run on the listener's thread and must not raise (a raise is logged).
    """

    def __init__(self, connect: Connect, on_change: Callable[[Change], object],
                 on_state: Callable[[ListenerState], object] | None = None, *,
                 channel: str = CHANNEL, poll_s: float = 0.2, ping_s: float = 5.0,
                 first_wait_s: float = 0.2, max_wait_s: float = 5.0) -> None:
        self._connect = connect
        self._on_change, self._on_state = on_change, on_state
        self._channel = channel
        self._poll_s, self._ping_s = poll_s, ping_s
        self._first_wait_s, self._max_wait_s = first_wait_s, max_wait_s
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hub-listener", daemon=True)
        self._conn: psycopg.Connection[Any] | None = None
        self.state: ListenerState | None = None

    def start(self) -> None:
        """Start listening (on the listener's own thread)."""
        self._thread.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        """Stop and wait for the thread to end; idempotent."""
        self._stopping.set()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout_s)

    @property
    def running(self) -> bool:
        """True until the thread has ended."""
        return self._thread.is_alive()

    # -- the thread ------------------------------------------------------------------------
    def _run(self) -> None:
        wait = self._first_wait_s
        try:
            while not self._stopping.is_set():
                conn = self._open()
                if conn is None:
                    if self._stopping.wait(wait):
                        break
                    wait = min(wait * 2, self._max_wait_s)
                    continue
                wait = self._first_wait_s
                self._set_state(ListenerState.CONNECTED)
                self._listen(conn)
                if not self._stopping.is_set():
                    self._set_state(ListenerState.RECONNECTING)
        finally:
            self._set_state(ListenerState.STOPPED)

    def _open(self) -> psycopg.Connection[Any] | None:
        try:
            conn = self._connect()
            conn.autocommit = True
            conn.execute(f'LISTEN "{self._channel}"')
        except VaultLocked:
            self._stopping.set()  # the hub was locked: nothing more to listen for
            return None
        except Exception as exc:  # noqa: BLE001 - any failure to connect is retried, never raised
            log.info("hub listener: cannot connect (%s)", type(exc).__name__)
            self._set_state(ListenerState.RECONNECTING)
            return None
        self._conn = conn
        return conn

    def _listen(self, conn: psycopg.Connection[Any]) -> None:
        quiet_since = time.monotonic()
        try:
            while not self._stopping.is_set():
                for notify in conn.notifies(timeout=self._poll_s):
                    quiet_since = time.monotonic()
                    change = parse_payload(notify.payload)
                    if change is not None:
                        self._call(self._on_change, change)
                if time.monotonic() - quiet_since > self._ping_s:
                    conn.execute("SELECT 1")  # a silent network drop shows up here
                    quiet_since = time.monotonic()
        except (psycopg.Error, OSError) as exc:
            log.info("hub listener: connection lost (%s)", type(exc).__name__)
        finally:
            self._conn = None
            try:
                conn.close()
            except (psycopg.Error, OSError):
                pass

    def _set_state(self, state: ListenerState) -> None:
        if state != self.state:
            self.state = state
            if self._on_state is not None:
                self._call(self._on_state, state)

    @staticmethod
    def _call(fn: Callable[[Any], object], arg: Any) -> None:
        try:
            fn(arg)
        except Exception:  # noqa: BLE001 - a face's callback must not end the listener
            log.exception("hub listener: a callback raised")
