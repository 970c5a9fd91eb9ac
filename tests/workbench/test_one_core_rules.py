"""The house rules of the one core: faces write only through the operations layer, and every
module of workbench/ has its place in the import-linter layers."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WRITES = ("add_", "update_", "delete_", "replace_", "record_", "set_", "remove_", "import_",
          "export_", "complete_", "revoke_", "rotate_", "change_")


def _face_files() -> list[Path]:
    faces = list((ROOT / "ui").rglob("*.py")) + list((ROOT / "workbench").rglob("*.py"))
    return [p for p in faces if "operations" not in p.relative_to(ROOT).parts]


def _store_writes(path: Path) -> list[str]:
    """Calls like ``x.store.add_event(...)``/``store.add_event(...)``/``vault.add_user(...)``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner = node.func.value
        owner_name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
        if owner_name in ("store", "vault") and node.func.attr.startswith(WRITES):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} {owner_name}.{node.func.attr}")
    return found


def test_faces_write_only_through_the_operations() -> None:
    offenders = [hit for path in _face_files() for hit in _store_writes(path)]
    # creating a vault and its first users happens before any operation can run (no vault yet)
    allowed = {"workbench/demo.py": {"vault.add_user"}}
    offenders = [h for h in offenders
                 if h.split()[1] not in allowed.get(h.split(":")[0], set())]
    assert offenders == []


def test_the_scanner_finds_a_direct_write(tmp_path: Path) -> None:
    bad = ROOT / "ui" / "_scanner_probe.py"
    try:
        bad.write_text("def f(session):\n    session.store.add_event(1, 2, 3, 4)\n", "utf-8")
        assert _store_writes(bad) == ["ui/_scanner_probe.py:2 store.add_event"]
    finally:
        bad.unlink()


def test_every_workbench_module_is_in_a_layer() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    layers = next(c for c in config["tool"]["importlinter"]["contracts"]
                  if c["type"] == "layers")["layers"]
    named = {m.strip() for layer in layers for m in layer.replace("|", ":").split(":")}
    modules = {p.stem if p.is_file() else p.name
               for p in (ROOT / "workbench").iterdir()
               if (p.suffix == ".py" and p.stem != "__init__") or (p / "__init__.py").exists()}
    missing = {m for m in modules if f"workbench.{m}" not in named}
    assert missing == set()
