"""Node positions computed in Python, for graphs too large for the browser's physics.

vis-network's physics does not settle 1,000 nodes within a minute in headless Chromium,
and networkx cannot help past a few thousand nodes here: ``spring_layout`` needs SciPy
beyond 500 nodes and is quadratic (> 90 s at 10k), ``forceatlas2_layout`` takes 16 s for
1,500 nodes. :func:`force_layout` is a Fruchterman-Reingold layout in NumPy that lays
each connected component out on its own — exact repulsion for small components, repulsion
from a fresh random sample of nodes at each step for large ones, which makes a step
linear in the size of the component — then packs the components in rows, largest first.
It is seeded, so the same graph always gets the same picture.

Example:
    >>> import networkx as nx
    >>> points = force_layout(nx.path_graph(3))
    >>> sorted(points)
    [0, 1, 2]
    >>> isinstance(points[0], Point)
    True
"""

from __future__ import annotations

import logging
import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import networkx as nx
import numpy as np

__all__ = ["Point", "force_layout"]

logger = logging.getLogger(__name__)

#: Ideal edge length, in vis-network canvas units (pixels at scale 1).
EDGE_LENGTH = 90.0
#: Components up to this size get exact all-pairs repulsion.
EXACT_LIMIT = 100
#: Nodes each node is repelled by per step in a larger component.
SAMPLE_SIZE = 48
#: Gap between packed components, in edge lengths.
GAP = 2.0


@dataclass(frozen=True, slots=True)
class Point:
    """A position on the vis-network canvas."""

    x: float
    y: float


def force_layout(
    graph: nx.Graph, *, seed: int = 0, iterations: int | None = None
) -> dict[Hashable, Point]:
    """Place every node of ``graph``, directed or not, on the canvas.

    Args:
        graph: Any networkx graph; edge directions are ignored.
        seed: Seed of the random start and of the repulsion samples.
        iterations: Steps per component; by default 30 for tiny components, 80 for small
            ones and 120 for large ones.

    Returns:
        A position for every node, components side by side.

    Example:
        >>> points = force_layout(nx.Graph([(1, 2)]))
        >>> round(abs(points[1].x - points[2].x) + abs(points[1].y - points[2].y)) > 0
        True
    """
    undirected = graph.to_undirected(as_view=True) if graph.is_directed() else graph
    rng = np.random.default_rng(seed)
    components = sorted(
        (sorted(component, key=str) for component in nx.connected_components(undirected)),
        key=lambda nodes: (-len(nodes), str(nodes[0])),
    )
    blocks = []
    singles: list[Hashable] = []
    for nodes in components:
        if len(nodes) == 1:
            singles.append(nodes[0])
            continue
        index = {node: i for i, node in enumerate(nodes)}
        pairs = np.array(
            [(index[u], index[v]) for u, v in undirected.subgraph(nodes).edges() if u != v],
            dtype=np.int64,
        ).reshape(-1, 2)
        blocks.append((nodes, _component(len(nodes), pairs, rng, iterations)))
    if singles:
        # Isolated entities go in one square grid block after the connected ones.
        side = math.ceil(math.sqrt(len(singles)))
        grid = np.array([(i % side, i // side) for i in range(len(singles))], dtype=float)
        blocks.append((singles, grid))
    points = _pack(blocks)
    logger.debug("laid out %d nodes in %d blocks", len(points), len(blocks))
    return points


def _component(
    n: int, pairs: np.ndarray, rng: np.random.Generator, iterations: int | None
) -> np.ndarray:
    """Fruchterman-Reingold positions of one connected component, in edge lengths."""
    if n == 2:
        return np.array([[0.0, 0.0], [1.0, 0.0]])  # pairs are common in news graphs
    side = math.sqrt(n)
    pos = rng.uniform(0.0, side, size=(n, 2))
    exact = n <= EXACT_LIMIT
    steps = iterations or (30 if n <= 10 else 80 if exact else 120)
    temperature = side / 4
    cooling = temperature / (steps + 1)
    source, target = pairs[:, 0], pairs[:, 1]
    for _ in range(steps):
        if exact:
            delta = pos[:, None, :] - pos[None, :, :]
            dist2 = np.maximum((delta**2).sum(axis=-1), 1e-4)
            push = (delta / dist2[:, :, None]).sum(axis=1)
        else:
            sample = rng.choice(n, size=SAMPLE_SIZE, replace=False)
            delta = pos[:, None, :] - pos[None, sample, :]
            dist2 = np.maximum((delta**2).sum(axis=-1), 1e-4)
            # Each sampled node stands for n / SAMPLE_SIZE of them.
            push = (delta / dist2[:, :, None]).sum(axis=1) * (n / SAMPLE_SIZE)
        stretch = pos[source] - pos[target]
        length = np.sqrt((stretch**2).sum(axis=1, keepdims=True))
        pull = stretch * length  # attraction d^2 / k with k = 1, along the edge
        move = push
        np.subtract.at(move, source, pull)
        np.add.at(move, target, pull)
        # A weak pull to the centre keeps sampled repulsion from scattering leaves.
        move -= 0.05 * (pos - pos.mean(axis=0))
        norm = np.maximum(np.sqrt((move**2).sum(axis=1, keepdims=True)), 1e-9)
        pos += move / norm * np.minimum(norm, temperature)
        temperature -= cooling
    return pos


def _pack(blocks: Sequence[tuple[Sequence[Hashable], np.ndarray]]) -> dict[Hashable, Point]:
    """Shelf-pack blocks in rows about as wide as the whole picture is tall."""
    sized = []
    for nodes, pos in blocks:
        pos = pos - pos.min(axis=0)
        sized.append((nodes, pos, pos.max(axis=0) + GAP))
    area = sum(float(size[0] * size[1]) for _, _, size in sized)
    row_width = max([math.sqrt(area)] + [float(size[0]) for _, _, size in sized])
    points: dict[Hashable, Point] = {}
    x = y = row_height = 0.0
    for nodes, pos, size in sized:
        if x > 0 and x + size[0] > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in zip(nodes, pos, strict=True):
            points[node] = Point(round((x + px) * EDGE_LENGTH, 1), round((y + py) * EDGE_LENGTH, 1))
        x += float(size[0])
        row_height = max(row_height, float(size[1]))
    return points
