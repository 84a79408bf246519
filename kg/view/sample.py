"""Synthetic article graphs shaped like docs/data-model.md, for the view's
benchmark and tests (no spaCy needed).  Deterministic for a given seed."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pyoxigraph as ox

from ..model import FINE_TYPES, type_class_name
from ..rdf.vocab import PE_IRI, RELATION_OF_CLASS, iri, slug
from ..store import ArticleGraph

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"


def pe(local: str) -> ox.NamedNode:
    return ox.NamedNode(PE_IRI + local)


def lit(value: object, datatype: str | None = None) -> ox.Literal:
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if datatype:
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + datatype))
    return ox.Literal(str(value))


#: ISO 3166-1 alpha-3 codes of the sample countries (pe:isoCode).
ISO_CODES = {"Venezuela": "VEN", "Brazil": "BRA", "Chile": "CHL", "Peru": "PER", "Spain": "ESP", "Kenya": "KEN",
             "India": "IND", "Ukraine": "UKR"}


class ArticleBuilder:
    """Collects the triples of one article graph, following docs/data-model.md."""

    def __init__(self, article_id: str, *, title: str | None = None, date: str | None = None,
                 url: str | None = None) -> None:
        self.id = article_id
        self.article = ox.NamedNode(iri("article", article_id))
        self.triples: list[ox.Triple] = []
        self._events = 0
        self._entities: set[str] = set()
        self.add(self.article, RDF_TYPE, pe("Article"))
        self.add(self.article, ox.NamedNode(DCTERMS + "identifier"), lit(article_id))
        if title is not None:
            self.add(self.article, ox.NamedNode(DCTERMS + "title"), lit(title))
        if date is not None:
            self.add(self.article, ox.NamedNode(DCTERMS + "date"), lit(date, "date"))
        if url is not None:
            self.add(self.article, ox.NamedNode("https://schema.org/url"), lit(url, "anyURI"))
        self.add(self.article, pe("contentHash"), lit("0" * 64))

    def add(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        self.triples.append(ox.Triple(s, p, o))

    def entity(self, label: str, cls: str = "Person", *, aliases: tuple[str, ...] = (),
               country: str | None = None, sector: str | None = None, title: str | None = None,
               size: int | None = None, iso_code: str | None = None) -> ox.NamedNode:
        """An entity node (a Group is local to the article); returns its IRI.  A ``country``
        named here is a Country node with the ISO code of :data:`ISO_CODES`, if listed."""
        node = ox.NamedNode(iri("group", self.id, slug(label)) if cls == "Group" else iri("entity", slug(label)))
        if node.value in self._entities:
            return node
        self._entities.add(node.value)
        self.add(node, RDF_TYPE, pe(cls))
        self.add(node, RDFS_LABEL, lit(label))
        for a in aliases:
            self.add(node, pe("alias"), lit(a))
        if iso_code is not None and cls == "Country":
            self.add(node, pe("isoCode"), lit(iso_code))
        if country is not None:
            c = self.entity(country, "Country", iso_code=ISO_CODES.get(country))
            self.add(node, pe("country"), c)
        if sector is not None:
            self.add(node, pe("sector"), lit(sector))
        if title is not None:
            self.add(node, pe("title"), lit(title))
        if size is not None:
            self.add(node, pe("size"), lit(size))
        self.add(node, ox.NamedNode(PROV + "wasDerivedFrom"), self.article)
        return node

    def event(self, cls: str, sentence: str, *, actors: tuple[ox.NamedNode, ...] = (),
              recipients: tuple[ox.NamedNode, ...] = (), trigger: str | None = None,
              date: str | None = None, place: ox.NamedNode | None = None,
              counts: dict[str, int] | None = None, negated: bool = False) -> ox.NamedNode:
        """An event of class ``cls`` (PLOVER or fine) with its direct relation edges."""
        self._events += 1
        ev = ox.NamedNode(iri("event", self.id, f"s{self._events}-t0"))
        plover = type_class_name(FINE_TYPES[cls]) if cls in FINE_TYPES else cls
        self.add(ev, RDF_TYPE, pe("Event"))
        self.add(ev, RDF_TYPE, pe(plover))
        if cls != plover:
            self.add(ev, RDF_TYPE, pe(cls))
        self.add(ev, pe("trigger"), lit(trigger or cls.lower()))
        self.add(ev, pe("sourceText"), lit(sentence))
        self.add(ev, pe("sourceStart"), lit(0))
        self.add(ev, pe("sourceEnd"), lit(len(sentence)))
        for a in actors:
            self.add(ev, pe("actor"), a)
        for r in recipients:
            self.add(ev, pe("recipient"), r)
        if place is not None:
            self.add(ev, pe("location"), place)
        if date is not None:
            kind = {10: "date", 7: "gYearMonth", 4: "gYear"}[len(date)]
            self.add(ev, pe("date"), lit(date, kind))
        for kind, value in (counts or {}).items():
            self.add(ev, pe(kind), lit(value))
        self.add(ev, pe("negated"), lit(negated))
        self.add(ev, pe("hypothetical"), lit(False))
        self.add(ev, ox.NamedNode(PROV + "wasDerivedFrom"), self.article)
        rel = pe(RELATION_OF_CLASS[cls])
        for a in actors:
            for r in recipients:
                self.add(a, rel, r)
        return ev

    def build(self) -> ArticleGraph:
        return ArticleGraph(self.id, iri("graph", self.id), tuple(dict.fromkeys(self.triples)))


def demo_articles() -> list[ArticleGraph]:
    """Two small articles about Venezuela: a release, a statement with no counterpart,
    an arrest, a meeting and a negated accusation (the view's test corpus)."""
    a1 = ArticleBuilder("a1", title="Venezuela frees prisoners", date="2025-01-12", url="https://example.org/a1")
    maduro = a1.entity("Nicolás Maduro", "Person", aliases=("Maduro", "President Maduro"), country="Venezuela",
                       sector="GOV", title="President")
    people = a1.entity("13 people", "Group", size=13)
    caracas = a1.entity("Caracas", "Location")
    foro = a1.entity("Foro Penal", "Organization", sector="CVL")
    a1.event("Release", "On Sunday, Maduro released at least 13 people in Caracas.", actors=(maduro,),
             recipients=(people,), trigger="released", date="2025-01-12", place=caracas, counts={"count": 13})
    a1.event("Statement", "Foro Penal said more releases were due.", actors=(foro,), trigger="said")

    a2 = ArticleBuilder("a2", url="javascript:alert(1)")  # no title; a link that must never reach the page
    police = a2.entity("National Police", "Organization", country="Venezuela")
    juan = a2.entity("Juan Pérez", "Person")
    maduro2 = a2.entity("Nicolás Maduro", "Person", aliases=("Maduro",), country="Venezuela")
    lula = a2.entity("Lula", "Person", country="Brazil")
    a2.event("Arrest", "Police arrested Juan Pérez and another man.", actors=(police,), recipients=(juan,),
             trigger="arrested", date="2025-02", counts={"arrested": 2})
    a2.event("Meeting", "Maduro met Lula in 2024.", actors=(maduro2,), recipients=(lula,), trigger="met",
             date="2024")
    a2.event("Accuse", "Lula did not accuse Maduro.", actors=(lula,), recipients=(maduro2,), trigger="accuse",
             negated=True)
    return [a1.build(), a2.build()]


_CLASSES = ("Person",) * 5 + ("Organization",) * 3 + ("Country", "Location")  # groups are per article
_COUNTRIES = ("Venezuela", "Brazil", "Chile", "Peru", "Spain", "Kenya", "India", "Ukraine")
_SECTORS = ("GOV", "OPP", "CVL", "MIL", "JUD", "MED")


def synthetic_articles(n_entities: int = 2000, n_relations: int = 5000, *, seed: int = 1,
                       events_per_article: int = 12) -> Iterator[ArticleGraph]:
    """Articles whose relation edges form a scale-free-ish graph of ``n_entities``
    entities and about ``n_relations`` distinct (actor, relation, recipient) triples,
    plus a few statements with no recipient."""
    rng = random.Random(seed)
    names = [f"Entity {i:05d}" for i in range(n_entities)]
    cls_of = [rng.choice(_CLASSES) for _ in names]
    # preferential attachment: a tree touching every entity, then extra edges
    ends: list[int] = [0]
    pairs: list[tuple[int, int]] = []
    for i in range(1, n_entities):
        j = rng.choice(ends)
        pairs.append((i, j) if rng.random() < 0.5 else (j, i))
        ends += [i, j]
    while len(pairs) < n_relations:
        a, b = rng.choice(ends), rng.randrange(n_entities)
        if a != b:
            pairs.append((a, b))
            ends += [a, b]
    event_classes = sorted(RELATION_OF_CLASS)
    chunks = [pairs[i : i + events_per_article] for i in range(0, len(pairs), events_per_article)]
    for k, chunk in enumerate(chunks):
        month = 1 + k % 12
        art = ArticleBuilder(f"a{k:05d}", title=f"Report {k}", date=f"2024-{month:02d}-15",
                             url=f"https://news.example.org/{k}")
        def ent(i: int, art: ArticleBuilder = art) -> ox.NamedNode:
            if cls_of[i] in ("Person", "Organization"):
                return art.entity(names[i], cls_of[i], country=_COUNTRIES[i % len(_COUNTRIES)],
                                  sector=_SECTORS[i % len(_SECTORS)])
            return art.entity(names[i], cls_of[i])
        for j, (a, b) in enumerate(chunk):
            cls = event_classes[(a * 7 + b * 3) % len(event_classes)]
            A, B = ent(a), ent(b)
            sentence = f"{names[a]} {RELATION_OF_CLASS[cls]} {names[b]} in report {k}, officials said."
            day = 1 + (j % 28)
            art.event(cls, sentence, actors=(A,), recipients=(B,), date=f"2024-{month:02d}-{day:02d}",
                      counts={"dead": j} if cls == "Killing" else None)
        if k % 5 == 0:  # a statement with no counterpart
            speaker = ent(chunk[0][0])
            art.event("Statement", f"{names[chunk[0][0]]} said things in report {k}.", actors=(speaker,),
                      trigger="said")
        yield art.build()
