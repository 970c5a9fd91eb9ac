"""Hostile-conditions fixtures: an isolated HOME/XDG/TMPDIR per test, loop counts, metrics.

``make test`` runs short loops; ``WORKBENCH_LONG=1`` (``make test-long``) runs the full counts
of issue 6. Figures (crash runs, fuzz cases, canary checks, memory copies) are collected in
``METRICS`` and printed at the end of the run.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.hostile.metrics import LONG, METRICS, NOTES
from tests.hostile.scan import STATS

# the CLI suite's demo vault (users ana, ben, cam, sam), for the authorization tests
from tests.workbench.conftest import demo_template, demo_vault  # noqa: F401


@dataclass(frozen=True)
class IsolatedEnv:
    """Private HOME, XDG config/cache/data/runtime folders and TMPDIR for one test."""

    base: Path
    home: Path
    config: Path
    cache: Path
    data: Path
    tmp: Path

    @property
    def roots(self) -> list[Path]:
        """Every folder the canary sweep must search (QtProject.conf lives under config)."""
        return [self.home, self.config, self.cache, self.data, self.tmp]

    def environ(self) -> dict[str, str]:
        """The environment for a subprocess run inside this isolation."""
        env = dict(os.environ)
        env.update(HOME=str(self.home), XDG_CONFIG_HOME=str(self.config),
                   XDG_CACHE_HOME=str(self.cache), XDG_DATA_HOME=str(self.data),
                   TMPDIR=str(self.tmp), QT_QPA_PLATFORM="offscreen")
        env.pop("WORKBENCH_DEBUG", None)
        return env


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> IsolatedEnv:
    """Point HOME, XDG_* and TMPDIR (and Python's tempfile) at fresh folders for this test."""
    base = tmp_path / "env"
    dirs = {name: base / name for name in ("home", "config", "cache", "data", "tmp")}
    for d in dirs.values():
        d.mkdir(parents=True, mode=0o700)
    env = IsolatedEnv(base, **dirs)
    for key, value in env.environ().items():
        if os.environ.get(key) != value:
            monkeypatch.setenv(key, value)
    monkeypatch.setattr(tempfile, "tempdir", str(env.tmp))
    return env


@pytest.fixture
def supervisor(vault_path: Path) -> str:
    """Adds a supervisor (who may import and export whole cases) to ``vault_path``, with ana's
    passphrase so one WORKBENCH_PASSPHRASE serves both; returns the user name."""
    from models.records import Role
    from models.vault import open_vault
    from tests.vault_fixtures import ANA, ANA_PASSPHRASE

    with open_vault(vault_path, ANA, ANA_PASSPHRASE) as vault:
        vault.add_user("sam", Role.SUPERVISOR, ANA_PASSPHRASE)
    return "sam"


@pytest.fixture
def demo_copy(demo_template_hostile: Path, tmp_path: Path) -> Path:
    """A private copy of the demo vault (fictional cases, users ana/ben/cam/sam)."""
    path = tmp_path / "demo-vault"
    shutil.copytree(demo_template_hostile, path)
    return path


@pytest.fixture(scope="session")
def demo_template_hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo vault built once for this suite (fast KDF, fixed today)."""
    from tests.vault_fixtures import TODAY
    from workbench.demo import build_demo

    path = tmp_path_factory.mktemp("hostile-demo") / "vault"
    build_demo(path, today=TODAY, kdf_profile="fast")
    return path


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the issue-6 figures gathered while the hostile suite ran."""
    if not METRICS and not STATS["files_scanned"]:
        return
    tr = terminalreporter
    tr.section(f"hostile conditions ({'long' if LONG else 'short'} loops)")
    tr.write_line(f"canary checks: {STATS['canary_checks']}, files scanned: {STATS['files_scanned']}")
    for key in sorted(METRICS):
        tr.write_line(f"{key}: {METRICS[key]}")
    for note in NOTES:
        tr.write_line(note)
