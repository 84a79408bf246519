"""Doc → events: lexicon triggers, roles from the dependency parse, modality, counts.

Rule code in the style of textacy's ``extract/triples.py``: one generator per
sentence yields trigger hits, small pure helpers read roles off the parse, and
the rule sets are the module constants below, each with one comment.  The
lexicon (``lexicon/events.tsv``) says which words are events; this module says
how the parse around them fills the event.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterator

from spacy.tokens import Doc, Token

from kg.model import Count, DateValue, Event, Mention, Sentence

from .dates import is_point_in_time
from .entities import EntityTable, count_of, number_of
from .lexicon import Cond, Lexicon, Trigger

# ---------------------------------------------------------------------------------------------
# Rule sets

#: Subjects, objects and agents in spaCy's English dependency scheme.
SUBJ = frozenset({"nsubj", "csubj", "expl"})
PASS_SUBJ = frozenset({"nsubjpass", "csubjpass"})
OBJ = frozenset({"dobj", "obj"})
#: Clausal complements a speech verb reports.
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
#: Prepositions whose object is the recipient, by PLOVER type (verbs).
RECIPIENT_PREPS: dict[str, frozenset[str]] = {
    "AGREE": frozenset({"with", "to"}),
    "CONSULT": frozenset({"with"}),
    "SUPPORT": frozenset({"for", "to"}),
    "CONCEDE": frozenset({"to"}),
    "COOPERATE": frozenset({"with", "to"}),
    "AID": frozenset({"to", "for"}),
    "RETREAT": frozenset(),
    "REQUEST": frozenset({"on", "upon", "to", "from"}),
    "ACCUSE": frozenset({"against"}),
    "REJECT": frozenset(),
    "THREATEN": frozenset({"against", "to"}),
    "PROTEST": frozenset({"against"}),
    "SANCTION": frozenset({"on", "against"}),
    "MOBILIZE": frozenset({"against"}),
    "COERCE": frozenset({"against", "on"}),
    "ASSAULT": frozenset({"on", "against", "at"}),
    "STATEMENT": frozenset({"to"}),
}
#: Nominal events whose "of"-phrase and possessor name the one it happens to ("the arrest of X").
PATIENT_NOUN_FINES = frozenset({"Arrest", "Release", "Killing", "Deportation", "Conviction", "Charge"})
#: Nominal events whose "of"-phrase names the one who does it ("the withdrawal of troops").
AGENT_OF_MODES = frozenset({"withdraw", "resign", "demo", "riot", "strike", "hunger"})
#: Verbs whose object noun is the event itself ("held talks", "launched an attack").
LIGHT_VERBS = frozenset({
    "hold", "stage", "launch", "carry", "conduct", "make", "issue", "mount", "begin", "start",
    "organize", "organise", "lead", "continue", "resume", "join", "go", "take", "have", "file",
    "level", "bring", "receive", "face", "announce", "stage", "unleash", "wage", "pay", "end",
    "reach", "sign", "impose", "hold", "give", "extend", "accept", "express", "deliver",
})
#: Heads under which an embedded event is only wanted, planned, demanded or threatened.
HYPOTHETICAL_HEADS = frozenset({
    "threaten", "demand", "call", "urge", "ask", "plan", "want", "intend", "seek", "aim", "propose",
    "offer", "promise", "pledge", "vow", "hope", "try", "attempt", "expect", "plot", "prepare",
    "consider", "push", "press", "appeal", "request", "warn", "agree", "decide", "vote", "order",
    "need", "allow", "permit", "urge", "wish", "prefer", "insist", "recommend", "suggest",
    "advocate", "pressure", "force", "encourage", "invite", "threat", "demand", "plea", "intention",
    "ready", "willing", "likely", "able", "set", "due",
})
#: Heads under which an embedded event is denied or refused.
NEGATING_HEADS = frozenset({"deny", "refuse", "decline", "fail", "reject", "dismiss", "denial", "refusal", "rebuff", "avoid", "stop", "prevent", "halt"})
#: Cognitive verbs that leave an embedded event unconfirmed when negated ("did not confirm").
UNCONFIRMED_HEADS = frozenset({"confirm", "say", "report", "announce", "know", "verify", "acknowledge", "state", "believe"})
#: Auxiliaries that make an event future or possible.
MODAL_AUX = frozenset({"will", "would", "could", "may", "might", "shall", "should", "can", "must", "'ll", "wo", "ca"})
#: Subordinators that make a clause conditional.
CONDITIONAL_MARKS = frozenset({"if", "unless", "lest", "whether"})
#: Negation words.
NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
#: Cooperative types: their future is a promise, coded AGREE by PLOVER.
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})
#: Conflict types: their future is a threat, coded THREATEN by PLOVER.
CONFLICTUAL = frozenset({"PROTEST", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE"})
#: Casualty words that state a tally next to a bare number ("28 dead, 220 injured").
TALLY_KINDS = {
    "dead": "dead", "kill": "dead", "die": "dead", "killed": "dead",
    "injure": "injured", "injured": "injured", "wound": "injured", "wounded": "injured", "hurt": "injured",
    "detain": "arrested", "detained": "arrested", "arrest": "arrested", "arrested": "arrested", "jail": "arrested",
}
#: Count kind of a participant, by fine type / type (else "count").
COUNT_KIND_OF_FINE = {"Arrest": "arrested", "Killing": "dead"}
#: Words that turn "X said" into an accusation ("claiming they are part of plots").
ACCUSATION_CUES = frozenset({
    "plot", "conspiracy", "coup", "terrorist", "terrorism", "destabilize", "destabilise", "sabotage",
    "responsible", "guilty", "behind", "crime", "criminal", "spy", "spying", "espionage", "corrupt",
    "corruption", "fraud", "illegal", "genocide", "war crime", "agent", "mercenary", "traitor",
})
#: Verbs whose clause can carry an accusation.
CLAIM_VERBS = frozenset({"claim", "allege"})
#: Types whose nouns are events only with a participant attached.
ARGLESS_NOUN_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "ACCUSE", "REQUEST", "REJECT", "CONCEDE", "THREATEN", "COOPERATE", "AID", "STATEMENT", "SANCTION"})
#: Types that embed what they are about (their object noun stays an event of its own, flagged).
EMBEDDING_TYPES = frozenset({"REQUEST", "THREATEN", "REJECT", "AGREE", "STATEMENT", "ACCUSE"})
#: Types whose recipient may sit inside the object ("rejected a U.S. request") or the embedded clause.
INNER_RECIPIENT_TYPES = frozenset({"REQUEST", "REJECT", "ACCUSE", "THREATEN", "SUPPORT", "AGREE", "CONCEDE", "SANCTION", "COOPERATE", "AID", "CONSULT", "RETREAT"})
#: Modals that turn a reported clause into a demand ("said China must …").
DEMAND_MODALS = frozenset({"must", "should"})
#: Verbs of staying whose subject is the one held ("remain in detention").
STATE_VERBS = frozenset({"remain", "continue", "stay", "languish", "sit"})
#: Prepositions that place an event.
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around"})
#: Nominal triggers that are states, not events, after these prepositions ("under house arrest").
STATE_PREPS = frozenset({"under"})
#: Fixed phrases that are not events ("in exchange for", "in response to").
IDIOMS = frozenset({("in", "exchange", "for"), ("in", "return", "for"), ("in", "support", "of"), ("in", "protest", "against")})


@dataclass
class _Draft:
    """An event while its roles are being read."""

    tok: Token
    trig: Trigger
    end: int  # token end of the trigger phrase
    type: str
    fine: str | None
    mode: str | None
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    negated: bool = False
    hypothetical: bool = False
    reported_by: list[str] = field(default_factory=list)
    date: DateValue | None = None
    location: str | None = None
    derived_from: int | None = None  # token of the modal marker for derived AGREE/THREATEN
    demanded: list[Token] = field(default_factory=list)  # subjects of a reported "must" clause


def _uniq(keys) -> list[str]:
    out: list[str] = []
    for k in keys:
        if k and k not in out:
            out.append(k)
    return out


def lemma_of(tok: Token) -> str:
    return tok.lemma_.lower() if tok.lemma_ else tok.lower_


def pos_class(tok: Token) -> str | None:
    """V, N or A for the lexicon; None for everything else."""
    pos = tok.pos_
    if pos == "VERB" or (pos == "AUX" and tok.dep_ not in ("aux", "auxpass")) and lemma_of(tok) not in ("be", "have", "do"):
        return "V"
    if pos == "NOUN" or (pos == "PROPN" and tok.is_lower):
        return "N"
    if pos == "ADJ":
        if tok.tag_ in ("VBN", "VBD"):
            return "V"
        return "A"
    return None


def expand(tok: Token) -> list[Token]:
    """A participant and its conjuncts; "a number of X" → X; "leaders like Capriles" adds Capriles."""
    out: list[Token] = []
    for t in [tok, *tok.conjuncts]:
        inner = t
        if t.lower_ in ("number", "some", "many", "most", "all", "one", "none", "several", "group", "dozens", "hundreds", "thousands", "scores") or t.pos_ == "NUM":
            for child in t.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    pobj = [c for c in child.children if c.dep_ == "pobj"]
                    if pobj and t.pos_ != "NUM":
                        inner = pobj[0]
        out.append(inner)
        if inner is not t:
            out.extend(inner.conjuncts)
        for child in inner.children:
            if child.dep_ in ("nmod", "compound") and child.i < inner.i and any(c.dep_ == "cc" for c in child.children):
                out.append(child)
            if child.dep_ == "prep" and child.lower_ in ("like", "including"):
                out.extend(c for c in child.children if c.dep_ == "pobj")
            if child.dep_ == "appos":
                out.append(child)
    return out


class EventReader:
    """Reads the events of one Doc, given its entity table."""

    def __init__(self, doc: Doc, lex: Lexicon, table: EntityTable, sentences: list[Sentence],
                 sent_spans: list[tuple[int, int]], sent_of: list[int], blocked: frozenset[int],
                 date_at: dict[int, tuple[int, int]]) -> None:
        self.doc = doc
        self.toks = table.toks  # Doc[i] builds a new Token each time: index this list instead
        self.lex = lex
        self.table = table
        self.sentences = sentences
        self.sent_spans = sent_spans
        self.sent_of = sent_of
        self.blocked = blocked
        self.date_at = date_at

    # -------------------------------------------------------------------------------- triggers

    def hits(self, start: int, end: int) -> Iterator[tuple[Token, Trigger, int]]:
        """Trigger words of one sentence with their lexicon row and phrase end."""
        toks = self.toks
        triggers = self.lex.triggers
        consumed: set[int] = set()
        for i in range(start, end):
            tok = toks[i]
            if i in self.blocked or i in consumed:
                continue
            pc = pos_class(tok)
            if pc is None:
                continue
            rows = triggers.get((lemma_of(tok), pc)) or (triggers.get((tok.lower_, pc)) if pc != "V" else None)
            if not rows:
                continue
            for row in rows:
                phrase_end = self._phrase(tok, row)
                if phrase_end is None:
                    continue
                if all(self._cond(tok, row, c) for c in row.conds):
                    if len(row.words) > 1:
                        # the other words of a phrase ("shot dead") are not triggers of their own
                        others = set(row.words) - {row.head}
                        consumed.update(c.i for c in tok.children if c.lower_ in others or lemma_of(c) in others)
                    yield tok, row, phrase_end
                    break

    def _phrase(self, tok: Token, row: Trigger) -> int | None:
        """Token end of a multi-word trigger when its other words are there, else None."""
        if len(row.words) == 1:
            return tok.i + 1
        doc = self.doc
        if row.pos == "N":
            first = row.words[0]
            for child in tok.lefts:
                if child.lower_ == first or lemma_of(child) == first:
                    return tok.i + 1
            if tok.i > 0 and doc[tok.i - 1].lower_ == first:
                return tok.i + 1
            return None
        second = row.words[1]
        for child in tok.children:
            if child.lower_ == second or lemma_of(child) == second:
                return max(tok.i + 1, child.i + 1) if child.i > tok.i else tok.i + 1
        return None

    def _patient(self, tok: Token) -> Token | None:
        for child in tok.children:
            if child.dep_ in OBJ or child.dep_ in PASS_SUBJ:
                return child
        if tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN":
            return tok.head
        if tok.dep_ == "relcl":
            return None
        return None

    def _cond(self, tok: Token, row: Trigger, cond: Cond) -> bool:
        name = cond.name
        if name == "clause":
            if any(c.dep_ in CLAUSE_DEPS or c.dep_ == "dobj" and c.pos_ in ("VERB", "AUX") for c in tok.children):
                return True
            if tok.dep_ in ("parataxis", "ccomp") or tok.dep_ == "ROOT" and any(c.dep_ == "advcl" for c in tok.children):
                return True
            sent = self.doc[self.sent_spans[self.sent_of[tok.i]][0]:self.sent_spans[self.sent_of[tok.i]][1]]
            return any(t.text in ("“", "”", '"', "‘", "’") for t in sent) and tok.dep_ in ("ROOT", "parataxis", "ccomp", "conj")
        if name == "human":
            pat = self._patient(tok)
            if pat is None:
                return True
            return bool(self._animate(pat))
        if name == "obj":
            pat = self._patient(tok)
            if pat is None:
                return False
            return not cond.words or lemma_of(pat) in cond.words or pat.lower_ in cond.words
        if name == "notobj":
            pat = self._patient(tok)
            return pat is None or (lemma_of(pat) not in cond.words and pat.lower_ not in cond.words)
        if name == "prep":
            for child in tok.children:
                if child.dep_ in ("prep", "agent", "prt") and child.lower_ == cond.prep:
                    if not cond.words:
                        return True
                    # "kept … in dire conditions in a prison": the noun may sit deeper in the phrase
                    for p in child.subtree:
                        if p.i > child.i and p.i - child.i < 12 and p.pos_ in ("NOUN", "PROPN") and lemma_of(p) in cond.words:
                            return True
            return False
        if name == "comp":
            return any(c.dep_ in ("compound", "amod", "nmod") and (lemma_of(c) in cond.words or c.lower_ in cond.words) for c in tok.lefts)
        if name == "notcomp":
            return not any(c.dep_ in ("compound", "amod", "nmod") and (lemma_of(c) in cond.words or c.lower_ in cond.words) for c in tok.lefts)
        if name == "args":
            return self._has_args(tok)
        return True

    def _obj_lemma(self, tok: Token) -> str | None:
        pat = self._patient(tok)
        return lemma_of(pat) if pat is not None else None

    def _has_args(self, tok: Token) -> bool:
        for c in tok.children:
            if c.dep_ in ("poss", "compound", "nummod") or c.dep_ == "amod" and self.table.country_keys_of(c):
                return True
            if c.dep_ == "prep" and c.lower_ in ("of", "by", "against", "on", "between", "with", "from", "to", "for"):
                return True
        return False

    def _animate(self, tok: Token) -> tuple[str, ...]:
        keys: list[str] = []
        for t in expand(tok):
            keys.extend(self.table.keys_for(t))
        return tuple(keys)

    # -------------------------------------------------------------------------------- skip rules

    def _skip(self, tok: Token, row: Trigger) -> bool:
        doc = self.doc
        # inside a name ("Committee for the Freedom …", "Arab Spring")
        if tok.ent_type_ in ("ORG", "PERSON", "GPE", "FAC", "LOC", "WORK_OF_ART", "LAW", "EVENT", "DATE", "NORP"):
            if tok.ent_type_ != "DATE" and tok.pos_ != "VERB":
                return True
        if row.pos == "V":
            # prenominal participles describe, they do not report ("10 jailed Americans")
            if tok.dep_ == "amod" and tok.i < tok.head.i:
                return True
            # "those released", "one of those detained": a description, not a new event
            if tok.dep_ in ("acl", "amod") and tok.head.lower_ in ("those", "these", "one", "ones", "all", "many", "who") and not any(c.dep_ in ("agent",) for c in tok.children):
                return True
            # "the nightly curfew imposed in Sudan": a participle describing an event noun
            if tok.dep_ == "acl" and tok.tag_ == "VBN" and pos_class(tok.head) == "N" and (lemma_of(tok.head), "N") in self.lex.triggers:
                return True
        if row.pos == "N":
            # modifiers of another noun ("protest movement") are not events
            if tok.dep_ in ("compound", "amod", "nmod") and tok.i < tok.head.i:
                return True
            # states after "under" ("released under house arrest")
            if tok.dep_ == "pobj" and tok.head.lower_ in STATE_PREPS:
                return True
            # idioms ("in exchange for")
            if tok.dep_ == "pobj" and any(c.dep_ == "prep" for c in tok.children):
                for c in tok.children:
                    if c.dep_ == "prep" and (tok.head.lower_, lemma_of(tok), c.lower_) in IDIOMS:
                        return True
            if tok.dep_ == "pobj" and tok.i + 1 < len(doc) and (tok.head.lower_, lemma_of(tok), doc[tok.i + 1].lower_) in IDIOMS:
                return True
            # a verbal-interaction noun with no participant is talk about talks ("peace talks", "the deal")
            if row.type in ARGLESS_NOUN_TYPES and not self._has_args(tok) and not (tok.dep_ in OBJ and lemma_of(tok.head) in LIGHT_VERBS) and tok.dep_ not in SUBJ:
                return True
            # a definite noun with no argument refers back to an event told before ("the releases");
            # violent incidents are the exception: "the explosion" is how news names them
            dets = [c for c in tok.children if c.dep_ in ("det", "poss")]
            if row.type != "ASSAULT" and dets and all(c.lower_ in ("the", "this", "that", "these", "those", "its", "their", "such") for c in dets) and not self._has_args(tok) and not any(c.dep_ in ("amod", "acl", "relcl") for c in tok.children):
                return True
        return False

    # -------------------------------------------------------------------------------- roles

    def _subject(self, verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
        """(subject tokens, passive?) of a verb, inherited through coordination and control."""
        subs = [c for c in verb.children if c.dep_ in SUBJ and c.dep_ != "expl"]
        psubs = [c for c in verb.children if c.dep_ in PASS_SUBJ]
        if subs:
            return subs, False
        if psubs:
            return psubs, True
        if depth > 4:
            return [], False
        head = verb.head
        if verb.dep_ == "relcl":
            return [head], False
        if verb.dep_ in ("conj", "xcomp", "advcl", "acl") and head is not verb and head.pos_ in ("VERB", "AUX", "ADJ"):
            if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children):
                return [], False
            if verb.dep_ == "xcomp":
                objs = [c for c in head.children if c.dep_ in OBJ]
                if objs and lemma_of(head) in ("urge", "ask", "order", "force", "tell", "call", "invite", "allow", "pressure", "press", "encourage", "persuade", "demand"):
                    return objs, False
            subs, passive = self._subject(head, depth + 1)
            return subs, passive
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            return [head], False
        return [], False

    def _keys(self, toks: list[Token]) -> list[str]:
        keys: list[str] = []
        for t in toks:
            for e in expand(t):
                found = self.table.keys_for(e)
                if not found and e.pos_ in ("VERB", "AUX") and e.dep_ in SUBJ:
                    # "The Red Cross operating in Iraq said": a participle misread as the subject
                    found = tuple(k for c in e.children if c.dep_ in SUBJ for k in self.table.keys_for(c))
                if not found and e.pos_ == "NOUN":
                    # "declared Maduro victor", "the APEC forum": a named modifier stands for an unnamed head
                    for c in e.lefts:
                        if c.dep_ in ("compound", "nmod"):
                            found = tuple(k for k in self.table.keys_for(c) if self.table.cls_of(k) in ("Person", "Organization"))
                            if found:
                                break
                keys.extend(found)
            keys.extend(self._between_partner(t))
        return _uniq(keys)

    def _between_partner(self, p: Token) -> list[str]:
        """'between Venezuela, and the American … governments' parsed apart: the NP after "and"."""
        if p.dep_ != "pobj" or p.head.lower_ not in ("between", "among") or any(True for _ in p.conjuncts):
            return []
        doc = self.doc
        i = p.right_edge.i + 1
        end = self.sent_spans[self.sent_of[p.i]][1]
        if i < end and doc[i].text == ",":
            i += 1
        if i >= end or doc[i].lower_ != "and":
            return []
        j = i + 1
        for h in doc[j:min(end, j + 8)]:
            if h.left_edge.i == j and h.pos_ in ("NOUN", "PROPN"):
                return [k for e in expand(h) for k in self.table.keys_for(e)]
        return []

    def _verb_roles(self, d: _Draft) -> None:
        tok = d.tok
        is_passive = any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in tok.children)
        subj, inherited_passive = self._subject(tok)
        objs = [c for c in tok.children if c.dep_ in OBJ]
        dative = [c for c in tok.children if c.dep_ == "dative"]
        agents = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        # a participle modifying a noun: "13 people jailed …" (passive sense), "forces attacking …" (active)
        if tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN" and not subj:
            d.recipients += self._keys([tok.head])
            is_passive = True
        elif tok.dep_ == "acl" and tok.tag_ == "VBG" and not subj:
            d.actors += self._keys([tok.head])
        if tok.dep_ == "relcl":
            rel = [c for c in tok.children if c.tag_ in ("WDT", "WP", "WP$") or c.lower_ in ("that", "which", "who", "whom")]
            if rel and rel[0].dep_ in OBJ | PASS_SUBJ:
                d.recipients += self._keys([tok.head])
                subj = [s for s in subj if s not in rel]
                objs = [o for o in objs if o not in rel]
            elif rel and rel[0].dep_ in SUBJ:
                subj = [tok.head]
        if is_passive or inherited_passive and not any(c.dep_ in SUBJ for c in tok.children):
            d.recipients += self._keys([s for s in subj if s.dep_ in PASS_SUBJ or inherited_passive] or [])
            if is_passive:
                d.recipients += self._keys([c for c in tok.children if c.dep_ in PASS_SUBJ])
            d.actors += self._keys(agents)
            if not agents:
                d.actors += self._keys(self._by_inside(tok))
        elif self._subject_is_patient(tok, subj, objs):
            d.recipients += self._keys(subj)
        else:
            d.actors += self._keys(subj)
            d.recipients += self._keys(objs + dative)
        # "call on X", "talks with X", "attack on X": prepositional recipients
        preps = RECIPIENT_PREPS.get(d.type, frozenset())
        if len(d.trig.words) > 1 and d.trig.words[1] in ("on", "upon"):
            preps = preps | {d.trig.words[1]}
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                d.recipients += self._keys([p for p in c.children if p.dep_ == "pobj"])
        # "demanded that the United States match …": the clause subject is asked
        if d.type in ("REQUEST", "THREATEN", "ACCUSE") and not d.recipients:
            for c in tok.children:
                if c.dep_ == "ccomp":
                    d.recipients += self._keys([s for s in c.children if s.dep_ in SUBJ])
        if d.type in INNER_RECIPIENT_TYPES and not d.recipients:
            d.recipients += self._inner_recipients(tok, objs)
        # "Jordan and Britain agreed": symmetric events share the actor role
        d.actors = _uniq(d.actors)
        d.recipients = [r for r in _uniq(d.recipients) if r not in d.actors]

    def _np_participants(self, np: Token) -> list[str]:
        """Participants inside a noun phrase: 'a U.S. request', "Hussein's proposal", 'an offer from X'."""
        keys: list[str] = []
        for c in np.children:
            if c.dep_ == "amod" and not self.table.keys_for(c) and self.table.country_keys_of(c):
                # "an Australian ultimatum": the state that issued it
                keys.extend(self.table.state_for(k) for k in self.table.country_keys_of(c))
            elif c.dep_ in ("poss", "compound", "nmod", "amod"):
                keys.extend(self.table.keys_for(c) or self.table.country_keys_of(c))
            elif c.dep_ == "prep" and c.lower_ in ("of", "from", "with", "against", "to", "on", "by", "for"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        found = self._keys([p])
                        keys.extend(found or self._np_participants(p))
        return _uniq(keys)

    def _inner_recipients(self, tok: Token, objs: list[Token]) -> list[str]:
        """Recipients not in object position: inside the object NP, or in the wanted/refused clause."""
        keys: list[str] = []
        for o in objs:
            keys.extend(self._np_participants(o))
        if keys:
            return _uniq(keys)
        for c in tok.children:
            if c.dep_ == "xcomp" or (c.dep_ == "ccomp" and self.d_type_embeds(tok)):
                inner_objs = [x for x in c.children if x.dep_ in OBJ | {"dative"}]
                found = self._keys(inner_objs)
                prep_objs = [p for x in c.children if x.dep_ == "prep" and x.lower_ in ("to", "against", "on", "with", "for", "from")
                             for p in x.children if p.dep_ == "pobj"]
                found += self._keys(prep_objs)
                if not found:
                    for o in inner_objs + prep_objs:
                        found += self._np_participants(o)
                if not found:
                    # "threatened to institute a curfew in Algiers": the place it would hit
                    for x in c.subtree:
                        if x.dep_ == "pobj" and x.head.lower_ in ("in", "on", "to", "against"):
                            found += [k for k in self.table.keys_for(x) if self.table.cls_of(k) in ("Country", "Location")]
                if not found:
                    for x in c.children:
                        if x.dep_ == "xcomp":
                            found += self._inner_recipients(x, [])
                if found:
                    return _uniq(found)
        return []

    @staticmethod
    def d_type_embeds(tok: Token) -> bool:
        return lemma_of(tok) in ("threaten", "demand", "warn", "vow", "promise", "ask", "urge")

    def _subject_is_patient(self, tok: Token, subj: list[Token], objs: list[Token]) -> bool:
        """'1,000 people remain in detention', '… and at least 2,000 detained': the subject undergoes it."""
        if objs or not subj:
            return False
        if lemma_of(tok) in STATE_VERBS or lemma_of(tok) in ("die", "perish"):
            return True
        if tok.tag_ in ("VBN", "VBD") and not any(c.dep_ == "aux" for c in tok.children):
            return all(s.pos_ == "NUM" or s.like_num for s in subj) and lemma_of(tok) in TALLY_KINDS
        return False

    def _by_inside(self, tok: Token) -> list[Token]:
        """'jailed in a crackdown by the government': the agent inside a same-kind event noun."""
        out: list[Token] = []
        for c in tok.children:
            if c.dep_ != "prep":
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                for c2 in p.children:
                    if c2.dep_ == "prep" and c2.lower_ == "by":
                        out.extend(x for x in c2.children if x.dep_ == "pobj")
        return out

    def _noun_roles(self, d: _Draft) -> None:
        tok = d.tok
        patient_noun = d.fine in PATIENT_NOUN_FINES or d.type in ("COERCE",) and d.mode in ("arrest", "deport")
        for c in tok.children:
            if c.dep_ == "poss":
                (d.recipients if patient_noun else d.actors).extend(self._keys([c]))
            elif c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i:
                keys = list(self.table.keys_for(c)) or list(self.table.country_keys_of(c))
                if keys and not patient_noun:
                    d.actors.extend(keys)
                elif keys:
                    d.recipients.extend(keys)
            elif c.dep_ == "prep":
                objs = [p for p in c.children if p.dep_ == "pobj"]
                prep = c.lower_
                if prep == "by":
                    d.actors.extend(self._keys(objs))
                elif prep in ("between", "among"):
                    d.actors.extend(self._keys(objs))
                elif prep == "of":
                    if d.mode in AGENT_OF_MODES or d.type in ("CONSULT", "PROTEST", "MOBILIZE"):
                        d.actors.extend(self._keys(objs))
                    else:
                        d.recipients.extend(self._keys(objs))
                elif prep in ("against", "on", "with", "to", "at", "for") and prep in (RECIPIENT_PREPS.get(d.type, frozenset()) | {"against", "with"}):
                    d.recipients.extend(self._keys(objs))
                elif prep == "from" and d.type in ("AID", "REQUEST"):
                    d.actors.extend(self._keys(objs))
        head = tok.head
        # "held talks", "launched an attack": the light verb's subject acts
        if not d.actors and tok.dep_ in OBJ and lemma_of(head) in LIGHT_VERBS:
            subj, passive = self._subject(head)
            if not passive:
                d.actors.extend(self._keys(subj))
        # "those detained were release": the copula's subject undergoes it
        if tok.dep_ in ("attr", "acomp") and lemma_of(head) == "be":
            subj = [c for c in head.children if c.dep_ in SUBJ]
            (d.recipients if patient_noun or d.type == "RETREAT" else d.actors).extend(self._keys(subj))
        d.actors = _uniq(d.actors)
        d.recipients = [r for r in _uniq(d.recipients) if r not in d.actors]

    # -------------------------------------------------------------------------------- modality

    def _flags(self, d: _Draft) -> None:
        tok = d.tok
        children = list(tok.children)
        if any(c.dep_ == "neg" or c.lower_ in ("not", "n't", "never") and c.dep_ in ("advmod", "neg") for c in children):
            d.negated = True
        if d.trig.pos == "N" and any(c.dep_ == "det" and c.lower_ == "no" for c in children):
            d.negated = True
        subj = [c for c in children if c.dep_ in SUBJ | PASS_SUBJ]
        if any(s.lower_ in ("nobody", "none") or any(x.dep_ == "det" and x.lower_ == "no" for x in s.children) for s in subj):
            d.negated = True
        if any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in children):
            d.hypothetical = True
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in children):
            d.hypothetical = True
        # walk up: embedded under a wanting / denying / negated-reporting head
        node = tok
        for _ in range(4):
            if node.dep_ in ("ROOT",) or node.head is node:
                break
            dep = node.dep_
            head = node.head
            hl = lemma_of(head)
            if dep in ("xcomp", "ccomp", "dobj", "pobj", "prep", "advcl", "acomp", "attr", "conj", "nsubjpass", "relcl", "acl") or node is tok:
                if dep == "conj":
                    node = head
                    continue
                if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in node.children):
                    d.hypothetical = True
                if dep in ("xcomp", "ccomp", "dobj", "pobj", "prep", "acomp", "nsubjpass") or dep == "acl" and head.pos_ == "NOUN":
                    if hl in NEGATING_HEADS:
                        d.negated = True
                        break
                    if hl in HYPOTHETICAL_HEADS:
                        d.hypothetical = True
                        break
                    if hl in UNCONFIRMED_HEADS and any(c.dep_ == "neg" for c in head.children):
                        d.negated = True
                        break
                    if head.dep_ == "prep" and lemma_of(head.head) in HYPOTHETICAL_HEADS | NEGATING_HEADS:
                        node = head
                        continue
            if dep in ("ccomp", "advcl", "relcl", "parataxis") and node is not tok:
                break
            if dep in ("ccomp", "parataxis"):
                break
            node = head

    # -------------------------------------------------------------------------------- extras

    def _count_kind(self, d: _Draft) -> str:
        if d.fine in COUNT_KIND_OF_FINE:
            return COUNT_KIND_OF_FINE[d.fine]
        if d.type == "COERCE" and d.mode == "arrest":
            return "arrested"
        if d.type == "ASSAULT" and lemma_of(d.tok) in ("injure", "wound", "hurt"):
            return "injured"
        return "count"

    def _counts(self, d: _Draft) -> None:
        """Numbers on the participants the event happens to (or, failing that, its actors)."""
        tok = d.tok
        cands: list[Token] = []
        if d.trig.pos == "V":
            cands += [c for c in tok.children if c.dep_ in OBJ | PASS_SUBJ]
            if tok.dep_ in ("acl",) and tok.tag_ == "VBN":
                cands.append(tok.head)
            if not cands:
                cands += [c for c in tok.children if c.dep_ in SUBJ]
        else:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    cands += [p for p in c.children if p.dep_ == "pobj"]
            if tok.dep_ in ("attr",) and lemma_of(tok.head) == "be":
                cands += [c for c in tok.head.children if c.dep_ in SUBJ]
            if not cands:
                cands += [c for c in tok.children if c.dep_ in ("nummod",)]
        kind = self._count_kind(d)
        for c in cands:
            for t in [c, *c.conjuncts][:1]:
                q = count_of(t) if t.dep_ != "nummod" else number_of(t)
                if q is None and t.lower_ in ("number", "dozens", "hundreds", "thousands"):
                    q = number_of(t)
                if q is not None and not any(x.kind == kind for x in d.counts):
                    d.counts.append(Count(kind, q.value, q.qualifier, q.text))

    def _date(self, d: _Draft) -> None:
        tok = d.tok
        nodes = [tok]
        if d.trig.pos == "N" and tok.dep_ in SUBJ | OBJ | PASS_SUBJ:
            nodes.append(tok.head)
        for node in nodes:
            for c in node.children:
                span = None
                if c.i in self.date_at:
                    span = self.date_at[c.i]
                elif c.dep_ == "prep":
                    for p in c.children:
                        if p.dep_ == "pobj" and p.i in self.date_at:
                            span = self.date_at[p.i]
                            s = self.doc[c.i:span[1]].text if c.i < span[0] else self.doc[span[0]:span[1]].text
                            if is_point_in_time(s):
                                d.date = DateValue(text=s)
                                return
                if span is not None:
                    s = self.doc[span[0]:span[1]].text
                    if is_point_in_time(s):
                        d.date = DateValue(text=s)
                        return

    def _location(self, d: _Draft) -> None:
        tok = d.tok
        frontier = [tok]
        if d.trig.pos == "V":
            frontier += [c for c in tok.children if c.dep_ in OBJ]
        for depth in range(3):
            nxt: list[Token] = []
            for node in frontier:
                for c in node.children:
                    if c.dep_ != "prep" or c.lower_ not in PLACE_PREPS | ({"of"} if depth else set()):
                        continue
                    for p in c.children:
                        if p.dep_ != "pobj":
                            continue
                        for k in self.table.keys_for(p):
                            if self.table.cls_of(k) in ("Location", "Country"):
                                d.location = k
                                return
                        nxt.append(p)
            frontier = nxt
            if not frontier:
                break

    # -------------------------------------------------------------------------------- per sentence

    def sentence_events(self, si: int) -> list[_Draft]:
        start, end = self.sent_spans[si]
        drafts: list[_Draft] = []
        by_tok: dict[int, _Draft] = {}
        for tok, row, phrase_end in self.hits(start, end):
            if self._skip(tok, row):
                continue
            d = _Draft(tok, row, phrase_end, row.type, row.fine, row.mode)
            drafts.append(d)
            by_tok[tok.i] = d
        # a noun event that is the object of a verb event of the same type is that event ("imposed sanctions")
        kept: list[_Draft] = []
        for d in drafts:
            tok = d.tok
            if d.trig.pos == "N":
                up = tok.head if tok.dep_ in OBJ | {"pobj"} else None
                if up is not None and up.dep_ == "prep" and tok.dep_ == "pobj":
                    up = up.head
                if up is not None and up.i in by_tok and by_tok[up.i].trig.pos == "V":
                    verb = by_tok[up.i]
                    if verb.type == d.type or (tok.dep_ in OBJ and verb.type not in EMBEDDING_TYPES):
                        continue
            kept.append(d)
        drafts = kept
        # "declared that China must drop barriers": a reported obligation is a demand
        for d in drafts:
            if d.type == "STATEMENT" and d.trig.pos == "V":
                for c in d.tok.children:
                    if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in DEMAND_MODALS for a in c.children):
                        d.type, d.fine, d.mode = "REQUEST", None, None
                        subj = [x for x in c.children if x.dep_ in SUBJ]
                        d.demanded = subj
                        break
        # accusations carried by a claim ("claiming they are part of plots …")
        for d in drafts:
            if d.type == "STATEMENT" and lemma_of(d.tok) in CLAIM_VERBS and self._accusing(d.tok):
                d.type, d.fine, d.mode = "ACCUSE", None, "allege"
        for d in drafts:
            if d.trig.pos == "V":
                self._verb_roles(d)
            else:
                self._noun_roles(d)
            if d.demanded:
                d.recipients = [r for r in _uniq(d.recipients + self._keys(d.demanded)) if r not in d.actors]
            if lemma_of(d.tok) in ("claim", "allege", "charge") and d.type == "ACCUSE" and not d.recipients:
                for c in d.tok.children:
                    if c.dep_ == "ccomp":
                        subj = [s for s in c.children if s.dep_ in SUBJ | PASS_SUBJ]
                        d.recipients += self._keys(subj) or self._they(c, subj)
            self._flags(d)
            self._counts(d)
            self._date(d)
            self._location(d)
        self._tallies(drafts)
        self._merge_injuries(drafts)
        self._attribution(drafts, start, end)
        drafts.extend(self._derived(drafts))
        return drafts

    def _they(self, clause: Token, subj: list[Token]) -> list[str]:
        """'they' in a claim: the plural participant just named before it in the sentence."""
        if not subj or subj[0].lower_ not in ("they", "them"):
            return []
        sent_start = self.sent_spans[self.sent_of[clause.i]][0]
        for i in range(subj[0].i - 1, sent_start - 1, -1):
            t = self.doc[i]
            if t.tag_ in ("NNS", "NNPS") and t.dep_ in ("pobj", "dobj"):
                keys = self._keys([t])
                if keys:
                    return keys
        return []

    def _accusing(self, verb: Token) -> bool:
        for c in verb.children:
            if c.dep_ == "ccomp":
                for t in c.subtree:
                    if lemma_of(t) in ACCUSATION_CUES or t.lower_ in ACCUSATION_CUES:
                        return True
        return False

    def _tallies(self, drafts: list[_Draft]) -> None:
        """'leaving 28 dead, 220 injured and at least 2,000 detained': counts on the right events."""
        doc = self.doc
        groups: dict[int, list[tuple[_Draft | None, Token, str]]] = {}
        for tok_i in range(*self.sent_spans[self.sent_of[drafts[0].tok.i]]) if drafts else []:
            tok = self.toks[tok_i]
            kind = TALLY_KINDS.get(tok.lemma_) or TALLY_KINDS.get(tok.lower_)
            if kind is None:
                continue
            nums = [c for c in tok.children if (c.pos_ == "NUM" or c.like_num) and c.dep_ in ("nummod", "nsubj", "nsubjpass", "npadvmod", "dobj")]
            if not nums:
                continue
            # the list head: first conjunct, then the verb that leaves the tally
            first = tok
            while first.dep_ == "conj":
                first = first.head
            anchor = first.head if first.dep_ in ("dobj", "xcomp", "ccomp", "oprd", "attr") else first
            q = number_of(nums[0])
            if q is None:
                continue
            d = next((x for x in drafts if x.tok.i == tok.i), None)
            groups.setdefault(anchor.i, []).append((d, tok, kind))
            if d is not None:
                d.counts = [c for c in d.counts if c.kind != kind] + [Count(kind, q.value, q.qualifier, q.text)]
                d.recipients = [r for r in d.recipients if self.table.cls_of(r) != "Group" or True]
        for anchor_i, items in groups.items():
            anchor = doc[anchor_i]
            counts = [c for d, _, _ in items if d is not None for c in d.counts]
            for d, tok, kind in items:
                if d is None:
                    q = number_of([c for c in tok.children if c.pos_ == "NUM" or c.like_num][0])
                    if q is not None:
                        counts.append(Count(kind, q.value, q.qualifier, q.text))
            # injured goes with the killing of the same list
            killing = next((d for d, _, k in items if d is not None and k == "dead"), None)
            for d, tok, kind in items:
                if d is not None and kind == "injured" and killing is not None and d is not killing:
                    killing.counts.append(next(c for c in d.counts if c.kind == "injured"))
                    drafts.remove(d)
            # the event the tally follows from ("protests erupted, leaving …")
            governing = None
            if lemma_of(anchor) in ("leave", "with", "result", "cause"):
                head = anchor.head
                for x in drafts:
                    if x.tok.i == head.i or (x.tok.head.i == head.i and x.tok.dep_ in SUBJ):
                        governing = x
                        break
            if governing is not None:
                for c in counts:
                    if not any(g.kind == c.kind for g in governing.counts):
                        governing.counts.append(c)

    def _merge_injuries(self, drafts: list[_Draft]) -> None:
        """'killed 23 soldiers and injured another 15': one attack, with dead and injured counts."""
        for d in list(drafts):
            if d.type != "ASSAULT" or lemma_of(d.tok) not in ("injure", "wound", "hurt") or d.tok.dep_ != "conj":
                continue
            head = next((x for x in drafts if x.tok.i == d.tok.head.i and x.fine == "Killing"), None)
            if head is None:
                continue
            for c in d.counts:
                if not any(h.kind == c.kind for h in head.counts):
                    head.counts.append(c)
            drafts.remove(d)

    def _attribution(self, drafts: list[_Draft], start: int, end: int) -> None:
        """'X said (that) E': E is reported by X; so are events 'according to X'."""
        speech = [d for d in drafts if d.type in ("STATEMENT", "ACCUSE", "REJECT", "REQUEST", "THREATEN") and d.trig.pos == "V" and d.actors]
        for s in speech:
            clauses = [c for c in s.tok.children if c.dep_ in ("ccomp", "parataxis")]
            if s.tok.dep_ in ("parataxis",):
                clauses.append(s.tok.head)
            covered = set()
            for c in clauses:
                covered.update(t.i for t in c.subtree)
            if s.tok.dep_ == "parataxis":
                covered.discard(s.tok.i)
            for d in drafts:
                if d is not s and d.tok.i in covered:
                    d.reported_by = _uniq(d.reported_by + s.actors)
        doc = self.doc
        for i in range(start, end):
            tok = self.toks[i]
            if tok.lower_ == "according" and i + 1 < end and doc[i + 1].lower_ == "to":
                objs = [p for p in doc[i + 1].children if p.dep_ == "pobj"]
                keys = self._keys(objs)
                if keys:
                    for d in drafts:
                        if not d.reported_by:
                            d.reported_by = list(keys)

    def _derived(self, drafts: list[_Draft]) -> list[_Draft]:
        """PLOVER codes a promised cooperation as AGREE and a conflict one intends as THREATEN."""
        out: list[_Draft] = []
        doc = self.doc
        for d in drafts:
            if not d.hypothetical or d.negated or d.derived_from is not None:
                continue
            modal = next((c for c in d.tok.children if c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall")), None)
            head = d.tok.head
            marker = modal
            if marker is None and d.tok.dep_ == "xcomp" and lemma_of(head) in ("plan", "intend", "prepare", "vow", "decide", "set", "aim") and not any(x.tok.i == head.i for x in drafts):
                marker = head
            if marker is None:
                continue
            if d.type in COOPERATIVE:
                new_type, mode = "AGREE", None
            elif d.type in CONFLICTUAL:
                new_type, mode = "THREATEN", self._threat_mode(d)
            else:
                continue
            if any(x.tok.i == marker.i for x in drafts + out):
                continue
            out.append(_Draft(marker, Trigger((marker.lower_,), "V", new_type, None, mode), marker.i + 1, new_type, None, mode,
                              actors=list(d.actors), recipients=list(d.recipients), reported_by=list(d.reported_by),
                              date=d.date, location=d.location, derived_from=d.tok.i))
        return out

    @staticmethod
    def _threat_mode(d: _Draft) -> str | None:
        if d.type == "COERCE":
            return "arrest" if d.fine == "Arrest" else "restrict"
        if d.type == "ASSAULT":
            return "violence"
        if d.type in ("PROTEST",):
            return "restrict"
        if d.type == "SANCTION":
            return "relations"
        return None

    # -------------------------------------------------------------------------------- output

    def events(self, skip_sentences: frozenset[int]) -> tuple[Event, ...]:
        doc = self.doc
        out: list[Event] = []
        for si, sent in enumerate(self.sentences):
            if si in skip_sentences:
                continue
            for d in self.sentence_events(si):
                tok = d.tok
                a = tok.idx
                last = doc[d.end - 1]
                b = last.idx + len(last.text)
                if d.end - 1 < tok.i:
                    b = a + len(tok.text)
                trigger = Mention(a, b, self.table.text[a:b], si)
                for k in d.actors + d.recipients + d.reported_by + ([d.location] if d.location else []):
                    self.table.used.add(k)
                out.append(Event(
                    key=f"s{si}-t{a}", type=d.type, fine=d.fine, trigger=trigger, sentence=sent,
                    actors=tuple(d.actors), recipients=tuple(d.recipients), location=d.location, date=d.date,
                    counts=tuple(d.counts), mode=d.mode, negated=d.negated, hypothetical=d.hypothetical,
                    reported_by=tuple(k for k in d.reported_by if k not in d.actors),
                ))
        seen: set[str] = set()
        uniq: list[Event] = []
        for e in out:
            if e.key in seen:
                continue
            seen.add(e.key)
            uniq.append(e)
        return tuple(uniq)
