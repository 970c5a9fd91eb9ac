"""The caseload's next date in SQL (a series' arithmetic progression) agrees with the Python
path (``next_occurrence`` of every event), on both backends, however the events were written:
add_event, add_events_bulk, update_event, import_data; series with and without a progression.
"""

from __future__ import annotations

import gc
import json
import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from models import records as r
from models.errors import InvalidInput
from models.interchange import import_data
from models.rows import EventRow
from models.store_caseload import next_occurrence, progression
from models.store_contract import StoreContract
from tests.collector_state import automatic_collector
from tests.models.test_store_contract import BACKENDS, MakeStore

TODAY = date(2026, 12, 1)
ZONES = ["America/New_York", "Europe/Madrid", "UTC", "Australia/Lord_Howe"]
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def _rule(rng: random.Random) -> str:
    freq = rng.choice(["DAILY", "WEEKLY", "WEEKLY", "MONTHLY"])
    parts = [f"FREQ={freq}", f"INTERVAL={rng.randint(1, 3)}"]
    if freq == "WEEKLY" and rng.random() < 0.6:
        parts.append("BYDAY=" + ",".join(rng.sample(DAYS, rng.choice([1, 1, 2]))))
    end = rng.choice(["none", "count", "until", "until_utc"])
    if end == "count":
        parts.append(f"COUNT={rng.randint(1, 120)}")
    elif end != "none":
        until = TODAY + timedelta(days=rng.randint(-400, 400))
        parts.append("UNTIL=" + until.strftime("%Y%m%dT120000") + ("Z" if end == "until_utc" else ""))
    return ";".join(parts)


def _series(rng: random.Random) -> dict[str, Any]:
    tz = rng.choice(ZONES)
    start_day = TODAY + timedelta(days=rng.randint(-900, 60))
    fields: dict[str, Any] = {
        "kind": r.EventKind.SERVICE_APPOINTMENT, "title": "series", "category": r.Category.IDENTITY,
        "rrule": _rule(rng), "tz": tz,
        "status": rng.choice([r.EventStatus.SCHEDULED] * 4 + [r.EventStatus.CANCELLED]),
    }
    if rng.random() < 0.2:
        fields["kind"] = r.EventKind.LEGAL_DEADLINE
        fields["due"] = start_day
    else:
        clock = time(rng.randint(0, 23), rng.choice([0, 30]))
        fields["start"] = datetime.combine(start_day, clock, ZoneInfo(tz))
    if rng.random() < 0.15:
        fields["exdates"] = [TODAY + timedelta(days=d) for d in range(rng.randint(1, 3))]
    return fields


@pytest.fixture(params=sorted(BACKENDS))
def new_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[MakeStore]:
    """Fresh empty stores of one backend, as in the store contract tests (vault and hub)."""
    yield from BACKENDS[request.param](request, tmp_path)


def _one_off(rng: random.Random) -> dict[str, Any]:
    return {"kind": r.EventKind.LEGAL_DEADLINE, "title": "one", "category": r.Category.IDENTITY,
            "due": TODAY + timedelta(days=rng.randint(-30, 90))}


def _expected(store: StoreContract, today: date) -> dict[int, date | None]:
    """Per case, the next date by the Python path alone: every event through next_occurrence."""
    out: dict[int, date | None] = {}
    for case in store.list_cases():
        dates = []
        for event in store.list_events(case.id):
            if event.status is not r.EventStatus.SCHEDULED:
                continue
            if event.rrule is None:
                if event.due_day() >= today:
                    dates.append(event.due_day())
            else:
                found = next_occurrence(event, today)
                if found is not None:
                    dates.append(found)
        out[case.id] = min(dates) if dates else None
    return out


def _check(store: StoreContract) -> None:
    for today in (TODAY - timedelta(days=500), TODAY - timedelta(days=3), TODAY,
                  TODAY + timedelta(days=1), TODAY + timedelta(days=45), TODAY + timedelta(days=800)):
        got = {s.case.id: s.next_date for s in store.caseload(today)}
        assert got == _expected(store, today), today


