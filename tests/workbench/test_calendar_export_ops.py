"""The calendar export operation (workbench.operations.calendar_export) on the demo vault: the
file parsed back with icalendar and expanded with recurring_ical_events equals the timeline
engine's dates; nothing identifying at generic; role views; full as a disclosure; filters."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events

from exports.ics_items import record_key, uid_for, uid_key
from models.errors import InvalidInput, NotFound, PermissionDenied
from models.records import Category, EventKind, EventStatus
from timeline.jurisdictions import zone_for_jurisdiction
from timeline.lanes import Shape, TimelineEntry
from workbench.operations import dates
from workbench.operations.calendar_export import (
    RECIPIENT,
    export_calendar,
    selection,
    vault_identity,
)
from workbench.operations.context import Context
from workbench.operations.views import timeline_for

As = Callable[[str], Context]
FROM, TO = date(2026, 9, 1), date(2027, 6, 1)
HANDWRITTEN = [f"C-000{n}" for n in range(1, 7)]
NY = ZoneInfo("America/New_York")
# words that say what an appointment is about: the clinical categories' labels and the
# demo's clinical titles; none may be in a generic file
CLINICAL = ["therapy", "counselling", "counseling", "clinic", "clinical", "medical", "hiv",
            "sti", "pep", "lab", "substance", "mental", "reproductive", "trauma", "psych",
            "pregnan", "vaccin", "hepatitis", "immigration", "asylum", "visa", "court"]


def _export(ctx: Context, tmp_path: Path, detail: str = "generic", name: str = "out.ics",
            **chosen: object) -> tuple[object, bytes]:
    out = tmp_path / name
    done = export_calendar(ctx, out=out, detail=detail, chosen=selection(ctx, **chosen),  # type: ignore[arg-type]
                           force=True)
    return done, out.read_bytes()


def _add_dst_series(ctx: Context) -> int:
    """A weekly 18:00 New York group across the 2027 DST change, one week skipped."""
    case = ctx.store.get_case_by_ref("C-0005")
    return dates.add_event(
        ctx, case_id=case.id, kind=EventKind.SERVICE_APPOINTMENT, title="Peer support group",
        category=Category.HOUSING_BENEFITS, start=datetime(2027, 2, 23, 18, tzinfo=NY),
        end=datetime(2027, 2, 23, 19, 30, tzinfo=NY), tz="America/New_York",
        rrule="FREQ=WEEKLY;COUNT=6", exdates=(date(2027, 3, 16),)).value.id


def _expected(entry: TimelineEntry) -> date | datetime:
    """The timeline engine's date for an entry, the earlier reading where there are two."""
    safe = entry.safe_day if entry.safe_day and entry.safe_day < entry.day else None
    if not entry.all_day:
        return entry.start
    if safe is not None and entry.shape is not Shape.WINDOW:
        return safe
    return entry.start.date()


def _instant(value: date | datetime, tz: ZoneInfo) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.combine(value, datetime.min.time(), tzinfo=tz)


def _file_starts(data: bytes, uids: set[str], tz: ZoneInfo) -> dict[str, list[object]]:
    calendar = icalendar.Calendar.from_ical(data)
    begin = datetime.combine(FROM, datetime.min.time(), tzinfo=tz)
    end = datetime.combine(TO, datetime.min.time(), tzinfo=tz)
    out: dict[str, list[object]] = {}
    for component in recurring_ical_events.of(calendar).between(begin, end):
        uid = str(component["UID"])
        if uid in uids and begin <= _instant(component.start, tz) < end:
            out.setdefault(uid, []).append(component.start)
    return {uid: sorted(v, key=lambda d: _instant(d, tz)) for uid, v in out.items()}  # type: ignore[arg-type]


def test_every_occurrence_equals_the_timeline_engines_dates(as_user: As, tmp_path: Path) -> None:
    sam = as_user("sam")
    series = _add_dst_series(sam)
    _, data = _export(sam, tmp_path)
    key = uid_key(vault_identity(sam))
    checked: set[str] = set()
    for ref in HANDWRITTEN:
        case = sam.store.get_case_by_ref(ref)
        tz = ZoneInfo(zone_for_jurisdiction(case.jurisdiction))
        entries = timeline_for(sam, case_id=case.id, start=FROM, end=TO).entries
        expected: dict[str, list[object]] = {}
        for entry in entries:
            expected.setdefault(uid_for(key, record_key(entry)), []).append(_expected(entry))
        got = _file_starts(data, set(expected), tz)
        assert got == {uid: sorted(v, key=lambda d: _instant(d, tz))  # type: ignore[arg-type]
                       for uid, v in expected.items()}, ref
        checked |= {e.key for e in entries}
    kinds = {k.split("@")[0] for k in checked}
    assert f"event:{series}" in kinds
    # the DST series, a computed deadline and a deadline with two readings were all compared
    demo = {e.id: e for e in sam.store.list_events()}
    assert any(demo[int(k.split(":")[1])].trigger_id for k in kinds if k.startswith("event:"))
    assert any(demo[int(k.split(":")[1])].safe_due for k in kinds if k.startswith("event:"))
    assert sum(1 for k in checked if k.startswith(f"event:{series}@")) == 5


