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

import numpy
from spacy.attrs import LEMMA, LOWER, TAG
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

#: Participles that open a reduced relative clause after a noun ("two brothers wanted for murder were
#: held") and that the parser takes for the main verb of the sentence.
REDUCED_PARTICIPLES = frozenset({"wanted"})
#: Prepositions that follow such a participle ("wanted for …", "wanted in …", "wanted by …").
REDUCED_PREPS = frozenset({"for", "in", "by", "under", "since", "over", "as"})


@dataclass(frozen=True)
class Edit:
    """Give token ``i`` the head ``head`` (itself for a root) and the label ``dep`` (and, for a word the tagger
    misread, a verb's or a noun's tag and lemma)."""

    i: int
    head: int
    dep: str
    verb_lemma: str | None = None
    noun: bool = False  # (a word the tagger read as a verb: give it a noun's tag and its own form as lemma)
    plural: bool = False  # (… a plural noun's tag, and its form less the "s" as lemma)
    name: bool = False  # (… a proper noun's tag, and its form as lemma)
    verb_tag: str = "VBD"  # (the verb's tag where ``verb_lemma`` is given: "VBG" for a participle, "VB" for a base form)


#: Verbs news writes with a hyphened "re-" ("re-established diplomatic relations", "re-imposed the curfew"): the
#: tokenizer would split them into "re", "-" and an adjective the parser hangs on the object, leaving no verb; the
#: pipeline keeps them whole (see pipeline.keep_whole_words) and :func:`repair_parse` gives them the lemma of the
#: closed-up form ("reestablish", "reimpose") that the lexicon reads.
RE_VERBS = ("establish", "open", "impose", "arrest", "deploy", "affirm", "launch", "elect", "enter", "start", "unite", "unify")


def _inflections(stem: str) -> tuple[str, ...]:
    """'establish' → establish, establishes, established, establishing; 'impose' → impose, imposes, imposed, imposing."""
    plain = stem[:-1] if stem.endswith("e") else stem
    if stem.endswith("fy"):
        return (stem, stem[:-1] + "ies", stem[:-1] + "ied", stem + "ing")
    third = stem + ("es" if stem.endswith(("sh", "ch", "s", "x")) else "s")
    past = stem + "d" if stem.endswith("e") else stem + "ed"
    return (stem, third, past, plain + "ing")


#: "re-established" → "reestablish", for every form of every verb in RE_VERBS.
RE_FORMS = {f"re-{form}": f"re{stem}" for stem in RE_VERBS for form in _inflections(stem)}
_RE_HASHES = frozenset(hash_string(form) for form in RE_FORMS)


#: The hashes of a word list, by the list (a tuple or frozenset) or, for a dict, by its identity: hashing the words
#: again on every Doc cost more than the comparisons.
_HASHES: dict[object, tuple[object, list[int]]] = {}


def _hashes(words) -> list[int]:
    key = words if isinstance(words, (tuple, frozenset)) else id(words)
    got = _HASHES.get(key)
    if got is None or got[0] is not words and not isinstance(key, (tuple, frozenset)):
        got = (words, [hash_string(w) for w in words])
        _HASHES[key] = got
    return got[1]


def _tokens_with(doc: Doc, attr: int, words) -> list[Token]:
    """The tokens whose ``attr`` (LOWER, LEMMA, TAG) is one of ``words``, found on the Doc's array (a Python loop over
    every token would cost more than the repairs).  The arrays are read once per :func:`repair_parse` (see
    ``_ARRAYS``) and read again after an edit that changes a tag or a lemma."""
    arrays = _ARRAYS.get(id(doc))
    values = arrays.get(attr) if arrays is not None else None
    if values is None:
        values = doc.to_array(attr)
        if arrays is not None:
            arrays[attr] = values
    found = numpy.zeros(len(values), dtype=bool)
    for h in _hashes(words):  # (a comparison per word: numpy.isin costs more than these few on an article's array)
        found |= values == h
    return [doc[i] for i in numpy.flatnonzero(found).tolist()]


#: The attribute arrays of the Doc being repaired, by the Doc's identity (cleared when :func:`repair_parse` ends).
_ARRAYS: dict[int, dict[int, numpy.ndarray]] = {}


def _reduced_relative(doc: Doc) -> Iterator[Edit]:
    """'two brothers wanted for the murder of their uncle were nabbed', 'the man wanted for the robbery was
    held by police': the parser makes "wanted" the main verb and the real one ("nabbed", "held") its object
    or adverbial clause; the noun is the passive subject of the real verb and "wanted …" describes it."""
    for t in _tokens_with(doc, LOWER, REDUCED_PARTICIPLES):
        if t.tag_ not in ("VBD", "VBN") or t.i + 1 >= len(doc):
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


def _make_noun_to(doc: Doc) -> Iterator[Edit]:
    """'were willing to make concessions to end the standoff', 'made efforts to free the hostages': the parser reads a
    causative ("make [concessions] [to end …]", as in "made them leave") where the noun is the object of "make" and the
    infinitive its purpose."""
    for t in _tokens_with(doc, LEMMA, ("make",)):
        if t.pos_ not in ("VERB", "AUX"):
            continue
        for clause in t.rights:
            if clause.dep_ != "ccomp" or clause.tag_ != "VB":
                continue
            to = [c for c in clause.lefts if c.dep_ == "aux" and c.lower_ == "to"]
            subj = [c for c in clause.lefts if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.tag_ in ("NN", "NNS") and t.i < c.i]
            if not to or len(subj) != 1 or any(c.dep_ == "dobj" for c in t.children):
                continue
            yield Edit(subj[0].i, t.i, "dobj")
            yield Edit(clause.i, t.i, "advcl")


#: Irregular past tenses the tagger may take for adjectives ("Sweden froze development aid to Kenya"), with their lemma.
IRREGULAR_PAST = {
    "froze": "freeze", "broke": "break", "drove": "drive", "struck": "strike", "fought": "fight", "shot": "shoot",
    "stole": "steal", "began": "begin", "hid": "hide", "led": "lead", "held": "hold", "sought": "seek", "took": "take",
    "gave": "give", "sent": "send", "met": "meet", "threw": "throw", "swore": "swear", "wrote": "write", "spoke": "speak",
    "chose": "choose", "caught": "catch", "kept": "keep", "lost": "lose", "sold": "sell", "told": "tell", "won": "win",
    "withdrew": "withdraw", "overthrew": "overthrow", "forbade": "forbid", "shook": "shake", "sank": "sink", "drew": "draw",
    "flew": "fly", "fled": "flee", "forgave": "forgive", "overran": "overrun", "spent": "spend", "stood": "stand",
    "swept": "sweep", "tore": "tear", "undertook": "undertake", "upheld": "uphold", "withheld": "withhold",
}


def past_form(tok: Token) -> bool:
    """A past-tense verb, whatever tag the tagger gave it."""
    return tok.tag_ == "VBD" or tok.tag_ in ("JJ", "VBN") and tok.lower_ in IRREGULAR_PAST


