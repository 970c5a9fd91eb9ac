"""Transfer between two real vaults (two organisations): consent decides, refusals write nothing."""

from __future__ import annotations

import base64
import json
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import transfer_crypto as tc
from models.errors import ConsentRefused, InvalidInput, PermissionDenied, WrongPassphrase
from models.records import Category
from models.vault import create_vault, open_vault
from tests.workbench.conftest import DEMO_NOW, DEMO_TODAY
from workbench.demo import DEMO_PASSPHRASE
from workbench.operations import transfer
from workbench.operations.context import Context

KEY_PASS = "organisation key passphrase"
RECEIVER_PASS = "receiving vault passphrase"
CASE = "C-0001"
RECIPIENT = "Bay Legal Clinic"
DEMO_NAME = "María José Hernández Ruíz"


@dataclass
class Two:
    """The sending demo vault (as the supervisor), a receiving vault, three organisations."""

    sender: Context
    receiver: Context
    keys: dict[str, Path]
    tmp: Path

    def send(self, out: str = "one.wbx", *, now: datetime = DEMO_NOW, **kw: Any) -> Path:
        ctx = Context(self.sender.vault, today=lambda: DEMO_TODAY, now=lambda: now)
        args: dict[str, Any] = {"case_ref": CASE, "recipient": RECIPIENT,
                                "to_key": self.keys["bay"] / tc.PUB_FILE,
                                "from_key": self.keys["harbor"] / tc.KEY_FILE,
                                "passphrase": KEY_PASS, "out": self.tmp / out, **kw}
        return transfer.export_transfer(ctx, **args).value.path

    def receive(self, path: Path, *, key: str = "bay", trust: str = "harbor",
                passphrase: str = KEY_PASS, dry_run: bool = False) -> Any:
        op = transfer.read_incoming if dry_run else transfer.import_transfer
        return op(self.receiver, path=path, key=self.keys[key] / tc.KEY_FILE,
                  passphrase=passphrase, trust=self.keys[trust] / tc.PUB_FILE)

    def opened(self, path: Path) -> dict[str, Any]:
        """The decrypted content of a bundle (the recipient's view, checked by the test)."""
        keys = tc.unlock_keys(self.keys["bay"] / tc.KEY_FILE, KEY_PASS)
        trusted = tc.load_public(self.keys["harbor"] / tc.PUB_FILE)
        body = tc.open_bundle(tc.read_bundle(path.read_bytes()), ours=keys, trusted=trusted)
        return dict(json.loads(body))


@pytest.fixture
def two(small_demo_vault: Path, tmp_path: Path) -> Iterator[Two]:
    sender = open_vault(small_demo_vault, user="sam", passphrase=DEMO_PASSPHRASE)
    receiver, _ = create_vault(tmp_path / "receiver", "rita", "supervisor", RECEIVER_PASS,
                               kdf_profile="fast")
    keys = {}
    for short, name in (("harbor", "Harbor Legal Aid"), ("bay", RECIPIENT),
                        ("other", "Other Shelter")):
        keys[short] = tmp_path / short
        keys[short].mkdir()
        transfer.keygen(folder=keys[short], organisation=name, passphrase=KEY_PASS,
                        kdf_profile="fast")
    later = DEMO_NOW + timedelta(days=1)
    yield Two(Context(sender, today=lambda: DEMO_TODAY, now=lambda: DEMO_NOW),
              Context(receiver, today=lambda: DEMO_TODAY, now=lambda: later), keys, tmp_path)
    sender.lock()
    receiver.lock()


def _state(ctx: Context) -> tuple[int, int, int]:
    """What a refusal must leave unchanged: cases, audit entries, disclosures."""
    store = ctx.store
    return len(store.list_cases()), len(store.list_audit()), len(store.list_disclosures())


def _withheld_titles(two: Two) -> list[str]:
    planned = transfer.plan_transfer(two.sender, case_ref=CASE, recipient=RECIPIENT)
    labels = planned.records.labels()
    out = []
    for w in planned.plan.withheld:
        for rid in w.record_ids:
            title = labels.get(rid, "")
            out.append(title.split(" ", 1)[1] if title[:4].isdigit() else title)
    return [t for t in out if len(t) > 6]


def test_transfer_ops_keygen_makes_a_private_sealed_key(tmp_path: Path) -> None:
    public = transfer.keygen(folder=tmp_path, organisation="Harbor Legal Aid",
                             passphrase=KEY_PASS, kdf_profile="fast")
    assert stat.S_IMODE((tmp_path / tc.KEY_FILE).stat().st_mode) == 0o600
    assert transfer.describe_key(tmp_path / tc.PUB_FILE) == public
    assert transfer.describe_key(tmp_path / tc.KEY_FILE).fingerprint == public.fingerprint


