"""Benchmark the graph page: file size and time until it is interactive, by graph size.

For each size, a synthetic kg graph (``kg.viz.samples.synthetic_graph``: every fact with an
assertion and one evidence sentence) is rendered with ``kg.viz.render_html``, written to a
temporary file and opened in headless Debian chromium; the time reported is
``window.kgReadyAt``, the page's own ``performance.now()`` when the first frame after the
layout is drawn (after stabilisation when physics runs), i.e. from navigation start.

Run: ``.venv/bin/python benchmarks/viz_bench.py [--sizes 100 1000 10000] [--repeat 3]``.
Prints a Markdown table; paste it into ``benchmarks/RESULTS.md`` (## Viewer).
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import sync_playwright

from kg.viz import LAYOUT_THRESHOLD, render_view
from kg.viz import page as page_module
from kg.viz.samples import synthetic_graph
from kg.viz.view import graph_view

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


@dataclass(frozen=True, slots=True)
class Measure:
    nodes: int
    edges: int
    physics: bool
    build_s: float
    render_s: float
    size_bytes: int
    ready_ms: list[float]


def measure(n: int, repeat: int, browser, workdir: Path, threshold: int) -> Measure:
    graph = synthetic_graph(n, seed=1)
    start = time.perf_counter()
    view = graph_view(graph)
    build = time.perf_counter() - start
    start = time.perf_counter()
    page = render_view(view, title=f"bench {n}")
    render = time.perf_counter() - start
    path = workdir / f"bench-{n}.html"
    path.write_text(page, encoding="utf-8")
    ready = []
    for _ in range(repeat):
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        tab = context.new_page()
        tab.goto(path.as_uri())
        tab.wait_for_function("() => window.kgReady === true", timeout=600_000)
        ready.append(tab.evaluate("window.kgReadyAt"))
        context.close()
    return Measure(
        nodes=len(view.nodes),
        edges=len(view.edges),
        physics=len(view.nodes) <= threshold,
        build_s=build,
        render_s=render,
        size_bytes=path.stat().st_size,
        ready_ms=ready,
    )


def chromium_version(executable: str) -> str:
    out = subprocess.run([executable, "--version"], capture_output=True, text=True, check=False)
    return out.stdout.strip() or "chromium (version unknown)"


def cpu_name() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--threshold",
        type=int,
        default=LAYOUT_THRESHOLD,
        help="node count above which Python lays the graph out (to compare both layouts)",
    )
    args = parser.parse_args()
    page_module.LAYOUT_THRESHOLD = args.threshold
    executable = shutil.which("chromium") or "/usr/bin/chromium"
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        rows = [measure(n, args.repeat, browser, Path(tmp), args.threshold) for n in args.sizes]
        browser.close()
    print(
        f"{datetime.date.today().isoformat()} · {cpu_name()}, {os.cpu_count()} cores · "
        f"{chromium_version(executable)} headless · Python {platform.python_version()}\n"
    )
    print(
        "| nodes | edges | layout | graph → view (s) | view → HTML (s) | file size "
        "| time to kgReady, median of runs (s) | runs (s) |"
    )
    print("|---:|---:|---|---:|---:|---:|---:|---|")
    for row in rows:
        layout = "browser physics, stopped when stable" if row.physics else "Python, physics off"
        runs = ", ".join(f"{ms / 1000:.2f}" for ms in row.ready_ms)
        print(
            f"| {row.nodes:,} | {row.edges:,} | {layout} | {row.build_s:.2f} | "
            f"{row.render_s:.2f} | {row.size_bytes / 1e6:.2f} MB | "
            f"{statistics.median(row.ready_ms) / 1000:.2f} | {runs} |"
        )


if __name__ == "__main__":
    main()
