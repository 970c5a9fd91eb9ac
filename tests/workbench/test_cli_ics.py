"""`workbench ics`: JSON and words, overwrite, bad input and exit codes, and the file imported
into khal (a real calendar client nobody here wrote): what khal lists equals the timeline, and
importing a newer export updates the events instead of duplicating them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from exports.ics_items import record_key, uid_for, uid_key
from models.records import EventStatus
from models.vault import open_vault
from tests.workbench.conftest import DEMO_NOW, DEMO_TODAY, run_cli
from timeline.lanes import Shape, TimelineEntry
from workbench.demo import DEMO_PASSPHRASE
from workbench.operations import dates
from workbench.operations.calendar_export import vault_identity
from workbench.operations.context import Context
from workbench.operations.views import timeline_for

Capsys = pytest.CaptureFixture[str]
FROM, TO = date(2026, 9, 1), date(2027, 6, 1)
KHAL = shutil.which("khal")


def _ics(capsys: Capsys, vault: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    return run_cli(capsys, "ics", str(vault), "--user", "sam", "--out", str(out), *extra)


def test_ics_json_is_the_issues_shape(capsys: Capsys, demo_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "calendar.ics"
    code, text, err = _ics(capsys, demo_vault, out, "--case", "C-0001", "--json")
    data = json.loads(text)
    assert (code, err) == (0, "")
    assert data == {"out": str(out), "events": data["events"], "cases": 1,
                    "detail": "generic", "disclosure": False}
    assert data["events"] > 10 and out.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_ics_says_what_the_file_holds_and_that_full_is_a_disclosure(
        capsys: Capsys, demo_vault: Path, tmp_path: Path) -> None:
    code, text, _ = _ics(capsys, demo_vault, tmp_path / "a.ics", "--case", "C-0002")
    assert code == 0 and "detail generic" in text and "Not a disclosure" in text
    code, text, _ = _ics(capsys, demo_vault, tmp_path / "b.ics", "--case", "C-0002",
                         "--detail", "full", "--purpose", "court diary")
    assert code == 0 and "Recorded as a disclosure" in text
    vault = open_vault(demo_vault, user="sam", passphrase=DEMO_PASSPHRASE)
    try:
        case = vault.store.get_case_by_ref("C-0002")
        logged = vault.store.list_disclosures(case.id)[-1]
        assert (logged.recipient, logged.purpose) == ("calendar export", "court diary")
    finally:
        vault.lock()


def test_ics_refuses_to_overwrite_without_force(capsys: Capsys, demo_vault: Path,
                                                tmp_path: Path) -> None:
    out = tmp_path / "mine.ics"
    out.write_bytes(b"not ours")
    code, _, err = _ics(capsys, demo_vault, out)
    assert code == 2 and "already exists" in err and out.read_bytes() == b"not ours"
    code, _, _ = _ics(capsys, demo_vault, out, "--force", "--case", "C-0003")
    assert code == 0 and out.read_bytes().startswith(b"BEGIN:VCALENDAR")


@pytest.mark.parametrize(("extra", "code", "words"), [
    (("--from", "2026-13-01"), 2, "--from: '2026-13-01' is not a date"),
    (("--from", "2026-12-02", "--to", "2026-12-01"), 2, "after its end"),
    (("--case", "C-9999"), 2, ""),
    (("--staff", "zed"), 2, "no staff member"),
    (("--detail", "everything"), 2, "invalid choice"),
])
def test_ics_bad_input_is_named_with_exit_2(capsys: Capsys, demo_vault: Path, tmp_path: Path,
                                            extra: tuple[str, ...], code: int,
                                            words: str) -> None:
    out = tmp_path / "x.ics"
    if extra[0] == "--detail":
        with pytest.raises(SystemExit) as raised:
            _ics(capsys, demo_vault, out, *extra)
        assert raised.value.code == code and words in capsys.readouterr().err
    else:
        got, _, err = _ics(capsys, demo_vault, out, *extra)
        assert got == code and words in err and err.startswith("workbench: ")
    assert not out.exists()


def test_ics_full_without_the_export_permission_exits_5(capsys: Capsys, demo_vault: Path,
                                                        tmp_path: Path) -> None:
    out = tmp_path / "x.ics"
    code, _, err = run_cli(capsys, "ics", str(demo_vault), "--user", "ana", "--out", str(out),
                           "--detail", "full")
    assert code == 5 and "export" in err and not out.exists()


# -- a real calendar client --------------------------------------------------------------------

class Khal:
    """khal with a private config, vdir and cache under ``root`` (nothing in $HOME)."""

    def __init__(self, root: Path) -> None:
        self.vdir = root / "vdir"
        self.vdir.mkdir(parents=True)
        self.config = root / "khal.conf"
        self.config.write_text(
            "[calendars]\n[[wb]]\npath = {vdir}\ntype = calendar\n"
            "[locale]\nlocal_timezone = UTC\ndefault_timezone = UTC\n"
            "timeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
            "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n"
            "[sqlite]\npath = {db}\n[default]\ndefault_calendar = wb\n".format(
                vdir=self.vdir, db=root / "khal.db"), "utf-8")
        self.env = {**os.environ, "HOME": str(root), "XDG_CONFIG_HOME": str(root),
                    "XDG_DATA_HOME": str(root)}

    def run(self, *args: str) -> str:
        assert KHAL is not None
        done = subprocess.run([KHAL, "--config", str(self.config), *args], env=self.env,
                              capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def import_file(self, path: Path) -> None:
        self.run("import", "--batch", "-a", "wb", str(path))

    def listed(self) -> dict[tuple[str, str], str]:
        """{(uid, start): status} of every occurrence khal lists from FROM to TO."""
        text = self.run("list", "--day-format", "", "--format", "{uid}|{start}|{status}",
                        FROM.isoformat(), TO.isoformat())
        out = {}
        for line in filter(None, text.splitlines()):
            uid, start, status = line.split("|")
            if start[:10] >= FROM.isoformat():
                out[(uid, start)] = status.strip()
        return out

    def files(self) -> int:
        return len(list(self.vdir.glob("*.ics")))


def _shown(entry: TimelineEntry) -> str:
    """How khal (zone UTC) shows the timeline engine's date of an entry."""
    if not entry.all_day:
        return entry.start.astimezone(UTC).strftime("%Y-%m-%d %H:%M")
    safe = entry.safe_day if entry.safe_day and entry.safe_day < entry.day else None
    day = safe if safe is not None and entry.shape is not Shape.WINDOW else entry.start.date()
    return day.isoformat()


