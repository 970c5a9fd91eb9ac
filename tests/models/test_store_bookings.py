"""Interpreter bookings (models.store_bookings), on the vault and on the hub.

The contract part runs on both backends (tests/models/test_store_contract.py's ``BACKENDS``):
the event's ``interpreter_booked`` follows its confirmed bookings in the same write, every
write is one audit entry of ids, bad values name their field and write nothing. The hub part
reads the server's rows: names, language and reference are ciphertext under the event's key
group, and ``check`` accounts for every booking written and removed with its event.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from models import records as r
from models.errors import Conflict, InvalidInput, NotFound
from models.store_contract import StoreContract
from tests.models.test_store_contract import BACKENDS

START = "2026-12-03T10:00:00-05:00"


@pytest.fixture(params=sorted(BACKENDS))
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreContract]:
    """A fresh, empty store of one backend (acting as ana)."""
    for make in BACKENDS[request.param](request, tmp_path):
        yield make()


def _hearing(store: StoreContract, case_id: int, category: str = "immigration") -> r.Event:
    return store.add_event(case_id, "court_hearing", "Master calendar hearing", category,
                           start=START, tz="America/New_York")


def _audit_count(store: StoreContract) -> int:
    return len(store.list_audit())


def test_store_bookings_book_confirm_cancel_keeps_the_event_flag(store: StoreContract) -> None:
    case = store.add_case("Ana")
    hearing = _hearing(store, case.id)
    assert not hearing.interpreter_needed and not hearing.interpreter_booked
    asked = store.add_interpreter_booking(hearing.id, "Spanish", "court_appointed", "in_person",
                                          dialect="Rioplatense", interpreter_name="R. Ortiz")
    assert (asked.case_id, asked.event_id, asked.status, asked.category, asked.confirmed_at) == (
        case.id, hearing.id, r.BookingStatus.REQUESTED, r.Category.IMMIGRATION, None)
    event = store.get_event(hearing.id)
    assert event.interpreter_needed and not event.interpreter_booked  # requested is not booked
    confirmed = store.update_interpreter_booking(asked.id, status="confirmed", reference="CT-77")
    assert confirmed.status is r.BookingStatus.CONFIRMED and confirmed.reference == "CT-77"
    assert confirmed.confirmed_at is not None and confirmed.confirmed_at.tzinfo is not None
    assert store.get_event(hearing.id).interpreter_booked
    # a second, requested booking does not unbook; cancelling the confirmed one does
    spare = store.add_interpreter_booking(hearing.id, "Spanish", "vendor", "phone",
                                          vendor="LanguageLine")
    assert store.get_event(hearing.id).interpreter_booked
    store.update_interpreter_booking(confirmed.id, status="cancelled")
    assert not store.get_event(hearing.id).interpreter_booked
    store.update_interpreter_booking(spare.id, status="confirmed", reference="LL-1")
    assert store.get_event(hearing.id).interpreter_booked
    store.update_interpreter_booking(spare.id, status="declined")
    assert not store.get_event(hearing.id).interpreter_booked
    assert [b.id for b in store.list_interpreter_bookings(case.id)] == [asked.id, spare.id]
    assert store.list_interpreter_bookings(event_id=hearing.id) == store.list_interpreter_bookings(
        case.id)
    assert store.get_interpreter_booking(spare.id).status is r.BookingStatus.DECLINED


def test_store_bookings_the_flag_of_a_booked_event_is_not_set_by_hand(
        store: StoreContract) -> None:
    """With bookings, "booked" follows them: a hand change is refused naming the field, and
    nothing is written; other changes go through. Without bookings (older records) the flag
    is still set by hand."""
    case = store.add_case("Ana")
    hearing = _hearing(store, case.id)
    booking = store.add_interpreter_booking(hearing.id, "Spanish", "vendor", "phone")
    event = store.get_event(hearing.id)
    before = _audit_count(store)
    with pytest.raises(InvalidInput, match="interpreter bookings") as refused:
        store.update_event(hearing.id, interpreter_booked=True, version=event.version)
    assert refused.value.field == "interpreter_booked"
    assert store.get_event(hearing.id) == event and _audit_count(store) == before
    retitled = store.update_event(hearing.id, title="Individual hearing",
                                  interpreter_booked=False, version=event.version)
    assert retitled.title == "Individual hearing" and not retitled.interpreter_booked
    store.update_interpreter_booking(booking.id, status="confirmed")
    with pytest.raises(InvalidInput, match="interpreter bookings"):
        store.update_event(hearing.id, interpreter_booked=False)
    assert store.get_event(hearing.id).interpreter_booked
    older = _hearing(store, case.id)
    assert store.update_event(older.id, interpreter_needed=True,
                              interpreter_booked=True).interpreter_booked


def test_store_bookings_each_write_is_one_audit_entry_of_ids(store: StoreContract) -> None:
    case = store.add_case("Ana")
    hearing = _hearing(store, case.id)
    before = _audit_count(store)
    booking = store.add_interpreter_booking(hearing.id, "Dari", "vendor", "video",
                                            interpreter_name="Secret Name", notes="private")
    store.update_interpreter_booking(booking.id, status="confirmed", reference="REF-9")
    found = store.list_audit()[before:]
    # (a hub also accounts for the event row the flag changed in: row.change entries)
    assert {(e.action, e.entity) for e in found if e.action.startswith("row.")} <= {
        ("row.change", "events")}
    entries = [e for e in found if not e.action.startswith("row.")]
    assert [(e.action, e.entity, e.entity_id, e.case_id) for e in entries] == [
        ("interpreter_booking.add", "interpreter_bookings", booking.id, case.id),
        ("interpreter_booking.update", "interpreter_bookings", booking.id, case.id)]
    assert "Secret Name" not in repr(entries) and "REF-9" not in repr(entries)
    # a call that changes nothing writes nothing
    same = store.update_interpreter_booking(booking.id, reference="REF-9")
    assert same.version == store.get_interpreter_booking(booking.id).version
    assert len(store.list_audit()) == before + len(found)


def test_store_bookings_all_bookings_across_cases(store: StoreContract) -> None:
    one, two = store.add_case("Ana"), store.add_case("Bea")
    a = store.add_interpreter_booking(_hearing(store, one.id).id, "Tigrinya", "vendor", "phone")
    b = store.add_interpreter_booking(_hearing(store, two.id, "medical").id, "Tigrinya", "staff",
                                      "in_person")
    assert store.list_interpreter_bookings() == [a, b]
    assert b.category is r.Category.MEDICAL


def test_store_bookings_contacts_of_the_case_or_shared_only(store: StoreContract) -> None:
    case, other = store.add_case("Ana"), store.add_case("Bea")
    hearing = _hearing(store, case.id)
    own = store.add_contact("interpreter", "Lina Haddad", case_id=case.id, language="ar")
    shared = store.add_contact("interpreter", "Court pool")
    theirs = store.add_contact("interpreter", "Omar", case_id=other.id)
    assert store.add_interpreter_booking(hearing.id, "Arabic", "staff", "in_person",
                                         contact_id=own.id).contact_id == own.id
    assert store.add_interpreter_booking(hearing.id, "Arabic", "court_appointed", "in_person",
                                         contact_id=shared.id).contact_id == shared.id
    with pytest.raises(InvalidInput) as raised:
        store.add_interpreter_booking(hearing.id, "Arabic", "staff", "phone",
                                      contact_id=theirs.id)
    assert raised.value.field == "contact_id"


@pytest.mark.parametrize(("fields", "field"), [
    ({"language": ""}, "language"),
    ({"provider": "cousin"}, "provider"),
    ({"mode": "telepathy"}, "mode"),
    ({"status": "maybe"}, "status"),
    ({"dialect": "x" * 121}, "dialect"),
    ({"case_id": 3}, "case_id"),
])
def test_store_bookings_bad_values_name_the_field_and_write_nothing(
        store: StoreContract, fields: dict[str, object], field: str) -> None:
    case = store.add_case("Ana")
    hearing = _hearing(store, case.id)
    before = _audit_count(store)
    given: dict[str, object] = {"language": "Spanish", "provider": "vendor", "mode": "phone",
                                **fields}
    with pytest.raises(InvalidInput) as raised:
        store.add_interpreter_booking(hearing.id, **given)  # type: ignore[arg-type]
    assert raised.value.field == field
    assert _audit_count(store) == before and store.list_interpreter_bookings(case.id) == []
    assert not store.get_event(hearing.id).interpreter_needed


def test_store_bookings_only_for_appointments_hearings_and_conferences(
        store: StoreContract) -> None:
    case = store.add_case("Ana")
    deadline = store.add_event(case.id, "legal_deadline", "File I-914", "immigration",
                               due="2026-12-20")
    with pytest.raises(InvalidInput) as raised:
        store.add_interpreter_booking(deadline.id, "Spanish", "vendor", "phone")
    assert raised.value.field == "event_id"
    with pytest.raises(InvalidInput) as moved:
        booking = store.add_interpreter_booking(_hearing(store, case.id).id, "Spanish",
                                                "vendor", "phone")
        store.update_interpreter_booking(booking.id, event_id=deadline.id)
    assert moved.value.field == "event_id"


def test_store_bookings_unknown_ids_and_stale_versions(store: StoreContract) -> None:
    case = store.add_case("Ana")
    with pytest.raises(NotFound):
        store.add_interpreter_booking(987_654, "Spanish", "vendor", "phone")
    with pytest.raises(NotFound):
        store.update_interpreter_booking(987_654, status="cancelled")
    with pytest.raises(NotFound):
        store.get_interpreter_booking(987_654)
    with pytest.raises(NotFound):
        store.list_interpreter_bookings(987_654)
    booking = store.add_interpreter_booking(_hearing(store, case.id).id, "Spanish", "vendor",
                                            "phone")
    store.update_interpreter_booking(booking.id, vendor="Lines")
    with pytest.raises(Conflict):
        store.update_interpreter_booking(booking.id, vendor="Other", version=booking.version)


def test_store_bookings_a_given_confirmation_time_is_kept(store: StoreContract) -> None:
    case = store.add_case("Ana")
    at = datetime(2026, 11, 30, 15, tzinfo=UTC)
    booking = store.add_interpreter_booking(_hearing(store, case.id).id, "Spanish", "vendor",
                                            "phone", status="confirmed", confirmed_at=at)
    assert booking.confirmed_at == at and store.get_event(booking.event_id).interpreter_booked


def test_store_bookings_go_with_their_event(store: StoreContract) -> None:
    case = store.add_case("Ana")
    hearing = _hearing(store, case.id)
    store.add_interpreter_booking(hearing.id, "Spanish", "vendor", "phone")
    store.delete_event(hearing.id)
    assert store.list_interpreter_bookings(case.id) == []
    assert store.verify_chains() == []


def test_store_bookings_inside_a_transaction_are_all_or_nothing(store: StoreContract) -> None:
    case = store.add_case("Ana")
    hearing = _hearing(store, case.id)
    before = _audit_count(store)
    with pytest.raises(InvalidInput), store.transaction():
        store.add_interpreter_booking(hearing.id, "Spanish", "vendor", "phone",
                                      status="confirmed")
        store.add_interpreter_booking(hearing.id, "Spanish", "vendor", "fax")
    assert store.list_interpreter_bookings(case.id) == [] and _audit_count(store) == before
    assert not store.get_event(hearing.id).interpreter_booked


def test_store_bookings_round_trip_through_export_and_import(store: StoreContract) -> None:
    case = store.add_case("Ana")
    hearing = _hearing(store, case.id)
    contact = store.add_contact("interpreter", "Lina Haddad", case_id=case.id)
    store.add_interpreter_booking(hearing.id, "Arabic", "staff", "in_person", dialect="Levantine",
                                  contact_id=contact.id, status="confirmed", reference="R-1",
                                  confirmed_at=datetime(2026, 11, 30, 15, tzinfo=UTC),
                                  notes="meet at the door")
    store.add_interpreter_booking(hearing.id, "Arabic", "vendor", "phone", vendor="Lines",
                                  interpreter_name="A. N.")
    data = store.export_data(case.ref)
    exported = data["cases"][0]["interpreter_bookings"]
    assert [b["status"] for b in exported] == ["confirmed", "requested"]
    # idempotent: the same case again is unchanged
    again = store.import_data(data)
    assert again["unchanged"]["cases"] == [case.ref]
    # as a new case: the bookings point to the new case's event and contact
    del data["cases"][0]["ref"]
    made = store.import_data(data)
    new_ref = next(iter(made["refs"].values())) if made["refs"] else None
    new_case = next(c for c in store.list_cases() if c.id != case.id and c.ref != case.ref) \
        if new_ref is None else store.get_case_by_ref(new_ref)
    [new_event] = store.list_events(new_case.id)
    copied = store.list_interpreter_bookings(new_case.id)
    assert [b.event_id for b in copied] == [new_event.id, new_event.id]
    [new_contact] = [c for c in store.list_contacts(new_case.id) if c.case_id == new_case.id]
    assert copied[0].contact_id == new_contact.id and copied[0].reference == "R-1"
    assert copied[0].confirmed_at == datetime(2026, 11, 30, 15, tzinfo=UTC)
    assert new_event.interpreter_booked and new_event.interpreter_needed
    assert store.verify_chains() == []


# --- the hub: what the server holds ----------------------------------------------------------

def _raw(hub_address, sql):  # type: ignore[no-untyped-def]
    return hub_address.database.cluster.execute(sql, db=hub_address.database.name)


def test_store_bookings_on_a_hub_the_server_holds_no_names(new_hub, hub_address, open_as
                                                           ) -> None:  # type: ignore[no-untyped-def]
    hub, _code, _url = new_hub
    case = hub.store.add_case("Ana")
    visit = hub.store.add_event(case.id, "medical_appointment", "Clinic", "medical",
                                start=START, tz="America/New_York")
    booking = hub.store.add_interpreter_booking(visit.id, "Tigrinya", "vendor", "video",
                                                interpreter_name="Hagos Tesfay",
                                                vendor="Horn Lines", reference="HL-42")
    [(language, name, vendor, reference, status)] = _raw(
        hub_address, "SELECT language, interpreter_name, vendor, reference, status "
                     "FROM interpreter_bookings")
    assert all(v.startswith("wb1:medical.title.") for v in (language, name, vendor, reference))
    assert status == "requested"
    dump = repr(_raw(hub_address, "SELECT * FROM interpreter_bookings"))
    assert "Tesfay" not in dump and "HL-42" not in dump and "Tigrinya" not in dump
    hub.store.update_interpreter_booking(booking.id, status="confirmed")
    assert hub.check().ok
    # a clinician reads it; a role that may not write medical records may not book for one
    clinician = open_as("cleo", "clinician")
    assert clinician.store.get_interpreter_booking(booking.id).interpreter_name == "Hagos Tesfay"
    hub.store.delete_event(visit.id)
    assert hub.check().ok


def test_store_bookings_on_a_hub_a_booking_deleted_on_the_server_is_detected(
        new_hub, hub_address) -> None:  # type: ignore[no-untyped-def]
    hub, _code, _url = new_hub
    case = hub.store.add_case("Ana")
    booking = hub.store.add_interpreter_booking(_hearing(hub.store, case.id).id, "Spanish",
                                                "vendor", "phone")
    _raw(hub_address, f"DELETE FROM interpreter_bookings WHERE id = {booking.id}")
    report = hub.check()
    assert not report.ok and any("interpreter_bookings" in p for p in report.problems)


def test_store_bookings_on_a_hub_rls_lets_only_the_category_s_writers_change_them(
        new_hub, hub_address, open_as) -> None:  # type: ignore[no-untyped-def]
    import psycopg

    hub, _code, _url = new_hub
    case = hub.store.add_case("Ana")
    legal = hub.store.add_interpreter_booking(_hearing(hub.store, case.id).id, "Spanish",
                                              "vendor", "phone")
    visit = hub.store.add_event(case.id, "medical_appointment", "Clinic", "medical",
                                start=START, tz="America/New_York")
    medical = hub.store.add_interpreter_booking(visit.id, "Spanish", "vendor", "phone")
    open_as("cleo", "clinician")
    db = hub_address.database
    with psycopg.connect(dbname=db.name, user="cleo", host=db.cluster.socket_dir,
                         port=db.cluster.port, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM interpreter_bookings").fetchone() == (2,)
        changed = conn.execute("UPDATE interpreter_bookings SET status = 'cancelled' "
                               f"WHERE id IN ({legal.id}, {medical.id})")
        assert changed.rowcount == 1  # her medical one; the legal row is not hers to change
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO interpreter_bookings (case_id, event_id, category, "
                         "language, provider, mode, status) VALUES "
                         f"({case.id}, {legal.event_id}, 'immigration', 'x', 'vendor', "
                         "'phone', 'requested')")