def _verb_read_as_modifier(doc: Doc) -> Iterator[Edit]:
    """'Israel relaxed travel restrictions on Palestinian labourers …': with no other verb in the sentence, the
    parser reads a past-tense verb between two nouns as an adjective ("Israel [relaxed] restrictions") and the
    whole sentence as one noun phrase; the verb is the root, the noun before it its subject, the one after its
    object.  A comma participle after the object ("…, allowing the BBC to reopen its bureau") may follow: it is
    then the verb's, as an adverbial clause."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN"):
            continue
        participles = [c for c in root.rights if c.dep_ in ("acl", "advcl") and c.tag_ == "VBG" and doc[c.i - 1].text == ","]
        inside = {t.i for c in participles for t in c.subtree}
        # ("Sweden froze development aid to Kenya over what it called abuses": a clause inside a phrase after the
        # object is no verb of the sentence's own)
        inside |= {t.i for c in root.rights if c.dep_ == "prep" for t in c.subtree}
        if any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" and t.i not in inside for t in sent):
            continue
        verb = next((c for c in root.lefts if c.dep_ == "amod" and past_form(c)), None)
        if verb is None or verb.i == sent.start:
            continue
        k = verb.i - 1
        if doc[k].tag_ == "HYPH" and k - 2 >= sent.start and doc[k - 1].head == verb:
            k -= 2  # ("Syria test-fired three Scud missiles": a prefix hyphened to the verb)
        subj = doc[k]
        while subj.head not in (root, verb) and subj.head.i < verb.i and subj.head != subj:
            subj = subj.head  # ("The Chinese government relaxed …": the head of the phrase before the verb)
        if subj.head not in (root, verb) or subj.pos_ not in ("NOUN", "PROPN") or subj.i >= verb.i \
                or subj.dep_ not in ("nmod", "compound", "npadvmod", "amod", "nsubj"):
            continue
        yield Edit(verb.i, verb.i, "ROOT", None if verb.tag_ == "VBD" else IRREGULAR_PAST[verb.lower_])
        yield Edit(subj.i, verb.i, "nsubj")
        yield Edit(root.i, verb.i, "dobj")
        for c in root.rights:
            if c.dep_ == "punct" and c.i == sent.end - 1:
                yield Edit(c.i, verb.i, "punct")
        for c in participles:
            yield Edit(c.i, verb.i, "advcl")
            yield Edit(c.i - 1, verb.i, "punct")


def _verb_read_as_modifier_before_speaker(doc: Doc) -> Iterator[Edit]:
    """"Kuwait's emir lifted censorship on the local press on Sunday, …, the Information Ministry said": the parser may
    read the past form as an adjective of its object and that noun as a second subject of the closing speech verb; the
    form is the verb of the reported clause, the phrase before it its subject, the noun its object."""
    for tok in _tokens_with(doc, TAG, ("VBN", "VBD")):
        noun = tok.head
        if tok.dep_ != "amod" or noun.i != tok.i + 1 or noun.dep_ != "nsubj" or tok.i == 0:
            continue
        speech = noun.head
        if speech.lemma_ not in CLOSING_SPEECH or not any(c.dep_ == "nsubj" and c.i > noun.i for c in speech.children):
            continue
        subj = doc[tok.i - 1]
        while subj.head.i == noun.i and subj.dep_ in ("case",) and subj.i > 0:
            subj = doc[subj.i - 1]
        if subj.pos_ not in ("NOUN", "PROPN") or subj.head.i != noun.i or subj.dep_ not in ("nmod", "compound", "poss"):
            continue
        yield Edit(tok.i, speech.i, "ccomp", tok.lemma_)
        yield Edit(subj.i, tok.i, "nsubj")
        yield Edit(noun.i, tok.i, "dobj")
        for c in noun.children:
            if c.i < subj.i and c.dep_ in ("poss", "det", "amod", "compound", "nmod"):
                yield Edit(c.i, subj.i, "poss" if c.dep_ == "poss" else c.dep_)  # ("Kuwait's emir": the subject's own words)
            elif c.i > noun.i and c.dep_ in ("prep", "advcl", "acl", "npadvmod") and c.right_edge.i < speech.i:
                if c.dep_ == "prep" and c.lower_ == "on" and any(p.ent_type_ == "DATE" for p in c.children) or c.dep_ != "prep":
                    yield Edit(c.i, tok.i, "advcl" if c.dep_ == "acl" else c.dep_)


def _verb_with_subject_read_as_modifier(doc: Doc) -> Iterator[Edit]:
    """'Sierra Leone's Revolutionary United Front on Sunday rebuffed appeals from West African leaders …': a past form
    the parser hangs on the noun after it as an adjective, yet gives a subject of its own, is the verb, and that noun
    its object."""
    for tok in _tokens_with(doc, TAG, ("JJ", "VBN", "VBD")):
        noun = tok.head
        if tok.dep_ != "amod" or not tok.lower_.endswith("ed") or noun.i != tok.i + 1 or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if not any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
            continue
        if noun.head.i == noun.i:
            yield Edit(tok.i, tok.i, "ROOT", tok.lower_)
        else:
            yield Edit(tok.i, noun.head.i, "ccomp" if noun.dep_ == "dep" else noun.dep_, tok.lower_)
        yield Edit(noun.i, tok.i, "dobj")


def _verb_read_as_modifier_of_apposition(doc: Doc) -> Iterator[Edit]:
    """'Workers at the Lenin shipyard in Gdansk [downed] tools on Thursday to demand …': the same misreading as
    :func:`_verb_read_as_modifier` with the object set in apposition to the subject's phrase; the verb is the root,
    the plural noun before it its subject, the apposition its object, and what followed the object is the verb's."""
    for sent in doc.sents:
        root = sent.root
        said = None
        if root.pos_ == "VERB" and root.lemma_ in CLOSING_SPEECH:
            # ("Labourers … downed tools on Sunday, demanding …, officials said": the phrase hung on the closing verb)
            said, root = root, next((c for c in root.lefts if c.dep_ in ("dep", "ccomp") and c.pos_ in ("NOUN", "PROPN")), root)
        if root.pos_ not in ("NOUN", "PROPN"):
            continue
        # (a plural subject, or a title and the name set after it: "Prime Minister Michele Pierre-Louis [pressed] foreign
        # donors on Saturday to speed up deliveries")
        named = root.tag_ not in ("NNS", "NNPS")
        obj = next((c for c in root.rights if c.dep_ == "appos" and doc[c.left_edge.i].dep_ == "amod"
                    and doc[c.left_edge.i].head == c and (
                        not named and (doc[c.left_edge.i - 1].dep_ == "pobj" or doc[c.left_edge.i - 1] == root)
                        or named and doc[c.left_edge.i - 1].dep_ == "appos" and doc[c.left_edge.i - 1].head == root
                        and doc[c.left_edge.i - 1].pos_ == "PROPN")
                    and (past_form(doc[c.left_edge.i]) or doc[c.left_edge.i].tag_ == "VBN" and doc[c.left_edge.i].lower_.endswith("ed"))), None)
        if obj is None:
            continue
        verb = doc[obj.left_edge.i]
        moved = [c for c in root.rights if c.i > obj.i and (c.dep_ in ("acl", "advcl", "prep", "punct", "npadvmod")
                                                              or c.dep_ == "relcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
        outside = {t.i for c in moved for t in c.subtree}
        if any(t.pos_ in ("VERB", "AUX") and t.i != verb.i and t.i not in outside and t.dep_ != "amod"
               for t in (root.subtree if said is not None else sent)):
            continue
        if said is not None:
            yield Edit(verb.i, said.i, "ccomp", IRREGULAR_PAST.get(verb.lower_, verb.lemma_))
        else:
            yield Edit(verb.i, verb.i, "ROOT", IRREGULAR_PAST.get(verb.lower_, verb.lemma_))
        yield Edit(root.i, verb.i, "nsubj")
        yield Edit(obj.i, verb.i, "dobj")
        for c in obj.children:  # ("downed tools on Sunday": the date the parser hung on the object is the verb's)
            if c.dep_ == "prep" and c.i > obj.i and any(p.ent_type_ in ("DATE", "TIME") for p in c.children):
                yield Edit(c.i, verb.i, "prep")
        for c in moved:
            # (an infinitive read as a relative clause of the whole phrase: what the object is pressed to do)
            yield Edit(c.i, verb.i, "xcomp" if c.dep_ == "relcl" else "advcl" if c.dep_ == "acl" else c.dep_)


#: Idioms of a past verb and its object that the tagger reads as an adjective and a noun ("downed tools").
IDIOM_OBJECTS = {"downed": frozenset({"tools", "tool"})}


def _idiom_read_as_noun_phrase(doc: Doc) -> Iterator[Edit]:
    """'Some 2,000 labourers at construction sites in Doha downed tools on Monday, demanding …, officials said': the
    parser may read "Doha downed tools" as one noun phrase inside the place phrase and leave the sentence with no verb
    of its own; "downed tools" is the verb and its object, the plural noun the phrase opens with its subject, and what
    followed the object on that noun (the date, the participle) is the verb's."""
    for verb in _tokens_with(doc, LOWER, tuple(IDIOM_OBJECTS)):
        if verb.i + 1 >= len(doc) or verb.dep_ != "amod":
            continue
        obj = doc[verb.i + 1]
        if obj.lower_ not in IDIOM_OBJECTS[verb.lower_] or verb.head != obj or obj.dep_ != "pobj":
            continue
        sent = verb.sent
        said = sent.root if sent.root.pos_ == "VERB" and sent.root.lemma_ in CLOSING_SPEECH else None
        subj = next((t for t in sent if t.i < verb.i and t.tag_ in ("NNS", "NNPS") and (t.dep_ == "ROOT" or said is not None
                     and t.head == said and t.dep_ in ("dep", "ccomp", "nsubj"))), None)
        if subj is None or verb.i not in {t.i for t in subj.subtree}:
            continue
        if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "acl", "advcl") and t.i != verb.i and t.i in {x.i for x in subj.subtree}
               for t in sent):
            continue
        yield Edit(verb.i, said.i if said is not None else verb.i, "ccomp" if said is not None else "ROOT", "down")
        yield Edit(subj.i, verb.i, "nsubj")
        yield Edit(obj.i, verb.i, "dobj")
        before = [c for c in obj.children if c.i < verb.i and c.dep_ in ("nmod", "compound")]
        if before:  # ("in Doha": the place the parser hung on the object is the place phrase's own)
            yield Edit(before[-1].i, obj.head.i, "pobj")
        for c in subj.children:
            if c.i > obj.i:
                yield Edit(c.i, verb.i, "advcl" if c.dep_ == "acl" else c.dep_)


#: What strikers put down ("downed tools", "would down chalk from Monday", "downing tools to demand …").
STRIKE_OBJECTS = frozenset({"tools", "tool", "chalk", "pens", "stethoscopes"})


def _down_tools_read_as_modifier(doc: Doc) -> Iterator[Edit]:
    """'its members would down chalk from Monday unless …', '…, downing tools to demand the right to …': the tagger
    reads "down" as a particle or an auxiliary and the object as the verb, or "downing" as a noun before the object;
    "down" is the verb, the next word its object, and what hung on the object (its subject, auxiliary, clauses) is
    the verb's."""
    for v in _tokens_with(doc, LOWER, ("down", "downing")):
        if v.pos_ == "VERB" or v.i + 1 >= len(doc):
            continue
        obj = doc[v.i + 1]
        if obj.lower_ not in STRIKE_OBJECTS or v.head.i != obj.i:
            continue
        tag = "VBG" if v.lower_ == "downing" else "VB"
        if obj.pos_ == "VERB":  # ("would down chalk": the object read as the verb)
            root = obj.head.i == obj.i
            yield Edit(v.i, v.i if root else obj.head.i, "ROOT" if root else obj.dep_, "down", verb_tag=tag)
            for c in obj.children:
                if c.i != v.i:
                    yield Edit(c.i, v.i, c.dep_)
        elif v.lower_ == "downing" and obj.dep_ in ("dobj", "pobj", "conj") and doc[v.i - 1].lower_ == ",":
            # (", downing tools to demand …": a participle clause on the verb before, read as a noun phrase)
            verb = obj.head if obj.dep_ == "dobj" else None
            if verb is None or verb.pos_ != "VERB":
                continue
            yield Edit(v.i, verb.i, "advcl", "down", verb_tag=tag)
            for c in obj.children:
                if c.i > obj.i and c.dep_ in ("relcl", "acl"):
                    yield Edit(c.i, v.i, "advcl")
        else:
            continue
        yield Edit(obj.i, v.i, "dobj", noun=obj.pos_ == "VERB")


