"""Authorization: every role × action of the policy table, through the operations and the CLI.

An allowed action works; a refused one raises PermissionDenied (CLI: exit 5, one line naming
the roles that may) and changes nothing: no audit entry, no disclosure, no key-slot change,
no file written. The table itself is read from workbench/operations/policy.json, so adding a
grant there changes what these tests expect.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from exports.packet_job import PacketRequest
from models.errors import PermissionDenied
from models.records import Category, EventKind, Role
from models.vault import open_vault
from tests.workbench.conftest import DEMO_TODAY, run_cli
from workbench.demo import DEMO_PASSPHRASE
from workbench.operations import cases, dates, interchange, packets, policy, users, views
from workbench.operations.context import Context
from workbench.operations.policy import Action

USER_OF = {Role.ADVOCATE: "ana", Role.CLINICIAN: "ben", Role.CASE_MANAGER: "cam",
           Role.SUPERVISOR: "sam", Role.PEER_MENTOR: "pia"}
COURT = "San Francisco Immigration Court"


def _ctx(vault_path: Path, role: Role) -> Context:
    vault = open_vault(vault_path, user=USER_OF[role], passphrase=DEMO_PASSPHRASE)
    return Context(vault, today=lambda: DEMO_TODAY)


def _state(vault_path: Path) -> tuple[Any, ...]:
    """What a refused action must leave as it was."""
    ctx = _ctx(vault_path, Role.SUPERVISOR)
    try:
        store = ctx.store
        return (len(store.list_audit()), len(store.list_disclosures()),
                (vault_path / "keyslots.json").read_bytes(),
                sorted(p.name for p in vault_path.parent.iterdir()))
    finally:
        ctx.vault.lock()


def _import_file(tmp: Path) -> Path:
    path = tmp / "in.json"
    path.write_text(json.dumps({"format": "workbench", "version": 1,
                                "cases": [{"display_name": "Fictional Import"}]}), "utf-8")
    return path


def _court_request(**kw: Any) -> PacketRequest:
    return PacketRequest(kind="court", recipient=COURT, purpose="Court hearing", **kw)


# action -> what the operation does with a context (tmp is a scratch folder outside the vault)
OPS: dict[Action, Callable[[Context, Path], object]] = {
    Action.READ: lambda ctx, tmp: views.timeline_for(
        ctx, case_ref="C-0001", start=date(2026, 1, 1), end=date(2027, 12, 31)),
    Action.INTAKE: lambda ctx, tmp: cases.add_case(ctx, display_name="Fictional Walk-in"),
    Action.WRITE: lambda ctx, tmp: dates.add_event(
        ctx, case_id=1, kind=EventKind.SERVICE_APPOINTMENT, title="Bus pass",
        category=Category.HOUSING_BENEFITS, due=date(2026, 12, 3), all_day=True),
    Action.CLOSURES: lambda ctx, tmp: dates.add_closure(
        ctx, day=date(2026, 12, 29), calendar="*", reason="inaccessible"),
    Action.PACKET: lambda ctx, tmp: packets.make_packet(
        ctx, records=packets.case_records(ctx, case_ref="C-0001"), request=_court_request(),
        folder=tmp),
    Action.COMPELLED_RELEASE: lambda ctx, tmp: packets.make_packet(
        ctx, records=packets.case_records(ctx, case_ref="C-0001"),
        request=_court_request(legal_basis="Subpoena 26-114"), folder=tmp),
    Action.EXPORT_CASES: lambda ctx, tmp: interchange.export_cases(
        ctx, out=tmp / "all.json", recipient="Audit", purpose="Review", plaintext=True),
    Action.IMPORT_CASES: lambda ctx, tmp: interchange.import_file(ctx, path=_import_file(tmp)),
    Action.ADMINISTER_USERS: lambda ctx, tmp: users.add_user(
        ctx, name="dee", role=Role.CASE_MANAGER, passphrase="a long fictional passphrase"),
    Action.CHANGE_ROLE_VIEW: lambda ctx, tmp: views.timeline_for(
        ctx, case_ref="C-0001", start=date(2026, 1, 1), end=date(2027, 12, 31),
        as_role=ctx.user.role),
}
# the same action through the CLI (the vault path and --user are added)
CLI: dict[Action, Callable[[Path], list[str]]] = {
    Action.READ: lambda tmp: ["timeline", "{vault}", "C-0001"],
    Action.WRITE: lambda tmp: ["trigger", "add", "{vault}", "C-0005", "--rule",
                               "B-EOIR-MTR-30", "--date", "2026-11-20"],
    Action.CLOSURES: lambda tmp: ["closure", "add", "{vault}", "2026-12-29"],
    Action.PACKET: lambda tmp: ["packet", "{vault}", "C-0001", "--kind", "court", "--recipient",
                                COURT, "--purpose", "Court hearing", "--out",
                                str(tmp / "p.pdf")],
    Action.COMPELLED_RELEASE: lambda tmp: ["packet", "{vault}", "C-0001", "--kind", "court",
                                           "--recipient", COURT, "--purpose", "Court hearing",
                                           "--compelled", "Subpoena 26-114", "--out",
                                           str(tmp / "p.pdf")],
    Action.EXPORT_CASES: lambda tmp: ["export", "{vault}", str(tmp / "all.json"), "--recipient",
                                      "Audit", "--purpose", "Review", "--plaintext"],
    Action.IMPORT_CASES: lambda tmp: ["import", "{vault}", str(_import_file(tmp))],
    Action.ADMINISTER_USERS: lambda tmp: ["user", "add", "{vault}", "dee", "--role",
                                          "case_manager", "--new-passphrase-file",
                                          str(_pass_file(tmp))],
    Action.CHANGE_ROLE_VIEW: lambda tmp: ["timeline", "{vault}", "C-0001", "--as", "{role}"],
}


def _pass_file(tmp: Path) -> Path:
    path = tmp / "new-pass.txt"
    path.write_text("a long fictional passphrase\n", "utf-8")
    return path


def _write_category(action: Action) -> Category | None:
    """The category an action writes, when the table decides it by category group."""
    return {Action.WRITE: Category.HOUSING_BENEFITS}.get(action)


def _expected(role: Role, action: Action, face: str = "ops") -> bool:
    if face == "cli" and action is Action.WRITE:  # the CLI's write is a legal trigger
        return policy.may_write(role, Category.IMMIGRATION)
    category = _write_category(action)
    if category is not None:
        return policy.may_write(role, category)
    return policy.allows(role, action)


def test_policy_names_every_action_and_role() -> None:
    table = policy.table()
    assert set(table) == set(Role)
    assert {a for acts, _ in table.values() for a in acts} <= set(Action)
    assert set(OPS) == set(Action)  # every action of the table is exercised here


def test_a_role_writes_only_what_it_reads_in_full() -> None:
    for role in Role:
        for category in Category:
            if policy.may_write(role, category):
                assert policy.sees_fully(role, category), (role, category)


@pytest.mark.parametrize("action", list(Action), ids=str)
@pytest.mark.parametrize("role", list(Role), ids=str)
def test_operation_allowed_or_refused_without_change(role: Role, action: Action,
                                                     demo_vault: Path, tmp_path: Path) -> None:
    scratch = tmp_path / "out"
    scratch.mkdir()
    before = _state(demo_vault)
    ctx = _ctx(demo_vault, role)
    try:
        if _expected(role, action):
            OPS[action](ctx, scratch)
            return
        with pytest.raises(PermissionDenied) as refused:
            OPS[action](ctx, scratch)
    finally:
        ctx.vault.lock()
    message = str(refused.value)
    assert policy.role_label(role) in message  # names the caller's role ...
    assert "ask a" in message or "can" in message  # ... and who may
    assert _state(demo_vault) == before
    assert list(scratch.iterdir()) == [p for p in scratch.iterdir() if p.name.endswith(".json")
                                       and p.name == "in.json"]  # no packet, no export


@pytest.mark.parametrize("action", list(CLI), ids=str)
@pytest.mark.parametrize("role", list(Role), ids=str)
def test_cli_allowed_or_refused_without_change(role: Role, action: Action, demo_vault: Path,
                                               tmp_path: Path, capsys) -> None:
    scratch = tmp_path / "out"
    scratch.mkdir()
    argv = [a.replace("{vault}", str(demo_vault)).replace("{role}", role.value)
            for a in CLI[action](scratch)] + ["--user", USER_OF[role]]
    before = _state(demo_vault)
    code, out, err = run_cli(capsys, *argv)
    if _expected(role, action, "cli"):
        assert code == 0, err
        return
    assert code == 5, (code, err)
    assert out == "" and err.count("\n") == 1 and policy.role_label(role) in err
    assert _state(demo_vault) == before
    assert not list(scratch.glob("*.pdf")) and not (scratch / "all.json").exists()


@pytest.mark.parametrize("wanted", list(Role), ids=str)
@pytest.mark.parametrize("caller", list(Role), ids=str)
def test_as_role_only_narrows(caller: Role, wanted: Role, demo_vault: Path, capsys) -> None:
    code, out, err = run_cli(capsys, "timeline", str(demo_vault), "C-0001", "--as",
                             wanted.value, "--user", USER_OF[caller], "--json")
    if caller is wanted or policy.narrows(caller, wanted):
        assert code == 0, err
        assert json.loads(out)["role"] == wanted.value
    else:
        assert code == 5 and "narrowed" in err and out == ""


def test_advocate_cannot_take_the_clinicians_view(demo_vault: Path, capsys) -> None:
    code, out, err = run_cli(capsys, "timeline", str(demo_vault), "C-0001", "--as", "clinician",
                             "--user", "ana")
    assert code == 5 and "clinician" in err and out == ""


def test_removing_yourself_or_the_last_supervisor_needs_confirmation(demo_vault: Path,
                                                                      capsys) -> None:
    before = (demo_vault / "keyslots.json").read_bytes()
    code, _, err = run_cli(capsys, "user", "remove", str(demo_vault), "sam", "--user", "sam")
    assert code == 2 and "--yes" in err and "yourself" in err
    assert (demo_vault / "keyslots.json").read_bytes() == before
    code, _, err = run_cli(capsys, "user", "remove", str(demo_vault), "ana", "--user", "ben")
    assert code == 5 and "supervisor" in err
    assert (demo_vault / "keyslots.json").read_bytes() == before
    code, _, err = run_cli(capsys, "user", "remove", str(demo_vault), "ana", "--user", "sam")
    assert code == 0, err
    code, out, _ = run_cli(capsys, "user", "list", str(demo_vault), "--user", "sam", "--json")
    assert {u["name"] for u in json.loads(out)} == {"ben", "cam", "sam", "pia"}
