"""The hub on a real PostgreSQL: encrypted fields, role keys, tamper evidence, rotation, RLS."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import select, text

from models import hub as hubs
from models import hub_address
from models.errors import (
    Conflict,
    InsecureConnection,
    InvalidInput,
    Tampered,
    UnknownUser,
    WrongPassphrase,
)
from tests.hub_fixtures import PASSPHRASES

CANARY = "Zephyrine Quillfeather"


def _case_with_events(store):
    case = store.add_case(CANARY, legal_name="Zephyrine Q. Legal", date_of_birth="1990-01-02",
                          notes="narrative canary note", address="12 Canary Lane")
    medical = store.add_event(case.id, kind="medical_appointment", title="PrEP follow-up",
                              category="hiv_sti", start="2026-12-03T10:00:00-05:00",
                              end="2026-12-03T11:00:00-05:00", tz="America/New_York",
                              notes="clinical canary note")
    hearing = store.add_event(case.id, kind="court_hearing", title="Master calendar hearing",
                              category="immigration", start="2026-12-04T09:00:00-05:00",
                              tz="America/New_York", notes="legal canary note")
    return case, medical, hearing


def _raw(hub_address_fixture, sql):
    return hub_address_fixture.database.cluster.execute(sql, db=hub_address_fixture.database.name)


def test_hub_stores_only_ciphertext_and_reads_it_back(new_hub, hub_address):
    hub, _code, _url = new_hub
    case, medical, _hearing = _case_with_events(hub.store)
    assert hub.store.get_case(case.id).display_name == CANARY
    assert [e.title for e in hub.store.list_events(case.id)] == ["PrEP follow-up",
                                                                 "Master calendar hearing"]
    [(name, dob, notes)] = _raw(hub_address, "SELECT display_name, date_of_birth, notes FROM cases")
    assert all(v.startswith("wb1:core.") for v in (name, dob, notes))
    assert CANARY not in repr(_raw(hub_address, "SELECT * FROM cases"))
    [(title, category, version)] = _raw(hub_address, f"SELECT title, category, version FROM events "
                                                     f"WHERE id = {medical.id}")
    assert title.startswith("wb1:clinical.title.") and category == "hiv_sti" and version == 1
    assert hub.check().ok


def test_hub_role_keys_make_the_role_view_cryptographic(new_hub, open_as):
    hub, _code, _url = new_hub
    case, medical, hearing = _case_with_events(hub.store)
    advocate = open_as("adam", "advocate")
    clinician = open_as("cleo", "clinician")
    by_id = {e.id: e for e in advocate.store.list_events(case.id)}
    assert by_id[medical.id].title == "" and by_id[medical.id].notes is None  # no clinical key
    assert by_id[hearing.id].notes == "legal canary note"
    by_id = {e.id: e for e in clinician.store.list_events(case.id)}
    assert by_id[medical.id].notes == "clinical canary note"
    assert by_id[hearing.id].title == "Master calendar hearing"  # dates and types
    assert by_id[hearing.id].notes is None  # legal notes: advocates and supervisors only
    assert not clinician.holds("legal.notes") and not advocate.holds("clinical.title")
    assert clinician.store.get_case(case.id).display_name == CANARY


def test_hub_upgrade_gives_members_the_tables_a_migration_adds(new_hub, open_as):
    """A hub made before 0007, upgraded when its owner opens it: a member then reads and
    writes the new tables (grants and row policies are installed with the upgrade)."""
    from alembic import command

    from models import migrate

    hub, _code, url = new_hub
    case = hub.store.add_case("Upgrade case")
    open_as("cleo", "clinician").lock()  # a member, added before the upgrade
    cfg = migrate.alembic_config()
    with hub.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
        conn.commit()
        assert conn.scalar(text("SELECT to_regclass('safety_plans')")) is None
    hub.lock()
    hubs.open_hub(url, "ana", PASSPHRASES["ana"]).lock()  # the owner's open upgrades it
    clinician = open_as("cleo")
    plan = clinician.store.save_safety_plan(case.id, steps=["Call the hotline"])
    assert clinician.store.get_safety_plan(case.id) == plan
    assert clinician.store.record_housing(case.id, "transitional").value == "transitional"


def test_hub_wrong_passphrase_and_unknown_user(new_hub):
    _hub, _code, url = new_hub
    with pytest.raises(WrongPassphrase):
        hubs.open_hub(url, "ana", "not the passphrase at all")
    with pytest.raises(UnknownUser):
        hubs.open_hub(url, "nobody", "whatever passphrase")


def test_hub_init_refuses_a_second_init_and_a_first_user_who_is_not_supervisor(hub_address):
    with pytest.raises(InvalidInput, match="supervisor"):
        hubs.init_hub(hub_address.url, "ana", "clinician", PASSPHRASES["ana"], kdf_profile="fast")
    hub, _ = hubs.init_hub(hub_address.url, "ana", "supervisor", PASSPHRASES["ana"],
                           kdf_profile="fast")
    hub.lock()
    with pytest.raises(InvalidInput, match="already a hub"):
        hubs.init_hub(hub_address.url, "ana", "supervisor", PASSPHRASES["ana"], kdf_profile="fast")


@pytest.mark.parametrize("attack", ["edit_ciphertext", "swap_rows", "edit_date", "delete_row",
                                    "insert_row", "edit_audit", "drop_signature"])
def test_hub_superuser_edits_are_detected(new_hub, hub_address, attack):
    hub, _code, _url = new_hub
    case, medical, hearing = _case_with_events(hub.store)
    other = hub.store.add_case("Second survivor")
    assert hub.check().ok
    sql = {
        "edit_ciphertext": f"UPDATE events SET notes = overlay(notes placing CASE WHEN "
                           f"substr(notes, 40, 1) = 'A' THEN 'B' ELSE 'A' END from 40 for 1) "
                           f"WHERE id = {medical.id}",  # one base64 character, always changed
        "swap_rows": f"UPDATE cases SET display_name = (SELECT display_name FROM cases "
                     f"WHERE id = {other.id}) WHERE id = {case.id}",
        "edit_date": f"UPDATE events SET start_utc = '2027-06-01T14:00:00+00:00' "
                     f"WHERE id = {hearing.id}",
        "delete_row": f"DELETE FROM events WHERE id = {hearing.id}",
        "insert_row": "INSERT INTO contacts (kind, name, version) VALUES ('attorney', 'x', 1)",
        "edit_audit": "UPDATE audit SET action = 'case.update' WHERE id = 1",
        "drop_signature": "UPDATE audit SET signature = NULL WHERE id = 2",
    }[attack]
    _raw(hub_address, sql)
    report = hub.check()
    assert not report.ok, attack
    assert CANARY not in " ".join(report.problems)


def test_hub_swapped_ciphertext_fails_on_read_too(new_hub, hub_address):
    hub, _code, _url = new_hub
    case, _medical, _hearing = _case_with_events(hub.store)
    other = hub.store.add_case("Second survivor")
    _raw(hub_address, f"UPDATE cases SET display_name = (SELECT display_name FROM cases "
                      f"WHERE id = {other.id}) WHERE id = {case.id}")
    with pytest.raises(Tampered, match=f"cases row {case.id}, column display_name"):
        hub.store.get_case(case.id)


def test_hub_stale_edit_is_refused_with_the_other_change(new_hub, open_as):
    hub, _code, _url = new_hub
    case, _medical, hearing = _case_with_events(hub.store)
    advocate = open_as("adam", "advocate")
    seen = advocate.store.get_case(case.id)
    hub.store.update_case(case.id, pronouns="she/her", version=seen.version)
    with pytest.raises(Conflict) as err:
        advocate.store.update_case(case.id, pronouns="they/them", version=seen.version)
    assert err.value.current.pronouns == "she/her" and err.value.current.version == seen.version + 1
    assert hub.store.get_case(case.id).pronouns == "she/her"
    event = advocate.store.list_events(case.id)[-1]
    advocate.store.update_event(hearing.id, location="Court room 4", version=event.version)
    assert hub.store.list_events(case.id)[-1].location == "Court room 4"


def test_hub_removed_member_cannot_read_what_is_written_after(new_hub, open_as, hub_address):
    hub, _code, url = new_hub
    case, _medical, _hearing = _case_with_events(hub.store)
    advocate = open_as("adam", "advocate")
    old_keys = dict(advocate._ring.keys)
    hub.remove_user("adam")
    later = hub.store.add_event(case.id, kind="court_hearing", title="Written after removal",
                                category="immigration", start="2026-12-09T09:00:00-05:00",
                                tz="America/New_York")
    [(envelope,)] = _raw(hub_address, f"SELECT title FROM events WHERE id = {later.id}")
    assert envelope.split(":")[1] not in old_keys  # a new epoch the removed member never had
    with pytest.raises((WrongPassphrase, UnknownUser)):
        hubs.open_hub(url, "adam", PASSPHRASES["adam"])
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(dbname=hub_address.database.name, user="adam",
                        host=hub_address.database.cluster.socket_dir, port=hub_address.database.cluster.port).close()
    progress: list[tuple[int, int]] = []
    changed = hub.reencrypt(lambda done, total: progress.append((done, total)))
    assert changed > 0 and progress[-1][0] == progress[-1][1]
    epochs = {row[0].split(":")[1] for row in _raw(hub_address, "SELECT title FROM events")}
    assert epochs.isdisjoint(old_keys)
    assert hub.check().ok
    assert [e.title for e in hub.store.list_events(case.id)][-1] == "Written after removal"


def test_hub_recovery_code_opens_every_key(new_hub):
    hub, code, url = new_hub
    case, medical, _ = _case_with_events(hub.store)
    hub.lock()
    recovered = hubs.open_hub_with_recovery(url, code, db_user="ana")
    try:
        assert {e.notes for e in recovered.store.list_events(case.id)} >= {"clinical canary note"}
        assert recovered.holds("part2.notes")
    finally:
        recovered.lock()


def test_hub_row_level_security_stops_a_clinicians_login_writing_legal_rows(new_hub, open_as,
                                                                           hub_address):
    hub, _code, _url = new_hub
    case, _medical, _hearing = _case_with_events(hub.store)
    open_as("cleo", "clinician")
    db = hub_address.database
    with psycopg.connect(dbname=db.name, user="cleo", host=db.cluster.socket_dir, port=db.cluster.port,
                         autocommit=True) as conn:
        conn.execute("SELECT count(*) FROM events").fetchone()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE audit SET action = 'x'")
        result = conn.execute("UPDATE events SET status = 'done' WHERE category = 'immigration'")
        assert result.rowcount == 0  # RLS: no legal row is visible to change
        result = conn.execute("UPDATE events SET status = 'done' WHERE category = 'hiv_sti'")
        assert result.rowcount == 1
        assert conn.execute("DELETE FROM hub_key_bundles").rowcount == 0  # only a supervisor
        assert conn.execute("SELECT count(*) FROM hub_key_bundles").fetchone() == (1,)  # her own
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # no promoting herself
            conn.execute("UPDATE hub_members SET role = 'supervisor' WHERE name = 'cleo'")


def test_hub_live_updates_carry_ids_only(new_hub, hub_address):
    hub, _code, _url = new_hub
    db = hub_address.database
    with psycopg.connect(dbname=db.name, user="ana", host=db.cluster.socket_dir, port=db.cluster.port,
                         autocommit=True) as conn:
        conn.execute("LISTEN workbench")
        case = hub.store.add_case(CANARY)
        payloads = [n.payload for n in conn.notifies(timeout=2, stop_after=1)]
    assert payloads == [f"cases:{case.id}:{case.id}"]


@pytest.mark.parametrize(("address", "error"), [
    ("postgresql://ana:secret@hub.example.org/wb", InvalidInput),
    ("postgresql://hub.example.org/wb?password=x", InvalidInput),
    ("postgresql://ana@hub.example.org/wb", InvalidInput),
    ("postgresql://hub.example.org/", InvalidInput),
    ("postgresql://hub.example.org/wb?sslmode=require", InsecureConnection),
    ("postgresql://hub.example.org/wb?sslmode=disable", InsecureConnection),
    ("mysql://hub.example.org/wb", InvalidInput),
])
def test_hub_address_refuses_secrets_and_unverified_tls(address, error):
    with pytest.raises(error):
        hub_address.parse(address)


def test_hub_address_requires_verified_tls_off_host_only():
    remote = hub_address.parse("postgresql://hub.example.org:6432/workbench")
    assert remote.connect_args("ana")["sslmode"] == "verify-full" and not remote.local
    assert "password" not in remote.connect_args("ana")
    local = hub_address.parse("postgresql://localhost/workbench")
    assert "sslmode" not in local.connect_args("ana") and local.local
    socket = hub_address.parse("postgresql:///workbench?host=/run/postgresql")
    assert socket.local and socket.connect_args("ana")["host"] == "/run/postgresql"
    assert socket.display == "postgresql://localhost/workbench"


def test_hub_connection_refused_is_a_clear_message():
    from models.errors import HubUnavailable

    engine = hubs.make_engine("postgresql://127.0.0.1:1/workbench", "ana")
    with pytest.raises(HubUnavailable, match="cannot be reached"):
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))


def test_hub_connection_lost_mid_transaction_is_hub_unavailable_and_writes_nothing(new_hub,
                                                                                 hub_address):
    from models.errors import HubUnavailable

    hub, _code, _url = new_hub
    case = hub.store.add_case(CANARY)
    before = len(hub.store.list_audit())
    with pytest.raises(HubUnavailable, match="nothing of this change was written"):
        with hub.store.transaction():
            hub.store.add_event(case.id, kind="task", title="half", category="identity",
                                due="2026-12-10")
            _raw(hub_address, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              f"WHERE datname = '{hub_address.database.name}' "
                              "AND pid <> pg_backend_pid()")
            hub.store.add_event(case.id, kind="task", title="other half", category="identity",
                                due="2026-12-11")
    assert hub.store.list_events(case.id) == []  # the pool reconnects; nothing half-written
    assert len(hub.store.list_audit()) == before and hub.check().ok


def test_hub_a_supervisor_slipped_in_on_the_server_cannot_give_keys(new_hub, open_as,
                                                                   hub_address):
    """H1 inserts a fake supervisor with keys of its own and seals it a bundle to a member:
    the member's workstation does not take it (the row is not certified by a supervisor)."""
    from sqlalchemy.orm import Session

    from models import keyslots as ks
    from models.rows import HubKeyBundleRow, HubMemberRow

    hub, _code, url = new_hub
    clinician = open_as("cleo", "clinician")
    clinician.lock()
    fake, _private, signer = hubs._new_member("user", None, "mallory", "supervisor",
                                              ks.passphrase_bytes("mallory's passphrase"), "fast")
    with Session(hub.engine, expire_on_commit=False) as session, session.begin():
        session.add(fake)  # uncertified: only a superuser writing SQL could put it there
        session.flush()
        cleo = session.scalar(select(HubMemberRow).where(HubMemberRow.name == "cleo"))
        session.add(HubKeyBundleRow(member_id=cleo.id, generation=99, sealed=hubs._seal_bundle(
            cleo, {"legal.notes.1": b"k" * 32}, 99, "mallory", signer)))
    with pytest.raises(Tampered, match="sealed by someone who may not give keys"):
        hubs.open_hub(url, "cleo", PASSPHRASES["cleo"])
    # a certificate forged for the row (signed by the fake itself) does not help either
    hubs._certify(fake, "mallory", signer)
    _raw(hub_address, "SET session_replication_role = replica; "  # a superuser skips triggers
                      f"UPDATE hub_members SET certificate = '{fake.certificate}' "
                      "WHERE name = 'mallory'")
    with pytest.raises(Tampered):
        hubs.open_hub(url, "cleo", PASSPHRASES["cleo"])