def _back_read_on_direction(doc: Doc) -> Iterator[Edit]:
    """'patrol boats pulled back north of the disputed sea border': the parser hangs "back" on the direction after it;
    it is the particle of the verb before it ("pull back", "fall back")."""
    for t in _tokens_with(doc, LOWER, ("back",)):
        if t.i == 0 or t.dep_ != "advmod":
            continue
        verb = doc[t.i - 1]
        if verb.pos_ == "VERB" and verb.lemma_ in ("pull", "fall", "draw", "move") and t.head.i != verb.i and t.head.head.i == verb.i:
            yield Edit(t.i, verb.i, "prt")


def _let_back_read_as_clause(doc: Doc) -> Iterator[Edit]:
    """'after Pyongyang let them back into the country': the parser reads "them back into …" as a small clause; "back"
    is the verb's particle, "them" its object, and the place phrase the verb's."""
    for t in _tokens_with(doc, LOWER, ("back",)):
        verb = t.head
        if t.dep_ != "ccomp" or verb.lemma_ != "let" or verb.i >= t.i:
            continue
        yield Edit(t.i, verb.i, "prt")
        for c in t.children:
            yield Edit(c.i, verb.i, "dobj" if c.dep_ == "nsubj" else c.dep_)


def _believed_read_as_verb(doc: Doc) -> Iterator[Edit]:
    """'Gunmen believed to belong to the National Liberation Army seized a German oil engineer': the parser makes the
    participle of a reduced relative the main verb and the real one its clause; the noun is the real verb's subject
    and "believed to …" describes it."""
    for t in _tokens_with(doc, LOWER, ("believed", "thought", "suspected", "said", "reported", "understood", "known")):
        if t.tag_ not in ("VBN", "VBD"):
            continue
        subj = next((c for c in t.lefts if c.dep_ in ("nsubj", "nsubjpass") and c.right_edge.i == t.i - 1), None)
        inf = next((c for c in t.rights if c.dep_ == "xcomp" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)), None)
        if subj is None or inf is None:
            continue
        clause = next((c for c in t.rights if c.dep_ in ("ccomp", "conj") and c.i > inf.right_edge.i and c.tag_ == "VBD"
                       and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)), None)
        if clause is None or any(x.dep_ == "cc" and inf.i < x.i < clause.i for x in t.children):
            continue
        root = t.head == t
        yield Edit(clause.i, clause.i if root else t.head.i, "ROOT" if root else t.dep_)
        yield Edit(subj.i, clause.i, "nsubj")
        yield Edit(t.i, subj.i, "acl")
        for c in t.rights:
            if c.i > clause.i and c.dep_ == "punct":
                yield Edit(c.i, clause.i, "punct")


#: Participles news sets before a plural noun of people as an adjective ("striking doctors", "protesting farmers").
ADJECTIVAL_PARTICIPLES = frozenset({"striking", "protesting", "demonstrating", "rioting", "fleeing", "marching",
                                    "warring", "fighting", "advancing", "retreating", "rampaging", "occupying"})


def _participle_read_as_subject_clause(doc: Doc) -> Iterator[Edit]:
    """'Striking doctors at Kenyatta National Hospital called off their walkout': at the head of a sentence the parser
    may read the participle before a plural subject as a clause subject of its own; it describes the subject."""
    for t in _tokens_with(doc, LOWER, ADJECTIVAL_PARTICIPLES):
        if t.dep_ != "csubj" or t.tag_ != "VBG" or t.i + 1 >= len(doc) or any(True for _ in t.children):
            continue
        noun = doc[t.i + 1]
        if noun.dep_ == "nsubj" and noun.head.i == t.head.i and noun.tag_ in ("NNS", "NNPS"):
            yield Edit(t.i, noun.i, "amod")


def _verb_read_as_reduced_relative(doc: Doc) -> Iterator[Edit]:
    """'Doctors from two American aid groups donated and personally delivered $50,000 worth of goods': with no verb
    of its own, the sentence is read as one noun phrase in which the past verb is a reduced relative on the noun
    before it ("groups [that were] donated"); a participle so read that has an object, or is joined to a past
    verb that has one, is active: it is the root, and the head of the phrase before it its subject."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN") or root.i > sent.start + 3:
            continue
        verb = next((t for t in sent if t.dep_ == "acl" and t.tag_ in ("VBN", "VBD") and t.i > root.i), None)
        if verb is None or any(t.pos_ in ("VERB", "AUX") and t.i < verb.i for t in sent):
            continue
        # (the phrase before the verb hangs on the root: "Doctors from … groups")
        if not (verb.head == root or verb.head.dep_ == "pobj" and verb.head.head.head == root and verb.head.head.dep_ == "prep"):
            continue
        active = any(c.dep_ == "dobj" for c in verb.children) or any(
            c.dep_ == "conj" and c.tag_ == "VBD" and any(o.dep_ == "dobj" for o in c.children) for c in verb.children)
        if not active or doc[verb.i - 1].is_punct:
            continue
        yield Edit(verb.i, verb.i, "ROOT", None if verb.tag_ == "VBD" else verb.lemma_)
        yield Edit(root.i, verb.i, "nsubj")
        for c in root.rights:
            if c.dep_ == "punct" and c.i == sent.end - 1:
                yield Edit(c.i, verb.i, "punct")


def _agent_on_predicate(doc: Doc) -> Iterator[Edit]:
    """'three men were caught red-handed by a patrol team': the parser hangs the by-phrase on the predicate adjective
    ("red-handed", "unawares"); it is the passive verb's agent."""
    for t in _tokens_with(doc, LOWER, ("by",)):
        pred = t.head
        verb = pred.head
        if t.dep_ == "agent" and pred.dep_ in ("oprd", "acomp", "advmod") and pred.pos_ in ("ADJ", "ADV") and verb.i < pred.i < t.i \
                and verb.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in verb.lefts):
            yield Edit(t.i, verb.i, "agent")


#: Nouns that a verb's object never is read as an adverb of.
ADVERB_NOUNS = frozenset({"today", "yesterday", "tomorrow", "tonight", "home", "overnight", "downstairs", "upstairs",
                          "abroad", "indoors", "outdoors", "online", "offline", "ashore", "overseas", "downtown"})


def _object_read_as_adverb(doc: Doc) -> Iterator[Edit]:
    """'the srp jawans wielded lathis on a crowd': right after a transitive verb with no object, the parser sometimes
    labels a plural noun an adverb; it is the object."""
    for t in _tokens_with(doc, LEMMA, ("wield", "swing", "brandish", "use", "hurl", "throw", "lob", "fire", "burst")):
        if t.pos_ != "VERB" or t.i + 1 >= len(doc) or any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in t.children):
            continue
        noun = doc[t.i + 1]
        if noun.head == t and noun.dep_ == "advmod" and noun.tag_ in ("NN", "NNS") and noun.lower_ not in ADVERB_NOUNS:
            yield Edit(noun.i, t.i, "dobj")


#: Where one is sent when arrested ("packed off to jail nine men").
CUSTODY_NOUNS = frozenset({"jail", "prison", "custody", "gaol"})


def _to_jail(doc: Doc) -> Iterator[Edit]:
    """'the police packed off to jail nine men', 'sent to jail three of the accused': the parser reads "to jail" as
    an infinitive of purpose ("to jail nine men"); "jail" is the place they were sent to and the men the object."""
    for t in _tokens_with(doc, LOWER, CUSTODY_NOUNS):
        verb = t.head
        to = doc[t.i - 1] if t.i else None
        if to is None or to.lower_ != "to" or to.head != t or to.dep_ != "aux" or t.dep_ not in ("advcl", "xcomp") \
                or verb.lemma_ not in ("pack", "send", "dispatch") or verb.i > t.i:
            continue
        yield Edit(to.i, verb.i, "prep")
        yield Edit(t.i, to.i, "pobj", noun=True)
        for c in t.rights:
            if c.dep_ == "dobj":
                yield Edit(c.i, verb.i, "dobj")


#: Verbs of crowds coming together, which take no object and are never passive ("3,000 farmers massed in front of …").
GATHERING_VERBS = frozenset({"mass", "gather", "assemble", "converge", "congregate", "throng", "flock", "march", "rally"})


def _acting_participle(doc: Doc) -> Iterator[Edit]:
    """'Some 900 rebel fighters handed in their weapons at a camp on Saturday': with no verb left for the sentence,
    the parser makes the noun its root and the verb right after it a reduced relative; a participle with an object
    of its own (or a crowd's verb with a place: "3,000 farmers massed in front of the ministry"), and no passive
    auxiliary or agent, is the sentence's verb and the noun its subject."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN") or root.i + 1 >= sent.end:
            continue
        t = doc[root.i + 1]
        if t.head.i != root.i or t.dep_ != "acl" or t.tag_ not in ("VBD", "VBN"):
            continue
        kids = list(t.children)
        acts = any(c.dep_ == "dobj" for c in kids) or t.lemma_ in GATHERING_VERBS and any(c.dep_ == "prep" for c in kids)
        if not acts or any(c.dep_ in ("auxpass", "agent", "aux", "nsubj", "nsubjpass") for c in kids):
            continue
        if any(x.pos_ in ("VERB", "AUX") and x.i != t.i and x.dep_ in ("ROOT", "ccomp", "conj") for x in sent):
            continue
        yield Edit(t.i, t.i, "ROOT", verb_lemma=t.lemma_)
        yield Edit(root.i, t.i, "nsubj")
        for c in root.rights:
            if c.i > t.i and c.dep_ == "punct":
                yield Edit(c.i, t.i, "punct")


def _infinitive_read_as_compound(doc: Doc) -> Iterator[Edit]:
    """'volunteered to broker talks between the two sides': the parser reads the bare verb after "to" as a modifier
    of the noun after it ("[broker] talks") and the noun as the object of the verb before; the infinitive is that
    verb's complement and the noun its own object."""
    for t in _tokens_with(doc, LOWER, ("to",)):
        if t.tag_ != "TO" or t.dep_ != "aux" or t.i + 2 >= len(doc):
            continue
        verb, noun = doc[t.i + 1], doc[t.i + 2]
        if t.head != verb or verb.dep_ != "compound" or verb.tag_ != "VB" or verb.head != noun \
                or noun.dep_ != "dobj" or noun.head.pos_ != "VERB" or noun.head.i > t.i:
            continue
        yield Edit(verb.i, noun.head.i, "xcomp")
        yield Edit(noun.i, verb.i, "dobj")


