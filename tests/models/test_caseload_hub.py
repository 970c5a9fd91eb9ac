"""The caseload on a hub (store_caseload._caseload_hub): its queries are sent at once and its
cases decrypted apart from the server's column expression (``Sealed.stored_opener``, the id
read in the same row), and sorted by ref on the workstation. What it returns is what the
one-query paths return: the same records as list_cases and get_case, in the same order, the
same withheld fields for a role without a key, the same Tampered for a moved ciphertext, and
HubUnavailable (then a fresh connection) when the connection is lost half-way.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from models import field_cipher as fc
from models import records as r
from models import store_caseload
from models.errors import HubUnavailable, Tampered

TODAY = date(2026, 12, 1)
FIELDS = ("display_name", "legal_name", "pronouns", "date_of_birth", "languages",
          "interpreter_language", "safe_contact", "address", "notes")


def _raw(hub_address: Any, sql: str) -> Any:
    return hub_address.database.cluster.execute(sql, db=hub_address.database.name)


def _fill(store: Any) -> list[r.Case]:
    """Cases added out of ref order, every field set on one, a safe address on another."""
    full = store.add_case("Person Full", ref="C-0300", legal_name="Legal Name", pronouns="she/her",
                          date_of_birth="1990-02-03", languages=["es", "qu"],
                          interpreter_language="qu", safe_contact="text only",
                          confidential_address=True, address="1 Hidden St",
                          jurisdiction="CA", assigned_to=["ana"], notes="a note")
    bare = store.add_case("Person Bare", ref="C-0020")
    addressed = store.add_case("Person Addressed")
    store.add_safe_address(addressed.id, "I-589", "PO Box 1")
    store.add_event(bare.id, kind="task", title="call", category="identity", due="2026-12-10")
    return [full, bare, addressed]


def _withheld(case: r.Case) -> dict[str, bool]:
    return {name: bool(getattr(getattr(case, name), "withheld", False)) for name in FIELDS}


def test_caseload_on_a_hub_is_list_cases_by_ref(new_hub: Any) -> None:
    hub, _code, _url = new_hub
    _fill(hub.store)
    load = hub.store.caseload(TODAY)
    assert [s.case for s in load] == hub.store.list_cases()
    assert [s.case.ref for s in load] == sorted(s.case.ref for s in load)
    assert {s.case.display_name: (s.next_date, s.events) for s in load} == {
        "Person Bare": (date(2026, 12, 10), 1), "Person Full": (None, 0),
        "Person Addressed": (None, 0)}
    for summary in load:
        case = hub.store.get_case(summary.case.id)
        assert summary.case == case and summary.case.version == case.version
        assert summary.case.safe_addresses == case.safe_addresses


def test_caseload_on_a_hub_withholds_what_get_case_withholds(new_hub: Any, open_as: Any) -> None:
    hub, _code, _url = new_hub
    _fill(hub.store)
    member = open_as("cleo", "clinician")
    ring = fc.ring_of(member.store._engine.dialect)
    for name in ("core.title", "core.notes"):  # every role holds every core key: take two away
        key_id = ring.current[name]
        ring.keys.pop(key_id)
        ring._ciphers.pop(key_id, None)
    load = member.store.caseload(TODAY)
    assert all(_withheld(s.case)["display_name"] and s.case.display_name == "" for s in load)
    assert all(s.case.notes is None for s in load)  # withheld as None: an optional field
    for summary in load:
        case = member.store.get_case(summary.case.id)
        assert summary.case == case
        assert _withheld(summary.case) == _withheld(case)


@pytest.mark.parametrize("column", ["display_name", "pronouns"])
def test_caseload_on_a_hub_refuses_a_ciphertext_moved_between_rows(new_hub: Any,
                                                                  hub_address: Any,
                                                                  column: str) -> None:
    hub, _code, _url = new_hub
    full, bare, _addressed = _fill(hub.store)
    hub.store.update_case(bare.id, pronouns="they/them")
    _raw(hub_address, f"UPDATE cases SET {column} = (SELECT {column} FROM cases "
                      f"WHERE id = {full.id}) WHERE id = {bare.id}")
    with pytest.raises(Tampered, match=f"cases row {bare.id}, column {column}"):
        hub.store.caseload(TODAY)


def test_caseload_on_a_hub_refuses_a_value_that_is_not_an_envelope(new_hub: Any,
                                                                  hub_address: Any) -> None:
    hub, _code, _url = new_hub
    _full, bare, _addressed = _fill(hub.store)
    _raw(hub_address, f"UPDATE cases SET display_name = 'plain text' WHERE id = {bare.id}")
    with pytest.raises(Tampered, match=f"cases row {bare.id}, column display_name: not an"):
        hub.store.caseload(TODAY)


def test_stored_opener_reads_what_the_result_processor_reads(new_hub: Any) -> None:
    hub, _code, _url = new_hub
    full = _fill(hub.store)[0]
    dialect = hub.store._engine.dialect
    with hub.store._engine.connect() as conn:
        stored = conn.exec_driver_sql(
            f"SELECT id, {', '.join(FIELDS)} FROM cases WHERE id = {full.id}").one()
    table = fc.SEALED["cases"]
    for name, value in zip(FIELDS, stored[1:], strict=True):
        via_server = table[name].result_processor(dialect, None)(f"{stored[0]}:{value}")
        apart = table[name].stored_opener(dialect)(stored[0], value)
        assert apart == via_server and apart.envelope == via_server.envelope == value
        bare = table[name].stored_opener(dialect, envelopes=False)(stored[0], value)
        assert bare == via_server and type(bare) is str  # what the caseload reads


def test_caseload_on_a_hub_connection_lost_half_way_is_hub_unavailable(
        new_hub: Any, hub_address: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    hub, _code, _url = new_hub
    _fill(hub.store)
    expected = hub.store.caseload(TODAY)
    decode = store_caseload.hub_cases

    def dropped(*args: Any) -> list[r.Case]:  # the server goes away between the two batches
        _raw(hub_address, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          f"WHERE datname = '{hub_address.database.name}' "
                          "AND pid <> pg_backend_pid()")
        return decode(*args)

    monkeypatch.setattr(store_caseload, "hub_cases", dropped)
    with pytest.raises(HubUnavailable):
        hub.store.caseload(TODAY)
    monkeypatch.setattr(store_caseload, "hub_cases", decode)
    assert hub.store.caseload(TODAY) == expected  # the pool opened a fresh connection