def test_the_dst_series_is_one_rrule_with_its_exdate(as_user: As, tmp_path: Path) -> None:
    sam = as_user("sam")
    series = _add_dst_series(sam)
    _, data = _export(sam, tmp_path, case_ref="C-0005")
    uid = uid_for(uid_key(vault_identity(sam)), f"event:{series}")
    (vevent,) = [c for c in icalendar.Calendar.from_ical(data).walk("VEVENT")
                 if c["UID"] == uid]
    assert vevent["RRULE"]["COUNT"] == [6]
    assert [d.dt for d in vevent["EXDATE"].dts] == [datetime(2027, 3, 16, 18, tzinfo=NY)]
    hours = {c.start.astimezone(NY).hour for c in recurring_ical_events.of(
        icalendar.Calendar.from_ical(data)).between(date(2027, 2, 1), date(2027, 5, 1))
        if c["UID"] == uid}
    assert hours == {18}


def test_a_deadline_with_two_readings_is_exported_on_the_earlier_one(as_user: As,
                                                                        tmp_path: Path) -> None:
    sam = as_user("sam")
    ambiguous = [e for e in sam.store.list_events() if e.safe_due and e.due
                 and e.safe_due < e.due and not e.start]
    assert ambiguous
    _, data = _export(sam, tmp_path)
    key = uid_key(vault_identity(sam))
    by_uid = {str(c["UID"]): c for c in icalendar.Calendar.from_ical(data).walk("VEVENT")}
    for event in ambiguous:
        vevent = by_uid[uid_for(key, f"event:{event.id}")]
        assert vevent["DTSTART"].dt == event.safe_due
        assert vevent["DTEND"].dt == event.safe_due + timedelta(days=1)


def _secrets(ctx: Context) -> list[str]:
    """Every name, reference, title, place, note, staff name and language of the demo."""
    out: list[str] = []
    for case in ctx.store.list_cases():
        out += [case.ref, case.display_name, case.legal_name or "", case.address or "",
                case.notes or "", case.safe_contact or "", *case.languages,
                case.interpreter_language or ""]
    for event in ctx.store.list_events():
        out += [event.title, event.location or "", event.notes or "",
                event.interpreter_language or "", event.rule_id or ""]
    out += [u.name for u in ctx.vault.users()]
    out += [c.value for c in Category] + [c.value.replace("_", " ") for c in Category]
    generic_words = {"hearing", "deadline", "appointment", "meeting", "reminder"}
    return sorted({s for s in out if len(s) >= 3 and s.casefold() not in generic_words})


def _found(data: bytes, secrets: list[str]) -> list[str]:
    text = data.decode("utf-8").replace("\r\n ", "").casefold()  # unfolded lines
    hits = []
    for secret in secrets:
        needle = secret.casefold()
        pattern = rf"\b{re.escape(needle)}\b" if len(needle) <= 4 else re.escape(needle)
        if re.search(pattern, text):
            hits.append(secret)
    return hits


def test_generic_holds_no_name_ref_title_place_note_staff_or_clinical_word(
        as_user: As, tmp_path: Path) -> None:
    sam = as_user("sam")
    secrets = _secrets(sam) + CLINICAL
    _, generic = _export(sam, tmp_path)
    assert _found(generic, secrets) == []
    summaries = {str(c["SUMMARY"]) for c in icalendar.Calendar.from_ical(generic).walk("VEVENT")}
    assert summaries <= {f"{w} (Workbench)" for w in ("Hearing", "Deadline", "Appointment",
                                                      "Meeting", "Reminder")}
    for banned in (b"ATTENDEE", b"ORGANIZER", b"CATEGORIES", b"DESCRIPTION", b"LOCATION",
                   b"X-"):
        assert banned not in generic
    # positive control: the same scan finds the names and titles in a full export
    _, full = _export(sam, tmp_path, "full", name="full.ics")
    hits = _found(full, secrets)
    assert "C-0001" in hits and "Master calendar hearing" in hits and "Therapy session" in hits


