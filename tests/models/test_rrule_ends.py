"""A repeat rule ends by COUNT or by UNTIL, never both (models/rrule_ends.py): new ones are
refused, stored ones end where the first of the two ends, and go out to calendars with COUNT."""

from __future__ import annotations

import warnings
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from models import records as r
from models.errors import InvalidInput
from models.rrule_ends import has_both_ends, one_end


def _pair_as_dateutil_reads_it(body: str, dtstart: datetime) -> list[datetime]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return list(rrulestr(body, dtstart=dtstart))


@pytest.mark.parametrize(("body", "both"), [
    ("FREQ=WEEKLY;COUNT=10", False),
    ("FREQ=WEEKLY;UNTIL=20261231", False),
    ("FREQ=WEEKLY;COUNT=10;UNTIL=20261231", True),
    ("until=20261231;freq=daily; count=3", True),
    ("FREQ=DAILY", False),
])
def test_has_both_ends(body: str, both: bool) -> None:
    assert has_both_ends(body) is both


@settings(max_examples=300, deadline=None)
@given(freq=st.sampled_from(["DAILY", "WEEKLY", "MONTHLY"]), interval=st.integers(1, 3),
       count=st.integers(0, 60), days=st.integers(-5, 400),
       clock=st.sampled_from(["000000", "090000", "235959"]), aware=st.booleans())
def test_a_stored_pair_ends_where_the_first_end_is(freq, interval, count, days, clock,
                                                   aware) -> None:
    start = datetime(2026, 3, 2, 9, 0)
    until = (start + timedelta(days=days)).strftime(f"%Y%m%dT{clock}")
    if aware:
        start, until = start.replace(tzinfo=UTC), until + "Z"
    body = f"FREQ={freq};INTERVAL={interval};COUNT={count};UNTIL={until}"
    fixed = one_end(body, start)
    assert not has_both_ends(fixed) and "UNTIL" not in fixed
    counted = list(rrulestr(f"FREQ={freq};INTERVAL={interval};COUNT={count}", dtstart=start))
    bounded = list(rrulestr(f"FREQ={freq};INTERVAL={interval};UNTIL={until}", dtstart=start))
    expected = counted if len(counted) <= len(bounded) else bounded
    assert list(rrulestr(fixed, dtstart=start)) == expected
    assert expected == _pair_as_dateutil_reads_it(body, start)  # what was read before


def test_one_end_leaves_a_rule_with_one_end_as_it_is() -> None:
    for body in ("FREQ=WEEKLY;COUNT=10", "FREQ=DAILY;UNTIL=20261231", "FREQ=DAILY"):
        assert one_end(body, datetime(2026, 1, 1)) == body


def test_a_new_rule_with_both_ends_is_refused_and_nothing_is_stored(vault) -> None:
    store = vault.store
    case = store.add_case("Person")
    with pytest.raises(InvalidInput, match="COUNT.*UNTIL.*RFC 5545") as refused:
        store.add_event(case.id, r.EventKind.SERVICE_APPOINTMENT, "Counselling",
                        r.Category.MEDICAL, start=datetime(2026, 5, 4, 9, tzinfo=UTC), tz="UTC",
                        rrule="FREQ=WEEKLY;COUNT=10;UNTIL=20260801")
    assert refused.value.field == "rrule"
    assert store.list_events(case.id) == []


def test_a_stored_pair_reaches_calendars_and_the_timeline_with_count_alone() -> None:
    from exports.ics_items import ics_rrule
    from timeline.recurrence import occurrences

    zone = ZoneInfo("America/New_York")
    event = r.Event(id=1, case_id=1, kind=r.EventKind.SERVICE_APPOINTMENT, title="s",
                    category=r.Category.MEDICAL, start=datetime(2026, 5, 4, 9, tzinfo=zone),
                    end=datetime(2026, 5, 4, 10, tzinfo=zone), tz=zone.key,
                    rrule="FREQ=WEEKLY;COUNT=10;UNTIL=20260601")  # UNTIL ends it first
    exported = ics_rrule(event, event.start)
    assert exported == "FREQ=WEEKLY;COUNT=5"
    shown = occurrences(event, datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
    assert [o.start.date() for o in shown] == [date(2026, 5, 4) + timedelta(weeks=w)
                                               for w in range(5)]