#: Verbs that put something "on hold" / "on ice" (lemmas).
SHELVING_VERBS = frozenset({"put", "place"})


def _put_on_hold(doc: Doc) -> Iterator[Edit]:
    """'the World Bank put on hold 250 million dollars in loans', 'put on ice its efforts': with the object after the
    idiom, the parser reads "hold" / "ice" as the verb's object (or a verb) and the real object as hanging on it or on
    "on"; "on hold" is the verb's prepositional phrase and the noun phrase after it the verb's object."""
    for t in _tokens_with(doc, LOWER, ("hold", "ice")):
        if t.i < 2 or t.i + 1 >= len(doc):
            continue
        on, verb = doc[t.i - 1], doc[t.i - 2]
        if on.lower_ != "on" or verb.lemma_ not in SHELVING_VERBS or verb.pos_ != "VERB":
            continue
        sent_end = verb.sent.end
        # the head noun of the phrase right after the idiom, hanging on the verb, on "on" or on "hold"
        obj = next((x for x in doc[t.i + 1:sent_end] if x.dep_ in ("dobj", "pobj", "npadvmod", "attr")
                    and x.head.i in (verb.i, on.i, t.i)), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        yield Edit(on.i, verb.i, "prep")
        yield Edit(t.i, on.i, "pobj", noun=True)
        yield Edit(obj.i, verb.i, "dobj")


def _place_read_as_object(doc: Doc) -> Iterator[Edit]:
    """'hundreds gathered outside parliament': the parser reads "outside" as an adjective of the noun and the noun as
    the object of a crowd's verb, which takes none; "outside parliament" is where they gathered."""
    for t in _tokens_with(doc, LOWER, ("outside", "inside", "opposite")):
        noun = t.head
        if t.dep_ != "amod" or noun.i != t.i + 1 or noun.dep_ != "dobj" or noun.head.lemma_ not in GATHERING_VERBS:
            continue
        yield Edit(t.i, noun.head.i, "prep")
        yield Edit(noun.i, t.i, "pobj")


#: Participles of speaking that tell what a speaker did while saying or asking something (", threatening to …").
SPEAKING_PARTICIPLES = frozenset({"threatening", "warning", "saying", "adding", "vowing", "insisting", "accusing",
                                  "calling", "urging", "arguing", "stressing", "noting", "charging", "pledging",
                                  "promising", "describing", "claiming"})
#: Verbs whose clause says what someone said or asked for.
CLAUSE_VERBS = frozenset({"demand", "insist", "say", "ask", "urge", "announce", "declare", "tell", "warn", "state",
                          "propose", "suggest", "request", "stress", "claim"})


def _speaking_participle(doc: Doc) -> Iterator[Edit]:
    """'Baghdad demanded that the commission share the photographs, threatening to halt all cooperation': the parser
    hangs the comma participle on the verb of the demanded clause ("share") or on a noun in it, which puts the threat
    inside what is demanded; a participle of speaking after a comma is what the speaker did, and hangs on the verb of
    saying."""
    for t in _tokens_with(doc, LOWER, SPEAKING_PARTICIPLES):
        if t.dep_ not in ("advcl", "acl") or t.i == 0 or doc[t.i - 1].lower_ != ",":
            continue
        # up from the word it hangs on ("share", or "photographs" in "share … the photographs taken by …, threatening")
        # to the verb of saying whose clause holds it
        node, through_clause, speech = t.head, False, None
        while node.head.i != node.i and node.i < t.i:
            through_clause |= node.dep_ == "ccomp"
            node = node.head
            if through_clause and node.pos_ == "VERB" and node.lemma_ in CLAUSE_VERBS:
                speech = node
                break
        if speech is None or speech.i > t.i:
            continue
        yield Edit(t.i, speech.i, "advcl")
        yield Edit(t.i - 1, speech.i, "punct")


#: Nouns that sum up an accusation told before them (", a charge Kampala denied").
CHARGE_NOUNS = frozenset({"charge", "claim", "accusation", "allegation"})
#: Verbs with which such a summing noun is answered.
ANSWERING_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "dispute"})


def _charge_read_as_object(doc: Doc) -> Iterator[Edit]:
    """'Uganda was accused by Sudan of sending tanks across the border, a charge Kampala flatly denied': the parser
    makes "denied" the root, "a charge" its object and the accusation its clausal complement (as if Kampala had
    denied that Uganda was accused); the accusation is the root, "a charge …" sums it up and "Kampala denied"
    describes the charge."""
    for noun in _tokens_with(doc, LEMMA, CHARGE_NOUNS):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.dep_ != "ROOT" or verb.lemma_ not in ANSWERING_VERBS or noun.i >= verb.i \
                or noun.i < 2 or doc[noun.i - 1].lower_ not in ("a", "an") or doc[noun.i - 2].text != ",":
            continue
        told = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < noun.i - 2), None)
        if told is None:
            continue
        yield Edit(told.i, told.i, "ROOT")
        yield Edit(noun.i, told.i, "npadvmod")
        yield Edit(verb.i, noun.i, "relcl")
        yield Edit(noun.i - 2, told.i, "punct")
        for c in verb.rights:
            if c.dep_ == "punct" and c.i == verb.sent.end - 1:
                yield Edit(c.i, told.i, "punct")


#: Verbs that end like a plural noun of adherents ("-ists"): every other word so ending is a noun.
IST_VERBS = frozenset({"insists", "persists", "resists", "exists", "assists", "consists", "subsists", "desists",
                       "enlists", "lists", "twists", "coexists"})
#: The labels the parser gives the real verb it hangs on such a "verb".
IST_CLAUSES = frozenset({"advcl", "conj", "ccomp", "xcomp", "dep"})


def _adherents_read_as_verb(doc: Doc) -> Iterator[Edit]:
    """'Kanak separatists demanding independence rioted in Noumea': the tagger reads the plural noun of adherents
    ("separatists", "Islamists") as a present-tense verb with the word before it as its subject, and hangs the real
    verb ("rioted") on it as a clause; the noun is the real verb's subject, the word before it its modifier, and the
    participle after it ("demanding …") describes it."""
    tags = doc.to_array(TAG)
    for i in numpy.flatnonzero(tags == doc.vocab.strings.add("VBZ")).tolist():
        t = doc[i]
        if t.dep_ != "ROOT" or not t.lower_.endswith("ists") or t.lower_ in IST_VERBS:
            continue
        verb = next((c for c in t.rights if c.dep_ in IST_CLAUSES and c.tag_ in ("VBD", "VBP", "VBZ")
                     and not any(k.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for k in c.children)), None)
        if verb is None:
            continue
        yield Edit(verb.i, verb.i, "ROOT")
        yield Edit(t.i, verb.i, "nsubj", plural=True)
        for c in t.children:
            if c.i == verb.i:
                continue
            if c.i < t.i:
                yield Edit(c.i, t.i, "compound" if c.dep_ in ("nsubj", "compound") else c.dep_)
            elif c.i < verb.i:
                yield Edit(c.i, t.i, "acl" if c.tag_ == "VBG" else c.dep_)
            else:
                yield Edit(c.i, verb.i, c.dep_)


#: Verbs that take an event as their object ("launched their annual Team Spirit manoeuvres").
STAGING_VERBS = frozenset({"launch", "begin", "start", "stage", "hold", "conduct", "end", "resume", "open", "continue",
                           "complete", "wrap", "kick", "carry", "mount", "step", "halt", "suspend", "call", "cancel"})
#: Verbs that move people somewhere, whose object the tagger may read the same way ("pulled its 1,380 ceasefire
#: monitors out of Kosovo"); the phrases of place the parser hung on the noun are then the verb's.
MOVING_VERBS = frozenset({"pull", "withdraw", "send", "deploy", "fly", "move", "ship", "recall", "evacuate", "airlift"})
#: Words that open a noun phrase.
NP_OPENERS = frozenset({"their", "its", "his", "her", "our", "the", "a", "an", "this", "these", "those"})


def _plural_read_as_verb(doc: Doc) -> Iterator[Edit]:
    """'launched their annual Team Spirit manoeuvres on Tuesday': after a name, the tagger reads the plural noun of an
    event as a present-tense verb with the name as its subject, hung on the verb before as a clause; the noun is that
    verb's object and the name its modifier."""
    tags = doc.to_array(TAG)
    for i in numpy.flatnonzero(tags == doc.vocab.strings.add("VBZ")).tolist():
        t = doc[i]
        verb = t.head
        if t.lower_.endswith("s") and t.dep_ == "advcl" and verb.lemma_ in MOVING_VERBS and t.i >= 2:
            # ("pulled its ceasefire monitors out of Bosnia": the noun before read as the verb's object, the plural
            # as a clause of its own)
            obj = doc[t.i - 1]
            if obj.head == verb and obj.dep_ == "dobj" and obj.tag_ == "NN" and not any(c.dep_ in ("aux", "neg", "nsubj") for c in t.children):
                yield Edit(t.i, verb.i, "dobj", plural=True)
                yield Edit(obj.i, t.i, "compound")
                for c in obj.children:
                    if c.i < obj.i and c.dep_ in ("poss", "det", "amod", "nummod"):
                        yield Edit(c.i, t.i, c.dep_)
                for c in t.children:
                    if c.i > t.i and c.dep_ in ("prep", "npadvmod", "advmod"):
                        yield Edit(c.i, verb.i, "prt" if c.lower_ in ("out", "back") else c.dep_)
            continue
        if not t.lower_.endswith("s") or t.dep_ not in ("ccomp", "conj", "dep") or verb.i >= t.i or verb.lemma_ not in STAGING_VERBS | MOVING_VERBS \
                or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i and c.tag_ in ("NNP", "NNPS", "NN")), None)
        if subj is None or doc[subj.left_edge.i].lower_ not in NP_OPENERS or subj.left_edge.i != verb.i + 1 \
                or any(c.dep_ in ("aux", "neg") for c in t.children):
            continue
        yield Edit(t.i, verb.i, "dobj", plural=True)
        yield Edit(subj.i, t.i, "compound")
        for c in subj.children:
            if c.i < subj.i and c.dep_ in ("poss", "det", "amod", "nummod"):
                yield Edit(c.i, t.i, c.dep_)
        if verb.lemma_ in MOVING_VERBS:
            for c in t.children:
                if c.i > t.i and c.dep_ == "prep":
                    yield Edit(c.i, verb.i, "prt" if c.lower_ in ("out", "back") else "prep")