def _progressions(store: StoreContract) -> dict[int, tuple[int | None, int | None, int | None]]:
    with store._read() as s:  # type: ignore[attr-defined]
        found = s.execute(select(EventRow.id, EventRow.series_first, EventRow.series_step,
                                 EventRow.series_last))
        return {row[0]: (row[1], row[2], row[3]) for row in found}


def _written_right(store: StoreContract) -> int:
    """Every event's stored progression is the one its fields give; returns how many are set."""
    stored = _progressions(store)
    set_ = 0
    for case in store.list_cases():
        for event in store.list_events(case.id):
            want = progression(event.rrule, event.start, event.due, event.tz, event.exdates)
            assert stored[event.id] == (want or (None, None, None)), event
            set_ += want is not None
    return set_


def test_the_sql_next_date_equals_the_python_path(new_store: MakeStore) -> None:
    store = new_store()
    rng = random.Random(20261201)
    for n in range(24):
        case = store.add_case(f"Person {n}")
        if n % 2:
            store.add_event(case.id, **_series(rng))
            if n % 3 == 0:
                store.add_event(case.id, **_one_off(rng))
        else:
            store.add_events_bulk(case.id, [_series(rng), _series(rng), _one_off(rng)])
    assert _written_right(store) > 5
    _check(store)


def test_updates_refill_or_clear_the_progression(new_store: MakeStore) -> None:
    store = new_store()
    case = store.add_case("Person")
    start = datetime(2026, 11, 2, 9, 0, tzinfo=ZoneInfo("America/New_York"))
    event = store.add_event(case.id, r.EventKind.SERVICE_APPOINTMENT, "weekly", r.Category.IDENTITY,
                            start=start, rrule="FREQ=WEEKLY;COUNT=10")
    assert _progressions(store)[event.id][1] == 7
    _check(store)
    changes: list[tuple[dict[str, Any], int]] = [  # a change, and whether it has a progression
        ({"exdates": [date(2026, 12, 7)]}, 0),  # an exdate: expanded in Python
        ({"exdates": []}, 1),
        ({"rrule": "FREQ=WEEKLY;BYDAY=MO,TH"}, 0),  # two weekdays: Python
        ({"rrule": "FREQ=DAILY;INTERVAL=2;UNTIL=20261215T000000Z"}, 1),
        ({"start": start.astimezone(ZoneInfo("Europe/Madrid")), "tz": "Europe/Madrid"}, 1),
        ({"status": r.EventStatus.CANCELLED}, 1),
        ({"status": r.EventStatus.SCHEDULED, "rrule": None}, 0),
        ({"rrule": "FREQ=WEEKLY;INTERVAL=3;BYDAY=SU"}, 1),
        ({"start": start - timedelta(days=400)}, 1),
    ]
    for change, has in changes:
        event = store.update_event(event.id, version=event.version, **change)
        assert _written_right(store) == has, change
        _check(store)


def test_imported_series_get_their_progression(new_store: MakeStore) -> None:
    store = new_store()
    rng = random.Random(7)
    cases = []
    for n in range(16):
        events = [_series(rng) for _ in range(rng.randint(1, 3))] + [_one_off(rng)]
        cases.append({"display_name": f"Imported {n}", "events": events})
    data = {"format": "workbench", "version": 1, "cases": cases}
    import_data(store, json.loads(json.dumps(data, default=_plain)))
    assert _written_right(store) > 3
    _check(store)


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo is UTC else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def test_the_caseload_leaves_the_garbage_collector_as_it_found_it(new_store: MakeStore) -> None:
    store = new_store()
    store.add_case("Person")
    with automatic_collector(on=True):
        store.caseload(TODAY)
        assert gc.isenabled()
        with pytest.raises(InvalidInput):
            store.caseload("not a day")  # type: ignore[arg-type]
        assert gc.isenabled()
    with automatic_collector(on=False):
        store.caseload(TODAY)
        assert not gc.isenabled()
