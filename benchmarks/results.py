"""Writing one section of benchmarks/RESULTS.md, shared by every benchmark script."""

from __future__ import annotations

import re
from pathlib import Path


def write_section(title: str, text: str, path: Path) -> None:
    """Replace (or append) the ``## {title}`` section, leaving the other sections as they are.

    The file is re-read right before writing: each benchmark owns one section of it.
    """
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(current):
        updated = pattern.sub(lambda _: text + "\n", current, count=1)
    else:
        updated = current.rstrip("\n") + "\n\n" + text
    path.write_text(updated.rstrip("\n") + "\n", encoding="utf-8")