def _timeline(demo_vault: Path, refs: list[str]) -> dict[tuple[str, str], TimelineEntry]:
    vault = open_vault(demo_vault, user="sam", passphrase=DEMO_PASSPHRASE)
    try:
        ctx = Context(vault, today=lambda: DEMO_TODAY, now=lambda: DEMO_NOW)
        key = uid_key(vault_identity(ctx))
        out = {}
        for ref in refs:
            case = ctx.store.get_case_by_ref(ref)
            for entry in timeline_for(ctx, case_id=case.id, start=FROM, end=TO).entries:
                out[(uid_for(key, record_key(entry)), _shown(entry))] = entry
        return out
    finally:
        vault.lock()


@pytest.mark.skipif(KHAL is None, reason="khal is not installed "
                    "(tests/tools/ensure_system_tools.sh installs it for make test)")
def test_khal_lists_what_the_timeline_holds_and_a_reimport_updates(
        capsys: Capsys, demo_vault: Path, tmp_path: Path) -> None:
    khal = Khal(tmp_path / "khal")
    refs = ["C-0001", "C-0002"]  # a series across DST with an EXDATE; two-reading deadline
    for ref in refs:
        code, _, err = _ics(capsys, demo_vault, tmp_path / f"{ref}.ics", "--case", ref)
        assert (code, err) == (0, "")
        khal.import_file(tmp_path / f"{ref}.ics")
    expected = _timeline(demo_vault, refs)
    listed = khal.listed()
    assert set(listed) == set(expected)
    assert len(expected) > 30 and set(listed.values()) == {"CONFIRMED"}
    files = khal.files()

    vault = open_vault(demo_vault, user="sam", passphrase=DEMO_PASSPHRASE)
    try:
        ctx = Context(vault, today=lambda: DEMO_TODAY, now=lambda: datetime.now(UTC))
        case = ctx.store.get_case_by_ref("C-0001")
        hearing = next(e for e in ctx.store.list_events(case_id=case.id)
                       if e.title == "Master calendar hearing")
        dates.update_event(ctx, event_id=hearing.id, status=EventStatus.CANCELLED)
        uid = uid_for(uid_key(vault_identity(ctx)), f"event:{hearing.id}")
    finally:
        vault.lock()
    code, _, _ = _ics(capsys, demo_vault, tmp_path / "C-0001.ics", "--case", "C-0001",
                      "--force")
    assert code == 0
    khal.import_file(tmp_path / "C-0001.ics")
    assert khal.files() == files  # updated in place: no duplicate
    relisted = khal.listed()
    assert set(relisted) == set(listed)
    assert {s for (u, _), s in relisted.items() if u == uid} == {"CANCELLED"}
