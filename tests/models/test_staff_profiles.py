"""Staff profiles in the vault: round trip, validation naming the field, one audit entry, and
migration 0003 up from a vault at 0002 (backed up first) and back down."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from models import migrate
from models.errors import InvalidInput
from models.records import StaffProfile
from models.vault import open_vault
from tests.vault_fixtures import ANA, ANA_PASSPHRASE

ANA_PROFILE = StaffProfile(user="ana", full_name="Ana Quintero", role_title="Immigration attorney",
                           organisation="Bay Legal Clinic", bar_or_eoir_id="CA 301122",
                           address="PO Box 4410, Oakland, CA 94601", phone="510-555-0144",
                           email="ana@baylegal.example")


def _tables(vault) -> set[str]:
    with vault.engine.connect() as conn:
        return {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}


def _downgrade(vault, revision: str) -> None:
    from alembic import command

    cfg = migrate.alembic_config()
    with vault.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
        conn.commit()


def test_staff_profiles_round_trip_and_replace(vault) -> None:
    store = vault.store
    assert store.get_staff_profile("ana") is None
    assert store.set_staff_profile(ANA_PROFILE) == ANA_PROFILE == store.get_staff_profile("ana")
    moved = replace(ANA_PROFILE, organisation="Oakland Legal Aid", phone=None)
    assert store.set_staff_profile(moved) == moved == store.get_staff_profile("ana")
    assert store.get_staff_profile("ben") is None
    entries = store.list_audit()
    assert [a.action for a in entries] == ["staff_profile.add", "staff_profile.update"]
    # both name the profile by its number (the audit trail never holds a user's name)
    assert entries[0].entity_id == entries[1].entity_id == 1
    assert all(a.case_id is None for a in store.list_audit())
    assert store.verify_chains() == []


def test_staff_profiles_optional_text_is_trimmed_and_empty_is_none(vault) -> None:
    stored = vault.store.set_staff_profile(StaffProfile(user="ben", full_name="  Ben Okoye ",
                                                        role_title=" ", email=""))
    assert stored == StaffProfile(user="ben", full_name="Ben Okoye")


@pytest.mark.parametrize("change,field", [
    ({"full_name": "  "}, "full_name"),
    ({"user": "ana smith"}, "user"),
    ({"email": "ana at clinic"}, "email"),
    ({"phone": 5105550144}, "phone"),
])
def test_staff_profiles_bad_value_names_the_field_and_writes_nothing(vault, change, field) -> None:
    with pytest.raises(InvalidInput) as err:
        vault.store.set_staff_profile(replace(ANA_PROFILE, **change))
    assert err.value.field == field and str(err.value).startswith(f"{field}:")
    assert vault.store.get_staff_profile("ana") is None and vault.store.list_audit() == []


def test_staff_profiles_migration_0003_up_from_0002_and_down(vault_path: Path) -> None:
    with open_vault(vault_path, ANA, ANA_PASSPHRASE) as vault:
        assert migrate.current_revision(vault.engine) == migrate.HEAD_REVISION
        vault.store.add_case("Kept across migrations")
        _downgrade(vault, "0002")
        assert migrate.current_revision(vault.engine) == "0002"
        assert "staff_profiles" not in _tables(vault)
    # reopening a vault at 0002 backs it up, then upgrades it to the head
    with open_vault(vault_path, ANA, ANA_PASSPHRASE) as vault:
        assert migrate.current_revision(vault.engine) == migrate.HEAD_REVISION
        assert "staff_profiles" in _tables(vault)
        assert [c.display_name for c in vault.store.list_cases()] == ["Kept across migrations"]
        assert vault.store.set_staff_profile(ANA_PROFILE) == ANA_PROFILE
        _downgrade(vault, "0002")
        assert "staff_profiles" not in _tables(vault)
        with vault.engine.connect() as conn:  # today's store reads 0004's columns: ask SQL
            names = conn.execute(text("SELECT display_name FROM cases")).scalars().all()
        assert names == ["Kept across migrations"]
    [backup] = (vault_path / "backups").iterdir()  # the one upgrade backed up first
    assert backup.name.startswith("pre-upgrade-")
    with open_vault(backup, ANA, ANA_PASSPHRASE, read_only=True) as old:
        assert migrate.current_revision(old.engine) == "0002"
