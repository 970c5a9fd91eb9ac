"""Root fixtures: offscreen Qt, a fixed ``today``, and an encrypted template vault built once.

Opening costs a key derivation; copying a closed vault folder is cheap, so every test gets its
own copy of the session template (``vault_path``) and, if asked, that copy unlocked (``vault``).
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything can import Qt
# where a workstation remembers hub chain heads (models.hub_check): never the tester's own
os.environ["WORKBENCH_STATE_DIR"] = __import__("tempfile").mkdtemp(prefix="workbench-state-")

import shutil  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

import pytest  # noqa: E402

from tests.vault_fixtures import (  # noqa: E402
    ANA,
    ANA_PASSPHRASE,
    ANA_ROLE,
    BEN,
    BEN_PASSPHRASE,
    BEN_ROLE,
    KDF_PROFILE,
    TODAY,
)

if TYPE_CHECKING:
    from models.vault import Vault

pytest_plugins = ["tests.pg_fixtures", "tests.hub_fixtures"]  # pg_cluster (one PostgreSQL server per session), pg_database


@dataclass(frozen=True)
class TemplateVault:
    """The closed session template: its folder and its recovery code."""

    path: Path
    recovery_code: str


@pytest.fixture
def today() -> date:
    """The fixed day every test runs on."""
    return TODAY


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> TemplateVault:
    """An empty vault with users ana (advocate) and ben (clinician), created once and locked."""
    from models.vault import create_vault

    path = tmp_path_factory.mktemp("template") / "vault"
    vault, code = create_vault(path, ANA, ANA_ROLE, ANA_PASSPHRASE, kdf_profile=KDF_PROFILE)
    try:
        vault.add_user(BEN, BEN_ROLE, BEN_PASSPHRASE)
    finally:
        vault.lock()
    return TemplateVault(path, code)


@pytest.fixture
def recovery_code(template_vault: TemplateVault) -> str:
    """The recovery code of every copy of the template vault."""
    return template_vault.recovery_code


@pytest.fixture
def vault_path(template_vault: TemplateVault, tmp_path: Path) -> Path:
    """A private copy of the closed template vault folder."""
    path = tmp_path / "vault"
    shutil.copytree(template_vault.path, path)
    return path


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    """The private copy unlocked as ana; locked again at teardown."""
    from models.vault import open_vault

    opened = open_vault(vault_path, ANA, ANA_PASSPHRASE)
    try:
        yield opened
    finally:
        opened.lock()


# --- the cycle collector ---------------------------------------------------------------------
# As in the app (ui/collector.py): the automatic collector is off, so no pool thread can start
# a collection that frees a Qt object off its thread (a segfault seen in CI); the main thread
# collects what is due after each test.
def pytest_configure(config: pytest.Config) -> None:
    from ui.collector import collect_on_ui_thread_only

    collect_on_ui_thread_only()


@pytest.fixture(autouse=True)
def _cycles_collected_on_the_main_thread() -> Iterator[None]:
    from tests.collector_state import remove_ui_timer
    from ui.collector import collect_due

    yield
    remove_ui_timer()  # a window built by the test installed the app's timer: not between tests
    collect_due()


# --- the end of the run ---------------------------------------------------------------------
# PySide6 6.12 with pyqtgraph 0.14 (the dashboard's charts) sometimes aborts in the garbage
# collection of interpreter shutdown, after every test has run and been reported ("Fatal
# Python error: bool_dealloc", about 1 run in 2 of the ui/ tests touching the dashboard;
# pyqtgraph documents such exit crashes and offers pg.exit(), which skips that teardown). The
# run's result is decided by then, so once pyqtgraph is loaded the run ends with its own exit
# status without that teardown; the app does the same (workbench.app.exit_status).
_EXIT: dict[str, int] = {}


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _EXIT["status"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    import sys

    if "pyqtgraph" in sys.modules and "status" in _EXIT:  # else nothing to work around
        from workbench.app import exit_status

        exit_status(_EXIT["status"])
