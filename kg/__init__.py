"""kg — a political-events knowledge graph from news articles.

The library API (the ``kg`` command is a thin layer over it)::

    import kg
    summary = kg.build(["seeds/"], store="kg-store")       # articles → store (or "http://host:7878")
    kg.remove(["venezuela-releases"], store="kg-store")    # drop articles again
    with kg.open_store("kg-store") as store:               # read-only by default
        table = kg.query("SELECT ?e WHERE { ?e a pe:Arrest }", store)
        kg.export(store, "turtle", "out/graph.ttl")
        kg.write_view(store, "out/graph.html")
        print(kg.stats(store).text())                      # networkx analytics
        print(kg.shortest_path(store, "Maduro", "Bukele").text())
        G = kg.to_networkx(store)                          # entity network (MultiDiGraph)
    report = kg.evaluate("../shared/eval/seed_gold.json")

spaCy is imported only when something is built.
"""

__version__ = "0.1.0"

from .build import build, build_articles, remove  # noqa: E402
from .errors import KgError  # noqa: E402
from .export import export  # noqa: E402
from .query import query  # noqa: E402
from .store import KgStore, Store, open_store  # noqa: E402

__all__ = [
    "__version__",
    "KgError",
    "KgStore",
    "Store",
    "build",
    "build_articles",
    "evaluate",
    "export",
    "open_store",
    "query",
    "remove",
    "shortest_path",
    "stats",
    "to_networkx",
    "validate",
    "write_network",
    "write_view",
]


def __getattr__(name: str):
    # heavier parts load on first use; importing a submodule binds its module
    # object to the package attribute, so the function is re-bound afterwards
    import importlib

    lazy = {
        "write_view": "view",
        "validate": "validate",
        "evaluate": "evaluate",
        "stats": "analysis",
        "shortest_path": "analysis",
        "to_networkx": "analysis",
        "write_network": "analysis",
    }
    if name not in lazy:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    func = getattr(importlib.import_module(f".{lazy[name]}", __name__), name)
    globals()[name] = func
    return func
