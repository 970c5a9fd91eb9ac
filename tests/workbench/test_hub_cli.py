"""The CLI's faces of the hub on a real PostgreSQL: VAULT commands on a hub address, hub init,
push, pull, demo, reencrypt, check, user remove, and the errors a person meets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models import hub as hubs
from models.vault import open_vault, pulled_copy
from tests.hub_fixtures import PASSPHRASES
from tests.long_runs import long_only
from tests.workbench.conftest import DEMO_TODAY, run_cli
from workbench.cli import (
    EXIT_BAD_INPUT,
    EXIT_DAMAGED,
    EXIT_HUB_UNAVAILABLE,
    EXIT_NOT_PERMITTED,
    EXIT_WRONG_PASSPHRASE,
)
from workbench.demo import DEMO_PASSPHRASE
from workbench.demo_program import GENERATED_CASES

HAND_WRITTEN = 6  # the small demo vault's cases (tests/workbench/conftest.py)
DEMO_CASES = HAND_WRITTEN + GENERATED_CASES  # the full demo: and the generated caseload
SUPERVISOR = "ana"  # the hub fixtures' first member (the demo vault's supervisor is sam)


def _file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def hub_pass(tmp_path: Path) -> str:
    """A passphrase file for the hub's supervisor."""
    return _file(tmp_path, "hub-pass", PASSPHRASES[SUPERVISOR])


def _push(capsys, vault: Path, url: str, hub_pass: str) -> str:
    """``vault`` pushed into a fresh hub at ``url`` (ana its supervisor); the hub's address."""
    code, _out, err = run_cli(capsys, "hub", "init", url, "--user", SUPERVISOR,
                              "--role", "supervisor", "--passphrase-file", hub_pass,
                              "--kdf-profile", "fast")
    assert code == 0, err
    code, out, err = run_cli(capsys, "hub", "push", str(vault), url, "--user", "sam",
                             "--hub-user", SUPERVISOR, "--hub-passphrase-file", hub_pass)
    assert code == 0, err + out
    return url


@pytest.fixture
def pushed(capsys, small_demo_vault: Path, hub_address, hub_pass: str) -> str:
    """The small demo vault (six cases) pushed into a fresh hub; the hub's address."""
    return _push(capsys, small_demo_vault, hub_address.url, hub_pass)


def _open_hub(url: str) -> hubs.Hub:
    return hubs.open_hub(url, SUPERVISOR, PASSPHRASES[SUPERVISOR])