def test_hub_first_supervisor_is_pinned_on_the_workstation(new_hub, open_as, hub_address):
    hub, _code, url = new_hub
    open_as("cleo", "clinician").lock()  # this workstation has now seen the hub's first member
    _raw(hub_address, "SET session_replication_role = replica; "
                      "UPDATE hub_members SET certificate = NULL WHERE name = 'ana'")
    with pytest.raises(Tampered, match="no first member certifies itself|not certified"):
        hubs.open_hub(url, "cleo", PASSPHRASES["cleo"])


def _stored_row(hub_address_fixture, table, row_id):
    cluster, name = hub_address_fixture.database.cluster, hub_address_fixture.database.name
    with cluster.connect(name) as conn:
        cur = conn.execute(f"SELECT * FROM {table} WHERE id = %s", (row_id,))
        names = [d.name for d in cur.description or ()]
        return dict(zip(names, cur.fetchone(), strict=True))


def test_hub_an_older_sealed_copy_put_back_is_named_by_its_version(new_hub, hub_address):
    hub, _code, _url = new_hub
    case, _medical, hearing = _case_with_events(hub.store)
    old = _stored_row(hub_address, "events", hearing.id)
    hub.store.update_event(hearing.id, status="cancelled", version=hearing.version)
    assert hub.check().ok
    # the older row is genuine: its seal verifies and its values decrypt
    cluster, name = hub_address.database.cluster, hub_address.database.name
    with cluster.connect(name) as conn:
        for column, value in old.items():
            if column != "id":
                conn.execute(f'UPDATE events SET "{column}" = %s WHERE id = %s',
                             (value, hearing.id))
    assert hub.store.get_event(hearing.id).status.value == "scheduled"
    problems = hub.check().problems
    assert problems == (f"events row {hearing.id}: is at version 1, but the audit trail's last "
                        "write of it left version 2 (an older copy was put back on the server)",)
    assert CANARY not in " ".join(problems)


