"""Children of every token of a Doc, read once.

spaCy builds a new :class:`~spacy.tokens.Token` for every step of ``Token.children``, ``lefts`` and
``rights``; the extraction rules ask for the children of the same few tokens many times over, so
a parsed Doc's tree is read once into plain lists (of the tokens of one shared ``list(doc)``) and
the rules index those.  Same tokens, same order as spaCy's own iterators.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, IDX, LEMMA, LOWER, ORTH, POS, TAG
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

_HYPHEN = get_string_id("-")
_ARRAYS: dict[int, tuple[numpy.ndarray, ...]] = {}


class ReadToken(Token):
    """A :class:`~spacy.tokens.Token` whose most read attributes were read once, when it was made.

    Each read of ``Token.dep_``, ``text``, ``lemma_`` … is a lookup in the string store that builds a new ``str``
    (and ``i``, ``idx`` a property call); the rules read them about 40 times per token.  These slots shadow
    spaCy's properties with the same values.  Only attributes that nothing changes once the component has
    its tokens are cached (the entity attributes, which the casing steps still set, are not)."""

    __slots__ = ("text", "orth_", "lower_", "lemma_", "pos_", "tag_", "dep_", "i", "idx", "kg_lemma")


#: String-store hash → string, shared by all Docs (emptied when it grows past ``_STRINGS_MAX``).
_STRINGS: dict[int, str] = {}
_STRINGS_MAX = 100_000


def read_tokens(doc: Doc) -> list[Token]:
    """``list(doc)`` as :class:`ReadToken` objects: the Doc's tokens with their attributes read once, in bulk."""
    if len(_STRINGS) > _STRINGS_MAX:
        _STRINGS.clear()
    known = _STRINGS
    strings = doc.vocab.strings
    vocab = doc.vocab
    new = ReadToken.__new__  # (Token's own constructor: __init__ has nothing to add)
    array = doc.to_array([ORTH, LOWER, LEMMA, TAG, DEP, POS, IDX])
    # every string the tokens use, looked up once (a token then reads each of its strings with one dict access)
    for h in set(array[:, :5].ravel().tolist()) - known.keys():
        known[h] = strings[h]
    toks: list[Token] = []
    for i, (orth, lower, lemma, tag, dep, pos, idx) in enumerate(array.tolist()):
        tok = new(ReadToken, vocab, doc, i)
        tok.text = tok.orth_ = known[orth]
        tok.lower_ = known[lower]
        tok.lemma_ = known[lemma]
        tok.tag_ = known[tag]
        tok.dep_ = known[dep]
        tok.pos_ = POS_NAMES[pos]
        tok.i = i
        tok.idx = idx
        tok.kg_lemma = None  # (the rules' reading of the lemma, see events.lemma_of: computed once, when first asked)
        toks.append(tok)
    return toks


class Kids(list):
    """``kids[i]``: the children of token ``i`` in document order; ``lefts``/``rights`` as in spaCy.

    (A list itself, so that ``kids[i]``, the rules' most frequent call, is the list's own C indexing.)"""

    __slots__ = ("_heads", "_toks")

    def __init__(self, toks: list[Token]) -> None:
        kids: list[list[Token]] = [[] for _ in toks]
        heads: list[int] = []
        if toks:
            # relative head offsets straight from the Doc's array (Token.head builds a Token per call)
            offsets = toks[0].doc.to_array(HEAD).astype("int64").tolist()
            for i, off in enumerate(offsets):
                if off:
                    kids[i + off].append(toks[i])
            heads = [i + off for i, off in enumerate(offsets)]
        super().__init__(kids)
        self._heads = heads
        self._toks = toks

    def conjuncts(self, tok: Token) -> tuple[Token, ...]:
        """``tok.conjuncts``: the other members of its coordination, in spaCy's order."""
        heads, kids, toks = self._heads, self, self._toks
        start = tok.i
        while heads[start] != start and toks[start].dep_ == "conj":
            start = heads[start]
        queue = [start]
        out = [start]
        for i in queue:
            for child in kids[i]:
                if child.i > i and child.dep_ == "conj":
                    out.append(child.i)
                    queue.append(child.i)
        return tuple(toks[i] for i in out if i != tok.i)

    def subtree_ids(self, tok: Token) -> set[int]:
        """Positions of ``tok.subtree`` (without building its Tokens)."""
        kids = self
        out = {tok.i}
        stack = [tok.i]
        while stack:
            for child in kids[stack.pop()]:
                if child.i not in out:
                    out.add(child.i)
                    stack.append(child.i)
        return out

    def head(self, tok: Token) -> Token:
        """``tok.head`` as the shared Token object (the root is its own head: ``kids.head(root) is root``)."""
        return self._toks[self._heads[tok.i]]

    def lefts(self, tok: Token) -> list[Token]:
        i = tok.i
        return [c for c in self[i] if c.i < i]

    def rights(self, tok: Token) -> list[Token]:
        i = tok.i
        return [c for c in self[i] if c.i > i]


def candidates(doc: Doc, lex) -> tuple[list[int], list[int], list[int]]:
    """Positions where a lexicon row may start (a head word or one of its inflections, or the word after
    a hyphen: "sit-in"), positions of participant nouns (or their plurals) and of one-word country
    names, from the Doc's arrays.

    The rules look at the parse of these tokens only; every other word is skipped without building
    or reading a Token."""
    if len(doc) == 0:
        return [], [], []
    arrays = _ARRAYS.get(id(lex))
    if arrays is None:
        arrays = _ARRAYS[id(lex)] = (numpy.sort(numpy.fromiter(lex.head_ids, dtype=numpy.uint64)),
                                     numpy.sort(numpy.fromiter(lex.participant_ids, dtype=numpy.uint64)),
                                     numpy.sort(numpy.fromiter((get_string_id(n) for n in lex.countries if " " not in n),
                                                               dtype=numpy.uint64)))
    heads, parts, countries = arrays
    ids = doc.to_array([LOWER, LEMMA])
    lower, lemma = ids[:, 0], ids[:, 1]
    trig = _member(lower, heads) | _member(lemma, heads)
    dash = lower == _HYPHEN
    trig[1:] |= dash[:-1]
    part = _member(lower, parts) | _member(lemma, parts)
    country = _member(lower, countries)
    return numpy.flatnonzero(trig).tolist(), numpy.flatnonzero(part).tolist(), numpy.flatnonzero(country).tolist()


def _member(values: numpy.ndarray, sorted_ids: numpy.ndarray) -> numpy.ndarray:
    """``numpy.isin`` for a sorted table, without sorting it again on every call."""
    at = numpy.minimum(numpy.searchsorted(sorted_ids, values), len(sorted_ids) - 1)
    return sorted_ids[at] == values
