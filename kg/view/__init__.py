"""The interactive HTML network view (``kg view``).

Entities are nodes, the direct actor → recipient relations are edges, and every
node and edge opens the events and source sentences behind it.  The page is one
self-contained file: vis-network is inlined, no request ever leaves it.

    from kg.view import write_view
    with kg.open_store("kg-store") as store:
        write_view(store, "out/graph.html", focus="Nicolás Maduro", hops=2)
"""

from ..network import load_view_graph
from ..network.model import Participant, ViewEdge, ViewFact, ViewGraph, ViewNode, ViewSummary
from .render import PHYSICS_MAX_NODES, render_html, write_view

__all__ = [
    "PHYSICS_MAX_NODES",
    "Participant",
    "ViewEdge",
    "ViewFact",
    "ViewGraph",
    "ViewNode",
    "ViewSummary",
    "load_view_graph",
    "render_html",
    "write_view",
]
