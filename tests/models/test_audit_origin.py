"""Store.audit_origin: the first audit entry's hash, on the vault and the hub -- what the
calendar export's UIDs are keyed from, so it must not change as the store grows."""

from __future__ import annotations

from tests.models.test_store_contract import MakeStore, make_store  # noqa: F401


def test_audit_origin_is_the_first_entrys_hash_and_stays(make_store: MakeStore) -> None:  # noqa: F811
    store = make_store()
    first = store.add_case("Origin Test")
    origin = store.audit_origin()
    assert origin is not None and origin == store.list_audit()[0].hash
    store.add_case("Another")
    store.update_case(first.id, display_name="Renamed", version=first.version)
    assert store.audit_origin() == origin
    assert len(store.list_audit()) >= 3
