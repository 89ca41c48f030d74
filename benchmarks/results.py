"""Writing one section of benchmarks/RESULTS.md, shared by every benchmark script."""

from __future__ import annotations

import os
import platform
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


def machine(*libraries: str) -> str:
    """One line describing this machine, Python, and the given ``"name version"`` strings.

    Example: ``machine(f"rdflib {rdflib.__version__}")``.
    """
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    versions = ", ".join((f"Python {platform.python_version()}", *libraries))
    return (
        f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GiB RAM, {platform.system()} "
        f"{platform.release()}; {versions}"
    )
