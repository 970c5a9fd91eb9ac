"""Wrong and hostile input: typed errors, clear messages, nothing stored lost or half-written.

Hypothesis fuzzes the JSON and CSV import, the CLI's date/duration arguments (`count`,
`deadline`) and the store's validators; every bad input must give InvalidInput (exit 2) with a
message, and leave the data as it was. Fuzz over an in-memory store keeps it fast; the same
validators run inside the vault.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, event

from models.errors import InvalidInput
from models.interchange import import_data
from models.interchange_csv import import_csv
from models.rows import Base
from models.store import Store
from tests.hostile.metrics import METRICS, runs

EXAMPLES = runs(40, 400)
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=False,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
BASE = json.loads((Path(__file__).resolve().parents[2] / "docs" / "import-example.json").read_text())
CSV_BASE = (
    "case,display_name,languages,kind,title,category,date,time,end_time,tz,rrule,owner\n"
    "fam1,Maya,es;en,court_hearing,Hearing,protective_order,2026-04-02,09:30,10:30,"
    "America/New_York,,court\n"
    "fam1,,,legal_deadline,File reply,protective_order,2026-04-09,,,,,client\n"
)
JUNK = st.one_of(
    st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=True),
    st.text(max_size=40), st.sampled_from(["2026-02-30", "2026-13-01", "", " ", "0000-00-00",
                                           "9999-12-31T25:00", "-1", "1e309", "\x00", "C-0001"]),
    st.lists(st.text(max_size=5), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(),
                                                               max_size=2),
)


def _memory_store() -> Store:
    engine = create_engine("sqlite://")
    event.listen(engine, "connect", lambda conn, _rec: conn.execute("PRAGMA foreign_keys=ON"))
    Base.metadata.create_all(engine)
    store = Store(engine, "ana")
    import_data(store, BASE)  # something already stored, which bad input must not touch
    return store


@pytest.fixture(scope="module")
def store() -> Store:
    """One in-memory store with the example data (bad input must leave it as it is)."""
    return _memory_store()


def _counts(store: Store) -> dict[str, int]:
    """Rows per table: cheap, and any half-written input shows up in it."""
    with store._engine.connect() as conn:
        return {t.name: conn.exec_driver_sql(f"SELECT count(*) FROM {t.name}").scalar()
                for t in Base.metadata.sorted_tables}


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, (*prefix, i))


ALL_PATHS = [p for p in _paths(BASE) if p]


def _mutated(path, value):
    data = copy.deepcopy(BASE)
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return data


def _expect_clean_refusal(store: Store, action) -> bool:
    """Run ``action``: it either succeeds or raises InvalidInput with a message, changing nothing."""
    before = _counts(store)
    try:
        action()
    except InvalidInput as exc:
        assert str(exc).strip(), "InvalidInput without a message"
        assert _counts(store) == before
        METRICS["fuzz cases refused with InvalidInput"] += 1
        return False
    METRICS["fuzz cases accepted"] += 1
    return True


@FUZZ
@given(path=st.sampled_from(ALL_PATHS), value=JUNK)
def test_fuzz_import_json_field_gives_invalid_input_or_imports(store, path, value):
    METRICS["fuzz cases tried: import JSON"] += 1
    _expect_clean_refusal(store, lambda: import_data(store, _mutated(path, value)))


@FUZZ
@given(doc=st.recursive(JUNK, lambda kids: st.lists(kids, max_size=3)
                        | st.dictionaries(st.sampled_from(["format", "version", "cases", "x"]),
                                          kids, max_size=3), max_leaves=8))
def test_fuzz_import_json_whole_document(store, doc):
    METRICS["fuzz cases tried: import JSON"] += 1
    _expect_clean_refusal(store, lambda: import_data(store, doc))


@FUZZ
@given(row=st.integers(0, 2), col=st.integers(0, 11), cell=st.one_of(
    # a file read by the CLI has its newlines normalised; bare CR has its own test below
    st.text(st.characters(exclude_characters="\r\n"), max_size=20),
    st.sampled_from(["2026-02-30", "25:00", "Mars/Base", "FREQ=NEVER", '"', ",,,", "nobody"])))
def test_fuzz_import_csv_cell(store, row, col, cell):
    METRICS["fuzz cases tried: import CSV"] += 1
    lines = [line.split(",") for line in CSV_BASE.strip().split("\n")]
    lines[row][col] = cell
    text = "\n".join(",".join(cells) for cells in lines) + "\n"
    _expect_clean_refusal(store, lambda: import_csv(store, text))


@FUZZ
@given(fields=st.fixed_dictionaries({}, optional={
    "date_of_birth": JUNK, "languages": JUNK, "jurisdiction": JUNK, "assigned_to": JUNK,
    "confidential_address": JUNK, "pronouns": JUNK, "notes": JUNK}), name=JUNK)
def test_fuzz_store_add_case_validators(store, fields, name):
    METRICS["fuzz cases tried: store validators"] += 1
    _expect_clean_refusal(store, lambda: store.add_case(name, **fields))


@FUZZ
@given(kind=JUNK | st.just("legal_deadline"), category=JUNK | st.just("immigration"),
       fields=st.fixed_dictionaries({}, optional={
           "due": JUNK, "start": JUNK, "end": JUNK, "tz": JUNK, "rrule": JUNK, "owner": JUNK,
           "status": JUNK, "exdates": JUNK}))
def test_fuzz_store_add_event_validators(store, kind, category, fields):
    METRICS["fuzz cases tried: store validators"] += 1
    case_id = store.list_cases()[0].id
    _expect_clean_refusal(store, lambda: store.add_event(case_id, kind, "t", category, **fields))


RULE = "A-FRCP-6a1"
WHEN = st.one_of(st.text(max_size=20), st.dates().map(str),
                 st.sampled_from(["2026-02-29", "2026-02-28T24:00", "2026-1-1", "today", "",
                                  "2026-11-27T09:30", "2026-11-27T09:30+05:00", "２０２６-01-01"]))


def _cli_exit(capsys, argv: list[str]) -> tuple[int, str]:
    from workbench.cli import run

    try:
        code = run(argv)
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    _out, err = capsys.readouterr()
    return code, err


def _assert_clear_failure(code: int, err: str) -> None:
    assert code in (0, 2), f"exit {code}: {err}"
    if code == 2:
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("workbench: ") and len(lines[0]) > 15
        assert "Traceback" not in err
    METRICS["fuzz cases tried: CLI dates/durations"] += 1


@FUZZ
@given(n=st.one_of(st.integers(-10**6, 10**6).map(str), st.text(max_size=8)),
       unit=st.one_of(st.sampled_from(["days", "court-days", "hours", "weeks", "months",
                                       "years", "fortnights", ""]), st.text(max_size=8)),
       when=WHEN, before=st.booleans())
def test_fuzz_cli_count_arguments(capsys, n, unit, when, before):
    argv = ["count", n, unit, "--before" if before else "--after", when]
    _assert_clear_failure(*_cli_exit(capsys, argv))


@FUZZ
@given(rule=st.one_of(st.sampled_from([RULE, "nope", ""]), st.text(max_size=10)),
       when=WHEN, jurisdiction=st.sampled_from([None, "CA", "federal", "Atlantis"]))
def test_fuzz_cli_deadline_arguments(capsys, rule, when, jurisdiction):
    argv = ["deadline", rule, "--trigger", when]
    if jurisdiction:
        argv += ["--jurisdiction", jurisdiction]
    _assert_clear_failure(*_cli_exit(capsys, argv))


@pytest.mark.parametrize("text", ["case,display_name\rx,Maya\n",
                                  "case,display_name,notes\nx,Maya," + "n" * 200_000 + "\n"])
def test_import_csv_reader_errors_are_invalid_input(store, text):
    before = _counts(store)
    with pytest.raises(InvalidInput):
        import_csv(store, text)
    assert _counts(store) == before


@pytest.mark.parametrize("key", ["evidence_for_id", "matter_id", "trigger_id"])
def test_import_json_unhashable_local_id_is_invalid_input(store, key):
    data = copy.deepcopy(BASE)
    data["cases"][0]["events"][0][key] = [1]
    before = _counts(store)
    with pytest.raises(InvalidInput):
        import_data(store, data)
    assert _counts(store) == before


def test_fuzz_checker_positive_control(store):
    # The refusal check must fail when a bad input is half-written: simulate exactly that.
    def half_write():
        store.add_case("half-written")
        raise InvalidInput("boom")

    with pytest.raises(AssertionError):
        _expect_clean_refusal(store, half_write)
    with pytest.raises(AssertionError):
        _assert_clear_failure(1, "workbench: internal error (TypeError)\n")