def test_transfer_ops_round_trip_carries_exactly_the_consented_records(two: Two) -> None:
    planned = transfer.plan_transfer(two.sender, case_ref=CASE, recipient=RECIPIENT)
    withheld = _withheld_titles(two)
    assert withheld, "the demo case withholds something from this recipient"
    path = two.send()
    raw = path.read_bytes()
    assert DEMO_NAME.encode() not in raw and b"Hern" not in raw
    content = two.opened(path)
    plaintext = json.dumps(content, ensure_ascii=False)
    assert content["record_ids"] == list(planned.plan.record_ids)
    assert set(content["categories"]) == {c.value for c in planned.plan.categories}
    for title in withheld:
        assert title not in plaintext
    assert content["case"]["display_name"] == DEMO_NAME
    assert "notes" not in content["case"] and "ana" not in content["case"].get("assigned_to", [])

    received = two.receive(path).value
    assert received.created and received.added == len(planned.plan.record_ids)
    store = two.receiver.store
    case = store.get_case(received.case_id)
    assert case.display_name == DEMO_NAME and case.address is None  # no contact consent
    vault_text = json.dumps(store.export_data(), ensure_ascii=False)
    for title in withheld:
        assert title not in vault_text
    sent_events = [e["title"] for e in content["case"]["events"]]
    got = sorted(store.list_events(case_id=case.id), key=lambda e: e.id)
    assert [e.title for e in got] == sent_events
    assert {e.category for e in got} <= {Category(c) for c in content["categories"]}


def test_transfer_ops_export_records_the_disclosure(two: Two) -> None:
    before = len(two.sender.store.list_disclosures())
    path = two.send()
    disclosure = two.sender.store.list_disclosures()[-1]
    assert len(two.sender.store.list_disclosures()) == before + 1
    import hashlib

    assert disclosure.packet_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert disclosure.recipient == RECIPIENT and disclosure.purpose == "T visa application"
    assert disclosure.record_ids == tuple(two.opened(path)["record_ids"])


def test_transfer_ops_receipt_is_recorded(two: Two) -> None:
    path = two.send()
    received = two.receive(path).value
    links = two.receiver.store.links_for_case(received.case_id, "transfer")
    bundles = [link for link in links if link.kind == "bundle"]
    assert len(bundles) == 1 and received.bundle_id in bundles[0].external_id
    assert received.sender.fingerprint in bundles[0].external_id


def test_transfer_ops_resend_updates_and_does_not_duplicate(two: Two) -> None:
    first = two.receive(two.send()).value
    events = two.receiver.store.list_events(case_id=first.case_id)
    hearing = next(e for e in two.sender.store.list_events(case_id=1)
                   if e.title == "Master calendar hearing")
    two.sender.store.update_event(hearing.id, title="Master calendar hearing (moved)")
    again = two.receive(two.send("two.wbx", now=DEMO_NOW + timedelta(hours=2))).value
    assert not again.created and again.case_id == first.case_id
    assert (again.added, again.updated) == (0, 1)
    after = two.receiver.store.list_events(case_id=first.case_id)
    assert len(after) == len(events)
    assert "Master calendar hearing (moved)" in {e.title for e in after}
    assert len(two.receiver.store.list_cases()) == 1


def test_transfer_ops_dry_run_writes_nothing(two: Two) -> None:
    path = two.send()
    before = _state(two.receiver)
    incoming = two.receive(path, dry_run=True)
    assert incoming.case_id is None and f"Case: {DEMO_NAME}" in incoming.labels()
    assert _state(two.receiver) == before


def _flip(path: Path, where: str) -> Path:
    env = json.loads(path.read_bytes())
    if where == "header":
        env["header"]["recipient"]["organisation"] = "Bay Legal Clinlc"
    else:
        raw = bytearray(base64.b64decode(env[where]))
        raw[-1] ^= 0x01
        env[where] = base64.b64encode(bytes(raw)).decode()
    out = path.with_name(f"{where}.wbx")
    out.write_text(json.dumps(env))
    return out


@pytest.mark.parametrize(("case", "reason"), [
    ("ciphertext", "tampered"), ("header", "tampered"), ("signature", "tampered"),
    ("other_recipient", "wrong_recipient"), ("untrusted", "untrusted_sender"),
    ("replayed", "replayed"), ("stale", "stale"), ("wrong_passphrase", None),
    ("not_a_bundle", "malformed")])
