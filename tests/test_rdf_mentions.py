"""Every surface form of an entity is kept with its offsets, and merges say why (pe:Mention, pe:mergeNote)."""

from __future__ import annotations

from conftest import SEED

from kg.store import Store

MENTIONS = """
SELECT ?m ?x ?form ?start ?end WHERE {
  ?m a pe:Mention ; pe:mentionOf ?x ; pe:surfaceForm ?form ; pe:mentionStart ?start ; pe:mentionEnd ?end .
}"""


def _rows(path, sparql):
    with Store(path) as store:
        return [tuple(t.value for t in row) for row in store.select(sparql)]


def _seed_text() -> str:
    from kg.ingest import read_inputs

    (article,) = [a for a in read_inputs([str(SEED)]) if hasattr(a, "text")]
    return article.text


def test_mention_offsets_slice_the_article_to_the_surface_form(seed_store):
    text = _seed_text()
    rows = _rows(seed_store, MENTIONS)
    assert len(rows) >= 30
    for _, _, form, start, end in rows:
        assert text[int(start) : int(end)] == form


def test_every_participant_has_its_mentions(seed_store):
    """Participants are named in the text; a country only implied by a demonym ("American") is not."""
    rows = _rows(seed_store, MENTIONS)
    forms: dict[str, set[str]] = {}
    for _, x, form, _, _ in rows:
        forms.setdefault(x, set()).add(form)
    named = _rows(seed_store, "SELECT DISTINCT ?x WHERE { ?e pe:actor|pe:recipient|pe:reportedBy ?x }")
    assert named and all(x in forms for (x,) in named)
    maduro = "https://w3id.org/kg/id/entity/nicolas-maduro"
    assert {"Nicolás Maduro", "Maduro"} <= forms[maduro]


def test_merges_are_explained(seed_store):
    notes = _rows(seed_store, "SELECT ?x ?note WHERE { ?x pe:mergeNote ?note }")
    maduro = [n for x, n in notes if x.endswith("/entity/nicolas-maduro")]
    assert maduro and any("surname" in n for n in maduro)
    assert any(x.endswith("/entity/caracas") and "dateline" in n for x, n in notes)


def test_a_coordinated_mention_names_each_entity(seed_store):
    """'the American and Salvadoran governments': one mention, two entities."""
    rows = _rows(seed_store, MENTIONS)
    by_mention: dict[str, set[str]] = {}
    for m, x, _, _, _ in rows:
        by_mention.setdefault(m, set()).add(x)
    shared = [xs for xs in by_mention.values() if len(xs) > 1]
    assert any(
        {"https://w3id.org/kg/id/entity/u-s-government", "https://w3id.org/kg/id/entity/salvadoran-government"} <= xs
        for xs in shared
    )


def test_one_preferred_name_and_every_written_name_a_label(seed_store):
    """skos:prefLabel is the canonical name (exactly one); every alias is also an rdfs:label, so a query by
    a written form finds the node; the view shows the preferred name."""
    from kg.network import load_view_graph

    maduro = "https://w3id.org/kg/id/entity/nicolas-maduro"
    prefs = _rows(seed_store, f"SELECT ?l WHERE {{ <{maduro}> skos:prefLabel ?l }}")
    assert {p for (p,) in prefs} == {"Nicolás Maduro"}
    labels = {l for (l,) in _rows(seed_store, f"SELECT ?l WHERE {{ <{maduro}> rdfs:label ?l }}")}
    aliases = {a for (a,) in _rows(seed_store, f"SELECT ?a WHERE {{ <{maduro}> pe:alias ?a }}")}
    assert aliases and labels == aliases | {"Nicolás Maduro"}
    # every entity has exactly one preferred name, and it is one of its labels
    many = _rows(seed_store, "SELECT ?x WHERE { ?x skos:prefLabel ?l } GROUP BY ?x HAVING (COUNT(DISTINCT ?l) > 1)")
    assert not many
    missing = _rows(seed_store, "SELECT ?x WHERE { ?x skos:prefLabel ?l FILTER NOT EXISTS { ?x rdfs:label ?l } }")
    assert not missing
    # a written form finds the node
    (alias, *_) = sorted(aliases)
    assert _rows(seed_store, f'SELECT ?x WHERE {{ ?x rdfs:label "{alias}" }}') == [(maduro,)]
    with Store(seed_store) as store:
        view = load_view_graph(store)
    (node,) = [n for n in view.nodes if n.id == maduro]
    assert node.label == "Nicolás Maduro"
