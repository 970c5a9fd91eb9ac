"""The interpreter CLI: book, confirm, decline and cancel a booking, list them with the
interpreter conflicts; the event's flag follows; refusals write nothing and name the field."""

from __future__ import annotations

import json
from pathlib import Path

from models.records import EventKind
from tests.workbench.conftest import run_cli
from workbench.demo import DEMO_PASSPHRASE


def _hearing(vault: Path, ref: str) -> tuple[int, str]:
    """A court hearing of case ``ref`` (its id and category), read from the vault itself (C-0004's has no
    booking in the demo: C-0001's and C-0003's do, workbench.demo_interpreters)."""
    from models.vault import open_vault

    opened = open_vault(vault, user="sam", passphrase=DEMO_PASSPHRASE)
    try:
        case = opened.store.get_case_by_ref(ref)
        event = next(e for e in opened.store.list_events(case.id)
                     if e.kind is EventKind.COURT_HEARING)
        return event.id, event.category.value
    finally:
        opened.lock()


def _booked(vault: Path, event_id: int) -> bool:
    from models.vault import open_vault

    opened = open_vault(vault, user="sam", passphrase=DEMO_PASSPHRASE)
    try:
        return opened.store.get_event(event_id).interpreter_booked
    finally:
        opened.lock()


def _cli(capsys, *argv: str) -> dict:  # type: ignore[type-arg]
    code, out, err = run_cli(capsys, "interpreter", *argv, "--json")
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def test_cli_interpreter_book_confirm_cancel_and_list(demo_vault: Path, capsys) -> None:
    vault = str(demo_vault)
    event_id, _category = _hearing(demo_vault, "C-0004")
    made = _cli(capsys, "book", vault, "C-0004", "--event", str(event_id), "--language",
                "Ukrainian", "--provider", "court_appointed", "--mode", "in_person",
                "--name", "Olena K.", "--user", "ana")
    assert (made["status"], made["event_id"], made["interpreter_name"]) == (
        "requested", event_id, "Olena K.")
    done = _cli(capsys, "confirm", vault, str(made["id"]), "--reference", "CRT-19",
                "--user", "ana")
    assert (done["status"], done["reference"]) == ("confirmed", "CRT-19")
    assert done["confirmed_at"] and _booked(demo_vault, event_id)
    listed = _cli(capsys, "list", vault, "C-0004", "--user", "ana")
    mine = [b for b in listed["bookings"] if b["id"] == made["id"]]
    assert [(b["case"], b["status"], b["event_kind"]) for b in mine] == [
        ("C-0004", "confirmed", "court_hearing")]
    assert all(c["case"] == "C-0004" for c in listed["conflicts"])
    closed = _cli(capsys, "cancel", vault, str(made["id"]), "--user", "ana")
    assert closed["status"] == "cancelled" and closed["event_interpreter_booked"] is False
    assert not _booked(demo_vault, event_id)
    # the words: a person reads what happened and what to do next
    code, out, err = run_cli(capsys, "interpreter", "book", vault, "C-0004", "--event",
                             str(event_id), "--language", "Ukrainian", "--provider", "vendor",
                             "--mode", "phone", "--user", "ana")
    assert code == 0, err
    assert "requested" in out and "workbench interpreter confirm" in out
    code, out, err = run_cli(capsys, "interpreter", "list", vault, "--user", "ana")
    assert code == 0 and "C-0004" in out and "Ukrainian" in out


def test_cli_interpreter_decline_and_the_list_of_every_case(demo_vault: Path, capsys) -> None:
    vault = str(demo_vault)
    event_id, _category = _hearing(demo_vault, "C-0003")
    made = _cli(capsys, "book", vault, "C-0003", "--event", str(event_id), "--language",
                "Spanish", "--provider", "vendor", "--mode", "video", "--vendor", "Bay Lines",
                "--user", "ana")
    before = _cli(capsys, "list", vault, "C-0003", "--user", "ana")
    assert ("C-0003", "interpreter_language") in {(c["case"], c["kind"])
                                                  for c in before["conflicts"]}
    assert _cli(capsys, "decline", vault, str(made["id"]), "--user", "ana")["status"] == \
        "declined"
    every = _cli(capsys, "list", vault, "--user", "ana")
    assert made["id"] in [b["id"] for b in every["bookings"]]
    # the case wants Ukrainian: a Spanish booking is a conflict until it is declined
    kinds = {(c["case"], c["kind"]) for c in every["conflicts"]}
    assert ("C-0003", "interpreter_language") not in kinds


def test_cli_interpreter_refusals_write_nothing(demo_vault: Path, capsys) -> None:
    vault = str(demo_vault)
    event_id, _category = _hearing(demo_vault, "C-0004")
    # a clinician may not write protective-order records, so may not book for their hearings
    code, out, err = run_cli(capsys, "interpreter", "book", vault, "C-0004", "--event",
                             str(event_id), "--language", "Ukrainian", "--provider", "vendor",
                             "--mode", "phone", "--user", "ben")
    assert code != 0 and out == "" and "may not" in err
    code, out, err = run_cli(capsys, "interpreter", "book", vault, "C-0004", "--event",
                             str(event_id), "--language", " ", "--provider", "vendor",
                             "--mode", "phone", "--user", "ana")
    assert code == 2 and out == "" and "language" in err
    code, _out, err = run_cli(capsys, "interpreter", "book", vault, "C-0001", "--event",
                              str(event_id), "--language", "Spanish", "--provider", "vendor",
                              "--mode", "phone", "--user", "ana")
    assert code == 2 and "no event" in err.lower()
    code, _out, err = run_cli(capsys, "interpreter", "confirm", vault, "987654", "--reference",
                              "X", "--user", "ana")
    assert code == 2 and "no interpreter booking" in err
    listed = _cli(capsys, "list", vault, "C-0004", "--user", "ana")
    assert [b for b in listed["bookings"] if b["event_id"] == event_id] == []
