"""Migrations: brand-new vaults reach head; behind ones back up first; unknown ones are too new."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from models import migrate
from models.errors import VaultTooNew
from models.vault import create_vault, open_vault
from tests.vault_fixtures import ANA_PASSPHRASE

_REVISION = '''
from alembic import op
import sqlalchemy as sa

revision = {rev!r}
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade():
    op.create_table({table!r}, sa.Column("id", sa.Integer, primary_key=True))


def downgrade():
    op.drop_table({table!r})
'''


def _versions(folder: Path, count: int) -> Path:
    folder.mkdir(exist_ok=True)
    down = None
    for n in range(1, count + 1):
        rev = f"t{n:03d}"
        (folder / f"{rev}_step.py").write_text(_REVISION.format(rev=rev, down=down, table=f"step_{n}"))
        down = rev
    return folder


def _tables(vault) -> set[str]:
    with vault.engine.connect() as conn:
        return {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}


def test_migrate_new_vault_is_at_head(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(migrate, "VERSIONS_DIR", _versions(tmp_path / "versions", 2))
    vault, _ = create_vault(tmp_path / "v", "ana", "advocate", ANA_PASSPHRASE, kdf_profile="fast")
    with vault:
        assert migrate.current_revision(vault.engine) == "t002" == migrate.head_revision()
        assert {"step_1", "step_2"} <= _tables(vault)
        assert vault.check().schema_revision == "t002"
    assert not (tmp_path / "v" / "backups").exists()  # nothing to back up on creation


def test_migrate_behind_vault_is_backed_up_then_upgraded(tmp_path: Path, monkeypatch) -> None:
    versions = _versions(tmp_path / "versions", 1)
    monkeypatch.setattr(migrate, "VERSIONS_DIR", versions)
    create_vault(tmp_path / "v", "ana", "advocate", ANA_PASSPHRASE, kdf_profile="fast")[0].lock()
    _versions(versions, 2)
    with open_vault(tmp_path / "v", "ana", ANA_PASSPHRASE) as vault:
        assert migrate.current_revision(vault.engine) == "t002"
        assert "step_2" in _tables(vault)
    backups = list((tmp_path / "v" / "backups").iterdir())
    assert len(backups) == 1 and backups[0].name.startswith("pre-upgrade-")
    with open_vault(backups[0], "ana", ANA_PASSPHRASE, read_only=True) as old:
        assert migrate.current_revision(old.engine) == "t001"
        assert "step_2" not in _tables(old)


def test_migrate_unknown_revision_is_too_new(vault_path: Path, tmp_path: Path) -> None:
    with open_vault(vault_path, "ana", ANA_PASSPHRASE) as vault, vault.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'from_the_future'"))
    with pytest.raises(VaultTooNew, match="update Workbench"):
        open_vault(vault_path, "ana", ANA_PASSPHRASE)
    with pytest.raises(VaultTooNew):
        open_vault(vault_path, "ana", ANA_PASSPHRASE, read_only=True)


def test_migrate_failed_migration_leaves_schema_unchanged(tmp_path: Path, monkeypatch) -> None:
    versions = _versions(tmp_path / "versions", 1)
    monkeypatch.setattr(migrate, "VERSIONS_DIR", versions)
    create_vault(tmp_path / "v", "ana", "advocate", ANA_PASSPHRASE, kdf_profile="fast")[0].lock()
    (versions / "t002_bad.py").write_text(_REVISION.format(rev="t002", down="t001", table="step_2")
                                          + "\n\ndef upgrade():\n    op.create_table('half', sa.Column('id', sa.Integer))\n"
                                          "    raise RuntimeError('migration bug')\n")
    with pytest.raises(RuntimeError, match="migration bug"):
        open_vault(tmp_path / "v", "ana", ANA_PASSPHRASE)
    monkeypatch.setattr(migrate, "VERSIONS_DIR", _versions(tmp_path / "v1", 1))
    with open_vault(tmp_path / "v", "ana", ANA_PASSPHRASE) as vault:
        assert "half" not in _tables(vault)
        assert migrate.current_revision(vault.engine) == "t001"


def test_migrate_head_constant_matches_alembic_head() -> None:
    """The fast path on open trusts HEAD_REVISION: it must name alembic's real head."""
    from models import migrate

    assert migrate.HEAD_REVISION == migrate.head_revision()
