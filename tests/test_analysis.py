"""kg.analysis: store → networkx, statistics, fact paths, GraphML/GEXF.

Most tests use a small hand-built store (two articles, written below in
Turtle following docs/data-model.md) whose rankings, paths and communities can
be worked out by hand:

    triangle 1          bridge          triangle 2          star            alone
    Maduro ─releases→ Capriles (×2, in two articles)
    Capriles ─arrests→ National Guard ─attacks→ Rubio ─meets→ El Salvador
    National Guard ─speaksTo→ Maduro         United States ─threatens→ Rubio
                                             El Salvador ─accuses→ United States
    police ─arrests→ protesters (article a1), police ─arrests→ protesters (article a2)
    foreign ministry: a statement with no recipient (isolated)

plus a negated arrest Maduro → United States and a hypothetical threat
Capriles → El Salvador, neither of which is a fact of the network.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from kg import analysis
from kg.analysis import (
    NoPathError,
    betweenness,
    entity_graph,
    find_entity,
    flatten,
    shortest_path,
    stats,
    to_networkx,
    write_gexf,
    write_graphml,
    write_network,
)
from kg.errors import OutputError, UsageError
from kg.rdf.vocab import RELATION_OF_CLASS
from kg.store import ArticleGraph, Store

DATA = "https://w3id.org/kg/id/"
PE = "https://w3id.org/kg/pe#"

A = DATA + "entity/nicolas-maduro"
B = DATA + "entity/henrique-capriles"
C = DATA + "entity/national-guard"
D = DATA + "entity/marco-rubio"
E = DATA + "entity/el-salvador"
F = DATA + "entity/united-states"
G_ = DATA + "entity/foreign-ministry"
Y = DATA + "entity/police"
P1 = DATA + "group/a1/protesters"
P2 = DATA + "group/a2/protesters"
V = DATA + "entity/venezuela"

# -- building stores by hand ----------------------------------------------------------

ENTITIES = {
    "entity/nicolas-maduro": ("Person", "Nicolás Maduro", ("Maduro", "President Nicolás Maduro"), "entity/venezuela", "GOV"),
    "entity/henrique-capriles": ("Person", "Henrique Capriles", (), None, "OPP"),
    "entity/national-guard": ("Organization", "National Guard", ("Venezuela's National Guard",), "entity/venezuela", "MIL"),
    "entity/marco-rubio": ("Person", "Marco Rubio", (), "entity/united-states", "GOV"),
    "entity/el-salvador": ("Country", "El Salvador", (), None, None),
    "entity/united-states": ("Country", "United States", (), None, None),
    "entity/foreign-ministry": ("Organization", "foreign ministry", (), "entity/venezuela", "GOV"),
    "entity/police": ("Organization", "police", (), None, "MIL"),
    "entity/venezuela": ("Country", "Venezuela", (), None, None),
    "group/a1/protesters": ("Group", "protesters", (), None, "CVL"),
    "group/a2/protesters": ("Group", "protesters", (), None, "CVL"),
    "entity/caracas": ("Location", "Caracas", (), "entity/venezuela", None),
}

PLOVER_OF = {"Release": "Retreat", "Arrest": "Coerce", "Attack": "Assault", "Meeting": "Consult", "Killing": "Assault"}


def ev(key, cls, actors=(), recipients=(), *, trigger="did", date=None, negated=False, hypothetical=False,
       reported_by=(), arrested=None, count=None, location=None):
    return {
        "key": key, "cls": cls, "actors": actors, "recipients": recipients, "trigger": trigger, "date": date,
        "negated": negated, "hypothetical": hypothetical, "reported_by": reported_by, "arrested": arrested,
        "count": count, "location": location,
    }


def _lit(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def article_ttl(aid: str, events: list[dict], *, extra: str = "") -> str:
    """One article's graph as Turtle, following docs/data-model.md (direct edges included)."""
    out = [
        "@prefix pe: <https://w3id.org/kg/pe#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
        "@prefix prov: <http://www.w3.org/ns/prov#> .",
        "@prefix dcterms: <http://purl.org/dc/terms/> .",
        "@prefix schema: <https://schema.org/> .",
        f"@base <{DATA}> .",
        (
            f'<article/{aid}> a pe:Article ; dcterms:identifier "{aid}" ; pe:contentHash "{"0" * 64}" ;'
            " prov:wasGeneratedBy <activity/t> ."
        ),
        (
            '<activity/t> a prov:Activity ; rdfs:label "kg test" ; prov:wasAssociatedWith <software/kg/0.1.0> ;'
            " prov:used <software/p/1> ."
        ),
        '<software/kg/0.1.0> a prov:SoftwareAgent ; rdfs:label "kg 0.1.0" ; schema:softwareVersion "0.1.0" .',
        '<software/p/1> a prov:Entity ; rdfs:label "pipeline p 1" ; schema:softwareVersion "1" .',
    ]
    used: set[str] = set()
    for e in events:
        used.update(e["actors"], e["recipients"], e["reported_by"])
        if e["location"]:
            used.add(e["location"])
    for ref in list(used):
        country = ENTITIES[ref][3]
        if country:
            used.add(country)
    for ref in sorted(used):
        cls, label, aliases, country, sector = ENTITIES[ref]
        parts = [f"<{ref}> a pe:{cls}", f"rdfs:label {_lit(label)}"]
        parts += [f"pe:alias {_lit(a)}" for a in aliases]
        if country:
            parts.append(f"pe:country <{country}>")
        if sector:
            parts.append(f'pe:sector "{sector}"')
        parts.append(f"prov:wasDerivedFrom <article/{aid}>")
        out.append(" ;\n    ".join(parts) + " .")
    offset = 0
    for e in events:
        fine = e["cls"] if e["cls"] in PLOVER_OF else None
        plover = PLOVER_OF.get(e["cls"], e["cls"])
        types = ", ".join(f"pe:{c}" for c in ("Event", plover, fine) if c)
        sentence = f"Sentence of {e['key']} in {aid}."
        parts = [
            f"<event/{aid}/{e['key']}> a {types}",
            f"pe:trigger {_lit(e['trigger'])}",
            f"pe:sourceText {_lit(sentence)}",
            f"pe:sourceStart {offset}",
            f"pe:sourceEnd {offset + len(sentence)}",
            f"pe:negated {'true' if e['negated'] else 'false'}",
            f"pe:hypothetical {'true' if e['hypothetical'] else 'false'}",
            f"prov:wasDerivedFrom <article/{aid}>",
        ]
        offset += len(sentence) + 1
        parts += [f"pe:actor <{x}>" for x in e["actors"]]
        parts += [f"pe:recipient <{x}>" for x in e["recipients"]]
        parts += [f"pe:reportedBy <{x}>" for x in e["reported_by"]]
        if e["location"]:
            parts.append(f"pe:location <{e['location']}>")
        if e["date"]:
            value = e["date"]
            dtype = {10: "date", 7: "gYearMonth", 4: "gYear"}[len(value)]
            parts.append(f'pe:date "{value}"^^xsd:{dtype}')
        if e["arrested"] is not None:
            parts.append(f"pe:arrested {e['arrested']}")
        if e["count"] is not None:
            parts.append(f"pe:count {e['count']}")
        out.append(" ;\n    ".join(parts) + " .")
        if not e["negated"] and not e["hypothetical"]:
            relation = RELATION_OF_CLASS[e["cls"]]
            for a in e["actors"]:
                for b in e["recipients"]:
                    if a != b:
                        out.append(f"<{a}> pe:{relation} <{b}> .")
    out.append(extra)
    return "\n".join(out) + "\n"


