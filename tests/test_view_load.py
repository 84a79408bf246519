"""load_view_graph against small hand-built stores that follow docs/data-model.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import UsageError
from kg.store import Store
from kg.view import ViewGraph, load_view_graph
from kg.network.load import label_from_iri, safe_url, words
from kg.view.sample import demo_articles

E = "https://w3id.org/kg/id/entity/"
PE = "https://w3id.org/kg/pe#"


def make_store(path: Path, articles) -> Path:
    with Store(path, mode="write") as store:
        for art in articles:
            store.replace_article(art)
    return path


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return make_store(tmp_path_factory.mktemp("view") / "store", demo_articles())


@pytest.fixture
def store(store_path):
    with Store(store_path) as s:
        yield s


@pytest.fixture
def graph(store) -> ViewGraph:
    return load_view_graph(store)


def node(graph: ViewGraph, label: str):
    found = [n for n in graph.nodes if n.label == label]
    assert len(found) == 1, f"no single node {label!r} in {[n.label for n in graph.nodes]}"
    return found[0]


def test_nodes_are_participating_entities_with_class(graph):
    labels = {n.label: n.cls for n in graph.nodes}
    assert labels == {
        "Nicolás Maduro": "Person",
        "13 people": "Group",
        "Foro Penal": "Organization",
        "National Police": "Organization",
        "Juan Pérez": "Person",
        "Lula": "Person",
    }
    # places and countries that are not actors or recipients are not nodes
    assert "Caracas" not in labels and "Venezuela" not in labels


def test_single_actor_statement_keeps_its_entity(graph):
    foro = node(graph, "Foro Penal")
    assert foro.events == 1
    assert not [e for e in graph.edges if foro.id in (e.source, e.target)]
    (fact,) = [f for f in graph.facts if f.id in foro.facts]
    assert fact.type == "Statement" and fact.recipients == ()


def test_node_details(graph):
    maduro = node(graph, "Nicolás Maduro")
    assert maduro.id == E + "nicolas-maduro"
    assert set(maduro.aliases) == {"Maduro", "President Maduro"}
    assert maduro.titles == ("President",)
    assert maduro.countries == ("Venezuela",)
    assert maduro.country_codes == ("VEN",) and maduro.iso_code is None  # pe:isoCode of its country
    assert node(graph, "Lula").country_codes == ("BRA",)
    assert node(graph, "Juan Pérez").country_codes == ()
    assert maduro.sectors == ("GOV",)
    assert maduro.articles == 2  # typed in both article graphs
    assert maduro.events == 3  # release, meeting, accusation
    assert node(graph, "13 people").size == 13
    assert abs(sum(n.importance for n in graph.nodes) - 1.0) < 1e-6


def test_edges_are_relation_triples_labelled_in_words(graph):
    by_pair = {(e.source.rsplit("/", 1)[-1], e.target.rsplit("/", 1)[-1]): e for e in graph.edges}
    release = by_pair[("nicolas-maduro", "13-people")]
    assert release.relation == PE + "releases"
    assert release.label == "released"
    assert by_pair[("national-police", "juan-perez")].relation == PE + "arrests"
    assert by_pair[("nicolas-maduro", "lula")].relation == PE + "meetsWith"
    assert by_pair[("lula", "nicolas-maduro")].relation == PE + "accuses"
    assert len(graph.edges) == 4
    for e in graph.edges:
        assert " " in e.label or e.label.isalpha(), e.label  # words, not an IRI
        assert len(e.facts) == 1


def test_edge_facts_carry_sentence_and_provenance(graph):
    facts = {f.id: f for f in graph.facts}
    release_edge = next(e for e in graph.edges if e.relation == PE + "releases")
    fact = facts[release_edge.facts[0]]
    assert fact.sentence == "On Sunday, Maduro released at least 13 people in Caracas."
    assert fact.type == "Retreat" and fact.fine == "Release"
    assert fact.trigger == "released"
    assert fact.place == "Caracas"
    assert fact.date == "2025-01-12"
    assert fact.counts == (("count", 13, None),)
    assert fact.article_id == "a1"
    assert fact.article_title == "Venezuela frees prisoners"
    assert fact.article_url == "https://example.org/a1"
    assert [p.label for p in fact.actors] == ["Nicolás Maduro"]
    assert [p.label for p in fact.recipients] == ["13 people"]


def test_non_http_links_are_dropped(graph):
    arrest = next(f for f in graph.facts if f.fine == "Arrest")
    assert arrest.article_id == "a2"
    assert arrest.article_url is None  # it was javascript:alert(1)
    assert arrest.date == "2025-02" and arrest.counts == (("arrested", 2, None),)
    accuse = next(f for f in graph.facts if f.type == "Accuse")
    assert accuse.negated is True


def test_facts_newest_first_undated_last(graph):
    dates = [f.date for f in graph.facts]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)
    assert dates[-len([d for d in dates if not d]) :] == [None] * len([d for d in dates if not d])


@pytest.mark.parametrize("name", ["Nicolás Maduro", "nicolas maduro", "President Maduro", E + "nicolas-maduro"])
def test_focus_by_label_alias_slug_or_iri(store, name):
    g = load_view_graph(store, focus=name, hops=1)
    assert {n.label for n in g.nodes} == {"Nicolás Maduro", "13 people", "Lula"}
    assert g.focus == (E + "nicolas-maduro",)
    assert g.hops == 1


def test_focus_hops(store):
    g0 = load_view_graph(store, focus="Lula", hops=0)
    assert [n.label for n in g0.nodes] == ["Lula"]
    g2 = load_view_graph(store, focus="Lula", hops=2)
    assert {n.label for n in g2.nodes} == {"Lula", "Nicolás Maduro", "13 people"}
    # the node's panel still lists every one of its events, even towards left-out entities
    assert len(node(g0, "Lula").facts) == 2


def test_unknown_focus_is_a_usage_error(store):
    with pytest.raises(UsageError, match=r"no entity named 'Nobody Atall' in the store"):
        load_view_graph(store, focus="Nobody Atall")
    with pytest.raises(UsageError, match="did you mean 'Lula'"):
        load_view_graph(store, focus="Lulla")


def test_max_nodes_keeps_the_most_central(store):
    g = load_view_graph(store, max_nodes=2)
    assert len(g.nodes) == 2 and g.left_out == 4
    assert "Nicolás Maduro" in {n.label for n in g.nodes}  # the hub: three events, two edges
    kept = {n.id for n in g.nodes}
    assert all(e.source in kept and e.target in kept for e in g.edges)
    # facts: every event of a kept entity, no others
    assert {f.id for f in g.facts} == {fid for n in g.nodes for fid in n.facts}


def test_max_nodes_keeps_the_focus(store):
    g = load_view_graph(store, focus="Juan Pérez", hops=1, max_nodes=1)
    assert [n.label for n in g.nodes] == ["Juan Pérez"] and g.left_out == 1


@pytest.mark.parametrize("opts", [{"hops": -1}, {"hops": 1.5}, {"max_nodes": 0}, {"max_nodes": "5"}])
def test_bad_options(store, opts):
    with pytest.raises(UsageError):
        load_view_graph(store, **opts)


def test_empty_store(tmp_path):
    path = make_store(tmp_path / "empty", [])
    with Store(path) as s:
        g = load_view_graph(s)
    assert g.nodes == () and g.edges == () and g.facts == () and g.left_out == 0


def test_label_duplicates_across_articles_do_not_multiply(store, graph):
    # an entity typed and labelled in two graphs is still one node with one label
    assert len([n for n in graph.nodes if n.label == "Nicolás Maduro"]) == 1
    assert len({f.id for f in graph.facts}) == len(graph.facts) == 5


def test_query_count_does_not_grow_with_nodes(store, monkeypatch):
    calls = []
    original = Store.select

    def counting(self, sparql):
        calls.append(sparql)
        return original(self, sparql)

    monkeypatch.setattr(Store, "select", counting)
    load_view_graph(store)
    assert 0 < len(calls) <= 8


def test_helpers():
    assert words("protestsAgainst") == "protests against"
    assert words("meetsWith") == "meets with"
    assert label_from_iri(E + "juan-p%C3%A9rez") == "juan pérez"
    assert safe_url("https://example.org/x?a=1") == "https://example.org/x?a=1"
    assert safe_url("HTTP://EXAMPLE.ORG") == "HTTP://EXAMPLE.ORG"
    for bad in ("javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>", "//example.org",
                "ftp://example.org", "https://exa mple.org", "https://example.org/\nx", "http://", "", None):
        assert safe_url(bad) is None, bad


def test_a_real_build_of_the_seed_article(seed_store):
    """The view reads what kg build writes (the real spaCy pipeline and RDF writer)."""
    with Store(seed_store) as s:
        g = load_view_graph(s)
    assert len(g.nodes) >= 5 and g.edges and g.facts
    assert "released" in {e.label for e in g.edges}
    ids = {f.id for f in g.facts}
    for e in g.edges:
        assert e.facts and set(e.facts) <= ids
        assert not e.label.startswith(("http", "pe:")), e.label
    for n in g.nodes:
        assert n.facts and n.events == len(n.facts) and n.articles == 1
        assert n.cls in {"Person", "Organization", "Country", "Group", "Location"}
    for f in g.facts:
        assert f.sentence and f.article_id and f.type


def test_iso_codes_of_countries_and_of_the_countries_of_entities(tmp_path):
    """pe:isoCode: a Country node's own code, and those of an entity's countries (nodes or not)."""
    from conftest import country_extraction

    from kg.rdf.convert import to_article_graph

    path = make_store(tmp_path / "store", [to_article_graph(country_extraction())])
    with Store(path) as s:
        g = load_view_graph(s)
    venezuela, lula, maduro = node(g, "Venezuela"), node(g, "Lula"), node(g, "Nicolás Maduro")
    assert venezuela.cls == "Country" and venezuela.iso_code == "VEN" and venezuela.country_codes == ()
    assert lula.iso_code is None and lula.countries == ("Brazil",) and lula.country_codes == ("BRA",)
    assert "Brazil" not in {n.label for n in g.nodes}  # not a participant, yet its code is read
    assert maduro.country_codes == ("VEN",)
    assert node(g, "13 people").iso_code is None and node(g, "13 people").country_codes == ()