def _visiting_read_as_verb(doc: Doc) -> Iterator[Edit]:
    """'Akihito told visiting South Korean President Roh Tae-woo … that he felt …', 'met visiting Chinese Premier Li
    Peng': the parser reads "visiting" as a clause with the guest as its object and hangs the rest of the sentence on
    it; it describes the guest, who is the object of the verb before it."""
    for t in _tokens_with(doc, LOWER, ("visiting",)):
        verb = t.head
        if t.dep_ not in ("xcomp", "advcl", "ccomp") or verb.i != t.i - 1 or verb.pos_ != "VERB" \
                or any(c.dep_ in ("dobj", "dative") for c in verb.children):
            continue
        guest = next((c for c in t.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
        if guest is None or any(doc[j].pos_ not in ("PROPN", "ADJ", "PUNCT") for j in range(t.i + 1, guest.i)):
            continue
        yield Edit(guest.i, verb.i, "dobj")
        yield Edit(t.i, guest.i, "amod")
        for c in t.children:
            if c.i > guest.i:
                yield Edit(c.i, verb.i, c.dep_)


def _nationality_read_as_modifier(doc: Doc) -> Iterator[Edit]:
    """'Hundreds of thousands of Lebanese chanting for the withdrawal of Syrian troops filled the streets', 'Thousands of
    Sudanese waving flags …': after "of", a people's name read as a modifier of the participle after it; the name is
    the object of "of", the participle a clause on it, and a noun the participle was read to modify its object."""
    for of in _tokens_with(doc, LOWER, ("of",)):
        if of.dep_ != "prep" or of.i + 2 >= len(doc):
            continue
        people, verb = doc[of.i + 1], doc[of.i + 2]
        if people.ent_type_ != "NORP" or people.dep_ != "amod" or verb.tag_ != "VBG" or people.head not in (verb, verb.head) \
                or verb.dep_ not in ("acl", "amod") or any(c.dep_ == "pobj" and c != verb.head for c in of.children):
            continue
        yield Edit(people.i, of.i, "pobj", name=True)
        yield Edit(verb.i, people.i, "acl")
        if verb.dep_ == "amod" and verb.head.i > verb.i and verb.head.head == of:
            yield Edit(verb.head.i, verb.i, "dobj")  # ("Thousands of Lebanese chanting slogans")


def _subject_tagged_as_verb(doc: Doc) -> Iterator[Edit]:
    """'Budget support worth 50 million euros … was put on hold': a noun the tagger read as a present-tense verb
    while the parser made it the subject; with a modifier of its own and no subject or auxiliary, it is a noun."""
    tags = doc.to_array(TAG)
    for tag in ("VBP", "VB"):
        for i in numpy.flatnonzero(tags == doc.vocab.strings.add(tag)).tolist():
            t = doc[i]
            if t.dep_ not in ("nsubj", "nsubjpass") or t.head.i <= t.i:
                continue
            kids = list(t.children)
            if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "dobj") for c in kids) \
                    or not any(c.dep_ in ("compound", "det", "amod", "poss") and c.i < t.i for c in kids):
                continue
            yield Edit(t.i, t.head.i, t.dep_, noun=True)


