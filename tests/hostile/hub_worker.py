"""A hub client process for the hostile hub tests: ``python -m tests.hostile.hub_worker MODE URL ...``.

It opens the hub at URL as ana (passphrase from WORKBENCH_PASSPHRASE), prints ``ready``, and
then does MODE's work, printing one line *after* each step has committed:

- ``writers URL WORKER N PLAN``: waits for ``go`` on stdin, then does N writes against the shared
  records named in PLAN (JSON: cases, counters): add an event, increment a counter event
  (read, update with the version read, re-read and retry on Conflict), add a consent, update a
  shared case with the version read (retry on Conflict). Prints one JSON summary at the end.
- ``loop URL``: adds cases ``crash-<i>`` one by one, until killed -9.
- ``txn URL``: one ``store.transaction()`` per step (a case, an event, a consent), until killed.
- ``hold URL MARKER``: opens a transaction, writes three rows named MARKER, prints ``inside``
  and sleeps inside the open transaction until it is killed -9.
"""

from __future__ import annotations

import json
import os
import sys
import time


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _open(url: str):
    from models.hub import open_hub

    return open_hub(url, "ana", os.environ["WORKBENCH_PASSPHRASE"])


def _retry(action, counts: dict[str, int]):
    """Run ``action`` (which reads, then writes with the version it read) until it is not a
    Conflict: the 'no lost update' discipline."""
    import random

    from models.errors import Conflict

    tries = 0
    while True:
        try:
            return action()
        except Conflict:
            counts["conflicts"] += 1
            tries += 1
            time.sleep(random.uniform(0, 0.002 * min(tries, 10)))  # jitter: let the winner go on


def writers(url: str, worker: int, count: int, plan: dict) -> None:
    """``count`` mixed writes; one JSON line with every acknowledged write at the end."""
    hub = _open(url)
    store = hub.store
    cases, counters = plan["cases"], plan["counters"]
    done: dict = {"worker": worker, "events": [], "consents": [], "increments": {},
                  "case_updates": {}, "conflicts": 0}
    _say("ready")
    if sys.stdin.readline().strip() != "go":
        raise SystemExit("no go")
    started = time.time()
    for i in range(count):
        kind = (i + worker) % 4
        case_id = cases[(i + worker) % len(cases)]
        if kind == 0:
            event = store.add_event(case_id, "task", f"w{worker}-{i}", "identity",
                                    due="2026-12-01", notes=f"written by worker {worker}")
            done["events"].append([event.id, f"w{worker}-{i}"])
        elif kind == 1:
            counter = counters[(i * 7 + worker) % len(counters)]

            def increment(counter: int = counter) -> None:
                seen = store.get_event(counter)
                store.update_event(counter, notes=str(int(seen.notes or "0") + 1),
                                   version=seen.version)

            _retry(increment, done)
            done["increments"][str(counter)] = done["increments"].get(str(counter), 0) + 1
        elif kind == 2:
            consent = store.add_consent(case_id, f"Agency w{worker}-{i}", ["identity"],
                                        "case coordination", "2026-01-01")
            done["consents"].append([consent.id, f"Agency w{worker}-{i}"])
        else:
            def touch(case_id: int = case_id, tag: str = f"w{worker}-{i}") -> None:
                seen = store.get_case(case_id)
                store.update_case(case_id, pronouns=tag, version=seen.version)

            _retry(touch, done)
            done["case_updates"][str(case_id)] = done["case_updates"].get(str(case_id), 0) + 1
    done["started"], done["ended"] = started, time.time()
    hub.lock()
    _say(json.dumps(done))


def loop(url: str) -> None:
    """Add cases until killed; print each one's number once it has committed."""
    hub = _open(url)
    _say("ready")
    i = 0
    while True:
        hub.store.add_case(f"crash-{i}", notes=f"note {i}")
        _say(str(i))
        i += 1


def txn(url: str) -> None:
    """Three writes per transaction until killed; print each step's number after its commit."""
    hub = _open(url)
    store = hub.store
    _say("ready")
    i = 0
    while True:
        with store.transaction():
            case = store.add_case(f"txn-{i}")
            store.add_event(case.id, "task", f"txn-{i}", "identity", due="2026-12-01")
            store.add_consent(case.id, f"txn-{i}", ["identity"], "coordination", "2026-01-01")
        _say(str(i))
        i += 1


def hold(url: str, marker: str) -> None:
    """Write three rows inside one transaction, say so, and never commit."""
    hub = _open(url)
    store = hub.store
    _say("ready")
    with store.transaction():
        case = store.add_case(marker)
        store.add_event(case.id, "task", marker, "identity", due="2026-12-01")
        store.add_consent(case.id, marker, ["identity"], "coordination", "2026-01-01")
        _say("inside")
        while True:
            time.sleep(60)


if __name__ == "__main__":
    mode, address = sys.argv[1], sys.argv[2]
    if mode == "writers":
        writers(address, int(sys.argv[3]), int(sys.argv[4]), json.loads(sys.argv[5]))
    elif mode == "loop":
        loop(address)
    elif mode == "txn":
        txn(address)
    elif mode == "hold":
        hold(address, sys.argv[3])
    else:
        raise SystemExit(f"unknown mode {mode}")
