"""Fixtures for CLI tests: the demo vault built once per session, copied per test."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from workbench.demo import DEMO_PASSPHRASE, build_demo

DEMO_TODAY = date(2026, 11, 27)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo vault built once (fast KDF profile, fixed today)."""
    path = tmp_path_factory.mktemp("demo-template") / "vault"
    build_demo(path, today=DEMO_TODAY, kdf_profile="fast")
    return path


@pytest.fixture
def demo_vault(demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the demo vault, with the CLI's passphrase and today set."""
    path = tmp_path / "vault"
    shutil.copytree(demo_template, path)
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", DEMO_PASSPHRASE)
    monkeypatch.setenv("WORKBENCH_TODAY", DEMO_TODAY.isoformat())
    monkeypatch.delenv("WORKBENCH_USER", raising=False)
    return path


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process; return (exit code, stdout, stderr)."""
    from workbench.cli import run

    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
