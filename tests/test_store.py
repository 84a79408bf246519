"""The local Oxigraph store: atomic per-article replace, locking, read-only queries."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pyoxigraph as ox
import pytest

from kg.errors import QueryError, StoreBusyError, StoreError
from kg.rdf.vocab import ONTOLOGY_GRAPH, PE_IRI
from kg.store import ArticleGraph, Store, looks_like_update, open_store

P = ox.NamedNode(PE_IRI + "sourceText")


def _graph(article_id: str, *texts: str) -> ArticleGraph:
    g = f"https://w3id.org/kg/id/graph/{article_id}"
    triples = tuple(
        ox.Triple(ox.NamedNode(f"https://w3id.org/kg/id/event/{article_id}/{i}"), P, ox.Literal(t))
        for i, t in enumerate(texts)
    )
    return ArticleGraph(article_id, g, triples)


def _texts(store: Store) -> list[str]:
    return sorted(r["t"].value for r in store.select("SELECT ?t WHERE { ?e pe:sourceText ?t }"))


def test_replace_article_replaces_and_keeps_others(tmp_path):
    with Store(tmp_path / "s", mode="write") as store:
        store.replace_article(_graph("a", "one", "two"))
        store.replace_article(_graph("b", "three"))
        store.replace_article(_graph("a", "two bis"))
        assert _texts(store) == ["three", "two bis"]
        assert len(store.article_graphs()) == 2
        assert store.remove_graph("https://w3id.org/kg/id/graph/b") is True
        assert store.remove_graph("https://w3id.org/kg/id/graph/b") is False
        assert _texts(store) == ["two bis"]
    with open_store(tmp_path / "s") as store:  # persisted, readable read-only
        assert _texts(store) == ["two bis"]


def test_ontology_graph_is_loaded_and_not_an_article(tmp_path):
    from kg.rdf.vocab import ontology_path

    shipped = {q.triple for q in ox.parse(ontology_path("pe.ttl").read_bytes(), format=ox.RdfFormat.TURTLE)}
    assert len(shipped) > 100
    with Store(tmp_path / "s", mode="write") as store:
        assert ONTOLOGY_GRAPH not in store.article_graphs()
        loaded = {q.triple for q in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(ONTOLOGY_GRAPH))}
        assert loaded == shipped
        labels = list(store.select("SELECT ?l WHERE { pe:Arrest rdfs:label ?l }"))
        assert labels, "class labels are queryable through the union graph"


def test_missing_and_foreign_folders(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "nothing")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "data.csv").write_text("x")
    with pytest.raises(StoreError, match="not a kg store"):
        open_store(tmp_path / "other", mode="write")
    with pytest.raises(StoreError, match="not a kg store"):
        open_store(tmp_path / "other")
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        open_store(tmp_path / "file", mode="write")


HOLD = textwrap.dedent(
    """
    import sys, time
    from kg.store import Store
    s = Store(sys.argv[1], mode="write")
    print("locked", flush=True)
    time.sleep(60)
    """
)


def test_second_writer_and_reader_are_told_the_store_is_busy(tmp_path):
    path = tmp_path / "s"
    Store(path, mode="write").close()
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreBusyError, match=f"pid {holder.pid}"):
            Store(path, mode="write")
        with pytest.raises(StoreBusyError, match="busy"):
            Store(path, mode="read")
    finally:
        holder.kill()
        holder.wait()
    with Store(path, mode="write"):  # the lock died with its process
        pass


def test_two_readers_at_once(tmp_path):
    path = tmp_path / "s"
    with Store(path, mode="write") as s:
        s.replace_article(_graph("a", "x"))
    with open_store(path) as r1, open_store(path) as r2:
        assert _texts(r1) == _texts(r2) == ["x"]


def test_syntax_error_names_the_position(tmp_path):
    with Store(tmp_path / "s", mode="write") as store:
        with pytest.raises(QueryError, match=r"SPARQL syntax error: .*1:\d+"):
            store.query("SELECT ?s WHERE { ?s ?p }")


@pytest.mark.parametrize(
    "text",
    [
        "INSERT DATA { <http://a> <http://b> <http://c> }",
        "PREFIX ex: <http://e/>\n# comment\n delete where { ?s ?p ?o }",
        "DROP ALL",
        "LOAD <http://example.org/x.ttl>",
        "CLEAR GRAPH <http://g>",
    ],
)
def test_updates_are_refused_and_change_nothing(tmp_path, text):
    assert looks_like_update(text)
    with Store(tmp_path / "s", mode="write") as store:
        store.replace_article(_graph("a", "x"))
        with pytest.raises(QueryError, match="read-only"):
            store.query(text)
        assert _texts(store) == ["x"]


def test_queries_are_not_mistaken_for_updates():
    assert not looks_like_update("PREFIX x: <http://x#> SELECT * WHERE { ?s ?p ?o }")
    assert not looks_like_update("ASK { ?s ?p ?o }")
    assert not looks_like_update("construct { ?s ?p ?o } where { ?s ?p ?o }")