def article_graph(aid: str, ttl: str) -> ArticleGraph:
    triples = tuple(q.triple for q in ox.parse(ttl.encode("utf-8"), format=ox.RdfFormat.TURTLE))
    return ArticleGraph(aid, f"{DATA}graph/{aid}", triples)


def make_store(path: Path, articles: dict[str, str]) -> Path:
    with Store(path, mode="write") as store:
        for aid, ttl in articles.items():
            store.replace_article(article_graph(aid, ttl))
    return path


A1_EVENTS = [
    ev("s0-t1", "Release", ["entity/nicolas-maduro"], ["entity/henrique-capriles"], trigger="released",
       date="2025-01-12", reported_by=["entity/foreign-ministry"], count=13),
    ev("s1-t1", "Arrest", ["entity/henrique-capriles"], ["entity/national-guard"], trigger="arrested",
       date="2025-01-20", arrested=2000, location="entity/caracas"),
    ev("s2-t1", "Statement", ["entity/national-guard"], ["entity/nicolas-maduro"], trigger="told"),
    ev("s3-t1", "Attack", ["entity/national-guard"], ["entity/marco-rubio"], trigger="attacked", date="2024"),
    ev("s4-t1", "Arrest", ["entity/nicolas-maduro"], ["entity/united-states"], trigger="detain", negated=True),
    ev("s5-t1", "Threaten", ["entity/henrique-capriles"], ["entity/el-salvador"], trigger="could threaten",
       hypothetical=True),
    ev("s6-t1", "Statement", ["entity/foreign-ministry"], [], trigger="said"),
    ev("s7-t1", "Arrest", ["entity/police"], ["group/a1/protesters"], trigger="detained", arrested=50),
    ev("s8-t1", "Killing", [], [], trigger="killed"),
]
A2_EVENTS = [
    ev("s0-t1", "Release", ["entity/nicolas-maduro"], ["entity/henrique-capriles"], trigger="freed", date="2025-02",
       reported_by=["entity/marco-rubio"]),
    ev("s1-t1", "Meeting", ["entity/marco-rubio"], ["entity/el-salvador"], trigger="met"),
    ev("s2-t1", "Accuse", ["entity/el-salvador"], ["entity/united-states"], trigger="accused"),
    ev("s3-t1", "Threaten", ["entity/united-states"], ["entity/marco-rubio"], trigger="threatened"),
    ev("s4-t1", "Arrest", ["entity/police"], ["group/a2/protesters"], trigger="arrested", arrested=7),
]


