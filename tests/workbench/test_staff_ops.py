"""Staff profiles, safe addresses, assigned staff and a case's contacts through the operations,
on a copy of the demo vault (users ana advocate, ben clinician, cam case manager, sam
supervisor)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from models.errors import InvalidInput, NotFound, PermissionDenied
from models.records import ContactKind, StaffProfile
from tests.workbench.conftest import DEMO_TODAY
from workbench.demo import DEMO_PASSPHRASE, DEMO_USERS
from workbench.demo_profiles import demo_profiles
from workbench.operations import care, case_details, contacts, staff
from workbench.operations.changes import Kind
from workbench.operations.context import Context


@pytest.fixture
def open_as(demo_vault: Path) -> Iterator:
    """open_as(user) -> a Context on the private demo copy; every one is locked at teardown."""
    from models.vault import open_vault

    opened = []

    def make(user: str) -> Context:
        vault = open_vault(demo_vault, user, DEMO_PASSPHRASE)
        opened.append(vault)
        return Context(vault, today=lambda: DEMO_TODAY)

    yield make
    for vault in opened:
        vault.lock()


def test_staff_ops_anyone_sets_their_own_profile_not_anothers(open_as) -> None:
    ben = open_as("ben")
    mine = StaffProfile(user="ben", full_name="Dr. Ben Okoye", role_title="Physician")
    done = staff.set_profile(ben, profile=mine)
    assert done.value == mine and Kind.USERS in done.changes.kinds
    assert staff.profile_for(ben, user="ben") == mine
    anas = staff.profile_for(ben, user="ana")  # the demo's, or none
    with pytest.raises(PermissionDenied, match="only your own profile; ask a supervisor"):
        staff.set_profile(ben, profile=StaffProfile(user="ana", full_name="Not Ana"))
    assert staff.profile_for(ben, user="ana") == anas


def test_staff_ops_supervisor_sets_anyones_profile(open_as) -> None:
    sam = open_as("sam")
    for profile in demo_profiles():
        staff.set_profile(sam, profile=profile)
    ana = open_as("ana")  # a fresh Context reads what sam wrote
    assert staff.profiles(ana) == {p.user: p for p in demo_profiles()}
    assert staff.profile_for(ana, user="ana").full_name == "Ana Quintero"
    with pytest.raises(NotFound):
        staff.set_profile(sam, profile=StaffProfile(user="nobody", full_name="N. Body"))


def test_staff_ops_demo_profiles_cover_every_demo_user_and_are_valid(open_as) -> None:
    profiles = demo_profiles()
    assert [p.user for p in profiles] == [name for name, _role in DEMO_USERS]
    assert all(p.full_name and p.role_title and p.organisation for p in profiles)
    assert all(p.phone is None or "555-01" in p.phone for p in profiles)  # fictional numbers
    sam = open_as("sam")
    assert [staff.set_profile(sam, profile=p).value for p in profiles] == profiles


def test_staff_ops_bad_profile_names_the_field(open_as) -> None:
    ana = open_as("ana")
    before = staff.profile_for(ana, user="ana")
    with pytest.raises(InvalidInput) as err:
        staff.set_profile(ana, profile=StaffProfile(user="ana", full_name="Ana",
                                                    email="not an address"))
    assert err.value.field == "email"
    assert staff.profile_for(ana, user="ana") == before


def _maria(ctx: Context):
    return next(c for c in ctx.store.list_cases() if c.safe_addresses)


def test_staff_ops_safe_addresses_add_edit_remove(open_as) -> None:
    cam = open_as("cam")
    case = _maria(cam)
    [first] = case_details.safe_addresses_for(cam, case_id=case.id)
    added = case_details.add_safe_address(cam, case_id=case.id, filing="DVRO petition",
                                          address="c/o Clinic, PO Box 7").value
    done = case_details.update_safe_address(cam, case_id=case.id, address_id=first.id,
                                            filing="I-914", address="PO Box 9, Oakland")
    assert done.changes.case_ids == {case.id} and Kind.CASES in done.changes.kinds
    case_details.remove_safe_address(cam, case_id=case.id, address_id=added.id)
    fresh = open_as("ana")
    assert [(a.filing, a.address) for a in case_details.safe_addresses_for(
        fresh, case_id=case.id)] == [("I-914", "PO Box 9, Oakland")]
    other = next(c for c in cam.store.list_cases() if c.id != case.id)
    with pytest.raises(NotFound):  # an address is changed only through its own case
        case_details.remove_safe_address(cam, case_id=other.id, address_id=first.id)
    with pytest.raises(InvalidInput) as err:
        case_details.update_safe_address(cam, case_id=case.id, address_id=first.id,
                                         filing=" ", address="x")
    assert err.value.field == "filing"


def test_staff_ops_assign_staff_only_users_of_the_vault(open_as) -> None:
    ana = open_as("ana")
    case = _maria(ana)
    done = case_details.assign_staff(ana, case_id=case.id, users=["cam", "ana", "cam"])
    assert done.value.assigned_to == ("cam", "ana")
    with pytest.raises(InvalidInput) as err:
        case_details.assign_staff(ana, case_id=case.id, users=["ana", "zed"])
    assert err.value.field == "assigned_to"
    assert open_as("sam").store.get_case(case.id).assigned_to == ("cam", "ana")


def test_staff_ops_contacts_add_edit_remove_only_the_cases_own(open_as) -> None:
    ben = open_as("ben")
    case = _maria(ben)
    before = contacts.contacts_for(ben, case_id=case.id)
    added = care.add_contact(ben, case_id=case.id, kind=ContactKind.INTERPRETER,
                             name="Hoa Tran", language="Vietnamese").value
    changed = contacts.update_contact(ben, case_id=case.id, contact_id=added.id,
                                      phone="510-555-0190").value
    assert changed == replace(added, phone="510-555-0190")
    assert contacts.contacts_for(ben, case_id=case.id) == [*before, changed]
    removed = contacts.remove_contact(ben, case_id=case.id, contact_id=added.id)
    assert removed.changes.case_ids == {case.id}
    assert contacts.contacts_for(open_as("sam"), case_id=case.id) == before
    shared = care.add_contact(open_as("sam"), kind=ContactKind.COURT, name="Oakland Court").value
    with pytest.raises(NotFound):  # a shared contact is not this case's to change
        contacts.update_contact(ben, case_id=case.id, contact_id=shared.id, name="x")
    assert shared in contacts.contacts_for(ben, case_id=case.id, shared=True)
