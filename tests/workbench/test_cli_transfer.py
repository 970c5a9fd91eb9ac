"""`workbench transfer`: keygen, show, export (and its plan), import (and its dry run)."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from models.vault import create_vault, open_vault
from tests.workbench.conftest import run_cli
from workbench.demo import DEMO_PASSPHRASE

KEY_PASS = "organisation key passphrase"
DEMO_NAME = "María José Hernández Ruíz"


@pytest.fixture
def orgs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
         capsys: pytest.CaptureFixture[str]) -> dict[str, Path]:
    """Key folders of the sender (harbor) and the recipient (bay), made through the CLI."""
    monkeypatch.setenv("WORKBENCH_KEY_PASSPHRASE", KEY_PASS)
    out = {}
    for short, name in (("harbor", "Harbor Legal Aid"), ("bay", "Bay Legal Clinic")):
        out[short] = tmp_path / short
        out[short].mkdir()
        code, _, err = run_cli(capsys, "transfer", "keygen", str(out[short]), "--organisation",
                               name, "--kdf-profile", "fast")
        assert code == 0, err
    return out


@pytest.fixture
def receiver(tmp_path: Path) -> Path:
    """An empty second vault (one supervisor, rita, with the demo passphrase)."""
    vault, _ = create_vault(tmp_path / "receiver", "rita", "supervisor", DEMO_PASSPHRASE,
                            kdf_profile="fast")
    vault.lock()
    return tmp_path / "receiver"


def _export(capsys: pytest.CaptureFixture[str], vault: Path, orgs: dict[str, Path],
            out: Path, *extra: str) -> tuple[int, str, str]:
    return run_cli(capsys, "transfer", "export", str(vault), "C-0001", "--user", "sam",
                   "--recipient", "Bay Legal Clinic", "--to", str(orgs["bay"] / "org.pub"),
                   "--from", str(orgs["harbor"] / "org.key"), "--out", str(out), *extra)


def _import(capsys: pytest.CaptureFixture[str], vault: Path, orgs: dict[str, Path],
            bundle: Path, *extra: str) -> tuple[int, str, str]:
    return run_cli(capsys, "transfer", "import", str(vault), str(bundle), "--user", "rita",
                   "--key", str(orgs["bay"] / "org.key"), "--trust",
                   str(orgs["harbor"] / "org.pub"), *extra)


def _cases(vault: Path) -> list[str]:
    opened = open_vault(vault, user="rita", passphrase=DEMO_PASSPHRASE)
    try:
        return [c.display_name for c in opened.store.list_cases()]
    finally:
        opened.lock()


def test_cli_transfer_keygen_prints_the_fingerprint(orgs: dict[str, Path],
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert stat.S_IMODE((orgs["bay"] / "org.key").stat().st_mode) == 0o600
    code, out, _ = run_cli(capsys, "transfer", "show", str(orgs["bay"] / "org.pub"), "--json")
    shown = json.loads(out)
    assert code == 0 and shown["organisation"] == "Bay Legal Clinic"
    code, out, _ = run_cli(capsys, "transfer", "show", str(orgs["bay"] / "org.key"))
    assert code == 0 and shown["fingerprint"] in out


def test_cli_transfer_keygen_refuses_to_overwrite(orgs: dict[str, Path],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    before = (orgs["bay"] / "org.key").read_bytes()
    code, _, err = run_cli(capsys, "transfer", "keygen", str(orgs["bay"]), "--organisation",
                           "Bay Legal Clinic", "--kdf-profile", "fast")
    assert code == 2 and "never replaced" in err
    assert (orgs["bay"] / "org.key").read_bytes() == before


def test_cli_transfer_export_then_import(small_demo_vault: Path, receiver: Path,
                                         orgs: dict[str, Path], tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    bundle = tmp_path / "out.wbx"
    code, out, err = _export(capsys, small_demo_vault, orgs, bundle)
    assert code == 0, err
    assert "Recorded as disclosure" in out and DEMO_NAME not in out
    assert DEMO_NAME.encode() not in bundle.read_bytes()
    code, out, err = _import(capsys, receiver, orgs, bundle, "--dry-run")
    assert code == 0, err
    assert "Verified: signed by Harbor Legal Aid" in out and "Nothing was written" in out
    assert _cases(receiver) == []
    digest = out.rsplit("--expect ", 1)[1].strip()
    code, _, err = _import(capsys, receiver, orgs, bundle, "--expect", "0" * 64)
    assert code == 1 and "changed after it was checked" in err
    code, out, err = _import(capsys, receiver, orgs, bundle, "--json", "--expect", digest)
    assert code == 0, err
    got = json.loads(out)
    assert got["created"] and got["sender"] == "Harbor Legal Aid"
    assert _cases(receiver) == [DEMO_NAME]
    code, _, err = _import(capsys, receiver, orgs, bundle)
    assert code == 1 and "received already" in err
    assert _cases(receiver) == [DEMO_NAME]


def test_cli_transfer_export_dry_run_shows_the_plan(small_demo_vault: Path,
                                                    orgs: dict[str, Path], tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _export(capsys, small_demo_vault, orgs, tmp_path / "x.wbx", "--dry-run",
                             "--json")
    assert code == 0, err
    plan = json.loads(out)
    assert {"category": "medical", "reason": "no consent"} in plan["withheld"]
    assert {i["category"] for i in plan["included"]} == {
        "identity", "immigration", "mental_health", "trafficking_narrative"}
    assert not (tmp_path / "x.wbx").exists()


def test_cli_transfer_tampered_bundle_is_refused(small_demo_vault: Path, receiver: Path,
                                                 orgs: dict[str, Path], tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    bundle = tmp_path / "out.wbx"
    assert _export(capsys, small_demo_vault, orgs, bundle)[0] == 0
    env = json.loads(bundle.read_text())
    env["header"]["created"] = "2030-01-01T00:00:00+00:00"
    bundle.write_text(json.dumps(env))
    code, _, err = _import(capsys, receiver, orgs, bundle)
    assert code == 1 and "signature does not verify" in err
    assert _cases(receiver) == []


def test_cli_transfer_key_passphrase_from_a_file(small_demo_vault: Path, orgs: dict[str, Path],
                                                 tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("WORKBENCH_KEY_PASSPHRASE")
    code, _, err = _export(capsys, small_demo_vault, orgs, tmp_path / "a.wbx")
    assert code == 2 and "--key-passphrase-file" in err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the right passphrase\n")
    code, _, err = _export(capsys, small_demo_vault, orgs, tmp_path / "a.wbx",
                           "--key-passphrase-file", str(wrong))
    assert code == 3 and "does not open the organisation key" in err
    assert not (tmp_path / "a.wbx").exists()
    right = tmp_path / "right.txt"
    right.write_text(KEY_PASS + "\n")
    code, _, err = _export(capsys, small_demo_vault, orgs, tmp_path / "a.wbx",
                           "--key-passphrase-file", str(right))
    assert code == 0, err


def test_cli_transfer_no_consent_is_refused(small_demo_vault: Path, orgs: dict[str, Path],
                                            tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "transfer", "export", str(small_demo_vault), "C-0002",
                           "--user", "sam", "--recipient", "Bay Legal Clinic", "--to",
                           str(orgs["bay"] / "org.pub"), "--from",
                           str(orgs["harbor"] / "org.key"), "--out", str(tmp_path / "b.wbx"))
    assert code == 1 and "No active consent" in err
    assert not (tmp_path / "b.wbx").exists()


def test_cli_transfer_keygen_needs_a_name_without_a_terminal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("WORKBENCH_KEY_PASSPHRASE", KEY_PASS)
    code, _, err = run_cli(capsys, "transfer", "keygen", str(tmp_path), "--kdf-profile", "fast")
    assert code == 2 and "--organisation NAME" in err
    assert list(tmp_path.iterdir()) == []


def test_cli_transfer_keygen_without_a_key_passphrase_names_the_flag_and_variable(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WORKBENCH_KEY_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, out, err = run_cli(capsys, "transfer", "keygen", str(tmp_path / "keys"),
                             "--organisation", "Harbor Legal Aid")
    assert code == 2
    assert "--key-passphrase-file" in err and "WORKBENCH_KEY_PASSPHRASE" in err
    assert not (tmp_path / "keys" / "org.key").exists()
