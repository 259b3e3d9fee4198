"""The layering contract: PySide6 only in packstation/ui and packstation/app.py; dependencies point down."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "packstation"


def qt_importers() -> list[str]:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE.parent).as_posix()
        if rel.startswith("packstation/ui/") or rel == "packstation/app.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(name == "PySide6" or name.startswith("PySide6.") for name in names):
                offenders.append(f"{rel}:{node.lineno}")
    return offenders


def test_pyside6_is_imported_only_in_ui_and_app():
    assert qt_importers() == []


def test_the_walker_would_catch_an_offender(tmp_path, monkeypatch):
    fake = tmp_path / "packstation" / "domain"
    fake.mkdir(parents=True)
    (fake / "bad.py").write_text("from PySide6.QtCore import QObject\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", tmp_path / "packstation")
    assert qt_importers() == ["packstation/domain/bad.py:1"]


def test_import_linter_contracts_hold():
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe, "import-linter is part of the test extras"
    result = subprocess.run(
        [exe, "--no-cache"], cwd=PACKAGE.parent, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