def test_hub_rows_changed_without_an_entry_of_their_own_are_accounted(new_hub):
    """A link set to NULL by a deletion changes other rows; the audit trail records their new
    versions too, so a clean hub still checks clean (and a replay of them would show)."""
    hub, _code, _url = new_hub
    store = hub.store
    case, _medical, hearing = _case_with_events(store)
    matter = store.add_matter(case.id, "immigration", title="T-visa")
    linked = store.update_event(hearing.id, matter_id=matter.id, version=hearing.version)
    store.delete_matter(matter.id)  # the hearing's matter_id is set to NULL, version 3
    assert store.get_event(hearing.id).version == linked.version + 1
    changed = [e for e in store.list_audit() if e.entity == "events" and e.entity_id == hearing.id]
    assert changed[-1].row_version == linked.version + 1
    assert hub.check().ok


def test_hub_an_older_set_of_key_bundles_put_back_is_refused(new_hub, open_as, hub_address):
    """A rotation after a removal must not be undone on the server: the workstation pins the
    key generation it has opened the hub at, and refuses older bundles."""
    hub, _code, url = new_hub
    open_as("cleo", "clinician").lock()
    open_as("adam", "advocate").lock()
    cluster, name = hub_address.database.cluster, hub_address.database.name
    with cluster.connect(name) as conn:
        [old] = conn.execute("SELECT b.id, b.member_id, b.generation, b.sealed FROM "
                             "hub_key_bundles b JOIN hub_members m ON m.id = b.member_id "
                             "WHERE m.name = 'cleo'").fetchall()
    hub.remove_user("adam")  # every key adam held: a new epoch, new bundles for the others
    open_as("cleo").lock()  # cleo's workstation opens the hub at the new generation
    with cluster.connect(name) as conn:
        conn.execute("SET session_replication_role = replica")
        conn.execute("DELETE FROM hub_key_bundles WHERE member_id = %s", (old[1],))
        conn.execute("INSERT INTO hub_key_bundles (id, member_id, generation, sealed) "
                     "VALUES (%s, %s, %s, %s)", old)
        conn.execute("UPDATE hub_meta SET value = %s WHERE key = 'generation'", (str(old[2]),))
    with pytest.raises(Tampered, match="rollback of a key rotation"):
        hubs.open_hub(url, "cleo", PASSPHRASES["cleo"])
