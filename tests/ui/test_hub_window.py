"""The window on a hub (real PostgreSQL): Connect to a hub…, live updates from another
workstation, the reconnecting state after a server restart, and stale edits in a dialog."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QDialog

from models import hub as hubs
from models.pg_cluster import Cluster
from models.records import Category, EventKind
from tests.hub_fixtures import PASSPHRASES
from tests.ui.conftest import TODAY
from ui.editors.case_dialogs import EditCaseDialog
from ui.editors.legal_dialogs import HearingDialog
from ui.hub_connect_dialog import HubConnectDialog
from ui.main_window import MainWindow, page_name
from ui.session import UiSession
from ui.timeline_tab import TimelineTab
from ui.vault_picker import RecentVaults
from workbench.app import start_window
from workbench.operations import cases, dates

NY = ZoneInfo("America/New_York")
ACCEPTED = QDialog.DialogCode.Accepted


def _window(qtbot, tmp_path: Path, **options) -> MainWindow:
    window = MainWindow(recent=RecentVaults(tmp_path / "settings.ini"),
                        today=lambda: TODAY, **options)
    qtbot.addWidget(window)
    return window


def _on_hub(qtbot, window: MainWindow, hub: hubs.Hub, address: str) -> MainWindow:
    window._on_hub_opened(hub, address)
    assert window.wait_loaded()
    assert window.live is not None
    qtbot.waitUntil(lambda: window.live is not None and window.live.state == "connected",
                    timeout=10_000)
    return window


def _hearing(ctx, case_id: int, title: str = "Master calendar hearing", **fields):
    start = datetime.combine(TODAY + timedelta(days=3), datetime.min.time(), NY).replace(hour=9)
    return dates.add_event(ctx, case_id=case_id, kind=EventKind.COURT_HEARING, title=title,
                           category=Category.IMMIGRATION, start=start,
                           end=start + timedelta(hours=1), tz="America/New_York",
                           **fields).value


# -- Connect to a hub… -------------------------------------------------------------------------
@pytest.mark.parametrize(("address", "user", "passphrase", "said"), [
    ("", "adam", "pass", "Enter the hub's address"),
    ("/home/adam/vault", "adam", "pass", "starts with postgresql://"),
    ("postgresql://adam:secret@hub.example.org/wb", "adam", "pass", "no password"),
    ("postgresql://adam@hub.example.org/wb", "adam", "pass", "no user name"),
    ("postgresql://hub.example.org/", "adam", "pass", "needs a database name"),
    ("postgresql://hub.example.org:eighty/wb", "adam", "pass", "port is not a number"),
    ("postgresql://hub.example.org/wb?sslmode=disable", "adam", "pass", "verify-full"),
    ("postgresql://hub.example.org/wb?options=-c", "adam", "pass", "parameters"),
    ("postgresql://hub.example.org/wb", "", "pass", "Enter your user name"),
    ("postgresql://hub.example.org/wb", "adam", "", "Enter your passphrase"),
])
def test_hub_connect_dialog_names_each_bad_input(qtbot, address, user, passphrase, said):
    opened = []
    dialog = HubConnectDialog(open_fn=lambda *a: opened.append(a))
    qtbot.addWidget(dialog)
    dialog.address.setText(address)
    dialog.user.setText(user)
    dialog.passphrase.setText(passphrase)
    dialog.connect_button.click()
    assert said in dialog.message.text() and dialog.message.text().startswith("⚠")
    assert opened == [] and not dialog.busy and dialog.result() != ACCEPTED


def test_hub_connect_dialog_asks_for_a_database_password_only_when_the_server_does(qtbot):
    from models.errors import HubAsksForPassword

    calls = []

    def open_fn(address, user, passphrase, password):
        calls.append(password)
        if password is None:
            raise HubAsksForPassword("The hub at postgresql://hub.example.org/wb asks for a "
                                     "password")
        return object()

    dialog = HubConnectDialog(open_fn=open_fn)
    qtbot.addWidget(dialog)
    assert not dialog.needs_password()
    dialog.address.setText("postgresql://hub.example.org/wb")
    dialog.user.setText("adam")
    dialog.passphrase.setText("adam's hub passphrase")
    dialog.connect_button.click()
    assert dialog.busy and dialog.progress.isVisibleTo(dialog)  # busy while connecting
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.needs_password() and "asks for a database password" in dialog.message.text()
    assert dialog.passphrase.text() == ""  # typed again with the password
    dialog.passphrase.setText("adam's hub passphrase")
    dialog.connect_button.click()
    assert "asks for a database password: enter it" in dialog.message.text()
    dialog.db_password.setText("db secret")
    with qtbot.waitSignal(dialog.hub_opened):
        dialog.connect_button.click()
    assert calls == [None, "db secret"] and dialog.result() == ACCEPTED
    assert dialog.db_password.text() == "" and dialog.passphrase.text() == ""


def test_hub_connect_dialog_connects_and_the_window_works_on_the_hub(qtbot, tmp_path, new_hub):
    hub, _code, url = new_hub
    cases.add_case(UiSession(hub, today=lambda: TODAY), display_name="Hub Canary")
    window = _window(qtbot, tmp_path)
    assert window.picker.hub_button.text() == "Connect to a &hub…"
    window.picker.hub_button.click()
    dialog = window.hub_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.address.setText(url)
    dialog.user.setText("ana")
    dialog.passphrase.setText("not ana's passphrase")
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert "Wrong user name or passphrase" in dialog.message.text()
    dialog.passphrase.setText(PASSPHRASES["ana"])
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: page_name(window) == "work", timeout=10_000)
    assert window.wait_loaded()
    assert window.work.caseload.model.rowCount() == 1
    assert window.windowTitle() == "Workbench"
    qtbot.waitUntil(lambda: window.hub_state.text() == "Hub: connected", timeout=10_000)
    assert window.recent.paths() == [url]  # the address only
    stored = (tmp_path / "settings.ini").read_text()
    assert "ana" not in stored.replace(url, "") and "Canary" not in stored
    window.lock()
    assert window.live is None and window.is_locked()
    window.lock_screen.passphrase.setText(PASSPHRASES["ana"])  # the lock screen reopens the hub
    window.lock_screen.try_unlock()
    qtbot.waitUntil(lambda: page_name(window) == "work", timeout=10_000)
    assert window.live is not None
    window.lock()


def test_hub_recent_address_opens_the_connect_dialog(qtbot, tmp_path):
    recent = RecentVaults(tmp_path / "settings.ini")
    recent.add("postgresql://hub.example.org/wb")
    window = _window(qtbot, tmp_path)
    window.picker.reload()
    window.picker.list.itemActivated.emit(window.picker.list.item(0))
    assert window.hub_dialog is not None
    assert window.hub_dialog.address.text() == "postgresql://hub.example.org/wb"
    assert page_name(window) == "picker"


def test_hub_start_window_takes_a_hub_address_and_user(qtbot):
    window = start_window("postgresql:///wb?host=/tmp/sock", user="adam")
    qtbot.addWidget(window)
    assert window.hub_dialog is not None
    assert window.hub_dialog.address.text() == "postgresql:///wb?host=/tmp/sock"
    assert window.hub_dialog.user.text() == "adam"


# -- live updates ------------------------------------------------------------------------------
def test_hub_window_shows_another_workstations_hearing_within_a_second(qtbot, tmp_path, new_hub,
                                                                       open_as):
    hub, _code, url = new_hub
    case = cases.add_case(UiSession(hub, today=lambda: TODAY), display_name="Live Canary").value
    advocate = UiSession(open_as("adam", "advocate"), today=lambda: TODAY)
    window = _on_hub(qtbot, _window(qtbot, tmp_path), open_as("cleo", "clinician"), url)
    workspace = window.work.open_case(case.id)
    timeline = next(t for t in workspace.tabs if isinstance(t, TimelineTab))
    workspace.setCurrentIndex(workspace.tabs.index(timeline))
    qtbot.waitUntil(lambda: not timeline.live.is_busy() and not window.is_loading(),
                    timeout=10_000)
    assert window.work.caseload.model.index(0, 2).data() == "—"
    refreshes = []
    window.live.refreshed.connect(refreshes.append)

    _hearing(advocate, case.id)  # another workstation records a hearing

    def shown() -> bool:
        agenda = [window.agenda.model.index(r, 0).data()
                  for r in range(window.agenda.model.rowCount())]
        return (window.work.caseload.model.index(0, 2).data() == str(TODAY + timedelta(days=3))
                and any("Master calendar hearing" in line for line in agenda)
                and "Master calendar hearing" in [e.title for e in timeline.view.entries()])

    qtbot.waitUntil(shown, timeout=1000)
    assert len(refreshes) == 1 and case.id in refreshes[0].case_ids


def test_hub_window_coalesces_a_burst_into_one_refresh(qtbot, tmp_path, new_hub, open_as):
    hub, _code, url = new_hub
    ctx = UiSession(hub, today=lambda: TODAY)
    case = cases.add_case(ctx, display_name="Burst Canary").value
    window = _on_hub(qtbot, _window(qtbot, tmp_path), open_as("cleo", "clinician"), url)
    refreshes = []
    window.live.refreshed.connect(refreshes.append)
    with hub.store.transaction():  # five notifications, delivered together at commit
        for n in range(5):
            _hearing(ctx, case.id, title=f"Hearing {n}")
    qtbot.waitUntil(lambda: bool(refreshes), timeout=1000)
    qtbot.wait(400)
    assert len(refreshes) == 1


# -- a dropped connection, a server restart ----------------------------------------------------
@pytest.fixture
def own_hub(pg_folder: Path) -> Iterator[tuple[Cluster, str, hubs.Hub]]:
    """A hub on a cluster of the test's own (to restart and stop it), ana its supervisor."""
    with Cluster.create(pg_folder) as cluster:
        cluster.create_role("ana")
        cluster.execute("ALTER ROLE ana LOGIN CREATEROLE")
        cluster.create_database("hub", owner="ana")
        url = f"postgresql:///hub?host={cluster.socket_dir}&port={cluster.port}"
        hub, _code = hubs.init_hub(url, "ana", "supervisor", PASSPHRASES["ana"],
                                   kdf_profile="fast")
        try:
            yield cluster, url, hub
        finally:
            hub.lock()


