"""Render a :class:`ViewGraph` as one self-contained HTML file.

Safety model (article text is untrusted):

* the page is our Jinja2 template with autoescaping on; the only values
  inserted raw are the vis-network asset, our own script and stylesheet, and
  the graph data as JSON produced by :func:`json_for_script`;
* the graph data lives in ``<script type="application/json">`` (never
  executed) with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped, so no string in
  it can close the element; the page script reads it with ``JSON.parse`` and
  puts text into the DOM with ``textContent`` only (tooltips are DOM elements,
  not HTML strings; vis-network draws labels on a canvas);
* article links are http(s) only, checked in Python and again in the page;
* a Content-Security-Policy allows only our two inline scripts (by hash), no
  network access of any kind, and images from ``data:`` URLs only.

Positions are computed in Python (:mod:`kg.view.layout`) and the browser's
physics simulation is switched off above :data:`PHYSICS_MAX_NODES`, so big
graphs are drawn at once instead of being simulated for seconds.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import json
import math
import os
import re
import secrets
from collections import defaultdict
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from .. import __version__
from ..errors import OutputError
from ..model import EVENT_TYPES, type_class_name
from .layout import layout
from ..network.load import load_view_graph, safe_url, with_title
from ..network.model import ENTITY_CLASSES, ViewGraph, ViewSummary

#: Above this many nodes the page does not run vis-network's physics.
PHYSICS_MAX_NODES = 300
#: Colours by entity class (Okabe–Ito palette: distinguishable with colour blindness).
CLASS_COLORS: dict[str, str] = {
    "Person": "#0072B2",
    "Organization": "#E69F00",
    "Country": "#009E73",
    "Group": "#CC79A7",
    "Location": "#D55E00",
    "Other": "#8C8C8C",
}
MIN_NODE_SIZE = 9.0
MAX_NODE_SIZE = 38.0

_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_JSON_SPECIAL = re.compile("[<>&\u2028\u2029]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def json_for_script(value: Any) -> str:
    """JSON that is safe as the text of a ``<script type="application/json">`` element.

    ``<``, ``>`` and ``&`` become ``\\u003c`` etc. (so ``</script>`` and ``<!--``
    cannot appear), U+2028/U+2029 are escaped, and lone surrogates (which UTF-8
    cannot encode) become U+FFFD.  ``JSON.parse`` returns the original strings.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    text = _JSON_SPECIAL.sub(lambda m: _JSON_ESCAPES[m.group()], text)
    return _LONE_SURROGATE.sub("\ufffd", text)


