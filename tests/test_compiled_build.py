"""The opt-in compiled build (``setup.py``, ``make compiled``), checked without a compiler."""

from __future__ import annotations

import ast
import importlib.util
import runpy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SETUP = ROOT / "setup.py"


def _compiled() -> list[str]:
    """setup.py's COMPILED, read without running it."""
    for node in ast.parse(SETUP.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "COMPILED" for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError("setup.py has no COMPILED list")


def test_compiled_modules_are_kg_modules() -> None:
    compiled = _compiled()
    assert compiled and len(set(compiled)) == len(compiled)
    for path in compiled:
        assert path.startswith("kg/") and path.endswith(".py"), path
        assert (ROOT / path).is_file(), path
        module = path.removesuffix(".py").replace("/", ".")
        assert importlib.util.find_spec(module) is not None, module


def test_a_plain_build_compiles_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("setuptools")
    monkeypatch.delenv("KG_MYPYC", raising=False)
    setup = runpy.run_path(str(SETUP), run_name="kg_setup")  # not __main__: no setup() call
    assert setup["_ext_modules"]() == []
