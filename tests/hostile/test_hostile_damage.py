"""Wrong passphrase and damaged files, seen from outside: a fresh process, real stderr (fd 2).

Wrong passphrase: exit 3, one line on stderr (no SQLCipher ERROR CORE lines), vault files
byte-identical, no new files anywhere. A truncated or bit-flipped vault: damaged with the page,
opens read-only, is never written and is restorable from a backup.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from models.backup import restore_backup
from models.errors import VaultDamaged
from models.vault import open_vault
from tests.hostile.metrics import METRICS, runs
from tests.models.conftest import snapshot
from tests.vault_fixtures import ANA, ANA_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
WORKBENCH = Path(sys.executable).with_name("workbench")
PAGE = 4096


def _tree(roots: list[Path]) -> dict[str, str]:
    out: dict[str, str] = {}
    for root in roots:
        out.update({f"{root}/{k}": v for k, v in snapshot(root).items()})
    return out


def test_wrong_passphrase_fresh_process_one_line_no_new_files(vault_path, isolated):
    env = isolated.environ()
    env.update(WORKBENCH_PASSPHRASE="not the passphrase at all", WORKBENCH_USER=ANA)
    before = _tree([vault_path, *isolated.roots])
    proc = subprocess.run([str(WORKBENCH), "cases", str(vault_path)], env=env, cwd=isolated.home,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 3
    assert proc.stdout == ""
    assert proc.stderr == "workbench: Wrong user name or passphrase. Check both and try again.\n"
    assert _tree([vault_path, *isolated.roots]) == before


def test_wrong_key_positive_control_sqlcipher_does_print(tmp_path, isolated):
    # Without cipher_log_level=NONE SQLCipher writes ERROR CORE lines: the capture above sees fd 2.
    script = (
        "from sqlcipher3 import dbapi2 as m\n"
        f"c = m.connect({str(tmp_path / 'x.db')!r}); c.execute(\"PRAGMA key='a'\")\n"
        "c.execute('CREATE TABLE t (v)'); c.commit(); c.close()\n"
        f"c = m.connect({str(tmp_path / 'x.db')!r}); c.execute(\"PRAGMA key='b'\")\n"
        "try:\n    c.execute('SELECT * FROM t')\nexcept m.DatabaseError:\n    pass\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], env=isolated.environ(),
                          capture_output=True, text=True, timeout=60)
    assert "ERROR" in proc.stderr


def _flip(db: Path, offset: int) -> None:
    data = bytearray(db.read_bytes())
    data[offset] ^= 1 << random.randrange(8)
    db.write_bytes(bytes(data))


def _seed(vault_path: Path) -> tuple[set[str], Path]:
    with open_vault(vault_path, ANA, ANA_PASSPHRASE) as vault:
        for i in range(30):
            vault.store.add_case(f"case {i}", notes="x" * 300)
        names = {c.display_name for c in vault.store.list_cases()}
        backup = vault.backup()
    return names, backup


@pytest.mark.parametrize("run", range(runs(2, 10)))
def test_bit_flip_is_damaged_with_page_read_only_and_restorable(vault_path, tmp_path, run):
    names, backup = _seed(vault_path)
    db = vault_path / "vault.db"
    pages = db.stat().st_size // PAGE
    page = random.randrange(2, pages + 1)
    _flip(db, (page - 1) * PAGE + random.randrange(100, PAGE - 100))
    before = snapshot(vault_path)
    with pytest.raises(VaultDamaged, match=rf"page {page}\b.*[Rr]estore"):
        open_vault(vault_path, ANA, ANA_PASSPHRASE)
    with open_vault(vault_path, ANA, ANA_PASSPHRASE, read_only=True) as damaged:
        report = damaged.check()
        assert not report.ok and page in report.damaged_pages
        with pytest.raises(VaultDamaged):
            damaged.add_user("cam", "advocate", "long enough passphrase")
        # the store's write guard refuses before SQL runs, with the vault's own message
        with pytest.raises(VaultDamaged, match="read-only.*restore"):
            damaged.store.add_case("must not be written")
    assert snapshot(vault_path) == before  # never written to
    restore_backup(backup, vault_path, ANA, ANA_PASSPHRASE)
    with open_vault(vault_path, ANA, ANA_PASSPHRASE) as restored:
        assert restored.check().ok
        assert {c.display_name for c in restored.store.list_cases()} == names
    METRICS["damaged vaults restored"] += 1


def test_truncated_vault_is_damaged_and_restorable_via_cli(vault_path, monkeypatch, capsys):
    from workbench.cli import run

    names, backup = _seed(vault_path)
    db = vault_path / "vault.db"
    db.write_bytes(db.read_bytes()[: db.stat().st_size // 2])
    before = snapshot(vault_path)
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", ANA_PASSPHRASE)
    monkeypatch.setenv("WORKBENCH_USER", ANA)
    assert run(["cases", str(vault_path)]) == 4
    err = capsys.readouterr().err
    assert "damaged" in err and "Restore" in err and len(err.splitlines()) == 1
    assert snapshot(vault_path) == before
    assert run(["restore", str(backup), str(vault_path)]) == 0
    with open_vault(vault_path, ANA, ANA_PASSPHRASE) as restored:
        assert {c.display_name for c in restored.store.list_cases()} == names
