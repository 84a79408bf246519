"""The ``pe:`` vocabulary as code, checked against ``ontology/pe.ttl`` by the tests.

Terms are declared here once; ``tests/test_ontology.py`` fails when a term is
used here but not defined in the ontology file, or defined there but missing
here.  Data IRIs (articles, entities, events) are minted by :func:`iri`.
"""

from __future__ import annotations

import re
import unicodedata
from importlib import resources
from pathlib import Path
from urllib.parse import quote

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rdflib.term import URIRef

PE_IRI = "https://w3id.org/kg/pe#"
#: The named graph holding the ontology inside a store.
ONTOLOGY_GRAPH = "https://w3id.org/kg/pe"
#: Base of all data IRIs.
DATA_IRI = "https://w3id.org/kg/id/"

PROV_IRI = "http://www.w3.org/ns/prov#"
DCTERMS_IRI = "http://purl.org/dc/terms/"
SCHEMA_IRI = "https://schema.org/"
SKOS_IRI = "http://www.w3.org/2004/02/skos/core#"

#: Prefixes bound in every query and export (as strings: oxrdflib rejects namespace objects).
PREFIXES: dict[str, str] = {
    "pe": PE_IRI,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": PROV_IRI,
    "dcterms": DCTERMS_IRI,
    "schema": SCHEMA_IRI,
    "skos": SKOS_IRI,
    "kgid": DATA_IRI,
}


def _define_pe() -> Any:
    """The ``PE`` namespace class (rdflib is imported only when it is first used:
    ``kg build`` and its extraction workers never need it, and it costs ~0.1 s to import)."""
    from rdflib.namespace import DefinedNamespace, Namespace

    class PE(DefinedNamespace):
        """kg's political-events ontology."""

        _NS = Namespace(PE_IRI)
        _fail = True

        # Classes: events
        Event: URIRef
        Agree: URIRef
        Consult: URIRef
        Support: URIRef
        Concede: URIRef
        Cooperate: URIRef
        Aid: URIRef
        Retreat: URIRef
        Request: URIRef
        Accuse: URIRef
        Reject: URIRef
        Threaten: URIRef
        Protest: URIRef
        Sanction: URIRef
        Mobilize: URIRef
        Coerce: URIRef
        Assault: URIRef
        Statement: URIRef
        # Classes: fine event types
        Arrest: URIRef
        Deportation: URIRef
        Release: URIRef
        Killing: URIRef
        Attack: URIRef
        Demonstration: URIRef
        Conviction: URIRef
        Charge: URIRef
        Meeting: URIRef
        # Classes: participants and documents
        Entity: URIRef
        Person: URIRef
        Organization: URIRef
        Country: URIRef
        Group: URIRef
        Location: URIRef
        Article: URIRef
        Mention: URIRef

        # Event properties
        actor: URIRef
        recipient: URIRef
        location: URIRef
        date: URIRef
        dateText: URIRef
        dead: URIRef
        injured: URIRef
        arrested: URIRef
        count: URIRef
        countQualifier: URIRef
        deadQualifier: URIRef
        injuredQualifier: URIRef
        arrestedQualifier: URIRef
        mode: URIRef
        negated: URIRef
        hypothetical: URIRef
        mainEvent: URIRef
        reportedBy: URIRef
        sourceText: URIRef
        sourceStart: URIRef
        sourceEnd: URIRef
        trigger: URIRef
        # Entity properties
        alias: URIRef
        country: URIRef
        isoCode: URIRef
        sector: URIRef
        title: URIRef
        size: URIRef
        mergeNote: URIRef
        # Mention properties
        mentionOf: URIRef
        surfaceForm: URIRef
        mentionStart: URIRef
        mentionEnd: URIRef
        # Article properties
        contentHash: URIRef
        # Annotation properties on classes
        ploverType: URIRef
        cameoCode: URIRef
        relation: URIRef

        # Direct actor → recipient relations (the edges of the view), one per event class
        relatedTo: URIRef
        agreesWith: URIRef
        consults: URIRef
        meetsWith: URIRef
        supports: URIRef
        concedesTo: URIRef
        cooperatesWith: URIRef
        aids: URIRef
        retreatsFrom: URIRef
        releases: URIRef
        requests: URIRef
        accuses: URIRef
        charges: URIRef
        rejects: URIRef
        threatens: URIRef
        protestsAgainst: URIRef
        demonstratesAgainst: URIRef
        sanctions: URIRef
        convicts: URIRef
        mobilizesAgainst: URIRef
        coerces: URIRef
        arrests: URIRef
        deports: URIRef
        assaults: URIRef
        attacks: URIRef
        kills: URIRef
        speaksTo: URIRef

    return PE


def __getattr__(name: str) -> Any:
    if name == "PE":
        value = globals()["PE"] = _define_pe()
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: Event class local name → its direct relation property (actor → recipient).
RELATION_OF_CLASS: dict[str, str] = {
    "Agree": "agreesWith",
    "Consult": "consults",
    "Meeting": "meetsWith",
    "Support": "supports",
    "Concede": "concedesTo",
    "Cooperate": "cooperatesWith",
    "Aid": "aids",
    "Retreat": "retreatsFrom",
    "Release": "releases",
    "Request": "requests",
    "Accuse": "accuses",
    "Charge": "charges",
    "Reject": "rejects",
    "Threaten": "threatens",
    "Protest": "protestsAgainst",
    "Demonstration": "demonstratesAgainst",
    "Sanction": "sanctions",
    "Conviction": "convicts",
    "Mobilize": "mobilizesAgainst",
    "Coerce": "coerces",
    "Arrest": "arrests",
    "Deportation": "deports",
    "Assault": "assaults",
    "Attack": "attacks",
    "Killing": "kills",
    "Statement": "speaksTo",
}


def ontology_path(name: str) -> Path:
    """Path of a file in the shipped ``ontology/`` folder (installed as ``kg.ontology``)."""
    return Path(str(resources.files("kg.ontology").joinpath(name)))


def slug(text: str) -> str:
    """A stable, readable IRI segment: 'Nicolás Maduro' → 'nicolas-maduro'."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    out = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    if out:
        return out[:80]
    # nothing ASCII survives (e.g. Cyrillic): percent-encode the NFC text instead
    return quote(unicodedata.normalize("NFC", text.strip().lower())[:40], safe="") or "x"


def iri(*segments: str) -> str:
    """A data IRI under :data:`DATA_IRI`, each segment percent-encoded."""
    return DATA_IRI + "/".join(quote(s, safe="-._~") for s in segments)