@pytest.fixture(scope="module")
def hand_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("analysis") / "store"
    return make_store(path, {"a1": article_ttl("a1", A1_EVENTS), "a2": article_ttl("a2", A2_EVENTS)})


@pytest.fixture(scope="module")
def graph(hand_store) -> nx.MultiDiGraph:
    return to_networkx(hand_store)


# -- the fixture itself follows the contract ----------------------------------------------


def test_hand_store_conforms_to_the_shapes(hand_store):
    from kg.validate import validate

    with Store(hand_store) as store:
        report = validate(store)
    assert report.conforms, report.text()


# -- to_networkx ---------------------------------------------------------------------------


def test_nodes_are_the_actors_and_recipients_with_their_attributes(graph):
    assert set(graph) == {A, B, C, D, E, F, G_, Y, P1, P2}  # Venezuela, Caracas: only country / place
    maduro = graph.nodes[A]
    assert maduro["label"] == "Nicolás Maduro"
    assert maduro["class"] == "Person"
    assert maduro["country"] == ("Venezuela",)
    assert maduro["sector"] == ("GOV",)
    assert set(maduro["aliases"]) == {"Maduro", "President Nicolás Maduro"}
    assert maduro["events"] == 4  # two releases, the statement it received, the negated arrest
    assert maduro["articles"] == 2
    assert graph.nodes[P1]["class"] == "Group"


