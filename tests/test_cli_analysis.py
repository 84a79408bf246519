"""`kg stats`, `kg path` and `kg export --format graphml|gexf` through the real command on the seed store."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from kg.analysis import shortest_path, stats


def test_stats_table_matches_the_library(seed_store, kg_cli):
    proc = kg_cli("stats", "--store", str(seed_store))
    assert proc.returncode == 0, proc.stderr
    expected = stats(seed_store)
    assert proc.stdout.strip() == expected.text().strip()
    for heading in ("Entities by class", "Events by type", "Top entities by degree", "Connected components"):
        assert heading in proc.stdout
    assert proc.stderr == ""


def test_stats_json_is_the_library_data(seed_store, kg_cli):
    proc = kg_cli("stats", "--store", str(seed_store), "--format", "json", "--top", "3")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data == json.loads(stats(seed_store, top=3).to_json())
    assert data["articles"] == 1 and data["events"] > 0
    assert set(data["entities_by_class"]) <= {"Person", "Organization", "Country", "Group", "Location"}


def test_stats_bad_top_is_a_usage_error(seed_store, kg_cli):
    proc = kg_cli("stats", "--store", str(seed_store), "--top", "0")
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def _linked_pair(seed_store) -> tuple[str, str]:
    """Two entities joined by a fact in the seed graph (read from the network, not hard-coded)."""
    from kg.analysis import entity_graph, to_networkx

    G = to_networkx(seed_store)
    H = entity_graph(G)
    component = max(nx.connected_components(H), key=len)
    a, b = sorted(component, key=lambda x: G.nodes[x]["label"])[:2]
    return G.nodes[a]["label"], G.nodes[b]["label"]


def test_path_prints_each_step_with_its_sentence(seed_store, kg_cli):
    a, b = _linked_pair(seed_store)
    proc = kg_cli("path", a, b, "--store", str(seed_store))
    assert proc.returncode == 0, proc.stderr
    found = shortest_path(seed_store, a, b)
    assert proc.stdout.strip() == found.text().strip()
    for step in found.steps:
        assert step.fact.sentence in proc.stdout


def test_path_json(seed_store, kg_cli):
    a, b = _linked_pair(seed_store)
    proc = kg_cli("path", a, b, "--store", str(seed_store), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data == json.loads(shortest_path(seed_store, a, b).to_json())


def test_path_errors_are_one_line(seed_store, kg_cli):
    unknown = kg_cli("path", "Nobody In This Store", "Maduro", "--store", str(seed_store))
    assert unknown.returncode == 2 and "Nobody In This Store" in unknown.stderr
    assert unknown.stderr.count("\n") == 1 and "Traceback" not in unknown.stderr
    # two entities in different components: exit 1, "no chain"
    from kg.analysis import entity_graph, to_networkx

    G = to_networkx(seed_store)
    components = sorted(nx.connected_components(entity_graph(G)), key=len, reverse=True)
    assert len(components) > 1
    a = G.nodes[min(components[0])]["label"]
    b = G.nodes[min(components[1])]["label"]
    apart = kg_cli("path", a, b, "--store", str(seed_store))
    assert apart.returncode == 1 and "no chain" in apart.stderr
    assert apart.stderr.count("\n") == 1 and apart.stdout == ""


@pytest.mark.parametrize("how", [("-o", "net.graphml"), ("--format", "graphml", "-o", "net.xml")])
def test_export_graphml_reads_back_with_attributes(seed_store, kg_cli, tmp_path, how):
    out = tmp_path / how[-1]
    args = [a if a != how[-1] else str(out) for a in how]
    proc = kg_cli("export", "--store", str(seed_store), *args)
    assert proc.returncode == 0, proc.stderr
    assert "graphml" in proc.stderr and proc.stdout == ""
    G = nx.read_graphml(out)
    assert G.number_of_nodes() > 0 and G.number_of_edges() > 0
    assert all("label" in d and "class" in d for _, d in G.nodes(data=True))
    assert all(d.get("sentence") for _, _, d in G.edges(data=True))
    # countries carry their ISO code, and entities the codes of their countries, for joins in Gephi
    countries = {d["label"]: d["iso_code"] for _, d in G.nodes(data=True) if d["class"] == "Country"}
    assert countries.get("Venezuela") == "VEN", countries
    assert any("VEN" in d["country_codes"].split("; ") for _, d in G.nodes(data=True) if d["class"] != "Country")


def test_export_gexf_to_stdout(seed_store, kg_cli):
    proc = kg_cli("export", "--store", str(seed_store), "--format", "gexf")
    assert proc.returncode == 0, proc.stderr
    root = ET.fromstring(proc.stdout.encode("utf-8"))
    assert root.tag.endswith("gexf")
    nodes = [el for el in root.iter() if el.tag.endswith("}node")]
    assert nodes


def test_export_network_refuses_ontology_and_leaves_no_file(seed_store, kg_cli, tmp_path):
    out = tmp_path / "net.gexf"
    proc = kg_cli("export", "--store", str(seed_store), "-o", str(out), "--with-ontology")
    assert proc.returncode == 2 and "--with-ontology" in proc.stderr
    assert not out.exists()
