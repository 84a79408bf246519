"""Check a built graph against the SHACL shapes in ``ontology/shapes.ttl``.

The data carries only specific classes (``pe:Person``, ``pe:Arrest``), while
the shapes target ``pe:Entity`` and ``pe:Event``; so pySHACL runs with the
ontology (``ontology/pe.ttl``) as ``ont_graph``, which mixes its class and
property axioms into (a copy of) the data before validating.

One rule of docs/data-model.md is checked here in Python rather than in the
shapes, because a SPARQL constraint would run once per node: every actor A and
recipient R (A != R) of an event of class C that is neither negated nor
hypothetical must be linked by the direct edge ``A pe:<relation of C> R`` (the
fine class's relation when the event has one,
:data:`kg.rdf.vocab.RELATION_OF_CLASS`), and every such edge must be backed by
an event with that actor, recipient and class.

pySHACL runs on an in-memory rdflib graph: its Oxigraph backend counts the
whole store for every intermediate result, which makes it quadratic.  Results
come back as plain strings in frozen dataclasses; callers never see rdflib
objects.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import pyoxigraph as ox
import rdflib
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH, XSD

from .model import FINE_TYPES
from .rdf.vocab import PE, PE_IRI, PREFIXES, RELATION_OF_CLASS, ontology_path

if TYPE_CHECKING:
    from .store import Store

_SEVERITY = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}
# longest namespace first, so kgid: data IRIs are not shortened by a shorter match
_PREFIXES = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))
_IRI_IN_TEXT = re.compile(r"<?(https?://[^\s<>\"{}|\\^`]+)>?")


@dataclass(frozen=True)
class ValidationIssue:
    """One problem: what is wrong (``message``) and where (``focus``, ``path``).

    ``focus`` is a full IRI; ``path`` is the property's full IRI, a complex path
    in SPARQL syntax (``<…#type>/<…#subClassOf>``), or "" for node-level results;
    ``value`` is the offending value as text (an IRI, or a quoted literal with
    its datatype when that is not xsd:string); ``shape`` names the SHACL shape
    that found it when the shape has an IRI.
    """

    focus: str
    path: str
    message: str
    severity: str = "Violation"  # "Violation", "Warning" or "Info"
    value: str = ""
    shape: str = ""

    def line(self) -> str:
        """The issue as one readable line, IRIs shortened with kg's prefixes."""
        where = compact(self.focus)
        if self.path:
            where += f" {compact_text(self.path)}"
        text = f"{self.severity}: {where}: {self.message}"
        if self.value:
            text += f" (value: {compact_text(self.value)})"
        return text


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of validating one graph (or the article graphs of a store)."""

    conforms: bool
    issues: tuple[ValidationIssue, ...] = ()
    triples: int = 0  # size of the data graph that was validated

    @property
    def violations(self) -> tuple[ValidationIssue, ...]:
        return tuple(i for i in self.issues if i.severity == "Violation")

    def messages(self) -> list[str]:
        """The distinct messages, in report order."""
        return list(dict.fromkeys(i.message for i in self.issues))

    def text(self) -> str:
        """A readable multi-line report."""
        if self.conforms and not self.issues:
            return f"conforms: {self.triples} triples checked against the kg shapes"
        head = "conforms" if self.conforms else "does not conform"
        n = len(self.issues)
        lines = [f"{head}: {n} issue{'s' if n != 1 else ''} in {self.triples} triples"]
        lines += [f"  {issue.line()}" for issue in self.issues]
        return "\n".join(lines)


def validate(store: Store, graph: str | None = None) -> ValidationReport:
    """Validate the article graphs of ``store`` (merged), or only the graph whose IRI is ``graph``.

    The store's ontology graph is not part of the data: pySHACL mixes the
    shipped ontology in.  An empty store conforms.
    """
    data = rdflib.Graph()
    add = data.add
    convert = _TermConverter()
    for q in store.quads(graph):
        add((convert(q.subject), convert(q.predicate), convert(q.object)))
    return _run(data)


def validate_graph(graph: rdflib.Graph) -> ValidationReport:
    """Validate an rdflib graph (for a ``Dataset``, the union of its graphs); it is not changed."""
    data = rdflib.Graph()
    if isinstance(graph, rdflib.Dataset):
        for s, p, o, _g in graph.quads((None, None, None, None)):
            data.add((s, p, o))
    else:
        for triple in graph:
            data.add(triple)
    return _run(data)


# -- internals ------------------------------------------------------------


class _TermConverter:
    """pyoxigraph terms → rdflib terms (IRIs cached: the same few recur)."""

    def __init__(self) -> None:
        self._iris: dict[str, rdflib.URIRef] = {}

    def __call__(self, term: ox.NamedNode | ox.BlankNode | ox.Literal) -> rdflib.term.Node:
        if isinstance(term, ox.NamedNode):
            iri = self._iris.get(term.value)
            if iri is None:
                iri = self._iris[term.value] = rdflib.URIRef(term.value)
            return iri
        if isinstance(term, ox.Literal):
            if term.language:
                return rdflib.Literal(term.value, lang=term.language)
            datatype = term.datatype.value
            if datatype == _XSD_STRING:
                return rdflib.Literal(term.value)
            return rdflib.Literal(term.value, datatype=self(term.datatype))
        if isinstance(term, ox.BlankNode):
            return rdflib.BNode(term.value)
        raise TypeError(f"unexpected RDF term {term!r}")  # RDF-star triples: not produced by kg


_XSD_STRING = str(XSD.string)


@lru_cache(maxsize=1)
def _shapes() -> rdflib.Graph:
    # pySHACL adds two RDFS axioms to the shapes graph on first use (idempotent),
    # so re-using the parsed graph across runs is safe and saves the parse.
    return rdflib.Graph().parse(ontology_path("shapes.ttl"), format="turtle")


@lru_cache(maxsize=1)
def _ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_path("pe.ttl"), format="turtle")


def _run(data: rdflib.Graph) -> ValidationReport:
    from pyshacl import validate as shacl_validate  # its import cost only when validating

    size = len(data)
    if size == 0:
        return ValidationReport(conforms=True, issues=(), triples=0)
    edge_issues = _edge_issues(data)  # before pySHACL mixes the ontology into ``data``
    conforms, results, _text = shacl_validate(
        data,
        shacl_graph=_shapes(),
        ont_graph=_ontology(),
        inference="none",
        inplace=True,  # ``data`` is our own copy
        allow_warnings=True,
    )
    unique = set(_issues(results)) | set(edge_issues)  # two constraints on one value may say the same
    issues = tuple(sorted(unique, key=lambda i: (i.focus, i.path, i.message, i.value, i.severity)))
    conforms = bool(conforms) and not any(i.severity == "Violation" for i in edge_issues)
    return ValidationReport(conforms=conforms, issues=issues, triples=size)


_FINE = frozenset(FINE_TYPES)
_RELATION_IRI = {cls: rdflib.URIRef(PE_IRI + rel) for cls, rel in RELATION_OF_CLASS.items()}


def _edge_issues(data: rdflib.Graph) -> list[ValidationIssue]:
    """The actor → recipient edge rule of docs/data-model.md, over the whole graph."""
    expected: set[tuple[str, str, str, str]] = set()  # (event, actor, relation, recipient)
    backing: set[tuple[str, str, str]] = set()  # (actor, relation, recipient) some event supports
    for event in set(data.subjects(PE.actor, None)):  # typed pe:Event or not: the shapes report that
        classes = {str(c)[len(PE_IRI):] for c in data.objects(event, RDF.type) if str(c).startswith(PE_IRI)}
        related = [c for c in classes if c in RELATION_OF_CLASS]
        if not related:
            continue
        fine = [c for c in related if c in _FINE]
        wanted = [str(_RELATION_IRI[c]) for c in (fine or related)]
        flagged = any(
            getattr(v, "value", None) is True
            for prop in (PE.negated, PE.hypothetical)
            for v in data.objects(event, prop)
        )
        actors = {str(a) for a in data.objects(event, PE.actor)}
        recipients = {str(r) for r in data.objects(event, PE.recipient)}
        for actor in actors:
            for recipient in recipients:
                # every class of the event backs its relation (a pe:Arrest also backs pe:coerces)
                backing.update((actor, str(_RELATION_IRI[c]), recipient) for c in related)
                if not flagged and actor != recipient:
                    expected.update((str(event), actor, rel, recipient) for rel in wanted)
    edges = {
        (str(a), str(rel), str(r)) for rel in set(_RELATION_IRI.values()) for a, r in data.subject_objects(rel)
    }
    issues = [
        ValidationIssue(
            focus=event,
            path=relation,
            message=f"actor {compact(actor)} and recipient {compact(recipient)} of this event "
            f"are not linked by {compact(relation)}",
            value=recipient,
        )
        for event, actor, relation, recipient in expected
        if (actor, relation, recipient) not in edges
    ]
    issues += [
        ValidationIssue(
            focus=actor,
            path=relation,
            message=f"edge {compact(relation)} to {compact(recipient)} is not backed by an event "
            "with this actor, that recipient and a class whose relation it is",
            value=recipient,
        )
        for actor, relation, recipient in edges - backing
    ]
    return issues


def _issues(results: rdflib.Graph) -> Iterable[ValidationIssue]:
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        severity = results.value(result, SH.resultSeverity)
        shape = results.value(result, SH.sourceShape)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        component = results.value(result, SH.sourceConstraintComponent)
        if messages:
            message = compact_text(messages[0])
        else:  # every kg shape has a message; keep a fallback for foreign shapes
            message = f"violates {compact(str(component))}" if component is not None else "violation"
        yield ValidationIssue(
            focus=_term_text(focus),
            path=_path_text(results, path),
            message=message,
            severity=_SEVERITY.get(severity, str(severity)),
            value=_term_text(value),
            shape=str(shape) if isinstance(shape, rdflib.URIRef) else "",
        )


def _path_text(graph: rdflib.Graph, path: rdflib.term.Node | None) -> str:
    """A SHACL property path as text: an IRI as is, complex paths in SPARQL syntax."""
    if path is None:
        return ""
    if isinstance(path, rdflib.URIRef):
        return str(path)
    if (path, RDF.first, None) in graph:  # sequence path
        return "/".join(_path_step(graph, step) for step in Collection(graph, path))
    for predicate, pattern in (
        (SH.inversePath, "^{}"),
        (SH.zeroOrMorePath, "{}*"),
        (SH.oneOrMorePath, "{}+"),
        (SH.zeroOrOnePath, "{}?"),
    ):
        inner = graph.value(path, predicate)
        if inner is not None:
            return pattern.format(_path_step(graph, inner))
    alternatives = graph.value(path, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(_path_step(graph, step) for step in Collection(graph, alternatives)) + ")"
    return "(complex path)"


def _path_step(graph: rdflib.Graph, step: rdflib.term.Node) -> str:
    return f"<{step}>" if isinstance(step, rdflib.URIRef) else f"({_path_text(graph, step)})"


def _term_text(term: rdflib.term.Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, rdflib.Literal):
        lexical = str(term).replace("\\", "\\\\").replace('"', '\\"')
        if term.language:
            return f'"{lexical}"@{term.language}'
        if term.datatype is not None and str(term.datatype) != _XSD_STRING:
            return f'"{lexical}"^^<{term.datatype}>'
        return f'"{lexical}"'
    if isinstance(term, rdflib.BNode):
        return f"_:{term}"
    return str(term)


def compact(iri: str) -> str:
    """'https://w3id.org/kg/pe#actor' → 'pe:actor' (data IRIs → 'kgid:event/…')."""
    for prefix, namespace in _PREFIXES:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def compact_text(text: str) -> str:
    """Shorten every IRI inside a message or value with kg's prefixes."""
    return _IRI_IN_TEXT.sub(lambda m: compact(m.group(1)), text)