def test_transfer_ops_refusals_write_nothing(two: Two, case: str, reason: str | None) -> None:
    path = two.send()
    kw: dict[str, Any] = {}
    if case in ("ciphertext", "header", "signature"):
        path = _flip(path, case)
    elif case == "other_recipient":
        kw["key"] = "other"
    elif case == "untrusted":
        kw["trust"] = "other"
    elif case == "replayed":
        two.receive(path)
    elif case == "stale":
        newer = two.send("newer.wbx", now=DEMO_NOW + timedelta(hours=1))
        two.receive(newer)
    elif case == "wrong_passphrase":
        kw["passphrase"] = "not the key's passphrase"
    elif case == "not_a_bundle":
        path.write_text('{"format": "something else"}')
    before = _state(two.receiver)
    links_before = [two.receiver.store.links_for_case(c.id)
                    for c in two.receiver.store.list_cases()]
    expected: type[Exception] = WrongPassphrase if reason is None else tc.BundleRefused
    with pytest.raises(expected) as refused:
        two.receive(path, **kw)
    if reason is not None:
        assert getattr(refused.value, "reason", None) == reason
        assert "Nothing was imported" in str(refused.value) or reason in ("malformed",)
    assert _state(two.receiver) == before
    assert [two.receiver.store.links_for_case(c.id)
            for c in two.receiver.store.list_cases()] == links_before


def test_transfer_ops_no_consent_is_refused_and_writes_nothing(two: Two) -> None:
    before = _state(two.sender)
    with pytest.raises(ConsentRefused):
        two.send(recipient="Other Shelter", to_key=two.keys["other"] / tc.PUB_FILE)
    assert _state(two.sender) == before
    assert not (two.tmp / "one.wbx").exists()


def test_transfer_ops_key_of_another_organisation_is_refused(two: Two) -> None:
    before = _state(two.sender)
    with pytest.raises(InvalidInput, match="Other Shelter's"):
        two.send(to_key=two.keys["other"] / tc.PUB_FILE)
    assert _state(two.sender) == before and not (two.tmp / "one.wbx").exists()


def test_transfer_ops_without_identity_consent_the_case_is_unnamed(two: Two) -> None:
    two.sender.store.add_consent(1, "Other Shelter", {Category.IMMIGRATION}, "Housing referral",
                                 DEMO_TODAY - timedelta(days=1), how_given="written")
    path = two.send(recipient="Other Shelter", to_key=two.keys["other"] / tc.PUB_FILE)
    content = json.loads(tc.open_bundle(
        tc.read_bundle(path.read_bytes()),
        ours=tc.unlock_keys(two.keys["other"] / tc.KEY_FILE, KEY_PASS),
        trusted=tc.load_public(two.keys["harbor"] / tc.PUB_FILE)))
    assert content["case"]["display_name"] == "C-0001 from Harbor Legal Aid"
    assert DEMO_NAME not in json.dumps(content, ensure_ascii=False)
    assert content["categories"] == ["immigration"]


def test_transfer_ops_import_needs_a_supervisor(two: Two, small_demo_vault: Path) -> None:
    path = two.send()
    ana = open_vault(small_demo_vault, user="ana", passphrase=DEMO_PASSPHRASE)
    try:
        with pytest.raises(PermissionDenied, match="import"):
            transfer.import_transfer(Context(ana), path=path,
                                     key=two.keys["bay"] / tc.KEY_FILE, passphrase=KEY_PASS,
                                     trust=two.keys["harbor"] / tc.PUB_FILE)
    finally:
        ana.lock()


def test_transfer_ops_recipients_are_the_active_consents(two: Two) -> None:
    pairs = transfer.transfer_recipients(two.sender, case_id=1)
    assert (RECIPIENT, "T visa application") in pairs
    assert len(pairs) == len(set(pairs))


def test_transfer_ops_legends_travel_with_the_records(two: Two) -> None:
    """Immigration records carry the 8 U.S.C. 1367 legend, every bundle the general one."""
    content = two.opened(two.send())
    assert [n["key"] for n in content["notices"]] == ["general", "usc_1367"]
    incoming = two.receive(two.tmp / "one.wbx", dry_run=True)
    assert any(line.startswith("Notice — 8 U.S.C. 1367") for line in incoming.labels())