def test_hub_window_reconnects_after_a_server_restart_and_keeps_a_dialogs_input(
        qtbot, tmp_path, own_hub):
    cluster, url, hub = own_hub
    ctx = UiSession(hub, today=lambda: TODAY)
    case = cases.add_case(ctx, display_name="Restart Canary").value
    window = _on_hub(qtbot, _window(qtbot, tmp_path), hubs.open_hub(url, "ana", PASSPHRASES["ana"]),
                     url)
    states: list[str] = []
    window.live.state_changed.connect(states.append)
    refreshes = []
    window.live.refreshed.connect(refreshes.append)
    dialog = EditCaseDialog(window.session, window.session.store.get_case(case.id), window)
    qtbot.addWidget(dialog)
    dialog.show()

    cluster.stop()
    qtbot.waitUntil(lambda: not window.hub_banner.isHidden(), timeout=5000)
    assert "Reconnecting to the hub…" in window.hub_banner.text()
    assert window.hub_state.text() == "Hub: reconnecting…"
    dialog.pronouns.setText("she/her")
    dialog.accept()  # the server is down: refused, the form kept
    assert dialog.isVisible() and dialog.result() != ACCEPTED
    assert "cannot be reached" in dialog.general_error.text()
    assert dialog.pronouns.text() == "she/her"

    cluster.start()
    qtbot.waitUntil(lambda: states[-1:] == ["connected"], timeout=10_000)
    assert states == ["reconnecting", "connected"]
    assert window.hub_banner.isHidden() and window.hub_state.text() == "Hub: connected"
    assert window.statusBar().currentMessage().startswith("Connected to the hub again")
    assert refreshes and refreshes[-1].every_case  # what was missed meanwhile is read again
    dialog.accept()  # tried again: saved once, nothing half-written
    assert dialog.result() == ACCEPTED
    assert hub.store.get_case(case.id).pronouns == "she/her"

    cluster.restart()  # a restart while idle: reconnecting, then connected
    qtbot.waitUntil(lambda: states[-2:] == ["reconnecting", "connected"]
                    and len(states) == 4, timeout=10_000)
    # the other workstation's pooled connection may be one from before the restart: its first
    # write is then refused with "try again" (nothing written) and the retry goes through
    from models.errors import HubUnavailable

    try:
        _hearing(ctx, case.id, title="After the restart")
    except HubUnavailable as exc:
        assert "nothing of this change was written" in str(exc)
        assert not [e for e in hub.store.list_events(case.id) if e.title == "After the restart"]
        _hearing(ctx, case.id, title="After the restart")
    qtbot.waitUntil(lambda: any(case.id in r.case_ids for r in refreshes), timeout=1000)
    window.lock()