def test_hub_init_prints_the_recovery_code_once(capsys, hub_address, hub_pass):
    code, out, err = run_cli(capsys, "hub", "init", hub_address.url, "--user", SUPERVISOR,
                             "--role", "supervisor", "--passphrase-file", hub_pass,
                             "--kdf-profile", "fast", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["user"] == SUPERVISOR and "?" not in data["hub"]  # no parameters shown
    recovery = data["recovery_code"]
    hub = hubs.open_hub_with_recovery(hub_address.url, recovery, db_user=SUPERVISOR)
    hub.lock()
    code, out, err = run_cli(capsys, "hub", "init", hub_address.url, "--user", SUPERVISOR,
                             "--role", "supervisor", "--passphrase-file", hub_pass,
                             "--kdf-profile", "fast")
    assert code == EXIT_BAD_INPUT and "already a hub" in err
    assert recovery not in out + err


def test_hub_init_text_shows_the_code_once_and_refuses_a_first_user_not_supervisor(
        capsys, hub_address, hub_pass):
    code, _out, err = run_cli(capsys, "hub", "init", hub_address.url, "--user", SUPERVISOR,
                              "--role", "advocate", "--passphrase-file", hub_pass,
                              "--kdf-profile", "fast")
    assert code == EXIT_BAD_INPUT and "supervisor" in err
    code, out, _err = run_cli(capsys, "hub", "init", hub_address.url, "--user", SUPERVISOR,
                              "--role", "supervisor", "--passphrase-file", hub_pass,
                              "--kdf-profile", "fast")
    assert code == 0 and "Recovery code (shown once" in out
    assert out.count("Recovery code") == 1


@pytest.mark.parametrize("which", [
    "small", pytest.param("full", marks=long_only("the whole demo's push takes 1-2 minutes"))])
def test_hub_push_verifies_and_the_hub_export_equals_the_vault_export(
        capsys, request, which, hub_address, hub_pass):
    """The small demo; in make test-long the whole demo, its generated caseload included."""
    demo_vault = request.getfixturevalue("small_demo_vault" if which == "small" else "demo_vault")
    url = _push(capsys, demo_vault, hub_address.url, hub_pass)
    vault = open_vault(demo_vault, "sam", DEMO_PASSPHRASE)
    hub = _open_hub(url)
    try:
        from workbench.operations.hub import compare

        assert compare(vault.store, hub.store, {}) == []
        mine, theirs = vault.store.export_data(), hub.store.export_data()
        assert [c["ref"] for c in theirs["cases"]] == [c["ref"] for c in mine["cases"]]
        assert len(mine["cases"]) == (HAND_WRITTEN if which == "small" else DEMO_CASES)
        # each case keeps the moment it was opened (the reports count intakes by it)
        assert [c["opened"] for c in theirs["cases"]] == [c["opened"] for c in mine["cases"]]
        assert theirs["closures"] == mine["closures"] and theirs["contacts"] == mine["contacts"]
        assert hub.check().ok
    finally:
        vault.lock()
        hub.lock()


def test_hub_push_carries_the_disclosure_ledger_and_adds_audit_entries(
        capsys, small_demo_vault, hub_address, hub_pass, tmp_path):
    seal = _file(tmp_path, "export-pass", "an export password 2026")
    code, _out, err = run_cli(capsys, "export", str(small_demo_vault), str(tmp_path / "out.json"),
                              "--user", "sam", "--recipient", "Bay Legal Clinic",
                              "--purpose", "transfer", "--password-file", seal)
    assert code == 0, err
    vault = open_vault(small_demo_vault, "sam", DEMO_PASSPHRASE)
    try:
        ledger = vault.store.list_disclosures()
        vault_audit = vault.store.list_audit()
        vault_cases = {c.id: c.ref for c in vault.store.list_cases()}
    finally:
        vault.lock()
    assert ledger
    run_cli(capsys, "hub", "init", hub_address.url, "--user", SUPERVISOR, "--role",
            "supervisor", "--passphrase-file", hub_pass, "--kdf-profile", "fast")
    code, out, err = run_cli(capsys, "hub", "push", str(small_demo_vault), hub_address.url, "--user",
                             "sam", "--hub-user", SUPERVISOR, "--hub-passphrase-file", hub_pass,
                             "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["verified"] and summary["cases"] == HAND_WRITTEN
    assert summary["disclosures"] == len(ledger) and summary["audit_source"] == len(vault_audit)
    hub = _open_hub(hub_address.url)
    try:
        carried = hub.store.list_disclosures()
        hub_cases = {c.ref: c.id for c in hub.store.list_cases()}
        audit = hub.store.list_audit()
        assert hub.check().ok
    finally:
        hub.lock()
    assert len(carried) == len(ledger)
    for old, new in zip(ledger, carried, strict=True):
        assert hub_cases[vault_cases[old.case_id]] == new.case_id
        assert (new.recipient, new.purpose, new.packet_sha256) == (old.recipient, old.purpose,
                                                                    old.packet_sha256)
        [mark] = [x for x in new.record_ids if x.startswith("carried:disclosure:")]
        assert mark.startswith(f"carried:disclosure:{old.id}:{old.hash[:16]}:")
        assert mark.endswith(":sam") and new.user == SUPERVISOR
    # every record of the vault has its signed '.add' entry in the hub's trail, by the pusher
    added = [e for e in audit if e.user == SUPERVISOR and e.action.endswith(".add")]
    assert summary["audit_added"] == len(audit)  # a fresh hub: every entry is the push's
    assert len(added) >= sum(1 for e in vault_audit
                             if e.action == "event.add" and e.entity == "events")


def test_hub_push_carries_each_original_audit_entry_with_its_time_and_user(
        capsys, small_demo_vault, pushed):
    vault = open_vault(small_demo_vault, "sam", DEMO_PASSPHRASE)
    hub = _open_hub(pushed)
    try:
        original = [(e.at, e.user, "carried." + e.action) for e in vault.store.list_audit()]
        carried = [(e.at, e.user, e.action) for e in hub.store.list_audit()
                   if e.action.startswith("carried.")]
        closing = [e for e in hub.store.list_audit() if e.action == "audit.carry"]
        problems = hub.store.verify_chains()
    finally:
        vault.lock()
        hub.lock()
    assert carried == original  # every entry, in order, with its own time, user and action
    assert len(closing) == 1 and closing[0].user == SUPERVISOR and problems == []


def test_hub_push_twice_writes_nothing_new(capsys, small_demo_vault, pushed, hub_pass):
    code, out, err = run_cli(capsys, "hub", "push", str(small_demo_vault), pushed, "--user", "sam",
                             "--hub-user", SUPERVISOR, "--hub-passphrase-file", hub_pass, "--json")
    assert code == 0, err
    again = json.loads(out)
    assert (again["cases"], again["unchanged"], again["disclosures"]) == (0, HAND_WRITTEN, 0)
    assert again["verified"]


def test_hub_push_text_names_counts_and_verification(capsys, small_demo_vault, hub_address, hub_pass):
    run_cli(capsys, "hub", "init", hub_address.url, "--user", SUPERVISOR, "--role",
            "supervisor", "--passphrase-file", hub_pass, "--kdf-profile", "fast")
    code, out, err = run_cli(capsys, "hub", "push", str(small_demo_vault), hub_address.url, "--user",
                             "sam", "--hub-user", SUPERVISOR, "--hub-passphrase-file", hub_pass)
    assert code == 0, err
    assert "Pushed into postgresql://localhost" in out and "6 cases" in out
    assert "Verified" in out and "Audit: the hub's trail gained" in out
    assert "host=" not in out + err


def test_hub_push_needs_supervisors(capsys, small_demo_vault, hub_address, hub_pass):
    run_cli(capsys, "hub", "init", hub_address.url, "--user", SUPERVISOR, "--role",
            "supervisor", "--passphrase-file", hub_pass, "--kdf-profile", "fast")
    code, _out, err = run_cli(capsys, "hub", "push", str(small_demo_vault), hub_address.url,
                              "--user", "ben", "--hub-user", SUPERVISOR,
                              "--hub-passphrase-file", hub_pass)
    assert code == EXIT_NOT_PERMITTED and "clinician" in err


@pytest.mark.parametrize("argv", [
    ["cases", "{url}", "--user", SUPERVISOR, "--json"],
    ["timeline", "{url}", "C-0001", "--user", SUPERVISOR],
    ["conflicts", "{url}", "--user", SUPERVISOR, "--json"],
    ["agenda", "{url}", "--user", SUPERVISOR, "--days", "30", "--json"],
    ["user", "list", "{url}", "--user", SUPERVISOR, "--json"],
])
def test_hub_address_serves_where_a_command_takes_vault(capsys, monkeypatch, pushed, hub_pass,
                                                        argv):
    monkeypatch.delenv("WORKBENCH_PASSPHRASE")
    argv = [a.format(url=pushed) for a in argv] + ["--passphrase-file", hub_pass]
    code, out, err = run_cli(capsys, *argv)
    assert code == 0, err
    assert json.loads(out) if "--json" in argv else "Master calendar hearing" in out


def test_hub_timeline_json(capsys, monkeypatch, pushed, hub_pass):
    monkeypatch.delenv("WORKBENCH_PASSPHRASE")
    code, out, err = run_cli(capsys, "timeline", pushed, "C-0001", "--user", SUPERVISOR,
                             "--passphrase-file", hub_pass, "--json")
    assert code == 0, err
    assert json.loads(out)["entries"]


def test_hub_case_list_matches_the_vault(capsys, monkeypatch, small_demo_vault, pushed, hub_pass):
    code, vault_out, err = run_cli(capsys, "cases", str(small_demo_vault), "--user", "sam", "--json")
    assert code == 0, err
    monkeypatch.delenv("WORKBENCH_PASSPHRASE")
    code, hub_out, err = run_cli(capsys, "cases", pushed, "--user", SUPERVISOR,
                                 "--passphrase-file", hub_pass, "--json")
    assert code == 0, err
    refs = [c["ref"] for c in json.loads(vault_out)]
    assert [c["ref"] for c in json.loads(hub_out)] == refs and len(refs) == HAND_WRITTEN


def test_hub_command_needs_a_user(capsys, monkeypatch, pushed, hub_pass):
    code, _out, err = run_cli(capsys, "cases", pushed, "--passphrase-file", hub_pass)
    assert code == EXIT_BAD_INPUT and "--user" in err


def test_hub_wrong_passphrase_is_exit_3(capsys, tmp_path, pushed):
    wrong = _file(tmp_path, "wrong", "not the passphrase at all")
    code, _out, err = run_cli(capsys, "cases", pushed, "--user", SUPERVISOR,
                              "--passphrase-file", wrong)
    assert code == EXIT_WRONG_PASSPHRASE, err


def test_hub_pull_makes_a_read_only_copy_with_the_same_cases(capsys, tmp_path, pushed, hub_pass):
    folder = tmp_path / "laptop"
    new = _file(tmp_path, "laptop-pass", "laptop passphrase 2026")
    code, out, err = run_cli(capsys, "hub", "pull", pushed, str(folder), "--user", SUPERVISOR,
                             "--passphrase-file", hub_pass, "--new-passphrase-file", new,
                             "--kdf-profile", "fast", "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["verified"] and summary["read_only"] and summary["cases"] == HAND_WRITTEN
    assert pulled_copy(folder)["hub"].startswith("postgresql://localhost")
    hub = _open_hub(pushed)
    copy = open_vault(folder, SUPERVISOR, "laptop passphrase 2026")
    try:
        assert copy.read_only
        assert [c.ref for c in copy.store.list_cases()] == [c.ref for c in hub.store.list_cases()]
        assert len(copy.store.list_disclosures()) == len(hub.store.list_disclosures())
    finally:
        copy.lock()
        hub.lock()
    code, out, err = run_cli(capsys, "cases", str(folder), "--passphrase-file", new, "--json")
    assert code == 0, err
    assert len(json.loads(out)) == HAND_WRITTEN
    code, _out, err = run_cli(capsys, "closure", "add", str(folder), "2026-12-24",
                              "--passphrase-file", new)
    assert code == EXIT_NOT_PERMITTED
    assert "read-only copy of the hub" in err and "hub push" in err


def test_hub_pull_refuses_a_folder_in_use(capsys, small_demo_vault, pushed, hub_pass):
    code, _out, err = run_cli(capsys, "hub", "pull", pushed, str(small_demo_vault), "--user",
                              SUPERVISOR, "--passphrase-file", hub_pass)
    assert code == EXIT_BAD_INPUT and "not empty" in err


def test_hub_check_passes_then_names_a_row_altered_on_the_server(capsys, monkeypatch, pushed,
                                                                  hub_address, hub_pass):
    monkeypatch.delenv("WORKBENCH_PASSPHRASE")
    code, out, err = run_cli(capsys, "check", pushed, "--user", SUPERVISOR,
                             "--passphrase-file", hub_pass)
    assert code == 0, err
    assert "passed its integrity check" in out
    db = hub_address.database
    db.cluster.execute("UPDATE events SET category = 'immigration' WHERE id = "
                       "(SELECT min(id) FROM events WHERE category = 'mental_health')",
                       db=db.name)
    code, out, err = run_cli(capsys, "check", pushed, "--user", SUPERVISOR,
                             "--passphrase-file", hub_pass)
    assert code == EXIT_DAMAGED
    assert "altered outside Workbench" in out and "events row" in out


def test_hub_user_remove_rotates_keys_and_reencrypts_with_progress(capsys, monkeypatch, tmp_path,
                                                                   pushed, hub_pass):
    monkeypatch.delenv("WORKBENCH_PASSPHRASE")
    new = _file(tmp_path, "cleo", PASSPHRASES["cleo"])
    code, _out, err = run_cli(capsys, "user", "add", pushed, "cleo", "--role", "clinician",
                              "--user", SUPERVISOR, "--passphrase-file", hub_pass,
                              "--new-passphrase-file", new)
    assert code == 0, err
    code, out, err = run_cli(capsys, "user", "remove", pushed, "cleo", "--user", SUPERVISOR,
                             "--passphrase-file", hub_pass)
    assert code == 0, err
    assert "Re-encrypting:" in err and "rows were re-encrypted" in out
    last = [line for line in err.splitlines() if line.startswith("Re-encrypting:")][-1]
    done, total = last.split()[1].split("/")
    assert done == total and int(total) > 0
    code, out, err = run_cli(capsys, "hub", "reencrypt", pushed, "--user", SUPERVISOR,
                             "--passphrase-file", hub_pass)
    assert code == 0, err
    assert out.startswith("Re-encrypted 0 rows")  # nothing left under an old key
    code, _out, err = run_cli(capsys, "cases", pushed, "--user", "cleo", "--passphrase-file", new)
    assert code == EXIT_WRONG_PASSPHRASE, err  # a removed member cannot sign in
    hub = _open_hub(pushed)
    try:
        assert hub.check().ok
    finally:
        hub.lock()


def test_hub_reencrypt_twice_finds_nothing_left(capsys, monkeypatch, tmp_path, pushed, hub_pass):
    monkeypatch.delenv("WORKBENCH_PASSPHRASE")
    hub = _open_hub(pushed)
    try:
        hub.add_user("cleo", "clinician", PASSPHRASES["cleo"])
        hub.remove_user("cleo")
        hub.reencrypt()
    finally:
        hub.lock()
    code, out, err = run_cli(capsys, "hub", "reencrypt", pushed, "--user", SUPERVISOR,
                             "--passphrase-file", hub_pass, "--json")
    assert code == 0, err
    assert json.loads(out) == {"reencrypted_rows": 0}


def test_hub_reencrypt_takes_a_hub_only(capsys, small_demo_vault):
    code, _out, err = run_cli(capsys, "hub", "reencrypt", str(small_demo_vault), "--user", "sam")
    assert code == EXIT_BAD_INPUT and "hub address" in err


@pytest.mark.parametrize(("url", "said"), [
    ("postgresql://ana:secret@hub.example.org/wb", "no password"),
    ("postgresql://hub.example.org/wb?password=secret", "no password"),
    ("postgresql://hub.example.org/wb?sslmode=disable", "sslmode=disable"),
    ("postgresql://hub.example.org/wb?sslmode=require", "verify-full"),
    ("postgresql://hub.example.org/", "database name"),
])
def test_hub_bad_address_names_the_problem(capsys, tmp_path, url, said):
    passfile = _file(tmp_path, "p", "whatever passphrase 1")
    code, out, err = run_cli(capsys, "cases", url, "--user", "ana", "--passphrase-file", passfile)
    assert code == EXIT_BAD_INPUT and said in err
    assert "secret" not in out + err


def test_hub_unreachable_server_is_exit_6(capsys, tmp_path):
    passfile = _file(tmp_path, "p", "whatever passphrase 1")
    code, _out, err = run_cli(capsys, "cases", "postgresql://127.0.0.1:1/wb?connect_timeout=2",
                              "--user", "ana", "--passphrase-file", passfile)
    assert code == EXIT_HUB_UNAVAILABLE and "cannot be reached" in err


def test_hub_database_password_from_a_file_or_refused_without_a_terminal(
        capsys, tmp_path, pg_cluster, pg_database, monkeypatch):
    """Over TCP the session cluster asks roles for a password (scram)."""
    role, password = "tcp_supervisor", "a db password 2026"
    if not pg_cluster.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)):
        pg_cluster.create_role(role, password=password)
    pg_cluster.execute(f"ALTER ROLE {role} LOGIN CREATEROLE PASSWORD '{password}'")
    pg_cluster.execute(f'ALTER DATABASE "{pg_database.name}" OWNER TO {role}')
    url = f"postgresql://127.0.0.1:{pg_cluster.port}/{pg_database.name}"
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    hub_pass = _file(tmp_path, "hub-pass", "tcp supervisor passphrase")
    init = ["hub", "init", url, "--user", role, "--role", "supervisor", "--passphrase-file",
            hub_pass, "--kdf-profile", "fast"]
    code, _out, err = run_cli(capsys, *init)  # stdin is not a terminal: no prompt
    assert code == EXIT_BAD_INPUT and "database password" in err and "--db-password-file" in err
    wrong = _file(tmp_path, "wrong-db", "not the db password")
    code, _out, err = run_cli(capsys, *init, "--db-password-file", wrong)
    assert code == EXIT_HUB_UNAVAILABLE and "not the db password" not in err
    right = _file(tmp_path, "db", password)
    code, _out, err = run_cli(capsys, *init, "--db-password-file", right)
    assert code == 0, err
    code, out, err = run_cli(capsys, "cases", url, "--user", role, "--passphrase-file", hub_pass,
                             "--db-password-file", right, "--json")
    assert code == 0, err
    assert json.loads(out) == [] and password not in out + err
    from models.errors import HubAsksForPassword  # the faces ask by this type, never by words
    from models.hub import open_hub

    with pytest.raises(HubAsksForPassword, match="asks for a password"):
        open_hub(url, role, "tcp supervisor passphrase")
    with pytest.raises(HubAsksForPassword):
        open_hub(url, role, "tcp supervisor passphrase", db_password="not the db password")


def test_hub_demo_makes_a_working_hub_and_reuses_its_cluster(capsys, monkeypatch, pg_folder,
                                                             tmp_path):
    monkeypatch.setenv("WORKBENCH_TODAY", DEMO_TODAY.isoformat())
    monkeypatch.delenv("WORKBENCH_PASSPHRASE", raising=False)
    folder = pg_folder
    code, out, err = run_cli(capsys, "hub", "demo", str(folder), "--kdf-profile", "fast")
    assert code == 0, err
    assert "Demo hub created" in out and "workbench gui 'postgresql:///workbench_demo?" in out
    assert "sign in as ana (advocate)" in out and "sign in as ben (clinician)" in out
    code, out, err = run_cli(capsys, "hub", "demo", str(folder), "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["reused"] and summary["cases"] == DEMO_CASES
    assert {u["name"]: u["role"] for u in summary["users"]} == {
        "ana": "advocate", "ben": "clinician", "cam": "case_manager", "sam": "supervisor",
        "pia": "peer_mentor"}
    passfile = _file(tmp_path, "demo-pass", DEMO_PASSPHRASE)
    for member in ("ana", "ben"):
        code, out, err = run_cli(capsys, "cases", summary["address"], "--user", member,
                                 "--passphrase-file", passfile, "--json")
        assert code == 0, err
        assert len(json.loads(out)) >= 1
    advocate = hubs.open_hub(summary["address"], "ana", DEMO_PASSPHRASE)
    clinician = hubs.open_hub(summary["address"], "ben", DEMO_PASSPHRASE)
    try:
        assert advocate.holds("legal.notes") and not advocate.holds("clinical.title")
        assert clinician.holds("clinical.title") and not clinician.holds("legal.notes")
    finally:
        advocate.lock()
        clinician.lock()
    code, out, err = run_cli(capsys, "hub", "demo", str(folder), "--stop")
    assert code == 0 and "stopped" in out
