"""UI test fixtures: a real encrypted vault per test (with a supervisor to seed any category
through the operations), fixed clocks, private settings files. No fake store: the widgets
read and write the same store, through the same operations, as the CLI."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from models.records import Case, Category, EventKind, Role
from tests.vault_fixtures import ANA, ANA_PASSPHRASE, BEN, BEN_PASSPHRASE
from ui.session import UiSession
from workbench.operations import cases, dates
from workbench.operations.context import Context

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TODAY = date(2026, 5, 4)
CANARY = "Zofia Ærøskøbing-Canary"  # a case name that must vanish from widgets on lock
SAM, SAM_ROLE, SAM_PASSPHRASE = "sam", Role.SUPERVISOR, "supervisor passphrase 2026"
CAM, CAM_ROLE, CAM_PASSPHRASE = "cam", Role.CASE_MANAGER, "case manager passphrase 2026"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Ignore one harmless message of the offscreen platform (dock widgets ask to resize)."""
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(
                pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
            )


@pytest.fixture(scope="session", autouse=True)
def english(qapp):  # noqa: ANN001 - pytest-qt's QApplication
    """The UI in English with its plural forms (ui/translations/workbench_en.qm), as the app
    starts when no other language is chosen; the .qm files are built first if `make
    translations` has not (or the .ts is newer)."""
    from ui.i18n import ENGLISH, TRANSLATIONS, install_language

    build_translations(TRANSLATIONS)
    install_language(qapp, ENGLISH)
    return qapp


def build_translations(folder: Path) -> None:
    """What `make translations` does: each .ts into its .qm, where missing or older."""
    import subprocess
    import sys

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in folder.glob("workbench_*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(scope="session")
def ui_template(template_vault, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session template (ana advocate, ben clinician) plus sam, a supervisor, and cam, a
    case manager."""
    from models.vault import open_vault

    path = tmp_path_factory.mktemp("ui-template") / "vault"
    shutil.copytree(template_vault.path, path)
    vault = open_vault(path, ANA, ANA_PASSPHRASE)
    try:
        vault.add_user(SAM, SAM_ROLE, SAM_PASSPHRASE)
        vault.add_user(CAM, CAM_ROLE, CAM_PASSPHRASE)
    finally:
        vault.lock()
    return path


@pytest.fixture
def vault_path(ui_template: Path, tmp_path: Path) -> Path:
    """A private copy of the UI template vault (the root ``vault`` fixture opens it as ana)."""
    path = tmp_path / "vault"
    shutil.copytree(ui_template, path)
    return path


def _opened(path: Path, user: str, passphrase: str, today: date) -> Iterator[Context]:
    from models.vault import open_vault

    vault = open_vault(path, user, passphrase)
    try:
        yield Context(vault, today=lambda: today)
    finally:
        vault.lock()


@pytest.fixture
def supervisor(vault_path: Path) -> Iterator[Context]:
    """The operations' context of sam (supervisor: writes every category) on the same vault,
    for seeding what the role under test may not write itself."""
    yield from _opened(vault_path, SAM, SAM_PASSPHRASE, TODAY)


@pytest.fixture
def clinician_vault(vault_path: Path):
    """The same vault unlocked as ben (clinician)."""
    from models.vault import open_vault

    vault = open_vault(vault_path, BEN, BEN_PASSPHRASE)
    try:
        yield vault
    finally:
        vault.lock()


@pytest.fixture
def case_manager_vault(vault_path: Path):
    """The same vault unlocked as cam (case manager)."""
    from models.vault import open_vault

    vault = open_vault(vault_path, CAM, CAM_PASSPHRASE)
    try:
        yield vault
    finally:
        vault.lock()


def seed(ctx: Context) -> list[Case]:
    """Three cases, deadlines around TODAY (one overdue), written through the operations."""
    a = cases.add_case(ctx, display_name=CANARY, assigned_to=("ana",), languages=("pl",)).value
    b = cases.add_case(ctx, display_name="Rosa M.", assigned_to=("cam",)).value
    c = cases.add_case(ctx, display_name="Lin", assigned_to=("ana", "ben")).value
    dates.add_event(ctx, case_id=a.id, kind=EventKind.LEGAL_DEADLINE, title="File I-914",
                    category=Category.IMMIGRATION, due=TODAY + timedelta(days=3),
                    assigned_to="ana")
    dates.add_event(ctx, case_id=b.id, kind=EventKind.LEGAL_DEADLINE, title="Serve TRO",
                    category=Category.PROTECTIVE_ORDER, due=TODAY - timedelta(days=2))
    dates.add_event(ctx, case_id=b.id, kind=EventKind.COURT_HEARING, title="DVRO hearing",
                    category=Category.PROTECTIVE_ORDER,
                    start=datetime(2026, 5, 10, 9, tzinfo=ZoneInfo("UTC")),
                    end=datetime(2026, 5, 10, 10, tzinfo=ZoneInfo("UTC")))
    return [a, b, c]


class Opener:
    """open_fn for UnlockView and the lock screen: the real ``open_vault``, counted."""

    def __init__(self) -> None:
        self.calls = 0
        self.opened: list[object] = []

    def __call__(self, path: str, user: str, passphrase: str) -> object:
        from models.vault import open_vault

        self.calls += 1
        vault = open_vault(path, user=user, passphrase=passphrase)
        self.opened.append(vault)
        return vault


@pytest.fixture
def recent(tmp_path):
    from ui.vault_picker import RecentVaults

    return RecentVaults(tmp_path / "config" / "workbench.ini")


@pytest.fixture
def shell(qtbot, vault, recent):
    """An unlocked MainWindow over a real vault holding the three seeded cases."""
    from ui.main_window import MainWindow

    seed(Context(vault, today=lambda: TODAY))
    opener = Opener()
    window = MainWindow(str(vault.path), recent=recent, open_fn=opener, idle_ms=60_000,
                        today=lambda: TODAY)
    qtbot.addWidget(window)
    window.set_vault(vault)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
    window.show()
    qtbot.waitExposed(window)
    window.opener = opener
    yield window
    window.lock_manager.shutdown()
    for opened in opener.opened:
        opened.lock()


DEMO_TODAY = date(2026, 12, 1)
DEMO_PASSPHRASE = "workbench demo 2026"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo vault (users ana, ben, cam, sam) built once for the UI tests, on 2026-12-01."""
    from workbench.demo import build_demo

    path = tmp_path_factory.mktemp("demo-ui") / "vault"
    build_demo(path, today=DEMO_TODAY, kdf_profile="fast")
    return path


def demo_session(demo_template: Path, tmp_path: Path, user: str) -> Iterator[UiSession]:
    """A private copy of the demo vault (one per user and test) unlocked as ``user``, as a UI
    session on the demo's day; locked afterwards. Fixtures ``yield from`` it."""
    from models.vault import open_vault

    path = tmp_path / f"demo-{user}"
    if not path.exists():
        shutil.copytree(demo_template, path)
    vault = open_vault(path, user, DEMO_PASSPHRASE)
    try:
        yield UiSession(vault, today=lambda: DEMO_TODAY)
    finally:
        vault.lock()


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[UiSession]:
    """A private copy of the demo vault unlocked as ana (advocate), as a UI session."""
    yield from demo_session(demo_template, tmp_path, "ana")