# -- stale edits -------------------------------------------------------------------------------
def test_hub_stale_edit_shows_the_other_change_and_keeps_input(qtbot, tmp_path, new_hub, open_as):
    hub, _code, url = new_hub
    ctx = UiSession(hub, today=lambda: TODAY)
    case = cases.add_case(ctx, display_name="Stale Canary").value
    hearing = _hearing(ctx, case.id, location="Room 2")
    other = UiSession(open_as("adam", "advocate"), today=lambda: TODAY)
    dialog = HearingDialog(ctx, case, hub.store.get_event(hearing.id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setText("Master calendar hearing (continued)")
    dates.update_event(other, event_id=hearing.id, version=hearing.version,
                       location="Court room 4")

    dialog.accept()
    assert dialog.result() != ACCEPTED and dialog.isVisible()
    said = dialog.general_error.text()
    assert "Someone else changed this since you opened it: Location is now 'Court room 4' " \
           "(you had 'Room 2')." in said
    assert "Your changes are kept below; save again to apply them on top." in said
    assert dialog.title_edit.text() == "Master calendar hearing (continued)"  # kept
    assert dialog.location.text() == "Court room 4"  # untouched here: theirs
    assert hub.store.get_event(hearing.id).title == "Master calendar hearing"  # nothing written

    dialog.accept()  # saving again goes on top of their version
    assert dialog.result() == ACCEPTED
    stored = hub.store.get_event(hearing.id)
    assert (stored.title, stored.location) == ("Master calendar hearing (continued)",
                                               "Court room 4")


def test_hub_stale_case_edit_keeps_both_changes(qtbot, new_hub, open_as):
    hub, _code, _url = new_hub
    ctx = UiSession(hub, today=lambda: TODAY)
    case = cases.add_case(ctx, display_name="Stale Case", pronouns="they/them").value
    other = UiSession(open_as("adam", "advocate"), today=lambda: TODAY)
    dialog = EditCaseDialog(ctx, hub.store.get_case(case.id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.safe_contact.setText("text only, after 6pm")
    cases.update_case(other, case_id=case.id, version=case.version, pronouns="she/her")
    dialog.accept()
    said = dialog.general_error.text()
    assert "Pronouns is now 'she/her' (you had 'they/them')" in said
    assert dialog.safe_contact.text() == "text only, after 6pm"
    assert dialog.pronouns.text() == "she/her"
    dialog.accept()
    assert dialog.result() == ACCEPTED
    stored = hub.store.get_case(case.id)
    assert (stored.pronouns, stored.safe_contact) == ("she/her", "text only, after 6pm")
