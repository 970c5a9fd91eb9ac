"""What you have told us: the role view of the summary, the printed sheet and its disclosure."""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader

from models.errors import InvalidInput, PermissionDenied
from models.records import Category
from tests.workbench.conftest import DEMO_NOW, run_cli
from workbench.operations import screenings as ops
from workbench.operations import told
from workbench.operations.changes import Kind

NOW = DEMO_NOW
PHQ9 = {f"phq9_{i}": 1 for i in range(1, 9)} | {"phq9_9": 0, "phq9_2": "not_today"}
AHTST = {f"ahtst_{i}": 0 for i in range(1, 9)} | {"ahtst_1": 1}


@pytest.fixture
def case_id(as_user) -> int:
    """C-0004 with a PHQ-9 (by the clinician) and a trafficking screen (by the advocate)."""
    sam = as_user("sam")
    cid = sam.store.get_case_by_ref("C-0004").id
    ops.administer(as_user("ben"), case_id=cid, instrument_id="phq9", answers=PHQ9, at=NOW,
                   consent_at=NOW)
    ops.administer(as_user("ana"), case_id=cid, instrument_id="ahtst", answers=AHTST, at=NOW,
                   consent_at=NOW)
    return cid


def _text(path: Path) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(path).pages)


def _printed(name: str, text: str) -> bool:
    """Every word of ``name`` is in ``text``, compared as its letters after NFKC: Arabic reads
    back as presentation forms and right-to-left words in drawing order."""
    def letters(word: str) -> Counter[str]:
        return Counter(unicodedata.normalize("NFKC", word))
    found = [letters(w) for w in text.split()]
    return all(letters(w) in found for w in name.split())


def test_told_ops_summary_follows_the_role_view(as_user, case_id: int) -> None:
    ben = told.told_summary_for(as_user("ben"), case_id)
    phq9, ahtst = ben.conversations
    assert phq9.answers_shown and len(phq9.lines) == 9
    assert phq9.lines[0].told == "You told your clinician on 27 November 2026."
    assert not ahtst.answers_shown and ahtst.lines == ()  # the clinician does not read it
    pia = told.told_summary_for(as_user("pia"), case_id)
    assert [c.on for c in pia.conversations] == [NOW.date(), NOW.date()]
    assert not pia.answers_shown


def test_told_ops_print_writes_the_sheet_and_records_the_disclosure(as_user, case_id: int,
                                                                    tmp_path: Path) -> None:
    ben = as_user("ben")
    done = told.print_told_summary(ben, case_id, tmp_path)
    printed = done.value
    assert printed.path.parent == tmp_path and printed.path.name == "own-copy-20261127-1800.pdf"
    assert Kind.DISCLOSURES in done.changes.kinds
    text = _text(printed.path)
    assert "What you have told us" in text and "stop sharing it" in text
    case = ben.store.get_case(case_id)
    assert _printed(case.display_name, text) and "Page 1" in text
    assert "Interest or pleasure" in text and "Several days" in text
    assert "Not today" in text and "your clinician" in text
    for word in ("Score", "score", "Mild", "mild", "PHQ", "band", "Screening question"):
        assert word not in text  # no scores, bands, instrument names; no unseen answers
    meta = PdfReader(printed.path).metadata
    assert meta is not None and meta.title == "Document"
    [disclosure] = [d for d in ben.store.list_disclosures(case_id)
                    if d.recipient == told.RECIPIENT]
    assert disclosure.id == printed.disclosure_id
    assert disclosure.packet_sha256 == hashlib.sha256(printed.path.read_bytes()).hexdigest()
    assert disclosure.legal_basis == told.LEGAL_BASIS and disclosure.purpose == told.PURPOSE
    screening_ids = [s.id for s in ben.store.list_screenings(case_id)]
    assert disclosure.record_ids == tuple(f"screening:{i}" for i in screening_ids)
    assert Category.MENTAL_HEALTH in disclosure.categories
    again = told.print_told_summary(ben, case_id, tmp_path).value
    assert again.path.name == "own-copy-20261127-1800-2.pdf"  # never replaces the first


def test_told_ops_a_role_without_the_answers_prints_none(as_user, case_id: int,
                                                         tmp_path: Path) -> None:
    printed = told.print_told_summary(as_user("pia"), case_id, tmp_path).value
    text = _text(printed.path)
    assert "does not list your answers" in text and "27 November 2026" in text
    for word in ("You said", "Several days", "Interest or pleasure", "how you have been feeling"):
        assert word not in text


def test_told_ops_print_refuses_a_missing_folder_and_writes_nothing(as_user, case_id: int,
                                                                    tmp_path: Path) -> None:
    ben = as_user("ben")
    before = len(ben.store.list_disclosures(case_id))
    with pytest.raises(InvalidInput, match="does not exist"):
        told.print_told_summary(ben, case_id, tmp_path / "nope")
    assert len(ben.store.list_disclosures(case_id)) == before


def test_told_ops_a_failed_write_records_no_disclosure(as_user, case_id: int, tmp_path: Path,
                                                       monkeypatch) -> None:
    ben = as_user("ben")
    before = len(ben.store.list_disclosures(case_id))

    def broken(_path: object, _data: bytes) -> None:
        raise OSError("disk full")

    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(told, "write_atomically", broken)
    with pytest.raises(OSError):
        told.print_told_summary(ben, case_id, out)
    assert len(ben.store.list_disclosures(case_id)) == before
    assert list(out.iterdir()) == []


def test_told_ops_need_read(as_user, case_id: int, monkeypatch) -> None:
    from workbench.operations import policy

    monkeypatch.setattr(policy, "allows", lambda _role, _action: False)
    with pytest.raises(PermissionDenied):
        told.told_summary_for(as_user("ben"), case_id)


def test_cli_screening_told_prints_the_path_and_the_disclosure(demo_vault: Path, case_id: int,
                                                               tmp_path: Path, capsys) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, out, err = run_cli(capsys, "screening", "told", str(demo_vault), "C-0004",
                             "--out", str(out_dir), "--user", "ben")
    assert code == 0, err
    [written] = list(out_dir.iterdir())
    assert str(written) in out and "disclosure" in out.lower()
    code, out, err = run_cli(capsys, "screening", "told", str(demo_vault), "C-0004",
                             "--out", str(out_dir), "--user", "ben", "--json")
    assert code == 0, err
    import json

    data = json.loads(out)
    assert Path(data["path"]).is_file() and data["disclosure_id"] and data["pages"] >= 1
    code, _out, err = run_cli(capsys, "screening", "told", str(demo_vault), "C-0004",
                              "--out", str(tmp_path / "missing"), "--user", "ben")
    assert code != 0 and "does not exist" in err
