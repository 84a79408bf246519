"""The ``kg`` command: parse options, call one library function, print.

Every user-facing failure is a :class:`~kg.errors.KgError` and ends as one
line on stderr with a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from collections.abc import Callable, Sequence

from . import __version__
from .errors import KgError, UsageError

PROG = "kg"

EXAMPLES = {
    "build": """
        examples:
          kg build seeds/                       # every .txt/.jsonl below a folder
          kg build article.txt --store ./news-kg
          kg build corpus.jsonl                 # {"id", "text", "title", "date", "url"} per line
          cat story.txt | kg build - --id story-1
          kg build page.html                    # a web page: its main text (trafilatura)
          kg build corpus/ --workers 2          # two extraction processes
          kg build corpus.jsonl --store http://localhost:7878   # an Oxigraph server
        Building an article id that is already stored replaces its graph; an unchanged
        article is skipped (use --force to rebuild). Progress goes to stderr (a bar on a
        terminal, a line every 10 s otherwise; --quiet for none). Exit status: 0 all built,
        1 some documents skipped with a warning, 2 bad usage or nothing could be built,
        3 the store is busy (another build).
    """,
    "remove": """
        examples:
          kg remove venezuela-releases
          kg remove a-1 a-2 --store ./news-kg
        Drops each article's named graph: facts that came only from it go, entities that
        other articles mention stay. Exit status 1 if some id is not in the store.
    """,
    "serve": """
        examples:
          kg serve                              # http://127.0.0.1:7878/
          kg serve --store ./news-kg --port 8080
          curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s a pe:Arrest }' \\
               http://127.0.0.1:7878/sparql
        A read-only SPARQL 1.1 endpoint (/sparql, also /query; JSON, XML, CSV, TSV by
        Accept), a query page (/) and the network view (/view). Updates get 403.
        Listens on 127.0.0.1 only unless --host says otherwise. Ctrl-C stops it.
    """,
    "query": """
        examples:
          kg query 'SELECT ?e ?s WHERE { ?e a pe:Arrest ; pe:sourceText ?s }'
          kg query @questions/who-released-whom.rq --format csv > released.csv
          kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?e a pe:Event }' --format json
        Prefixes pe: rdf: rdfs: xsd: owl: prov: dcterms: schema: skos: kgid: are bound.
        The query sees the union of all article graphs and the ontology. Updates are refused.
    """,
    "export": """
        examples:
          kg export -o graph.ttl                # Turtle, article graphs merged
          kg export --format trig -o graph.trig # one named graph per article
          kg export --format nt | gzip > graph.nt.gz
          kg export -o network.graphml          # the entity network for Gephi / Cytoscape
          kg export --format gexf -o network.gexf
          kg export --format plover -o events.jsonl   # PLOVER/POLECAT-style event records
        Without --format the format follows the -o suffix (.ttl .nt .trig .nq .jsonld
        .graphml .gexf). GraphML and GEXF hold the entity network (who did what to whom,
        with class, country, sector, mentions and each fact's event, date and sentence).
        plover writes one JSON line per asserted PLOVER event (id, date, actor[], recipient[],
        event, mode, context, event_loc, event_text, size{dead,injured,arrested}, text).
    """,
    "stats": """
        examples:
          kg stats
          kg stats --top 20 --store ./news-kg
          kg stats --format json > stats.json
        Counts per entity class and event type, the top actors by degree, PageRank and
        betweenness, communities (Louvain), connected components and events per month.
    """,
    "path": """
        examples:
          kg path "Nicolás Maduro" "Marco Rubio"
          kg path Maduro Bukele --format json
        The shortest chain of facts linking two entities, each step with its event and
        source sentence. Names match labels and aliases, accents and case ignored.
        Exit status 1 if no chain links them, 2 if a name is unknown or ambiguous.
    """,
    "view": """
        examples:
          kg view -o graph.html
          kg view --focus "Nicolás Maduro" --hops 2 -o maduro.html
          kg view --max-nodes 500 -o top500.html
        The page is one self-contained file: it needs no network at all.
    """,
    "validate": """
        examples:
          kg validate
          kg validate --store ./news-kg
        Checks the article graphs against ontology/shapes.ttl (SHACL); exit 1 if they do not conform.
    """,
    "eval": """
        examples:
          kg eval ../shared/eval/seed_gold.json
          kg eval ../shared/eval/plover_gsr_dev.jsonl --json > scores.json
          kg eval ../shared/eval/plover_gsr_dev.jsonl --main-events
        Builds the gold units into a fresh temporary store and scores typed and strict P/R/F1.
    """,
}


def _formatter(prog: str) -> argparse.HelpFormatter:
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=32)


def _add_store(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--store",
        metavar="DIR|URL",
        default=None,
        help="store folder, or http(s):// URL of a SPARQL server (default: $KG_STORE or ./kg-store)",
    )


def _print_err(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr, flush=True)


# -- commands ------------------------------------------------------------


def cmd_build(args: argparse.Namespace) -> int:
    from .build import build
    from .progress import ProgressReporter

    progress = None if args.quiet else ProgressReporter(sys.stderr)

    def warn(message: str) -> None:
        if progress is not None:
            progress.clear()
        _print_err(f"warning: {message}")

    try:
        summary = build(
            args.paths,
            args.store,
            model=args.model,
            force=args.force,
            workers=args.workers,
            stdin_id=args.id or "stdin",
            on_warning=warn,
            on_progress=progress,
        )
    finally:
        if progress is not None:
            progress.finish()
    return _report_build(summary)


def cmd_remove(args: argparse.Namespace) -> int:
    from .build import remove

    summary = remove(args.ids, args.store)
    for article_id in summary.unknown:
        _print_err(f"warning: no article {article_id!r} in the store")
    print(summary.line(), flush=True)
    return 1 if summary.unknown else 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .serve import serve
    from .store import default_store_location

    location = args.store if args.store is not None else default_store_location()

    def ready(server) -> None:
        _print_err(
            f"serving {location} read-only at {server.url} (SPARQL endpoint {server.url}sparql, "
            f"view {server.url}view); Ctrl-C to stop"
        )

    try:
        serve(location, args.host, args.port, log=None if args.quiet else sys.stderr, on_ready=ready)
    except KeyboardInterrupt:
        _print_err("stopped")
    return 0


def _report_build(summary) -> int:
    print(summary.line(), flush=True)
    if summary.failed and not (summary.articles or summary.skipped):
        _print_err("error: nothing was built")
        return 2
    return 1 if summary.failed else 0


def cmd_query(args: argparse.Namespace) -> int:
    from .query import read_query_text, run_query
    from .store import open_store

    sparql = read_query_text(args.query)
    with open_store(args.store, mode="read") as store:
        data = run_query(store, sparql, args.format)
    sys.stdout.buffer.write(data)
    if data and not data.endswith(b"\n"):
        sys.stdout.buffer.write(b"\n")
    sys.stdout.buffer.flush()
    return 0


def _is_plover(fmt: str | None, out: str | None) -> bool:
    if fmt is not None:
        return fmt.lower() == "plover"
    return bool(out) and out.lower().endswith(".plover.jsonl")


def cmd_export(args: argparse.Namespace) -> int:
    from .analysis import network_format, write_network
    from .export import export
    from .store import open_store

    if _is_plover(args.format, args.output):
        from .plover import write_plover

        if args.with_ontology:
            raise UsageError("--with-ontology applies to RDF formats, not plover")
        with open_store(args.store, mode="read") as store:
            plover = write_plover(store, args.output)
        if plover.path != "-":
            _print_err(plover.line())
        return 0
    network = network_format(args.format, args.output)
    if network is not None:
        if args.with_ontology:
            raise UsageError(f"--with-ontology applies to RDF formats, not {network}")
        with open_store(args.store, mode="read") as store:
            net = write_network(store, network, args.output)
        if net.path != "-":
            _print_err(net.line())
        return 0
    with open_store(args.store, mode="read") as store:
        summary = export(store, args.format, args.output, include_ontology=args.with_ontology)
    if summary.path != "-":
        _print_err(f"wrote {summary.statements} statements as {summary.format} to {summary.path}")
    return 0


def cmd_view(args: argparse.Namespace) -> int:
    from .store import open_store
    from .view import write_view

    with open_store(args.store, mode="read") as store:
        summary = write_view(
            store, args.output, focus=args.focus, hops=args.hops, max_nodes=args.max_nodes, title=args.title
        )
    print(summary.line() if hasattr(summary, "line") else summary)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from .analysis import stats
    from .store import open_store

    with open_store(args.store, mode="read") as store:
        result = stats(store, top=args.top)
    print(result.to_json() if args.format == "json" else result.text())
    return 0


def cmd_path(args: argparse.Namespace) -> int:
    from .analysis import shortest_path
    from .store import open_store

    with open_store(args.store, mode="read") as store:
        found = shortest_path(store, args.source, args.target)
    print(found.to_json() if args.format == "json" else found.text())
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from .store import open_store
    from .validate import validate

    with open_store(args.store, mode="read") as store:
        report = validate(store)
    print(report.text())
    return 0 if report.conforms else 1


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate

    report = evaluate(args.gold, model=args.model, keep_store=args.keep_store, main_events=args.main_events)
    if args.json:
        print(report.to_json())
    else:
        print(report.text())
    return 0


# -- parser --------------------------------------------------------------


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a number ≥ 0, got {value}")
    return value


def _port(text: str) -> int:
    value = _positive_int(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"expected a port number up to 65535, got {value}")
    return value


#: :data:`kg.analysis.NETWORK_FORMATS`, repeated here: importing kg.analysis (networkx) costs about
#: 0.2 s, which every command, ``kg build`` included, would pay at start-up just for a help text.
_NETWORK_FORMATS = ("graphml", "gexf")


def make_parser() -> argparse.ArgumentParser:
    from .export import FORMATS as EXPORT_FORMATS
    from .query import FORMATS as QUERY_FORMATS

    parser = argparse.ArgumentParser(
        prog=PROG,
        formatter_class=_formatter,
        description="Build a political-events knowledge graph from news articles, query it in SPARQL, "
        "export it as RDF and browse it as a network.",
        epilog=textwrap.dedent(
            """
            typical session:
              kg build seeds/                 # articles → ./kg-store
              kg query 'SELECT ?who ?whom WHERE { ?who pe:releases ?whom }'
              kg export -o out/graph.ttl
              kg view -o out/graph.html

            Run `kg COMMAND --help` for the options and examples of each command.
            """
        ),
    )
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str, func: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name,
            help=help_text,
            description=help_text,
            formatter_class=_formatter,
            epilog=textwrap.dedent(EXAMPLES.get(name, "")),
        )
        p.set_defaults(func=func)
        return p

    p = add("build", "read articles and add their facts to the store", cmd_build)
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt file, .jsonl file, folder, or - for stdin")
    _add_store(p)
    p.add_argument("--model", help="spaCy pipeline to use (default: en_core_web_sm, else its PyPI copy)")
    p.add_argument("--force", action="store_true", help="rebuild articles even when unchanged")
    p.add_argument("--id", help="article id for plain text read from stdin (default: stdin)")
    p.add_argument("--workers", "-j", type=_positive_int, default=1, metavar="N",
                   help="extraction processes (default: 1; 0 extracts in the kg process itself)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress output")

    p = add("remove", "remove articles (and what came only from them) from the store", cmd_remove)
    p.add_argument("ids", nargs="+", metavar="ID", help="article id (file stem or JSONL id)")
    _add_store(p)

    p = add("serve", "serve the store as a read-only SPARQL endpoint with a query page and the view", cmd_serve)
    _add_store(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", "-p", type=_port, default=7878, help="port (default: 7878; 0 picks a free one)")
    p.add_argument("--quiet", "-q", action="store_true", help="no request log")

    p = add("query", "run a read-only SPARQL query over the store", cmd_query)
    p.add_argument("query", metavar="QUERY", help="SPARQL text, or @FILE to read it from a file")
    _add_store(p)
    p.add_argument("--format", "-f", choices=QUERY_FORMATS, default="table", help="result format (default: table)")

    p = add("export", "write the store as RDF", cmd_export)
    _add_store(p)
    p.add_argument("--format", "-f",
                   help=f"one of {', '.join(EXPORT_FORMATS + _NETWORK_FORMATS + ('plover',))} (default: from -o suffix, else turtle)")
    p.add_argument("-o", "--output", metavar="FILE", help="output file (default: stdout)")
    p.add_argument("--with-ontology", action="store_true", help="include the ontology graph")

    p = add("view", "write an interactive, offline HTML view of the graph", cmd_view)
    _add_store(p)
    p.add_argument("-o", "--output", metavar="FILE", default="graph.html", help="HTML file (default: graph.html)")
    p.add_argument("--focus", metavar="NAME", help="show only the neighbourhood of this entity")
    p.add_argument("--hops", type=_positive_int, default=1, help="neighbourhood radius for --focus (default: 1)")
    p.add_argument("--max-nodes", type=_positive_int, metavar="N", help="keep only the N most central entities")
    p.add_argument("--title", help="page heading (default: kg — political events)")

    p = add("stats", "summarise the network: classes, event types, top actors, communities, months", cmd_stats)
    _add_store(p)
    p.add_argument("--format", "-f", choices=("table", "json"), default="table", help="output format (default: table)")
    p.add_argument("--top", type=_positive_int, default=10, metavar="N", help="actors listed per ranking (default: 10)")

    p = add("path", "the shortest chain of facts linking two entities, with sentences", cmd_path)
    p.add_argument("source", metavar="A", help="entity name (label or alias)")
    p.add_argument("target", metavar="B", help="entity name (label or alias)")
    _add_store(p)
    p.add_argument("--format", "-f", choices=("text", "json"), default="text", help="output format (default: text)")

    p = add("validate", "check the store against the SHACL shapes", cmd_validate)
    _add_store(p)

    p = add("eval", "score extraction against a gold file", cmd_eval)
    p.add_argument("gold", metavar="GOLD", help="gold .json/.jsonl file (see ../shared/eval/README.md)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--model", help="spaCy pipeline to use")
    p.add_argument("--keep-store", metavar="DIR", help="build into this new folder and keep it, to inspect the graph")
    p.add_argument("--main-events", action="store_true",
                   help="score only the event each sentence is mainly about (pe:mainEvent), as one-event-per-sentence coders do")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except KgError as err:
        _print_err(f"error: {err}")
        return err.exit_code
    except KeyboardInterrupt:
        _print_err("interrupted")
        return 130
    except BrokenPipeError:
        # the reader went away (e.g. `kg export | head`): not an error worth a message
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as err:  # a bug: still one line, never a traceback
        if os.environ.get("KG_DEBUG"):
            raise
        _print_err(f"internal error: {type(err).__name__}: {err} (set KG_DEBUG=1 for details)")
        return 70


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