def test_edges_are_asserted_facts_keyed_by_event(graph):
    assert graph.number_of_edges() == 10
    # two releases Maduro → Capriles, one per article, each with its own event
    releases = graph.get_edge_data(A, B)
    assert set(releases) == {DATA + "event/a1/s0-t1", DATA + "event/a2/s0-t1"}
    first = releases[DATA + "event/a1/s0-t1"]
    assert first["relation"] == PE + "releases"
    assert first["label"] == "released"
    assert first["event_type"] == "Retreat" and first["fine_type"] == "Release"
    assert first["trigger"] == "released"
    assert first["date"] == "2025-01-12"
    assert first["sentence"] == "Sentence of s0-t1 in a1."
    assert first["article"] == "a1"
    assert first["reported_by"] == ("foreign ministry",)
    assert first["negated"] is False and first["hypothetical"] is False
    statement = graph.get_edge_data(C, A)[DATA + "event/a1/s2-t1"]
    assert statement["relation"] == PE + "speaksTo" and statement["fine_type"] is None
    assert statement["date"] is None
    # direction is kept: nothing goes from Capriles back to Maduro
    assert not graph.has_edge(B, A)


def test_negated_and_hypothetical_events_are_not_facts(graph, hand_store):
    assert not graph.has_edge(A, F)  # negated arrest
    assert not graph.has_edge(B, E)  # hypothetical threat
    everything = to_networkx(hand_store, include_unasserted=True)
    assert everything.number_of_edges() == 12
    neg = everything.get_edge_data(A, F)[DATA + "event/a1/s4-t1"]
    assert neg["negated"] is True and neg["relation"] == PE + "arrests"
    assert everything.get_edge_data(B, E)[DATA + "event/a1/s5-t1"]["hypothetical"] is True
    # ... and the statistics ignore them even on such a graph
    assert entity_graph(everything).number_of_edges() == entity_graph(graph).number_of_edges()


def test_relation_triple_without_event_is_an_edge(tmp_path):
    # the negated event makes Rubio a node without a direct edge; the bare triple adds one
    ttl = article_ttl(
        "b1",
        [ev("s0-t1", "Support", ["entity/police"], ["entity/marco-rubio"], negated=True)],
        extra=f"<{Y}> <{PE}supports> <{D}> .",
    )
    G = to_networkx(make_store(tmp_path / "s", {"b1": ttl}))
    data = G.get_edge_data(Y, D)
    assert list(data) == [PE + "supports"]
    assert data[PE + "supports"]["event"] is None
    assert data[PE + "supports"]["label"] == "supported"
    step = analysis.path_in(G, "police", "Marco Rubio").steps[0]
    assert step.fact.event is None and step.forward


def test_accepts_a_store_path_or_an_open_store(hand_store, graph):
    with Store(hand_store) as store:
        again = to_networkx(store)
    assert nx.utils.edges_equal(list(again.edges(keys=True)), list(graph.edges(keys=True)))
    assert list(again.nodes(data=True)) == list(graph.nodes(data=True))


# -- statistics ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hand_stats(hand_store):
    return stats(hand_store, top=5)


def test_counts(hand_stats):
    s = hand_stats
    assert s.articles == 2
    # Venezuela and Caracas count as entities although they are not in the network
    assert s.entities_by_class == {"Person": 3, "Organization": 3, "Country": 3, "Group": 2, "Location": 1}
    assert s.entities == 12
    assert s.events == 14
    assert s.negated_events == 1 and s.hypothetical_events == 1
    assert s.events_by_type == {
        "Consult": 1, "Retreat": 2, "Accuse": 1, "Threaten": 2, "Coerce": 4, "Assault": 2, "Statement": 2,
    }
    assert s.events_by_fine_type == {"Arrest": 4, "Release": 2, "Killing": 1, "Attack": 1, "Meeting": 1}
    assert s.events_by_month == {"2024": 1, "2025-01": 2, "2025-02": 1}
    assert s.undated_events == 10


def test_network_shape(hand_stats):
    s = hand_stats
    assert s.nodes == 10
    assert s.facts == 10
    assert s.links == 9  # the two releases are one link
    assert s.isolated == 1  # the foreign ministry