def _nothing_but(doc: Doc) -> Iterator[Edit]:
    """'had nothing but warm words for Beijing', 'offered nothing but condemnation': what is had is the noun after
    "nothing but"; it takes the place of "nothing" as the verb's object."""
    for but in _tokens_with(doc, LOWER, ("but",)):
        nothing = but.head
        if but.dep_ != "prep" or nothing.lower_ != "nothing" or nothing.i != but.i - 1 or nothing.dep_ not in ("dobj", "attr"):
            continue
        obj = next((c for c in but.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        yield Edit(obj.i, nothing.head.i, nothing.dep_)
        yield Edit(but.i, obj.i, "cc")
        yield Edit(nothing.i, but.i, "dep")


#: Verbs that are never nouns, which the tagger may still read as a noun's modifier in a short clause.
VERB_ONLY = frozenset({"allege", "alleges", "accuse", "accuses", "condemn", "condemns", "denounce", "denounces"})


def _verb_read_as_compound(doc: Doc) -> Iterator[Edit]:
    """'many allege mistreatment', 'detainees allege abuse by guards': the tagger reads the verb as a noun
    modifying its object, which becomes the root of a clause with no verb; the verb heads the clause, the word
    before it is its subject (with that word's own modifiers) and the noun its object."""
    for t in _tokens_with(doc, LOWER, VERB_ONLY):
        obj = t.head
        if t.dep_ != "compound" or t.pos_ == "VERB" or obj.dep_ not in ("ROOT", "conj") or obj.i <= t.i \
                or t.i == obj.sent.start:
            continue
        subj = doc[t.i - 1]
        if subj.head.i not in (obj.i, t.i) or subj.pos_ not in ("NOUN", "PROPN", "ADJ", "PRON", "NUM"):
            continue
        # ("thousands have been arrested, and many allege mistreatment": the clause joined to another)
        root = obj.dep_ == "ROOT"
        yield Edit(t.i, t.i if root else obj.head.i, "ROOT" if root else "conj", verb_lemma=t.lower_.removesuffix("s"))
        yield Edit(obj.i, t.i, "dobj")
        yield Edit(subj.i, t.i, "nsubj")
        for c in obj.children:
            if c.i < subj.i:
                yield Edit(c.i, subj.i, c.dep_)
            elif c.dep_ == "punct" and c.i > obj.i:
                yield Edit(c.i, t.i, "punct")


#: Event nouns that "following" introduces as a preposition ("following the slaying of …").
FOLLOWED_EVENTS = frozenset({"killing", "slaying", "death", "arrest", "attack", "bombing", "murder", "assassination", "raid",
                             "clash", "protest", "explosion", "blast", "shooting", "incident", "violence", "riot",
                             "execution", "massacre", "coup", "invasion", "detention", "abduction", "kidnapping"})


def _following_read_as_verb(doc: Doc) -> Iterator[Edit]:
    """'called for protests as the government showed no willingness to back down and following the slaying of seven
    demonstrators': the parser joins "following" to the verb before it as a second verb with the event as its object;
    it is the preposition "after", on the sentence's main verb."""
    for t in _tokens_with(doc, LOWER, ("following",)):
        if t.tag_ != "VBG" or t.dep_ != "conj":
            continue
        obj = next((c for c in t.children if c.dep_ == "dobj" and c.lemma_ in FOLLOWED_EVENTS), None)
        if obj is None or any(c.dep_ in ("nsubj", "aux", "advmod") for c in t.children):
            continue
        root = t.sent.root
        if root.i == t.i:
            continue
        yield Edit(t.i, root.i, "prep")
        yield Edit(obj.i, t.i, "pobj")
        for c in t.head.children:
            if c.dep_ == "cc" and c.i == t.i - 1:
                yield Edit(c.i, root.i, "cc")


#: Nouns the tagger reads as adverbs after an article ("began a fast", "on a hunger fast").
ARTICLE_NOUNS = frozenset({"fast"})
#: Nouns of scorn the tagger reads as an adverb right after a verb ("heaped scorn on the plan").
SCORN_NOUNS = frozenset({"scorn", "contempt", "ridicule", "opprobrium"})


def _noun_read_as_adverb(doc: Doc) -> Iterator[Edit]:
    """'five leaders began a fast in La Paz' (or 'an indefinite fast'), 'KCNA heaped scorn on Friday on the arrival of
    …': the tagger may read "fast" after an article, or "scorn" right after the verb, as an adverb of a verb with no
    object; it is a noun, the verb's object (and the article its own child)."""
    for t in _tokens_with(doc, LOWER, ARTICLE_NOUNS | SCORN_NOUNS):
        if t.pos_ != "ADV" or t.dep_ != "advmod" or t.i == 0:
            continue
        verb = t.head
        article = t.lower_ in ARTICLE_NOUNS
        first = t.i - 1  # (the article, before any adjectives the parser hung on "fast": "an indefinite fast")
        while article and first > 0 and doc[first].dep_ == "amod" and doc[first].head == t:
            first -= 1
        if article and doc[first].lower_ not in ("a", "an", "the") or not article and verb.i != t.i - 1:
            continue
        if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
            continue
        yield Edit(t.i, verb.i, "dobj", noun=True)
        if article:
            yield Edit(first, t.i, "det")


#: Papers named by how often they come out ("the opposition daily La Prensa").
PAPER_NOUNS = frozenset({"daily", "weekly", "fortnightly", "monthly"})


def _paper_read_as_adverb(doc: Doc) -> Iterator[Edit]:
    """'closed the opposition daily La Prensa': the parser reads "daily" as an adverb and makes both "opposition"
    and "La Prensa" objects of the verb; "daily" is the object, "opposition" its modifier, the name its apposition."""
    for t in _tokens_with(doc, LOWER, PAPER_NOUNS):
        verb = t.head
        if t.dep_ != "advmod" or t.i == 0 or t.i + 1 >= len(doc) or verb.pos_ != "VERB":
            continue
        before, objs = doc[t.i - 1], [c for c in verb.children if c.dep_ == "dobj"]
        after = next((c for c in objs if c.i > t.i and c.pos_ == "PROPN" and c.left_edge.i == t.i + 1), None)
        if before.head != verb or before.dep_ != "dobj" or after is None:
            continue
        yield Edit(t.i, verb.i, "dobj", noun=True)
        yield Edit(before.i, t.i, "compound")
        for c in before.children:
            if c.dep_ == "det":
                yield Edit(c.i, t.i, "det")
        yield Edit(after.i, t.i, "appos")


def _acronym_read_as_verb(doc: Doc) -> Iterator[Edit]:
    """'were killed in IS attacks', 'blamed on IS fighters': the tagger reads the group's acronym "IS" (written in
    capitals) after a preposition as the verb "is" and the noun after it as its complement; the acronym names who the
    noun is of, and the noun is the preposition's object."""
    for t in _tokens_with(doc, LOWER, ("is",)):
        if t.text != "IS" or t.i == 0 or t.i + 1 >= len(doc) or t.tag_ != "VBZ" or doc[t.i - 1].tag_ != "IN":
            continue
        noun = doc[t.i + 1]
        if noun.head != t or noun.tag_ not in ("NN", "NNS") or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            continue
        yield Edit(noun.i, doc[t.i - 1].i, "pobj")
        yield Edit(t.i, noun.i, "compound", name=True)
        for c in t.children:
            if c.i > noun.i:
                yield Edit(c.i, noun.i, c.dep_ if c.dep_ in ("prep", "punct", "cc", "conj") else "prep")


def _of_after_a_date(doc: Doc) -> Iterator[Edit]:
    """'won the release on Saturday of 300 soldiers', 'announced the expulsion on Monday of two diplomats': a date
    written between a verb's object and its of-phrase; the parser hangs the of-phrase on the date, but it is the
    object's."""
    for of in _tokens_with(doc, LOWER, ("of",)):
        date = of.head
        if of.dep_ != "prep" or date.ent_type_ not in ("DATE", "TIME") or date.dep_ != "pobj" or of.i != date.i + 1 \
                or not (date.pos_ == "PROPN" or date.lower_ in ("today", "yesterday", "tonight")):
            continue  # (a day's name: "on three years of peace talks" is a span of time with its own of-phrase)
        on = date.head
        host = on.head
        if on.dep_ != "prep" or on.lower_ not in ("on", "in"):
            continue
        if host.pos_ == "NOUN" and host.dep_ == "dobj" and host.i == on.i - 1:
            obj = host  # ("the release on Sunday of …" with the date's phrase on the noun)
        elif host.pos_ == "VERB":
            obj = next((c for c in host.children if c.dep_ == "dobj" and c.i < on.i and c.pos_ == "NOUN"), None)
        else:
            continue
        if obj is None or obj is not host and obj.right_edge.i != on.i - 1 or any(c.lower_ == "of" for c in obj.children):
            continue
        if any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in of.children):
            continue  # ("an attack in March of last year": the of-phrase is the date's)
        yield Edit(of.i, obj.i, "prep")


def _object_after_a_date(doc: Doc) -> Iterator[Edit]:
    """'lifted on Monday the dusk-to-dawn curfew imposed on Hyderabad': a date written between a verb and its object;
    the parser may read the object as an apposition of the date, but a day has no apposition with "the"."""
    for on in _tokens_with(doc, LOWER, ("on",)):
        verb = on.head
        if on.dep_ != "prep" or verb.pos_ != "VERB" or on.i != verb.i + 1:
            continue
        date = next((c for c in on.children if c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") and c.pos_ == "PROPN"), None)
        if date is None or any(c.dep_ in ("dobj", "auxpass", "nsubjpass", "ccomp", "xcomp") for c in verb.children):
            continue
        obj = next((c for c in date.children if c.dep_ == "appos" and c.i > date.i and c.pos_ == "NOUN"
                    and any(d.dep_ == "det" and d.lower_ in ("the", "a", "an", "its", "their", "his", "her") for d in c.children)), None)
        if obj is not None and obj.left_edge.i == date.i + 1:
            yield Edit(obj.i, verb.i, "dobj")


#: People who stand for someone else ("relatives of 14 villagers slain in a raid").
KIN_NOUNS = frozenset({"relative", "family", "families", "mother", "father", "parent", "widow", "widower", "wife", "husband",
                       "son", "daughter", "child", "children", "brother", "sister", "kin", "orphan", "friend", "colleague",
                       "relatives", "mothers", "fathers", "parents", "widows", "wives", "sons", "daughters", "brothers",
                       "sisters", "orphans", "friends", "colleagues"})
#: Participles of harm done to a person ("slain", "killed", "detained").
HARM_PARTICIPLES = frozenset({"slain", "killed", "murdered", "massacred", "executed", "shot", "abducted", "kidnapped",
                              "detained", "arrested", "jailed", "imprisoned", "held", "disappeared", "missing", "tortured",
                              "wounded", "injured", "taken", "lynched", "hanged", "beaten", "deported", "expelled"})


def _harm_of_kin(doc: Doc) -> Iterator[Edit]:
    """'Relatives of 14 villagers slain during an army raid', 'families of soldiers killed in the war': the parser hangs
    the participle on the kin noun in front; those harmed are the ones named in its of-phrase."""
    for part in _tokens_with(doc, LOWER, HARM_PARTICIPLES):
        kin = part.head
        if part.dep_ != "acl" or part.tag_ != "VBN" or kin.lower_ not in KIN_NOUNS or kin.i >= part.i:
            continue
        of = next((c for c in kin.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < part.i), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is None or pobj.right_edge.i != part.i - 1 or pobj.pos_ not in ("NOUN", "PROPN"):
            continue
        yield Edit(part.i, pobj.i, "acl")


#: Nouns of a span of time that open "a day after …", "two weeks before …".
TIME_SPAN_NOUNS = frozenset({"day", "days", "week", "weeks", "month", "months", "hour", "hours", "year", "years", "minute", "minutes"})


def _time_after_read_as_quantity(doc: Doc) -> Iterator[Edit]:
    """'…, a day after 100,000 people rallied near Government House': the parser reads "a day after" as a
    modifier of the number ("after" a quantmod, "day" its npadvmod) and the group becomes "a day after 100,000
    people"; "after" opens the clause and "a day" measures it."""
    for t in _tokens_with(doc, LOWER, ("after", "before")):
        num = t.head
        if t.dep_ != "quantmod" or num.pos_ != "NUM" or num.dep_ != "nummod" or t.i == 0:
            continue
        span = doc[t.i - 1]
        noun = num.head
        verb = noun.head
        if span.lower_ not in TIME_SPAN_NOUNS or span.head.i not in (num.i, t.i) or noun.dep_ not in ("nsubj", "nsubjpass") \
                or verb.pos_ not in ("VERB", "AUX"):
            continue
        yield Edit(t.i, verb.i, "mark")
        yield Edit(span.i, verb.i, "npadvmod")


def _span_of_events_read_as_adverb(doc: Doc) -> Iterator[Edit]:
    """'wound up a week of joint exercises', 'ended three days of talks': the parser reads the span of time before an
    of-phrase as a measure of the verb (npadvmod) when the verb has no object; a span "of" something is what was done,
    the verb's object (a span with no of-phrase, "met a week later", stays a measure)."""
    for span in _tokens_with(doc, LOWER, TIME_SPAN_NOUNS):
        verb = span.head
        if span.dep_ != "npadvmod" or verb.pos_ != "VERB" or verb.i > span.i \
                or not any(c.dep_ == "prep" and c.lower_ == "of" and c.i == span.i + 1 for c in span.children) \
                or any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp", "auxpass") for c in verb.children):
            continue
        yield Edit(span.i, verb.i, "dobj")


#: Words before the noun "leave" (time off) that the tagger reads as a verb ("cancelled all leave").
LEAVE_OPENERS = frozenset({"all", "annual", "home", "shore", "sick", "weekend", "their", "its", "any"})


def _leave_read_as_verb(doc: Doc) -> Iterator[Edit]:
    """'The army cancelled all leave for soldiers': the tagger reads "leave" after "all" as a verb (and "all" as the
    object); after such a word, with the word an object of the verb before, "leave" is the time off, the object."""
    for t in _tokens_with(doc, LOWER, ("leave",)):
        if t.pos_ != "VERB" or t.i < 2:
            continue
        before, verb = doc[t.i - 1], t.head
        if before.lower_ not in LEAVE_OPENERS or verb.i >= before.i or verb.pos_ != "VERB" \
                or before.head != verb and before.head != t or any(c.dep_ == "dobj" and c != before for c in verb.children) \
                or any(c.dep_ in ("nsubj", "dobj", "aux") for c in t.children):
            continue
        yield Edit(t.i, verb.i, "dobj", noun=True)
        for c in t.children:  # (the date and the clauses the parser hung on the "verb" are the verb's)
            if c.dep_ in ("advcl", "npadvmod") or c.dep_ == "prep" and any(p.ent_type_ in ("DATE", "TIME") for p in c.children):
                yield Edit(c.i, verb.i, c.dep_)
        yield Edit(before.i, t.i, "det" if before.lower_ in ("all", "any") else "poss" if before.tag_ == "PRP$" else "amod")


#: Verbs of moving people by force, whose way across a border the parser may hang on their object.
DRIVING_VERBS = frozenset({"force", "drive", "push", "herd", "chase", "march", "truck", "bus", "expel", "deport"})
#: Where such a way goes ("across the border", "over the frontier").
BORDER_NOUNS = frozenset({"border", "frontier", "river", "boundary"})


def _border_crossing_read_on_object(doc: Doc) -> Iterator[Edit]:
    """'forced 6,000 cane cutters and their families across the border': the parser hangs "across the border" on the
    last of the people driven; it is where the verb drove them."""
    for t in _tokens_with(doc, LOWER, ("across", "over")):
        noun = t.head
        if t.dep_ != "prep" or noun.pos_ not in ("NOUN", "PROPN") or not any(p.dep_ == "pobj" and p.lemma_ in BORDER_NOUNS for p in t.children):
            continue
        obj = noun
        while obj.dep_ == "conj" and obj.head.i < obj.i:
            obj = obj.head
        verb = obj.head
        if obj.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_ not in DRIVING_VERBS:
            continue
        yield Edit(t.i, verb.i, "prep")


def _subject_read_as_adverb(doc: Doc) -> Iterator[Edit]:
    """'Senegal on Wednesday handed over to Guinean authorities two former officers': the parser may read a name that
    opens the sentence, before a date, as a measure of the verb (npadvmod); with no subject of its own, the verb's
    subject is that name."""
    for sent in doc.sents:
        first = doc[sent.start]
        verb = first.head
        if first.dep_ != "npadvmod" or first.pos_ != "PROPN" or verb.pos_ != "VERB" or verb.i <= first.i \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children) \
                or first.ent_type_ in ("DATE", "TIME") or first.right_edge.i + 1 >= len(doc) or doc[first.right_edge.i + 1].lower_ != "on":
            continue
        yield Edit(first.i, verb.i, "nsubj")


def _verb_after_a_date_read_as_modifier(doc: Doc) -> Iterator[Edit]:
    """'Tunisia's interior ministry on Friday barred candidates of the Ennahda movement from standing …', 'Lebanese
    students on Tuesday jammed Martyrs' Square to demand …': the parser may read the past form right after "on <day>"
    as an adjective of the noun after it and hang that noun on "on"; the noun phrase before the date is then the
    verb's subject, the noun its object, the date its own; phrases after the object that hung on the subject are the
    verb's, and an infinitive the subject was given as its own verb is the verb's purpose."""
    for tok in _tokens_with(doc, TAG, ("VBN", "VBD", "JJ")):
        if tok.dep_ != "amod" or not (past_form(tok) or tok.lower_.endswith("ed")) or tok.i < 2:
            continue
        obj = tok.head
        while obj.dep_ in ("poss", "compound", "nmod") and obj.head.i > obj.i:
            obj = obj.head  # ("jammed Martyrs' Square": the head of the name)
        prep, date = obj.head, doc[tok.i - 1]
        if obj.i <= tok.i or obj.dep_ != "pobj" or prep.lower_ != "on" or prep.dep_ != "prep" \
                or date.ent_type_ not in ("DATE", "TIME") or date.head.i not in (prep.i, obj.i) or doc[tok.i - 2].i != prep.i:
            continue
        subj = prep.head
        if subj.pos_ not in ("NOUN", "PROPN") or subj.i >= prep.i or any(t.pos_ in ("VERB", "AUX") for t in doc[subj.i + 1:prep.i]):
            continue
        if subj.dep_ == "nsubj" and subj.head.lemma_ in CLOSING_SPEECH and subj.head.i > obj.i and any(
                c.dep_ == "nsubj" and c.i > obj.i for c in subj.head.children):
            # ("…, lawyers for the movement said": the speech verb that closes the sentence, with a subject of its own)
            yield Edit(tok.i, subj.head.i, "ccomp", tok.lemma_)
            for c in subj.rights:
                if obj.i < c.i < subj.head.i and c.dep_ in ("prep", "advcl", "acl"):
                    yield Edit(c.i, tok.i, "prep" if c.dep_ == "prep" else "advcl")
        elif subj.dep_ == "nsubj":
            verb = subj.head  # ("… to demand the withdrawal": the infinitive the parser made the subject's verb)
            # ("Ali Alatas on Saturday defended Burma's admission to ASEAN, arguing that …": or the comma participle)
            if verb.i < obj.i or not (any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
                                      or verb.tag_ == "VBG" and doc[verb.i - 1].text == ","):
                continue
            root = verb.head.i == verb.i
            yield Edit(tok.i, tok.i if root else verb.head.i, "ROOT" if root else verb.dep_, tok.lemma_)
            yield Edit(verb.i, tok.i, "advcl")
        elif subj.dep_ in ("dep", "ROOT", "ccomp"):
            root = subj.head.i == subj.i
            yield Edit(tok.i, tok.i if root else subj.head.i, "ROOT" if root else "ccomp", tok.lemma_)
            for c in subj.rights:
                if c.i > obj.i and c.dep_ in ("prep", "advcl", "acl"):
                    yield Edit(c.i, tok.i, "prep" if c.dep_ == "prep" else "advcl")
        else:
            continue
        yield Edit(subj.i, tok.i, "nsubj")
        yield Edit(prep.i, tok.i, "prep")
        if date.head.i != prep.i:
            yield Edit(date.i, prep.i, "pobj")
        yield Edit(obj.i, tok.i, "dobj")


#: Verbs with two objects ("gave the agencies their marching orders").
GIVING_VERBS = frozenset({"give", "hand", "grant", "send", "offer", "show", "deny", "serve"})


def _second_object_read_on_the_first(doc: Doc) -> Iterator[Edit]:
    """'has given 38 relief agencies their marching orders': the parser may hang the second object of a verb of
    giving on the first; the first is then to whom (dative) and the second, opened by a possessive, what is given."""
    for tok in _tokens_with(doc, TAG, ("NN", "NNS")):
        first = tok.head
        verb = first.head
        if tok.dep_ != "dobj" or first.dep_ != "dobj" or first.i >= tok.i or verb.lemma_ not in GIVING_VERBS \
                or first.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "poss" and c.i < tok.i for c in tok.children):
            continue
        yield Edit(first.i, verb.i, "dative")
        yield Edit(tok.i, verb.i, "dobj")


#: Verbs of saying that close a wire sentence ("…, an official said").
CLOSING_SPEECH = frozenset({"say", "add", "tell", "report", "state", "confirm", "announce", "claim", "insist", "write", "disclose"})


def _speaker_read_as_apposition(doc: Doc) -> Iterator[Edit]:
    """'… because of fighting between Azerbaijanis and Armenians, an editor at the official Armenian news agency
    said': the parser leaves the closing "said" without a subject and hangs its speaker on the last noun before
    the comma as an apposition (so the editor fights); the noun phrase right before the verb is its subject."""
    for v in _tokens_with(doc, LEMMA, CLOSING_SPEECH):
        if v.pos_ != "VERB" or v.i < 3 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
            continue
        # ("…, the president of the regional government, Massoud Barzani, said": a name in apposition closes with a comma)
        end = v.i - 2 if doc[v.i - 1].text == "," and v.i >= 4 else v.i - 1
        a = doc[end]
        while a.dep_ != "appos" and a.head.i != a.i and a.head.i < v.i and a.head.right_edge.i == end:
            a = a.head  # (up to the head of the phrase that ends right before the verb)
        while a.dep_ == "appos" and a.head.dep_ == "appos" and a.head.right_edge.i == end:
            a = a.head  # (the first of two appositions: "the president …, Massoud Barzani")
        if a.dep_ != "appos" or a.right_edge.i != end or a.head.i >= a.i or a.pos_ not in ("NOUN", "PROPN") \
                or a.left_edge.i == 0 or doc[a.left_edge.i - 1].text != "," or a.sent.start != v.sent.start:
            continue
        yield Edit(a.i, v.i, "nsubj")


def _relative_read_as_speaker(doc: Doc) -> Iterator[Edit]:
    """'… was released to Niger by the European Union, money Brussels had threatened to withhold unless …': the parser
    reads the clause before the comma as what the later verb says ("Brussels had threatened that …") and the noun after
    the comma as a modifier of that verb's subject; the noun is an apposition to the clause, the later verb a relative
    clause on it (with no object of its own: the noun is its object), and the first clause stands where it stood.  So
    with a determiner: "Eritrea has ordered the monitors to leave, a step diplomats fear could tempt Ethiopia …"."""
    for comma in _tokens_with(doc, LOWER, (",",)):
        if comma.i + 2 >= len(doc):
            continue
        noun = doc[comma.i + 1]
        if noun.dep_ == "det" and noun.lower_ in ("a", "an", "the") and comma.i + 3 < len(doc):
            noun = doc[comma.i + 2]  # (", a step diplomats fear could tempt Ethiopia to …": the subject follows the noun)
            subject = doc[noun.i + 1]
            if noun.tag_ not in ("NN", "NNS") or subject.dep_ != "nsubj" or subject.head.i <= subject.i \
                    or subject.pos_ not in ("NOUN", "PROPN") or subject.head.lemma_ in CLOSING_SPEECH:
                continue
            verb = subject.head
        elif noun.dep_ != "compound" or noun.tag_ not in ("NN", "NNS") or noun.head.dep_ != "nsubj" or noun.head.i <= noun.i \
                or noun.head.pos_ != "PROPN" or noun.head.head.lemma_ in CLOSING_SPEECH:
            # (", emergency officials said": the closing speaker, no relative clause)
            continue
        else:
            verb = noun.head.head
        first = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < comma.i and c.pos_ in ("VERB", "AUX")), None)
        if first is None or verb.pos_ != "VERB" or verb.sent.start != first.sent.start \
                or any(c.dep_ in ("dobj", "obj") for c in verb.children):
            continue
        yield Edit(first.i, first.i if verb.head.i == verb.i else verb.head.i, "ROOT" if verb.head.i == verb.i else verb.dep_)
        yield Edit(noun.i, first.i, "npadvmod")
        yield Edit(verb.i, noun.i, "relcl")


