"""The entity network read from the store: who did what to whom, with the facts behind each edge.

One loader (:func:`load_view_graph`) serves the HTML view, the networkx analytics and the PLOVER
export, so the three always agree on what an entity, an edge and a fact are::

    store → kg.network (load, typed ViewGraph) → kg.view (HTML) · kg.analysis (networkx) · kg.plover
"""

from .load import load_view_graph
from .model import Participant, ViewEdge, ViewFact, ViewGraph, ViewNode, ViewSummary
from .rank import pagerank

__all__ = [
    "Participant",
    "ViewEdge",
    "ViewFact",
    "ViewGraph",
    "ViewNode",
    "ViewSummary",
    "load_view_graph",
    "pagerank",
]
