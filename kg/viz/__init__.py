"""The interactive graph page: one offline HTML file per kg graph.

``render_html`` builds the page, ``write_html`` writes it (``kg build``'s html output),
``render_file`` renders a Turtle/TriG export (``kg viz``), and ``show`` displays it in a
notebook. See :mod:`kg.viz.page` for what makes the page safe with hostile text.

Example:
    >>> from rdflib import Graph
    >>> "application/json" in render_html(Graph())
    True
"""

from kg.viz.page import LAYOUT_THRESHOLD, render_file, render_html, render_view, show, write_html
from kg.viz.view import GraphView, graph_view, select

__all__ = [
    "LAYOUT_THRESHOLD",
    "GraphView",
    "graph_view",
    "render_file",
    "render_html",
    "render_view",
    "select",
    "show",
    "write_html",
]
