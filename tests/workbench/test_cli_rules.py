"""`workbench rules`, `deadline` and `count` through the CLI."""

from __future__ import annotations

import json

import pytest

from tests.workbench.conftest import run_cli


def test_deadline_bia_appeal_rolls_over_christmas(capsys: pytest.CaptureFixture[str]) -> None:
    # IJ decision 2026-11-25: day 30 = 2026-12-25 (Christmas, Fri) -> Mon 2026-12-28
    code, out, err = run_cli(capsys, "deadline", "B-EOIR-BIA-APPEAL", "--trigger", "2026-11-25",
                             "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["rule"] == "B-EOIR-BIA-APPEAL"
    first = data["results"][0]
    assert first["date"] == "2026-12-28"
    assert first["kind"] == "due"
    assert any("2026-12-25" in step for step in data["steps"])
    assert data["sources"]


def test_count_court_days_skips_holiday(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "count", "3", "court-days", "--after", "2026-12-23",
                             "--jurisdiction", "federal", "--json")
    assert code == 0, err
    # Thu 24, (Fri 25 holiday, weekend), Mon 28, Tue 29
    assert json.loads(out)["results"][0]["date"] == "2026-12-29"


@pytest.mark.parametrize(
    "argv, needle",
    [
        (("deadline", "NO-SUCH-RULE", "--trigger", "2026-11-25"), "NO-SUCH-RULE"),
        (("deadline", "B-EOIR-BIA-APPEAL", "--trigger", "2026-02-30"), "2026-02-30"),
        (("deadline", "B-EOIR-BIA-APPEAL", "--trigger", "2026-11-25", "--jurisdiction", "XX"), "XX"),
        (("count", "3", "fortnights", "--after", "2026-11-25"), "fortnights"),
        (("count", "three", "days", "--after", "2026-11-25"), "three"),
        (("count", "249639", "court-days", "--after", "9000-01-01"), "too large"),
        (("count", "3", "years", "--after", "9998-06-01"), "9999"),
    ],
)
def test_rule_commands_bad_input_one_line_exit_2(capsys: pytest.CaptureFixture[str], argv, needle) -> None:
    code, out, err = run_cli(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and needle in err


def test_rules_json_lists_catalog_ids(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "rules", "--json")
    assert code == 0
    ids = {r["id"] for r in json.loads(out)}
    assert {"A-FRCP-6a1", "B-EOIR-BIA-APPEAL", "C-CA-DVRO-HEARING", "D-STA-70", "E-nPEP-FU"} <= ids


def _rule_ids() -> list[str]:
    from timeline.deadlines import list_rules

    return [r.id for r in list_rules()]


@pytest.mark.parametrize("rule_id", _rule_ids())
def test_every_catalog_rule_computes_with_explanation(capsys, rule_id: str) -> None:
    code, out, err = run_cli(capsys, "deadline", rule_id, "--trigger", "2026-11-25T10:00", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["results"] and data["steps"] and data["sources"]
    assert all(r["date"] and r["safe"] <= r["date"] for r in data["results"])
