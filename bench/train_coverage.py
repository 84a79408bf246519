"""Lexicon coverage on the synthetic NGEC training stories (document-level PLOVER labels).

Reads ``../shared/train/ngec_synthetic_events.csv.zip`` at run time (never copies it), runs the kg
pipeline over the first few sentences of each story and reports, per label, the share of stories
in which an event of the labelled type is extracted, and the most frequent predicate lemmas of the
stories where it is not (candidates for missing lexicon rows).  The labels are per story, so the
figures are noisy: a story's later sentences may describe other events.

    .venv/bin/python bench/train_coverage.py [--sentences 2] [--limit N] [--label T] [--show K]
                                             [--json OUT]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import time
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.nlp.pipeline import load_pipeline  # noqa: E402

DATA = ROOT.parent / "shared" / "train" / "ngec_synthetic_events.csv.zip"
_SENT_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[\"“‘]?[A-Z])")


def stories(path: Path):
    with zipfile.ZipFile(path) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".csv"))
        with zf.open(name) as fh:
            yield from csv.DictReader(io.TextIOWrapper(fh, "utf-8"))


def lead(text: str, n: int) -> str:
    """The first ``n`` sentences of ``text`` (a cheap split, good enough for wire copy)."""
    text = " ".join(text.split())
    return " ".join(_SENT_END.split(text)[:n])


def predicates(doc) -> list[str]:
    """ROOT lemmas of the doc's sentences plus verbs conjoined to or complementing them."""
    out = []
    for sent in doc.sents:
        root = sent.root
        out.append(root.lemma_.lower())
        for child in root.children:
            if child.dep_ in ("conj", "ccomp", "xcomp", "advcl") and child.pos_ in ("VERB", "NOUN"):
                prt = [c.text.lower() for c in child.children if c.dep_ == "prt"]
                out.append(" ".join([child.lemma_.lower(), *prt]))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--sentences", type=int, default=2, help="lead sentences read per story")
    ap.add_argument("--limit", type=int, default=0, help="stories read (0: all)")
    ap.add_argument("--label", default=None, help="only this PLOVER label")
    ap.add_argument("--show", type=int, default=0, help="print this many missed leads per label")
    ap.add_argument("--top", type=int, default=25, help="predicate lemmas listed per label")
    ap.add_argument("--json", type=Path, default=None, help="write the per-label shares here")
    args = ap.parse_args(argv)

    rows = []
    for row in stories(args.data):
        if args.label and row["label"] != args.label:
            continue
        rows.append((lead(row["text"], args.sentences), row["label"]))
        if args.limit and len(rows) >= args.limit:
            break

    nlp = load_pipeline()
    start = time.perf_counter()
    total = Counter()
    hit = Counter()
    hit_any = Counter()  # also counting negated / hypothetical events
    missed_preds: dict[str, Counter] = defaultdict(Counter)
    got_instead: dict[str, Counter] = defaultdict(Counter)
    missed_text: dict[str, list[str]] = defaultdict(list)
    for doc, label in nlp.pipe(rows, as_tuples=True, batch_size=64):
        total[label] += 1
        events = doc._.kg_events or ()
        asserted = {ev.type for ev in events if not (ev.negated or ev.hypothetical)}
        if label in asserted:
            hit[label] += 1
        if label in {ev.type for ev in events}:
            hit_any[label] += 1
        if label not in asserted:
            missed_preds[label].update(set(predicates(doc)))
            got_instead[label].update(asserted or {"(none)"})
            missed_text[label].append(doc.text)
    secs = time.perf_counter() - start

    print(f"{sum(total.values())} stories, {args.sentences} lead sentences each, {secs:.1f} s\n")
    print(f"{'label':10} {'n':>5} {'found':>7} {'any':>7}")
    shares = {}
    for label in sorted(total):
        shares[label] = hit[label] / total[label]
        print(f"{label:10} {total[label]:5d} {shares[label]:7.3f} {hit_any[label] / total[label]:7.3f}")
    overall = sum(hit.values()) / max(1, sum(total.values()))
    print(f"{'ALL':10} {sum(total.values()):5d} {overall:7.3f}")
    shares["ALL"] = overall
    for label in sorted(total):
        if not missed_preds[label]:
            continue
        top = ", ".join(f"{w} {n}" for w, n in missed_preds[label].most_common(args.top))
        inst = ", ".join(f"{w} {n}" for w, n in got_instead[label].most_common(6))
        print(f"\n{label} missed {total[label] - hit[label]}: predicates: {top}\n  extracted instead: {inst}")
        for text in missed_text[label][: args.show]:
            print("   -", text[:300])
    if args.json:
        args.json.write_text(json.dumps(shares, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
