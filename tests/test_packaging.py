"""kg's data files (``ontology/``) in a checkout and in a built wheel (``setup.py``'s build_py)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from kg.ontology import ontology_dir, ontology_path

ROOT = Path(__file__).resolve().parent.parent

#: What a build reads: the package, its data files and the build configuration.
_BUILD_INPUTS = ("kg", "ontology", "pyproject.toml", "setup.py", "MANIFEST.in", "README.md")


def _ontology_files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_checkout_reads_the_top_level_ontology() -> None:
    """A checkout (editable install, tests, PYTHONPATH) reads the repository's ``ontology/``."""
    assert ontology_dir() == ROOT / "ontology"
    assert ontology_path() == ROOT / "ontology" / "kg.ttl"
    assert not (ROOT / "kg" / "_ontology").exists()  # only builds make the shipped copy
    from kg.lexicon import LEXICON_DIR
    from kg.query import queries_dir
    from kg.validate import shapes_path

    assert LEXICON_DIR == ROOT / "ontology" / "lexicon"
    assert queries_dir() == ROOT / "ontology" / "queries"
    assert shapes_path() == ROOT / "ontology" / "shapes.ttl"


@pytest.fixture(scope="module")
def unpacked_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel of the worktree built without isolation in a copy of it, unpacked."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    for name in _BUILD_INPUTS:  # a copy: the build writes build/ and kg.egg-info/ beside them
        if (ROOT / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "_ontology")
            shutil.copytree(ROOT / name, source / name, ignore=ignore)
        else:
            shutil.copy2(ROOT / name, source / name)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "-w", str(tmp / "dist"), "."],
        cwd=source, check=True,
    )
    (wheel,) = (tmp / "dist").glob("kg-*.whl")
    unpacked = tmp / "unpacked"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(unpacked)
    return unpacked


_CHILD = textwrap.dedent("""
    import json, sys
    sys.path.insert(0, sys.argv[1])
    import kg
    from rdflib import Graph
    from kg.lexicon import LEXICON_DIR, compounds, demonyms, roles, verb_frames
    from kg.ontology import load_ontology, ontology_dir, relations
    from kg.query import stored_queries
    from kg.validate import shapes_path

    load_ontology()
    print(json.dumps({
        "kg": kg.__file__,
        "path": sys.path,
        "ontology_dir": str(ontology_dir()),
        "lexicon_dir": str(LEXICON_DIR),
        "relations": len(relations()),
        "lexicon": [len(roles()), len(demonyms()), len(compounds()), len(verb_frames())],
        "shapes": len(Graph().parse(shapes_path(), format="turtle")),
        "queries": sorted(stored_queries()),
    }))
""")


def test_installed_wheel_finds_its_data(unpacked_wheel: Path, tmp_path: Path) -> None:
    """kg imported from the unpacked wheel alone (``python -I``: no checkout on the path)."""
    run = subprocess.run(
        [sys.executable, "-I", "-c", _CHILD, str(unpacked_wheel)],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout)
    assert Path(found["kg"]).is_relative_to(unpacked_wheel)
    assert not any(Path(p).resolve() == ROOT for p in found["path"])
    shipped = unpacked_wheel / "kg" / "_ontology"
    assert Path(found["ontology_dir"]) == shipped
    assert Path(found["lexicon_dir"]) == shipped / "lexicon"
    assert found["relations"] > 0
    assert all(found["lexicon"])
    assert found["shapes"] > 0
    assert found["queries"] == sorted(p.stem for p in (ROOT / "ontology" / "queries").glob("*.rq"))


def test_wheel_ships_the_checkout_ontology_byte_for_byte(unpacked_wheel: Path) -> None:
    """The wheel's ``kg/_ontology/`` is an exact copy of the checkout's ``ontology/``."""
    assert _ontology_files(unpacked_wheel / "kg" / "_ontology") == _ontology_files(
        ROOT / "ontology"
    )