def test_case_ref_adds_only_the_reference(as_user: As, tmp_path: Path) -> None:
    sam = as_user("sam")
    _, data = _export(sam, tmp_path, "case-ref", case_ref="C-0001")
    secrets = [s for s in _secrets(sam) if s != "C-0001"] + CLINICAL
    assert _found(data, secrets) == []
    summaries = {str(c["SUMMARY"]) for c in icalendar.Calendar.from_ical(data).walk("VEVENT")}
    assert "Hearing — C-0001 (Workbench)" in summaries
    assert all(s.endswith("— C-0001 (Workbench)") for s in summaries)


@pytest.mark.parametrize("user", ["ana", "ben", "cam", "pia"])
def test_full_needs_the_export_permission_and_writes_nothing(as_user: As, tmp_path: Path,
                                                              user: str) -> None:
    ctx = as_user(user)
    before = len(ctx.store.list_disclosures())
    with pytest.raises(PermissionDenied, match="export"):
        export_calendar(ctx, out=tmp_path / "x.ics", detail="full")
    assert not (tmp_path / "x.ics").exists()
    assert len(ctx.store.list_disclosures()) == before


def test_full_records_one_disclosure_per_case_with_the_files_hash(as_user: As,
                                                                   tmp_path: Path) -> None:
    sam = as_user("sam")
    done, data = _export(sam, tmp_path, "full", staff="ben")
    result = done.value  # type: ignore[attr-defined]
    assert result.disclosure and result.cases == len(result.disclosure_ids) > 0
    logged = [d for d in sam.store.list_disclosures() if d.id in result.disclosure_ids]
    assert {d.recipient for d in logged} == {RECIPIENT}
    assert {d.purpose for d in logged} == {"calendar export"}
    assert {d.packet_sha256 for d in logged} == {hashlib.sha256(data).hexdigest()}
    assert all(d.record_ids and d.legal_basis for d in logged)
    audit = [a for a in sam.store.list_audit() if a.action == "disclosure.add"]
    assert {a.entity_id for a in audit} >= set(result.disclosure_ids)
    assert sam.store.verify_chains() == []


@pytest.mark.parametrize("detail", ["generic", "case-ref"])
def test_generic_and_case_ref_are_not_disclosures(as_user: As, tmp_path: Path,
                                                  detail: str) -> None:
    ana = as_user("ana")
    before = len(ana.store.list_disclosures())
    done, _ = _export(ana, tmp_path, detail)
    assert not done.value.disclosure  # type: ignore[attr-defined]
    assert len(ana.store.list_disclosures()) == before


def test_the_role_view_applies_at_full(as_user: As, tmp_path: Path) -> None:
    sam = as_user("sam")
    out = tmp_path / "mentor.ics"
    export_calendar(sam, out=out, detail="full", chosen=selection(sam, case_ref="C-0001"),
                    as_role="peer_mentor")
    data = out.read_bytes()
    summaries = {str(c["SUMMARY"]) for c in icalendar.Calendar.from_ical(data).walk("VEVENT")}
    assert "Medical appointment — C-0001 (Workbench)" in summaries  # the mentor's generic title
    assert b"Therapy session" not in data and b"Master calendar hearing" not in data
    _, as_supervisor = _export(sam, tmp_path, "full", name="sam.ics", case_ref="C-0001")
    assert b"Therapy session" in as_supervisor


def test_a_peer_mentors_generic_export_holds_what_their_view_holds(as_user: As,
                                                                    tmp_path: Path) -> None:
    pia, sam = as_user("pia"), as_user("sam")
    mentor, _ = _export(pia, tmp_path, name="pia.ics")
    supervisor, _ = _export(sam, tmp_path, name="sam.ics")
    assert mentor.value.events == supervisor.value.events > 0  # type: ignore[attr-defined]


def test_staff_keeps_their_cases_and_the_items_assigned_to_them(as_user: As,
                                                                tmp_path: Path) -> None:
    sam = as_user("sam")
    done, data = _export(sam, tmp_path, staff="cam")
    key = uid_key(vault_identity(sam))
    cases = {c.id: c for c in sam.store.list_cases()}
    expected = {uid_for(key, f"event:{e.id}") for e in sam.store.list_events()
                if "cam" in cases[e.case_id].assigned_to or e.assigned_to == "cam"}
    got = {str(c["UID"]) for c in icalendar.Calendar.from_ical(data).walk("VEVENT")}
    assert expected <= got
    assert {uid_for(key, f"event:{e.id}") for e in sam.store.list_events()} & got == expected


