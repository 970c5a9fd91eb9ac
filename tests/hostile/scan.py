"""Canary scanner for the hostile suite: UTF-8, UTF-16-LE/BE and inflated PDF streams.

``CANARIES`` are unique strings a test writes through the app; ``scan`` reports every place
one of them turns up in a file below the given roots. Counters feed the suite's summary.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from pathlib import Path

CANARIES: dict[str, str] = {
    "name_diacritics": "Žofia Ærøskøbing-Kanárek",
    "name_cjk": "王秀英金丝雀",
    "a_number": "A-204-118-907",
    "dob": "1931-07-29",
    "note": "canary note: PTSD, HIV+ since 2019, sertraline 50mg",
}
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)
STATS = {"canary_checks": 0, "files_scanned": 0}


@dataclass(frozen=True)
class Hit:
    """One canary found in one file, in one form."""

    path: str
    canary: str
    form: str


def _forms(canaries: dict[str, str]) -> list[tuple[str, str, bytes]]:
    out = []
    for name, text in canaries.items():
        for enc in ENCODINGS:
            out.append((name, enc, text.encode(enc)))
    return out


def _inflated(blob: bytes) -> list[bytes]:
    """Every PDF stream in ``blob`` that inflates (FlateDecode); encrypted ones will not."""
    if b"stream" not in blob:
        return []
    out = []
    for match in _STREAM.finditer(blob):
        try:
            out.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return out


def _pdf_text(blob: bytes) -> str:
    """Text and metadata pypdf reads from an unencrypted PDF ('' if encrypted or unreadable)."""
    import io

    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(blob))
        if reader.is_encrypted:
            return ""
        meta = " ".join(str(v) for v in (reader.metadata or {}).values())
        return meta + "\n" + "\n".join(page.extract_text() or "" for page in reader.pages)
    except Exception:  # a damaged PDF is not our finding here; raw bytes are still scanned
        return ""


def files_under(roots: list[Path]) -> list[Path]:
    """Every regular file below ``roots`` (missing roots are skipped; symlinks not followed)."""
    found: dict[str, Path] = {}
    for root in roots:
        root = Path(root)
        if root.is_file():
            found[str(root)] = root
        elif root.is_dir():
            for p in root.rglob("*"):
                if p.is_file() and not p.is_symlink():
                    found[str(p)] = p
    return [found[k] for k in sorted(found)]


def scan_bytes(blob: bytes, label: str, canaries: dict[str, str] | None = None) -> list[Hit]:
    """Hits of ``canaries`` (default: CANARIES) in ``blob`` and its inflated PDF streams."""
    forms = _forms(canaries or CANARIES)
    hits = []
    parts = [("raw", blob)] + [("pdf-stream", s) for s in _inflated(blob)]
    if blob.startswith(b"%PDF"):
        parts.append(("pdf-text", _pdf_text(blob).encode("utf-8")))
    for where, data in parts:
        for name, enc, needle in forms:
            STATS["canary_checks"] += 1
            if needle in data:
                hits.append(Hit(label, name, f"{enc}/{where}"))
    return hits


def scan(roots: list[Path], canaries: dict[str, str] | None = None) -> list[Hit]:
    """Hits in every file below ``roots``; an empty list means nothing leaked there."""
    hits: list[Hit] = []
    for path in files_under(roots):
        try:
            blob = path.read_bytes()
        except OSError:
            continue
        STATS["files_scanned"] += 1
        hits += scan_bytes(blob, str(path), canaries)
    return hits


def scan_names(roots: list[Path], canaries: dict[str, str] | None = None) -> list[str]:
    """Paths below ``roots`` whose own name contains a canary (file names must not identify)."""
    texts = list((canaries or CANARIES).values())
    out = []
    for root in roots:
        for p in Path(root).rglob("*") if Path(root).is_dir() else []:
            if any(t in str(p.relative_to(root)) for t in texts):
                out.append(str(p))
    return out
