"""Ship ``ontology/`` inside built packages; opt-in mypyc build of kg's analysis modules.

Everything about the package lives in ``pyproject.toml``; this file adds two things. First, a
build (``pip install .``, a wheel, a wheel built from the sdist) copies the top-level
``ontology/`` into the package as ``kg/_ontology/``, where :func:`kg.ontology.ontology_dir`
finds it when there is no checkout beside the package; an editable install (``make setup``)
copies nothing and keeps reading the checkout's ``ontology/``. ``MANIFEST.in`` puts
``ontology/`` into the sdist. Second, C extensions when ``KG_MYPYC=1`` is set at build time
(opt-in; the default is pure Python). Without it (``make setup``, ``pip install .``, CI) nothing
is compiled and no compiler is needed.

``make compiled`` builds it: a separate ``.venv-compiled`` with the same packages and model as
``.venv``, kg installed there *non-editable* with the modules of :data:`COMPILED` compiled
(mypyc, from the ``mypy`` of the dev group; needs a C compiler and the Python headers; a few
minutes of CPU). By hand::

    python -m venv .venv-compiled
    .venv-compiled/bin/pip install "pip>=25.1" "setuptools>=77" && \\
        .venv-compiled/bin/pip install ".[all]" --group dev
    KG_MYPYC=1 .venv-compiled/bin/pip install --no-build-isolation --no-deps --force-reinstall .

(``--no-build-isolation``: mypyc type-checks the modules against the installed spaCy, as
``mypy kg`` does.) The installed copy is a snapshot: rebuild after changing the sources.

What it changes: the same code runs, outputs are byte-identical; kg's own analysis work (mention
detection, coreference, extractors: ~23,000 small Python calls per document) takes less CPU.
Measured on the 300-document corpus (``corpus_bench.py --measure analysis``, pure and compiled
alternated six times each on a shared 2-core machine, load 4 to 9): kg's own analysis CPU,
median 1.92 s pure, 1.52 s compiled (-21 %; best runs 1.85 and 1.26 s); ``build-paired``
throughput over spaCy alone 0.74-0.79 pure, 0.79-0.83 compiled (four runs each).
What it does not: spaCy's parse (already compiled), rdflib. Monkeypatching a function of a
compiled module does not reach the compiled callers inside it, so tests run on the pure build.
``make bench-compiled`` runs the corpus benchmark with ``.venv-compiled/bin/python``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

#: The single source of kg's data files, and where a build puts its copy inside the package.
ONTOLOGY = Path(__file__).resolve().parent / "ontology"
SHIPPED = Path("kg") / "_ontology"

#: The modules compiled with KG_MYPYC=1: kg's per-word analysis (text folding, grammar helpers,
#: mentions, coreference, extractors). Each must pass mypyc's run-time type checks.
COMPILED = [
    "kg/text.py",
    "kg/grammar.py",
    "kg/entities/mentions.py",
    "kg/entities/coref.py",
    "kg/extract/base.py",
    "kg/extract/apposition.py",
    "kg/extract/attribution.py",
    "kg/extract/board.py",
    "kg/extract/location.py",
    "kg/extract/nominal.py",
    "kg/extract/origin.py",
    "kg/extract/toponym.py",
    "kg/extract/verbframe.py",
]


class BuildWithOntology(build_py):
    """``build_py`` that also copies ``ontology/`` to ``<build_lib>/kg/_ontology/``."""

    def _ontology_files(self) -> list[Path]:
        files = (p for p in ONTOLOGY.rglob("*") if p.is_file())
        return sorted(p for p in files if "__pycache__" not in p.parts)

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the checkout's ontology/
            return
        target = Path(self.build_lib) / SHIPPED
        shutil.rmtree(target, ignore_errors=True)
        for source in self._ontology_files():
            copy = target / source.relative_to(ONTOLOGY)
            self.mkpath(str(copy.parent))
            self.copy_file(str(source), str(copy))

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if self.editable_mode:
            return outputs
        target = Path(self.build_lib) / SHIPPED
        return outputs + [str(target / p.relative_to(ONTOLOGY)) for p in self._ontology_files()]


def _ext_modules() -> list:
    if os.environ.get("KG_MYPYC") != "1":
        return []
    from mypyc.build import mypycify

    return mypycify(COMPILED, opt_level="3")


if __name__ == "__main__":
    setup(ext_modules=_ext_modules(), cmdclass={"build_py": BuildWithOntology})
