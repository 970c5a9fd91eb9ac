"""Links to records held elsewhere (models.store_links), on the vault and on the hub.

The contract part runs on both backends (tests/models/test_store_contract.py's ``BACKENDS``);
the hub part reads the server's rows: the other system's id is ciphertext there, the lookup
an HMAC the server cannot recompute, and ``check`` accounts for every link written.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from models.errors import InvalidInput, NotFound
from models.store_contract import StoreContract
from tests.models.test_store_contract import BACKENDS

MRN = "urn:oid:1.2.36.146.595.217.0.1|12345"


@pytest.fixture(params=sorted(BACKENDS))
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreContract]:
    """A fresh, empty store of one backend (acting as ana)."""
    for make in BACKENDS[request.param](request, tmp_path):
        yield make()


def _audit_count(store: StoreContract) -> int:
    return len(store.list_audit())


def test_store_links_add_then_find_by_source_kind_and_id(store: StoreContract) -> None:
    case = store.add_case("Ana")
    event = store.add_event(case.id, "medical_appointment", "Clinic appointment", "medical",
                            start="2026-12-03T10:00:00-05:00", tz="America/New_York")
    made = store.add_link("fhir", "Appointment", "example", case.id, record_id=event.id,
                          digest="ab" * 32)
    assert (made.source, made.kind, made.external_id, made.case_id, made.record_id,
            made.digest) == ("fhir", "Appointment", "example", case.id, event.id, "ab" * 32)
    assert made.linked_at.tzinfo is not None
    assert store.link_for("fhir", "Appointment", "example") == made
    # every part of the key counts: another kind, source or id is another record
    assert store.link_for("fhir", "Patient", "example") is None
    assert store.link_for("transfer", "Appointment", "example") is None
    assert store.link_for("fhir", "Appointment", "Example") is None
    patient = store.add_link("fhir", "Patient", MRN, case.id)
    assert store.link_for("fhir", "Patient", MRN) == patient and patient.record_id is None
    bundle = store.add_link("transfer", "bundle", "b-1", case.id)
    assert store.links_for_case(case.id) == [made, patient, bundle]
    assert store.links_for_case(case.id, "fhir") == [made, patient]


def test_store_links_each_write_is_one_audit_entry_of_ids(store: StoreContract) -> None:
    case = store.add_case("Ana")
    before = _audit_count(store)
    link = store.add_link("fhir", "Appointment", "a-1", case.id, digest="1" * 64)
    changed = store.update_link(link.id, digest="2" * 64, record_id=None)
    assert changed.digest == "2" * 64 and changed.version == link.version + 1
    store.delete_link(link.id)
    entries = store.list_audit()[before:]
    assert [(e.action, e.entity, e.entity_id, e.case_id) for e in entries] == [
        ("link.add", "external_links", link.id, case.id),
        ("link.update", "external_links", link.id, case.id),
        ("link.delete", "external_links", link.id, case.id)]
    assert store.link_for("fhir", "Appointment", "a-1") is None


def test_store_links_an_update_that_changes_nothing_writes_nothing(store: StoreContract) -> None:
    case = store.add_case("Ana")
    link = store.add_link("fhir", "Appointment", "a-1", case.id, digest="1" * 64)
    before = _audit_count(store)
    assert store.update_link(link.id, digest="1" * 64) == link
    assert store.update_link(link.id) == link
    assert _audit_count(store) == before
    assert store.link_for("fhir", "Appointment", "a-1").version == link.version  # type: ignore[union-attr]


def test_store_links_a_second_link_to_the_same_record_is_refused(store: StoreContract) -> None:
    case, other = store.add_case("Ana"), store.add_case("Bea")
    first = store.add_link("fhir", "Patient", MRN, case.id)
    before = _audit_count(store)
    with pytest.raises(InvalidInput, match="linked already") as raised:
        store.add_link("fhir", "Patient", MRN, other.id)
    assert raised.value.field == "external_id" and MRN not in str(raised.value)
    assert _audit_count(store) == before and store.links_for_case(other.id) == []
    assert store.link_for("fhir", "Patient", MRN) == first


@pytest.mark.parametrize(("args", "field"), [
    (("FHIR", "Appointment", "x"), "source"),
    (("", "Appointment", "x"), "source"),
    (("fhir", "Appoint ment", "x"), "kind"),
    (("fhir", "Appointment", ""), "external_id"),
    (("fhir", "Appointment", "x" * 513), "external_id"),
])
def test_store_links_bad_values_name_the_field_and_write_nothing(
        store: StoreContract, args: tuple[str, str, str], field: str) -> None:
    case = store.add_case("Ana")
    before = _audit_count(store)
    with pytest.raises(InvalidInput) as raised:
        store.add_link(*args, case.id)
    assert raised.value.field == field
    with pytest.raises(InvalidInput):
        store.add_link("fhir", "Appointment", "x", case.id, record_id=0)
    with pytest.raises(InvalidInput):
        store.add_link("fhir", "Appointment", "x", case.id, digest="d" * 129)
    assert _audit_count(store) == before and store.links_for_case(case.id) == []


def test_store_links_unknown_ids_are_not_found(store: StoreContract) -> None:
    case = store.add_case("Ana")
    link = store.add_link("fhir", "Appointment", "a-1", case.id)
    with pytest.raises(NotFound):
        store.add_link("fhir", "Appointment", "a-2", 987_654)
    with pytest.raises(NotFound):
        store.update_link(987_654, digest="x")
    with pytest.raises(NotFound):
        store.delete_link(987_654)
    with pytest.raises(NotFound):
        store.links_for_case(987_654)
    with pytest.raises(InvalidInput, match="record_id and digest"):
        store.update_link(link.id, case_id=case.id)


def test_store_links_inside_a_transaction_are_all_or_nothing(store: StoreContract) -> None:
    case = store.add_case("Ana")
    before = _audit_count(store)
    with pytest.raises(InvalidInput), store.transaction():
        store.add_link("fhir", "Appointment", "a-1", case.id)
        store.add_link("fhir", "Appointment", "a-1", case.id)  # refused: all is undone
    assert store.link_for("fhir", "Appointment", "a-1") is None
    assert _audit_count(store) == before


# --- the hub: what the server holds ----------------------------------------------------------

def _raw(hub_address, sql):  # type: ignore[no-untyped-def]
    return hub_address.database.cluster.execute(sql, db=hub_address.database.name)


def test_store_links_on_a_hub_the_server_holds_no_external_id(new_hub, hub_address, open_as
                                                              ) -> None:  # type: ignore[no-untyped-def]
    hub, _code, _url = new_hub
    case = hub.store.add_case("Ana")
    link = hub.store.add_link("fhir", "Patient", MRN, case.id, digest="cd" * 32)
    [(external_id, lookup, digest)] = _raw(
        hub_address, "SELECT external_id, lookup, digest FROM external_links")
    assert external_id.startswith("wb1:core.title.") and digest.startswith("wb1:core.title.")
    assert lookup.startswith("core.seal.") and "12345" not in repr(
        _raw(hub_address, "SELECT * FROM external_links"))
    assert hub.check().ok
    # another member finds it by the same id (every member holds the seal key)
    clinician = open_as("cleo", "clinician")
    assert clinician.store.link_for("fhir", "Patient", MRN) == link
    clinician.store.update_link(link.id, digest="ef" * 32)
    assert hub.check().ok


def test_store_links_on_a_hub_a_link_deleted_on_the_server_is_detected(new_hub, hub_address
                                                                       ) -> None:  # type: ignore[no-untyped-def]
    hub, _code, _url = new_hub
    case = hub.store.add_case("Ana")
    link = hub.store.add_link("fhir", "Appointment", "a-1", case.id)
    hub_address.database.cluster.execute(f"DELETE FROM external_links WHERE id = {link.id}",
                                         db=hub_address.database.name)
    report = hub.check()
    assert not report.ok and any("external_links" in p for p in report.problems)
