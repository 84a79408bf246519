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
