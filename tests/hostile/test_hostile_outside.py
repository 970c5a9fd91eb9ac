"""Nothing outside the vault: logs, stderr, window titles, settings, recent-file lists and
export file names hold no case data after a scripted CLI + GUI session with forced exceptions.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication

from tests.hostile.canary_data import type_canary_case, write_import_file
from tests.hostile.metrics import METRICS
from tests.hostile.scan import CANARIES, scan, scan_names
from tests.vault_fixtures import ANA, ANA_PASSPHRASE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _leaks(text: str) -> list[str]:
    return [name for name, value in CANARIES.items() if value in text]


def test_leak_checker_positive_control(caplog):
    logging.getLogger("workbench.test").warning("opened %s", CANARIES["name_cjk"])
    assert _leaks(caplog.text) == ["name_cjk"]


def test_outside_scripted_session_with_forced_exceptions(supervisor, qtbot, vault_path, isolated, tmp_path,
                                                         monkeypatch, caplog, capfd):
    from exports.atomic import safe_packet_filename
    from workbench.app import build_main_window
    from workbench.cli import run

    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", ANA_PASSPHRASE)
    monkeypatch.setenv("WORKBENCH_USER", supervisor)
    source = write_import_file(tmp_path / "outside")
    assert run(["import", str(vault_path), str(source)]) == 0
    # forced exceptions whose text is case data: the CLI must not repeat it
    import models.interchange as interchange

    def explode(*_a, **_k):
        raise RuntimeError(f"boom {CANARIES['name_diacritics']} {CANARIES['note']}")

    monkeypatch.setattr(interchange, "export_data", explode)
    assert run(["export", str(vault_path), str(isolated.home / "x.json"), "--recipient", "X", "--purpose", "Y", "--plaintext"]) == 1
    monkeypatch.undo()
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", ANA_PASSPHRASE)
    monkeypatch.setenv("WORKBENCH_USER", supervisor)
    err = capfd.readouterr().err
    assert "internal error (RuntimeError)" in err
    assert run(["cases", str(vault_path), "--json"]) == 0
    out, err1 = capfd.readouterr()
    err += err1
    assert CANARIES["name_diacritics"] in out  # control: the data is there to leak
    # GUI: type the case, then make the store fail with case text in the exception
    window = build_main_window(vault_path, ANA, ANA_PASSPHRASE, idle_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    type_canary_case(qtbot, window)
    store = window.session.store
    monkeypatch.setattr(store, "caseload", explode)
    monkeypatch.setattr(store, "list_cases", explode)
    window.work.reload()
    qtbot.waitUntil(lambda: not window.work.is_loading(), timeout=5000)
    titles = " ".join(w.windowTitle() for w in QApplication.topLevelWidgets())
    recent = " ".join(window.recent.paths())
    window.lock()
    window.close()
    _out2, err2 = capfd.readouterr()
    assert _leaks(caplog.text) == []
    assert _leaks(err + err2) == []
    assert _leaks(titles) == [] and _leaks(recent) == []
    assert scan(isolated.roots) == []  # settings, QtProject.conf, caches, temp files
    name = safe_packet_filename(datetime.now(UTC), "court")
    assert _leaks(name) == [] and scan_names([vault_path, *isolated.roots]) == []
    METRICS["outside-the-vault sessions checked"] += 1


def test_outside_invalid_input_message_does_not_echo_case_text(supervisor, vault_path, tmp_path,
                                                               monkeypatch, capfd):
    from tests.hostile.canary_data import canary_import
    from workbench.cli import run

    data = canary_import()
    data["cases"][0]["date_of_birth"] = CANARIES["name_diacritics"]
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", ANA_PASSPHRASE)
    monkeypatch.setenv("WORKBENCH_USER", supervisor)
    assert run(["import", str(vault_path), str(source)]) == 2
    assert _leaks(capfd.readouterr().err) == []