@cache
def _asset(name: str) -> str:
    return resources.files("kg.view").joinpath("assets", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    source = resources.files("kg.view").joinpath("page.html.j2").read_text(encoding="utf-8")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    return env.from_string(source)


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _node_sizes(importance: list[float]) -> list[float]:
    top = max(importance, default=0.0)
    if top <= 0:
        return [MIN_NODE_SIZE] * len(importance)
    return [round(MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * math.sqrt(v / top), 1) for v in importance]


def _curves(edges: list[tuple[int, int]]) -> list[float]:
    """Roundness for parallel edges between the same two nodes, 0 for lone ones."""
    seen: dict[tuple[int, int], int] = defaultdict(int)
    total: dict[tuple[int, int], int] = defaultdict(int)
    for a, b in edges:
        total[(min(a, b), max(a, b))] += 1
    out = []
    for a, b in edges:
        key = (min(a, b), max(a, b))
        k = seen[key]
        seen[key] += 1
        out.append(0.0 if total[key] == 1 else round(0.12 + 0.14 * k, 2))
    return out


def _drop_empty(d: dict[str, Any]) -> dict[str, Any]:
    """Leave out None, False and empty strings/lists (the page treats them as absent); keep 0."""
    return {k: v for k, v in d.items() if v or (v == 0 and v is not False)}


def graph_payload(graph: ViewGraph) -> dict[str, Any]:
    """The JSON the page script reads: nodes, edges and facts by index, plus the filters."""
    node_index = {n.id: i for i, n in enumerate(graph.nodes)}
    fact_index = {f.id: i for i, f in enumerate(graph.facts)}
    pairs = [(node_index[e.source], node_index[e.target]) for e in graph.edges]
    weights: dict[tuple[int, int], float] = defaultdict(float)
    for (a, b), e in zip(pairs, graph.edges):
        weights[(a, b)] += max(1, len(e.facts))
    positions = layout(len(graph.nodes), [(a, b, w) for (a, b), w in weights.items()])
    sizes = _node_sizes([n.importance for n in graph.nodes])
    curves = _curves(pairs)

    def who(participants) -> list[list[Any]]:
        return [[node_index.get(p.id), p.label] for p in participants]

    nodes = [
        _drop_empty(
            {
                "label": n.label,
                "cls": n.cls if n.cls in CLASS_COLORS else "Other",
                "clsLabel": n.cls,
                "x": float(positions[i][0]),
                "y": float(positions[i][1]),
                "size": sizes[i],
                "aliases": list(n.aliases),
                "titles": list(n.titles),
                "countries": list(n.countries),
                "sectors": list(n.sectors),
                "groupSize": n.size,
                "articles": n.articles,
                "events": n.events,
                "rank": round(n.importance, 6),
                "facts": [fact_index[f] for f in n.facts if f in fact_index],
                "iri": n.id,
                "focus": n.id in graph.focus,
            }
        )
        for i, n in enumerate(graph.nodes)
    ]
    edges = [
        _drop_empty(
            {
                "from": a,
                "to": b,
                "label": e.label,
                "rel": e.relation,
                "facts": [fact_index[f] for f in e.facts if f in fact_index],
                "curve": curves[j] or None,
            }
        )
        for j, ((a, b), e) in enumerate(zip(pairs, graph.edges))
    ]
    facts = [
        _drop_empty(
            {
                "type": f.type,
                "typeLabel": f.type_label,
                "fine": f.fine,
                "fineLabel": f.fine_label,
                "trigger": f.trigger,
                "sentence": f.sentence,
                "actors": who(f.actors),
                "recipients": who(f.recipients),
                "reportedBy": who(f.reported_by),
                "place": f.place,
                "date": f.date,
                "dateText": f.date_text,
                "counts": [list(c) for c in f.counts],
                "mode": f.mode,
                "negated": f.negated,
                "hypothetical": f.hypothetical,
                "article": f.article_id,
                "title": f.article_title,
                "url": safe_url(f.article_url),
                "articleDate": f.article_date,
                "iri": f.id,
            }
        )
        for f in graph.facts
    ]
    return {
        "nodes": nodes,
        "edges": edges,
        "facts": facts,
        "physics": 0 < len(nodes) <= PHYSICS_MAX_NODES,
        "colors": CLASS_COLORS,
        "leftOut": graph.left_out,
        "focus": [node_index[x] for x in graph.focus if x in node_index],
    }


def _filters(graph: ViewGraph) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    type_counts: dict[str, int] = defaultdict(int)
    type_labels: dict[str, str] = {}
    for f in graph.facts:
        type_counts[f.type] += 1
        type_labels.setdefault(f.type, f.type_label)
    plover = [type_class_name(t) for t in EVENT_TYPES]
    order = {t: i for i, t in enumerate(plover)}
    types = [
        {"key": t, "label": type_labels[t], "count": c}
        for t, c in sorted(type_counts.items(), key=lambda kv: (order.get(kv[0], 99), kv[0]))
    ]
    class_counts: dict[str, int] = defaultdict(int)
    for n in graph.nodes:
        class_counts[n.cls if n.cls in CLASS_COLORS else "Other"] += 1
    known = list(ENTITY_CLASSES) + ["Other"]
    classes = [
        {"key": c, "label": c, "count": class_counts[c], "color": CLASS_COLORS[c]}
        for c in known
        if class_counts.get(c)
    ]
    return types, classes


def render_html(graph: ViewGraph) -> str:
    """The complete, self-contained HTML page for ``graph`` (no network requests)."""
    payload = graph_payload(graph)
    types, classes = _filters(graph)
    vis_js = _asset("vis-network.min.js")
    kg_js = _asset("kg-view.js")
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {_csp_hash(vis_js)} {_csp_hash(kg_js)}",
            "style-src 'unsafe-inline'",
            "img-src data:",
            "font-src 'none'",
            "connect-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    focus_labels = [n.label for n in graph.nodes if n.id in graph.focus]
    total = len(graph.nodes) + graph.left_out
    return _template().render(
        title=graph.title,
        csp=csp,
        version=__version__,
        vis_css=Markup(_asset("vis-network.css")),
        kg_css=Markup(_asset("kg-view.css")),
        vis_js=Markup(vis_js),
        kg_js=Markup(kg_js),
        data_json=Markup(json_for_script(payload)),
        n_nodes=len(graph.nodes),
        n_edges=len(graph.edges),
        n_facts=len(graph.facts),
        total_nodes=total,
        left_out=graph.left_out,
        focus_labels=focus_labels,
        hops=graph.hops,
        types=types,
        classes=classes,
        physics=payload["physics"],
    )


def write_view(store: Any, out_path: str | os.PathLike[str], **opts: Any) -> ViewSummary:
    """Load the view graph from ``store`` and write it to ``out_path`` atomically.

    ``opts``: ``focus``, ``hops``, ``max_nodes`` (see :func:`load_view_graph`)
    and ``title``.  The file appears complete or not at all (temporary file in
    the same folder, then ``os.replace``); an unwritable path raises
    :class:`~kg.errors.OutputError`.
    """
    title = opts.pop("title", None)
    unknown = set(opts) - {"focus", "hops", "max_nodes"}
    if unknown:
        raise TypeError(f"write_view() got unexpected options: {', '.join(sorted(unknown))}")
    path = Path(out_path)
    _check_target(path)
    graph = with_title(load_view_graph(store, **opts), title)
    html = render_html(graph)
    write_atomic(path, html.encode("utf-8"))
    return ViewSummary(
        nodes=len(graph.nodes), edges=len(graph.edges), left_out=graph.left_out, path=str(path), facts=len(graph.facts)
    )


def _check_target(path: Path) -> None:
    """Fail early, before the (slower) load, on a path that cannot be written."""
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"cannot write {path}: folder {parent} does not exist")


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and ``os.replace``."""
    parent = path.parent if str(path.parent) else Path(".")
    tmp = parent / f".{path.name}.{secrets.token_hex(4)}.tmp"
    fd = -1
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # umask applies
        with os.fdopen(fd, "wb") as fh:
            fd = -1
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as err:
        if fd >= 0:
            os.close(fd)
        try:
            tmp.unlink()
        except OSError:
            pass
        reason = err.strerror or str(err)
        if err.errno == errno.EISDIR:
            reason = "it is a folder"
        raise OutputError(f"cannot write {path}: {reason}") from None

