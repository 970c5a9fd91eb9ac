"""Unlock screen: right and wrong passphrases, and the growing delay after several tries."""

from __future__ import annotations

import pytest

from tests.ui.conftest import Opener
from tests.vault_fixtures import ANA_PASSPHRASE
from ui.unlock_view import UnlockView, delay_after


@pytest.fixture
def view(qtbot, vault_path):
    opener = Opener()
    widget = UnlockView(str(vault_path), open_fn=opener, banner="Demo: users ana, ben")
    qtbot.addWidget(widget)
    widget.opener = opener
    yield widget
    for vault in opener.opened:
        vault.lock()


def _try(qtbot, view, passphrase: str, signal: str) -> None:
    view.user.setText("ana")
    view.passphrase.setText(passphrase)
    with qtbot.waitSignal(getattr(view, signal), timeout=5000):
        view.button.click()


def test_unlock_view_right_passphrase_emits_vault(qtbot, view):
    with qtbot.waitSignal(view.unlocked, timeout=5000) as blocker:
        view.user.setText("ana")
        view.passphrase.setText(ANA_PASSPHRASE)
        view.passphrase.returnPressed.emit()
    assert blocker.args[0] is view.opener.opened[-1] and blocker.args[0].user.name == "ana"
    assert view.passphrase.text() == ""


def test_unlock_view_wrong_passphrase_says_so_at_once(qtbot, view):
    _try(qtbot, view, "nope nope nope", "failed")
    assert "Wrong user name or passphrase" in view.message.text()
    assert view.button.isEnabled() and view.waiting_seconds() == 0
    assert view.passphrase.text() == ""
    assert not view.banner.isHidden() and "ana" in view.banner.text()


def test_unlock_view_delays_after_three_failures(qtbot, view):
    for _ in range(3):
        _try(qtbot, view, "nope nope nope", "failed")
    assert view.waiting_seconds() == 2
    assert not view.button.isEnabled() and not view.passphrase.isEnabled()
    assert "Try again in 2 seconds" in view.message.text()
    calls = view.opener.calls
    view.try_unlock()  # ignored while waiting
    assert view.opener.calls == calls
    qtbot.waitUntil(lambda: view.button.isEnabled(), timeout=4000)
    assert "try again now" in view.message.text()


def test_unlock_view_asks_for_missing_fields(qtbot, view):
    view.try_unlock()
    assert view.opener.calls == 0
    assert "Enter your user name" in view.message.text()


@pytest.mark.parametrize(("failures", "seconds"), [(1, 0), (2, 0), (3, 2), (4, 4), (5, 8), (20, 60)])
def test_unlock_delay_after_grows_and_caps(failures, seconds):
    assert delay_after(failures) == seconds