def test_transfer_ops_role_view_applies(two: Two, small_demo_vault: Path) -> None:
    """A clinician's bundle withholds what a clinician may not read in full, whatever the
    consent says."""
    ben = open_vault(small_demo_vault, user="ben", passphrase=DEMO_PASSPHRASE)
    try:
        ctx = Context(ben, today=lambda: DEMO_TODAY, now=lambda: DEMO_NOW)
        planned = transfer.plan_transfer(ctx, case_ref=CASE, recipient=RECIPIENT)
        hidden = {c for c, why in planned.withheld() if "not visible to your role" in why}
        assert "immigration" in hidden
        assert Category.IMMIGRATION not in planned.plan.included
    finally:
        ben.lock()


def test_transfer_ops_resend_carries_new_records_and_intake_changes(two: Two) -> None:
    first = two.receive(two.send()).value
    store = two.sender.store
    store.update_case(1, pronouns="she/they")
    start = DEMO_NOW + timedelta(days=20)
    store.add_event(1, "court_hearing", "Individual hearing", Category.IMMIGRATION,
                    start=start, end=start + timedelta(hours=2), tz="America/Los_Angeles",
                    matter_id=store.list_matters(1)[0].id)
    again = two.receive(two.send("two.wbx", now=DEMO_NOW + timedelta(hours=2))).value
    assert (again.added, again.updated) == (1, 0)
    case = two.receiver.store.get_case(first.case_id)
    assert case.pronouns == "she/they"
    new = next(e for e in two.receiver.store.list_events(case_id=case.id)
               if e.title == "Individual hearing")
    assert new.start == start and new.matter_id == two.receiver.store.list_matters(case.id)[0].id


_CONSENTABLE = [c for c in Category if c is not Category.AGGREGATE_REPORTING]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(chosen=st.sets(st.sampled_from(_CONSENTABLE), min_size=1))
def test_transfer_ops_content_never_holds_a_category_without_consent(
        two: Two, chosen: set[Category]) -> None:
    """Whatever the consent covers, the content holds records of those categories only, and
    the name only under an identity consent."""
    from models.errors import ConsentRefused
    from workbench.operations import transfer_content

    recipient = f"Partner {len(two.sender.store.list_consents(1))}"
    two.sender.store.add_consent(1, recipient, chosen, "Referral",
                                 DEMO_TODAY - timedelta(days=1), how_given="written")
    try:
        planned = transfer.plan_transfer(two.sender, case_ref=CASE, recipient=recipient)
    except ConsentRefused:
        return  # nothing leaves
    content = transfer_content.build(two.sender.store, planned.plan, sender="Harbor Legal Aid")
    assert {Category(c) for c in content["categories"]} <= chosen
    case = content["case"]
    for name in ("events", "documents", "goals", "referrals", "screenings", "conferences"):
        assert {Category(x["category"]) for x in case[name]} <= chosen, name
    if "safety_plan" in case:
        assert Category.SAFETY_PLAN in chosen
    if case.get("housing"):
        assert Category.HOUSING_BENEFITS in chosen
    if Category.IDENTITY not in chosen:  # nor the survivor's first names in the minutes
        assert "María José" not in json.dumps(content, ensure_ascii=False)
    if Category.CONTACT_LOCATION not in chosen:
        assert "address" not in case and not case["safe_addresses"]


def test_transfer_ops_export_leaves_only_the_bundle(two: Two) -> None:
    """No temp file, no second copy: the folder holds the bundle and nothing else new."""
    before = set(two.tmp.iterdir())
    path = two.send()
    assert set(two.tmp.iterdir()) - before == {path}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_transfer_ops_a_confidential_address_never_goes(two: Two) -> None:
    """Under a contact/location consent the safe addresses go, the confidential one not."""
    two.sender.store.add_consent(1, RECIPIENT, {Category.CONTACT_LOCATION}, "T visa application",
                                 DEMO_TODAY - timedelta(days=1), how_given="written")
    planned = transfer.plan_transfer(two.sender, case_ref=CASE, recipient=RECIPIENT)
    assert ("contact_location", "Address") in planned.included()
    content = two.opened(two.send())
    case = content["case"]
    assert case["confidential_address"] is True and "address" not in case
    assert "(confidential shelter address)" not in json.dumps(content, ensure_ascii=False)
    assert [a["filing"] for a in case["safe_addresses"]] == ["I-914"]
    received = two.receive(two.tmp / "one.wbx").value
    stored = two.receiver.store.get_case(received.case_id)
    assert stored.address is None and stored.safe_addresses[0].filing == "I-914"


