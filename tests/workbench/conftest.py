"""Fixtures for CLI tests: the demo vault built once per session, copied per test."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from workbench.demo import DEMO_PASSPHRASE, build_demo

DEMO_TODAY = date(2026, 11, 27)
DEMO_NOW = datetime(2026, 11, 27, 18, tzinfo=UTC)  # the operations' clock on DEMO_TODAY


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo vault built once (fast KDF profile, fixed today)."""
    path = tmp_path_factory.mktemp("demo-template") / "vault"
    build_demo(path, today=DEMO_TODAY, kdf_profile="fast")
    return path


@pytest.fixture(scope="session")
def small_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo vault without its generated program caseload (the six hand-written cases),
    built once: for tests that move every case (a hub push takes about a second per 8 cases)."""
    path = tmp_path_factory.mktemp("small-demo-template") / "vault"
    build_demo(path, today=DEMO_TODAY, kdf_profile="fast", program_caseload=False)
    return path


def _private_copy(template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "vault"
    shutil.copytree(template, path)
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", DEMO_PASSPHRASE)
    monkeypatch.setenv("WORKBENCH_TODAY", DEMO_TODAY.isoformat())
    monkeypatch.delenv("WORKBENCH_USER", raising=False)
    return path


@pytest.fixture
def demo_vault(demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the demo vault, with the CLI's passphrase and today set."""
    return _private_copy(demo_template, tmp_path, monkeypatch)


@pytest.fixture
def small_demo_vault(small_demo_template: Path, tmp_path: Path,
                     monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the small demo vault (six cases), with the CLI's passphrase and today."""
    return _private_copy(small_demo_template, tmp_path, monkeypatch)


@pytest.fixture
def as_user(demo_vault: Path) -> Iterator[Callable[[str], Any]]:
    """``as_user(name)``: an operations Context on the demo vault as that demo user, today
    DEMO_TODAY and now DEMO_NOW; every vault it opened is locked at the end."""
    from models.vault import open_vault
    from workbench.operations.context import Context

    opened = []

    def make(name: str) -> Context:
        vault = open_vault(demo_vault, user=name, passphrase=DEMO_PASSPHRASE)
        opened.append(vault)
        return Context(vault, today=lambda: DEMO_TODAY, now=lambda: DEMO_NOW)

    yield make
    for vault in opened:
        vault.lock()


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process; return (exit code, stdout, stderr)."""
    from workbench.cli import run

    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