def test_components_and_communities(hand_stats):
    s = hand_stats
    # protesters of a1 and of a2 are two article-local groups, both arrested by the police
    assert s.component_sizes == (6, 3, 1)
    assert s.components == 3
    members = [{m.id for m in c.members} for c in s.communities]
    assert sorted(members, key=lambda m: sorted(m)) == sorted(
        [{A, B, C}, {D, E, F}, {Y, P1, P2}], key=lambda m: sorted(m)
    )
    assert s.singleton_communities == 1
    # ordered by size, then by their best-connected member: National Guard (3) before Marco Rubio (3)? by label
    assert [c.size for c in s.communities] == [3, 3, 3]
    assert s.communities[0].members[0].label == "Marco Rubio"  # degree 3, "Marco…" < "National…"
    assert s.modularity is not None and s.modularity > 0.4


# Hand values: in the barbell, National Guard and Rubio each lie on every shortest
# path between their own triangle's two other members and the other triangle:
# 2 × 3 = 6 pairs; police lies on 1 pair.  Normalised by 2/((n-1)(n-2)), n = 10.
BTW_BRIDGE = 6 * 2 / (9 * 8)
BTW_POLICE = 1 * 2 / (9 * 8)


def test_rankings(hand_stats):
    s = hand_stats
    by_degree = [(r.label, r.degree, r.facts) for r in s.top_degree]
    assert by_degree == [
        ("Marco Rubio", 3, 3),
        ("National Guard", 3, 3),
        ("Henrique Capriles", 2, 3),  # two releases + the arrest
        ("Nicolás Maduro", 2, 3),
        ("El Salvador", 2, 2),
    ]
    top_btw = s.top_betweenness
    assert [r.label for r in top_btw[:3]] == ["Marco Rubio", "National Guard", "police"]
    assert top_btw[0].betweenness == pytest.approx(BTW_BRIDGE)
    assert top_btw[2].betweenness == pytest.approx(BTW_POLICE)
    assert top_btw[3].betweenness == 0.0
    assert not s.betweenness_sampled
    assert len(s.top_pagerank) == 5
    # the double release makes Maduro and Capriles outrank the other triangle corners
    pr = {r.label: r.pagerank for r in s.top_pagerank}
    assert "Henrique Capriles" in pr and "Nicolás Maduro" in pr
    assert pr["Henrique Capriles"] == pytest.approx(pr["Nicolás Maduro"])


def _reference_pagerank(H: nx.Graph, alpha: float = 0.85, iters: int = 500) -> dict[str, float]:
    """PageRank by the textbook definition (dangling mass spread uniformly)."""
    n = len(H)
    r = dict.fromkeys(H, 1.0 / n)
    strength = {x: sum(d["weight"] for d in H[x].values()) for x in H}
    for _ in range(iters):
        dangling = sum(r[x] for x in H if strength[x] == 0)
        r = {
            x: (1 - alpha) / n + alpha * dangling / n
            + alpha * sum(r[y] * H[x][y]["weight"] / strength[y] for y in H[x])
            for x in H
        }
    return r


def test_pagerank_matches_the_definition(graph, hand_stats):
    ref = _reference_pagerank(entity_graph(graph))
    for r in hand_stats.top_pagerank:
        assert r.pagerank == pytest.approx(ref[r.id], abs=1e-6)
    assert sum(ref.values()) == pytest.approx(1.0)


@pytest.mark.parametrize("seed", range(4))
def test_betweenness_matches_networkx(seed):
    H = nx.gnm_random_graph(40, 55, seed=seed)
    H.add_nodes_from(range(40, 44))  # isolated nodes still count in the normalisation
    H = nx.relabel_nodes(H, {i: f"n{i:02d}" for i in H})
    ours, sampled = betweenness(H)
    ref = nx.betweenness_centrality(H)
    assert not sampled
    assert ours == pytest.approx(ref, abs=1e-12)


