"""User administration on a hub through the operations layer: removal and role changes rotate
keys and re-encrypt rows with progress (a real PostgreSQL)."""

from __future__ import annotations

import pytest

from models import hub as hubs
from models.errors import InvalidInput
from tests.hub_fixtures import PASSPHRASES
from workbench.operations import users
from workbench.operations.context import Context


def _case(store):
    case = store.add_case("Rotation survivor", notes="core note")
    store.add_event(case.id, kind="court_hearing", title="Hearing", category="immigration",
                    start="2026-12-04T09:00:00-05:00", tz="America/New_York", notes="legal note")
    store.add_event(case.id, kind="medical_appointment", title="Clinic", category="mental_health",
                    start="2026-12-05T09:00:00-05:00", tz="America/New_York", notes="clinical note")
    return case


def test_hub_remove_user_reencrypts_with_progress(new_hub, open_as):
    hub, _code, _url = new_hub
    _case(hub.store)
    open_as("adam", "advocate")
    seen: list[tuple[int, int]] = []
    done = users.remove_user(Context(hub), name="adam", progress=lambda d, t: seen.append((d, t)))
    assert done.value == "adam" and seen and seen[-1][0] == seen[-1][1] > 0
    assert [u.name for u in users.list_users(Context(hub))] == ["ana"]
    assert hub.check().ok


def test_hub_change_role_gives_the_new_roles_keys_only(new_hub, open_as):
    hub, _code, url = new_hub
    case = _case(hub.store)
    clinician = open_as("cleo", "clinician")
    assert {e.notes for e in clinician.store.list_events(case.id)} == {None, "clinical note"}
    clinician.lock()
    done = users.change_role(Context(hub), name="cleo", role="advocate",
                             passphrase=PASSPHRASES["cleo"])
    assert done.value.role.value == "advocate"
    advocate = hubs.open_hub(url, "cleo", PASSPHRASES["cleo"])
    try:
        assert {e.notes for e in advocate.store.list_events(case.id)} == {"legal note", None}
        assert advocate.holds("legal.notes") and not advocate.holds("clinical.title")
    finally:
        advocate.lock()
    assert hub.check().ok


def test_vault_change_role_says_how_instead(tmp_path):
    from models.vault import create_vault

    vault, _code = create_vault(tmp_path / "v", "sam", "supervisor", "sam's passphrase!",
                                kdf_profile="fast")
    with vault:
        vault.add_user("ben", "clinician", "ben's passphrase!")
        with pytest.raises(InvalidInput, match="remove the user and add"):
            users.change_role(Context(vault), name="ben", role="advocate",
                              passphrase="ten characters")
        assert [u.role.value for u in vault.users()] == ["supervisor", "clinician"]
