"""Write a finished packet to disk safely, under a name that says nothing about the case."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from exports.template import PACKET_KINDS
from models.errors import InvalidInput


def safe_packet_filename(now: datetime, kind: str) -> str:
    """A non-identifying file name, e.g. "packet-20261127-0412-court.pdf"."""
    if kind not in PACKET_KINDS:
        raise InvalidInput(f"Unknown packet kind {kind!r}.", field="kind")
    return f"packet-{now.strftime('%Y%m%d-%H%M')}-{kind}.pdf"


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` all-or-nothing: temp file beside it (0600), fsync, rename."""
    return write_all_atomically([(Path(path), data)])[0]


def write_all_atomically(files: Sequence[tuple[Path, bytes]]) -> list[Path]:
    """Write each ``(path, data)`` all-or-nothing: every temp file is written and synced
    first (a failure there leaves every target as it was), then each is renamed into place;
    a failure between two renames unlinks the ones already renamed, so no partial set stays."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files:
            staged.append((_stage(Path(path), data), Path(path)))
        done: list[Path] = []
        try:
            for tmp, target in staged:
                os.replace(tmp, target)
                done.append(target)
        except BaseException:
            for target in done:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(target)
            raise
    except BaseException:
        for tmp, _target in staged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        raise
    for folder in dict.fromkeys(_folder(target) for _tmp, target in staged):
        _fsync_dir(folder)
    return [target for _tmp, target in staged]


def _folder(target: Path) -> Path:
    return target.parent if str(target.parent) else Path(".")


def _stage(target: Path, data: bytes) -> str:
    """A synced 0600 temp file beside ``target`` holding ``data``; its path."""
    folder = _folder(target)
    if not folder.is_dir():
        raise InvalidInput("The folder to write the packet to does not exist.", field="path")
    # mkstemp creates the file 0600; the temp name is random, never derived from case data
    fd, tmp = tempfile.mkstemp(prefix=".packet-", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return tmp


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