def test_betweenness_estimate_is_seeded_and_close():
    H = nx.relabel_nodes(nx.barabasi_albert_graph(400, 2, seed=1), str)
    a, sampled = betweenness(H, budget=20_000)
    b, _ = betweenness(H, budget=20_000)
    assert sampled and a == b
    exact = nx.betweenness_centrality(H)
    hubs = sorted(exact, key=exact.get, reverse=True)[:5]
    top_estimated = sorted(a, key=a.get, reverse=True)[:10]
    assert sum(h in top_estimated for h in hubs) >= 4


def test_stats_text_and_json(hand_stats):
    text = hand_stats.text()
    for expected in ("2 articles", "Entities by class", "Coerce", "2025-01", "undated", "Marco Rubio",
                     "Louvain, seed 42", "Connected components: 3 (sizes 6, 3, 1)"):
        assert expected in text
    data = json.loads(hand_stats.to_json())
    assert data["events"] == 14
    assert data["top_degree"][0]["label"] == "Marco Rubio"
    assert data["communities"][0]["members"][0]["id"] == D
    assert data["component_sizes"] == [6, 3, 1]


def test_stats_are_deterministic(hand_store, hand_stats):
    assert stats(hand_store, top=5) == hand_stats


def test_stats_top_must_be_positive(hand_store):
    with pytest.raises(UsageError):
        stats(hand_store, top=0)


def test_empty_store(tmp_path):
    path = tmp_path / "empty"
    Store(path, mode="write").close()
    s = stats(path)
    assert (s.articles, s.events, s.nodes, s.components) == (0, 0, 0, 0)
    assert s.top_degree == () and s.communities == () and s.modularity is None
    assert "0 articles" in s.text()
    assert to_networkx(path).number_of_nodes() == 0


# -- paths ---------------------------------------------------------------------------------


def test_path_walks_facts_in_both_directions(hand_store):
    path = shortest_path(hand_store, "nicolas MADURO", "united states")
    assert [e.label for e in path.entities] == ["Nicolás Maduro", "National Guard", "Marco Rubio", "United States"]
    first, second, third = path.steps
    # National Guard spoke to Maduro: walked backwards
    assert (first.fact.source.id, first.fact.target.id, first.forward) == (C, A, False)
    assert first.fact.label == "spoke to" and first.fact.event_type == "Statement"
    assert first.fact.trigger == "told" and first.fact.article == "a1"
    assert first.fact.sentence == "Sentence of s2-t1 in a1."
    assert (second.fact.source.id, second.fact.target.id, second.forward) == (C, D, True)
    assert second.fact.fine_type == "Attack" and second.fact.date == "2024"
    assert (third.fact.source.id, third.fact.target.id, third.forward) == (F, D, False)
    text = path.text()
    assert "Nicolás Maduro ←spoke to— National Guard" in text
    assert "National Guard —attacked→ Marco Rubio" in text
    assert "3 steps" in text and "“Sentence of s3-t1 in a1.”" in text


def test_path_does_not_use_negated_or_hypothetical_events(hand_store):
    # a negated arrest Maduro → United States would make this one step
    assert len(shortest_path(hand_store, "Maduro", "United States")) == 3
    # a hypothetical threat Capriles → El Salvador would make this one step
    assert len(shortest_path(hand_store, "Henrique Capriles", "El Salvador")) == 3


def test_path_step_lists_every_fact_between_the_pair(hand_store):
    path = shortest_path(hand_store, "President Nicolás Maduro", "capriles")
    (step,) = path.steps
    assert step.forward
    assert step.fact.event == DATA + "event/a2/s0-t1"  # the newer release first
    assert step.fact.reported_by == ("Marco Rubio",)
    assert [f.event for f in step.more] == [DATA + "event/a1/s0-t1"]
    assert "(+1 more fact between them)" in path.text()
    data = json.loads(path.to_json())
    assert data["steps"][0]["fact"]["trigger"] == "freed"


