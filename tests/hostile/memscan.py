"""Process-memory probe, run in a fresh process: ``python -m tests.hostile.memscan VAULT [gui]``.

Unlocks VAULT as ana, notes the key only XOR-masked, locks, then reads every readable region of
/proc/self/mem and counts copies of the raw key, its hex form and the passphrase. Needles and
the read buffer live in private mmaps that are left out of the scan, so the probe adds no copy.
Prints one JSON line of counts.
"""

from __future__ import annotations

import ctypes
import gc
import json
import mmap
import os
import resource
import secrets
import sys
from pathlib import Path

CHUNK = 1 << 20
_HEX = b"0123456789abcdef"


class Probe:
    """Needles held in a private mapping, and a scanner that skips its own mappings."""

    def __init__(self) -> None:
        self.needles = mmap.mmap(-1, 4096)
        self.buf = mmap.mmap(-1, CHUNK + 256)
        self.spans: dict[str, tuple[int, int]] = {}
        self._used = 0
        self.own = [self._range(self.needles), self._range(self.buf)]

    @staticmethod
    def _range(m: mmap.mmap) -> tuple[int, int]:
        start = ctypes.addressof(ctypes.c_char.from_buffer(m))
        return start, start + len(m)

    def add(self, name: str, values) -> None:
        """Write a needle byte by byte (no bytes object of it is ever made)."""
        start = end = self._used
        for v in values:
            self.needles[end] = v
            end += 1
        self.spans[name] = (start, end)
        self._used = end

    def count(self) -> dict[str, int]:
        """Occurrences of every needle in the readable memory of this process."""
        views = {k: memoryview(self.needles)[a:b] for k, (a, b) in self.spans.items()}
        counts = dict.fromkeys(views, 0)
        fd = os.open("/proc/self/mem", os.O_RDONLY)
        try:
            for start, end in self._regions():
                self._scan_region(fd, start, end, views, counts)
        finally:
            os.close(fd)
        return counts

    def _regions(self) -> list[tuple[int, int]]:
        out = []
        with open("/proc/self/maps") as fh:
            for line in fh:
                parts = line.split()
                lo, hi = (int(x, 16) for x in parts[0].split("-"))
                name = parts[5] if len(parts) > 5 else ""
                if "r" not in parts[1] or name in ("[vvar]", "[vsyscall]", "[vvar_vclock]"):
                    continue
                if any(lo < b and a < hi for a, b in self.own):
                    continue
                out.append((lo, hi))
        return out

    def _scan_region(self, fd: int, start: int, end: int, views, counts) -> None:
        pos = start
        while pos < end:
            want = min(CHUNK + 128, end - pos)
            try:
                got = os.preadv(fd, [memoryview(self.buf)[:want]], pos)
            except OSError:
                return
            limit = min(got, CHUNK)
            for name, view in views.items():
                i = self.buf.find(view, 0, got)
                while 0 <= i < limit:
                    counts[name] += 1
                    i = self.buf.find(view, i + 1, got)
            pos += CHUNK


def _hex_bytes(masked: bytes, mask: bytes, upper: bool):
    digits = _HEX.upper() if upper else _HEX
    for m, k in zip(masked, mask, strict=True):
        v = m ^ k
        yield digits[v >> 4]
        yield digits[v & 15]


def main(vault_path: Path, gui: bool, cycles: int) -> dict:
    """Unlock, lock, scan; then lock/unlock ``cycles`` times counting passphrase copies."""
    from models.hardening import is_dumpable
    from models.vault import open_vault

    passphrase = os.environ["WORKBENCH_PASSPHRASE"]
    probe = Probe()
    probe.add("passphrase", (ord(c) for c in passphrase))
    window = None
    if gui:
        from workbench.app import build_main_window

        window = build_main_window(vault_path, "ana", passphrase, idle_ms=60_000)
        vault = window.session.vault
        window.work.open_case(vault.store.add_case("probe case").id)
    else:
        vault = open_vault(vault_path, "ana", passphrase)
        vault.store.add_case("probe case")
    mask = secrets.token_bytes(32)
    masked = bytes(k ^ m for k, m in zip(vault._key.raw(), mask, strict=True))
    probe.add("key", (m ^ k for m, k in zip(masked, mask, strict=True)))
    probe.add("key_hex", _hex_bytes(masked, mask, False))
    probe.add("key_HEX", _hex_bytes(masked, mask, True))
    result = {"unlocked": probe.count()}
    if window is not None:
        window.lock()
    else:
        vault.lock()
    del vault
    gc.collect()
    result["locked"] = probe.count()
    result["cycles"] = []
    for _ in range(cycles):
        again = open_vault(vault_path, "ana", passphrase)
        again.store.list_cases()
        again.lock()
        del again
        gc.collect()
        result["cycles"].append(probe.count()["passphrase"])
    result["rlimit_core"] = list(resource.getrlimit(resource.RLIMIT_CORE))
    result["dumpable"] = is_dumpable()
    return result


if __name__ == "__main__":
    out = main(Path(sys.argv[1]), "gui" in sys.argv[2:], int(os.environ.get("CYCLES", "3")))
    sys.stdout.write(json.dumps(out) + "\n")