def _base_verb_as_object_of_to(doc: Doc) -> Iterator[Edit]:
    """'took the government to court over the seizure of their land': the tagger read "court" as the verb of an
    infinitive while the parser made it the object of "to"; a bare verb is no preposition's object, so it is a noun."""
    for to in _tokens_with(doc, LOWER, ("to",)):
        if to.dep_ != "prep" or to.i + 1 >= len(doc):
            continue
        t = doc[to.i + 1]
        if t.dep_ == "pobj" and t.tag_ == "VB" and t.head.i == to.i:
            yield Edit(t.i, to.i, "pobj", noun=True)
    # ("have taken the Nigerian federal government to court, seeking damages": the noun read as an infinitive
    # complement with "to" as its marker)
    for t in _tokens_with(doc, LOWER, ("court",)):
        to = doc[t.i - 1] if t.i > 0 else None
        if to is not None and to.lower_ == "to" and to.dep_ == "aux" and to.head.i == t.i and t.pos_ == "NOUN" \
                and t.dep_ in ("xcomp", "advcl") and t.head.i < t.i:
            yield Edit(to.i, t.head.i, "prep")
            yield Edit(t.i, to.i, "pobj")


#: Nouns whose of-phrase may be a gerund clause with a subject ("the prospect of Ankara annexing …"); not places
#: ("blocked roads in the city of Algiers demanding …": a participle of the sentence's subject).
GERUND_HEADS = frozenset({"prospect", "possibility", "likelihood", "idea", "notion", "spectre", "specter", "risk", "danger",
                          "threat", "fear", "chance", "news", "report", "reports", "suggestion"})


