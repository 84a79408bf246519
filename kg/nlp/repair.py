"""Parse repairs: recurring misparses of the statistical parser, set right before the rules read the tree.

The small English parser reads some constructions of news text wrong in the same way every time.  Where
the right tree is certain from the words alone, a repair rewrites the heads and labels of the few tokens
involved (``Token.head`` / ``Token.dep_``, so spaCy's own ``subtree``, ``children`` and the rules' ``Kids``
all see the repaired tree); everything else is left as the parser made it.  Each repair is a small
function that finds its pattern and returns the edits; ``REPAIRS`` lists them in the order they run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

#: Participles that open a reduced relative clause after a noun ("two brothers wanted for murder were
#: held") and that the parser takes for the main verb of the sentence.
REDUCED_PARTICIPLES = frozenset({"wanted"})
#: Prepositions that follow such a participle ("wanted for …", "wanted in …", "wanted by …").
REDUCED_PREPS = frozenset({"for", "in", "by", "under", "since", "over", "as"})


@dataclass(frozen=True)
class Edit:
    """Give token ``i`` the head ``head`` (itself for a root) and the label ``dep``."""

    i: int
    head: int
    dep: str


def _reduced_relative(doc: Doc) -> Iterator[Edit]:
    """'two brothers wanted for the murder of their uncle were nabbed', 'the man wanted for the robbery was
    held by police': the parser makes "wanted" the main verb and the real one ("nabbed", "held") its object
    or adverbial clause; the noun is the passive subject of the real verb and "wanted …" describes it."""
    for t in doc:
        if t.lower_ not in REDUCED_PARTICIPLES or t.tag_ not in ("VBD", "VBN") or t.i + 1 >= len(doc):
            continue
        subj = next((c for c in t.lefts if c.dep_ == "nsubj" and c.right_edge.i == t.i - 1), None)
        prep = doc[t.i + 1]
        if subj is None or prep.lower_ not in REDUCED_PREPS:
            continue
        clause = next((c for c in t.rights if c.dep_ in ("ccomp", "advcl", "conj") and c.tag_ == "VBN"
                       and any(a.dep_ == "auxpass" for a in c.lefts)), None)
        if clause is None:
            continue
        own = [c for c in clause.lefts if c.dep_ in ("nsubj", "nsubjpass")]
        if own:
            # ("the man wanted for the robbery was held": "for" read as the clause's marker, "robbery" as its subject)
            if not (len(own) == 1 and prep.head == clause and prep.dep_ == "mark" and own[0].i > prep.i):
                continue
            yield Edit(prep.i, t.i, "prep")
            yield Edit(own[0].i, prep.i, "pobj")
        root = t.head == t
        yield Edit(clause.i, clause.i if root else t.head.i, t.dep_ if not root else "ROOT")
        yield Edit(subj.i, clause.i, "nsubjpass")
        yield Edit(t.i, subj.i, "acl")
        for c in t.rights:
            if c.i > clause.i and c.dep_ == "punct":
                yield Edit(c.i, clause.i, "punct")  # (the full stop belongs to the sentence's verb)


#: The repairs, in the order they run.
REPAIRS: tuple[Callable[[Doc], Iterator[Edit]], ...] = (_reduced_relative,)


def repair_parse(doc: Doc) -> int:
    """Apply every repair to ``doc`` in place; the number of tokens changed."""
    if not doc.has_annotation("DEP"):
        return 0
    changed = 0
    for rule in REPAIRS:
        edits = list(rule(doc))
        # (roots first, so that no step leaves a token without a path to a root of its sentence)
        for e in sorted(edits, key=lambda e: e.head != e.i):
            tok: Token = doc[e.i]
            tok.head = doc[e.head]
            tok.dep_ = e.dep
            changed += 1
    return changed
