"""The Qt-free display check behind `make run`: a clear line instead of a Qt abort."""

from __future__ import annotations

import pytest

from workbench.display import NO_DISPLAY, XCB_LIBRARIES, display_problem


def _all_libs(name: str) -> str:
    return f"lib{name}.so"


@pytest.mark.parametrize(
    ("env", "expected"),
    [({}, NO_DISPLAY), ({"QT_QPA_PLATFORM": "xcb"}, NO_DISPLAY),
     ({"QT_QPA_PLATFORM": "offscreen"}, None), ({"WAYLAND_DISPLAY": "w"}, None),
     ({"DISPLAY": ":0"}, None)],
)
def test_display_problem_by_environment(env, expected):
    assert display_problem(env, find_library=_all_libs) == expected


def test_display_problem_names_missing_x11_packages():
    missing = {"xcb-cursor", "xcb-icccm"}
    problem = display_problem({"DISPLAY": ":0"},
                              find_library=lambda n: None if n in missing else _all_libs(n))
    assert problem is not None and "apt-get install" in problem
    assert "libxcb-cursor0" in problem and "libxcb-icccm4" in problem
    assert "libxcb-keysyms1" not in problem
    assert set(XCB_LIBRARIES) >= missing


def test_cli_gui_without_display_exits_2_with_hint(monkeypatch, capsys):
    from workbench.cli import run

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert run(["demo-run", "never-built"]) == 2
    err = capsys.readouterr().err
    assert "xvfb-run make run" in err and err.count("\n") == 1
