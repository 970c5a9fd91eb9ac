"""UI test helpers: a small in-memory fake vault, fixed clocks, private settings files."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from models.errors import NotFound, VaultLocked, WrongPassphrase
from models.records import Case, CaseSummary, Category, Event, EventKind, Role, User

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TODAY = date(2026, 5, 4)
CANARY = "Zofia Ærøskøbing-Canary"  # a case name that must vanish from widgets on lock


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Ignore one harmless message of the offscreen platform (dock widgets ask to resize)."""
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(
                pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
            )


class FakeStore:
    """Just the store methods the shell uses, over lists."""

    def __init__(self, vault: FakeVault) -> None:
        self._vault = vault
        self.cases: list[Case] = []
        self.events: list[Event] = []

    def _check(self) -> None:
        if self._vault.locked:
            raise VaultLocked("locked")

    def add_case(self, display_name: str, **fields: object) -> Case:
        self._check()
        case = Case(len(self.cases) + 1, f"C-{len(self.cases) + 1:04d}", display_name, **fields)
        self.cases.append(case)
        return case

    def get_case(self, case_id: int) -> Case:
        self._check()
        for case in self.cases:
            if case.id == case_id:
                return case
        raise NotFound("no such case")

    def list_cases(self) -> list[Case]:
        self._check()
        return list(self.cases)

    def add_event(self, case_id: int, kind: EventKind, title: str, category: Category,
                  **fields: object) -> Event:
        self._check()
        event = Event(len(self.events) + 1, case_id, kind, title, category, **fields)
        self.events.append(event)
        return event

    def list_events(self, case_id=None, start=None, end=None) -> list[Event]:
        self._check()
        return [e for e in self.events if case_id is None or e.case_id == case_id]

    def caseload(self, today: date) -> list[CaseSummary]:
        self._check()
        out = []
        for case in self.cases:
            days = [e.due for e in self.events if e.case_id == case.id and e.due]
            upcoming = sorted(d for d in days if d >= today)
            out.append(CaseSummary(case, upcoming[0] if upcoming else None,
                                   sum(1 for d in days if d < today), len(days)))
        return out

    def list_closures(self) -> list:
        return []

    def list_matters(self, case_id: int) -> list:
        return []


class FakeVault:
    """Records lock() calls; the store refuses work once locked."""

    def __init__(self, user: str = "ana", role: Role = Role.ADVOCATE) -> None:
        self.user = User(1, user, role)
        self.locked = False
        self.lock_calls = 0
        self.store = FakeStore(self)

    def lock(self) -> None:
        self.locked = True
        self.lock_calls += 1


def seed(vault: FakeVault) -> FakeVault:
    """Three cases, deadlines around TODAY (one overdue)."""
    store = vault.store
    a = store.add_case(CANARY, assigned_to=("ana",), languages=("pl",))
    b = store.add_case("Rosa M.", assigned_to=("cam",))
    store.add_case("Lin", assigned_to=("ana", "ben"))
    store.add_event(a.id, EventKind.LEGAL_DEADLINE, "File I-914", Category.IMMIGRATION,
                    due=TODAY + timedelta(days=3))
    store.add_event(b.id, EventKind.LEGAL_DEADLINE, "Serve TRO", Category.PROTECTIVE_ORDER,
                    due=TODAY - timedelta(days=2))
    store.add_event(b.id, EventKind.COURT_HEARING, "DVRO hearing", Category.PROTECTIVE_ORDER,
                    start=datetime(2026, 5, 10, 9, tzinfo=ZoneInfo("UTC")))
    return vault


class FakeOpener:
    """open_fn for UnlockView: the passphrase "correct horse battery" opens ``vault``."""

    PASSPHRASE = "correct horse battery"

    def __init__(self, vault: FakeVault) -> None:
        self.vault = vault
        self.calls = 0

    def __call__(self, path: str, user: str, passphrase: str) -> FakeVault:
        self.calls += 1
        if passphrase != self.PASSPHRASE or user != self.vault.user.name:
            raise WrongPassphrase()
        self.vault.locked = False
        return self.vault


@pytest.fixture
def fake_vault() -> FakeVault:
    return seed(FakeVault())


@pytest.fixture
def recent(tmp_path):
    from ui.vault_picker import RecentVaults

    return RecentVaults(tmp_path / "config" / "workbench.ini")


@pytest.fixture
def shell(qtbot, fake_vault, recent):
    """An unlocked MainWindow over the fake vault, with a short idle timeout."""
    from ui.main_window import MainWindow

    opener = FakeOpener(fake_vault)
    window = MainWindow("/nonexistent/vault", recent=recent, open_fn=opener, idle_ms=60_000,
                        today=lambda: TODAY)
    qtbot.addWidget(window)
    window.set_vault(fake_vault)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
    window.show()
    qtbot.waitExposed(window)
    window.opener = opener
    yield window
    window.lock_manager.shutdown()


def case_replace(case: Case, **kw: object) -> Case:
    return replace(case, **kw)