def test_path_errors(hand_store):
    with pytest.raises(NoPathError, match="no chain of facts links 'foreign ministry' and 'Nicolás Maduro'"):
        shortest_path(hand_store, "foreign ministry", "Maduro")
    with pytest.raises(UsageError, match=r"'protesters' is ambiguous: 2 entities .*group/a1/protesters.*group/a2/protesters"):
        shortest_path(hand_store, "protesters", "police")
    with pytest.raises(UsageError, match="no actor or recipient named 'Madurro'.*did you mean.*Maduro"):
        shortest_path(hand_store, "Madurro", "police")
    with pytest.raises(UsageError, match="same entity"):
        shortest_path(hand_store, "Maduro", "nicolás maduro")
    # an entity that is only a country of others is not an actor or recipient
    with pytest.raises(UsageError, match="no actor or recipient named 'Venezuela'"):
        shortest_path(hand_store, "Venezuela", "police")
    assert issubclass(NoPathError, analysis.KgError)


def test_find_entity(graph):
    assert find_entity(graph, A) == A  # an IRI
    assert find_entity(graph, "  NICOLAS   maduro ") == A  # label, case, accents and spaces ignored
    assert find_entity(graph, "Venezuela’s National Guard") == C  # alias, curly apostrophe
    assert find_entity(graph, "Rubio") == D  # the words of one name
    assert find_entity(graph, P2) == P2  # an ambiguous label is reachable by IRI
    with pytest.raises(UsageError):
        find_entity(graph, "")


# -- GraphML / GEXF ------------------------------------------------------------------------


def _without(data: dict, *keys: str) -> dict:
    return {k: v for k, v in data.items() if k not in keys}


def test_flatten_makes_scalars(graph):
    F = flatten(graph)
    allowed = (str, int, float, bool)
    for _, d in F.nodes(data=True):
        assert all(isinstance(v, allowed) for v in d.values())
    for *_, d in F.edges(data=True):
        assert all(isinstance(v, allowed) for v in d.values())
    assert F.nodes[A]["aliases"] in ("Maduro; President Nicolás Maduro", "President Nicolás Maduro; Maduro")
    assert F.edges[C, A, DATA + "event/a1/s2-t1"]["fine_type"] == ""


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_files_read_back(hand_store, graph, tmp_path, fmt):
    out = tmp_path / f"net.{fmt}"
    writer = write_graphml if fmt == "graphml" else write_gexf
    summary = writer(hand_store, out)
    assert (summary.nodes, summary.edges, summary.path, summary.format) == (10, 10, str(out), fmt)
    back = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    expected = flatten(graph)
    assert back.is_directed() and back.is_multigraph()
    assert back.number_of_nodes() == 10 and back.number_of_edges() == 10
    for x, d in expected.nodes(data=True):
        assert back.nodes[x] == d, x
    for a, b, key, d in expected.edges(keys=True, data=True):
        assert _without(back.edges[a, b, key], "id") == d, (a, b, key)
    assert not list(tmp_path.glob(".*.tmp"))


def test_gexf_is_deterministic(hand_store, tmp_path):
    write_gexf(hand_store, tmp_path / "a.gexf")
    write_graphml(hand_store, tmp_path / "a.graphml")
    text = (tmp_path / "a.gexf").read_text(encoding="utf-8")
    assert "lastmodifieddate" not in text
    write_gexf(hand_store, tmp_path / "b.gexf")
    write_graphml(hand_store, tmp_path / "b.graphml")
    assert (tmp_path / "a.gexf").read_bytes() == (tmp_path / "b.gexf").read_bytes()
    assert (tmp_path / "a.graphml").read_bytes() == (tmp_path / "b.graphml").read_bytes()


def test_write_network_errors(hand_store, tmp_path):
    with pytest.raises(UsageError, match="unknown network format"):
        write_network(hand_store, "dot", tmp_path / "x.dot")
    with pytest.raises(OutputError):
        write_graphml(hand_store, tmp_path)  # a folder
    assert analysis.network_format(None, "out/g.GEXF") == "gexf"
    assert analysis.network_format("GraphML") == "graphml"
    assert analysis.network_format(None, "g.ttl") is None


