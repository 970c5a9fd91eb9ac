"""Screening instruments as data and their scoring, against the published rules and bands."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from models.errors import InvalidInput
from timeline.screening import (
    NON_ANSWERS,
    Instrument,
    change,
    instrument,
    instruments,
    load_instruments,
    score,
)
from timeline.screening.instruments import _DATA, parse_instrument

PHQ9, GAD7, PCL5, AHTST = (instrument(i) for i in ("phq9", "gad7", "pcl5", "ahtst"))


def _answers(inst: Instrument, total: int, **extra: int | str) -> dict[str, int | str]:
    """Answers whose sum is ``total``: items filled in order, each up to its maximum."""
    out: dict[str, int | str] = {}
    left = total
    for item_id in inst.scored_items:
        top = max(inst.item(item_id).values)
        out[item_id] = min(left, top)
        left -= out[item_id]
    assert left == 0
    return out | extra


def _raw(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((_DATA / name).read_text(encoding="utf-8"))
    return data


# --- the data files -------------------------------------------------------------------------

def test_screening_data_files_validate_and_are_the_four_instruments() -> None:
    assert [(i.id, i.version) for i in instruments()] == [
        ("ahtst", "2018-01"), ("gad7", "1"), ("pcl5", "1"), ("phq9", "1")]
    assert (PHQ9.min_total, PHQ9.max_total) == (0, 27)
    assert (GAD7.min_total, GAD7.max_total) == (0, 21)
    assert (PCL5.min_total, PCL5.max_total) == (0, 80)
    assert (AHTST.min_total, AHTST.max_total) == (0, 8)


def test_screening_every_instrument_records_licence_and_sources() -> None:
    for inst in instruments():
        assert inst.licence.words and inst.licence.url.startswith("https://"), inst.id
        assert inst.sources and inst.scoring_source and inst.missing.source, inst.id
        assert inst.notes and inst.last_verified, inst.id


def test_screening_phq9_and_gad7_licence_words_are_the_published_statement() -> None:
    for inst in (PHQ9, GAD7):
        assert inst.licence.words.endswith(
            "No permission required to reproduce, translate, display or distribute.")
        assert inst.text_shipped and all(it.text for it in inst.items)


def test_screening_trafficking_screen_ships_structure_without_text() -> None:
    assert not AHTST.text_shipped and AHTST.licence.status == "not_verified"
    assert [it.id for it in AHTST.items] == [f"ahtst_{n}" for n in range(1, 9)]
    assert all(it.text is None and it.label == f"Screening question {it.number}" for it in AHTST.items)
    assert "NOT shipped" in AHTST.notes


def test_screening_item_text_matches_published_wording_spot_checks() -> None:
    assert PHQ9.item("phq9_9").text == (
        "Thoughts that you would be better off dead or of hurting yourself in some way")
    assert GAD7.item("gad7_1").text == "Feeling nervous, anxious or on edge"
    assert PCL5.item("pcl5_1").text == (
        "Repeated, disturbing, and unwanted memories of the stressful experience?")
    assert [p.label for p in PCL5.item("pcl5_20").scale] == [
        "Not at all", "A little bit", "Moderately", "Quite a bit", "Extremely"]


def test_screening_instrument_lookup_unknown_id_and_version() -> None:
    assert instrument("phq9", "1") is PHQ9
    with pytest.raises(InvalidInput, match="Unknown screening instrument 'bdi'.*phq9"):
        instrument("bdi")
    with pytest.raises(InvalidInput, match="PHQ-9 has no version '9'; shipped: 1"):
        instrument("phq9", "9")


# --- bands at every boundary ----------------------------------------------------------------

@pytest.mark.parametrize(("total", "band"), [
    (0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"), (14, "moderate"),
    (15, "moderately_severe"), (19, "moderately_severe"), (20, "severe"), (27, "severe")])
def test_screening_phq9_band_boundaries(total: int, band: str) -> None:
    # Kroenke et al. 2001: 5, 10, 15, 20 = mild, moderate, moderately severe, severe
    result = score(PHQ9, _answers(PHQ9, total))
    assert result.total == total and result.band is not None and result.band.id == band


@pytest.mark.parametrize(("total", "band"), [
    (0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"), (14, "moderate"),
    (15, "severe"), (21, "severe")])
def test_screening_gad7_band_boundaries(total: int, band: str) -> None:
    # Spitzer et al. 2006: cut-points 5, 10, 15 = mild, moderate, severe
    result = score(GAD7, _answers(GAD7, total))
    assert result.total == total and result.band is not None and result.band.id == band


@pytest.mark.parametrize(("total", "band"), [
    (0, "below_cutpoint"), (30, "below_cutpoint"), (31, "in_cutpoint_range"),
    (33, "in_cutpoint_range"), (34, "above_cutpoint"), (80, "above_cutpoint")])
def test_screening_pcl5_cutpoint_range_boundaries(total: int, band: str) -> None:
    # National Center for PTSD: a cutoff between 31-33 is indicative of probable PTSD
    result = score(PCL5, _answers(PCL5, total))
    assert result.total == total and result.band is not None and result.band.id == band


@pytest.mark.parametrize(("total", "band"), [(0, "negative"), (1, "positive"), (8, "positive")])
def test_screening_trafficking_screen_any_yes_is_positive(total: int, band: str) -> None:
    result = score(AHTST, _answers(AHTST, total))
    assert result.band is not None and result.band.id == band
    assert (result.band.action is not None) == (band == "positive")
    if band == "positive":
        assert "full trafficking assessment" in str(result.band.action)


# --- worked examples ------------------------------------------------------------------------

def test_screening_phq9_worked_example() -> None:
    # Kroenke 2001: total = sum of items 1-9: 1+2+0+3+1+0+2+1+0 = 10 -> moderate (10-14);
    # item 10 (difficulty) is not scored, so answering 3 there changes nothing
    values = [1, 2, 0, 3, 1, 0, 2, 1, 0]
    answers: dict[str, int | str] = {f"phq9_{n}": v for n, v in enumerate(values, 1)}
    result = score(PHQ9, answers | {"phq9_10": 3})
    assert (result.total, result.prorated, result.reason) == (10, False, None)
    assert result.band is not None and result.band.label == "Moderate"
    assert result.flags == () and result.answered == 9 and result.not_answered == 0


def test_screening_gad7_worked_example() -> None:
    # Spitzer 2006: 3+2+2+1+0+1+2 = 11 -> moderate (10-14)
    values = [3, 2, 2, 1, 0, 1, 2]
    result = score(GAD7, {f"gad7_{n}": v for n, v in enumerate(values, 1)})
    assert result.total == 11 and result.band is not None and result.band.id == "moderate"


def test_screening_pcl5_worked_example_with_cluster_sums() -> None:
    # NCPTSD: total = sum of 20 items; clusters B 1-5, C 6-7, D 8-14, E 15-20
    values = [4, 3, 2, 1, 0, 2, 3, 0, 1, 2, 3, 4, 0, 1, 2, 0, 4, 3, 1, 1]
    result = score(PCL5, {f"pcl5_{n}": v for n, v in enumerate(values, 1)})
    assert result.total == 37  # 10 + 5 + 11 + 11
    assert {s.id: s.total for s in result.subscales} == {"B": 10, "C": 5, "D": 11, "E": 11}
    assert result.band is not None and result.band.id == "above_cutpoint"
    # endorsed (>= 2): B items 1,2,3; C 6,7; D 10,11,12; E 15,17,18 -> rule met
    assert result.provisional is not None and result.provisional.status == "met"


# --- missing items --------------------------------------------------------------------------

def test_screening_phq9_one_missing_is_prorated() -> None:
    # 8 answered summing 11: 11 x 9 / 8 = 12.375 -> 12
    values: list[int | str] = [3, 3, 3, 2, 0, 0, 0, "skip", 0]
    answers = {f"phq9_{n}": v for n, v in enumerate(values, 1)}
    result = score(PHQ9, answers)
    assert (result.total, result.prorated, result.answered, result.not_answered) == (12, True, 8, 1)
    assert result.band is not None and result.band.id == "moderate"
    assert "11 x 9 / 8 = 12.375, rounded to 12" in str(result.note)


def test_screening_prorating_rounds_halves_up() -> None:
    # GAD-7, 6 answered summing 6: 6 x 7 / 6 = 7 exactly; summing 3: 3 x 7 / 6 = 3.5 -> 4
    answers: dict[str, int | str] = {f"gad7_{n}": 1 for n in range(1, 7)} | {"gad7_7": "not_today"}
    assert score(GAD7, answers).total == 7
    answers |= {"gad7_1": 0, "gad7_2": 0, "gad7_3": 0}
    result = score(GAD7, answers)
    assert result.total == 4 and result.band is not None and result.band.id == "minimal"


def test_screening_phq9_two_missing_gives_no_total_and_says_why() -> None:
    result = score(PHQ9, _answers(PHQ9, 6) | {"phq9_1": "skip", "phq9_2": "prefer_not_to_say"})
    assert result.total is None and result.band is None and not result.prorated
    assert result.reason == ("2 of 9 items were not answered (1 skipped, 1 prefer not to say); "
                             "PHQ-9 is scored with at most 1 missing, so no total is given.")
    assert result.unanswered_items == ("phq9_1", "phq9_2")


def test_screening_pcl5_two_missing_prorated_three_not() -> None:
    answers = {f"pcl5_{n}": 2 for n in range(1, 21)}
    two = score(PCL5, answers | {"pcl5_1": "skip", "pcl5_20": "skip"})
    assert two.total == 40 and two.prorated  # 36 x 20 / 18 = 40
    three = score(PCL5, answers | {"pcl5_1": "skip", "pcl5_2": "skip", "pcl5_20": "skip"})
    assert three.total is None and "PCL-5 is scored with at most 2 missing" in str(three.reason)


def test_screening_pcl5_cluster_with_missing_item_has_no_score() -> None:
    result = score(PCL5, {f"pcl5_{n}": 1 for n in range(1, 21)} | {"pcl5_6": "not_today"})
    clusters = {s.id: s for s in result.subscales}
    assert clusters["C"].total is None and "1 of 2 items not answered" in str(clusters["C"].reason)
    assert (clusters["B"].total, clusters["D"].total, clusters["E"].total) == (5, 7, 6)
    assert result.total == 20  # 19 x 20 / 19


@pytest.mark.parametrize("kind", NON_ANSWERS)
def test_screening_every_non_answer_is_counted_not_an_error(kind: str) -> None:
    result = score(GAD7, _answers(GAD7, 9) | {"gad7_7": kind})
    assert result.non_answers == ((kind, 1),) and result.not_answered == 1 and result.prorated


def test_screening_all_non_answers_and_absent_items_are_reported_by_kind() -> None:
    answers: dict[str, int | str] = {"phq9_1": "skip", "phq9_2": "not_today",
                                     "phq9_3": "prefer_not_to_say", "phq9_4": 1}
    result = score(PHQ9, answers)
    assert result.total is None and result.answered == 1 and result.not_answered == 8
    assert result.non_answers == (("skip", 1), ("not_today", 1), ("prefer_not_to_say", 1),
                                  ("not_recorded", 5))
    assert "(1 skipped, 1 not today, 1 prefer not to say, 5 not recorded)" in str(result.reason)


def test_screening_unscored_item_non_answer_does_not_count_as_missing() -> None:
    result = score(PHQ9, _answers(PHQ9, 3) | {"phq9_10": "skip"})
    assert (result.total, result.not_answered, result.prorated) == (3, 0, False)


def test_screening_trafficking_screen_missing_with_a_yes_is_still_positive() -> None:
    result = score(AHTST, _answers(AHTST, 0) | {"ahtst_3": 1, "ahtst_8": "prefer_not_to_say"})
    assert result.total is None and result.band is not None and result.band.id == "positive"
    assert "could change the result: Positive screen" in str(result.reason)


def test_screening_trafficking_screen_missing_without_a_yes_is_not_negative() -> None:
    result = score(AHTST, _answers(AHTST, 0) | {"ahtst_8": "not_today"})
    assert result.total is None and result.band is None
    assert "scored only when every item is answered" in str(result.reason)
    assert "depends on the unanswered items" in str(result.reason)


# --- invalid answers ------------------------------------------------------------------------

@pytest.mark.parametrize("bad", [4, -1, "yes", "", True, 1.0, None, "Skip"])
def test_screening_invalid_values_are_refused_naming_the_item(bad: Any) -> None:
    with pytest.raises(InvalidInput) as err:
        score(PHQ9, _answers(PHQ9, 0) | {"phq9_3": bad})
    assert str(err.value).startswith(f"PHQ-9 item 3 (phq9_3): {bad!r} is not an answer.")
    assert "0 Not at all" in str(err.value) and "prefer_not_to_say" in str(err.value)
    assert err.value.field == "phq9_3"


def test_screening_unknown_item_is_refused() -> None:
    with pytest.raises(InvalidInput, match="PHQ-9 has no item\\(s\\) 'phq9_11'"):
        score(PHQ9, _answers(PHQ9, 0) | {"phq9_11": 0})


def test_screening_trafficking_screen_refuses_a_phq_value() -> None:
    with pytest.raises(InvalidInput, match="AHTST item 1 .*0 No, 1 Yes"):
        score(AHTST, {"ahtst_1": 2})


# --- PHQ-9 item 9 ---------------------------------------------------------------------------

@pytest.mark.parametrize("value", [1, 2, 3])
def test_screening_phq9_item9_above_zero_raises_same_day_flag(value: int) -> None:
    result = score(PHQ9, _answers(PHQ9, 0) | {"phq9_9": value})
    assert [(f.flag, f.item, f.answer, f.due, f.owner) for f in result.flags] == [
        ("self_harm", "phq9_9", value, "same_day", "clinician")]
    assert "today" in result.flags[0].task


def test_screening_phq9_item9_zero_raises_no_flag() -> None:
    assert score(PHQ9, _answers(PHQ9, 27) | {"phq9_9": 0}).flags == ()


@pytest.mark.parametrize("kind", [*NON_ANSWERS, None])
def test_screening_phq9_item9_not_answered_raises_its_own_flag(kind: str | None) -> None:
    answers = _answers(PHQ9, 0)
    if kind is None:
        del answers["phq9_9"]  # not recorded at all
    else:
        answers["phq9_9"] = kind
    result = score(PHQ9, answers)
    assert [f.flag for f in result.flags] == ["self_harm_not_answered"]
    assert result.flags[0].due == "same_day" and "Ask item 9 again" in result.flags[0].task
    assert result.total == 0 and result.prorated


def test_screening_phq9_item9_flag_raised_even_without_a_total() -> None:
    result = score(PHQ9, {"phq9_9": 2})
    assert result.total is None and [f.flag for f in result.flags] == ["self_harm"]


# --- PCL-5 provisional DSM-5 rule -----------------------------------------------------------

def _pcl(endorsed: list[int], **extra: int | str) -> dict[str, int | str]:
    answers: dict[str, int | str] = {f"pcl5_{n}": (2 if n in endorsed else 1) for n in range(1, 21)}
    return answers | extra


def test_screening_pcl5_provisional_met_at_the_minimum() -> None:
    # 1 B (item 1), 1 C (6), 2 D (8, 9), 2 E (15, 16), each rated 2 = Moderately
    result = score(PCL5, _pcl([1, 6, 8, 9, 15, 16]))
    assert result.provisional is not None and result.provisional.status == "met"


def test_screening_pcl5_provisional_not_met_with_one_d_item() -> None:
    result = score(PCL5, _pcl([1, 6, 8, 15, 16]))
    assert result.provisional is not None and result.provisional.status == "not_met"
    assert "D has 1 endorsed of 2 needed" in result.provisional.reason


def test_screening_pcl5_provisional_undetermined_when_a_missing_item_could_decide() -> None:
    result = score(PCL5, _pcl([1, 8, 9, 15, 16], pcl5_7="skip"))
    assert result.provisional is not None and result.provisional.status == "undetermined"
    assert "C has 0 endorsed of 1 needed and 1 unanswered" in result.provisional.reason


def test_screening_pcl5_provisional_not_met_when_missing_items_cannot_help() -> None:
    # B, C, D are met; E has no item rated 2 or more and only item 20 unanswered: at most 1 of 2
    result = score(PCL5, _pcl([1, 6, 8, 9], pcl5_20="skip"))
    assert result.provisional is not None and result.provisional.status == "not_met"


# --- change ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("inst", "baseline", "latest", "direction", "meaningful"), [
    (PHQ9, 15, 10, "improving", True),  # 5 points: Löwe et al. 2004
    (PHQ9, 15, 11, "improving", False),
    (PHQ9, 10, 15, "worsening", True),
    (PHQ9, 12, 12, "flat", False),
    (GAD7, 12, 8, "improving", True),  # 4 points: Toussaint et al. 2020
    (GAD7, 12, 9, "improving", False),
    (PCL5, 50, 40, "improving", True),  # 10 points: National Center for PTSD
    (PCL5, 50, 41, "improving", False),
    (PCL5, 30, 40, "worsening", True),
])
def test_screening_change_at_the_meaningful_threshold(
        inst: Instrument, baseline: int, latest: int, direction: str, meaningful: bool) -> None:
    result = change(inst, baseline, latest)
    assert result.difference == latest - baseline
    assert (result.direction, result.meaningful) == (direction, meaningful)


def test_screening_change_summary_and_refusals() -> None:
    assert change(PHQ9, 15, 10).summary == (
        "15 to 10: down 5 points, improving, clinically meaningful (threshold 5 points).")
    with pytest.raises(InvalidInput, match="AHTST has no clinically meaningful change"):
        change(AHTST, 0, 1)
    with pytest.raises(InvalidInput, match="PHQ-9 latest_total: 28 is not a total \\(0-27\\)"):
        change(PHQ9, 10, 28)


# --- malformed files ------------------------------------------------------------------------

def _write(tmp: Path, name: str, raw: dict[str, Any]) -> Path:
    (tmp / name).write_text(json.dumps(raw), encoding="utf-8")
    return tmp


def _broken(edit: str) -> dict[str, Any]:
    raw = copy.deepcopy(_raw("phq9-1.json"))
    if edit == "unknown_field":
        raw["scoring_notes"] = "x"
    elif edit == "band_gap":
        raw["bands"][1]["min"] = 6
    elif edit == "band_short":
        raw["bands"][-1]["max"] = 26
    elif edit == "scoring_items":
        raw["scoring"]["items"] = raw["scoring"]["items"][:-1]
    elif edit == "text_not_shipped":
        raw["items"][0]["text_shipped"] = False
    elif edit == "safety_item":
        raw["safety"][0]["item"] = "phq9_99"
    elif edit == "safety_value":
        raw["safety"][0]["value"] = 7
    elif edit == "licence":
        raw["licence"]["status"] = "not_verified"
    elif edit == "missing_version":
        del raw["version"]
    elif edit == "scale_order":
        raw["scale"][0]["value"] = 5
    elif edit == "max_missing":
        raw["missing"]["max_missing"] = 9
    return raw


@pytest.mark.parametrize(("edit", "field", "words"), [
    ("unknown_field", "(top level)", "unknown field(s) ['scoring_notes']"),
    ("band_gap", "bands.mild", "must start at 5"),
    ("band_short", "bands", "must end at the maximum total 27"),
    ("scoring_items", "scoring.items", "must list the scored items"),
    ("text_not_shipped", "items[0].text", "exactly when text_shipped is true"),
    ("safety_item", "safety[0].item", "unknown item 'phq9_99'"),
    ("safety_value", "safety[0].value", "must be a value of the item's scale"),
    ("licence", "text_shipped", "only under a licence that allows it"),
    ("missing_version", "version", "missing"),
    ("scale_order", "scale", "distinct and ascending"),
    ("max_missing", "missing.max_missing", "must be 0..8"),
])
def test_screening_malformed_file_is_refused_naming_file_and_field(
        tmp_path: Path, edit: str, field: str, words: str) -> None:
    _write(tmp_path, "phq9-broken.json", _broken(edit))
    with pytest.raises(InvalidInput) as err:
        load_instruments(tmp_path)
    assert str(err.value).startswith(f"Instrument file phq9-broken.json, {field}: ")
    assert words in str(err.value)


def test_screening_file_that_is_not_json_is_refused(tmp_path: Path) -> None:
    (tmp_path / "gad7-2.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(InvalidInput, match="Instrument file gad7-2.json is not valid JSON"):
        load_instruments(tmp_path)


def test_screening_duplicate_version_is_refused_and_versions_sort(tmp_path: Path) -> None:
    raw = _raw("phq9-1.json")
    _write(tmp_path, "a.json", raw)
    _write(tmp_path, "b.json", raw | {"version": "10"})
    _write(tmp_path, "c.json", raw | {"version": "2"})
    assert [i.version for i in load_instruments(tmp_path)] == ["1", "2", "10"]
    _write(tmp_path, "d.json", raw)
    with pytest.raises(InvalidInput, match="d.json: phq9 version 1 is already defined by a.json"):
        load_instruments(tmp_path)


def test_screening_shipped_files_reload_identically() -> None:
    assert load_instruments(_DATA) == instruments()


def test_screening_reverse_items_are_scored_reversed() -> None:
    raw = _raw("gad7-1.json")
    raw["scoring"]["reverse_items"] = ["gad7_4"]
    inst = parse_instrument(raw, Path("gad7-reversed.json"))
    # item 4 answered 0 counts as 3 - 0 = 3; the others 0
    result = score(inst, _answers(inst, 0))
    assert result.total == 3