def test_a_period_keeps_what_meets_it_and_a_series_whole(as_user: As, tmp_path: Path) -> None:
    sam = as_user("sam")
    series = _add_dst_series(sam)
    done, data = _export(sam, tmp_path, case_ref="C-0005", period_from=date(2027, 3, 9),
                         period_to=date(2027, 3, 9))
    (vevent,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert vevent["UID"] == uid_for(uid_key(vault_identity(sam)), f"event:{series}")
    assert vevent["RRULE"]["COUNT"] == [6] and vevent["DTSTART"].dt.date() == date(2027, 2, 23)
    _, none = _export(sam, tmp_path, name="none.ics", case_ref="C-0005",
                      period_from=date(2030, 1, 1), period_to=date(2030, 1, 31))
    assert icalendar.Calendar.from_ical(none).walk("VEVENT") == []


def test_a_cancelled_event_stays_as_cancelled_and_a_change_raises_its_sequence(
        as_user: As, tmp_path: Path) -> None:
    sam = as_user("sam")
    series = _add_dst_series(sam)
    uid = uid_for(uid_key(vault_identity(sam)), f"event:{series}")

    def exported(name: str) -> icalendar.Event:
        _, data = _export(sam, tmp_path, name=name, case_ref="C-0005")
        return next(c for c in icalendar.Calendar.from_ical(data).walk("VEVENT")
                    if c["UID"] == uid)

    first = exported("a.ics")
    dates.update_event(sam, event_id=series, status=EventStatus.CANCELLED)
    second = exported("b.ics")
    assert (first["STATUS"], second["STATUS"]) == ("CONFIRMED", "CANCELLED")
    assert second["SEQUENCE"] > first["SEQUENCE"]


def test_uids_are_the_same_in_every_export_and_for_every_user(as_user: As,
                                                               tmp_path: Path) -> None:
    ana, sam = as_user("ana"), as_user("sam")
    _, one = _export(ana, tmp_path, name="one.ics", case_ref="C-0002")
    _, two = _export(sam, tmp_path, "case-ref", name="two.ics", case_ref="C-0002")
    uids = [[str(c["UID"]) for c in icalendar.Calendar.from_ical(d).walk("VEVENT")]
            for d in (one, two)]
    assert uids[0] == uids[1] and len(set(uids[0])) == len(uids[0]) > 0
    ids = {str(e.id) for e in ana.store.list_events()}
    assert not any(u.split("@")[0] in ids for u in uids[0])


def test_bad_input_is_refused_and_nothing_is_written(as_user: As, tmp_path: Path) -> None:
    ana = as_user("ana")
    out = tmp_path / "kept.ics"
    out.write_bytes(b"mine")
    with pytest.raises(InvalidInput, match="already exists"):
        export_calendar(ana, out=out)
    assert out.read_bytes() == b"mine"
    with pytest.raises(InvalidInput, match="after its end"):
        selection(ana, period_from=date(2026, 12, 2), period_to=date(2026, 12, 1))
    with pytest.raises(NotFound, match="no staff member"):
        selection(ana, staff="zed")
    with pytest.raises(NotFound):
        selection(ana, case_ref="C-9999")
    with pytest.raises(InvalidInput, match="does not exist"):
        export_calendar(ana, out=tmp_path / "missing" / "x.ics")


def test_the_file_is_private(as_user: As, tmp_path: Path) -> None:
    _export(as_user("ana"), tmp_path)
    assert (tmp_path / "out.ics").stat().st_mode & 0o077 == 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_hubs_export_has_the_same_uids_for_every_member(open_as, tmp_path: Path) -> None:
    from workbench.operations import cases

    ana = Context(open_as("ana"))
    case = cases.add_case(ana, display_name="Hub Canary Ñ", jurisdiction="NY",
                          assigned_to=("ana",)).value
    series = dates.add_event(
        ana, case_id=case.id, kind=EventKind.SERVICE_APPOINTMENT, title="Peer support group",
        category=Category.HOUSING_BENEFITS, start=datetime(2027, 2, 23, 18, tzinfo=NY),
        end=datetime(2027, 2, 23, 19, tzinfo=NY), tz="America/New_York",
        rrule="FREQ=WEEKLY;COUNT=6", exdates=(date(2027, 3, 16),)).value
    cami = Context(open_as("cami", "case_manager"))
    files = []
    for who, ctx in (("ana", ana), ("cami", cami)):
        out = tmp_path / f"{who}.ics"
        export_calendar(ctx, out=out)
        files.append(out.read_bytes())
    uids = [[str(c["UID"]) for c in icalendar.Calendar.from_ical(d).walk("VEVENT")]
            for d in files]
    assert uids[0] == uids[1] == [uid_for(uid_key(vault_identity(ana)), f"event:{series.id}")]
    entries = timeline_for(ana, case_id=case.id, start=FROM, end=TO).entries
    got = _file_starts(files[1], set(uids[0]), NY)
    assert got == {uids[0][0]: [e.start for e in entries]} and len(entries) == 5
    assert b"Canary" not in files[1] and b"Peer support" not in files[1]