def test_write_to_stdout(hand_store, capfdbinary):
    summary = write_graphml(hand_store, "-")
    assert summary.path == "-"
    assert capfdbinary.readouterr().out.startswith(b"<?xml")


# -- speed ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_stats_on_a_few_thousand_entities(tmp_path):
    """3,000 entities, 4,000 facts in one component: sampled betweenness, one component, months.

    Speed is measured by ``bench/view_bench.py`` (which prints the analytics' seconds), not here.
    """
    rng = random.Random(7)
    n = 3000
    refs = [f"entity/p{i}" for i in range(n)]
    for r in refs:
        ENTITIES.setdefault(r, ("Person", r.split("/")[-1].upper(), (), None, None))
    events = []
    for i in range(1, n):  # a random tree keeps it one big component ...
        events.append(ev(f"t{i}", "Arrest", [refs[rng.randrange(i)]], [refs[i]], date=f"2024-{1 + i % 12:02d}"))
    for j in range(1000):  # ... with extra links
        a, b = rng.sample(refs, 2)
        events.append(ev(f"x{j}", "Statement", [a], [b]))
    store = make_store(tmp_path / "big", {"big": article_ttl("big", events)})
    G = to_networkx(store)
    assert G.number_of_nodes() == n and G.number_of_edges() == n - 1 + 1000
    H = entity_graph(G)
    btw, sampled = betweenness(H)
    pr = analysis._pagerank(H)
    communities, _, _ = analysis._communities(H, dict(H.degree()))
    assert sampled and len(btw) == len(pr) == n
    assert communities and sum(c.size for c in communities) <= n
    s = stats(store)
    assert s.nodes == n and s.components == 1 and s.events_by_month["2024-01"] == 249  # i = 12, 24, …, 2988


# -- the real seed -------------------------------------------------------------------------


def test_seed_store(seed_store, tmp_path):
    with Store(seed_store) as store:
        G = to_networkx(store)
        s = stats(store)
        relation_triples = {
            (r["a"].value, r["r"].value, r["b"].value)
            for r in store.select("SELECT DISTINCT ?a ?r ?b WHERE { ?a ?r ?b . ?r rdfs:subPropertyOf pe:relatedTo }")
        }
        events = next(iter(store.select("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a pe:Event }")))["n"].value
    assert relation_triples, "the seed should yield direct relations"
    assert s.events == int(events) and s.articles == 1
    assert sum(s.events_by_type.values()) >= s.events  # every event has a PLOVER class
    assert s.nodes == G.number_of_nodes() and s.facts == G.number_of_edges()
    # every direct relation of the store is a fact of the graph, and a one-step path
    graph_triples = {(a, d["relation"], b) for a, b, d in G.edges(data=True)}
    assert relation_triples == graph_triples
    for a, rel, b in sorted(relation_triples):
        path = analysis.path_in(G, b, a)  # walked backwards
        (step,) = path.steps
        assert step.forward == (step.fact.source.id == b)
        facts = (step.fact, *step.more)
        assert any(f.relation == rel and (f.source.id, f.target.id) == (a, b) for f in facts)
        assert all(f.sentence and f.article == "venezuela-releases" for f in facts)
    # names work case- and accent-insensitively
    labels = sorted(d["label"] for _, d in G.nodes(data=True))
    accented = next((x for x in labels if any(ord(c) > 127 for c in x)), labels[0])
    found = find_entity(G, analysis.fold(accented).upper())
    assert analysis.fold(G.nodes[found]["label"]) == analysis.fold(accented)
    summary = write_graphml(seed_store, tmp_path / "seed.graphml")
    back = nx.read_graphml(tmp_path / "seed.graphml")
    assert (back.number_of_nodes(), back.number_of_edges()) == (summary.nodes, summary.edges) == (
        G.number_of_nodes(), G.number_of_edges())
    assert "Top entities by degree" in s.text()