def test_transfer_ops_import_of_what_was_shown_only(two: Two) -> None:
    """A file swapped between the dry run and the import is refused (the face passes the
    digest it showed)."""
    path = two.send()
    shown = two.receive(path, dry_run=True).sha256
    other = two.send("other.wbx", now=DEMO_NOW + timedelta(minutes=5))
    path.write_bytes(other.read_bytes())
    before = _state(two.receiver)
    with pytest.raises(tc.BundleRefused, match="changed after it was checked"):
        transfer.import_transfer(two.receiver, path=path, key=two.keys["bay"] / tc.KEY_FILE,
                                 passphrase=KEY_PASS, trust=two.keys["harbor"] / tc.PUB_FILE,
                                 expected_sha256=shown)
    assert _state(two.receiver) == before


def test_transfer_ops_a_hub_receives_and_refuses_a_replay(two: Two, new_hub: Any) -> None:
    """The same operations on a hub (PostgreSQL): the case is created, the receipt (a link,
    sealed on the hub) makes the second import a replay."""
    hub, _code, _url = new_hub
    ctx = Context(hub, today=lambda: DEMO_TODAY, now=lambda: DEMO_NOW)
    path = two.send()
    args = {"path": path, "key": two.keys["bay"] / tc.KEY_FILE, "passphrase": KEY_PASS,
            "trust": two.keys["harbor"] / tc.PUB_FILE}
    received = transfer.import_transfer(ctx, **args).value
    assert received.created and hub.store.get_case(received.case_id).display_name == DEMO_NAME
    with pytest.raises(tc.BundleRefused) as refused:
        transfer.import_transfer(ctx, **args)
    assert refused.value.reason == "replayed"
    assert len(hub.store.list_cases()) == 1


def test_transfer_ops_care_records_round_trip(two: Two) -> None:
    """The care network's consent (safety plan, housing, mental health): the safety plan with
    its risk history, conferences and screenings pass the receiver's importer."""
    network = two.tmp / "network"
    network.mkdir()
    transfer.keygen(folder=network, organisation="Bay Area Care Network", passphrase=KEY_PASS,
                    kdf_profile="fast")
    path = two.send(recipient="Bay Area Care Network", to_key=network / tc.PUB_FILE)
    content = json.loads(tc.open_bundle(
        tc.read_bundle(path.read_bytes()),
        ours=tc.unlock_keys(network / tc.KEY_FILE, KEY_PASS),
        trusted=tc.load_public(two.keys["harbor"] / tc.PUB_FILE)))
    case = content["case"]
    assert "safety_plan" in case and case["screenings"] and case["conferences"]
    assert case["safety_plan"]["updated_by"] == "partner"
    received = transfer.import_transfer(two.receiver, path=path, key=network / tc.KEY_FILE,
                                        passphrase=KEY_PASS,
                                        trust=two.keys["harbor"] / tc.PUB_FILE).value
    store = two.receiver.store
    assert store.get_safety_plan(received.case_id) is not None
    assert len(store.list_conferences(received.case_id)) == len(case["conferences"])
    assert len(store.list_screenings(received.case_id)) == len(case["screenings"])
    sent_logins = {"ana", "ben", "cam", "sam", "pia"}
    stored = json.dumps(store.export_data(), ensure_ascii=False)
    leaked = [stored[max(0, i - 80):i + 10] for login in sent_logins
              for i in [stored.find(f'"{login}"')] if i >= 0]
    assert leaked == []


def test_transfer_ops_minutes_name_the_survivor_only_under_identity(two: Two) -> None:
    conference = two.sender.store.list_conferences(1)[0]
    two.sender.store.add_consent(1, "Other Shelter", {conference.category}, "Minutes",
                                 DEMO_TODAY - timedelta(days=1), how_given="written")
    path = two.send(recipient="Other Shelter", to_key=two.keys["other"] / tc.PUB_FILE)
    content = json.loads(tc.open_bundle(
        tc.read_bundle(path.read_bytes()),
        ours=tc.unlock_keys(two.keys["other"] / tc.KEY_FILE, KEY_PASS),
        trusted=tc.load_public(two.keys["harbor"] / tc.PUB_FILE)))
    attendees = [a for c in content["case"]["conferences"] for a in c["attendees"]]
    survivors = [a["name"] for a in attendees if a["kind"] == "survivor"]
    assert survivors and all("María" not in name for name in survivors)
    assert all("contact_id" not in a for a in attendees)