def _gerund_subject_read_as_object_of_of(doc: Doc) -> Iterator[Edit]:
    """'raised the prospect on Friday of Ankara annexing the north of Cyprus': the parser ends the of-phrase at the
    name and hangs the gerund on the verb as an adverbial clause; the name is the gerund's subject, and the gerund
    clause the object of "of"."""
    for tok in _tokens_with(doc, TAG, ("VBG",)):
        if tok.dep_ != "advcl" or tok.i < 2:
            continue
        subj, of = doc[tok.i - 1], doc[tok.i - 2]
        if of.lower_ != "of" or subj.head.i != of.i or subj.dep_ != "pobj" or subj.pos_ != "PROPN" \
                or of.head.lemma_ not in GERUND_HEADS or tok.head.i >= of.i or any(c.dep_ in ("nsubj", "mark", "aux") for c in tok.children):
            continue
        yield Edit(subj.i, tok.i, "nsubj")
        yield Edit(tok.i, of.i, "pcomp")


def _free_read_as_modifier(doc: Doc) -> Iterator[Edit]:
    """'set free 12 Nigerian soldiers': the parser reads "free" (or "loose") right after "set" as an adjective of the
    object; it is the verb's own word (the object is who is freed, not "free 12 soldiers")."""
    for t in _tokens_with(doc, LOWER, ("free", "loose")):
        noun = t.head
        if t.i == 0 or t.dep_ != "amod" or noun.i <= t.i or noun.dep_ != "dobj":
            continue
        verb = noun.head
        if verb.i != t.i - 1 or verb.lemma_ not in ("set", "let", "cut", "turn"):
            continue
        yield Edit(t.i, verb.i, "oprd")


#: Nouns the tagger may read as the verb of an infinitive after "to" ("reduced the shacks to rubble").
RUIN_NOUNS = frozenset({"rubble", "ruins", "ashes", "smithereens", "cinders"})


def _ruins_read_as_infinitive(doc: Doc) -> Iterator[Edit]:
    """'reduced thousands of shacks … to rubble over the weekend': the tagger reads the noun after "to" as a verb and
    the parser makes it a purpose clause; it is the object of "to", a phrase of the verb before (and what hung on it
    is that verb's)."""
    for t in _tokens_with(doc, LOWER, RUIN_NOUNS):
        to = doc[t.i - 1] if t.i > 0 else None
        verb = t.head
        if to is None or to.lower_ != "to" or to.head.i != t.i or t.pos_ != "VERB" or t.dep_ not in ("advcl", "xcomp") \
                or verb.i >= t.i:
            continue
        yield Edit(to.i, verb.i, "prep")
        yield Edit(t.i, to.i, "pobj", noun=True)
        for c in t.children:
            if c.i > t.i and c.dep_ in ("prep", "npadvmod", "advmod", "advcl"):
                yield Edit(c.i, verb.i, c.dep_)


def _causative_have(doc: Doc) -> Iterator[Edit]:
    """'eleven politicians had a ban on their activities lifted by the ruling council': the parser reads the participle
    after "had X" as describing X; it is what was done to X (a passive clause whose subject is X)."""
    for t in _tokens_with(doc, LEMMA, ("have", "get")):
        if t.pos_ != "VERB":
            continue
        for n in t.children:
            if n.dep_ != "dobj" or n.i < t.i:
                continue
            part = next((c for c in n.rights if c.dep_ == "acl" and c.tag_ == "VBN"), None)
            if part is None or not any(c.dep_ == "agent" for c in part.children):
                continue  # (only with its doer named: "had a ban lifted by the council"; "had a car stolen" stays)
            yield Edit(part.i, t.i, "xcomp")  # (a small clause: what "have" brings about, as with "vowed to have … dissolved")
            yield Edit(n.i, part.i, "nsubjpass")


#: Verbs of saying whose past tense the tagger may read as a participle after a name ("Human Rights Watch charged …").
THAT_SPEECH_VERBS = frozenset({"charge", "allege", "claim", "say", "warn", "announce", "report", "state", "insist",
                               "assert", "declare", "argue", "complain"})


def _speech_verb_read_as_participle(doc: Doc) -> Iterator[Edit]:
    """'Human Rights Watch charged on Tuesday that Interior Ministry commandos had tortured scores of detainees': the
    parser reads the name as the sentence's root, the verb as a participle describing it and the that-clause as
    another modifier of the name; the verb is the root, the name its subject and the clause its complement."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("PROPN", "NOUN"):
            continue
        verb = next((c for c in root.rights if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.lemma_ in THAT_SPEECH_VERBS
                     and c.i == root.i + 1), None)
        if verb is None:
            continue
        clause = next((c for c in root.rights if c.i > verb.i and c.dep_ in ("acl", "ccomp", "relcl")
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if clause is None:
            continue
        yield Edit(verb.i, verb.i, "ROOT", verb.lemma_)
        yield Edit(root.i, verb.i, "nsubj")
        yield Edit(clause.i, verb.i, "ccomp")
        for c in root.rights:
            if c.dep_ == "punct" and c.i == sent.end - 1:
                yield Edit(c.i, verb.i, "punct")


#: The repairs, in the order they run.
REPAIRS: tuple[Callable[[Doc], Iterator[Edit]], ...] = (
    _reduced_relative, _make_noun_to, _idiom_read_as_noun_phrase, _down_tools_read_as_modifier, _participle_read_as_subject_clause, _back_read_on_direction, _let_back_read_as_clause, _believed_read_as_verb, _verb_read_as_modifier_of_apposition, _verb_read_as_modifier, _verb_with_subject_read_as_modifier, _verb_read_as_modifier_before_speaker,
    _verb_after_a_date_read_as_modifier, _second_object_read_on_the_first,
    _verb_read_as_reduced_relative, _agent_on_predicate,
    _object_read_as_adverb, _to_jail, _acting_participle, _infinitive_read_as_compound, _put_on_hold, _place_read_as_object,
    _speaking_participle, _noun_read_as_adverb, _charge_read_as_object, _paper_read_as_adverb, _adherents_read_as_verb,
    _verb_read_as_compound, _following_read_as_verb, _acronym_read_as_verb, _of_after_a_date, _object_after_a_date, _harm_of_kin, _plural_read_as_verb,
    _visiting_read_as_verb, _nationality_read_as_modifier, _nothing_but, _subject_tagged_as_verb, _time_after_read_as_quantity,
    _span_of_events_read_as_adverb, _leave_read_as_verb, _subject_read_as_adverb, _border_crossing_read_on_object, _speaker_read_as_apposition, _relative_read_as_speaker,
    _base_verb_as_object_of_to, _ruins_read_as_infinitive, _free_read_as_modifier, _gerund_subject_read_as_object_of_of, _causative_have, _speech_verb_read_as_participle)


def repair_parse(doc: Doc) -> int:
    """Apply every repair to ``doc`` in place; the number of tokens changed."""
    if not doc.has_annotation("DEP"):
        return 0
    arrays: dict[int, numpy.ndarray] = {}
    _ARRAYS[id(doc)] = arrays
    try:
        return _repair(doc, arrays)
    finally:
        del _ARRAYS[id(doc)]


def _repair(doc: Doc, arrays: dict[int, numpy.ndarray]) -> int:
    lowers = doc.to_array(LOWER)
    arrays[LOWER] = lowers
    if not _RE_HASHES.isdisjoint(lowers.tolist()):  # (one set test for all the forms, most Docs having none)
        for tok in _tokens_with(doc, LOWER, RE_FORMS):
            tok.lemma_ = RE_FORMS[tok.lower_]  # ("re-imposed" → "reimpose": not an edit of the tree)
        arrays.pop(LEMMA, None)
    changed = 0
    for rule in REPAIRS:
        edits = list(rule(doc))
        # (roots first, so that no step leaves a token without a path to a root of its sentence)
        for e in sorted(edits, key=lambda e: e.head != e.i):
            tok: Token = doc[e.i]
            tok.head = doc[e.head]
            tok.dep_ = e.dep
            if e.verb_lemma is not None:
                tok.tag_, tok.pos_, tok.lemma_ = e.verb_tag, "VERB", e.verb_lemma
            if e.noun:
                tok.tag_, tok.pos_, tok.lemma_ = "NN", "NOUN", tok.lower_
            if e.plural:
                tok.tag_, tok.pos_, tok.lemma_ = "NNS", "NOUN", tok.lower_[:-1]
            if e.name:
                tok.tag_, tok.pos_, tok.lemma_ = "NNP", "PROPN", tok.text
            if e.verb_lemma is not None or e.noun or e.plural or e.name:
                arrays.pop(TAG, None)  # (read again by the next repair that looks tags or lemmas up)
                arrays.pop(LEMMA, None)
            changed += 1
    return changed
