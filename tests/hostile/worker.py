"""A writer process for the crash tests: ``python -m tests.hostile.worker MODE VAULT [OUT]``.

It unlocks VAULT as ana (passphrase from WORKBENCH_PASSPHRASE), prints ``ready``, then loops
doing MODE's work and prints one line *after* each step is durable, until it is killed -9.
The parent test kills it at a random moment and checks that every printed step survived.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _batch(i: int, size: int = 5) -> dict:
    cases = [{"display_name": f"batch-{i}-{j}", "notes": f"imported {i}/{j}",
              "events": [{"kind": "task", "title": f"t{j}", "category": "identity",
                          "due": "2026-12-01"}]} for j in range(size)]
    return {"format": "workbench", "version": 1, "cases": cases}


def _canary_case(store) -> None:
    from tests.hostile.scan import CANARIES

    store.add_case(CANARIES["name_diacritics"], legal_name=CANARIES["name_cjk"],
                   date_of_birth=CANARIES["dob"], notes=CANARIES["note"],
                   safe_contact=CANARIES["a_number"])


def run(mode: str, vault_path: Path, out: Path | None) -> None:
    """Loop forever (until killed) doing ``mode``'s work on the vault."""
    from models.vault import open_vault

    vault = open_vault(vault_path, "ana", os.environ["WORKBENCH_PASSPHRASE"])
    if mode == "canary":
        _canary_case(vault.store)
    _say("ready")
    i = 0
    while True:
        _step(mode, vault, i, out)
        _say(str(i))
        i += 1


def _step(mode: str, vault, i: int, out: Path | None) -> None:
    if mode in ("write", "canary"):
        vault.store.add_case(f"crash-{i}", notes=f"note {i}")
    elif mode == "import":
        from models.interchange import import_data

        import_data(vault.store, _batch(i))
    elif mode == "rotate":
        vault.store.add_case(f"rot-{i}")
        vault.add_user(f"tmp{i}", "advocate", "temporary passphrase 1")
        vault.remove_user(f"tmp{i}")  # rotates the database key
    elif mode == "backup":
        vault.store.add_case(f"bk-{i}")
        assert out is not None
        vault.backup(out / f"b{i}")
    elif mode == "export":
        from exports.atomic import write_atomically
        from models.interchange import export_data

        vault.store.add_case(f"ex-{i}")
        data = export_data(vault.store)
        assert out is not None
        write_atomically(out / f"e{i}.json", json.dumps(data).encode())
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    run(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]) if len(sys.argv) > 3 else None)
