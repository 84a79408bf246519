"""Doc → events: lexicon triggers, roles from the dependency parse, modality, counts.

Rule code in the style of textacy's ``extract/triples.py``: one generator per
sentence yields trigger hits, small pure helpers read roles off the parse, and
the rule sets are the module constants below, each with one comment.  The
lexicon (``lexicon/events.tsv``) says which words are events; this module says
how the parse around them fills the event.

What is asserted.  Every event the text reports as having happened is a node,
whatever its place in the sentence: the main clause, reported speech ("X said
E"), and also background told in passing — a relative clause ("observers who
were taken hostage"), an adjunct of time or cause ("following the killing of a
settler").  Such presupposed events are real occurrences, and news excerpts
(WikiEvents, the seed) count them; PLOVER's records code one main event per
sentence, so on those records they are the main source of false positives, and
that is accepted.  Three kinds of mention are *not* asserted and are flagged
(``hypothetical``) or, where no occurrence is named at all, not read:

* not-yet or not-at-all events: wanted, offered, planned, demanded, threatened,
  conditional, denied, refused, banned ("a ban on rallies") or alleged; the flag
  flows down complements and purposes ("willing to send troops to help defend
  X": the defence too), never into relative clauses or adjuncts of time;
* generic mentions that name a kind of event and no occurrence of it: a
  verbal-interaction noun with no participant ("peace talks" as a topic), a
  definite back-reference with nothing new ("the releases"), a threat named
  only by what is feared ("the threat of sanctions").  A mention with a
  participant, a number, a place or a date is never generic;
* mentions that are no occurrence of their own: a restriction that is lifted or
  eased ("lifted sanctions on X": the lifting is the event), "in protest" as a
  manner adjunct ("recalled its envoy in protest"), a planned or possible event
  noun ("convicted of planning attacks"), the offence one is convicted "of".
A definite event noun in an adjunct of time or cause whose type the article
has told already is a reference back to that event and makes no second node.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from kg.model import Count, DateValue, Event, Mention, Sentence

from .dates import is_point_in_time, is_year
from .entities import EntityTable, count_of, number_of
from .lexicon import DOUBLING, FORM_CUTS, LEMMA_FIXES, NOT_AN_EVENT, Cond, Lexicon, Trigger
from .text import fold, singular
from .tree import ReadToken

# ---------------------------------------------------------------------------------------------
# Rule sets

#: Subjects, objects and agents in spaCy's English dependency scheme.
SUBJ = frozenset({"nsubj", "csubj", "expl"})
PASS_SUBJ = frozenset({"nsubjpass", "csubjpass"})
OBJ = frozenset({"dobj", "obj"})
#: Clausal complements a speech verb reports.
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
#: Head nouns of a label whose of-phrase names a kind of act ("an instrument of creeping annexation").
LABEL_HEADS = frozenset({"instrument", "tool", "act", "means", "weapon", "policy", "campaign", "form", "kind", "case"})
#: What a note of protest is written on ("sent a note of protest", "a letter of complaint"), and the kinds it names.
PROTEST_CARRIERS = frozenset({"note", "letter", "message", "telegram", "cable"})
PROTEST_KINDS = frozenset({"protest", "complaint"})
#: Words that make a target or an attack a drill ("mock enemy warships", "a simulated militant camp").
MOCK_WORDS = frozenset({"mock", "dummy", "simulated", "imaginary", "practice", "decoy"})
#: Nouns of orders a hyphenated verb phrase may name the kind of ("shoot-to-kill powers", "a shoot-on-sight curfew").
HYPHEN_ORDER_NOUNS = frozenset({"power", "order", "curfew", "policy", "rule", "command", "instruction", "directive", "authority", "law"})
#: What a threat foretells an act "would be met with" ("force", "a firm response").
RETALIATION_NOUNS = frozenset({"force", "response", "retaliation", "reprisal", "firmness", "violence", "fire", "action", "measure",
                               "march", "attack", "strike", "consequence"})
#: What a threat foretells an act "would be treated as" ("a cause for war", "an act of aggression").
WAR_CAUSE_NOUNS = frozenset({"cause", "casus", "act", "declaration", "provocation", "aggression"})
#: Types of stance whose act a participle after a comma may tell again ("rejected the plan, dismissing it as …").
ELABORATED_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONCEDE", "REQUEST"})
#: Acts a participle of another type may tell again: yielding told as easing ("opened three corridors for relief
#: convoys, easing restrictions") and giving way told as a promise ("bowed to the opposition's demand, promising to resign").
ELABORATING_PAIRS = frozenset({("RETREAT", "CONCEDE"), ("CONCEDE", "RETREAT"), ("CONCEDE", "AGREE"), ("SUPPORT", "CONCEDE")})
#: Of those, pairs where the participle says what the act was: "recognised the right of Mayan communities to be taught
#: in their languages, meeting a long-standing demand" grants a demand (CONCEDE), it does not praise.
RETYPING_PAIRS = frozenset({("SUPPORT", "CONCEDE")})
#: Parts of a flow of money or aid ("turned off the tap of military aid", "the next instalment of a loan").
SUPPLY_PARTS = frozenset({"tap", "instalment", "installment", "tranche", "flow", "spigot", "disbursement", "payment"})
#: What a lawsuit claims ("seeking damages").
DAMAGES_NOUNS = frozenset({"damage", "damages", "compensation", "redress", "reparation", "reparations", "restitution"})
#: Prepositions whose object is the recipient, by PLOVER type (verbs).
RECIPIENT_PREPS: dict[str, frozenset[str]] = {
    "AGREE": frozenset({"with", "to"}),
    "CONSULT": frozenset({"with", "between"}),
    "SUPPORT": frozenset({"for", "to", "behind"}),  # ("threw his support behind the premier")
    "CONCEDE": frozenset({"to", "for"}),  # ("an amnesty for political prisoners")
    "COOPERATE": frozenset({"with", "to"}),
    "AID": frozenset({"to", "for", "into"}),
    "RETREAT": frozenset({"from", "to"}),
    "REQUEST": frozenset({"on", "upon", "to", "from", "with"}),  # "pleaded with the European Community"
    "ACCUSE": frozenset({"against", "over", "about", "at", "into"}),
    "REJECT": frozenset({"to", "from"}),  # "refused entry to Ghanaians", "turned down a proposal from Beijing"
    "THREATEN": frozenset({"against", "to"}),
    "PROTEST": frozenset({"against", "at"}),
    "SANCTION": frozenset({"on", "against", "to"}),
    "MOBILIZE": frozenset({"against"}),
    "COERCE": frozenset({"against", "on", "from", "to"}),
    "ASSAULT": frozenset({"on", "against", "at", "into", "towards", "toward", "through"}),  # ("fired 150 rockets towards Israel", "ripped through a market")
    "STATEMENT": frozenset({"to"}),
}
#: Nominal events whose "of"-phrase and possessor name the one it happens to ("the arrest of X").
PATIENT_NOUN_FINES = frozenset({"Arrest", "Release", "Killing", "Deportation", "Conviction", "Charge"})
#: Nominal events whose "of"-phrase names the one who does it ("the withdrawal of troops").
AGENT_OF_MODES = frozenset({"withdraw", "disarm", "resign", "demo", "riot", "strike", "hunger", "peacekeeping", "troops", "police"})
#: Participles that name who is behind an event noun ("a strike called by the unions").
CALLING_VERBS = frozenset({"call", "organize", "organise", "stage", "lead", "launch", "carry", "mount", "conduct",
                           "hold", "sponsor", "back", "instigate", "orchestrate", "announce", "declare"})
#: Time limits given for an act ("gave them 48 hours to leave").
DEADLINE_NOUNS = frozenset({"hour", "day", "week", "month", "deadline"})
#: Verbs that say an event noun (their subject) happened ("fighting broke out", "clashes erupted").
OCCURRENCE_VERBS = frozenset({"break", "erupt", "flare", "rage", "continue", "resume", "escalate", "intensify", "spread",
                              "begin", "start", "take", "occur", "ensue", "persist"})
#: Verbs of handing something to someone, whose passive subject receives it ("was handed a protest note").
GIVING_VERBS = frozenset({"hand", "give", "serve", "present"})
#: Light verbs whose to-phrase names whom the act is addressed to ("sent a note of protest to New Delhi").
ADDRESSING_VERBS = frozenset({"send", "deliver", "hand", "submit", "address", "convey", "forward", "dispatch", "despatch"})
#: Verbs whose object noun is the event itself ("held talks", "launched an attack").
LIGHT_VERBS = frozenset({
    "hold", "stage", "launch", "carry", "conduct", "make", "issue", "mount", "begin", "start",
    "organize", "organise", "lead", "continue", "resume", "join", "go", "take", "have", "file",
    "level", "bring", "publish", "announce", "unleash", "wage", "pay", "end", "enforce", "observe", "keep", "maintain",
    "reach", "sign", "impose", "give", "extend", "accept", "express", "deliver", "send",
    "renew", "undertake", "open", "reopen", "initiate", "intensify", "complete", "step", "engage", "enter", "attend", "host", "convene", "lodge", "register", "voice", "offer", "submit",
    "signal", "show", "indicate", "declare", "press", "raise", "tender", "slap", "hand", "cast", "wind", "wound",
    "conclude", "finish", "convey",
})
#: Verbs whose subject undergoes the event noun they take ("faced charges", "suffered an attack").
#: Relative pronouns: as a relative clause's subject they stand for the noun the clause tells of.
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
#: Verbs of dying: the outcome of an act told beside it, not an act of their own.
OUTCOME_LEMMAS = frozenset({"die", "succumb", "perish"})
#: Marks of a clause that tells an act before or after another ("after rockets were fired").
SEQUENCE_MARKS = frozenset({"after", "before", "until", "since"})
#: Verbs whose object is a weapon sent at a target ("fired rockets at the town").
LAUNCHING_VERBS = frozenset({"fire", "launch", "lob", "drop"})
#: Intransitive verbs of a device going off: never passive, whatever they are joined to.
BURSTING_VERBS = frozenset({"explode", "detonate", "go", "blow", "burst"})
#: Verbs of violent acts whose toll a participle clause may tell (", killing two").
STRIKING_VERBS = frozenset({"attack", "fire", "shoot", "strike", "ambush", "storm", "raid", "shell", "bomb", "open", "clash", "stab"})
#: Verbs whose subject gets what the from-phrase gives ("received 20 tanks from Poland").
RECEIVING_VERBS = frozenset({"receive", "obtain"})
#: Verbs of letting someone somewhere ("allowed convoys into the zone").
LETTING_VERBS = frozenset({"allow", "let", "permit"})
#: Phrases whose subject gets what the from-phrase gives ("took delivery of two helicopters from India").
RECEIVING_PHRASES = frozenset({("take", "delivery")})
UNDERGOING_VERBS = frozenset({"receive", "face", "suffer", "get", "undergo", "endure", "sustain", "survive", "escape", "await", "stand"})
#: Light head nouns whose event-noun modifier is the event ("a mediation effort", "a rescue mission").
LIGHT_NOUNS = frozenset({
    "effort", "mission", "bid", "process", "attempt", "campaign", "operation", "drive", "round",
    "initiative", "session", "plan", "programme", "program", "move", "spree",
})
#: Prepositions that introduce what a verbal interaction is about ("talks on a pullback").
TOPIC_PREPS = frozenset({"on", "over", "about", "regarding", "concerning", "for"})
#: Types whose topic is prospective: an event named as their subject matter is not asserted.
PROSPECTIVE_TYPES = frozenset({"CONSULT", "AGREE", "REQUEST", "REJECT", "THREATEN"})
#: Pronouns for anyone of a kind ("those who …", "anyone who …").
GENERIC_PRONOUNS = frozenset({"those", "anyone", "anybody", "whoever", "everyone", "everybody"})
#: What one makes of an act one means to do ("made ending the war his top priority").
PRIORITY_NOUNS = frozenset({"priority", "goal", "aim", "objective", "mission", "task"})
#: Nouns of a condition set on something still to come ("made mediation a precondition for talks").
CONDITION_NOUNS = frozenset({"condition", "precondition", "prerequisite", "requirement"})
#: Words of a verdict whose of-phrase names the offence ("found guilty of murder").
VERDICT_WORDS = frozenset({"guilty", "innocent", "culpable", "liable"})
#: Nouns of getting ready for something still to come ("a rehearsal for an invasion").
REHEARSAL_NOUNS = frozenset({"rehearsal", "preparation", "preparations", "run-up"})
#: Participles of those held captive ("soldiers held by rebels").
CAPTIVE_VERBS = frozenset({"hold", "detain", "kidnap", "capture", "seize", "abduct", "imprison", "jail", "keep"})
#: Heads under which an embedded event is only wanted, planned, demanded or threatened.
HYPOTHETICAL_HEADS = frozenset({
    "threaten", "demand", "call", "urge", "ask", "plan", "want", "intend", "seek", "aim", "propose",
    "offer", "promise", "pledge", "vow", "hope", "try", "attempt", "expect", "plot", "prepare",
    "consider", "push", "press", "appeal", "request", "warn", "agree", "decide", "vote", "order",
    "need", "allow", "permit", "wish", "prefer", "insist", "recommend", "suggest",
    "advocate", "pressure", "encourage", "invite", "threat", "plea", "intention",
    "ready", "willing", "likely", "able", "set", "due", "prepared", "determined", "poised", "deadline", "ultimatum", "let",
    "possibility", "prospect", "option", "spectre", "specter", "readiness", "willingness", "opportunity", "chance",
    "fear", "risk", "danger", "plead", "consent", "preparation", "capable", "require", "timetable", "roadmap", "ensure", "schedule", "insistence", "instruct", "direct", "authorize", "authorise", "command", "mandate", "pave",
    "weigh", "mull", "contemplate", "ponder", "design", "mean",  # ("a programme designed to help states curb …")
    "afraid", "scared", "fearful", "wary",  # ("was not afraid of being arrested")
    "warrant",  # ("issued a warrant for his arrest")
    "rehearse", "simulate",  # ("rehearsing amphibious landings and airborne assaults")
    "invitation",  # ("spurned an invitation to the national dialogue conference")
})
#: Verbs of destroying property (COERCE rows): a disaster that does it is no doer.
DESTROYING_VERBS = frozenset({"flatten", "raze", "destroy", "demolish", "wreck", "level", "torch", "burn"})
#: Verbs a market quantity is the subject of ("demand from China keeps growing"): "demand" there is no request.
MARKET_VERBS = frozenset({"grow", "rise", "fall", "slow", "slump", "increase", "decline", "weaken", "soar", "outstrip",
                          "exceed", "outpace", "surge", "drop", "ease", "recover", "pick", "remain", "keep", "stay", "fuel", "drive", "boost"})
#: Words that leave a report unconfirmed ("unconfirmed reports said …"): what it says is not asserted.
UNCONFIRMED_WORDS = frozenset({"unconfirmed", "unverified", "unsubstantiated", "uncorroborated"})
#: Verbs of asking someone to act; an infinitive the parser hangs on them as a purpose is what is asked.
ASKING_HEADS = frozenset({"call", "urge", "ask", "press", "appeal", "pressure", "encourage", "invite", "tell", "implore",
                          "beg", "exhort", "prod", "nudge", "petition"})
#: Verbs whose infinitive complement (only) is wanted or promised, not done: "undertook to supply", "volunteered
#: to broker", "petitioned the UN to appoint" (their objects are done: "undertook reforms", "volunteered information").
COMPLEMENT_INTENT_HEADS = frozenset({"undertake", "volunteer", "commit", "petition", "prod", "nudge", "beg", "implore",
                                     "exhort", "entreat", "beseech", "lobby", "clamour", "clamor", "goad", "coax"})
#: Nouns of a stance voiced or expressed: their phrase names whom it is aimed at ("displeasure at Hungary's decision").
STANCE_NOUNS = frozenset({"concern", "regret", "displeasure", "anger", "outrage", "disappointment", "dissatisfaction",
                          "indignation", "dismay", "alarm", "reservation", "opposition", "support", "solidarity",
                          "sympathy", "condolence", "gratitude", "appreciation", "satisfaction", "confidence"})
#: Nouns that, with "no", deny the clause they introduce ("no evidence that she had been assaulted").
EVIDENCE_NOUNS = frozenset({"evidence", "sign", "proof", "indication", "trace", "suggestion", "confirmation", "report"})
#: Reflexive pronouns: an assault on oneself is none.
REFLEXIVES = frozenset({"himself", "herself", "themselves", "myself", "yourself", "ourselves"})
#: Units of money: a number of them counts no one.
CURRENCY_WORDS = frozenset({"dollar", "euro", "pound", "yen", "yuan", "rupee", "rouble", "ruble", "franc", "peso", "dinar",
                            "riyal", "shekel", "lira", "naira", "rand", "won", "crore", "lakh"})
#: Verbs of taking people captive: their agent holds them ("hostages seized by gunmen").
CAPTURE_LEMMAS = frozenset({"seize", "hold", "kidnap", "abduct", "capture", "take", "detain", "arrest", "jail", "imprison"})
#: Verbs a headline uses in the passive without "was" ("Journalist arrested", "Protester killed as …"): with no
#: object of their own, the noun before them undergoes them.
UNDERGONE_IN_HEADLINES = frozenset({"kill", "arrest", "detain", "jail", "injure", "wound", "shoot", "abduct", "kidnap",
                                    "sentence", "convict", "free", "release", "deport", "expel", "execute", "hang"})
#: Nouns of an effort an act is part of: whoever acts does the effort ("raided homes as part of an investigation").
EFFORT_NOUNS = frozenset({"investigation", "probe", "inquiry", "crackdown", "operation", "offensive", "campaign", "drive",
                          "sweep", "hunt", "manhunt", "search"})
#: Words that name the police themselves ("police said"; "a police spokesman" speaks for them, the arrest is theirs).
POLICE_WORDS = frozenset({"police", "policeman", "policemen", "cop", "cops", "constabulary", "gendarmerie", "gendarmes"})
#: Words that make a name a building or venue rather than a doer ("the Cafetería Rolando bombing").
FACILITY_WORDS = frozenset({"cafe", "cafeteria", "hotel", "restaurant", "bar", "club", "market", "mall", "mosque", "church",
                            "temple", "synagogue", "shrine", "school", "university", "college", "hospital", "station",
                            "airport", "stadium", "bank", "embassy", "consulate", "theatre", "theater", "museum", "plaza"})
#: Buildings and places an attack hits: no relative clause on them tells of a doer ("the bombing of a bank
#: branch that wounded six": the bombing wounded them).
STRUCTURES = FACILITY_WORDS | frozenset({"office", "branch", "building", "base", "compound", "checkpoint", "post", "house",
                                         "home", "headquarters", "centre", "center", "bridge", "village", "town", "city",
                                         "district", "area", "neighbourhood", "neighborhood", "ministry", "court", "palace"})
#: Nouns of purpose: what their of-phrase names has the purpose, and happened ("the aim of the attacks").
# predicates that rule their (gerund) subject out: "lifting the embargo is unthinkable"
RULED_OUT_WORDS = frozenset({"unthinkable", "impossible", "inconceivable", "unacceptable", "premature", "unrealistic"})
PURPOSE_NOUNS = frozenset({"aim", "goal", "purpose", "intention", "motive", "objective"})
#: Verbs of going somewhere: their purpose infinitive is an errand, intended and not yet done.
ERRAND_VERBS = frozenset({"go", "come", "arrive", "rush", "travel", "head", "return", "reach", "fly", "drive", "walk", "visit"})
#: Adjectives that say what kind of force an act uses ("a military offensive", "a naval blockade").
KIND_ADJECTIVES = frozenset({"military", "naval", "aerial", "armed", "paramilitary"})
#: Verbs whose infinitive happened ("managed to arrest", "went on to arrest").
IMPLICATIVE_HEADS = frozenset({"manage", "succeed", "begin", "start", "continue", "go", "proceed", "move", "help", "come", "get", "enable"})
#: Acts a vote performs ("voted to reject the plan", "voted to condemn"); other acts voted for are decided, not
#: done ("voted to lift the embargo": an agreement to lift it), except a change of the law the vote itself makes
#: ("voted to legalise opposition parties", "voted to repeal the article").
VOTED_ACTS = frozenset({"REJECT", "SUPPORT", "ACCUSE", "AGREE", "SANCTION", "REQUEST"})
#: Concessions a vote makes by itself, being changes of the law (see VOTED_ACTS).
LEGISLATING_VERBS = frozenset({"legalise", "legalize", "repeal", "abolish", "decriminalise", "decriminalize", "amend", "scrap"})
#: … and so are these when what they undo is a law of the land ("voted to drop the ban on Chinese-language publications";
#: "voted to lift the suspension of Syria" is a decision still to carry out, an AGREE).
UNDOING_VERBS = frozenset({"drop", "lift", "revoke", "rescind", "relax", "ease"})
#: … and so are these when the voters end their own protest ("voted to call off the strike", "to return to work").
STRIKE_ENDING_VERBS = frozenset({"return", "call", "end", "suspend", "halt", "abandon"})
LAW_NOUNS = frozenset({"ban", "law", "restriction", "curfew", "decree", "censorship", "emergency", "prohibition", "moratorium"})
#: Nouns of intention whose infinitive clause is not (yet) done ("a consensus to exchange
#: information"); an event noun under them stays asserted ("the decision to carry out the attacks").
NOUN_INTENT_HEADS = frozenset({
    "consensus", "agreement", "deal", "accord", "offer", "pledge", "proposal", "commitment", "decision",
    "readiness", "willingness", "bid", "effort", "attempt", "ultimatum", "call", "appeal", "request",
    "invitation", "plan", "permission", "bill", "resolution", "motion", "promise", "understanding",
    "arrangement", "pact", "treaty", "memorandum", "right", "instruction", "directive",
    # ("despite a NATO deadline to pull back", "the power to dissolve parliament", "an order to arrest him")
    "deadline", "order", "power", "authority", "mandate",
    # ("boosting its ability to strike at guerrilla strongholds": what one can do is not done)
    "ability", "capability", "capacity", "means", "opportunity", "chance",
    # ("under a programme to train troops": what a scheme is for)
    "programme", "program", "scheme", "initiative", "project", "strategy",
})
#: Verbs of what befalls one who does not comply ("… or face a bloodbath").
PENALTY_VERBS = frozenset({"face", "risk", "suffer", "incur"})  # (forms as written after "or")
#: Nouns of demanding whose that-clause is what is demanded ("demands that he step down").
DEMAND_NOUNS = frozenset({"demand", "call", "appeal", "request", "insistence", "ultimatum", "plea", "proposal", "suggestion",
                          "recommendation", "condition", "precondition", "stipulation"})
#: Verbs of appealing to someone by a preposition: the one appealed to is to act ("called on X to resign").
APPEAL_VERBS = frozenset({"call", "appeal", "prevail", "plead", "press"})
#: Verbs whose infinitive is the doer's own intended act, even where the parser reads it as a purpose
#: ("Armenian irregulars threatened on Saturday to storm the town"; unlike "troops deployed to quell the riots").
INTENT_VERBS = frozenset({"threaten", "vow", "pledge", "promise", "refuse", "agree", "decide", "offer", "plan", "try",
                          "seek", "hope", "want", "decline", "fail", "demand", "warn", "intend"})
#: Nouns of asking: whom one is given to is to do what its infinitive says ("gave orders to the troops to fire").
ASKING_NOUNS = frozenset({"order", "instruction", "directive", "ultimatum", "call", "appeal", "request", "command"})
#: Verbs whose object does what their infinitive says ("urged X to …", "prompting the personnel to open fire").
OBJECT_CONTROL = frozenset({
    "urge", "ask", "order", "force", "tell", "call", "invite", "allow", "pressure", "press", "encourage",
    "persuade", "demand", "prompt", "compel", "oblige", "cause", "provoke", "lead", "enable", "instruct",
    "direct", "authorize", "authorise", "permit", "help",
})
#: Passive verbs whose subject is the doer of their infinitive ("is expected to deploy").
RAISING = frozenset({"expect", "set", "schedule", "slate", "poise", "suppose", "say", "believe", "report", "think",
                     "know", "bind", "rumour", "rumor"})
#: What a warning may say will befall its addressee: a threat, not a forecast ("warned that sanctions would follow").
PENALTY_NOUNS = frozenset({"sanction", "action", "consequence", "retaliation", "reprisal", "measure", "force", "strike", "attack",
                           "war", "penalty", "punishment", "response", "step", "embargo", "boycott", "military", "army", "troop"})
#: Verbs of making or opening a work (and of taking down what divides: "dismantled customs posts").
LINKING_VERBS = frozenset({"open", "reopen", "inaugurate", "launch", "build", "complete", "commission", "create",
                           "establish", "dismantle", "remove", "lay", "construct", "unveil", "connect"})
#: Works that join two countries ("opened a 1,000-km oil pipeline linking the two countries", "a ferry route
#: across the lake", "dismantled customs posts along their border"): what two countries open, build or remove of
#: them together is cooperation.
LINK_WORKS = frozenset({"pipeline", "route", "link", "corridor", "bridge", "railway", "railroad", "highway", "tunnel",
                        "ferry", "crossing", "zone", "post", "checkpoint", "line", "connection", "interconnector", "service"})
#: Any of them in a sentence's text (singular or plural): only then is a joint work looked for.
LINK_RE = re.compile(r"\b(?:(?:" + "|".join(sorted(LINK_WORKS)) + r")s?|ferries)\b")
#: What two sides do "jointly" that is no material cooperation: speaking, meeting, proposing (those have types of their own).
JOINT_WORDS_NOT_WORKS = frozenset({"statement", "declaration", "communique", "communiqué", "conference", "appeal", "call", "letter",
                                   "commission", "committee", "council", "body", "panel", "forum", "group",
                                   "proposal", "plan", "bid", "briefing", "session", "meeting", "talk", "visit", "resolution",
                                   "news", "press", "memorandum", "warning", "protest", "demand", "position", "stance", "view"})
#: Speakers who forecast what others may do: their "could … if" is no threat.
FORECASTER_NOUNS = frozenset({"analyst", "expert", "observer", "economist", "commentator", "pundit", "scholar", "specialist",
                              "strategist", "forecaster", "researcher", "academic"})
#: Measures whose easing or lifting is a concession or retreat ("the lifting of sanctions on Iran").
EASED_MEASURES = frozenset({"sanction", "embargo", "boycott", "blockade", "siege", "freeze", "ban", "restriction", "curfew"})
#: Rumours: what a clause after them says is not asserted.
RUMOUR_WORDS = frozenset({"rumours", "rumors", "rumour", "rumor"})
#: Verbs of forcing someone to act: coercion when someone forces, not when a circumstance does.
FORCING_VERBS = frozenset({"force", "compel", "oblige"})
#: Verbs of trying: an attack tried is an attack made ("attempted to assassinate").
ATTEMPT_HEADS = frozenset({"attempt", "try"})
#: Heads under which an embedded event is denied or refused.
NEGATING_HEADS = frozenset({"stall", "deny", "refuse", "decline", "fail", "failure", "reject", "dismiss", "denial", "refusal", "rebuff", "avoid", "stop", "prevent", "halt", "balk", "block",
                            "fake", "feign", "fabricate", "forestall", "avert", "foil", "thwart", "preempt", "pre-empt", "veto"})
#: Cognitive verbs that leave an embedded event unconfirmed when negated ("did not confirm").
UNCONFIRMED_HEADS = frozenset({"confirm", "say", "report", "announce", "know", "verify", "acknowledge", "state", "believe"})
#: Auxiliaries that make an event future or possible.
MODAL_AUX = frozenset({"will", "would", "could", "may", "might", "shall", "should", "can", "must", "'ll", "wo", "ca"})
#: Subordinators that make a clause conditional.
CONDITIONAL_MARKS = frozenset({"if", "unless", "lest", "whether"})
#: Words in whose scope "any" means none, or one not yet come ("before any talks", "neither side had shown any
#: willingness", "ruled out any negotiation").
DENIAL_CUES = frozenset({"nothing", "never", "without", "neither", "nor", "no", "before", "if", "unless", "whether", "until"})
DENIAL_HEADS = frozenset({"deny", "refuse", "reject", "rule", "avoid", "prevent", "oppose", "forbid", "prohibit", "ban",
                          "bar", "resist", "preclude", "exclude", "doubt", "await", "insist", "insistence", "conditional",
                          "condition", "demand", "want", "seek"})
#: Verbs of calling for something: "calling for X to step aside" asks; X has not stepped aside.
CLAMOUR_VERBS = frozenset({"call", "press", "push", "appeal", "plead", "clamour", "clamor", "campaign", "lobby",
                           "agitate", "demand", "ask", "wait", "pray", "vote"})
#: Verbs of a crowd's voice or march whose for-phrase is what it demands ("chanting for the withdrawal of troops").
CHANTING_VERBS = frozenset({"chant", "shout", "cry", "march", "rally", "demonstrate", "protest", "strike", "fast", "sing"})
#: A negation and a future marker in a sentence's text: only then can it hold a refusal "would not attend …".
NEGATION_RE = re.compile(r"\b(?:not|never)\b|n't")
FUTURE_RE = re.compile(r"\b(?:will|would|shall|wo)\b|'ll")
#: "under pressure", "bowing to", "heeding calls": an act done to give way (see ``_concessions``).
YIELD_RE = re.compile(r"\b(?:[Uu]nder (?:\w+ )?pressure|[Bb]owing|[Hh]eeding|[Yy]ielding|[Cc]aving|[Gg]iving in|[Bb]uckling|[Ss]uccumbing|[Rr]elenting)\b")
#: "is to send", "intends to phase out": the other ways of stating what one will do.
INTENT_RE = re.compile(r"\b(?:is|are) to\b|\b(?:intend|plan|resolve)[sd]?\b|\b(?:intending|planning|resolving)\b")


def may_refuse(text: str) -> bool:
    """Whether a sentence's text has both a negation and a future marker, as any refusal "would not attend …" needs."""
    return NEGATION_RE.search(text) is not None and FUTURE_RE.search(text) is not None


#: Verbs whose future says nothing of intent ("would continue to", "will need", "would take time", "will face"):
#: no stated intention (AGREE) is read off them.
NO_INTENT_VERBS = frozenset({
    "be", "have", "do", "get", "become", "remain", "stay", "continue", "keep", "need", "want", "like", "try", "seek",
    "take", "make", "look", "see", "know", "think", "hope", "expect", "wait", "depend", "happen", "mean", "cost",
    "lose", "win", "fall", "rise", "grow", "suffer", "face", "last", "leave", "go", "come", "run", "say", "tell",
    "speak", "talk", "comment", "consider", "study", "review", "examine", "decide", "vote", "use", "play", "put",
    "let", "follow", "include", "require", "involve", "affect", "determine", "prove", "turn", "bring", "find",
    "show", "give", "raise", "increase", "mark", "reach", "hit", "spend", "fight", "contest", "challenge", "appeal",
    "respond", "react", "answer", "defend", "protect", "retaliate", "punish", "pay", "count", "watch", "monitor",
    "press", "serve", "push", "pursue", "carry", "record", "launch", "begin", "start", "stage", "mount", "conduct",
    "publish", "issue", "unveil", "outline", "detail", "explain", "reveal", "disclose",
    "stand", "undergo", "receive", "die", "survive"})  # ("would stand trial": a fate, not an intent)
#: Verbs of saying whose clause may state an intention ("said it would open three oil blocks").
INTENT_SPEECH = frozenset({"say", "announce", "tell", "declare", "state", "add", "confirm", "indicate", "disclose",
                           "reveal", "inform", "report"})
#: Verbs whose infinitive states an intention ("intends to phase out gas production").
INTENDING_VERBS = frozenset({"intend", "plan", "resolve"})


#: Participles of giving way ("bowing to weeks of protests", "heeding calls from the World Bank"): the act they
#: qualify is a concession.
YIELDING_PARTICIPLES = frozenset({"bow", "heed", "yield", "cave", "give", "buckle", "succumb", "accede", "relent"})
#: Words for what a side presses with and what is given way to ("despite appeals from traders", "under pressure from
#: Belgrade", "heeding calls"), as lemmas and as plural forms.
PRESSURE_NOUNS = frozenset({"pressure", "pressures", "protest", "protests", "demand", "demands", "call", "calls",
                            "appeal", "appeals", "outcry", "criticism", "strike", "strikes", "demonstrations",
                            "request", "plea", "urging", "objection", "opposition", "warning", "entreaty"})

#: Verbs of taking part: "will not attend / join / participate in" a meeting or an effort is a refusal.
PARTICIPATION_VERBS = frozenset({"attend", "join", "participate"})
#: Nouns of seeking something ("backing for the release of …"): what they are for has not happened.
SEEKING_NOUNS = frozenset({"backing", "support", "pressure", "campaign", "push", "call", "appeal", "plea", "demand",
                           "lobbying", "drive", "bid", "quest", "fight", "struggle", "clamour", "clamor", "agitation",
                           "petition", "request", "effort", "efforts"})
#: Verbs of letting: "will not allow / permit / let" someone do something is a refusal.
PERMITTING_VERBS = frozenset({"allow", "permit", "let"})
PERMIT_RE = re.compile(r"\b(?:allow|permit|let)", re.IGNORECASE)
#: Verbs of leaving a country: not being let do it is a restriction on movement (PLOVER COERCE 'restrict').
LEAVING_VERBS = frozenset({"leave", "travel", "exit", "depart"})
#: Verbs that keep someone "from" doing something ("prevented him from leaving the country").
PREVENTING_VERBS = frozenset({"prevent", "stop", "keep"})
#: A sentence that may tell of a travel ban by such verbs.
TRAVEL_BAN_RE = re.compile(r"\b(?:allow|permit|prevent|stopp?|kept|keep)\w*\b.{0,80}?\b(?:leav|left|travel|exit|depart)", re.IGNORECASE)
#: Subordinators of time that, with a present-tense verb, speak of the future ("before they leave").
FUTURE_MARKS = frozenset({"before", "until", "till", "once"})
#: Heads whose "of"/"for"/"with" gerund is an allegation ("accused of plotting", "arrested for spying").
ALLEGING_HEADS = frozenset({
    "accuse", "charge", "suspect", "arrest", "detain", "convict", "indict", "jail", "sentence", "prosecute",
    "blame", "allege", "try", "sue", "fine", "punish", "condemn", "criticize", "criticise", "denounce",
    # rebukes: "scolded Western leaders for turning their backs on …"
    "scold", "rebuke", "reprimand", "chide", "berate", "upbraid", "castigate", "lambaste", "fault", "assail", "blast",
    "slam", "attack",
    "accusation", "allegation", "suspicion", "suspected", "accused",
    # police paperwork: "booked for rioting", "a case against the landlord for assaulting his tenant"
    "book", "register", "case", "complaint", "fir", "warrant", "nab", "apprehend", "catch", "penalize", "penalise",
    # punishments: "held for harassing a student", "imposed sanctions on two firms for supplying drones"
    "hold", "impose", "expel",
    # ("rounded up 25 youths for violating prohibitory orders", "picked up for questioning")
    "round", "pick",
})
#: Words of intention: with harmful content they threaten, with cooperative content they agree.
INTENT_LEMMAS = frozenset({"promise", "pledge", "vow", "offer", "agree", "willing", "ready", "prepared", "commit", "undertake", "propose"})
#: Purposes that make sending forces an act of help ("sent troops to help restore order").
HELP_LEMMAS = frozenset({"help", "assist", "protect", "support", "restore", "secure", "guard", "defend", "keep", "rescue", "serve",
                         "evacuate", "stabilise", "stabilize", "monitor", "supervise", "train"})
#: Verbs of travel whose "for"/"on" event noun the traveller does ("arrived in Riyadh for talks").
MOTION_VERBS = frozenset({"arrive", "fly", "travel", "come", "go", "head", "leave", "depart", "visit", "return", "land", "stop",
                          "be", "meet", "gather", "convene"})
#: Reporting verbs that may come after their clause with the speaker after them ("…, alleged the family").
SPEECH_INVERSION = frozenset({"say", "allege", "claim", "add", "tell", "state", "report", "explain", "insist", "complain",
                              "charge", "counter", "note", "recall", "write"})
#: Nouns of an incident whose modifier names who did it ("in police custody", "in army shelling").
#: Forces a state or group moves ("pulled back its troops"): its own, never the recipient.
FORCE_LEMMAS = frozenset({"troop", "force", "soldier", "army", "unit", "presence", "contingent", "garrison", "deployment",
                          "battalion", "brigade", "division", "fighter", "militia"})
#: Participles that describe who stands behind a noun ("forces backed by tanks") or where it stands ("truckers
#: opposed to the mandates", "groups allied with the army"), not a new event.
DESCRIBING_PARTICIPLES = frozenset({"back", "support", "arm", "fund", "finance", "sponsor", "train", "equip", "supply",
                                    "oppose", "ally", "align", "affiliate", "link", "loyal"})
#: What intelligence services and police hand over ("information supplied by Jordanian intelligence").
INFORMATION_NOUNS = frozenset({"information", "intelligence", "data", "tip", "tip-off", "evidence", "detail", "file", "record"})
#: What a toll leaves people ("left 20 dead", "left thousands homeless").
TOLL_WORDS = frozenset({"dead", "injured", "wounded", "homeless", "hurt", "stranded"})
#: Disasters, accidents and illnesses: deaths they cause are no assault.
NATURAL_CAUSES = frozenset({"earthquake", "quake", "flood", "flooding", "storm", "cyclone", "hurricane", "typhoon", "tornado",
                            "landslide", "mudslide", "avalanche", "tsunami", "drought", "famine", "heatwave", "disease",
                            "epidemic", "outbreak", "cholera", "malaria", "virus", "pandemic", "accident", "crash",
                            "collision", "stampede", "lightning", "eruption", "illness", "cancer", "rain", "snowstorm",
                            "blizzard", "wildfire", "derailment", "capsizing", "shipwreck", "monsoon", "disaster", "leak",
                            "stroke", "infection", "pneumonia", "tuberculosis", "ailment", "overdose", "covid", "covid-19",
                            "coronavirus", "age", "tragedy", "poisoning", "collapse", "cave-in", "blaze", "inferno",  # ("died of old age")
                            # ("died during delivery", "died of drowning")
                            "delivery", "childbirth", "surgery", "treatment", "drowning", "electrocution", "snakebite",
                            "heatstroke", "dengue", "fever", "jaundice", "hypothermia", "dehydration",
                            # ("died in jail due to lack of medical care"; "the elephant that strayed … killed a worker")
                            "lack", "negligence", "starvation", "hunger", "exhaustion",
                            # ("an old man dying of diabetes and one of the children from leukemia")
                            "diabetes", "diabete", "leukemia", "leukaemia", "aids", "hiv", "measles", "ebola", "flu", "influenza",
                            "hemorrhage", "haemorrhage", "tumour", "tumor", "asthma", "complication", "sepsis",
                            "meningitis", "typhoid", "diarrhoea", "diarrhea", "plague", "hepatitis", "bacteria",
                            "cause",  # ("died of natural causes", "died of different causes")
                            # ("sanctions were killing thousands of children"): a policy blamed, no one attacking
                            "sanction", "embargo", "poverty", "pollution"})
#: Purposes that make forces sent somewhere an act of protection or relief, when that is another country or a disaster.
PROTECTING_LEMMAS = frozenset({"protect", "shield", "guard", "escort", "shore", "evacuate", "rescue", "help", "assist", "defend"})
#: Words of a disaster forces are sent to fight ("to shore up crumbling dykes", "to help flood victims").
DISASTER_WORDS = NATURAL_CAUSES - {"age", "cause", "sanction", "embargo", "poverty", "pollution", "lack", "negligence",
                                   "tragedy", "accident", "crash", "collision", "stampede"} | {"dyke", "dike", "levee", "victim", "survivor"}
#: Wild and stray animals: one that kills or mauls is no doer (only the noun itself: "Tamil Tiger bombers" are people).
ANIMALS = frozenset({"elephant", "tiger", "leopard", "bear", "crocodile", "wolf", "lion", "boar", "bull", "snake", "dog"})
#: Vehicles and falling things: one that hits, rams or runs over another vehicle is a road accident.
VEHICLES = frozenset({"truck", "lorry", "mini-lorry", "bus", "car", "tempo", "tractor", "train", "vehicle", "suv", "jeep", "dumper",
                      "tanker", "van", "autorickshaw", "auto", "motorcycle", "motorbike", "bike", "two-wheeler", "scooter",
                      "trailer", "cab", "taxi", "boulder", "tree", "wall", "wheeler"})
#: Verbs of one thing striking another.
COLLIDING_VERBS = frozenset({"hit", "ram", "run", "mow", "crush", "knock", "smash", "strike"})
#: Organs whose failure is an illness ("a heart attack", "cardiac arrest", "renal failure").
ORGANS = frozenset({"heart", "cardiac", "respiratory", "kidney", "renal", "liver", "brain", "lung", "multi-organ", "organ",
                    "cardio-respiratory", "cardiopulmonary", "heat"})
#: Nouns of being ready to act: showing none is a refusal ("showed no willingness to back down").
READINESS_NOUNS = frozenset({"willingness", "readiness", "inclination", "intention", "desire", "appetite"})
#: Verbs that show such readiness (or its absence).
SHOWING_VERBS = frozenset({"show", "display", "express", "signal", "indicate", "give"})
#: Words of hoping, fearing and expecting: a will-clause under them is no one's stated intention.
HOPING_WORDS = frozenset({"hope", "fear", "expect", "expectation", "doubt", "wonder", "worry", "speculation", "speculate",
                          "predict", "prediction", "bet", "optimism", "pessimism", "wish", "dream", "suspect", "guess",
                          "forecast", "anticipate", "confident", "confidence", "optimistic", "pessimistic", "convinced",
                          "certain", "sure", "believe", "belief"})
#: Words of approaching: an event noun they lead "to" is not reached yet.
APPROACH_WORDS = frozenset({"close", "closer", "near", "nearer", "move", "step", "edge", "inch", "progress", "path", "road", "way"})
#: Nouns of the edge an event is brought to but not over: their of-phrase did not happen ("the brink of armed clashes").
BRINK_NOUNS = frozenset({"brink", "verge", "edge", "threshold"})
#: Verbs that foretell what their object will be ("a build-up that heralded a full-scale invasion").
FORETELLING_VERBS = frozenset({"herald", "presage", "portend", "foreshadow", "augur", "foretell", "prefigure"})
#: Verbs of a fate still ahead of whoever "faces" it ("refugees facing deportation", "risked arrest").
PENDING_FATE_VERBS = frozenset({"face", "risk", "await"})
#: Nouns of the particulars of a topic ("over the terms of an amnesty", "on the details of a pullback").
TERMS_NOUNS = frozenset({"term", "terms", "detail", "modality", "modalities", "condition", "timing", "timetable", "scope", "shape", "mechanics", "details", "pace", "speed", "extent", "size", "sequence", "schedule"})
#: Sectors of the state's own arms, whose holding someone is an arrest ("held by police").
STATE_SECTORS = frozenset({"COP", "JUD", "GOV", "MIL", "SPY"})
#: What is offered to whoever does something ("an amnesty for insurgents who surrender", "a reward for anyone who …").
OFFERED_NOUNS = frozenset({"amnesty", "pardon", "reward", "bounty", "offer", "incentive", "guarantee", "scheme", "programme",
                           "program", "deadline", "ultimatum"})
#: Words of a peacekeeping force ("to serve with the U.N. Interim Force in Lebanon").
PEACEKEEPING_WORDS = frozenset({"peacekeeping", "peace-keeping", "peacekeepers", "u.n.", "un", "unifil", "unprofor", "ecomog", "unamsil",
                                "monuc", "minustah", "interim", "stabilisation", "stabilization", "observer", "multinational"})
#: Prepositions of an exception ("except in a prisoner exchange", "barring a ceasefire").
EXCEPTING_PREPS = frozenset({"except", "barring", "save", "excepting"})
#: Participles that tell what an act finishes ("…, completing the demobilisation of the force").
COMPLETING_VERBS = frozenset({"complete", "conclude", "finish", "wrap", "cap"})
#: Verbs of gathering support for a party or a bid ("canvassed support among Islamic states for the PLO's bid").
CANVASSING_VERBS = frozenset({"canvass", "marshal", "marshall", "rally", "drum", "muster", "lobby"})
#: Nouns of an act that name how another act was done, after "in" ("rescued 12 hostages in a dawn raid", "marched …
#: in the largest rally in a decade").
MANNER_NOUNS = frozenset({"raid", "swoop", "sweep", "operation", "rally", "protest", "demonstration", "march", "show"})
#: Participles that tell what an act makes possible (", allowing them to return", ", clearing the way for …").
ENABLING_VERBS = frozenset({"allow", "permit", "enable", "clear", "pave", "open"})
#: Types of acts whose enabling participle tells a consequence, not a second act.
YIELDING_TYPES = frozenset({"CONCEDE", "RETREAT", "AGREE", "SUPPORT"})
#: Acts that two sides do to each other's goods, sites or people by agreement ("inspecting each other's installations").
MUTUAL_TYPES = frozenset({"ACCUSE", "CONCEDE", "RETREAT", "AID"})
#: Nouns of a part of a process ("…, the first phase of their demobilisation").
PART_NOUNS = frozenset({"phase", "step", "stage", "part", "round", "instalment", "installment", "leg", "day"})
#: Verbs whose object is what is talked about, not done ("discussed by telephone the pullout of the last brigades"); not
#: verbs of looking into what happened ("examined the bombing"), nor "negotiate" (a release negotiated took place).
DISCUSSING_VERBS = frozenset({"discuss", "debate", "explore", "broach"})
#: What talks are about that is still to come (a pullout, a release, aid); an attack or an arrest discussed took place.
PROSPECTIVE_TOPIC_TYPES = frozenset({"RETREAT", "AID", "COOPERATE", "CONCEDE", "AGREE", "CONSULT", "SUPPORT"})
#: Verbs of driving people from their homes by force ("forced some 30,000 ethnic Georgians out of the Gali district").
FORCING_OUT_VERBS = frozenset({"force", "drive", "herd", "push", "chase", "hound"})
#: Nouns of an aim striven for, whose infinitive is not yet done ("in a bid to broker the return of …"; a "decision to
#: carry out" attacks may tell attacks that took place).
AIM_NOUNS = frozenset({"bid", "effort", "attempt", "drive", "push", "plan", "proposal", "offer", "agreement", "deal", "accord",
                       "pact", "call", "appeal", "demand", "request", "threat", "pledge", "promise", "intention", "ultimatum"})
#: What a party's backers rally support for ("for the PLO's bid", "on behalf of Argentina's claim").
BID_NOUNS = frozenset({"bid", "claim", "candidacy", "candidate", "cause", "coalition", "campaign", "application", "membership",
                       "nomination", "case", "position", "proposal", "plan", "demand", "government", "regime"})
#: Verbs of bidding someone do something, whose infinitive is not yet done ("telling them to relinquish power", "giving
#: striking miners until noon to return to work").
BIDDING_VERBS = frozenset({"tell", "order", "urge", "ask", "instruct", "direct", "command", "advise", "summon", "press", "give", "grant"})
#: Sites an armed side holds, named by whose they are ("ANC bases", "rebel camps").
SITE_NOUNS = frozenset({"base", "camp", "position", "post", "outpost", "stronghold", "hideout", "headquarters", "office",
                        "training", "installation", "facility", "target"})
#: Words of a peacekeeping force troops are sent to ("to the ECOMOG peacekeeping force in Liberia").
PEACEKEEPING_FORCES = frozenset({"peacekeeping", "peace-keeping", "peacekeepers", "ecomog", "unifil", "unprofor", "monuc", "unamsil"})
#: Verbs of backing a party or a bid ("lobbying members to back the candidacy of …").
BACKING_VERBS = frozenset({"back", "support", "endorse", "elect", "recognise", "recognize", "approve", "vote"})
#: Nouns of standing up for someone, after "in" ("spoke out in defence of Cuba").
BACKING_NOUNS = frozenset({"defence", "defense", "support", "favour", "favor", "solidarity"})
#: Verbs of telling someone something ("has told the charities they face expulsion").
TELLING_VERBS = frozenset({"tell", "inform", "notify", "advise"})
#: Verbs whose on/with-phrase names a topic, not an occurrence ("the trip would focus on the repatriation of refugees").
TOPIC_VERBS = frozenset({"focus", "centre", "center", "concentrate", "dwell", "revolve"})
#: Verbs of brushing aside what is reported: the report's that-clause is denied ("scoffed at reports that its crew
#: had been mistreated").
DISMISSING_VERBS = frozenset({"scoff", "dismiss", "deny", "reject", "ridicule", "brush", "rubbish", "discount", "deride",
                              "refute", "laugh"})
#: Things that carry words or pictures: what a participle on them says is their content ("leaflets calling for an
#: Islamic caliphate", "a novel depicting attacks on Hindus", "cartoons lampooning the president").
CONTENT_CARRIERS = frozenset({"leaflet", "pamphlet", "poster", "banner", "placard", "flyer", "graffiti", "slogan", "cartoon",
                              "caricature", "novel", "book", "song", "play", "poem"})  # (not footage: "a video of him slapping a vendor")
#: Nouns of a time set for something to come ("no date has yet been set for a visit").
DATE_NOUNS = frozenset({"date", "timetable", "deadline", "schedule"})
#: Nouns of the instant a future act is tied to ("would be arrested the moment he set foot in Pakistan").
MOMENT_NOUNS = frozenset({"moment", "minute", "instant", "second", "day"})
#: Words of what stands before an event: the event noun they lead "to" or "for" has not come yet ("an obstacle to
#: a resumption of talks", "a precondition for further talks").
OBSTACLE_WORDS = frozenset({"obstacle", "barrier", "hurdle", "impediment", "roadblock", "precondition", "prerequisite",
                            "pre-condition", "condition"})
#: Nouns of a phase of an event: "a new round of talks" stands where the talks would ("before any new round of talks
#: can begin").
PHASE_NOUNS = frozenset({"round", "resumption", "start", "beginning", "launch", "opening", "renewal", "restart",
                         "continuation", "revival"})
#: Verbs that keep someone "from" doing something: what one is kept from doing is not done.
BARRING_VERBS = frozenset({"bar", "ban", "forbid", "prohibit", "block", "keep", "stop", "prevent", "restrain", "deter",
                           "dissuade", "discourage", "debar", "disqualify", "hinder"})
#: Verbs of asking, vowing and warning whose "at" phrase is where they were voiced ("urged restraint at the summit").
SETTING_VERBS = frozenset({"call", "urge", "ask", "appeal", "demand", "press", "vow", "pledge", "promise", "threaten",
                           "warn", "insist", "propose", "offer", "plead", "announce", "declare"})
#: Nouns of harm suffered: regret over them is an apology ("voiced regret over the deaths").
HARM_NOUNS = frozenset({"death", "suffering", "loss", "casualty", "incident", "tragedy", "accident", "error", "mistake",
                        "injury", "damage", "abuse", "atrocity", "massacre", "bloodshed"})
#: Nouns of what may come: their "of" phrase is not done ("raised the prospect of dissolving the party").
PROSPECT_NOUNS = frozenset({"prospect", "possibility", "spectre", "specter", "option", "likelihood", "idea", "notion"})
#: Causative verbs whose object's participle says what is to become of it ("have the party dissolved").
CAUSATIVE_VERBS = frozenset({"have", "get", "keep", "leave", "want", "see", "make", "need"})
#: Verbs whose that-clause is charged or suspected, not asserted ("charging that troops had occupied villages").
ALLEGING_VERBS = frozenset({"suspect", "allege", "charge", "accuse"})
#: Nouns of a span of time ("eight years of martial law").
DURATION_NOUNS = frozenset({"year", "month", "week", "day", "decade", "hour"})
#: Verbs by which protesters state what they protest for: the protest's claim, which PLOVER codes inside the
#: protest, not as a REQUEST of its own.
CLAIM_LEMMAS = frozenset({"demand", "call", "press", "clamour", "clamor", "push", "agitate", "chant"})
#: Links from such a verb up to the protest it is told with ("…, waving banners and demanding", "in demanding").
CLAIM_LINKS = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep"})
#: Verbs that make a decision public: the decision they tell is taken, its act done.
ANNOUNCING_VERBS = frozenset({"announce", "confirm", "disclose", "unveil", "communicate", "publish", "proclaim"})
#: Verbs of taking or holding people that, done by an armed group or a gang, take hostages (not "apprehended").
CAPTIVE_TAKING_VERBS = frozenset({"hold", "capture", "seize", "grab", "snatch"})
#: Sectors of armed groups and gangs outside the state: whom they hold they hold hostage (ASSAULT), not arrested.
NONSTATE_SECTORS = frozenset({"REB", "IMG", "INS", "UAF", "CRM", "PRM"})
#: Verbs by which security forces free people held by others (a rescue, PLOVER's AID).
RESCUING_VERBS = frozenset({"free", "release", "liberate", "rescue"})
#: Who is held by others: freeing them is a rescue when security forces do it ("hostages", "kidnapped workers").
CAPTIVE_NOUNS = frozenset({"hostage", "captive", "victim", "passenger", "abductee", "kidnappee"})
HELD_WORDS = frozenset({"kidnap", "kidnapped", "abduct", "abducted", "traffic", "trafficking", "trafficked", "hold", "held",
                        "captive", "hijack", "hijacked", "enslave", "enslaved"})
#: Nouns of a pause: contacts "in" or "of" them are interrupted, not held.
PAUSE_NOUNS = frozenset({"freeze", "hiatus", "pause", "lull", "halt", "suspension", "break", "gap", "interruption"})
#: Verbs of vowing: protesters "vowing to stay put" state their protest's resolve.
VOWING_LEMMAS = frozenset({"vow", "swear", "pledge", "promise"})
#: Nouns of people protesting: what they are said to demand is their protest's claim ("demonstrators calling for
#: independence").
PROTESTER_NOUNS = frozenset({"protester", "protestor", "demonstrator", "marcher", "striker", "rioter", "picketer",
                             "agitator", "crowd", "mob", "hunger-striker"})
#: Verbs and nouns of signing an agreement: the signing is the event, not the agreement signed.
SIGNING_VERBS = frozenset({"sign", "ratify", "initial", "countersign"})
SIGNING_NOUNS = frozenset({"signing", "signature", "ratification"})
#: Nouns of what is reported: an inquiry into them does not establish it ("looking into reports that …").
REPORT_NOUNS = frozenset({"report", "evidence", "claim", "testimony", "account", "information", "allegation", "suggestion",
                          "indication", "complaint", "rumour", "rumor"})
#: Verbs of looking into something.
INQUIRY_VERBS = frozenset({"look", "investigate", "examine", "probe", "check", "verify", "study", "review", "gather",
                           "collect", "assess", "weigh", "consider", "scrutinise", "scrutinize", "explore"})
#: Verbs that label something as something ("condemned X as …", "called it …").
LABELLING_VERBS = frozenset({"condemn", "denounce", "describe", "brand", "label", "call", "term", "see", "regard", "view",
                             "characterise", "characterize", "decry", "criticise", "criticize", "slam", "dub", "treat"})
#: Verbs of fighting a kind of act: their bare event object names no occurrence ("to curb piracy and kidnapping").
COMBAT_VERBS = frozenset({"curb", "combat", "fight", "tackle", "counter", "eradicate", "stamp", "deter", "discourage",
                          "punish", "outlaw", "criminalise", "criminalize", "prevent", "stop", "end"})
#: Verbs of what an agreement in force asks of its parties ("required by the peace accords").
STIPULATING_VERBS = frozenset({"require", "stipulate", "demand", "mandate", "envisage", "foresee", "provide", "call", "set", "lay", "oblige"})
#: Nouns of an agreement ("a peace accord ending the insurgency").
AGREEMENT_NOUNS = frozenset({"agreement", "accord", "deal", "treaty", "pact", "settlement", "truce", "ceasefire", "armistice"})
#: Words of withholding aid ("froze its aid", "the suspension of a loan").
WITHHOLDING_WORDS = frozenset({"freeze", "suspend", "suspension", "halt", "withhold", "cut", "cutoff", "cancel",
                               "cancellation", "block", "delay", "postpone", "slash", "reduce", "stop", "end"})
#: Nouns of breaking an agreement in force ("a breach of the truce").
BREACH_NOUNS = frozenset({"breach", "violation", "collapse", "terms", "anniversary", "provision", "spirit"})
#: Verbs of giving way: their comma participle says how an act was done ("resigned, caving in to demands").
YIELDING_VERBS = frozenset({"cave", "bow", "yield", "give", "bend", "meet", "capitulate", "relent", "succumb", "accede"})
#: Nouns of asking or offering that an answer can be to ("turned down a U.S. request", "gave in to opposition demands").
ASKED_NOUNS = frozenset({"demand", "request", "call", "appeal", "plea", "proposal", "offer", "overture", "entreaty",
                         "urging"})
#: Criticism an answer defends against or refuses ("against Western criticism", "rejected the accusations").
CRITICISM_NOUNS = frozenset({"criticism", "accusation", "allegation", "charge", "condemnation", "censure", "complaint", "attack"})
#: Types of an answer to what was asked or offered: refusing, giving way, accepting, welcoming, dropping.
ANSWER_TYPES = frozenset({"REJECT", "CONCEDE", "AGREE", "SUPPORT", "RETREAT"})
#: Words that rank an act among others of its kind ("the first extradition in a decade", "the latest attack").
RANKING_WORDS = frozenset({"first", "second", "third", "last", "latest", "fresh", "new", "only", "biggest", "largest",
                           "worst", "deadliest", "bloodiest", "highest", "most"})
#: Words that make an act named after "in" the latest of a series ("killing four soldiers in the latest attack by …").
SERIES_WORDS = frozenset({"latest", "last", "new", "fresh"})
#: Texts that provide for acts besides agreements ("a U.S. law that bars assistance to …").
PROVIDING_NOUNS = frozenset({"protocol", "convention", "charter", "law", "statute", "decree", "regulation", "constitution"})
#: The people an aid group sends ("withdrew its teams", "pulled out its staff").
AID_STAFF_NOUNS = frozenset({"team", "staff", "worker", "personnel", "doctor", "volunteer", "expatriate", "employee", "nurse"})
#: Verbs of joining what others do ("anyone who joined a march", "anyone taking part in demonstrations").
JOINING_VERBS = frozenset({"join", "take", "participate", "attend", "organise", "organize", "stage", "hold", "lead"})
#: Modifiers that say an exercise has two or more sides ("a joint drill").
JOINT_WORDS = frozenset({"joint", "combined", "bilateral", "trilateral", "multinational", "multilateral"})
#: Units of time that, with "next" or "coming", date an occurrence in the future ("next month's summit").
TIME_UNITS = frozenset({"week", "month", "year", "weekend", "spring", "summer", "autumn", "fall", "winter", "monday",
                        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "session", "term"})
#: Nouns of information: their "on"/"of" phrase is a topic ("intelligence on arms shipments").
INFO_NOUNS = frozenset({"information", "intelligence", "data", "detail", "evidence", "report", "file", "document", "record"})
#: Disputes with another side ("its dispute with the EC", "their war with Turkey").
DISPUTE_NOUNS = frozenset({"dispute", "conflict", "war", "row", "talks", "negotiation", "standoff", "stand-off", "feud",
                           "quarrel", "struggle", "confrontation", "rift", "wrangle"})
#: Two-sided incidents: who died "in an encounter with" someone was killed by that someone.
EXCHANGE_NOUNS = frozenset({"encounter", "exchange", "clash", "gunfight", "gunbattle", "shootout", "firefight", "skirmish",
                            "fighting", "battle", "firing", "crossfire", "confrontation"})
INCIDENT_NOUNS = frozenset({"custody", "firing", "fire", "action", "encounter", "raid", "shelling", "bombing", "attack",
                            "crackdown", "operation", "lathicharge", "lathi-charge", "shootout", "airstrike", "strike"})
#: Purposes of force against a crowd ("fired to disperse the mob"): their object is the force's target.
CONTROL_LEMMAS = frozenset({"disperse", "control", "scatter", "quell", "contain", "chase", "push", "drive", "break",
                            "clear", "stop", "restrain", "repulse", "repel", "prevent"})
#: Words of banning or restricting: the act they name is not asserted ("a ban on rallies").
BAN_HEADS = frozenset({"ban", "prohibit", "outlaw", "forbid", "restriction", "prohibition", "moratorium", "restrict", "bar",
                       "curb", "embargo"})
#: Month names that are also event words.
MONTH_WORDS = frozenset({"march", "may"})
#: Verbs of injury: told beside a killing they add the injured of the same incident.
INJURY_LEMMAS = frozenset({"injure", "wound", "hurt", "maim", "mutilate", "injured", "wounded"})
#: Types that, as the purpose of a protest, are its topic ("rallied to demand …", "marched, protesting …").
PROTEST_TOPICS = frozenset({"REQUEST", "ACCUSE", "REJECT", "PROTEST", "THREATEN", "STATEMENT", "SUPPORT"})
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
#: Determiners of a definite reference ("the talks", "this attack", "their protest").
DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "such"})
#: Prepositions of time, cause and setting whose definite event noun is a reference back.
BACKGROUND_PREPS = frozenset({"after", "following", "during", "since", "before", "despite", "under", "amid", "amidst", "ahead", "at", "over", "throughout", "until", "in"})
#: Nouns of quantity whose "of" phrase says what the object is ("tonnes of wheat").
MEASURE_NOUNS = frozenset({"tonne", "ton", "kg", "kilogram", "barrel", "lot", "shipment", "consignment", "batch",
                           "truck", "lorry", "tanker", "trainload", "boatload", "shipload", "wagon",
                           "cargo", "load", "truckload", "planeload", "package", "quantity", "amount", "supply",
                           "half", "third", "quarter", "part", "portion", "bulk", "share", "percent", "tranche",
                           # currencies the NER may leave untagged ("50 million euros in aid")
                           "euro", "dollar", "pound", "yen", "yuan", "rupee", "franc", "rouble", "ruble", "shekel", "dinar", "riyal"})
#: People a state or body sends abroad, its own when it recalls or withdraws them ("recalled its ambassador").
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "chargé", "consul", "attache", "representative", "observer", "monitor",
                         "inspector", "peacekeeper", "staff", "personnel", "mission"})
#: Things whose owner an attack on them hits ("fired on the car of …", "the minister's convoy").
BELONGINGS = frozenset({"car", "vehicle", "convoy", "motorcade", "limousine", "house", "home", "residence", "shop", "jeep",
                        "motorcycle"})
#: Texts that speak for whoever wrote them ("the report by Human Rights Watch said", "the republic's constitution").
TEXT_NOUNS = frozenset({"report", "constitution", "communique", "communiqué", "letter", "study", "survey", "charter",
                        "manifesto", "memo", "memorandum", "dossier", "audit", "assessment"})
#: Places that stand for the body in them ("the embassy, which said …").
SPEAKING_PLACES = frozenset({"embassy", "consulate", "office", "ministry", "headquarters", "palace", "mission", "station",
                             "court", "parliament", "bureau", "department", "secretariat"})
#: Written messages that can "say" something ("a note inside the car that said …").
MESSAGE_NOUNS = frozenset({"letter", "note", "confession", "message", "statement", "leaflet", "video", "tweet", "post",
                           "communique", "communiqué", "banner", "poster", "sign", "placard"})
#: Texts put to a vote or proposed: what they would do is not done ("vetoed a resolution condemning …").
DOCUMENT_NOUNS = frozenset({"resolution", "bill", "motion", "draft", "proposal", "amendment", "text", "statement", "declaration"})
#: Verbs of adopting or issuing a text: its maker says what it says ("adopted a resolution condemning …").
ADOPTING_VERBS = frozenset({"adopt", "pass", "approve", "issue", "release", "publish", "sign", "unveil", "endorse"})
#: Verbs of proposing or stopping a text.
UNADOPTED_VERBS = frozenset({"veto", "reject", "block", "propose", "draft", "table", "introduce", "submit", "debate", "consider",
                             "oppose", "circulate", "defeat", "scuttle", "shelve", "kill", "vote"})
#: Participles of speech that tell how a demand or request was made ("…, calling them discriminatory").
SPEECH_ADJUNCTS = frozenset({"call", "accuse", "say", "brand", "describe", "warn", "charge", "claim", "argue", "insist",
                             "blame", "denounce", "condemn", "criticise", "criticize", "cite", "reject", "dismiss"})
#: Participles of praise and dismissal that comment on the sentence's act like a speech participle (', hailing him as …').
PRAISING_ADJUNCTS = frozenset({"hail", "praise", "laud", "welcome", "commend", "salute", "brush", "shrug", "rebuff", "label", "term"})
#: Verbs of denying and asserting whose passive clause a speech participle may hang on ("denied that a ransom had
#: been paid, saying …": the one who denies speaks).
DENYING_SPEECH = frozenset({"deny", "say", "insist", "claim", "confirm", "admit", "acknowledge", "state", "announce"})
#: Participles that describe a speaker in a reduced relative ("a committee linked to the movement said").
REDUCED_RELATIVES = frozenset({"link", "base", "close", "affiliate", "associate", "ally", "connect", "tie", "loyal", "back",
                               "allied", "align", "attach", "station", "post", "locate"})
#: Verbs of speaking whose subject is a speaker ("the bishops' conference said").
SPEECH_HEADS = frozenset({"say", "state", "add", "announce", "urge", "call", "declare", "tell", "warn", "demand", "appeal", "note"})
#: Nouns for people an event noun before them only describes ("ceasefire monitors").
PEOPLE_HEADS = frozenset({"monitor", "observer", "negotiator", "mediator", "official", "envoy", "inspector", "delegate", "team",
                          "commander", "veteran", "victim", "survivor", "volunteer", "worker", "expert"})
#: Nouns whose that-clause is unproven ("allegations that soldiers tortured detainees").
ALLEGATION_NOUNS = frozenset({"allegation", "claim", "accusation", "charge", "suspicion", "rumour", "rumor", "assertion"})
#: Nouns of reporting or proof: with "no", what they would tell is not asserted ("no reports of shelling").
UNREPORTED_NOUNS = frozenset({"report", "sign", "evidence", "word", "indication", "trace", "news", "proof", "suggestion",
                              "question", "possibility", "chance", "plan", "move",
                              # ("no question of any arrest", "no case of police excesses had been reported")
                              "case", "incident", "instance", "complaint"})
#: Ammunition: how many rounds or shells were fired is no count of anyone ("fired 11 rounds, injuring three").
AMMUNITION = frozenset({"round", "shell", "bullet", "cartridge", "canister", "grenade", "pellet", "teargas", "tear-gas", "volley"})
#: Words after a hyphen that make an event noun describe a place or time ("curfew-bound areas", "riot-hit town").
PLACE_DESCRIBING = frozenset({"bound", "hit", "affected", "ridden", "torn", "prone", "struck", "stricken", "free", "related"})
#: Auxiliaries of the future (and "wo" of "won't").
FUTURE_AUX = frozenset({"will", "would", "'ll", "shall", "wo"})
#: Predicates that say an act is only expected ("the arrest of the suspects was likely").
EXPECTED_WORDS = frozenset({"likely", "unlikely", "possible", "probable", "imminent", "expected", "feared", "due",
                            # ("a long-mooted visit remains uncertain", "talks were pointless")
                            "uncertain", "unclear", "doubtful", "pointless", "futile", "useless", "impossible", "premature"})
#: Words for no one in particular ("anyone found spreading rumours would be arrested").
GENERIC_DOERS = frozenset({"anyone", "anybody", "whoever", "whosoever", "everyone", "everybody"})
#: Verbs of accidents whose deaths no one inflicts ("the bus fell into a gorge, killing nine").
ACCIDENT_VERBS = frozenset({"fall", "plunge", "overturn", "collide", "crash", "skid", "topple", "capsize", "collapse",
                            "derail", "sink", "cave"})
#: Nouns of military manoeuvres ("war games", "drills").
MANOEUVRES = frozenset({"game", "exercise", "drill", "manoeuvre", "maneuver"})  # ("war games": its head)
#: Nouns that stand for a part or run of what their of-phrase names ("the next round of talks").
PARTITIVE_NOUNS = frozenset({"round", "series", "wave", "spate", "set", "string", "stage", "phase", "session"})
#: Prepositions of time or ground an agreement made before is named in ("following the peace deal", "under the accord").
AGREEMENT_BACKGROUND_PREPS = frozenset({"after", "following", "since", "under", "despite", "before", "until"})
#: Legal texts whose participle clause says what they provide ("a law recognizing …", "a bill allowing …").
LEGAL_TEXTS = frozenset({"law", "bill", "legislation", "amendment", "statute", "draft"})
#: Nouns that count what their of-phrase names ("called up tens of thousands of army reservists").
COUNTING_NOUNS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "ten", "tens", "score", "scores",
                            "million", "millions", "handful", "number"})
#: Words of a part or share: "one of the demands" is (one of) the demands.
PART_WORDS = frozenset({"one", "some", "many", "all", "most", "part", "several", "each", "both", "few", "first", "last", "rest",
                        "remainder"})
#: Second words of verb phrases that predicate something of the object ("held X responsible").
PREDICATIVE = frozenset({"responsible", "accountable", "culpable", "liable", "hostage", "captive", "ablaze", "free", "dead", "guilty"})
#: Pronouns that stand for people.
ANIMATE_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "he", "she", "they", "we", "himself", "herself", "themselves"})
#: Verbs whose object is the weapon used ("used force", "lobbed teargas shells").
INSTRUMENT_VERBS = frozenset({"use", "fire", "lob", "burst", "hurl", "launch", "employ"})
#: Records of an offence ("a case of murder", "a complaint of assault"): their of-phrase is no act of whoever files them.
RECORD_NOUNS = frozenset({"case", "complaint", "fir", "report", "charge", "count", "allegation", "accusation", "probe",
                          "investigation", "inquiry", "enquiry", "video", "footage", "photo", "photograph", "evidence", "record"})
#: Nouns of looking into something; what they are into has happened ("an inquiry into the police firing").
INQUIRY_NOUNS = frozenset({"inquiry", "enquiry", "investigation", "probe", "inquest", "hearing"})
#: Verbs of creating a body; an infinitive on them is what it is for ("was formed to negotiate").
FOUNDING_VERBS = frozenset({"establish", "create", "form", "found", "constitute", "appoint", "convene", "empower", "mandate"})
#: Verbs whose object event has happened, whatever their own status ("to investigate the killings").
PRESUPPOSING_VERBS = frozenset({"investigate", "probe", "examine", "review", "discuss", "condemn", "denounce", "avenge",
                                "punish", "document", "mourn", "commemorate", "mark", "treat", "regard",
                                "describe"})
#: Nouns of bodies that are acts where they are events' triggers ("held joint patrols", but "ambushed a patrol"):
#: the trigger is never its own participant.
ACT_BODIES = frozenset({"patrol"})
#: Verbs of answering in kind: the force they are answered "with" is the answerer's ("responded with tear gas").
RESPONDING_VERBS = frozenset({"respond", "retaliate", "react", "reply", "answer", "counter", "hit"})
#: Prepositions of time or means whose -ing clause shares the subject of the clause ("after killing …").
GERUND_PREPS = frozenset({"after", "before", "while", "by", "without", "upon", "on", "since", "through"})
#: Verbs whose object is the device set off, never its target.
DETONATING_VERBS = frozenset({"detonate", "explode", "trigger", "plant"})
#: Nouns of a series of events ("a wave of attacks", "a string of bombings").
SERIES_NOUNS = frozenset({"wave", "series", "spate", "string", "rash", "flurry", "barrage", "volley", "round", "campaign", "spree"})
#: Modes of sending people somewhere: the destination, not those sent, is the recipient.
SENDING_MODES = frozenset({"investigate", "troops", "peacekeeping"})
#: Verbs of sending (the modes above apply to them: "investigated the minister" keeps its object).
SENDING_VERBS = frozenset({"send", "dispatch", "despatch", "deploy", "airlift", "fly", "ship", "rush", "station", "post",
                           "move", "transfer", "redeploy", "mass", "assign"})
#: Verbs of ordering whose object, an act of the one who orders, is done rather than asked for.
ORDER_LEMMAS = frozenset({"order", "decree", "authorize", "authorise", "direct"})
#: Acts an authority does by ordering them ("ordered the expulsion / closure / arrest / release of …").
ORDERED_TYPES = frozenset({"SANCTION", "COERCE", "RETREAT", "MOBILIZE", "CONCEDE", "AID"})
#: Verbs of hitting a target: with an attack noun as subject their object is its target.
HITTING_VERBS = frozenset({"target", "hit", "rock", "destroy", "damage", "shatter", "strike", "tear", "kill", "injure",
                           "wound", "aim", "direct", "devastate", "level", "flatten", "gut", "rip", "cripple", "disrupt",
                           "paralyse", "paralyze", "disable", "shut"})
#: What an attack does to a thing ("caused heavy damage to the embassy").
DAMAGE_NOUNS = frozenset({"damage", "destruction", "havoc", "harm"})
#: Words of crowds whose stone-throwing and arson is rioting.
CROWD_WORDS = frozenset({"mob", "mobs", "rioters", "rioter", "protesters", "protester", "protestors", "demonstrators",
                         "crowd", "crowds", "agitators", "youths", "students"})
#: Verbs of breaking up a crowd: force used "to scatter" a crowd is used on it.
SCATTERING_VERBS = frozenset({"scatter", "disperse", "break", "control", "quell", "chase", "drive", "separate", "push", "repulse"})
#: Nouns of a fight between sides ("to break up a clash between two groups").
CLASH_NOUNS = frozenset({"clash", "fight", "fighting", "brawl", "skirmish", "scuffle", "confrontation", "melee"})
#: Verbs of crowd violence.
RIOT_VERBS = frozenset({"pelt", "stone", "attack", "torch", "burn", "ransack", "vandalize", "vandalise", "loot", "storm", "hurl", "throw"})
#: Types of physical action ("fired to disperse the mob", "marched to demand …").
PHYSICAL_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "AID", "RETREAT"})
#: Types of giving: "granted asylum to X" names X on the thing given.
TRANSFER_TYPES = frozenset({"AID", "COOPERATE", "RETREAT", "SUPPORT", "CONCEDE", "SANCTION", "AGREE", "COERCE"})
#: Types whose place, when nothing else is named, is what they are directed at (PLOVER codes
#: "eased emergency measures in Montenegro" with Montenegro as recipient).
PLACE_TARGET_TYPES = frozenset({"CONCEDE", "RETREAT", "AID", "MOBILIZE", "PROTEST", "COERCE", "ASSAULT", "THREATEN", "SANCTION"})
#: Types that embed what they are about (their object noun stays an event of its own, flagged).
EMBEDDING_TYPES = frozenset({"REQUEST", "THREATEN", "REJECT", "AGREE", "STATEMENT", "ACCUSE"})
#: Types whose recipient may sit inside the object ("rejected a U.S. request") or the embedded clause.
INNER_RECIPIENT_TYPES = frozenset({"REQUEST", "REJECT", "ACCUSE", "THREATEN", "SUPPORT", "AGREE", "CONCEDE", "SANCTION", "COOPERATE", "AID", "CONSULT", "RETREAT"})
#: Modals that turn a reported clause into a demand ("said China must …").
DEMAND_MODALS = frozenset({"must", "should"})
#: Verbs of staying whose subject is the one held ("remain in detention").
STATE_VERBS = frozenset({"remain", "continue", "stay", "languish", "sit", "be"})
#: Verbs that name a cause: with "not", the cause in their by-phrase is denied ("was not caused by police firing").
CAUSING_VERBS = frozenset({"cause", "trigger", "inflict", "result"})
#: Modals that foretell: "would pay a heavy price", "will face the consequences", "could be legitimate targets".
THREAT_MODALS = frozenset({"will", "would", "'ll", "shall", "could", "must", "may", "might"})
#: What one is told one "will face": a fate the speaker's side would bring about.
THREATENED_FATES = frozenset({"consequence", "wrath", "retaliation", "reprisal", "punishment", "music", "retribution", "vengeance", "revenge"})
#: Penalties one "would face" if one did something ("would face expulsion if they …").
CONDITIONAL_PENALTIES = frozenset({"prosecution", "expulsion", "arrest", "action", "sanction", "closure", "deportation",
                                   "dismissal", "penalty", "fine", "jail", "imprisonment", "ban", "suspension", "eviction"})
#: What one "will lose" if one does something ("will lose their operating licences if they refuse …").
LOSABLE_RIGHTS = frozenset({"licence", "license", "accreditation", "permit", "status", "subsidy", "funding", "aid",
                            "membership", "registration", "visa", "citizenship", "benefit", "grant", "privilege", "right"})
#: Words of a toll "among" whom a clause names people ("Among the dead were …"), with the lexicon entry they read as.
AMONG_TOLLS = {"dead": ("dead", "A"), "killed": ("kill", "V"), "injured": ("injure", "V"), "wounded": ("wound", "V"),
               "detained": ("detain", "V"), "arrested": ("arrest", "V"), "kidnapped": ("kidnap", "V"), "abducted": ("abduct", "V")}
#: Nouns that sum up a statement another party then denies ("…, a charge Islamabad denies").
DENIED_CLAIMS = frozenset({"charge", "claim", "accusation", "allegation", "assertion", "account", "version", "report"})
#: Where one lands when arrested ("landed in the police net", "landed behind bars").
CUSTODY_PLACES = frozenset({"net", "custody", "jail", "lock-up", "lockup", "prison", "bar", "bars"})
#: Prepositions that place an event.
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around"})
#: Nominal triggers that are states, not events, after these prepositions ("under house arrest").
STATE_PREPS = frozenset({"under"})
#: Verbs after which "under" an assault tells one ("came under attack", "collapsed under a multi-pronged assault").
UNDERGOING_ASSAULT = frozenset({"come", "be", "collapse", "fall", "crumble", "buckle", "retreat", "surrender", "give"})
#: Verbs (trigger words) that end a gathering that took place ("dispersed a rally"): the gathering stays an event.
DISPERSING_VERBS = frozenset({("disperse",), ("break", "up"), ("crush",), ("storm",), ("attack",), ("raid",)})
#: Modes of restrictions that stay in force, and the verbs that say a restriction is in force or eased.
STATE_MODES = frozenset({"curfew", "martial-law", "restrict", "ban", "discontinue", "censor", "embargo"})
STATE_HEADS = frozenset({"continue", "remain", "stay", "persist", "prevail", "be", "relax", "lift", "ease", "extend", "end",
                         "withdraw", "expire", "last", "hold"})
#: Verbs that lift or ease a restriction in force: their object is no new restriction.
RELIEF_HEADS = frozenset({"lift", "ease", "relax", "shorten", "loosen", "end", "remove", "scrap", "rescind", "revoke", "quash", "annul",
                          "suspend", "reduce", "cut", "curtail", "roll", "drop", "abolish", "repeal", "overturn"})
#: Nouns of custody that, after "from", name the state left, not an event ("freed from house arrest").
CUSTODY_NOUNS = frozenset({"arrest", "detention", "custody", "captivity", "jail", "prison", "imprisonment", "confinement"})
#: Nouns of a charge that, after "on", give the grounds of an arrest ("arrested on charges of …").
GROUNDS_NOUNS = frozenset({"charge", "accusation", "suspicion", "allegation", "count"})
#: Words that make a complex preposition with the one hanging on them ("according to the agency",
#: "due to the strike"): the phrase gives a source or a cause, never a participant.
COMPLEX_PREP_HEADS = frozenset({"according", "due", "owing", "prior", "thanks", "next", "close", "contrary",
                                "ahead", "instead", "regardless", "irrespective", "pursuant", "subsequent"})
#: Objects that are a state's own frontier ("closed its border with Iran"): the state beyond it receives.
FRONTIER_NOUNS = frozenset({"border", "frontier", "airspace", "crossing", "boundary"})
#: Verbs that blame, reject or protest: an event noun as their object names its doer as the one blamed.
BLAMING_TYPES = frozenset({"ACCUSE", "REJECT", "PROTEST"})
#: Noun modifiers that make an event noun a plan, not an occurrence ("planning attacks").
PLANNING_MODIFIERS = frozenset({"planning", "plotting", "plot", "planned", "plotted", "intended", "proposed", "possible", "potential",
                                "alleged", "purported"})
#: Fixed phrases that are not events ("in exchange for", "in response to").
IDIOMS = frozenset({
    ("in", "exchange", "for"), ("in", "return", "for"), ("in", "support", "of"), ("in", "protest", "against"),
    ("in", "charge", "of"), ("with", "aid", "of"), ("with", "assistance", "of"), ("with", "support", "of"),
    ("in", "recognition", "of"), ("in", "recognition", "for"),
})


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


_VOWELS = frozenset("aeiouy")


def lemma_of(tok: Token) -> str:
    """The lemma the rules read: lower-cased, with the lemmatiser's known slips set right (kept on a read token, which
    the rules ask for it again and again)."""
    cached = getattr(tok, "kg_lemma", None)
    if cached is not None:
        return cached
    lemma = _lemma_of(tok)
    if type(tok) is ReadToken:
        tok.kg_lemma = lemma
    return lemma


def _lemma_of(tok: Token) -> str:
    lemma = tok.lemma_  # (read once: each read is a lookup in the string store)
    lemma = lemma.lower() if lemma else tok.lower_
    if lemma == "basis" and tok.lower_ == "bases":
        return "base"  # ("would hit ANC bases": in news the plural is a military base's far more often than a basis's)
    if 3 <= len(lemma) <= 5 and lemma[-1] in DOUBLING and lemma[-2] in _VOWELS and not _VOWELS & set(lemma[:-2]) \
            and tok.lower_[len(lemma):] in ("ed", "es", "ing") and tok.lower_.startswith(lemma):
        # "hoped", "fines", "waging": the lemmatiser cut back to a shorter verb ("hop", "fin", "wag"), whose own
        # forms would double the consonant ("hopped") or add a bare -s ("hops")
        return lemma + "e"
    return LEMMA_FIXES.get(lemma, lemma)


def measure(tok: Token) -> bool:
    """A sum, number or measure that stands for the thing it counts ("$200 million in aid", "50 tonnes of food")."""
    return tok.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY") or tok.like_num or lemma_of(tok) in MEASURE_NOUNS


def pos_class(tok: Token) -> str | None:
    """V, N or A for the lexicon; None for everything else."""
    pos = tok.pos_
    if pos == "VERB" and tok.tag_ == "VBZ" and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") \
            and not any(c.dep_ in ("nsubj", "aux", "dobj") for c in tok.children):
        return "N"  # ("staged live-fire drills": a plural noun the tagger took for a verb, in a noun's place)
    if pos == "VERB" or (pos == "AUX" and tok.dep_ not in ("aux", "auxpass")) and lemma_of(tok) not in ("have", "do"):
        return "V"  # ("are in jail": the copula's rows say where someone is)
    if pos == "NOUN" and tok.dep_ in ("ROOT", "ccomp", "conj", "parataxis") and tok.tag_ in ("NN", "NNP", "VB", "VBP") and verb_shaped(tok):
        return "V"  # "Al-Shabaab fighters storm Mogadishu hotel": a headline's verb the tagger took for a noun
    if pos == "NOUN" or (pos == "PROPN" and tok.is_lower):
        return "N"
    if pos == "ADJ":
        if tok.tag_ in ("VBN", "VBD"):
            return "V"
        if tok.dep_ in ("dobj", "pobj") and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            return "N"  # ("began a fast unto death": an adjective after "a" in a noun's place is a noun; "the dead" stays one)
        return "A"
    return None


def verb_shaped(tok: Token) -> bool:
    """A noun at the root of its sentence with a plural subject and an object of its own is a verb ("Rebels storm
    hotel", "Police arrest 12"): the parse is right, the tag is not."""
    deps = {c.dep_: c for c in tok.children}
    subj = deps.get("nsubj")
    return subj is not None and "dobj" in deps and subj.i < tok.i < deps["dobj"].i and subj.tag_ in ("NNS", "NNPS")


#: Words for a quantity or part of a set: "a number of X", "the last of its sanctions" are about X.
QUANTITY_WORDS = frozenset({"number", "some", "many", "most", "all", "one", "none", "several", "group", "dozens",
                            "hundreds", "thousands", "scores", "last", "rest", "remainder", "bulk", "half", "remnants",
                            "team", "band", "batch", "crowd", "mob", "column", "contingent", "detachment", "network",
                            "groups", "teams", "bands", "crowds", "mobs", "columns"})
#: Dashes that end a dateline ("MOGADISHU, Somalia — …").
DASHES = frozenset({"—", "–", "--", "-"})


def negated_verb(children: Iterable[Token]) -> bool:
    """A word negated by one of its children: a "neg" arc, or "not" / "never" read as an adverb."""
    return any(c.dep_ == "neg" or c.lower_ in ("not", "n't", "never") and c.dep_ == "advmod" for c in children)


def perfect(children: Iterable[Token]) -> bool:
    """A verb with a perfect auxiliary among its children: after "would" a counterfactual ("would have returned")."""
    return any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in children)


def infinitive(tok: Token, kids=None) -> bool:
    """A verb with the infinitive marker: "to resume", "to join the force"."""
    return any(a.dep_ == "aux" and a.tag_ == "TO" for a in (kids[tok.i] if kids is not None else tok.children))


def complement(tok: Token, kids=None) -> bool:
    """A clause that says what a verb is about: its complement, or a purpose infinitive the parser
    hung on it ("sent troops to join the force", "vowed at a rally to outlaw …")."""
    return tok.dep_ in ("xcomp", "ccomp") or tok.dep_ == "advcl" and infinitive(tok, kids)


def expand(tok: Token, kids=None) -> list[Token]:
    """A participant and its conjuncts; "a number of X" → X; "leaders like Capriles" adds Capriles."""
    out: list[Token] = []
    for t in [tok, *(kids.conjuncts(tok) if kids is not None else tok.conjuncts)]:
        inner = t
        if t.lower_ in QUANTITY_WORDS or t.pos_ == "NUM":
            for child in (kids[t.i] if kids is not None else t.children):
                if child.dep_ == "prep" and child.lower_ == "of":
                    pobj = [c for c in (kids[child.i] if kids is not None else child.children) if c.dep_ == "pobj"]
                    if pobj and t.pos_ != "NUM":
                        inner = pobj[0]
        out.append(inner)
        if inner is not t:
            out.extend(kids.conjuncts(inner) if kids is not None else inner.conjuncts)
        # ("Dozens of activists were arrested, including Maria Lopez and Juan Perez": the phrase may hang on the
        # quantity word, and every name it lists is one of them)
        for child in [*(kids[t.i] if kids is not None and inner is not t else []),
                      *(kids[inner.i] if kids is not None else inner.children)]:
            if child.dep_ in ("nmod", "compound") and child.i < inner.i and any(c.dep_ == "cc" for c in (kids[child.i] if kids is not None else child.children)):
                out.append(child)
            if child.dep_ == "prep" and child.lower_ in ("like", "including"):
                for c in (kids[child.i] if kids is not None else child.children):
                    if c.dep_ == "pobj":
                        out.append(c)
                        out.extend(kids.conjuncts(c) if kids is not None else c.conjuncts)
            if child.dep_ == "appos" and not (inner.ent_type_ in ("PERSON", "ORG") and child.pos_ == "NOUN" and not any(
                    t.tag_ == ":" or t.text in DASHES for t in inner.doc[inner.i + 1:child.i])):
                # ("Ben Keith, a barrister, said": a description of a named person or body is the same one; after
                # a dateline the parser may take the real subject as an apposition: "MOGADISHU, Somalia — Four …",
                # with whatever is joined to it: "JUBA — Government troops and rebel forces observed …")
                out.append(child)
                out.extend(kids.conjuncts(child) if kids is not None else child.conjuncts)
    return out




class EventReader:
    """Reads the events of one Doc, given its entity table."""

    def __init__(self, doc: Doc, lex: Lexicon, table: EntityTable, sentences: list[Sentence],
                 sent_spans: list[tuple[int, int]], sent_of: list[int], blocked: frozenset[int],
                 date_at: dict[int, tuple[int, int]]) -> None:
        self.doc = doc
        self.toks = table.toks  # Doc[i] builds a new Token each time: index this list instead
        self.kids = table.kids  # the same for Token.children: read once per Doc
        self.lex = lex
        self.table = table
        self.sentences = sentences
        self.sent_spans = sent_spans
        self.sent_of = sent_of
        self.blocked = blocked
        self.date_at = date_at
        self.told: set[str] = set()  # types of the asserted events of the sentences read so far

    def span_text(self, start: int, end: int) -> str:
        return self.table.span_text(start, end)

    # -------------------------------------------------------------------------------- triggers

    def hits(self, start: int, end: int) -> Iterator[tuple[Token, Trigger, int]]:
        """Trigger words of one sentence with their lexicon row and phrase end."""
        toks = self.toks
        triggers = self.lex.triggers
        consumed: set[int] = set()
        cands = self.table.trigger_cands
        for k in range(bisect.bisect_left(cands, start), bisect.bisect_left(cands, end)):
            # (only words a lexicon row can start at: most words are skipped without a look at their parse)
            i = cands[k]
            tok = toks[i]
            if i in self.blocked or i in consumed:
                continue
            pc = pos_class(tok)
            if pc is None:
                continue
            rows = triggers.get((lemma_of(tok), pc)) or (triggers.get((tok.lower_, pc)) if pc != "V" else self._form_rows(tok))
            if pc == "N" and i - 2 >= start and toks[i - 1].text == "-" and not toks[i - 2].whitespace_ and not toks[i - 1].whitespace_:
                # "sit-in", "cease-fire", "lathi-charge": the tokenizer splits at the hyphen; the whole word wins
                whole = triggers.get((toks[i - 2].lower_ + "-" + tok.lower_, "N")) or \
                    triggers.get((toks[i - 2].lower_ + "-" + lemma_of(tok), "N"))
                if whole:
                    rows = whole
            if not rows:
                continue
            for row in rows:
                phrase_end = self._phrase(tok, row)
                if phrase_end is None:
                    continue
                if all(self._cond(tok, row, c) for c in row.conds):
                    if row.type == NOT_AN_EVENT:
                        break  # "arrested the decline", "heart attack": the word is no event here
                    if len(row.words) > 1:
                        # the other words of a phrase ("shot dead") are not triggers of their own
                        others = set(row.words) - {row.head}
                        consumed.update(c.i for c in self.kids[tok.i] if c.lower_ in others or lemma_of(c) in others)
                    yield tok, row, phrase_end
                    break

    def _form_rows(self, tok: Token) -> tuple[Trigger, ...] | None:
        """Rows for a verb the lemmatiser got wrong ("caned" → "can", "staged" → "stag")."""
        low = tok.lower_
        if not low.isalpha() or len(low) < 4:
            return None
        triggers = self.lex.triggers
        for cut, add in FORM_CUTS:
            if low.endswith(cut) and len(low) - len(cut) >= 3:
                rows = triggers.get((low[: -len(cut)] + add, "V"))
                if rows:
                    return rows
        for cut in ("ed", "ing"):
            # a doubled final consonant: "unbanned" → "unban", "nabbing" → "nab"
            stem = low[: -len(cut)]
            if low.endswith(cut) and len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] in DOUBLING:
                rows = triggers.get((stem[:-1], "V"))
                if rows:
                    return rows
        return None

    def _phrase(self, tok: Token, row: Trigger) -> int | None:
        """Token end of a multi-word trigger when its other words are there, else None."""
        if len(row.words) == 1:
            return tok.i + 1
        if row.pos == "N":
            first = row.words[0]
            for child in self.kids.lefts(tok):
                if child.lower_ == first or lemma_of(child) == first:
                    return tok.i + 1
            if tok.i > 0 and self.toks[tok.i - 1].lower_ == first:
                return tok.i + 1
            return None
        second = row.words[1]
        kids = self.kids[tok.i]
        if row.words[-1] in PREDICATIVE:
            # "held the agency responsible": the parser may hang the predicate on the object
            kids = kids + [c for o in kids if o.dep_ == "dobj" for c in self.kids[o.i] if c.dep_ == "amod" and c.i > o.i]
        # ("showed Libya's envoy the door": the second object read as in apposition to the first; "wiped the slate
        # clean": the object read as the subject of a small clause)
        kids = kids + [c for o in self.kids[tok.i] if o.dep_ in ("dobj", "dative") for c in self.kids[o.i] if c.dep_ == "appos"] \
            + [c for o in self.kids[tok.i] if o.dep_ in ("ccomp", "xcomp", "oprd") and o.i > tok.i for c in self.kids[o.i]
               if c.dep_ in SUBJ and c.i < o.i]
        for child in kids:
            if child.lower_ == second or lemma_of(child) == second:
                # "called … on Friday" is no "call on": a preposition whose object is a date ("called for three
                # days of protests" is: the days are of what is called for)
                if child.dep_ == "prep" and any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") and not any(
                        q.dep_ == "prep" and q.lower_ == "of" for q in self.kids[p.i]) for p in self.kids[child.i]):
                    continue
                return max(tok.i + 1, child.i + 1) if child.i > tok.i else tok.i + 1
        if len(row.words) == 2 and tok.i + 1 < len(self.toks) and self.toks[tok.i + 1].lower_ == second \
                and self.toks[tok.i + 1].tag_ in ("RP", "JJ"):
            # "handed over 20 million dollars", "set free 56 prisoners": the parser hung the particle or the
            # adjective on the words after it
            return tok.i + 2
        if second in ("for", "on"):
            # "called on Tuesday for the West to scrap sanctions": the "for" of a for-to clause is its mark
            for child in kids:
                if child.dep_ in ("advcl", "ccomp", "xcomp") and infinitive(child, self.kids) and any(
                        m.dep_ == "mark" and m.lower_ == second for m in self.kids[child.i]):
                    return tok.i + 1
        return None

    def _pressing(self, verb: Token) -> list[str]:
        """Who a 'despite …' or 'under pressure from …' phrase on a verb (or the verb it complements) names
        as pressing for something: 'despite appeals from traders', 'despite U.S. demands'."""
        out: list[str] = []
        # (the phrase may hang on the verb, its complement, its object or the verb it complements)
        around = [verb, *(c for c in self.kids[verb.i] if c.dep_ in ("xcomp", "ccomp") or c.dep_ in OBJ)]
        if verb.dep_ in ("xcomp", "ccomp"):
            around.append(self.kids.head(verb))
        for v in around:
            for c in self.kids[v.i]:
                if c.dep_ != "prep" or c.lower_ not in ("despite", "under"):
                    continue
                for n in self.kids[c.i]:
                    if n.dep_ != "pobj" or lemma_of(n) not in PRESSURE_NOUNS:
                        continue
                    for m in self.kids[n.i]:
                        if m.dep_ == "prep" and m.lower_ in ("from", "by", "of"):
                            out += self._keys([p for p in self.kids[m.i] if p.dep_ == "pobj"])
                        elif m.dep_ in ("poss", "compound", "amod", "nmod") and m.i < n.i:
                            out += list(self.table.keys_for(m)) or list(self.table.country_keys_of(m))
        return _uniq(out)

    def _agent_objects(self, verb: Token) -> list[Token]:
        """The nouns of a passive's by-phrase ("was freed by Burma's military government")."""
        out = [p for c in self.kids[verb.i] if c.dep_ == "agent" for p in self.kids[c.i] if p.dep_ == "pobj"]
        if not out:
            # "hacked to death by Shining Path guerrillas": the tagger read "Shining" as a verb and the
            # name's noun as its object
            out = [o for c in self.kids[verb.i] if c.dep_ == "agent" for p in self.kids[c.i] if p.dep_ == "pcomp"
                   for o in self.kids[p.i] if o.dep_ == "dobj"]
        return out

    def _root_noun_predicate(self, verb: Token) -> bool:
        """'Renamo fighters handed in their weapons', 'opposition leaders alleged on Monday that …': the
        parser made the subject noun the root and hung the finite verb on it as a modifier."""
        if verb.dep_ != "acl":
            return False
        head = self.kids.head(verb)
        if head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
            return False
        if not any(c.dep_ in OBJ for c in self.kids[verb.i]) and lemma_of(verb) in UNDERGONE_IN_HEADLINES:
            return False  # "Bangladesh garment worker killed as police fire on protest": a headline's passive
        return verb.tag_ == "VBD" or verb.tag_ == "VBN" and (any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in self.kids[c.i]) for c in self.kids[verb.i])
            # "400 former militiamen handed in their rifles": a particle with an object of its own
            or verb.i == head.i + 1 and any(c.dep_ == "prt" and any(p.dep_ == "pobj" for p in self.kids[c.i]) for c in self.kids[verb.i])
            # "Kenya's opposition coalition threatened on Sunday to stage protests": an infinitive of the doer's own
            # (unlike "villagers forced to flee", "troops expected to leave")
            or lemma_of(verb) not in OBJECT_CONTROL | RAISING and any(
                (c.dep_ == "xcomp" or c.dep_ == "advcl" and lemma_of(verb) in INTENT_VERBS) and infinitive(c, self.kids)
                for c in self.kids[verb.i]))

    def _antecedent_of(self, relcl: Token) -> Token:
        """The noun a relative clause tells of.  The parser hangs it on the nearest noun; after a place phrase
        it tells of the weapon, attack or disaster the place belongs to ("the bomb at the market, which killed
        20 people")."""
        head = node = self.kids.head(relcl)
        if any(c.lower_ in ("who", "whom") for c in self.kids[relcl.i]):
            # "the wife of a surgeon from Raqqa who was kidnapped", "activists on the ground who visited …": "who"
            # tells of a person, never of the place named after them
            while head.dep_ == "pobj" and self._placeish(head) and self.kids.head(head).dep_ == "prep":
                head = self.kids.head(self.kids.head(head))
            # "the successor of Hugo Chávez, who died in 2013" (also when the parser hangs "who" on the name the
            # description stands beside: "Maduro, the successor of Hugo Chávez, who …"): the person named just before
            nouns = [head] + [a for a in self.kids[head.i] if a.dep_ == "appos" and head.i < a.i < relcl.i]
            named = [p for n in nouns if n.pos_ == "NOUN" for c in self.kids[n.i] if c.dep_ == "prep" and c.lower_ == "of"
                     for p in self.kids[c.i] if p.dep_ == "pobj" and self._named_person(p) and max(self.kids.subtree_ids(p)) < relcl.i]
            if named and all(t.is_punct or t.lower_ in ("who", "whom")
                             for t in relcl.doc[max(self.kids.subtree_ids(named[-1])) + 1: relcl.i]):
                return named[-1]
            return head
        # "the Syrian Democratic Forces, an alliance of Arab fighters backed by the United States, which took …":
        # after a comma, a clause after the agent of a description inside an apposition tells of the noun the
        # apposition describes, not of the backer
        first = relcl.left_edge
        if first.i > 0 and self.toks[first.i - 1].text == "," and head.dep_ == "pobj" and self.kids.head(head).dep_ == "agent":
            node = self.kids.head(self.kids.head(self.kids.head(head)))
            for _ in range(3):
                if node.dep_ != "pobj":
                    break
                node = self.kids.head(self.kids.head(node))
            if node.dep_ == "appos" and self.kids.head(node).pos_ in ("NOUN", "PROPN"):
                return self.kids.head(node)
            node = head
        # (through nested place phrases: "the attack on a bus station in Mogadishu, which killed 19")
        for _ in range(3):
            if not (node.dep_ == "pobj" and self.kids.head(node).lower_ in ("at", "in", "near", "on", "outside", "inside")):
                break
            node = self.kids.head(self.kids.head(node))
            if node.pos_ == "NOUN" and (self._weapon(node) or self._machine(node) or (lemma_of(node), "N") in self.lex.triggers
                                        or lemma_of(node) in NATURAL_CAUSES
                                        or lemma_of(node) in MESSAGE_NOUNS and self._is_speech(relcl)):
                return node  # ("a confession inside the boat that said …": the confession says it)
        return head

    def _placeish(self, tok: Token) -> bool:
        """A place: a named one, or a common noun of places ("from Raqqa", "on the ground")."""
        keys = self.table.keys_for(tok)
        if keys:
            return all(self.table.cls_of(k) in ("Location", "Country") for k in keys)
        return tok.ent_type_ in ("GPE", "LOC", "FAC") or lemma_of(tok) in self.lex.places

    def _clause_subjects(self, clause: Token) -> list[Token]:
        """The subjects of a that-clause.  A bare verb after a name can throw the parser ("demanded that
        Pakistan hand over …" read as the noun "hand" with "Pakistan" on it, "that Athens back down" as the
        clause "Athens"): then the name in front is the subject."""
        subj = [s for s in self.kids[clause.i] if s.dep_ in SUBJ and s.lower_ != "that"]
        # (the parser may label the "that" of such a clause its subject: "demanded that Manila back down")
        if subj or clause.pos_ not in ("NOUN", "PROPN") or not any(m.dep_ in ("mark", "nsubj") and m.lower_ == "that" for m in self.kids[clause.i]):
            return subj
        if clause.pos_ == "PROPN":
            return [clause]
        return [c for c in self.kids.lefts(clause) if c.dep_ in ("amod", "compound", "nmod") and c.pos_ == "PROPN"]

    def _stated_acts(self, tok: Token) -> list[Token]:
        """The clauses that say what a verb of pledging, threatening or asking is about: its complements
        ("vowed at a rally to outlaw the opposition": the infinitive may be parsed as a purpose), and an
        infinitive hung on the noun of a phrase between ("threatened in an audio message on Tuesday to
        unleash …")."""
        return [c for c in self.kids[tok.i] if complement(c, self.kids)] + [
            x for c in self.kids[tok.i] if c.dep_ == "prep" for p in self.kids[c.i] if p.dep_ == "pobj"
            for x in self.kids[p.i] if x.dep_ == "acl" and infinitive(x, self.kids)]

    def _warnings(self, drafts: list[_Draft]) -> None:
        """'warned that up to two million people could starve': a warning of a harm no one in the sentence is
        to do is a statement, not a threat (a threat tells of harm its maker, or its side, would do)."""
        for d in drafts:
            if d.type != "THREATEN" or lemma_of(d.tok) not in ("warn", "warning") or any(c.name == "objname" for c in d.trig.conds):
                continue
            clauses = [c for c in self.kids[d.tok.i] if c.dep_ in ("ccomp", "acl") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in self.kids[c.i])]
            if not clauses:
                continue
            inside = {t.i for c in clauses for t in c.subtree}
            harm = any(x is not d and x.tok.i in inside and (x.type in CONFLICTUAL or x.type in ("THREATEN", "REJECT")) for x in drafts)
            subjects = [s for c in clauses for s in self.kids[c.i] if s.dep_ in SUBJ | PASS_SUBJ]
            # ("warned that troops would clear the streets": what the warner's side will do is threatened)
            future = any(a.dep_ == "aux" and a.lower_ in FUTURE_AUX for c in clauses for a in self.kids[c.i])
            if not harm and not future and subjects and not any(s.tag_ == "PRP" for s in subjects):
                d.type, d.fine, d.mode = "STATEMENT", None, None

    def _idiom_threats(self, drafts: list[_Draft]) -> None:
        """'said Vystrcil would pay a heavy price', 'vowed that Moscow would pay dearly', 'told the aid workers to
        leave or face the consequences', 'declared that tourists would be legitimate targets': a speaker who
        foretells harm in these set phrases threatens whoever is to suffer it (CAMEO 13)."""
        for d in drafts:
            if d.type not in ("STATEMENT", "AGREE", "REQUEST") or d.trig.pos != "V" or d.negated or d.hypothetical:
                continue
            clauses = [c for c in self.kids[d.tok.i] if c.dep_ in ("ccomp", "xcomp")]
            # ("declared in a communique that tourists would be legitimate targets": the clause may hang on the noun)
            clauses += [a for c in self.kids[d.tok.i] if c.dep_ == "prep" for p in self.kids[c.i] if p.dep_ == "pobj"
                        for a in self.kids[p.i] if a.dep_ == "acl"]
            clauses += [v for c in clauses for v in self.kids.conjuncts(c)]
            if (d.tok.dep_ in ("parataxis", "ccomp") or d.tok.dep_ == "conj" and not any(
                    c.dep_ in CLAUSE_DEPS for c in self.kids[d.tok.i])) and self.kids.head(d.tok).i < d.tok.i:
                # "Moscow will pay dearly, the commander said" (the parser may join the closing "said" to the clause)
                clauses.append(self.kids.head(d.tok))
            for clause in clauses:
                sufferers = self._threat_idiom(clause)
                if sufferers is None:
                    continue
                d.type, d.fine, d.mode = "THREATEN", None, None
                keys = [k for k in self._keys(sufferers) if k not in d.actors]
                if keys:
                    d.recipients = keys
                break

    def _threat_idiom(self, verb: Token) -> list[Token] | None:
        """Who is to suffer the harm a set phrase of threat on this verb foretells (None: no such phrase)."""
        kids = self.kids[verb.i]
        foretold = any(c.dep_ == "aux" and c.lower_ in THREAT_MODALS for c in kids) or \
            verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "or" for c in self.kids[self.kids.head(verb).i]) \
            or lemma_of(verb) in ("face", "lose") and self._conditional(verb)  # ("they face expulsion if they …")
        if not foretold:
            return None
        subjects = [c for c in kids if c.dep_ in SUBJ]
        lemma = lemma_of(verb)
        objs = {lemma_of(c) for c in kids if c.dep_ in OBJ}
        advs = {c.lower_ for c in kids if c.dep_ == "advmod"}
        if lemma == "pay" and (objs & {"price", "toll"} or advs & {"dearly", "heavily"}) \
                or lemma == "face" and objs & THREATENED_FATES or lemma == "regret" and any(c.lower_ == "it" for c in kids if c.dep_ in OBJ):
            return subjects
        if lemma == "be" and any(c.dep_ == "attr" and lemma_of(c) == "target" and any(m.lower_ == "legitimate" for m in self.kids[c.i]) for c in kids):
            return subjects
        # "any incursion would be met with force", "would be treated by Ankara as a cause for war", "would not sit idly
        # by", "relations with Athens would suffer badly": a harmful answer foretold (to whoever does what is named)
        passive = any(c.dep_ == "auxpass" for c in kids)
        phrases = {(p.lower_, lemma_of(o)) for p in kids if p.dep_ in ("prep", "agent") for o in self.kids[p.i] if o.dep_ == "pobj"}
        if passive and lemma in ("meet", "answer", "greet") and any(p == "with" and o in RETALIATION_NOUNS for p, o in phrases) \
                or passive and lemma in ("treat", "regard", "consider", "see") and any(p == "as" and o in WAR_CAUSE_NOUNS for p, o in phrases) \
                or lemma in ("sit", "stand") and advs & {"idly", "by"} and negated_verb(kids) \
                or lemma == "suffer" and any(lemma_of(c) in ("relation", "tie") for c in subjects):
            return []
        # "schools will lose their licences if they refuse …", "relief agencies would face expulsion if they …",
        # "journalists who smear the law could face prosecution": a penalty foretold on a condition or for whoever
        # does something
        conditioned = self._conditional(verb) or any(r.dep_ == "relcl" and any(w.lower_ in ("who", "that") for w in self.kids[r.i])
                                                     for s in subjects for r in self.kids[s.i])
        if conditioned and (lemma == "face" and objs & CONDITIONAL_PENALTIES or lemma == "lose" and objs & LOSABLE_RIGHTS):
            return subjects
        if lemma == "deal" and advs & {"sternly", "firmly", "severely", "harshly", "ruthlessly", "strictly", "strongly"}:
            return [p for c in kids if c.dep_ == "prep" and c.lower_ == "with" for p in self.kids[c.i] if p.dep_ == "pobj"]
        return None

    def _complement_recipients(self, drafts: list[_Draft]) -> None:
        """'offered to mediate between Moscow and Kyiv', 'threatened to block YouTube', 'was ready to give
        ground to its creditors': an offer, threat, refusal or request with no one named on its own verb is
        aimed at whoever the act it offers, threatens, refuses or asks for is aimed at."""
        at = {d.tok.i: d for d in drafts}
        for d in drafts:
            if d.type not in ("AGREE", "THREATEN", "REJECT", "REQUEST", "ACCUSE") or d.recipients:
                continue
            if d.trig.pos == "N":
                # "Myanmar's refusal to grant a visa to the envoy", "Turkey's threat to send troops into northern
                # Iraq", "Japan's pledge of aid for Afghanistan", "Moscow's accusation that Georgia was harbouring …"
                self._noun_content_recipients(d, at)
                continue
            if d.type == "ACCUSE":
                continue
            content = [c for c in self._stated_acts(d.tok) if not self._is_speech(c)]
            # ("pledged $200 million in reconstruction aid for Bosnia": the thing pledged, through its measure)
            objs = [o for o in self.kids[d.tok.i] if o.dep_ in OBJ]
            content += [o for o in objs if o.i in at] + [p for o in objs for pr in self.kids[o.i] if pr.dep_ == "prep" and pr.lower_ in ("in", "of")
                                                         for p in self.kids[pr.i] if p.dep_ == "pobj" and p.i in at]
            keys: list[str] = []
            for c in content:
                inner = at.get(c.i)
                if inner is not None and inner.recipients:
                    keys += inner.recipients
                    continue
                targets = [o for o in self.kids[c.i] if o.dep_ in OBJ | {"dative"}]
                if lemma_of(c) in SENDING_VERBS:
                    # "offered to send troops to help Mozambique": the troops sent are the sender's own; the one
                    # their errand helps receives the offer
                    targets = [o for x in self.kids[c.i] if x.dep_ in ("advcl", "xcomp") and infinitive(x, self.kids)
                               for o in self.kids[x.i] if o.dep_ in OBJ]
                targets += [p for o in self.kids[c.i] if o.dep_ == "prep" and o.lower_ in ("to", "for", "with", "between", "against", "on", "into")
                            for p in self.kids[o.i] if p.dep_ == "pobj"]
                keys += self._keys([t for t in targets if self._participant_like(t)])
            d.recipients = [k for k in _uniq(keys) if k not in d.actors]

    def _lobbying_for_others(self, drafts: list[_Draft]) -> None:
        """'lobbied fellow Commonwealth members to back the candidacy of a Ghanaian diplomat', 'canvassed support among
        Islamic states for the PLO's bid', 'canvassing leaders on behalf of Argentina's claim': rallying support for a
        third party is support for it (CAMEO 053); canvassing for one's own bid ("to back its bid") stays a request."""
        for d in drafts:
            if d.type not in ("REQUEST", "SUPPORT") or d.trig.pos != "V" or lemma_of(d.tok) not in CANVASSING_VERBS:
                continue
            backs = [c for c in self.kids[d.tok.i] if c.dep_ == "xcomp" and lemma_of(c) in BACKING_VERBS]
            objs = [o for c in backs for o in self.kids[c.i] if o.dep_ in OBJ]
            # ("lobbying Islamic countries to throw their weight behind the Kashmiri cause")
            weight = [c for c in self.kids[d.tok.i] if c.dep_ == "xcomp" and lemma_of(c) == "throw"
                      and any(o.dep_ in OBJ and lemma_of(o) == "weight" for o in self.kids[c.i])]
            if weight:
                backs, objs = weight, self._prep_objects(weight, ("behind",))
            behalf = False
            if not objs:
                # ("… for the PLO's bid", "… on behalf of Argentina's claim": the bid backed, after the verb or its object)
                heads = [d.tok] + [o for o in self.kids[d.tok.i] if o.dep_ in OBJ]
                heads += self._prep_objects(heads, ("among",))  # ("… backing among ASEAN members for Sihanouk's coalition")
                objs = self._prep_objects(heads, ("for",))
                if not objs:
                    # (whoever it is done on behalf of is a third party: "lobbying church leaders on behalf of 34 activists")
                    objs = self._prep_objects([b for b in self._prep_objects(heads, ("on",)) if b.lower_ == "behalf"], ("of",))
                    behalf = bool(objs)
            if objs and any(p.dep_ == "poss" and (p.tag_ == "PRP$" or set(self.table.keys_for(p)) & set(d.actors))
                            for o in objs for p in self.kids[o.i]):
                if d.type == "SUPPORT" and lemma_of(d.tok) != "rally":
                    d.type = "REQUEST"  # ("canvassing support among African states for its bid": asking for one's own)
                continue
            if not objs or not backs and not behalf and not any(lemma_of(o) in BID_NOUNS or o.pos_ == "PROPN" for o in objs):
                continue  # ("lobbied NATO for helicopters": asking for things is a request)
            backed = self._keys([p for o in objs for p in self.kids[o.i] if p.dep_ == "poss"]) \
                or self._keys(self._prep_objects(objs, ("of",))) or self._keys(objs)
            if not backed:
                continue
            d.type, d.fine, d.mode = "SUPPORT", None, None
            d.recipients = _uniq(backed + [k for k in d.recipients if k not in backed])

    def _fates_told(self, drafts: list[_Draft]) -> None:
        """'has told the charities Oxfam and Save the Children they face expulsion from Darfur': telling someone they face a
        penalty is a threat of it (CAMEO 13), made by the teller to the one told."""
        for d in drafts:
            if d.type != "STATEMENT" or d.trig.pos != "V" or lemma_of(d.tok) not in TELLING_VERBS:
                continue
            fates = [c for c in self.kids[d.tok.i] if c.dep_ == "ccomp" and lemma_of(c) in PENDING_FATE_VERBS - {"await"}]
            penalties = [x for x in drafts if x.trig.pos == "N" and x.type in ("SANCTION", "COERCE", "ASSAULT")
                         and any(self.kids.head(x.tok).i == f.i and x.tok.dep_ in OBJ for f in fates)]
            if penalties:
                d.type, d.fine, d.mode = "THREATEN", None, self._threat_mode(penalties[0])

    def _answered_requests(self, drafts: list[_Draft]) -> None:
        """'stood firm against U.S. demands to hand over bin Laden', 'rejected Israel's offer': a refusal of a
        demand or offer is aimed at whoever made it, not at what it asked for; 'wrote to the prime minister
        demanding that …': a demand made in a letter or appeal is made of whom it was sent to."""
        at = {d.tok.i: d for d in drafts}
        for d in drafts:
            if d.type == "REJECT" and d.trig.pos == "V":
                asked = [o for o in self.kids[d.tok.i] if o.dep_ in OBJ] + [
                    p for c in self.kids[d.tok.i] if c.dep_ == "prep" and c.lower_ in ("against", "to") for p in self.kids[c.i] if p.dep_ == "pobj"]
                asks = [at[o.i] for o in asked if o.i in at and at[o.i].type in ("REQUEST", "AGREE", "THREATEN") and at[o.i].trig.pos == "N"]
                makers = [k for a in asks for k in a.actors if k not in d.actors]
                # (only in place of what the request asked for: "refused a Spanish request" already names Spain's side)
                inside = {r for a in asks for x in drafts if x.tok.i in self.kids.subtree_ids(a.tok) for r in x.recipients}
                if makers and all(k in inside for k in d.recipients):
                    d.recipients = _uniq(makers)
            elif d.type == "REQUEST" and d.trig.pos == "V":
                # "demanded the release of 21 hostages seized by Abu Sayyaf gunmen": the release is asked of the captors
                captors = self._captors(d, at)
                if captors:
                    d.recipients = captors
                elif not d.recipients and d.tok.tag_ == "VBG" and d.tok.dep_ in ("advcl", "xcomp", "acl"):
                    head = at.get(self.kids.head(d.tok).i)
                    if head is not None and head.type == "STATEMENT" and head.trig.pos == "V" and head.actors == d.actors:
                        d.recipients = list(head.recipients)

    def _captors(self, d: _Draft, at: dict[int, _Draft]) -> list[str]:
        """Who holds the people a demanded release is of: who "seized", "held", "kidnapped" … them."""
        held = [p for o in self.kids[d.tok.i] if o.dep_ == "dobj" and lemma_of(o) in ("release", "freedom", "return")
                for c in self.kids[o.i] if c.dep_ == "prep" and c.lower_ == "of" for p in self.kids[c.i] if p.dep_ == "pobj"]
        takers = [a for p in held for a in self.kids[p.i] if a.dep_ == "acl" and lemma_of(a) in CAPTURE_LEMMAS]
        return _uniq([k for a in takers for k in (at[a.i].actors if a.i in at else self._keys(self._agent_objects(a)))
                      if k not in d.actors])

    def _noun_content_recipients(self, d: _Draft, at: dict[int, _Draft]) -> None:
        """Whom an offer, threat, refusal, request or accusation named by a noun is aimed at: the one its
        infinitive's act is done to, the one its "of" event is for, or the subject of its that-clause."""
        keys: list[str] = []
        for c in self.kids[d.tok.i]:
            if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in self.kids[c.i]):
                keys += self._keys(self._clause_subjects(c))  # "the accusation that Georgia was harbouring rebels"
            elif d.type in ("ACCUSE", "REQUEST"):
                continue  # ("a Spanish request to extradite a separatist": the one extradited is not the one asked)
            elif c.dep_ == "acl" and infinitive(c, self.kids):
                inner = at.get(c.i)
                if inner is not None and inner.recipients:
                    keys += inner.recipients
                    continue
                targets = [o for o in self.kids[c.i] if o.dep_ in OBJ | {"dative"} and lemma_of(c) not in SENDING_VERBS]
                targets += [p for o in self.kids[c.i] if o.dep_ in ("prep", "dative") and o.lower_ in ("to", "for", "with", "between", "against", "into")
                            for p in self.kids[o.i] if p.dep_ == "pobj"]
                keys += self._keys([t for t in targets if self._participant_like(t)])
            elif c.dep_ == "prep" and c.lower_ == "of":
                # "Japan's pledge of $5 billion in aid for Afghanistan": whom the thing pledged is for
                for p in self.kids[c.i]:
                    for x in [p] + [q for pr in self.kids[p.i] if pr.dep_ == "prep" and pr.lower_ == "in" for q in self.kids[pr.i] if q.dep_ == "pobj"]:
                        keys += [k for pr in self.kids[x.i] if pr.dep_ == "prep" and pr.lower_ in ("for", "to")
                                 for q in self.kids[pr.i] if q.dep_ == "pobj" for k in self._keys([q])]
        d.recipients = [k for k in _uniq(keys) if k not in d.actors]

    def _protested(self, noun: Token) -> list[str]:
        """Whom a 'protest' noun's of/at/against/over phrase names ("in protest at the government's refusal")."""
        return [k for c in self.kids[noun.i] if c.dep_ == "prep" and c.lower_ in ("of", "at", "against", "over")
                for p in self.kids[c.i] if p.dep_ == "pobj" for k in self._object_keys(p)]

    def _protest_targets(self, drafts: list[_Draft]) -> None:
        """'boycotted the session in protest at President Gutierrez's purge of the court': a protest verb's
        "in protest at" phrase names whom the protest is against, first."""
        for d in drafts:
            if d.type != "PROTEST" or d.trig.pos != "V":
                continue
            against = [k for c in self.kids[d.tok.i] if c.dep_ == "prep" and c.lower_ == "in"
                       for n in self.kids[c.i] if n.dep_ == "pobj" and lemma_of(n) == "protest" for k in self._protested(n)]
            if against:
                d.recipients = [k for k in _uniq(against + d.recipients) if k not in d.actors]

    def _facility(self, key: str) -> bool:
        """A name of a building or venue ("Cafetería Rolando", "Marriott Hotel"): where, not who."""
        return bool(FACILITY_WORDS & set(fold(self.table.label_of(key)).split()))

    def _headline_passive(self, verb: Token) -> bool:
        """'Bangladesh garment worker killed as police fire on protest': a headline's passive without "was" the
        parser reads as a verb with a subject."""
        return verb.dep_ == "ROOT" and verb.tag_ in ("VBN", "VBD") and lemma_of(verb) in UNDERGONE_IN_HEADLINES \
            and any(c.dep_ == "nsubj" for c in self.kids[verb.i]) \
            and not any(c.dep_ in OBJ or c.dep_ in ("aux", "auxpass", "ccomp", "xcomp", "conj", "npadvmod", "prt", "dative", "agent")
                        or c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "upon") for c in self.kids[verb.i])

    def _headline_subject(self, verb: Token) -> Token | None:
        """'Polish shipyard workers downed tools on Monday …': in a sentence with no finite verb the parser may
        read the verb as a modifier of its object; the noun it made the root is the subject."""
        if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN"):
            return None
        obj = self.kids.head(verb)
        if obj.i < verb.i or obj.pos_ not in ("NOUN", "PROPN"):
            return None
        root = obj
        for _ in range(3):
            if root.dep_ == "ROOT":
                break
            root = self.kids.head(root)
        if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN") or root.i > verb.i:
            return None
        start, end = self.sent_spans[self.sent_of[verb.i]]
        if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "acl", "compound", "aux", "auxpass")
               for t in self.toks[start:end]):
            return None
        return root

    def _patient(self, tok: Token) -> Token | None:
        for child in self.kids[tok.i]:
            if child.dep_ in OBJ or child.dep_ in PASS_SUBJ:
                if child.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
                    return self.kids.head(tok)  # "the youth, who was beaten up by policemen": the antecedent
                return child
        if tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN" and not self._root_noun_predicate(tok):
            return self.kids.head(tok)
        if tok.dep_ == "relcl":
            return None
        for child in self.kids[tok.i]:
            # "handed in their weapons" with the particle parsed as a preposition, "sealed off the Gaza Strip"
            # with the object hung on the particle: its object is the verb's
            if child.dep_ in ("prep", "prt") and child.tag_ == "RP":
                pobj = next((p for p in self.kids[child.i] if p.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
        for child in self.kids[tok.i]:
            # "allowed inspectors to resume their work": the subject of the infinitive clause
            # ("allowed Red Cross convoys carrying food into the zone": a participle on the object read as a clause)
            if child.dep_ in ("ccomp", "xcomp") and (infinitive(child, self.kids) or child.tag_ == "VBG" and lemma_of(tok) in LETTING_VERBS):
                subj = [c for c in self.kids[child.i] if c.dep_ in SUBJ]
                if subj:
                    return subj[0]
        if tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in self.kids[tok.i]) and \
                not any(c.dep_ in SUBJ or c.dep_ in PASS_SUBJ for c in self.kids[tok.i]):
            # "sanctions maintained since 1998 were lifted by Washington": the parser made the passive a
            # conjunct of a verb it read into the subject; that verb's subject is the passive's
            return next((c for c in self.kids[self.kids.head(tok).i] if c.dep_ in SUBJ or c.dep_ in PASS_SUBJ), None)
        return None

    def _cond(self, tok: Token, row: Trigger, cond: Cond) -> bool:
        name = cond.name
        if name == "clause":
            if any(c.dep_ in CLAUSE_DEPS or c.dep_ == "dobj" and c.pos_ in ("VERB", "AUX") for c in self.kids[tok.i]):
                return True
            if tok.dep_ in ("parataxis", "ccomp") or tok.dep_ == "ROOT" and any(c.dep_ == "advcl" or c.dep_ == "dep" and c.i < tok.i for c in self.kids[tok.i]):
                # ("QUETTA, Pakistan — A bomb … exploded …, police said": the parser may hang the clause on the dateline)
                return True
            kids = self.kids[tok.i]
            if tok.dep_ == "conj" and self.kids.head(tok).i < tok.i and not any(c.dep_ in ("cc", "dobj", "ccomp", "xcomp") for c in kids):
                # "Wealthy nations must provide $1 billion …, Nicaragua's finance minister said": the parser may join
                # the attribution to the clause it tells, after a comma and without "and"
                subj = [c for c in kids if c.dep_ in SUBJ and c.i < tok.i]
                if subj and subj[0].pos_ in ("NOUN", "PROPN"):
                    left = min(self.kids.subtree_ids(subj[0]))
                    if left > 0 and self.toks[left - 1].text == ",":
                        return True
            sent = self.doc[self.sent_spans[self.sent_of[tok.i]][0]:self.sent_spans[self.sent_of[tok.i]][1]]
            return any(t.text in ("“", "”", '"', "‘", "’") for t in sent) and tok.dep_ in ("ROOT", "parataxis", "ccomp", "conj")
        if name == "human":
            pat = self._patient(tok)
            if pat is None and lemma_of(tok) in STATE_VERBS:
                # ("are in jail": the one who is there; "the weapons are in the custody of the army" is no arrest)
                subj, _ = self._relative_subject(tok)
                return any(self._animate(x) and not self._machine(x) for x in subj)
            if pat is None:
                return True
            if self._machine(pat):
                return False  # "capturing drones", "downed a helicopter": machines are no people
            return bool(self._animate(pat))
        if name == "obj":
            pat = self._patient(tok)
            if pat is None and tok.dep_ == "relcl" and not infinitive(tok, self.kids) and not any(c.dep_ in OBJ for c in self.kids[tok.i]) \
                    and not any(c.dep_ in SUBJ and c.lower_ in RELATIVE_PRONOUNS for c in self.kids[tok.i]):
                # "a charge the Taliban deny", "the sanctions Washington lifted" (in "the students who were
                # protesting" the noun is the subject)
                pat = self.kids.head(tok)
            if pat is None and len(row.words) > 1:
                # "handed in their weapons": the phrase's particle parsed as a preposition with the object
                pat = next((p for c in self.kids[tok.i] if c.dep_ in ("prep", "prt") and c.lower_ == row.words[1]
                            for p in self.kids[c.i] if p.dep_ == "pobj"), None)
            if pat is None:
                return False
            if not cond.words or lemma_of(pat) in cond.words or pat.lower_ in cond.words:
                return True
            if pat.i >= 2 and self.doc[pat.i - 1].tag_ == "HYPH" and not self.doc[pat.i - 2].whitespace_ and \
                    not self.doc[pat.i - 1].whitespace_ and f"{self.doc[pat.i - 2].lower_}-{pat.lower_}" in cond.words:
                return True  # "scale back their sit-in": the parser heads a hyphenated noun on its last part
            if any(c.dep_ == "appos" and lemma_of(c) in cond.words for c in self.kids[pat.i]):
                return True  # "dissolved the main opposition, the National Rescue Party": the apposition names it
            if pat.dep_ in PASS_SUBJ | OBJ and any(c.dep_ == "dobj" and c is not pat and lemma_of(c) in cond.words for c in self.kids[tok.i]):
                return True  # "dissidents were granted asylum", "handed investigators the files": a two-object verb's thing
            if any(inner is not pat and (lemma_of(inner) in cond.words or inner.lower_ in cond.words)
                   for inner in expand(pat, self.kids)):
                return True  # "treated hundreds of wounded civilians", "suspended training and arms deliveries"
            if (lemma_of(pat) in PARTITIVE_NOUNS | PART_WORDS | COUNTING_NOUNS or lemma_of(pat) in DURATION_NOUNS and tok.tag_ != "VBG"
                    or pat.pos_ == "NUM") and any(
                    p.dep_ == "pobj" and lemma_of(p) in cond.words
                    for c in self.kids[pat.i] if c.lower_ == "of" for p in self.kids[c.i]):
                return True  # "called off the next round of talks", "ended six years of house arrest", "flew the first 700 of its soldiers"
            if any((lemma_of(m) in MEASURE_NOUNS or m.ent_type_ == "MONEY") and any(
                    p.dep_ == "pobj" and any(lemma_of(q) in cond.words for q in (p, *self.kids.conjuncts(p)))
                    for c in self.kids[m.i] if c.lower_ in ("of", "in") for p in self.kids[c.i])
                    for m in [pat, *self.kids.conjuncts(pat)]):
                return True  # "shipped 50,000 tonnes of wheat", "froze $2 billion in security assistance"
                # ("shipped 20 generators and 4,000 tonnes of fuel": or a measure coordinated with it)
            if "wanted" in cond.words and any(c.dep_ in ("acl", "amod") and c.lower_ == "wanted" for c in self.kids[pat.i]):
                return True  # "two brothers wanted in connection with the killings were picked up": wanted men
            # "the ceasefire agreement": the modifier may carry the meaning; "a state of emergency"
            if lemma_of(pat) == "state":
                return any(p.dep_ == "pobj" and lemma_of(p) in cond.words for c in self.kids[pat.i] if c.lower_ == "of" for p in self.kids[c.i])
            # ("closed the reformist daily Shargh": a name's kind may be tagged an adjective)
            # ("allowed the opposition magazine Analisis to resume …": the parser may give the kind another label)
            return any(c.dep_ == "compound" and (lemma_of(c) in cond.words or c.lower_ in cond.words)
                       or c.dep_ == "amod" and pat.pos_ == "PROPN" and c.lower_ in cond.words
                       or pat.pos_ == "PROPN" and c.pos_ == "NOUN" and lemma_of(c) in cond.words
                       and all(t.pos_ == "PROPN" for t in self.toks[c.i + 1:pat.i])
                       for c in self.kids.lefts(pat))
        if name == "notobj":
            pat = self._patient(tok)
            if pat is not None and lemma_of(pat) in PART_WORDS:
                # "meeting one of the main demands": the part stands for what it is part of
                pat = next((p for c in self.kids[pat.i] if c.lower_ == "of" for p in self.kids[c.i] if p.dep_ == "pobj"), pat)
            return pat is None or (lemma_of(pat) not in cond.words and pat.lower_ not in cond.words)
        if name == "prep":
            preps = self._preps(tok)
            if row.pos == "N" and tok.dep_ == "dobj" and self._light(self.kids.head(tok)):
                # "opened a hearing on Wednesday into …": the phrase may hang on the light verb
                preps = preps + [c for c in self.kids[self.kids.head(tok).i] if c.dep_ == "prep" and c.i > tok.i]
            if row.pos == "V" and lemma_of(tok) in RECEIVING_VERBS:
                # "received blankets and medicine from the Red Crescent": the from-phrase may hang on the object
                preps = preps + [c for o in self.kids[tok.i] if o.dep_ in OBJ for c in self.kids[o.i] if c.dep_ == "prep"]
            if row.pos == "V" and (cond.prep in ("into", "to", "from", "against", "of", "with", "as") or any(c.name == "obj" and c.words for c in row.conds)):
                # "took two workers of a militant outfit into custody", "presented a newly built stadium to the
                # government", "barring labourers from their jobs", "dismissed the accord signed in Pretoria as ``a deal among
                # traitors''": the phrase may hang inside the object (and in
                # an idiom with its own object: "turned its back on …", "poured cold water on …")
                # (not inside a clause on the object: "welcomed Bonn's decision to open its borders to the West")
                preps = preps + [c for o in self.kids[tok.i] if o.dep_ in OBJ for c in o.subtree
                                 if c.dep_ == "prep" and c.i > o.i and c.lower_ == cond.prep
                                 and not self._infinitive_between(c, o)]
            if row.pos == "V" and any(c.name == "xcomp" for c in row.conds):
                # "vowed to stay off the job despite a back-to-work order": the phrase may hang on the complement
                preps = preps + [c for x in self.kids[tok.i] if x.dep_ in ("xcomp", "ccomp") for c in self.kids[x.i] if c.dep_ == "prep"]
            if row.pos == "V" and len(row.words) > 1:
                # "set the market ablaze with rocket fire": the phrase may hang on the idiom's second word
                preps = preps + [c for w in self.kids[tok.i] if w.dep_ in ("advmod", "prt", "acomp", "oprd") and w.lower_ in row.words[1:]
                                 for c in self.kids[w.i] if c.dep_ == "prep"]
            if cond.prep == "for" and not cond.words and any(self._for_clause(c) for c in self.kids[tok.i]):
                return True  # "its call for the army to return to barracks": parsed as "for" marking a clause
            if cond.prep == "for" and not cond.words and row.pos == "N" and tok.dep_ == "dobj" and any(
                    self._for_clause(c) and c.i > tok.i for c in self.kids[self.kids.head(tok).i]):
                return True  # "renewed its call on Wednesday for Washington to scrap the embargo": on the verb
            for child in preps:
                if child.lower_ == cond.prep:
                    if cond.prep != "until" and any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in self.kids[child.i]):
                        continue  # "a general strike on Sunday" is no strike on anything ("gave him until noon" is)
                    if not cond.words:
                        return True
                    # "kept … in dire conditions in a prison": the noun may sit deeper in the phrase
                    for p in child.subtree:
                        if p.i > child.i and p.i - child.i < 12 and (p.pos_ in ("NOUN", "PROPN", "PRON") or p.dep_ in ("pcomp", "pobj") and p.tag_ == "VBG") \
                                and (lemma_of(p) in cond.words or self._police_word(p, cond.words)):
                            return True
            return False
        if name == "dative":
            return any(c.dep_ == "dative" and (not cond.words or lemma_of(c) in cond.words or self._police_word(c, cond.words))
                       for c in self.kids[tok.i])
        if name == "comp":
            mods = [c for c in self.kids.lefts(tok) if c.dep_ in ("compound", "amod", "nmod")]
            # ("joint field exercises", "joint military drills": a modifier may hang on the modifier next to the noun)
            mods += [m for c in mods for m in self.kids.lefts(c) if m.dep_ in ("compound", "amod") and c.pos_ != "PROPN"]
            return any(lemma_of(c) in cond.words or c.lower_ in cond.words for c in mods)
        if name == "notcomp":
            return not any(c.dep_ in ("compound", "amod", "nmod") and (lemma_of(c) in cond.words or c.lower_ in cond.words) for c in self.kids.lefts(tok))
        if name == "args":
            # ("slapped a ban on Saturday on all rallies": the phrases may hang on the light verb)
            # ("an apology was conveyed by Israel to Jordan": so in the passive, the doer after "by")
            return self._has_args(tok) or tok.dep_ in ("dobj", "nsubjpass") and self._light(self.kids.head(tok)) and any(
                c.dep_ in ("prep", "agent") and c.i > tok.i and c.lower_ in ("on", "against", "to", "with", "between", "by", "of")
                and any(p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME") for p in self.kids[c.i])
                for c in self.kids[self.kids.head(tok).i])
        if name == "xcomp":
            # "ordered the mission to leave": the verb of its infinitive complement is one of these
            # ("sent troops to join the force": a purpose infinitive counts too)
            if any(complement(c, self.kids) and lemma_of(c) in cond.words for c in self.kids[tok.i]):
                return True
            # ("ordered all members of the mission monitoring its border to leave": the parser may hang the infinitive
            # on a participle inside the object)
            if any(t.dep_ == "acl" and t.tag_ == "VBG" and any(c.dep_ == "advcl" and infinitive(c, self.kids) and lemma_of(c) in cond.words
                                                             for c in self.kids[t.i])
                   for o in self.kids[tok.i] if o.dep_ in OBJ for t in map(self.toks.__getitem__, self.kids.subtree_ids(o))):
                return True
            # "were given 48 hours to leave": the parser may hang the infinitive on the time limit
            return any(lemma_of(o) in DEADLINE_NOUNS and any(k.dep_ == "relcl" and infinitive(k, self.kids) and lemma_of(k) in cond.words
                                                           for k in self.kids[o.i])
                       for o in self.kids[tok.i] if o.dep_ in OBJ)
        if name == "notprep":
            # no prepositional phrase with one of these prepositions ("charged the crowd", not "… with rioting")
            return not any(c.dep_ in ("prep", "agent") and c.lower_ in cond.words for c in self.kids[tok.i])
        if name == "target":
            # a person, group, named entity or place is hit, fought or struck (not "fight corruption")
            cands = [self._patient(tok)] + [p for c in self.kids[tok.i] if c.dep_ == "prep" and c.lower_ in ("with", "against", "on", "at")
                                            for p in self.kids[c.i] if p.dep_ == "pobj"]
            # ("would hit African National Congress bases": a site named by whose it is)
            return any(c is not None and (self._participant_like(c) or lemma_of(c) in SITE_NOUNS and any(
                m.dep_ == "compound" and self.table.keys_for(m) for m in self.kids[c.i])) for c in cands)
        if name == "objclause":
            # "voiced confidence on Friday that an accord would be signed": a that-clause on the object says what
            return any(k.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in self.kids[k.i])
                       for c in self.kids[tok.i] if c.dep_ in OBJ for k in self.kids[c.i]) \
                or any(c.dep_ == "ccomp" for c in self.kids[tok.i])
        if name == "harmobj":
            # "voiced regret over the deaths of nine villagers", "regret for the raid": what is regretted is a harm done
            objs = [c for c in self.kids[tok.i] if c.dep_ in OBJ]
            around = objs + [p for o in [tok, *objs] for c in self.kids[o.i] if c.dep_ == "prep" and c.lower_ in ("for", "over", "at", "about")
                             for p in self.kids[c.i] if p.dep_ == "pobj"]
            return any(lemma_of(a) in HARM_NOUNS or any(r.type in ("ASSAULT", "COERCE") for r in self.lex.triggers.get((lemma_of(a), "N")) or ())
                       for a in around)
        if name == "ownside":
            # (verbs) its object comes from the doer's own side ("heeding a call by their leader")
            return any(c.dep_ in OBJ and self._own_side(c) for c in self.kids[tok.i])
        if name == "objof":
            # (nouns) the direct object of one of these verbs, or its subject in the passive ("lodged a protest",
            # "a warrant was issued")
            return tok.dep_ in ("dobj", "nsubjpass") and lemma_of(self.kids.head(tok)) in cond.words
        if name == "dep":
            # its own dependency label is one of these ("an army patrol shot dead …": a patrol that acts is a unit)
            return tok.dep_ in cond.words
        if name == "ineffect":
            # (nouns) the subject of a verb that says it is carried out ("the truce took hold", "came into force")
            return tok.dep_ in SUBJ and self._in_effect(self.kids.head(tok))
        if name == "inprep":
            # (nouns) the object of one of these prepositions ("in retaliation for …")
            return tok.dep_ == "pobj" and self.kids.head(tok).lower_ in cond.words
        if name == "ofthing":
            ofs = [p for c in self.kids[tok.i] if c.dep_ == "prep" and c.lower_ == "of" for p in self.kids[c.i] if p.dep_ == "pobj"]
            return bool(ofs) and not any(self._participant_like(p) for p in ofs)
        if name == "ofhuman":
            ofs = [p for c in self.kids[tok.i] if c.dep_ == "prep" and c.lower_ == "of" for p in self.kids[c.i] if p.dep_ == "pobj"]
            return not ofs or any(self._participant_like(p) for p in ofs)
        if name == "noobj":
            # ("fired in the air to break up a clash": an infinitive of purpose is no object)
            return self._patient(tok) is None and not any(c.dep_ == "ccomp" or c.dep_ == "xcomp" and not infinitive(c, self.kids)
                                                          for c in self.kids[tok.i])
        if name == "objname":
            # its object is a named person, body or country ("received Netanyahu", not "received 40 wounded")
            pat = self._patient(tok)
            return pat is not None and pat.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        if name == "prefix":
            # "test-fired": the tokenizer splits at the hyphen, the word before it says what kind of act
            toks = self.toks
            i = tok.i
            return i >= 2 and toks[i - 1].text == "-" and not toks[i - 1].whitespace_ and not toks[i - 2].whitespace_ \
                and toks[i - 2].lower_ in cond.words
        if name == "inf":
            # "told Damascus to hand over the files": an addressee and what it is to do
            # ("teachers were told by the government to end their walkout": the addressee as passive subject)
            # ("told Slovenia and Croatia on Monday to settle their quarrel": the parser may hang the infinitive after the
            # object as a purpose)
            kids = self.kids[tok.i]
            objs = [c for c in kids if c.dep_ in OBJ | PASS_SUBJ | {"dative"}]
            return bool(objs) and any((c.dep_ in ("xcomp", "ccomp") or c.dep_ == "advcl" and any(o.i < c.i for o in objs)
                                       and not any(t.text == "," for t in self.toks[tok.i:c.i])) and infinitive(c, self.kids) for c in kids)
        if name == "subjcountry":
            # "Mexico handed over three suspects to U.S. authorities": a state hands over to another (extradition)
            subj, passive = self._subject(tok)
            if passive or any(c.dep_ == "auxpass" for c in self.kids[tok.i]):
                subj = self._agent_objects(tok)  # ("was handed over by Mexico to U.S. marshals")
            if any(s.ent_type_ == "GPE" or any(self.table.cls_of(k) == "Country" for k in self.table.keys_for(s)) for s in subj):
                return True
            # ("was handed over to Italian police by French authorities": one country's officers to another's)
            def country_of(t: Token) -> set[str]:
                return {k for c in self.kids[t.i] if c.dep_ in ("amod", "compound") for k in self.table.country_keys_of(c)}
            givers = {k for s in subj for k in country_of(s)}
            takers = {k for p in self._prep_objects([tok], ("to",)) for k in country_of(p)}
            return bool(givers and takers and not givers & takers)
        if name == "deadline":
            # "gave the militia 48 hours to lift the blockade": a time limit for an act demanded
            # ("gave the diplomats 48 hours to leave": an expulsion, not a threat)
            worded = self._deadline_by_words(tok)
            if worded is not None:
                return lemma_of(worded) not in ("leave", "depart", "quit", "go", "exit", "get", "pack")
            return (any(c.dep_ in OBJ | {"npadvmod"} and lemma_of(c) in DEADLINE_NOUNS or c.dep_ == "dative" and any(
                g.dep_ == "npadvmod" and lemma_of(g) in DEADLINE_NOUNS for g in self.kids[c.i])
                # ("set Charles Taylor's rebels a 48-hour deadline": the time limit read as in apposition to the first object)
                or c.dep_ in OBJ and any(g.dep_ == "appos" and lemma_of(g) in DEADLINE_NOUNS for g in self.kids[c.i])
                for c in self.kids[tok.i])
                    or self._deadline_in_phrase(tok)) and any(
                (complement(c, self.kids) or c.dep_ in ("relcl", "acl")) and infinitive(c, self.kids)
                and lemma_of(c) not in ("leave", "depart", "quit", "go", "exit", "get", "pack")
                for c in self.kids[tok.i]
                # ("gave the junta 72 hours to hand power back": the infinitive may hang on the time limit)
                + [r for o in self.kids[tok.i] if o.dep_ in OBJ and lemma_of(o) in DEADLINE_NOUNS for r in self.kids[o.i]])
        if name == "verdict":
            # "called the attack an act of evil": an object and what it is called
            return any(c.dep_ in ("oprd", "attr", "xcomp", "ccomp") for c in self.kids[tok.i]) or \
                sum(1 for c in self.kids[tok.i] if c.dep_ == "dobj") >= 2  # "branded the raids an act of terrorism"
        if name == "ing":
            # "hundreds gathered outside parliament, demanding …": a comma participle says what the gathering is for
            return any(c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and lemma_of(c) in cond.words for c in self.kids[tok.i])
        if name == "toinf":
            # "turned to Gabon's president to mediate": what someone is to do, as a to-infinitive
            # ("a commitment to set up a hotline": on a noun, the infinitive is a clause of its own)
            return any((complement(c, self.kids) or row.pos == "N" and c.dep_ == "acl") and infinitive(c, self.kids)
                       for c in self.kids[tok.i])
        if name == "subjunctive":
            # "insisted that Russia honour its commitments": a bare verb with its own subject is a demand
            # (also where the tagger reads it as a present tense: "that Zambia trim", a singular subject
            # with a verb that has no -s, or "insisted that its partners stand", a present tense after a past
            # one, which reported speech would have shifted back)
            return any(c.dep_ == "ccomp" and not any(a.dep_ in ("aux", "auxpass") for a in self.kids[c.i])
                       and any(s.dep_ in SUBJ and (c.tag_ == "VB" or c.tag_ == "VBP" and c.lemma_ != "be"
                                                       and (s.tag_ in ("NN", "NNP") or tok.tag_ == "VBD")
                                                       # ("insisted that Thailand let its staff in", "that the
                                                       # United Nations set a date", "that Ershad quit": a verb whose past is its bare
                                                       # form, read as a past by the tagger)
                                                       or c.tag_ in ("VBD", "VBN") and c.lower_ == lemma_of(c) and s.tag_ in ("NN", "NNP", "NNPS"))
                               for s in self.kids[c.i])
                       # ("insisted that an independent commission be created": a passive one, with a bare "be")
                       or c.dep_ == "ccomp" and any(a.dep_ == "auxpass" and a.lower_ == "be" for a in self.kids[c.i])
                       and not any(a.dep_ == "aux" for a in self.kids[c.i]) and any(s.dep_ == "nsubjpass" for s in self.kids[c.i])
                       for c in self.kids[tok.i])
        if name == "plainclause":
            # "warned that the situation was deteriorating": a gloomy statement; "warned that it would
            # retaliate" (a modal in the clause) stays a threat
            # (nor intent or a condition: "warned that Baku was ready to retake it if talks failed")
            clauses = [c for c in self.kids[tok.i] if c.dep_ == "ccomp"]
            return bool(clauses) and not any(t.dep_ == "aux" and t.lower_ in MODAL_AUX or lemma_of(t) in INTENT_LEMMAS | {"determined", "plan", "intend"}
                                             or t.dep_ == "mark" and t.lower_ in CONDITIONAL_MARKS for c in clauses for t in c.subtree)
        if name == "thingclause":
            # "warned that a stronger won would hurt exports", "warning that its stocks would run out": what a thing will
            # do is a gloomy forecast; a threat names someone who will act, or a penalty ("warned that sanctions
            # would follow if …")
            clauses = [c for c in self.kids[tok.i] if c.dep_ == "ccomp"]
            if row.pos == "N":
                # "despite warnings from aid agencies that disease could spread": the noun's clause
                clauses += [c for c in self.kids[tok.i] if c.dep_ == "acl" and c.pos_ in ("VERB", "AUX") and any(x.dep_ in SUBJ for x in self.kids[c.i])]
                # ("… despite warnings from doctors that cholera could spread": or the parser hangs it on a verb above,
                # the clause's "that" right after the noun's phrase)
                after = tok.right_edge.i + 1
                if after < len(self.doc) and self.doc[after].lower_ == "that" and self.doc[after].dep_ == "mark":
                    clauses += [self.kids.head(self.doc[after])]
            if not clauses:
                return False
            for c in clauses:
                subj = [x for x in self.kids[c.i] if x.dep_ in SUBJ | PASS_SUBJ]
                if len(subj) != 1 or subj[0].dep_ in PASS_SUBJ or subj[0].pos_ != "NOUN" or self._animate(subj[0]) \
                        or lemma_of(subj[0]) in PENALTY_NOUNS or any(t.dep_ == "mark" and t.lower_ in CONDITIONAL_MARKS for t in c.subtree):
                    return False
            return True
        if name == "actorclause":
            # "troops would use whatever force is necessary, the general cautioned": the clause tells what
            # someone (a person, a group, a named body) will do, not what a thing will do ("inflation could top 25 percent")
            told = [c for c in self.kids[tok.i] if c.dep_ == "ccomp"]
            if tok.dep_ in ("conj", "parataxis") and self.kids.head(tok).i < tok.i:
                told.append(self.kids.head(tok))  # (the parser may make the told clause the head, the speech verb its conjunct)
            return any(self._animate(x) or x.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                       for c in told for x in self.kids[c.i] if x.dep_ in SUBJ)
        if name == "passive":
            return any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in self.kids[tok.i])
        if name == "expletive":
            # "it may be recalled that …", "it is learnt that …": a passive with an empty "it" names no speaker
            return any(c.dep_ in PASS_SUBJ and c.lower_ == "it" for c in self.kids[tok.i]) and \
                any(c.dep_ == "auxpass" for c in self.kids[tok.i])
        if name == "question":
            # '"Who was it?" Mendeloff asked', "asked whether the deal was legal": a question, not a request
            # ("asked the agent if there was any evidence": the parser may hang the if-clause as an adverbial;
            # "asked for help if needed", "asked them to leave if …" is a request on a condition)
            asks = any(c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ == "for" for c in self.kids[tok.i])
            if any(c.dep_ in ("ccomp", "parataxis") and any(t.text == "?" for t in c.subtree) or any(
                    m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in self.kids[c.i]) and (
                    c.dep_ in ("ccomp", "parataxis") or c.dep_ == "advcl" and not asks
                    and any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in self.kids[c.i])) for c in self.kids[tok.i]):
                return True
            before = self.toks[max(0, tok.i - 4):tok.i]  # (the parser may end the sentence at the quote)
            return any(t.text == "?" for t in before) and any(t.is_quote for t in before)
        if name == "adv":
            # "forcibly repatriated", "built jointly by": an adverb on the verb says what kind of act it is
            # (and "pleaded not guilty": a predicate adjective, as the tagger reads it)
            return any(c.dep_ in ("advmod", "npadvmod", "acomp", "oprd") and c.lower_ in cond.words for c in self.kids[tok.i])
        if name == "objmod":
            # "set up a joint investigation team", "a fact-finding mission into the abuses": a word on the
            # object (a modifier before it, hyphenated ones whole, or its preposition) says what kind it is
            # ("closed the Ampere and Bellecour metro stations": a conjunct's words count too)
            pat = self._patient(tok)
            if pat is None:
                return False
            words: set[str] = set()
            for obj in expand(pat, self.kids):
                left = self.toks[obj.left_edge.i:obj.i] if obj is pat else [
                    t for t in self.toks[obj.left_edge.i:obj.i] if t.head.i == obj.i]
                words |= {lemma_of(t) for t in left} | {t.lower_ for t in left} | {
                    c.lower_ for c in self.kids[obj.i] if c.dep_ == "prep"}
                words |= {self.toks[i - 1].lower_ + "-" + self.toks[i + 1].lower_
                          for i in range(obj.left_edge.i + 1, obj.i) if self.toks[i].text == "-"}
            return bool(words & cond.words)
        if name == "subj":
            subj, passive = self._subject(tok)
            if passive or any(c.dep_ == "auxpass" for c in self.kids[tok.i]):
                # "was caught by villagers": the agent is the doer
                subj = self._agent_objects(tok)
            if tok.dep_ in ("acl", "amod") and not subj:
                subj = [self.kids.head(tok)]
            if tok.dep_ == "pcomp" and self.kids.head(tok).dep_ == "prep" and all(s.lower_ in RELATIVE_PRONOUNS for s in subj) \
                    and self.kids.head(self.kids.head(tok)).pos_ in ("VERB", "AUX"):
                # "a driver who fled after mowing down two pedestrians": the doer of the clause the phrase is on
                return self._cond(self.kids.head(self.kids.head(tok)), row, cond)
            if tok.dep_ == "relcl" and any(s.lower_ in RELATIVE_PRONOUNS for s in subj):
                # "the students who were protesting": the noun itself, not its modifiers ("an army general who fled")
                return any(lemma_of(t) in cond.words or t.lower_ in cond.words for t in expand(self._antecedent_of(tok), self.kids))
            for s in subj:
                for t in s.subtree:
                    if t.i - s.i > 8:
                        break
                    # ("JAKARTA — Rioters looted …": a plural the tagger took for a name keeps its plural lemma)
                    if lemma_of(t) in cond.words or t.lower_ in cond.words or t.tag_ == "NNPS" and singular(t.lower_) in cond.words \
                            or t.tag_ == "NNP" and t.is_sent_start and singular(t.lower_) in cond.words or self._police_word(t, cond.words):
                        return True
            return False
        return True

    def _clause_has_doer(self, tok: Token) -> bool:
        """A noun's governing verb has an active subject ("guerrillas wounded two soldiers in a bomb attack")."""
        node = tok
        for _ in range(4):
            if node.dep_ in SUBJ or node.dep_ in PASS_SUBJ or self.kids.head(node) is node:
                return False
            node = self.kids.head(node)
            if node.pos_ in ("VERB", "AUX"):
                subj, passive = self._subject(node)
                return bool(subj) and not passive
        return False

    def _crowd_targets(self, verb: Token) -> list[str]:
        """Whom police force with no stated target was used on: 'fired in the air to break up a clash between two
        groups', 'wielded batons to scatter a group of youths', 'fired 23 rounds when two mobs confronted each
        other' — the object of the purpose to scatter, or the crowd of the clause of time."""
        verbs = [verb] + [c for c in self.kids.conjuncts(verb) if c.pos_ == "VERB"]
        for v in verbs:
            # ("wielded batons to scatter a group of youths": the purpose may hang on the tool)
            tools = [t for o in self.kids[v.i] if o.dep_ == "dobj" for t in self.kids[o.i] if t.dep_ in ("relcl", "acl")]
            for c in list(self.kids[v.i]) + tools:
                if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and infinitive(c, self.kids) and lemma_of(c) in SCATTERING_VERBS:
                    objs = [o for o in self.kids[c.i] if o.dep_ == "dobj"] + self._prep_objects([c], ("up",)) + [
                        p for x in self.kids[c.i] if x.dep_ == "prt" for p in self._prep_objects([x], ("at", "of"))]
                    for o in objs:
                        if lemma_of(o) in CLASH_NOUNS:  # "a clash between two groups": the two sides
                            objs = self._prep_objects([o], ("between", "among")) or [o]
                            objs += [x for p in objs for x in self.kids.conjuncts(p)]
                        keys = [k for x in objs for k in self._keys([x]) if self.table.cls_of(k) in ("Person", "Group")]
                        if keys:
                            return keys
                if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "after", "as") for m in self.kids[c.i]):
                    crowd = [x for x in self.kids[c.i] if x.dep_ in SUBJ and (x.lower_ in CROWD_WORDS or lemma_of(x) in ("group", "mob", "crowd"))]
                    keys = [k for k in self._keys(crowd) if self.table.cls_of(k) in ("Person", "Group")]
                    if keys:
                        return keys
        return []

    def _prep_objects(self, heads: Iterable[Token], preps: Collection[str], after: int = -1) -> list[Token]:
        """The objects of the prepositions ``preps`` that hang on any of ``heads`` (after token ``after``)."""
        return [p for h in heads for c in self.kids[h.i] if c.dep_ == "prep" and c.lower_ in preps and c.i > after
                for p in self.kids[c.i] if p.dep_ == "pobj"]

    def _preps(self, tok: Token) -> list[Token]:
        """Prepositions (and particles) hanging on a verb, with those hanging on its particle.

        "pulled out of the talks": the parser hangs "of" on "out", not on "pulled"."""
        out = []
        for child in self.kids[tok.i]:
            # ("handed their weapons to U.N. monitors": the parser may call the "to" a dative)
            if child.dep_ in ("prep", "agent", "prt") or child.dep_ == "dative" and child.tag_ == "IN":
                if child.lower_ in COMPLEX_PREP_HEADS:
                    continue  # "according to the Canadian Press": a source, not a participant
                out.append(child)
                if child.dep_ == "prt" or not any(p.dep_ == "pobj" for p in self.kids[child.i]):
                    out.extend(c for c in self.kids[child.i] if c.dep_ == "prep")
            elif child.dep_ == "advmod" and child.lower_ in ("away", "back", "out", "off", "down", "up"):
                # "stayed away from work": the particle read as an adverb carries the phrase
                out.extend(c for c in self.kids[child.i] if c.dep_ == "prep")
        return out

    def _infinitive_between(self, tok: Token, top: Token) -> bool:
        """Whether the verb of an infinitive clause stands on the way up from ``tok`` to ``top`` (one of its heads)."""
        head = self.kids.head(tok)
        while head is not top and head is not self.kids.head(head):
            if head.pos_ in ("VERB", "AUX") and head.dep_ in ("acl", "advcl", "ccomp", "xcomp") and infinitive(head, self.kids):
                return True
            head = self.kids.head(head)
        return False

    def _obj_lemma(self, tok: Token) -> str | None:
        pat = self._patient(tok)
        return lemma_of(pat) if pat is not None else None

    def _has_args(self, tok: Token, content_of: bool = False) -> bool:
        """Whether a noun has a participant-like argument.  With ``content_of`` an "of"-phrase counts only
        when it names a participant: "the threat of sanctions" names what is feared, not who threatens."""
        for c in self.kids[tok.i]:
            if c.dep_ in ("poss", "compound", "nummod") or c.dep_ == "amod" and self.table.country_keys_of(c):
                return True
            if self._for_clause(c):
                return True  # "its call for the army to return to barracks"
            if c.dep_ == "prep" and c.lower_ in ("of", "by", "against", "on", "between", "with", "from", "to", "for", "into"):
                if content_of and c.lower_ == "of":
                    if any(p.dep_ == "pobj" and self._participant_like(p) for p in self.kids[c.i]):
                        return True
                    continue
                return True
        return False

    def _participant_modifier(self, tok: Token) -> tuple[str, ...]:
        """A participant noun used as a modifier ("police firing", "army shelling") as a group of its own;
        any other modifier ("house arrest", "bank records") names no one."""
        part = self.lex.participants.get(lemma_of(tok)) or self.lex.participants.get(tok.lower_)
        if part is None or part.kind != "group":
            return ()
        if tok.pos_ == "ADJ":
            return self.table.modifier_group(tok)  # ("a rebel ambush": the tagger reads "rebel" as an adjective)
        return self.table.fallback(tok)

    def _among_tolls(self, start: int, end: int, by_tok: dict[int, "_Draft"]) -> Iterator[tuple[Token, Trigger, list[Token]]]:
        """'Among the dead were a former minister and two journalists', 'Among those detained was a lecturer':
        the people the clause names underwent what the participle says (a killing, a wounding, an arrest)."""
        for tok in self.toks[start:end]:
            if tok.lower_ != "among" or tok.dep_ != "prep" or lemma_of(self.kids.head(tok)) != "be":
                continue
            copula = self.kids.head(tok)
            subjects = [c for c in self.kids[copula.i] if c.dep_ in SUBJ | {"attr"} and c.i > tok.i]
            subjects += [x for c in subjects for x in self.kids.conjuncts(c)]
            for p in self.kids[tok.i]:
                if p.dep_ != "pobj":
                    continue
                word = p if p.lower_ in AMONG_TOLLS else next((c for c in self.kids[p.i] if c.dep_ in ("acl", "amod") and c.lower_ in AMONG_TOLLS), None) \
                    if p.lower_ == "those" else None
                if word is None or word.i in by_tok or not subjects:
                    continue
                rows = self.lex.triggers.get(AMONG_TOLLS[word.lower_]) or ()
                row = next((r for r in rows if r.type in ("ASSAULT", "COERCE") and r.fine), None)
                if row is not None:
                    yield word, row, subjects

    def _joint_acts(self, start: int, end: int, by_tok: dict[int, "_Draft"]) -> Iterator[Token]:
        """'Thai and Cambodian army engineers have begun clearing landmines together', 'a pipeline built jointly
        by Bolivia and Brazil', 'crews from Indonesia and Malaysia worked side by side': what two or more
        countries do jointly is material cooperation (CAMEO 06, PLOVER COOPERATE): verbs that are no event of
        their own, and deployments or patrols (which would otherwise be MOBILIZE)."""
        for tok in self.toks[start:end]:
            # (a deployment or patrol done jointly is cooperation too; any other event keeps its type)
            # (and a link two countries open together: "Thai and Laotian officials jointly opened the first bridge across
            # the Mekong" is no easing of access by one side)
            if tok.pos_ != "VERB" or tok.i in by_tok and by_tok[tok.i].type != "MOBILIZE" and not (
                    by_tok[tok.i].type == "RETREAT" and by_tok[tok.i].mode == "access" and lemma_of(tok) in LINKING_VERBS) \
                    or not self._jointly(tok, by_tok):
                continue
            parties = [c for c in self.kids[tok.i] if c.dep_ in SUBJ | PASS_SUBJ] + [
                p for c in self.kids[tok.i] if c.dep_ == "agent" for p in self.kids[c.i] if p.dep_ == "pobj"]
            if not parties and tok.dep_ in ("xcomp", "conj"):
                parties = [c for c in self.kids[self.kids.head(tok).i] if c.dep_ in SUBJ]
            if not parties and tok.dep_ == "pcomp":
                # ("Israeli and Jordanian army engineers set about jointly clearing landmines")
                parties = [c for c in self.kids[self.kids.head(self.kids.head(tok)).i] if c.dep_ in SUBJ]
            if len(self._countries_in(parties)) >= 2:
                yield tok

    def _countries_in(self, parties: list[Token]) -> set[str]:
        """The countries the phrases of these parties name ("Thai and Cambodian army engineers": Thailand, Cambodia)."""
        return {k for p in parties for t in p.subtree for k in self.table.country_keys_of(t)}

    def _jointly(self, verb: Token, events: dict | None = None) -> bool:
        """An adverb of joint action on the verb (or on a phrase of it): jointly, together, side by side; or a joint
        work as its object (one that is no event of its own among ``events``)."""
        near = list(self.kids[verb.i]) + [g for c in self.kids[verb.i] if c.dep_ == "prep" for g in self.kids[c.i]]
        if any(c.dep_ == "advmod" and c.lower_ in ("jointly", "together") for c in near):
            return True
        # "Chinese and Russian engineers began laying a joint oil pipeline": a joint work (not a joint statement or meeting)
        # ("held joint patrols": the patrols are the event, read by their own row)
        # ("launched a joint vaccination drive": the adjective may hang on the compound before the noun)
        if any(c.dep_ == "dobj" and lemma_of(c) not in JOINT_WORDS_NOT_WORKS and c.i not in (events or {}) and any(
                m.dep_ == "amod" and m.lower_ == "joint"
                for m in [*self.kids[c.i], *(g for k in self.kids[c.i] if k.dep_ == "compound" for g in self.kids[k.i])])
               for c in self.kids[verb.i]):
            return True
        # "China and Kazakhstan opened a 1,000-km oil pipeline linking the two countries", "dismantled customs posts
        # along their border": a work that joins them (not one that is an event, nor a front line)
        if any(c.dep_ == "dobj" and lemma_of(c) in LINK_WORKS and c.i not in (events or {}) and not any(
                m.lower_ in ("front", "battle", "enemy", "defence", "defense", "ceasefire", "cease-fire") for m in self.kids[c.i])
                for c in self.kids[verb.i]) and lemma_of(verb) in LINKING_VERBS:
            return True
        return any(c.lower_ == "side" and c.dep_ in ("npadvmod", "advmod") for c in self.kids[verb.i]) and \
            any(c.dep_ == "prep" and c.lower_ == "by" and any(p.lower_ == "side" for p in self.kids[c.i]) for c in self.kids[verb.i])

    def _police_word(self, tok: Token, words: frozenset[str]) -> bool:
        """With "@cop" among a condition's words: a word the participants lexicon files under police (COP:
        "stf", "crime branch", "constable", "sho")."""
        if "@cop" not in words:
            return False
        part = self.lex.participants.get(lemma_of(tok)) or self.lex.participants.get(tok.lower_)
        return part is not None and part.sector == "COP"

    def _kind(self, *words: str) -> str | None:
        """The participants lexicon's kind of the first of ``words`` it lists ("machine", "weapon", …), else None."""
        for w in words:
            part = self.lex.participants.get(w)
            if part is not None:
                return part.kind
        return None

    def _machine(self, tok: Token) -> bool:
        """A weapon or vehicle of the participants lexicon ("drones", "warships")."""
        return self._kind(lemma_of(tok), tok.lower_) in ("machine", "weapon")

    def _weapon_label(self, key: str) -> bool:
        """Whether an entity is a weapon by its label's last word ("roadside bomb", "a car bomb")."""
        words = self.table.label_of(key).lower().split()
        if not words:
            return False
        last = words[-1]
        return self._kind(last, *([last[:-1]] if last.endswith("s") else [])) == "weapon"

    def _weapon(self, tok: Token) -> bool:
        return self._kind(lemma_of(tok), tok.lower_) == "weapon"

    def _participant_like(self, tok: Token) -> bool:
        if tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"):
            return True
        for t in expand(tok, self.kids):
            if self.table.keys_for(t) or (t.pos_ in ("NOUN", "PROPN") and self.table.fallback(t)):
                return True
        return False

    def _animate(self, tok: Token) -> tuple[str, ...]:
        keys: list[str] = []
        if tok.lower_ in ANIMATE_PRONOUNS:
            return self.table.keys_for(tok) or (tok.lower_,)  # "beat him to death": a person, named or not
        for t in expand(tok, self.kids):
            found = self.table.keys_for(t)
            if not found and (t.pos_ in ("NOUN", "PROPN") or t.tag_ in ("VBN", "JJ")):
                # ("the accused", "the injured": the fallback reads a participle with "the" as people)
                found = tuple(k for k in self.table.fallback(t) if self.table.cls_of(k) == "Group")
            keys.extend(found)
        return tuple(keys)

    # -------------------------------------------------------------------------------- skip rules

    def _mock_target(self, tok: Token) -> bool:
        """Whether what the verb is aimed at ("at mock enemy warships", "a simulated camp") is a dummy."""
        targets = [o for o in self.kids[tok.i] if o.dep_ in OBJ] + self._prep_objects([tok], ("at", "on", "against"))
        return any(any(m.dep_ in ("amod", "compound") and m.lower_ in MOCK_WORDS for m in self.kids[t.i]) for t in targets)

    def _hyphen_modifier(self, tok: Token) -> bool:
        """'shoot-to-kill powers', 'a shoot-on-sight curfew': a word of a hyphenated phrase before a noun of orders."""
        node = tok
        for _ in range(3):
            if not any(0 <= j < len(self.toks) and self.toks[j].text == "-" for j in (node.i - 1, node.i + 1)):
                return False
            head = self.kids.head(node)
            if node.dep_ in ("nmod", "amod", "compound") and head.pos_ == "NOUN" and lemma_of(head) in HYPHEN_ORDER_NOUNS:
                return True
            if head is node or node.dep_ not in ("xcomp", "advcl", "aux", "pobj", "prep", "conj", "nmod", "amod", "compound"):
                return False
            node = head
        return False

    def _skip(self, tok: Token, row: Trigger) -> bool:
        doc = self.doc
        # "till march 12", "since march": a month, not a march (lower-cased text has no capital to tell)
        if tok.lower_ in MONTH_WORDS and (tok.ent_type_ == "DATE" or tok.i + 1 < len(self.toks) and self.toks[tok.i + 1].like_num
                                          or tok.i > 0 and self.toks[tok.i - 1].lower_ in ("in", "since", "till", "until", "by", "from", "of", "last", "next", "early", "late", "mid")):
            return True
        # "an official who asked not to be named": the request for anonymity is news furniture
        if lemma_of(tok) == "ask" and any(c.dep_ in ("xcomp", "ccomp") and c.lemma_ in ("name", "identify", "quote")
                                          for c in self.kids[tok.i]):
            return True
        # "floods killed 40 people", "died in a bus accident", "the earthquake, which killed thousands": no one
        # assaults anyone in a disaster, an accident or an illness
        if (row.type == "ASSAULT" or row.type == "COERCE" and lemma_of(tok) in DESTROYING_VERBS) and self._natural_cause(tok):
            return True  # ("the earthquake that flattened dozens of villages")
        # "a mob clashed with the police, forcing them to open fire", "the violence forced the police to fire": what an
        # incident or a circumstance brings about is no coercion (someone forcing someone is)
        if row.type == "COERCE" and row.pos == "V" and lemma_of(tok) in FORCING_VERBS:
            subs = [c for c in self.kids[tok.i] if c.dep_ in SUBJ]
            if not subs and self._comma_participle(tok) or subs and all((s.pos_ == "NOUN" or s.tag_ == "VBG") and not self._animate(s)
                                                                         for s in subs):
                return True
        # "the largest such drill staged in the emirate this year", "the first such attack since March": an occurrence
        # of the kind just told, named again or as a kind, not a new one
        if row.pos == "N" and any(c.dep_ in ("amod", "predet", "det") and c.lower_ == "such" for c in self.kids[tok.i]):
            return True
        # "fired rockets at mock enemy warships during joint exercises", "mock assaults on a simulated camp": an attack
        # on a dummy target is drill, not violence
        if row.type == "ASSAULT" and (any(c.dep_ in ("amod", "compound") and c.lower_ in MOCK_WORDS for c in self.kids[tok.i])
                                      or self._mock_target(tok)):
            return True
        # "to bring them to the negotiating table": the table of the phrase, not talks of their own
        if tok.dep_ in ("amod", "compound") and lemma_of(self.kids.head(tok)) == "table":
            return True
        # "raised the state of readiness of its army units": combat readiness, not a readiness to agree
        if row.type == "AGREE" and lemma_of(tok) == "readiness":
            up = self._governor_through_part(tok)
            if tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "of" and lemma_of(self.kids.head(self.kids.head(tok))) in ("state", "level", "degree") \
                    or lemma_of(up) in ("raise", "heighten", "increase", "boost", "step", "put", "place", "go"):
                return True
        # "sent a note of protest to New Delhi": the note is the complaint; its "of protest" names its kind
        if row.pos == "N" and lemma_of(tok) in PROTEST_KINDS and tok.dep_ == "pobj" \
                and self.kids.head(tok).lower_ == "of" and lemma_of(self.kids.head(self.kids.head(tok))) in PROTEST_CARRIERS:
            return True
        # "shoot-to-kill powers", "a shoot-on-sight curfew": a hyphenated verb phrase before a noun names a kind of order
        if row.pos == "V" and self._hyphen_modifier(tok):
            return True
        # "firing tear gas and warning shots": shots fired as a warning are no threat made
        if lemma_of(tok) == "warning" and row.pos == "N" and tok.dep_ in ("amod", "compound") and lemma_of(self.kids.head(tok)) in ("shot", "shots"):
            return True
        # "was found dead in his house", "was declared dead on arrival": a death found, not a killing told
        if row.pos == "A" and lemma_of(tok) == "dead" and tok.dep_ in ("oprd", "acomp", "xcomp", "advmod") \
                and lemma_of(self.kids.head(tok)) in ("find", "declare", "pronounce"):
            return True
        # "could recover the weapon used in the crime": a participle describing the weapon
        if row.type == "ASSAULT" and lemma_of(tok) == "use" and tok.dep_ == "acl" and tok.tag_ == "VBN":
            return True
        # "curfew-bound areas", "the riot-hit town", "strike-affected services": the noun describes a place
        if row.pos == "N" and tok.i + 2 < len(self.toks) and self.toks[tok.i + 1].text == "-" \
                and not tok.whitespace_ and self.toks[tok.i + 2].lower_ in PLACE_DESCRIBING:
            return True
        # "held 11 persons along with a cache of petrol bombs", "recovered crude bombs": weapons as things
        if row.pos == "N" and lemma_of(tok) == "bomb" and (
                tok.dep_ == "pobj" and self.kids.head(tok).lower_ in ("of", "with") or tok.dep_ in OBJ
                and lemma_of(self.kids.head(tok)) in ("recover", "seize", "find", "carry", "make", "hurl", "throw", "lob", "store", "hoard", "stockpile", "manufacture")):
            return True
        # inside a name ("Committee for the Freedom …", "Arab Spring")
        if tok.ent_type_ in ("ORG", "PERSON", "GPE", "FAC", "LOC", "WORK_OF_ART", "LAW", "EVENT", "DATE", "NORP"):
            if tok.ent_type_ != "DATE" and tok.pos_ != "VERB":
                return True
        # "booked under sections 302 (murder) and 307 (attempt to murder)": the name of a section of the penal code
        if tok.i >= 2 and self.toks[tok.i - 1].text == "(" and self.toks[tok.i - 2].like_num:
            return True
        if row.pos == "V":
            # "relaxed the travel restrictions it had imposed", "scrapped restrictions imposed on journalists": the
            # imposing told of a restriction now lifted is its history, not a new act
            if row.type in ("COERCE", "SANCTION") and tok.dep_ in ("relcl", "acl") and self.kids.head(tok).pos_ == "NOUN" \
                    and lemma_of(self._governor_through_part(self.kids.head(tok))) in RELIEF_HEADS and self.kids.head(tok).dep_ in OBJ | PASS_SUBJ:
                return True
            # "a constable shot himself", "hanged herself": harm to oneself is no assault ("blew himself up" at a
            # checkpoint is an attack, told by the harm it does to others)
            if row.type == "ASSAULT" and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in self.kids[tok.i]) \
                    and not any(c.dep_ == "prt" for c in self.kids[tok.i]):
                return True
            # "…, leaving 14 dead", "leaving 60,000 people without supplies": a toll, not a withdrawal
            if row.type == "RETREAT" and lemma_of(tok) == "leave" and tok.tag_ == "VBG" and tok.dep_ == "advcl":
                return True
            # ("the militia has left thousands dead": the parser hangs the toll word on the object)
            if row.type == "RETREAT" and lemma_of(tok) == "leave" and any(
                    c.dep_ in OBJ and any(a.dep_ == "amod" and a.i > c.i and a.lower_ in TOLL_WORDS for a in self.kids[c.i])
                    for c in self.kids[tok.i]):
                return True
            # "militiamen backed by government aircraft", "rebels armed by Rwanda": a description of the noun
            # ("the battle tanks supplied by Germany": a thing handed over is an event of its own)
            # ("information supplied by Jordanian intelligence": what is told is handed over too)
            if tok.dep_ == "acl" and tok.tag_ == "VBN" and lemma_of(tok) in DESCRIBING_PARTICIPLES \
                    and not self._machine(self.kids.head(tok)) and not (lemma_of(self.kids.head(tok)) in INFORMATION_NOUNS
                                                                       and any(c.dep_ == "agent" for c in self.kids[tok.i])):
                return True
            # ("one billion dollars earmarked for arms purchases": money described by what it is for; "3,000 troops
            # earmarked by Pakistan for the U.N. mission" names who pledged them and is an event)
            if tok.dep_ == "acl" and tok.tag_ == "VBN" and lemma_of(tok) in ("earmark", "allocate") \
                    and not any(c.dep_ == "agent" for c in self.kids[tok.i]):
                return True
            # prenominal participles describe, they do not report ("10 jailed Americans")
            if tok.dep_ == "amod" and tok.i < self.kids.head(tok).i and self._headline_subject(tok) is None \
                    and self.table.fused_doer(tok) is None:
                return True
            # "those released", "one of those detained": a description, not a new event
            if tok.dep_ in ("acl", "amod") and self.kids.head(tok).lower_ in ("those", "these", "one", "ones", "all", "many", "who") and not any(c.dep_ in ("agent",) for c in self.kids[tok.i]):
                return True
            # "the nightly curfew imposed in Sudan": a participle describing an event noun
            # ("the Israeli offer, rebuffed by Syria": a reaction of another kind, with its own doer, is an event)
            if tok.dep_ == "acl" and tok.tag_ == "VBN" and pos_class(self.kids.head(tok)) == "N" and (lemma_of(self.kids.head(tok)), "N") in self.lex.triggers \
                    and not (row.type in ("REJECT", "ACCUSE", "SUPPORT", "AGREE") and any(c.dep_ == "agent" for c in self.kids[tok.i])
                             and row.type not in {r.type for r in self.lex.triggers[(lemma_of(self.kids.head(tok)), "N")]}):
                return True
            # "the injured", "the wounded", "12 accused": a participle used as a noun names people, not an event
            if tok.dep_ in SUBJ | PASS_SUBJ | OBJ | {"pobj"} and tok.tag_ in ("VBN", "JJ") and \
                    any(c.dep_ in ("det", "nummod", "poss") for c in self.kids[tok.i]) and \
                    not any(c.dep_ in OBJ | {"agent", "auxpass", "aux"} for c in self.kids[tok.i]):
                return True
            if lemma_of(tok) == "accuse" and tok.dep_ == "acl" and self.kids.head(tok).pos_ in ("NOUN", "NUM", "ADJ") and tok.i == self.kids.head(tok).i + 1 \
                    and not any(c.dep_ in OBJ | {"agent"} or c.dep_ == "prep" and c.lower_ in ("of", "by") for c in self.kids[tok.i]):
                return True  # "the absconding accused", "14 accused in the case": the noun phrase names people
        if row.pos == "N":
            # modifiers of another noun ("protest movement") are not events; light heads are the
            # exception: "a mediation effort" is a mediation
            if tok.dep_ in ("compound", "amod", "nmod") and tok.i < self.kids.head(tok).i and lemma_of(self.kids.head(tok)) not in LIGHT_NOUNS:
                return True
            # states after "under" ("released under house arrest"); "came under attack", "collapsed under a
            # multi-pronged assault" is an attack
            if tok.dep_ == "pobj" and self.kids.head(tok).lower_ in STATE_PREPS and not (
                    row.type == "ASSAULT" and self.kids.head(tok).lower_ == "under"
                    and lemma_of(self.kids.head(self.kids.head(tok))) in UNDERGOING_ASSAULT):
                return True
            if tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "from" and lemma_of(tok) in CUSTODY_NOUNS:
                return True
            # "curfew continued in the old city", "the curfew was relaxed": a restriction in force is a state
            # (its easing is the event, told by its own verb), not a new imposition
            if row.type in ("COERCE", "SANCTION") and row.mode in STATE_MODES and tok.dep_ in SUBJ | PASS_SUBJ \
                    and lemma_of(self.kids.head(tok)) in STATE_HEADS and not self._has_args(tok):
                return True
            # "while an oil embargo remained in force", "the ban stays in place": named in full, still a state
            if row.type in ("COERCE", "SANCTION") and tok.dep_ in SUBJ and lemma_of(self.kids.head(tok)) in ("remain", "stay", "be") \
                    and any(lemma_of(p) in ("force", "place", "effect") for p in self._prep_objects([self.kids.head(tok)], ("in",))):
                return True
            # "eight years of martial law came to an end", "the curfew came to an end": a restriction that ends is
            # no new imposition
            if row.type in ("COERCE", "SANCTION") and row.mode in STATE_MODES:
                span = tok
                if tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "of" and lemma_of(self.kids.head(self.kids.head(tok))) in DURATION_NOUNS:
                    span = self.kids.head(self.kids.head(tok))
                verb = self.kids.head(span)
                if span.dep_ in SUBJ and (span is not tok and lemma_of(verb) in STATE_HEADS or lemma_of(verb) == "come" and any(
                        c.dep_ == "prep" and c.lower_ == "to" and any(lemma_of(p) in ("end", "close", "halt") for p in self.kids[c.i])
                        for c in self.kids[verb.i])):
                    return True
            # "lifted sanctions on Iran", "shortened the nightly curfew": what is lifted or eased is a
            # restriction already in force, not a new one (the easing is the event, told by its verb)
            if row.type in ("COERCE", "SANCTION") and row.mode in STATE_MODES and (
                    lemma_of(self._governor_through_part(tok)) in RELIEF_HEADS or self._brought_to_end(self._governor_through_part(tok))):
                return True
            # "launched their annual Team Spirit manoeuvres, an exercise that North Korea has long denounced": an event
            # noun set beside another names the same occurrence again
            # (or loose on the verb after a comma: the parser's npadvmod)
            if row.pos == "N" and tok.dep_ in ("appos", "npadvmod"):
                named = self.kids.head(tok)
                if tok.dep_ == "npadvmod":
                    named = next((o for o in self.kids[named.i] if o.dep_ in OBJ and o.i < tok.i), named)
                    if named is self.kids.head(tok) or self.toks[tok.left_edge.i - 1].text != ",":
                        named = None
                if named is not None and named.pos_ == "NOUN" and any(
                        r.type != NOT_AN_EVENT for r in self.lex.triggers.get((lemma_of(named), "N"), ())):
                    return True
            # "likening the declaration to the Munich surrender": what something is compared with is history, not news
            if tok.dep_ == "pobj" and self.kids.head(tok).lower_ in ("to", "with") \
                    and lemma_of(self.kids.head(self.kids.head(tok))) in ("liken", "compare", "equate"):
                return True
            # "arrested a student on charges of sedition": the charge is the ground of the arrest told by
            # its verb, one incident (its offence stays in the arrest's sentence)
            if tok.dep_ == "pobj" and self.kids.head(tok).lower_ in ("on", "under") and lemma_of(tok) in GROUNDS_NOUNS and \
                    any(r.fine == "Arrest" or r.mode == "arrest" for r in self.lex.triggers.get((lemma_of(self.kids.head(self.kids.head(tok))), "V"), ())):
                return True
            # idioms ("in exchange for")
            if tok.dep_ == "pobj" and any(c.dep_ == "prep" for c in self.kids[tok.i]):
                for c in self.kids[tok.i]:
                    if c.dep_ == "prep" and (self.kids.head(tok).lower_, lemma_of(tok), c.lower_) in IDIOMS:
                        return True
            if tok.dep_ == "pobj" and tok.i + 1 < len(doc) and (self.kids.head(tok).lower_, lemma_of(tok), self.toks[tok.i + 1].lower_) in IDIOMS:
                return True
            # "recalled its ambassador in protest (over …)": a manner adjunct says why the act was done; the
            # act is the event, not a demonstration
            if lemma_of(tok) == "protest" and tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "in" \
                    and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in self.kids[tok.i]) \
                    and not self._protest_act(self.kids.head(self.kids.head(tok))):
                return True
            # "following the partial peace deal", "under a 1991 judicial cooperation accord": an agreement named only as the
            # time or ground of another act was made before (a deal "reached on Monday" in a clause of its own is news)
            if row.type in ("AGREE", "CONCEDE", "RETREAT", "SUPPORT") and lemma_of(tok) in AGREEMENT_NOUNS and tok.dep_ == "pobj" \
                    and self.kids.head(tok).lower_ in AGREEMENT_BACKGROUND_PREPS \
                    and not any(c.dep_ in ("acl", "relcl") for c in self.kids[tok.i]):
                return True
            # "under the terms of the Indo-Sri Lankan peace accord": an agreement invoked, not one made
            if row.type == "AGREE" and tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "of":
                terms = self.kids.head(self.kids.head(tok))
                if lemma_of(terms) in ("term", "terms", "provision", "framework", "clause") and terms.dep_ == "pobj" \
                        and self.kids.head(terms).lower_ in ("under", "within"):
                    return True
            # "recalled its ambassador for consultations": the diplomatic idiom of a recall, not a meeting
            if lemma_of(tok) == "consultation" and tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "for" \
                    and lemma_of(self.kids.head(self.kids.head(tok))) in ("recall", "summon", "call", "withdraw", "bring"):
                return True
            # "the bishops' conference said", "the summit urged": a gathering named as the one who speaks is
            # the body, not a meeting the sentence reports
            if row.type == "CONSULT" and tok.dep_ in SUBJ and lemma_of(self.kids.head(tok)) in SPEECH_HEADS:
                return True
            # "telling a rally in Minsk that …", "addressed a rally of supporters": a crowd spoken to is an audience
            if row.type == "PROTEST" and lemma_of(tok) == "rally" and tok.dep_ in OBJ | {"dative"} \
                    and lemma_of(self.kids.head(tok)) in ("tell", "address", "assure", "promise", "inform"):
                return True
            # "demand from China keeps growing", "weak consumer demand": a market quantity, not a request
            if lemma_of(tok) == "demand" and (tok.dep_ in SUBJ and lemma_of(self.kids.head(tok)) in MARKET_VERBS or any(
                    c.dep_ in ("compound", "amod") and c.lower_ in ("oil", "energy", "consumer", "domestic", "export", "import", "global",
                                                                    "world", "market", "fuel", "gas", "power", "electricity", "housing",
                                                                    "credit", "weak", "strong", "robust", "sluggish", "seasonal")
                    for c in self.kids[tok.i])):
                return True
            # "ceasefire monitors", "peace talks team": an event noun that only says what kind of people they are
            if tok.dep_ == "compound" and lemma_of(self.kids.head(tok)) in PEOPLE_HEADS:
                return True
            # "free of charge", "chargé d'affaires"
            if lemma_of(tok) == "charge" and (self.kids.head(tok).lower_ == "of" and self.kids.head(self.kids.head(tok)).lower_ == "free" or
                                              tok.i + 1 < len(doc) and self.toks[tok.i + 1].lower_.startswith(("d'", "d’"))):
                return True
            # "condemned the blockade as an attack on the economy", "calling it an assault on Muslims": a word for what
            # something was like, not a second occurrence
            if self._characterization(tok):
                return True
            # "froze its grant aid to China", "the suspension of a loan", "a freeze on new yen loans": aid withheld is
            # the withholding (SANCTION), no aid given
            if row.type in ("AID", "AGREE") and self._withheld(tok):
                return True
            # "stopped trucks carrying goods to Iraq in breach of U.N. sanctions": sanctions in force, referred to
            if row.type in ("SANCTION", "COERCE") and row.pos == "N" and tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "of" \
                    and lemma_of(self.kids.head(self.kids.head(tok))) in ("breach", "violation", "defiance", "contravention"):
                return True
            # "in the most serious breach of the 1992 truce", "despite the Minsk truce": an agreement in force, referred
            # to, not one made ("the demobilisation required by the peace accords": what an accord demands of the parties)
            if row.type in ("CONCEDE", "AGREE") and lemma_of(tok) in AGREEMENT_NOUNS and tok.dep_ == "pobj" and (
                    self.kids.head(tok).lower_ in ("despite", "under") or self.kids.head(tok).lower_ == "of"
                    and lemma_of(self.kids.head(self.kids.head(tok))) in BREACH_NOUNS
                    or self.kids.head(tok).dep_ == "agent" and lemma_of(self.kids.head(self.kids.head(tok))) in STIPULATING_VERBS):
                return True
            # "put their signatures to a peace accord", "the signing of a treaty", "an accord … was signed": the signing is
            # the event (PLOVER's SUPPORT: sign or ratify an agreement), the accord is what is signed
            if row.type == "AGREE" and self._signed(tok):
                return True
            # a verbal-interaction noun with no participant is talk about talks ("peace talks", "the deal")
            # ("a mediation mission between …": a light head carries the noun's arguments and its place)
            at = self.kids.head(tok) if tok.dep_ in ("compound", "amod", "nmod") and lemma_of(self.kids.head(tok)) in LIGHT_NOUNS else tok
            # (a row that asked for an infinitive has it: "a commitment to set up a hotline" is no topic)
            if row.type in ARGLESS_NOUN_TYPES and not self._has_args(at, row.type == "THREATEN") and not self._light_object(at) and at.dep_ not in SUBJ \
                    and not self._restates_clause(at) \
                    and not any(c.name == "toinf" for c in row.conds):
                return True
            # "the threat of sanctions is taking a toll": a threat named only by what is feared, with no one
            # threatening and no one threatened, is a generic mention, not an occurrence
            if row.type == "THREATEN" and any(c.dep_ == "prep" and c.lower_ == "of" for c in self.kids[tok.i]) \
                    and not self._has_args(tok, True):
                return True
            # a definite noun with no argument refers back to an event told before ("the releases");
            # violent incidents are the exception: "the explosion" is how news names them, unless the article has
            # told an attack already and the noun is no subject that tells more of it ("… opened a probe into the
            # explosion", but "the explosion shattered the glass of a refrigerator")
            # ("such threats are not idle": "such" points back as "the" does, whatever its tag)
            dets = [c for c in self.kids[tok.i] if c.dep_ in ("det", "poss") or c.dep_ == "amod" and c.lower_ == "such"]
            if (row.type != "ASSAULT" or row.type in self.told and tok.dep_ not in SUBJ | PASS_SUBJ) and dets and all(c.lower_ in ("the", "this", "that", "these", "those", "its", "their", "such") for c in dets) and not self._has_args(tok) and not any(c.dep_ in ("amod", "acl", "relcl") and c.lower_ != "such" for c in self.kids[tok.i]):
                return True
            # "held for the murder of a shopkeeper", "detained in connection with the clashes": the offence an
            # arrest, charge or conviction is for is what the sentence is about, not an event it reports
            if tok.dep_ == "pobj" and self._offence_of(tok) and row.type in ("ASSAULT", "COERCE", "PROTEST"):
                return True
            # "after the attack", "during the talks", "under the agreement": a definite event noun in an
            # adjunct of time, cause or setting refers back to an event the article has told already;
            # a second node for it would duplicate the first
            if dets and all(c.lower_ in DEFINITE for c in dets) and tok.dep_ == "pobj" and self._background_prep(self.kids.head(tok)) \
                    and row.type in self.told:
                return True
        return False

    def _under_denial(self, tok: Token) -> bool:
        """Whether a clause above the word (up to three steps) is negated, refused, demanded or not yet come:
        the scope in which "any" means none in particular ("had done nothing to earn any easing", "ruled out any
        negotiation", "insisted on it in any exchange deal")."""
        node = tok
        for _ in range(4):
            if any(c.dep_ == "neg" or c.lower_ in DENIAL_CUES for c in self.kids[node.i]) or lemma_of(node) in DENIAL_HEADS \
                    or node.lower_ in DENIAL_CUES or any(g.dep_ == "det" and g.lower_ in ("neither", "no") for c in self.kids[node.i]
                                                         if c.dep_ in SUBJ for g in self.kids[c.i]):
                return True  # ("neither side had shown any willingness")
            if self.kids.head(node) is node:
                return False
            node = self.kids.head(node)
        return False

    def _protest_act(self, g: Token) -> bool:
        """Whether the word an "in protest" phrase hangs on, or its object, is itself a protest ("a hunger
        strike in protest of …", "staged a sit-in in protest"): then the phrase tells that protest's target."""
        around = [g, *(c for c in self.kids[g.i] if c.dep_ in OBJ)]
        if g.dep_ in ("relcl", "acl"):
            around.append(self.kids.head(g))  # "a strike that shut down the city in protest of …"
        for t in around:
            pos = "N" if t.pos_ in ("NOUN", "PROPN") else "V"
            rows = self.lex.triggers.get((lemma_of(t), pos)) or ()
            if any(r.type == "PROTEST" for r in rows):
                return True
        return False

    def _offence_of(self, tok: Token) -> bool:
        """True for the noun of 'for the murder of …', 'in connection with the clashes', 'on charges of
        rioting' hanging on a verb of arresting, charging, convicting."""
        prep = self.kids.head(tok)
        low = prep.lower_
        if low == "with" and self.kids.head(prep).lower_ == "connection" and self.kids.head(prep).dep_ == "pobj":
            prep = self.kids.head(self.kids.head(prep))  # "in connection with"
        elif low == "of" and self.kids.head(prep).lower_ in ("charge", "charges", "suspicion", "accusation", "accusations") and self.kids.head(prep).dep_ == "pobj":
            prep = self.kids.head(self.kids.head(prep))  # "on charges of"
        elif low == "with" and lemma_of(self.kids.head(prep)) in ("charge", "accuse", "indict", "book"):
            pass  # "charged with murder"
        elif low == "of" and prep.head.lower_ in VERDICT_WORDS:
            prep = prep.head  # "found him guilty of murder"
        elif low == "of" and prep.head.dep_ in OBJ | PASS_SUBJ and lemma_of(prep.head.head) in ("convict", "accuse", "suspect", "acquit"):
            prep = prep.head  # "convicted three men of planning attacks": the "of" phrase hangs on the convicted
        elif low not in ("for", "over"):
            return False
        head = self.kids.head(prep)
        rows = self.lex.triggers.get((lemma_of(head), "V")) or self.lex.triggers.get((lemma_of(head), "N")) or ()
        return any(r.fine in ("Arrest", "Charge", "Conviction") or r.mode in ("arrest", "allege", "convict") for r in rows)

    def _inquired(self, noun: Token) -> bool:
        """Whether a noun is what an inquiry looks into: the object of "look into", "investigate", "examine", "probe"."""
        head = self.kids.head(noun)
        if noun.dep_ == "pobj" and head.lower_ in ("into", "on") and head.dep_ in ("prep", "prt"):
            head = self.kids.head(head)  # ("looking into reports", "gathering testimony on reports")
            if lemma_of(head) in INQUIRY_NOUNS or head.pos_ == "VERB" and any(
                    c.dep_ in OBJ and lemma_of(c) in INQUIRY_NOUNS for c in self.kids[head.i]):
                return True  # ("an inquiry into reports that …", "opened hearings on Tuesday into reports that …")
        elif noun.dep_ not in OBJ:
            return False
        return lemma_of(head) in INQUIRY_VERBS

    def _prep_words(self, prep: Token) -> list[Token]:
        """The word a preposition hangs on, and — when that is a verb — the verb's objects before it (the parser often
        hangs "of"/"to" phrases on the verb: "removed a key obstacle to …", "raised the prospect on Wednesday of …")."""
        up = self.kids.head(prep)
        if up.pos_ in ("VERB", "AUX"):
            return [up, *(c for c in self.kids[up.i] if c.dep_ == "dobj" and c.i < prep.i)]
        return [up]

    def _small_clause(self, tok: Token) -> bool:
        """'vowed to have the party dissolved', 'keep the capital sealed off': a participle on the object of a causative
        verb says what is to become of the object, not what happened to it."""
        obj = self.kids.head(tok)
        return obj.dep_ == "dobj" and lemma_of(self.kids.head(obj)) in CAUSATIVE_VERBS and self.kids.head(obj).pos_ in ("VERB", "AUX")

    def _phase_anchor(self, tok: Token) -> Token:
        """The phase noun an event noun's "of" phrase hangs on ("a new round of talks" → "round"), else the noun."""
        if tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "of":
            up = self.kids.head(self.kids.head(tok))
            if up.pos_ == "NOUN" and lemma_of(up) in PHASE_NOUNS:
                return up
        return tok

    def _future_time(self, t: Token) -> bool:
        """'next month', 'coming week', 'tomorrow': a time still to come."""
        return t.lower_ == "tomorrow" or lemma_of(t) in TIME_UNITS and any(
            c.dep_ == "amod" and c.lower_ in ("next", "coming", "upcoming") for c in self.kids[t.i])

    @staticmethod
    def _background_prep(prep: Token) -> bool:
        """'after', 'during', 'in the wake of', 'in response to', 'because of': adjuncts of time and cause."""
        low = prep.lower_
        if low == "in" and measure(prep.head):
            return False  # "$200 million in aid": the money is the aid, no time or circumstance
        if low in BACKGROUND_PREPS:
            return True
        if low == "of" and prep.head.lower_ in ("wake", "aftermath", "because", "light", "course", "time", "result", "scene", "site") :
            return True
        if low in ("to", "for") and prep.head.lower_ in ("response", "retaliation", "reaction", "revenge", "connection", "due", "owing", "prior"):
            return True
        return False

    # -------------------------------------------------------------------------------- roles

    def _subject(self, verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
        """(subject tokens, passive?) of a verb, inherited through coordination and control."""
        subs = [c for c in self.kids[verb.i] if c.dep_ in SUBJ and c.dep_ != "expl"]
        psubs = [c for c in self.kids[verb.i] if c.dep_ in PASS_SUBJ]
        if subs and self._headline_passive(verb):
            return subs, True
        fused = [f for s in subs[:1] for c in self.kids[s.i] if c.dep_ == "amod" for f in [self.table.fused_doer(c)] if f is not None]
        if fused:
            # "police lathi-charged protesters …, and detained 16 people": the parser made the object of the fused
            # verb the subject of the next one; the doer of both is the fused doer
            return fused[:1], False
        wanted = self._wanted_noun(verb) if any(c.dep_ == "auxpass" for c in self.kids[verb.i]) else None
        if wanted is not None:
            return [wanted], True
        if subs:
            return subs, False
        if psubs:
            return psubs, True
        fused = self.table.fused_doer(verb)
        if fused is not None:
            return [fused], False
        if verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBZ", "VBP"):
            # "Maduro — the successor of Hugo Chávez — defends the assembly": the parser takes a person's or body's
            # name set off by dashes for an adverbial noun; before a finite verb with no subject it is the subject
            # (a dateline's place is not: "MOGADISHU — …")
            named = [c for c in self.kids.lefts(verb) if c.dep_ in ("npadvmod", "nmod") and c.pos_ == "PROPN"
                     and any(x.lower_ in DASHES for x in c.doc[c.i + 1: verb.i])
                     and any(self.table.cls_of(k) in ("Person", "Organization") for k in self.table.keys_for(c))]
            if named:
                return named[:1], False
        if lemma_of(verb) in SPEECH_HEADS and verb.dep_ == "ROOT":
            # "A doctors' committee linked to the protest movement said …": the parser reads the reduced relative as
            # a clause before the speech verb; its subject speaks
            reduced = [c for c in self.kids.lefts(verb) if c.dep_ == "ccomp" and c.tag_ in ("VBN", "VBD")
                       and lemma_of(c) in REDUCED_RELATIVES and not any(x.dep_ in OBJ for x in self.kids[c.i])]
            if reduced:
                return [x for x in self.kids[reduced[-1].i] if x.dep_ in SUBJ][:1], False
        if depth > 4:
            return [], False
        head = self.kids.head(verb)
        if verb.dep_ == "relcl" and lemma_of(head) in ("day", "week", "month", "year", "hour", "night", "time", "weekend") \
                and infinitive(verb, self.kids) and head.dep_ == "pobj" and self.kids.head(self.kids.head(head)).pos_ in ("VERB", "AUX"):
            # "shut their stalls for a second day to protest …": a purpose the parser hung on a time noun
            return self._subject(self.kids.head(self.kids.head(head)), depth + 1)
        if verb.dep_ == "relcl":
            return [self._antecedent_of(verb)], False
        if verb.dep_ == "xcomp" and head.tag_ == "VBZ" and head.dep_ == "dobj":
            return [head], False  # ("instructed all police prefects to reinforce …": the object read as a verb acts)
        # ("… was taken aback by the responses and on 15 September, issued a statement": a finite verb the parser
        # leaves unlabelled is joined to the one before)
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ in GERUND_PREPS and self.kids.head(head).pos_ in ("VERB", "AUX") \
                and any(c.dep_ in ("dobj", "prt") for c in self.kids[verb.i]) \
                and not any(c.dep_ in ("auxpass", "nsubjpass") for c in self.kids[verb.i]):
            # (a verb with an object only: in "after fighting in Syria spilled into the zone" the gerund is a noun)
            # "ended the siege after killing the last of the militants", "escaped by bribing the guards": the
            # subject of the clause does the -ing act told in its adjunct of time or means (also when the clause is
            # passive: "were arrested after beating a suspect"; "gunmen who escaped after mowing down six worshippers":
            # the noun a relative pronoun stands for)
            return self._relative_subject(self.kids.head(head))[0], False
        if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and lemma_of(verb) in SPEECH_HEADS and head.dep_ == "ccomp" \
                and lemma_of(head) not in SPEECH_HEADS | {"demand", "ask", "threaten", "accuse"} \
                and lemma_of(self.kids.head(head)) in ("say", "state", "add", "tell", "announce", "declare", "insist") and head.i < verb.i:
            # (not after a reported speech act: "told Reuters the abductors had called and demanded a ransom")
            # "the governor's office said troopers had acted lawfully and warned that …": a second speech verb the
            # parser joined to the reported clause is the speaker's
            return self._subject(self.kids.head(head), depth + 1)
        if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and head.tag_ == "VBG" and head.dep_ in ("pcomp", "pobj"):
            # "accused Moscow of waging a cyber war and called on NATO to …": a finite verb the parser joined to a
            # gerund is joined to the finite verb above it
            up = head
            for _ in range(4):
                up = self.kids.head(up)
                if up.tag_ in ("VBD", "VBZ", "VBP") and up.pos_ in ("VERB", "AUX"):
                    return self._subject(up, depth + 1)
                if self.kids.head(up) is up:
                    break
        joined = verb.dep_ == "conj" or verb.dep_ == "dep" and verb.tag_ in ("VBD", "VBZ", "VBP") and head.i < verb.i \
            and not any(t.text in (".", "!", "?") or "==" in t.text for t in self.toks[head.i + 1: verb.i])
        if (joined or verb.dep_ in ("xcomp", "advcl", "acl")) and head is not verb and head.pos_ in ("VERB", "AUX", "ADJ"):
            if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in self.kids[verb.i]):
                return [], False
            if self._comma_participle(verb) and (lemma_of(verb) in INJURY_LEMMAS or lemma_of(verb) == "kill"):
                # "police are searching for the owner of a house where a bomb went off, killing a woman": the parser
                # hangs the toll on the main verb; it is the toll of the blast or attack told in between
                between = [t for t in self.toks[head.i + 1:verb.i] if t.dep_ in ("relcl", "advcl") and t.pos_ == "VERB"
                           and lemma_of(t) in BURSTING_VERBS | STRIKING_VERBS]
                if between and lemma_of(head) not in BURSTING_VERBS | STRIKING_VERBS:
                    return self._subject(between[-1], depth + 1)[0], False
            top = self._speaker_clause(verb)
            if top is not None:
                # "praised Chissano for steering his country out of war, hailing him as …", "charged that Russia had
                # moved tanks, calling the move a provocation": a participle of speech after a comma is the comment
                # of the one who speaks in the sentence, wherever the parse hangs it below that clause
                return self._subject(top, depth + 1)
            if self._comma_participle(verb) and head.dep_ in ("ccomp", "advcl") and lemma_of(verb) in SPEECH_ADJUNCTS \
                    and self.kids.head(head).pos_ in ("VERB", "AUX") and (lemma_of(self.kids.head(head)) in HYPOTHETICAL_HEADS
                                                                          or lemma_of(self.kids.head(head)) in DENYING_SPEECH
                                                                          and any(c.dep_ in PASS_SUBJ for c in self.kids[head.i])):
                # "demanded that Seoul scrap the rules, calling them discriminatory": the parser hangs the
                # participle on the clause demanded; the one who demands is the one who speaks
                return self._subject(self.kids.head(head), depth + 1)
            if verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < head.i and not any(c.dep_ in ("aux", "auxpass") for c in self.kids[verb.i]):
                # "Arrested in 1990, the activist spent six years in prison", "Asked to point him out, Elliott
                # gestured": a past participle clause in front undergoes what it tells
                subs, _ = self._subject(head, depth + 1)
                return subs, True
            if verb.dep_ == "xcomp" and lemma_of(head) in RAISING and any(c.dep_ == "auxpass" for c in self.kids[head.i]):
                # "Turkey is expected to deploy troops", "the EU is set to lift sanctions": the passive
                # subject of a raising verb is the doer of the infinitive
                psubj = [c for c in self.kids[head.i] if c.dep_ in PASS_SUBJ]
                if psubj:
                    return psubj, False
            if verb.dep_ in ("advcl", "xcomp") and infinitive(verb, self.kids) and lemma_of(head) in APPEAL_VERBS:
                # "called on President de Klerk to unban the ANC", "appealed to the UN to send troops": the one
                # called on is to do it
                called = [p for c in self.kids[head.i] if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon", "to")
                          for p in self.kids[c.i] if p.dep_ == "pobj"]
                if called:
                    return called, False
            if verb.dep_ in ("advcl", "xcomp") and infinitive(verb, self.kids) \
                    and any(c.dep_ in OBJ and lemma_of(c) in ASKING_NOUNS for c in self.kids[head.i]):
                # "gave instructions to the police to close the roads", "issued an ultimatum to the Serbs to pull
                # back": the one the order is given to is to do it
                told = [x for c in self.kids[head.i] if c.dep_ == "dative" for x in ([c] if c.pos_ != "ADP" else
                        [p for p in self.kids[c.i] if p.dep_ == "pobj"])]
                # ("sent instructions for Lyon authorities to strengthen security")
                told = told or self._asked_for(next(c for c in self.kids[head.i] if c.dep_ in OBJ and lemma_of(c) in ASKING_NOUNS))
                if told:
                    return told, False
            if verb.dep_ == "xcomp":
                objs = [c for c in self.kids[head.i] if c.dep_ in OBJ]
                if objs and lemma_of(head) in OBJECT_CONTROL:
                    return objs, False
                # "the police were forced to fire": the passive subject of the controlling verb acts
                if lemma_of(head) in OBJECT_CONTROL and any(c.dep_ == "auxpass" for c in self.kids[head.i]):
                    psubj = [c for c in self.kids[head.i] if c.dep_ in PASS_SUBJ]
                    if psubj:
                        return psubj, False
            subs, passive = self._subject(head, depth + 1)
            if depth == 0 and verb.dep_ == "xcomp" and head.dep_ == "relcl" and infinitive(verb, self.kids) and subs \
                    and all(x.lower_ in RELATIVE_PRONOUNS for x in subs):
                # "insurgents who continue to ambush regime forces": the noun the relative pronoun stands for acts
                subs = [self._antecedent_of(head)]
            if not passive and verb.dep_ == "conj" and subs and any(c.dep_ == "auxpass" for c in self.kids[verb.i]):
                # "Matanov entered the United States in 2010 and was later granted asylum": a passive joined to an
                # active verb has the shared subject as its patient
                return subs, True
            if passive and joined and verb.tag_ in ("VBD", "VBZ", "VBP") \
                    and not any(c.dep_ == "auxpass" for c in self.kids[verb.i]) and any(c.dep_ in OBJ for c in self.kids[verb.i]):
                # "the leadership was taken aback … and issued a statement": a finite active verb joined to a
                # passive one, with an object of its own, shares its subject as a doer ("was arrested and charged",
                # "were acquitted but found guilty" share the passive)
                return subs, False
            if passive and verb.dep_ == "conj" and verb.tag_ == "VBD" and lemma_of(verb) in BURSTING_VERBS:
                # "the bomb was placed at the entrance and exploded": what explodes is no one's patient
                return subs, False
            return subs, passive
        if verb.dep_ == "acl" and infinitive(verb, self.kids) and head.pos_ == "NOUN" and \
                lemma_of(head) in NOUN_INTENT_HEADS | HYPOTHETICAL_HEADS:
            # "the IRA's decision to carry out the attacks", "Hamas's plan to fire rockets": whose decision it is
            poss = [c for c in self.kids[head.i] if c.dep_ == "poss"]
            if poss:
                return poss, False
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and lemma_of(head) in DOCUMENT_NOUNS and head.dep_ in OBJ \
                and lemma_of(self.kids.head(head)) in ADOPTING_VERBS:
            # "the Council adopted a resolution condemning the attack": whoever adopts or issues the text says it
            return self._subject(self.kids.head(head), depth + 1)
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            return [head], False
        if verb.dep_ == "pcomp" and head.lower_ in ("before", "after", "without", "upon", "on") and any(
                c.dep_ == "auxpass" for c in self.kids[verb.i]) and self.kids.head(head).pos_ in ("VERB", "AUX"):
            # "kills four at a mall before being shot by police": the gerund's passive subject is the clause's
            subs, _ = self._subject(self.kids.head(head), depth + 1)
            return subs, True
        if self._root_noun_predicate(verb):
            # "Renamo fighters handed in their weapons": a finite verb the parser hung on a noun it
            # made the root is that noun's predicate
            return [head], False
        root = self._headline_subject(verb)
        if root is not None:
            return [root], False
        if verb.dep_ == "pcomp" and head.lower_ in ("for", "over") and self.kids.head(head).pos_ == "VERB":
            # "imposed sanctions on two companies for supplying drones", "fined the company for polluting", "were
            # jailed for spying": who is punished, blamed or thanked for it did it
            up = self.kids.head(head)
            psubj = [c for c in self.kids[up.i] if c.dep_ in PASS_SUBJ]
            if psubj:
                return psubj, False
            objs = [c for c in self.kids[up.i] if c.dep_ in OBJ]
            targets = [p for o in objs for c in self.kids[o.i] if c.dep_ == "prep" and c.lower_ in ("on", "against")
                       for p in self.kids[c.i] if p.dep_ == "pobj"]
            if targets:
                return targets, False
            people = [o for o in objs if self._keys([o])]
            if people:
                return people, False
        if verb.dep_ == "pcomp" and head.dep_ in ("prep", "agent") and self.kids.head(head).pos_ in ("VERB", "AUX", "ADJ"):
            # "resorted to firing", "are guilty of violating the ceasefire": the clause's subject does it
            up = self.kids.head(head)
            if up.pos_ == "ADJ" and up.dep_ in ("acomp", "oprd"):
                up = self.kids.head(up)
            if lemma_of(self.kids.head(head)) not in ALLEGING_HEADS and head.lower_ not in ("after", "before", "without", "despite"):
                return self._subject(up, depth + 1)
        return [], False

    def _wanted_noun(self, verb: Token) -> Token | None:
        """'a dacoit wanted in more than 20 cases was shot dead': the parser makes "wanted" the main verb and the
        real clause its complement; the noun "wanted" describes is the clause's subject."""
        head = self.kids.head(verb)
        # (the parser may also make "wanted" a clausal subject of the verb: "… wanted in 12 cases was shot")
        wanted = head if verb.dep_ == "ccomp" and head.i < verb.i else next(
            (c for c in self.kids[verb.i] if c.dep_ in ("csubj", "csubjpass") and c.i < verb.i), None)
        if wanted is None or lemma_of(wanted) != "want" or wanted.tag_ != "VBD" \
                or wanted.i + 1 >= len(self.toks) or self.toks[wanted.i + 1].lower_ not in ("in", "for", "by", "over"):
            return None
        return next((c for c in self.kids[wanted.i] if c.dep_ == "nsubj"), None)

    def _prefixed(self, tok: Token, prefixes: tuple[str, ...]) -> bool:
        """The word comes after one of ``prefixes`` and a hyphen, split off by the tokenizer ("anti-government")."""
        return tok.i >= 2 and self.toks[tok.i - 1].text == "-" and self.toks[tok.i - 2].lower_ in prefixes

    def _relative_subject(self, verb: Token) -> tuple[list[Token], bool]:
        """:meth:`_subject`, with a relative pronoun replaced by the noun it stands for ("nurses who had taken part")."""
        subj, passive = self._subject(verb)
        if verb.dep_ == "relcl" and subj and all(s.lower_ in RELATIVE_PRONOUNS for s in subj):
            subj = [self._antecedent_of(verb)]
        return subj, passive

    def _keys(self, toks: list[Token]) -> list[str]:
        keys: list[str] = []
        for t in toks:
            for e in expand(t, self.kids):
                if e.pos_ == "NOUN" and any(c.dep_ == "appos" and c.pos_ == "PROPN" and any(
                        self.table.cls_of(k) == "Person" for k in self.table.keys_for(c)) for c in self.kids[e.i]):
                    continue  # ("the alleged ringleader, Samir Nabil": a description with a person's name beside it is that person)
                found = self.table.keys_for(e)
                if not found and (lemma_of(e) in BELONGINGS or lemma_of(e) in TEXT_NOUNS):
                    # "opened fire on the car of opposition politician Khan", "the minister's convoy": the owner
                    # ("his home": an owner named only by a pronoun is no participant, and neither is the home);
                    # "the report by Human Rights Watch said": a text speaks for whoever wrote it
                    preps = ("of", "by", "from") if lemma_of(e) in TEXT_NOUNS else ("of",)
                    owners = [c for c in self.kids[e.i] if c.dep_ == "poss"] + [
                        p for c in self.kids[e.i] if c.dep_ == "prep" and c.lower_ in preps for p in self.kids[c.i] if p.dep_ == "pobj"]
                    if owners:
                        keys.extend(k for o in owners if o.tag_ != "PRP$" for k in self.table.keys_for(o))
                        continue
                if not found and e.pos_ in ("VERB", "AUX") and e.dep_ in SUBJ:
                    # "The Red Cross operating in Iraq said": a participle misread as the subject
                    found = tuple(k for c in self.kids[e.i] if c.dep_ in SUBJ for k in self.table.keys_for(c))
                if not found and e.pos_ == "NOUN":
                    # "declared Maduro victor", "the APEC forum": a named modifier stands for an unnamed head
                    # (not a building: "the Marriott Hotel bombing")
                    for c in self.kids.lefts(e):
                        if c.dep_ in ("compound", "nmod"):
                            found = tuple(k for k in self.table.keys_for(c) if self.table.cls_of(k) in ("Person", "Organization")
                                          and not ((lemma_of(e), "N") in self.lex.triggers and self._facility(k)))
                            if found:
                                break
                if not found and (e.pos_ in ("NOUN", "PROPN") or e.tag_ in ("VBN", "JJ") and e.dep_ in SUBJ | PASS_SUBJ | OBJ | {"pobj"}
                                  or e.tag_ == "VBZ" and e.dep_ in OBJ):
                    # "Jewish settlers", "a bakery", "the accused": an unnamed participant the lexicon does not list
                    # ("instructed all police prefects to …": the tagger may take a plural object for a verb)
                    found = self.table.fallback(e)
                if not found and e.pos_ in ("NOUN", "PROPN"):
                    # "police lathi charged …": a participant noun modifying an unknown head
                    for c in self.kids.lefts(e):
                        if c.dep_ in ("compound", "nmod"):
                            found = tuple(k for k in self.table.keys_for(c) or (self._participant_modifier(c) if e.dep_ in SUBJ else ())
                                          if self.table.cls_of(k) == "Group")
                            if found:
                                break
                keys.extend(found)
            keys.extend(self._between_partner(t))
        return _uniq(keys)

    def _between_partner(self, p: Token) -> list[str]:
        """'between Venezuela, and the American … governments' parsed apart: the NP after "and"."""
        if p.dep_ != "pobj" or self.kids.head(p).lower_ not in ("between", "among") or any(True for _ in self.kids.conjuncts(p)):
            return []
        i = p.right_edge.i + 1
        end = self.sent_spans[self.sent_of[p.i]][1]
        if i < end and self.toks[i].text == ",":
            i += 1
        if i >= end or self.toks[i].lower_ != "and":
            return []
        j = i + 1
        for h in self.toks[j:min(end, j + 8)]:
            if h.left_edge.i == j and h.pos_ in ("NOUN", "PROPN"):
                return [k for e in expand(h, self.kids) for k in self.table.keys_for(e)]
        return []

    def _verb_roles(self, d: _Draft) -> None:
        tok = d.tok
        head = self.kids.head(tok)
        if tok.dep_ == "acl" and head.dep_ in ("appos", "npadvmod") and head.i < tok.i and d.type in ("ACCUSE", "STATEMENT") \
                and head.left_edge.i > 0 and self.toks[head.left_edge.i - 1].text == "," \
                and not any(c.dep_ in OBJ for c in self.kids[tok.i]):
            # "Croatia is failing its refugees, a rights group protested": the parser hangs the closing
            # attribution on the clause as an apposition; its noun speaks, and blames the clause's subject
            d.actors = _uniq(self._keys([head]))
            if d.type == "ACCUSE":
                clause = head
                while self.kids.head(clause) is not clause and clause.dep_ not in ("ROOT",):
                    clause = self.kids.head(clause)
                d.recipients = [k for k in self._keys([c for c in self.kids[clause.i] if c.dep_ in SUBJ]) if k not in d.actors]
            return
        if self._inverted_speech(tok):
            # "the police beat him up, alleged the family": the speaker follows the verb
            d.actors = _uniq(self._keys([c for c in self.kids[tok.i] if c.dep_ in OBJ | SUBJ]))
            if d.type == "ACCUSE":
                # … and the subject of the reported clause is the one accused
                d.recipients = [k for k in self._keys([c for c in self.kids[self.kids.head(tok).i] if c.dep_ in SUBJ]) if k not in d.actors]
            return
        is_passive = any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in self.kids[tok.i]) or self._headline_passive(tok)
        subj, inherited_passive = self._subject(tok)
        # ("joined forces with the US": a word of the trigger phrase is no object)
        objs = [c for c in self.kids[tok.i] if c.dep_ in OBJ and not (tok.i < c.i < d.end and lemma_of(c) in d.trig.words)]
        # "held talks with Macron", "signed a deal with Kyiv": the partner of a trigger phrase's own object
        d.recipients += self._keys(self._prep_objects([o for o in self.kids[tok.i] if o.dep_ in OBJ and tok.i < o.i < d.end
                                                       and lemma_of(o) in d.trig.words], RECIPIENT_PREPS.get(d.type, ())))
        # "formed a joint battalion with Lithuania": the partner of the object a row's condition names
        named = {w for c in d.trig.conds if c.name == "obj" and c.words for w in c.words}
        if named and "with" in RECIPIENT_PREPS.get(d.type, ()):
            d.recipients += self._keys(self._prep_objects([o for o in self.kids[tok.i] if o.dep_ in OBJ and lemma_of(o) in named],
                                                          frozenset({"with"})))
        # "voiced strong displeasure at Hungary's decision", "expressed solidarity with the strikers": the stance
        # noun's phrase names whom it is aimed at (the owner of what it is about)
        for o in objs:
            if lemma_of(o) in STANCE_NOUNS:
                for c in self.kids[o.i]:
                    # ("expressed confidence in the prime minister")
                    if c.dep_ == "prep" and (c.lower_ in RECIPIENT_PREPS.get(d.type, frozenset()) | {"with"}
                                             or c.lower_ == "in" and lemma_of(o) == "confidence" and d.type == "SUPPORT"):
                        for p in self.kids[c.i]:
                            if p.dep_ == "pobj":
                                doers = self._event_doers(p) if d.type in BLAMING_TYPES else None
                                d.recipients += doers if doers is not None else self._object_keys(p)
        # "refusing admittance to Ghanaians, by far the biggest group": a second object after a comma is an
        # apposition to the noun before it, parsed loose
        objs = [o for o in objs if not any(x.i < o.i and any(t.text == "," for t in self.toks[x.i:o.left_edge.i]) for x in objs if x is not o)]
        if not objs and not is_passive:
            # "beat and tortured detained protesters": coordinated verbs share the object written after the last
            for cj in self.kids.conjuncts(tok):
                if cj.i > tok.i and cj.pos_ == "VERB" and not any(c.dep_ in SUBJ | PASS_SUBJ for c in self.kids[cj.i]):
                    objs = [c for c in self.kids[cj.i] if c.dep_ in OBJ]
                    if objs:
                        break
        if not objs:
            # "kidnapped up to 16 advisers" parsed as a particle and a preposition
            for c in self.kids[tok.i]:
                if c.dep_ == "prt" and c.lower_ == "up":
                    objs = [p for pr in self.kids[c.i] if pr.lower_ == "to" for p in self.kids[pr.i] if p.dep_ == "pobj" and count_of(p)]
        # "providing intelligence to Macedonia": a prepositional dative names its pobj
        dative = [p for c in self.kids[tok.i] if c.dep_ == "dative" for p in ([c] if c.pos_ != "ADP" else
                  [x for x in self.kids[c.i] if x.dep_ == "pobj"] or [x for x in [self._stranded_pobj(tok, c)] if x is not None])]
        agents = self._agent_objects(tok)
        # ("accused by neighbouring Eritrea": the parser may read the adjective as a participle with an object)
        agents += [o for c in self.kids[tok.i] if c.dep_ == "agent" for p in self.kids[c.i] if p.dep_ == "pcomp" and p.tag_ == "VBG"
                   for o in self.kids[p.i] if o.dep_ == "dobj" and o.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")]
        if d.mode in SENDING_MODES and (lemma_of(tok) in SENDING_VERBS or d.mode != "investigate") or \
                d.mode == "crowd-control" and lemma_of(tok) in INSTRUMENT_VERBS:
            # "sent inspectors to Bosnia": those sent are the actor's own, the destination receives;
            # "used force", "fired teargas shells": the object is the means
            objs = []
        # a gerund used as a noun: "killed in police firing", "the army's shelling": its modifier does it
        if tok.tag_ == "VBG" and tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") and not subj:
            d.actors += self._keys([c for c in self.kids[tok.i] if c.dep_ in ("compound", "poss", "nmod") and c.i < tok.i])
        # a participle modifying a noun: "13 people jailed …" (passive sense), "forces attacking …" (active)
        # ("Chekatt – shot dead by police –": a participle with an agent, whatever its tag)
        if tok.dep_ in ("acl", "amod") and (tok.tag_ == "VBN" or tok.tag_ == "VBD" and any(c.dep_ == "agent" for c in self.kids[tok.i])) \
                and not subj:
            d.recipients += self._keys([self.kids.head(tok)])
            is_passive = True
        elif tok.dep_ == "acl" and tok.tag_ == "VBG" and not subj:
            d.actors += self._keys([self.kids.head(tok)])
        elif tok.dep_ == "amod" and self.table.fused_doer(tok) is not None:
            d.recipients += self._keys([self.kids.head(tok)])  # "police lathi-charged protesters": the noun is the object
        if tok.dep_ == "relcl":
            rel = [c for c in self.kids[tok.i] if c.tag_ in ("WDT", "WP", "WP$") or c.lower_ in ("that", "which", "who", "whom")]
            if rel and rel[0].dep_ in OBJ | PASS_SUBJ:
                d.recipients += self._keys([self._antecedent_of(tok) if rel[0].lower_ in ("who", "whom") else self.kids.head(tok)])
                subj = [s for s in subj if s not in rel]
                objs = [o for o in objs if o not in rel]
            elif rel and rel[0].dep_ in SUBJ:
                subj = [self._antecedent_of(tok)]
                if d.type not in PHYSICAL_TYPES and lemma_of(subj[0]) not in SPEAKING_PLACES and all(
                        self.table.cls_of(k) == "Location" and self.table.is_local(k) for k in self._keys(subj) or ["-"]):
                    # ("a note inside the car that said …": the parser hangs the clause on the nearest noun; a car or
                    # a street says, asks or blames nothing)
                    subj = []
            elif not rel and not objs and subj and not is_passive and d.trig.pos == "V" and self.kids.head(tok).pos_ in ("NOUN", "PROPN"):
                # "freed 12 aid workers they had kidnapped": a contact clause with its subject and no object;
                # the noun it describes is what was done to
                d.recipients += self._keys([self.kids.head(tok)])
                if subj[0].lower_ == "they":
                    # … and "they" there is the plural subject of the clause that holds the noun
                    outer = self.kids.head(self.kids.head(tok))
                    if self.kids.head(tok).dep_ in OBJ and outer.pos_ in ("VERB", "AUX"):
                        outer_subj = [c for c in self.kids[outer.i] if c.dep_ in SUBJ and c.tag_ in ("NNS", "NNPS")]
                        if outer_subj:
                            subj = outer_subj
        if is_passive or inherited_passive and not any(c.dep_ in SUBJ for c in self.kids[tok.i]):
            # ("rockets were fired at Israel": what is fired is the means, not a target)
            d.recipients += self._keys([s for s in subj if (s.dep_ in PASS_SUBJ or inherited_passive)
                                        and not (lemma_of(tok) in LAUNCHING_VERBS and self._weapon(s))] or [])
            if is_passive:
                # ("Israel's handling of the uprising was condemned": its doer is blamed; "aid to Pakistan was
                # cut off": who the thing was for)
                for c in self.kids[tok.i]:
                    if c.dep_ in PASS_SUBJ and not (lemma_of(tok) in LAUNCHING_VERBS and self._weapon(c)):
                        doers = self._event_doers(c) if d.type in BLAMING_TYPES else None
                        d.recipients += doers if doers is not None else self._object_keys(c)
            d.actors += self._keys(agents)
            if not agents:
                d.actors += self._keys(self._by_inside(tok))
        elif self._subject_is_patient(tok, subj, objs):
            d.recipients += self._keys(subj)
        else:
            d.actors += self._keys(subj)
            d.recipients += self._keys(dative)
            for o in objs:
                if self._weapon(o) or d.type in TRANSFER_TYPES and self._machine(o) or lemma_of(tok) in DETONATING_VERBS:
                    # "fired rockets at the town", "gave Ukraine 40 tanks", "detonated a car packed with explosives
                    # at the gate": the means, or the thing given
                    continue
                doers = self._event_doers(o) if d.type in BLAMING_TYPES else None
                found = doers if doers is not None else self._object_keys(o)
                if d.type in TRANSFER_TYPES and found and all(self.table.cls_of(k) == "Location" and self.table.is_local(k) for k in found) \
                        and any(c.lower_ == "to" and c.dep_ in ("prep", "dative") for x in (tok, o) for c in self.kids[x.i]):
                    continue  # "presented a new stadium to the government of Malawi": the building is the gift
                d.recipients += found or self._gathering_doers(tok, o)
        # "fired more than 150 rockets towards Israel": where the weapon was aimed may hang on the weapon
        if d.type == "ASSAULT" and lemma_of(tok) in LAUNCHING_VERBS | INSTRUMENT_VERBS:
            d.recipients += [k for p in self._prep_objects([o for o in objs if self._weapon(o) or measure(o) or o.like_num],
                                                           ("at", "on", "towards", "toward", "into"))
                             for k in self._object_keys(p) if k not in d.recipients]
        # "detonated a car packed with explosives at the hotel gate": the place may hang on the device's description
        if lemma_of(tok) in DETONATING_VERBS and not d.recipients:
            d.recipients += [k for p in self._prep_objects([a for o in objs for a in self.kids[o.i] if a.dep_ == "acl"], ("at", "outside", "near"))
                             for k in self._object_keys(p)]
        # "Leftists … were arrested, including Eva Forest and Lidia Falcon": the parser may hang the list on the verb;
        # those it names are among the ones the act is done to
        if is_passive or objs:
            d.recipients += [k for c in self.kids[tok.i] if c.dep_ == "prep" and c.lower_ == "including" and c.i > tok.i
                             for p in self.kids[c.i] if p.dep_ == "pobj" for k in self._object_keys(p)]
        # "closed its border with Afghanistan", "opened its borders to refugees": the frontier is the
        # actor's own; who is on the other side of it receives the act
        for o in objs:
            if lemma_of(o) in FRONTIER_NOUNS:
                beyond = [p for x in [*self.kids[tok.i], *self.kids[o.i]] if x.dep_ == "prep" and x.lower_ in ("with", "to")
                          for p in self.kids[x.i] if p.dep_ == "pobj"]
                keys = self._keys(beyond)
                if keys:
                    mine = set(self._keys([o]))
                    d.recipients = [r for r in d.recipients if r not in mine] + keys
        # "marched on parliament": the place marched on is the target of the march
        if d.type == "PROTEST" and lemma_of(tok) in ("march", "converge", "descend"):
            for c in self.kids[tok.i]:
                if c.dep_ == "prep" and c.lower_ == "on":
                    d.recipients += self._keys([p for p in self.kids[c.i] if p.dep_ == "pobj" and p.ent_type_ != "DATE"])
        # "supporters clashed with police": in two-sided fighting the partner fights too
        if d.mode == "sideAB":
            for c in self.kids[tok.i]:
                if c.dep_ == "prep" and c.lower_ == "with":
                    d.actors += self._keys([p for p in self.kids[c.i] if p.dep_ == "pobj"])
        # "call on X", "talks with X", "attack on X": prepositional recipients
        preps = RECIPIENT_PREPS.get(d.type, frozenset())
        if len(d.trig.words) > 1 and d.trig.words[1] in ("on", "upon"):
            preps = preps | {d.trig.words[1]}
        if d.mode in ("investigate", "troops", "peacekeeping", "visit"):
            preps = preps | {"to"}  # "sent inspectors to Bosnia", "deployed troops to the border"
        if d.fine == "Arrest":
            # "arrested from his residence in Paldi", "arrested on a Turkish beach", "held on charges of …": where,
            # when or why, not whom
            # ("sent the two men to jail", "taken to the police station": where they are taken; "caught two thieves
            # and handed them over to the police": those handed custody take the captive; neither is held; one
            # surrenders to those who take him in, below)
            preps = preps - {"from", "on"} - ({"to"} if lemma_of(tok) != "surrender" else set())
        if d.fine == "Conviction":
            preps = preps - {"to"}  # "sentenced to life in prison": the penalty, not whom it falls on
        if d.type == "RETREAT" and d.mode == "withdraw":
            # "pulled out of the camp": the place left (the preposition hangs on the particle)
            for c in self.kids[tok.i]:
                if c.dep_ in ("prt", "prep") and c.lower_ == "out":
                    d.recipients += self._keys([p for x in self.kids[c.i] if x.dep_ == "prep" and x.lower_ == "of"
                                                for p in self.kids[x.i] if p.dep_ == "pobj"])
        prep_target = False  # a person or group hit, named in an earlier phrase of this loop
        for c in self._preps(tok):  # ("lashed out at Britain": the preposition may hang on the particle)
            # ("called on Muslims to take up arms": the parser may make the phrase's preposition a particle)
            if (c.dep_ == "prep" or c.dep_ == "prt" and len(d.trig.words) > 1 and c.lower_ == d.trig.words[1]) and c.lower_ in preps:
                stranded = self._stranded_pobj(tok, c)
                if stranded is not None:
                    d.recipients += self._object_keys(stranded)
                for p in self.kids[c.i]:
                    if p.dep_ == "pobj":
                        # "complained over two Israeli air raids": an event noun names its participants
                        doers = self._event_doers(p) if d.type in BLAMING_TYPES else None
                        found = doers if doers is not None else self._object_keys(p)
                        if c.lower_ in ("on", "at") and d.type in PHYSICAL_TYPES and any(
                                self.table.cls_of(k) in ("Person", "Group", "Organization", "Country") for k in d.recipients) \
                                and (lemma_of(tok) not in INSTRUMENT_VERBS | {"drop"} or prep_target):
                            # "abducted an official on the road to the airport", "fired tear gas at protesters on
                            # the square": with the one it hits named, a place in an on- or at-phrase is where it
                            # happens (what is fired or dropped is no one hit: "dropped gas on the town")
                            found = [k for k in found if self.table.cls_of(k) != "Location"]
                        prep_target = prep_target or any(self.table.cls_of(k) in ("Person", "Group") for k in found)
                        d.recipients += found
                    elif p.dep_ == "pcomp" and p.tag_ == "VBG":
                        # "opened fire on mobs setting fire to shops": the phrase is parsed as a clause
                        d.recipients += self._keys([x for x in self.kids[p.i] if x.dep_ in SUBJ])
        # "seeking refuge in Germany": asylum is asked of the place it is sought in
        if d.type == "REQUEST" and any(lemma_of(o) in ("refuge", "asylum", "shelter", "sanctuary") for o in objs):
            for c in self.kids[tok.i]:
                if c.dep_ == "prep" and c.lower_ == "in":
                    d.recipients += self._keys([p for p in self.kids[c.i] if p.dep_ == "pobj"])
        # "granted asylum to five officers", "reduced food supplies to the camp": the preposition may hang
        # on the thing given or withheld
        if d.type in TRANSFER_TYPES:
            for o in objs:
                for x in [o, *self.kids.conjuncts(o)]:
                    for c in self.kids[x.i]:
                        if c.dep_ == "prep" and c.lower_ in {"to", "for"}:
                            d.recipients += self._keys([p for p in self.kids[c.i] if p.dep_ == "pobj"])
        # "demanded that Serbia withdraw its troops": the one asked is the subject of the demanded clause,
        # before anything inside that clause
        if d.type == "REQUEST" and not d.recipients and not objs:
            for c in self.kids[tok.i]:
                if c.dep_ == "ccomp" and (not self._is_speech(c) or self._mandative(c)):
                    d.recipients += [k for k in self._keys(self._clause_subjects(c)) if k not in d.actors]
        if d.type in INNER_RECIPIENT_TYPES and not d.recipients:
            d.recipients += self._inner_recipients(tok, objs)
        # "threatened to launch an offensive unless Baghdad accepted its conditions": the condition's
        # subject is the one threatened
        if (d.type in ("THREATEN", "AGREE", "REJECT") or d.type in CONFLICTUAL) and not d.recipients:
            for node in [tok] + [c for c in self.kids[tok.i] if c.dep_ == "xcomp"]:
                for c in self.kids[node.i]:
                    if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in self.kids[c.i]):
                        d.recipients += [k for k in self._keys([sj for sj in self.kids[c.i] if sj.dep_ in SUBJ]) if k not in d.actors]
        # "demanded that the United States match …": the clause subject is asked (not "…, diplomats said")
        if d.type in ("REQUEST", "THREATEN", "ACCUSE") and not d.recipients:
            for c in self.kids[tok.i]:
                if c.dep_ == "ccomp" and (not self._is_speech(c) or self._mandative(c)):
                    d.recipients += self._keys(self._clause_subjects(c))
                    if d.type == "THREATEN" and not d.recipients:
                        # "vowed that the attackers would be hunted down": whom the threatened act would befall
                        d.recipients += [k for k in self._keys([x for x in self.kids[c.i] if x.dep_ in PASS_SUBJ]) if k not in d.actors]
            # "France must halt its tests, Keating demanded": the demand written after its clause is addressed
            # to that clause's subject
            head = self.kids.head(tok)
            if d.type == "REQUEST" and not d.recipients and tok.dep_ in ("ccomp", "parataxis", "conj") and head.i < tok.i \
                    and any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in self.kids[head.i]):
                d.recipients += [k for k in self._keys([s for s in self.kids[head.i] if s.dep_ in SUBJ]) if k not in d.actors]
        # "recalled its ambassador from Egypt", "withdrew its monitors from Kosovo": the envoys are the actor's
        # own; the state or place they leave receives the act
        if d.type == "SANCTION" and d.mode == "withdraw":
            envoys = [o for o in objs if lemma_of(o) in ENVOY_NOUNS]
            hosts = [p for h in [tok, *envoys] for c in self.kids[h.i] if c.dep_ == "prep" and c.lower_ in ("from", "to", "in")
                     for p in self.kids[c.i] if p.dep_ == "pobj"] if envoys else []
            host_keys = [k for k in self._keys(hosts) if k not in d.actors]
            if host_keys:
                own = set(self._keys(envoys))
                d.recipients = _uniq(host_keys + [r for r in d.recipients if r not in own])
        # "thinned out its troops along the border with Pakistan": forces moved are the actor's own; who is
        # beyond the frontier they leave receives the act
        # ("moved two divisions towards the border with Kuwait": the state beyond the frontier they
        # approach is the one the mobilisation is aimed at)
        if d.type == "RETREAT" and d.mode == "withdraw" or d.type == "MOBILIZE":
            own = set(self._keys([o for o in objs if lemma_of(o) in FORCE_LEMMAS]))
            d.recipients = [r for r in d.recipients if r not in own]
            preps = ("along", "on", "at", "near", "from") if d.type == "RETREAT" else ("along", "on", "at", "near", "to", "toward", "towards", "into")
            frontier = [p for c in self.kids[tok.i] if c.dep_ == "prep" and c.lower_ in preps
                        for p in self.kids[c.i] if p.dep_ == "pobj" and lemma_of(p) in FRONTIER_NOUNS]
            if frontier and (d.type == "RETREAT" or not d.recipients):
                # (a mobilisation "to its border with Guyana" already names the border and who is beyond it)
                # (the "with" phrase may hang on the verb: "along the border with Pakistan")
                beyond = [q for p in frontier for q in self._with_partner(p)] + \
                    [q for c in self.kids[tok.i] if c.dep_ == "prep" and c.lower_ == "with" for q in self.kids[c.i] if q.dep_ == "pobj"]
                d.recipients += [k for k in self._keys(beyond) if k not in d.actors]
        # "police contingents have been deployed", "peacekeepers were shipped out", "forces were engaged in
        # fighting": the forces moved, or engaged, are the ones who act
        if (d.type == "MOBILIZE" or d.mode in ("withdraw", "sideAB") or lemma_of(tok) in ("engage", "involve")) and not d.actors and is_passive:
            moved = set(self._keys([c for c in self.kids[tok.i] if c.dep_ in PASS_SUBJ] or subj))
            forces = [r for r in d.recipients if r in moved and self.table.cls_of(r) in ("Group", "Organization")]
            d.actors, d.recipients = forces, [r for r in d.recipients if r not in forces]
        # "died in police custody", "killed in army shelling": the doer is the modifier of the incident;
        # "killed in an encounter with the STF", "in an exchange of fire with security forces": the other side
        if d.type == "ASSAULT" and not d.actors:
            for c in self.kids[tok.i]:
                if c.dep_ == "prep" and c.lower_ in ("in", "during"):
                    for p in self.kids[c.i]:
                        if p.dep_ == "pobj" and lemma_of(p) in INCIDENT_NOUNS:
                            d.actors += [k for m in self.kids.lefts(p) if m.dep_ in ("compound", "nmod", "poss", "amod")
                                         for k in (self.table.keys_for(m) or self._participant_modifier(m))
                                         if self.table.cls_of(k) in ("Group", "Organization")]
                        if p.dep_ == "pobj" and is_passive and not d.actors and lemma_of(p) in EXCHANGE_NOUNS:
                            # (the parser may hang the "with" phrase on the verb: "killed in an encounter with the stf")
                            partners = self._with_partner(p) or [q for w in self.kids[tok.i] if w.dep_ == "prep" and w.lower_ == "with"
                                                                 for q in self.kids[w.i] if q.dep_ == "pobj"]
                            d.actors += [k for k in self._keys(partners)
                                         if self.table.cls_of(k) in ("Group", "Organization", "Country") and k not in d.recipients]
        # "fired in the air to scatter the stone pelters": those to be scattered are the target
        if d.type in ("ASSAULT", "COERCE") and not d.recipients:
            for c in self.kids[tok.i]:
                if c.dep_ in ("advcl", "xcomp") and lemma_of(c) in CONTROL_LEMMAS and infinitive(c, self.kids):
                    d.recipients += [k for k in self._keys([o for o in self.kids[c.i] if o.dep_ in OBJ])
                                     if self.table.cls_of(k) == "Group" and k not in d.actors]
        # "threatened to walk out of the talks in Washington unless Israel halted …": a threat is aimed at the
        # one whose conduct its condition names, more than at the place it would hit
        if d.type == "THREATEN":
            conditions = [a for c in [tok, *(x for x in self.kids[tok.i] if x.dep_ in ("xcomp", "ccomp"))] for a in self.kids[c.i]
                          if a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in self.kids[a.i])]
            targets = [k for a in conditions for k in self._keys([x for x in self.kids[a.i] if x.dep_ in SUBJ | PASS_SUBJ])
                       if k not in d.actors]
            if targets:
                d.recipients = _uniq(targets + [r for r in d.recipients if self.table.cls_of(r) != "Location"])
        # "found the former president guilty", "ordered the university closed": the small clause's subject
        if not d.recipients:
            # (a small clause has no auxiliary: in "said the suspects had killed …" the clause is reported speech)
            d.recipients += [k for c in self.kids[tok.i] if c.dep_ in ("ccomp", "xcomp", "oprd") and c.tag_ in ("JJ", "VBN")
                             and not any(a.dep_ in ("aux", "auxpass", "mark") for a in self.kids[c.i])
                             for k in self._keys([x for x in self.kids[c.i] if x.dep_ in SUBJ]) if k not in d.actors]
        # "allowed the World Food Programme to resume flights": who is let in receives the access
        if d.mode == "access" and not d.recipients:
            d.recipients += self._keys([s for c in self.kids[tok.i] if c.dep_ in ("ccomp", "xcomp")
                                        for s in self.kids[c.i] if s.dep_ in SUBJ])
        # "backed down in his dispute with the EC", "a ceasefire in their war with Turkish forces": the other side
        if not d.recipients and d.type not in ("STATEMENT", "ASSAULT"):
            # (the phrase may hang on the object: "declared a ceasefire in their war with …")
            d.recipients += [k for h in [tok, *objs] for c in self.kids[h.i] if c.dep_ == "prep" and c.lower_ in ("in", "over", "on", "to")
                             for p in self.kids[c.i] if p.dep_ == "pobj" and lemma_of(p) in DISPUTE_NOUNS
                             for k in self._keys(self._with_partner(p)) if k not in d.actors]
        # "targeted 13 more officials, alleging violations of human rights": whom the act it explains was aimed at
        if d.type == "ACCUSE" and not d.recipients and tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VBG" \
                and self.kids.head(tok).pos_ == "VERB" and self.kids.head(tok).i < tok.i:
            d.recipients += [k for k in self._keys([o for o in self.kids[self.kids.head(tok).i] if o.dep_ in OBJ]) if k not in d.actors]
        # "a siege by Syrian rebels of two towns has been lifted": who laid the measure lifts it, whom it held receives
        if d.type in ("RETREAT", "CONCEDE") and d.trig.pos == "V":
            pat = self._patient(tok)
            if pat is not None and lemma_of(pat) in EASED_MEASURES:
                layer_toks = self._prep_objects([pat], ("by",))
                layers = self._keys(layer_toks)
                if layers:
                    d.actors = d.actors or layers
                    # ("a siege by Syrian rebels of two towns": the parse may hang the of-phrase on the layers)
                    held = self._keys(self._prep_objects([pat], ("of", "on", "against"))
                                      + self._prep_objects([t for t in layer_toks if t.tag_ == "NNS"], ("of",)))
                    d.recipients = [r for r in _uniq(held + d.recipients) if r not in layers]
        # "spoke out in defence of Cuba", "rallied in support of the president": whom the act stands up for
        if d.type == "SUPPORT" and not d.recipients:
            d.recipients += [k for k in self._keys(self._prep_objects(
                [p for p in self._prep_objects([tok], ("in",)) if lemma_of(p) in BACKING_NOUNS], ("of",))) if k not in d.actors]
        # "served as an intermediary between the government and the opposition": a go-between's parties
        if d.mode == "third-party" and not d.recipients:
            d.recipients += [k for k in self._keys(self._prep_objects(self._prep_objects([tok], ("as",)), ("between", "among")))
                             if k not in d.actors]
        # "Jordan and Britain agreed": symmetric events share the actor role
        d.actors = _uniq(d.actors)
        d.recipients = [r for r in _uniq(d.recipients) if r not in d.actors]

    def _captors_and_orderers(self, d: _Draft) -> None:
        """Doers told off the event's own phrase: captors who free those they held, who gave the orders."""
        tok = d.tok
        # "won the release of 300 soldiers held by Eritrean rebels": the captors free them
        if d.fine == "Release" and d.trig.pos == "N" and not d.actors:
            held = [c for p in self._prep_objects([tok], ("of",)) for c in self.kids[p.i]
                    if c.dep_ == "acl" and c.tag_ == "VBN" and lemma_of(c) in CAPTIVE_VERBS]
            d.actors += [k for h in held for k in self._keys(self._agent_objects(h)) if k not in d.recipients]
        # "the killings, which took place on IRA orders", "burned on the orders of the commander": who ordered it
        if not d.actors and d.type in ("ASSAULT", "COERCE"):
            orderers = self._orderers(tok)
            d.actors += orderers
            d.recipients = [r for r in d.recipients if r not in orderers]

    def _orderers(self, tok: Token) -> list[str]:
        """Who gave the orders an act was done on: "on the orders of X", "on X's orders", "on IRA orders", on the act
        or on a relative clause of it that says it happened ("which took place on …")."""
        heads = [tok] + [c for c in self.kids[tok.i] if c.dep_ == "relcl" and lemma_of(c) in ("take", "happen", "occur")]
        out: list[Token] = []
        for h in heads:
            for pr in self.kids[h.i]:
                if pr.dep_ not in ("prep", "agent") or pr.lower_ not in ("on", "upon", "under", "by"):
                    continue
                for order in self.kids[pr.i]:
                    if order.dep_ != "pobj" or lemma_of(order) not in ("order", "instruction", "command"):
                        continue
                    out += [c for c in self.kids[order.i] if c.dep_ in ("poss", "compound")]
                    out += self._prep_objects([order], ("of", "from"))
        return self._keys(out) if out else []

    def _characterization(self, tok: Token) -> bool:
        """An event noun that labels something: "condemned X as an attack on …", "called it an assault on …",
        "branding the peacekeepers an instrument of creeping annexation"."""
        head = self.kids.head(tok)
        node = tok
        for _ in range(3):  # (through the label's head noun: "an act of aggression", "an instrument of creeping annexation")
            up = self.kids.head(node)
            if up is node or node.dep_ not in ("pobj", "pcomp", "dobj", "prep"):
                break
            if up.pos_ == "NOUN" and lemma_of(up) in LABEL_HEADS:
                tok, head = up, self.kids.head(up)
                if tok.dep_ == "dobj" and lemma_of(head) in LABELLING_VERBS and sum(c.dep_ == "dobj" for c in self.kids[head.i]) > 1:
                    return True  # ("branding the peacekeepers an instrument of …": the parse made the label a second object)
                break
            node = up
        if tok.dep_ == "pobj" and head.lower_ == "as" and head.dep_ == "prep":
            return lemma_of(self.kids.head(head)) in LABELLING_VERBS and any(c.dep_ in OBJ for c in self.kids[self.kids.head(head).i])
        if tok.dep_ in ("oprd", "attr") and lemma_of(head) in LABELLING_VERBS and head.pos_ == "VERB":
            # ("held what he called constructive discussions": a free relative in an object's place is the thing itself)
            return any(c.dep_ in OBJ for c in self.kids[head.i]) and not (
                head.dep_ in ("ccomp", "dobj") and any(c.lower_ == "what" for c in self.kids[head.i]))
        return False

    def _withheld(self, tok: Token) -> bool:
        """Aid that a verb or noun of withholding is about: "froze its aid", "aid was frozen", "the suspension of a loan",
        "a freeze on new loans"."""
        part = tok
        if part.dep_ == "pobj" and (self.kids.head(part).lower_ == "of" and lemma_of(self.kids.head(self.kids.head(part))) in MEASURE_NOUNS
                                    or self.kids.head(part).lower_ in ("of", "on") and lemma_of(self.kids.head(self.kids.head(part))) in SUPPLY_PARTS):
            part = self.kids.head(self.kids.head(part))  # ("a $55 million package of military aid was frozen", "the tap of aid")
        elif part.dep_ == "pobj" and self.kids.head(part).lower_ == "in" and self.kids.head(self.kids.head(part)).pos_ in ("NOUN", "NUM") \
                and any(c.like_num for c in self.kids.head(self.kids.head(part)).subtree):
            part = self.kids.head(self.kids.head(part))  # ("the suspension of 15 million dollars in economic aid": through the sum)
        if part.dep_ == "pobj" and self.kids.head(part).lower_ == "including":
            # ("suspended all military assistance, including the delivery of 28 F-16s": on the object or on the verb)
            whole = self.kids.head(self.kids.head(part))
            if lemma_of(whole) in WITHHOLDING_WORDS:
                return True
            if whole.dep_ in OBJ | PASS_SUBJ:
                part = whole
        gov = self._governor_through_part(part)  # (the verb of an object or of a passive subject)
        if gov is not part and (lemma_of(gov) in WITHHOLDING_WORDS or lemma_of(gov) == "turn" and any(
                c.dep_ == "prt" and c.lower_ == "off" for c in self.kids[gov.i]) or lemma_of(gov) == "put" and any(
                c.dep_ == "prep" and c.lower_ == "on" and any(p.lower_ in ("hold", "ice") for p in self.kids[c.i]) for c in self.kids[gov.i])):
            return True  # ("budget support … was put on hold")
        # ("a freeze on 74 million dollars of aid": through the sum)
        # ("a cut in aid", "the suspension of 20 million dollars in British aid": the in-phrase may hang on the noun of withholding)
        return any(t.dep_ == "pobj" and self.kids.head(t).lower_ in ("of", "on", "in") and lemma_of(self.kids.head(self.kids.head(t))) in WITHHOLDING_WORDS
                   for t in {tok, part})

    def _signed(self, tok: Token) -> bool:
        """An agreement noun that a signing is done to: "signed / ratified an accord", "an accord was signed", "the
        signing of a treaty", "put their signatures to a pact"."""
        head = self.kids.head(tok)
        if tok.dep_ in OBJ | PASS_SUBJ:
            return lemma_of(head) in SIGNING_VERBS and head.pos_ in ("VERB", "AUX")
        if tok.dep_ == "pobj" and head.lower_ == "of":
            return lemma_of(self.kids.head(head)) in SIGNING_NOUNS
        if tok.dep_ == "pobj" and head.lower_ == "to":
            up = self.kids.head(head)
            return lemma_of(up) in SIGNING_NOUNS or any(c.dep_ == "dobj" and lemma_of(c) in SIGNING_NOUNS for c in self.kids[up.i])
        return False

    def _light_object(self, tok: Token) -> bool:
        """The object of a light or undergoing verb, also through a measure: "held talks", "faced charges",
        "held a third round of talks", "launched a series of raids"."""
        if tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "of" and self.kids.head(self.kids.head(tok)).dep_ in OBJ:
            tok = self.kids.head(self.kids.head(tok))
        if tok.dep_ in PASS_SUBJ:
            return self._light(self.kids.head(tok))  # "warnings were given to the police", "talks were held"
        if tok.dep_ not in OBJ:
            return False
        head = self.kids.head(tok)
        return self._light(head) or lemma_of(head) in UNDERGOING_VERBS

    def _named_person(self, tok: Token) -> bool:
        """A person written by name ("Hugo Chávez", not "the activist"), whatever NER called the name."""
        return tok.pos_ == "PROPN" and any(self.table.cls_of(k) == "Person" for k in self.table.keys_for(tok))

    def _natural_cause(self, tok: Token) -> bool:
        """The death or harm a trigger tells came from a disaster, accident or illness, not from a doer."""
        if lemma_of(tok) == "die" and tok.dep_ == "relcl" and self._named_person(self._antecedent_of(tok)) and all(
                c.dep_ in ("nsubj", "punct", "advmod") or c.dep_ == "prep" and c.lower_ in ("in", "on")
                and all(p.ent_type_ == "DATE" for p in self.kids[c.i]) for c in self.kids[tok.i]):
            return True  # "Hugo Chávez, who died in 2013": a life's end told in passing, with no cause
        causes = [c for c in self.kids[tok.i] if c.dep_ in SUBJ]
        if tok.dep_ == "relcl" and any(c.lower_ in ("which", "that") and c.dep_ in SUBJ for c in self.kids[tok.i]):
            causes.append(self.kids.head(tok))  # "the earthquake, which killed …"
            if self.kids.head(tok).dep_ == "pobj":
                causes.append(self.kids.head(self.kids.head(self.kids.head(tok))))  # "the leak at the plant, which killed …"
        # ("two were killed and 15 injured in the stampede": joined verbs share the phrase written after the last)
        told = [tok] + [v for v in self.kids.conjuncts(tok) if v.pos_ == "VERB" and lemma_of(v) in INJURY_LEMMAS | {"kill", "die"}] \
            if tok.pos_ == "VERB" else [tok]
        causes += [p for v in told for c in self.kids[v.i] if c.dep_ in ("prep", "agent") and (c.lower_ in ("in", "from", "of", "by", "during", "after")
                                                                                          or c.lower_ == "to" and c.i > 0 and self.toks[c.i - 1].lower_ in ("due", "owing"))
                   for p in self.kids[c.i] if p.dep_ == "pobj"]
        # ("died due to lack of care": "due" may be the preposition's head)
        causes += [p for v in told for c in self.kids[v.i] if c.lower_ in ("due", "owing")
                   for t in self.kids[c.i] for p in ([t] if t.dep_ == "pobj" else self.kids[t.i] if t.lower_ == "to" else [])
                   if p.dep_ == "pobj"]
        verb = self.kids.head(tok) if tok.pos_ == "ADJ" else tok if tok.pos_ in ("VERB", "AUX") and not causes else None
        if verb is not None and tok.pos_ == "ADJ" and verb.dep_ in OBJ:
            verb = self.kids.head(verb)  # "left hundreds dead"
        if verb is not None and verb.pos_ in ("VERB", "AUX"):
            # "Hurricane Mitch washed away bridges and left hundreds dead": the subject of the verb (or of the
            # first of two joined verbs) that leaves the dead
            subj, passive = self._subject(verb)
            if not passive:
                causes += subj
                if verb.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in subj):
                    causes.append(self.kids.head(verb))  # "the cyclone that has left thousands dead"
        # "killed when a mini-lorry hit his two-wheeler", "when a truck rammed into a car": a collision of vehicles
        # ("a car rammed into the crowd" is an attack)
        for clause in [c for c in self.kids[tok.i] if c.dep_ == "advcl"] + ([tok] if tok.pos_ in ("VERB", "AUX") else []):
            if lemma_of(clause) in COLLIDING_VERBS and any(c.dep_ == "nsubj" and lemma_of(c) in VEHICLES for c in self.kids[clause.i]) \
                    and any(lemma_of(o) in VEHICLES for c in self.kids[clause.i] if c.dep_ in ("dobj", "prep")
                            for o in ([c] if c.dep_ == "dobj" else [p for p in self.kids[c.i] if p.dep_ == "pobj"])):
                return True
        # "the bus fell into a gorge, killing nine", "injured when the roof collapsed": an accident
        # (but "the government collapsed after the army killed 12 protesters": a clause with a doer of its own is no outcome)
        if tok.dep_ == "advcl" and lemma_of(self.kids.head(tok)) in ACCIDENT_VERBS and not any(
                c.dep_ in ("nsubj", "agent") for c in self.kids[tok.i]):
            return True
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and self.kids.head(tok).i < tok.i:
            # "the flight recorders of an airliner that crashed on its approach, killing all 40 aboard", "the owner of the
            # building that collapsed on Wednesday, killing four labourers": the parse hangs the toll on the main verb;
            # the last verb before it, in a clause of its own, is what killed
            last = next((t for t in reversed(self.toks[self.kids.head(tok).i + 1:tok.i]) if t.pos_ in ("VERB", "AUX")), None)
            if last is not None and last.dep_ in ("relcl", "acl") and lemma_of(last) in ACCIDENT_VERBS:
                return True
            # ("victims of the cyclone that struck Bangladesh last week, killing more than 2,000 people")
            if last is not None and last.dep_ == "relcl" and lemma_of(self.kids.head(last)) in NATURAL_CAUSES \
                    and any(c.dep_ in SUBJ and c.lower_ in ("which", "that") for c in self.kids[last.i]):
                return True
        if any(c.dep_ == "advcl" and lemma_of(c) in ACCIDENT_VERBS and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "after", "as")
                                                                          for m in self.kids[c.i]) for c in self.kids[tok.i]):
            return True
        # ("Hurricane Mitch", "the Kobe earthquake": the name's kind word; "two accidental explosions"; "died by
        # suicide", though a suicide bomber is a doer)
        if any(lemma_of(c) in ANIMALS and c.pos_ == "NOUN" for c in causes):
            return True  # ("the elephant that strayed into a tea garden killed a worker")
        return any(lemma_of(c) in NATURAL_CAUSES or lemma_of(c) == "suicide" or any(k.dep_ == "compound" and lemma_of(k) in NATURAL_CAUSES
                                                        or k.dep_ == "amod" and k.lower_ == "accidental"
                                                        or lemma_of(c) in ("explosion", "blast", "fire") and k.dep_ in ("compound", "amod")
                                                        and k.lower_ in ("gas", "boiler", "cylinder", "accidental", "methane", "firedamp", "colliery", "pit", "reactor",
                                                                        "chemical", "factory", "industrial")
                                                        # ("died of a heart attack", "a cardiac arrest", "kidney failure")
                                                        or lemma_of(c) in ("attack", "arrest", "failure", "disease", "ailment")
                                                        and k.dep_ in ("compound", "amod") and k.lower_ in ORGANS
                                                        for k in self.kids[c.i])
                   for c in causes)

    def _brought_to_end(self, verb: Token) -> bool:
        """'brought to an end a trade embargo': a verb that, with its phrase, ends what it governs."""
        return lemma_of(verb) == "bring" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            lemma_of(p) in ("end", "halt", "close") for p in self.kids[c.i]) for c in self.kids[verb.i])

    def _governor_through_part(self, tok: Token) -> Token:
        """The verb a noun is the object of, through a part of a set: "lifted the last of its sanctions"
        → lifted. The noun itself when it is no object."""
        if tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "of" and self.kids.head(self.kids.head(tok)).lower_ in QUANTITY_WORDS:
            tok = self.kids.head(self.kids.head(tok))
        return self.kids.head(tok) if tok.dep_ in OBJ | PASS_SUBJ else tok

    def _with_partner(self, noun: Token) -> list[Token]:
        """'an encounter with the STF', 'an exchange of fire with security forces': the "with" side."""
        heads = [noun] + [q for o in self.kids[noun.i] if o.dep_ == "prep" and o.lower_ == "of"
                          for q in self.kids[o.i] if q.dep_ == "pobj"]
        return [q for h in heads for w in self.kids[h.i] if w.dep_ == "prep" and w.lower_ == "with"
                for q in self.kids[w.i] if q.dep_ == "pobj"]

    def _inverted_speech(self, tok: Token) -> bool:
        """'…, alleged the family', '…, said the minister': a reporting verb after its clause, subject last."""
        if lemma_of(tok) not in SPEECH_INVERSION or tok.dep_ not in ("conj", "parataxis", "ROOT", "ccomp"):
            return False
        if tok.i == 0 or self.toks[tok.i - 1].text not in (",", "“", "”", '"', "’", "'"):
            return False
        if any(c.dep_ in SUBJ | {"ccomp"} for c in self.kids[tok.i]):
            return False
        objs = [c for c in self.kids[tok.i] if c.dep_ in OBJ]
        return len(objs) == 1 and objs[0].i > tok.i and tok.i + 4 >= objs[0].i

    def _is_speech(self, verb: Token) -> bool:
        # the lexicon row the verb matches, as a trigger would ("said" is speech, "say no" and "write off" are not)
        for row in self.lex.triggers.get((lemma_of(verb), "V")) or ():
            if self._phrase(verb, row) is not None and all(self._cond(verb, row, c) for c in row.conds):
                return row.type == "STATEMENT"
        return False

    def _object_keys(self, o: Token) -> list[str]:
        """Who an object names: itself (and its conjuncts), or — for an object that names no one, such as
        an event noun — the participants inside it ('demanded the removal of President X')."""
        keys: list[str] = []
        for e in expand(o, self.kids):
            found = self._keys([e]) if e is o or e.dep_ != "conj" else self._keys_of_one(e)
            if not found and e.pos_ == "NOUN":
                found = self._np_participants(e)
            if not found and measure(e):
                # "gave 20 million dollars in loans to Kenya": what the sum is of carries the recipient
                found = [k for c in self.kids[e.i] if c.dep_ == "prep" and c.lower_ in ("in", "of")
                         for p in self.kids[c.i] if p.dep_ == "pobj" for k in self._np_participants(p)]
            keys.extend(found)
        return _uniq(keys)

    def _stranded_pobj(self, verb: Token, prep: Token) -> Token | None:
        """'granted asylum to five officers holed up in a residence': the parser may take the noun after a
        preposition as the subject of the reduced relative that follows it, leaving the preposition
        without an object.  That subject is the preposition's object."""
        if any(p.dep_ in ("pobj", "pcomp") for p in self.kids[prep.i]):
            return None
        for c in self.kids[verb.i]:
            if c.dep_ in ("advcl", "ccomp", "conj") and c.i > prep.i and c.tag_ in ("VBN", "VBD"):
                for sj in self.kids[c.i]:
                    if sj.dep_ in SUBJ and sj.left_edge.i == prep.i + 1:
                        return sj
        return None

    def _event_doers(self, o: Token) -> list[str] | None:
        """Who does the event an event noun names, when it says so: "condemned the killing of two
        journalists by the police" blames the police, not the journalists; "denounced Serbia's
        suppression of the unrest" blames Serbia.  None when ``o`` is no event noun or names no doer."""
        rows = self._event_noun_rows(o)
        if not rows:
            return None
        kids = self.kids[o.i]
        has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in kids)
        keys: list[str] = []
        for c in kids:
            if c.dep_ == "prep" and (c.lower_ == "by" or c.lower_ == "from" and any(r.type == "REQUEST" for r in rows)):
                # ("a request from opposition-run councils", "demands by refugees": who asks)
                keys += self._keys([p for p in self.kids[c.i] if p.dep_ == "pobj"])
            elif c.dep_ == "compound" and c.i < o.i and any(r.type in ("REQUEST", "ACCUSE", "THREATEN") for r in rows):
                # "dismissed opposition demands", "rejected Commonwealth criticism": the modifier asks or blames
                keys += [k for k in self.table.keys_for(c) or self._participant_modifier(c) if self.table.cls_of(k) != "Location"]
            elif c.dep_ == "prep" and c.lower_ == "of":
                # "the shelling of a camp by government forces": the by-phrase may hang on the of-object
                keys += self._keys([x for p in self.kids[c.i] if p.dep_ == "pobj" for b in self.kids[p.i]
                                    if b.dep_ == "prep" and b.lower_ == "by" for x in self.kids[b.i] if x.dep_ == "pobj"])
            elif c.dep_ == "poss" and (has_of or rows[0].fine not in PATIENT_NOUN_FINES):
                keys += self._keys([c])
            elif c.dep_ == "amod" and not self.table.keys_for(c) and self.table.country_keys_of(c):
                keys += [self.table.state_for(k) for k in self.table.country_keys_of(c)]
        return _uniq(keys) or None

    def _event_noun_rows(self, o: Token) -> tuple:
        """The lexicon's event rows for ``o`` as a noun (a "-" row only says when it is none); none when ``o``
        names a participant."""
        if self.table.keys_for(o):
            return ()
        return tuple(r for r in self.lex.triggers.get((lemma_of(o), "N")) or () if r.type != NOT_AN_EVENT)

    def _gathering_doers(self, verb: Token, o: Token) -> list[str]:
        """Who takes part in the event an event-noun object names, where the parse leaves them outside the
        noun: "dispersed a rally by opposition supporters", "suspended trade talks with Beijing" (the
        phrase hung on the verb), "broke up the opposition rally" (a participant noun as modifier).
        Empty when ``o`` is no event noun."""
        if not self._event_noun_rows(o):
            return []
        keys = [k for c in self.kids[o.i] if c.dep_ == "compound" and c.i < o.i for k in self._participant_modifier(c)]
        if not keys:
            after = o.right_edge.i + 1
            keys = self._keys([p for c in self.kids[verb.i] if c.dep_ in ("prep", "agent") and c.i == after
                               and c.lower_ in ("by", "with", "between")
                               for p in self.kids[c.i] if p.dep_ == "pobj" and not (self._weapon(p) or self._machine(p))])
        return _uniq(keys)

    def _keys_of_one(self, e: Token) -> list[str]:
        found = list(self.table.keys_for(e))
        if not found and e.pos_ in ("NOUN", "PROPN"):
            found = list(self.table.fallback(e))
        return found

    def _np_participants(self, np: Token) -> list[str]:
        """Participants inside a noun phrase: 'a U.S. request', "Hussein's proposal", 'an offer from X'."""
        keys: list[str] = []
        for c in self.kids[np.i]:
            if c.dep_ == "amod" and not self.table.keys_for(c) and self.table.country_keys_of(c):
                # "an Australian ultimatum": the state that issued it
                keys.extend(self.table.state_for(k) for k in self.table.country_keys_of(c))
            elif c.dep_ in ("poss", "compound", "nmod", "amod"):
                keys.extend(self.table.keys_for(c) or self.table.country_keys_of(c))
            elif c.dep_ == "prep" and c.lower_ in ("of", "from", "with", "against", "to", "on", "by", "for", "among", "between"):
                if c.lower_ in ("on", "of") and lemma_of(np) in INFO_NOUNS:
                    continue  # "information on Islamic militants": what it is about, not who gets it
                for p in self.kids[c.i]:
                    if p.dep_ == "pobj":
                        found = self._keys([p])
                        keys.extend(found or self._np_participants(p))
            elif c.dep_ == "acl" and not keys:
                # "power lines leading into Kabul", "property seized by government forces"
                for pr in self.kids[c.i]:
                    if pr.dep_ in ("prep", "agent") and pr.lower_ in ("into", "to", "in", "by", "from", "of", "on", "against"):
                        keys.extend(k for p in self.kids[pr.i] if p.dep_ == "pobj" for k in self._keys([p]))
        return _uniq(keys)

    def _inner_recipients(self, tok: Token, objs: list[Token]) -> list[str]:
        """Recipients not in object position: inside the object NP, or in the wanted/refused clause."""
        keys: list[str] = []
        for o in objs:
            keys.extend(self._np_participants(o))
        if keys:
            return _uniq(keys)
        for c in self.kids[tok.i]:
            if c.dep_ == "xcomp" or (c.dep_ == "ccomp" and self.d_type_embeds(tok)):
                inner_objs = [x for x in self.kids[c.i] if x.dep_ in OBJ | {"dative"}]
                if lemma_of(c) in SENDING_VERBS:
                    inner_objs = []  # "pledged to send 500 police officers to Haiti": those sent are the actor's
                found = self._keys(inner_objs)
                prep_objs = [p for x in self.kids[c.i] if x.dep_ == "prep" and x.lower_ in ("to", "against", "on", "with", "for", "from", "between", "among")
                             for p in self.kids[x.i] if p.dep_ == "pobj"]
                found += self._keys(prep_objs)
                if not found:
                    for o in inner_objs + prep_objs:
                        found += self._np_participants(o)
                if not found:
                    # "offered to mediate in the dispute between Thailand and Cambodia": the parties
                    for x in c.subtree:
                        if x.dep_ == "pobj" and self.kids.head(x).lower_ in ("between", "among") and x.i - c.i < 10:
                            found += self._keys([x])
                if not found:
                    # "threatened to institute a curfew in Algiers": the place it would hit
                    for x in c.subtree:
                        if x.dep_ == "pobj" and self.kids.head(x).lower_ in ("in", "on", "to", "against"):
                            found += [k for k in self.table.keys_for(x) if self.table.cls_of(k) in ("Country", "Location")]
                if not found:
                    for x in self.kids[c.i]:
                        if x.dep_ == "xcomp":
                            found += self._inner_recipients(x, [])
                if not found:
                    # "refused to allow United Nations planes to land": the one allowed
                    for x in self.kids[c.i]:
                        if x.dep_ in ("ccomp", "xcomp"):
                            found += self._keys([sj for sj in self.kids[x.i] if sj.dep_ in SUBJ])
                if found:
                    return _uniq(found)
        return []

    @staticmethod
    def d_type_embeds(tok: Token) -> bool:
        return lemma_of(tok) in ("threaten", "demand", "warn", "vow", "promise", "ask", "urge")

    def _subject_is_patient(self, tok: Token, subj: list[Token], objs: list[Token]) -> bool:
        """'1,000 people remain in detention', '… and at least 2,000 detained': the subject undergoes it."""
        if subj and objs and all(lemma_of(o) in CUSTODY_PLACES for o in objs) and any(c.dep_ == "prt" and c.lower_ == "behind" for c in self.kids[tok.i]):
            return True  # "were booked and put behind bars": the parser reads "behind" as a particle and "bars" as the object
        if subj and objs and lemma_of(tok) == "lose" and all(lemma_of(o) in ("life", "live") for o in objs):
            return True  # "two persons lost their lives in police firing": they were killed
        if objs or not subj:
            return False
        if lemma_of(tok) in STATE_VERBS and not any(c.lower_ in ("away", "home", "off", "out", "down") for c in self.kids[tok.i]) \
                or lemma_of(tok) in ("die", "perish", "succumb", "fall"):
            return True  # ("stayed away from work", "stayed home": a strike is done, not undergone)
        if lemma_of(tok) == "land" and any(lemma_of(p) in CUSTODY_PLACES for c in self.kids[tok.i] if c.dep_ == "prep"
                                           for p in self.kids[c.i] if p.dep_ == "pobj"):
            return True  # "the conman landed in the police net", "landed behind bars"
        if tok.tag_ in ("VBN", "VBD") and not any(c.dep_ == "aux" for c in self.kids[tok.i]):
            if tok.dep_ in ("ccomp", "xcomp", "oprd") and lemma_of(self.kids.head(tok)) == "leave":
                return True  # ("a clash … has left at least one student injured": the student is hurt)
            return all(s.pos_ == "NUM" or s.like_num for s in subj) and lemma_of(tok) in TALLY_KINDS
        return False

    def _by_inside(self, tok: Token) -> list[Token]:
        """'jailed in a crackdown by the government': the agent inside a same-kind event noun."""
        out: list[Token] = []
        for c in self.kids[tok.i]:
            if c.dep_ != "prep":
                continue
            for p in self.kids[c.i]:
                if p.dep_ != "pobj":
                    continue
                for c2 in self.kids[p.i]:
                    if c2.dep_ == "prep" and c2.lower_ == "by":
                        out.extend(x for x in self.kids[c2.i] if x.dep_ == "pobj")
        return out

    def _adj_roles(self, d: _Draft) -> None:
        """'Syria is willing to withdraw its troops from Lebanon': the copula's subject is ready to act;
        whoever the intended act is directed at receives it."""
        tok = d.tok
        if tok.dep_ in ("acomp", "xcomp", "attr", "oprd", "ROOT", "ccomp", "conj"):
            subj = [c for c in self.kids[tok.i] if c.dep_ in SUBJ]
            if not subj and self.kids.head(tok) is not tok:
                subj, _ = self._subject(self.kids.head(tok))
            d.actors = _uniq(self._keys(subj))
        d.recipients = [r for r in _uniq(self._inner_recipients(tok, [])) if r not in d.actors]

    @staticmethod
    def _light(verb: Token) -> bool:
        """A light verb, also when the lemmatiser slips ("staged" → "stag")."""
        if lemma_of(verb) in LIGHT_VERBS or verb.lower_ in LIGHT_VERBS:
            return True
        if lemma_of(verb) in ("kick", "wound", "wind", "wrap") and any(c.dep_ == "prt" and c.lower_ in ("off", "up") for c in verb.children):
            return True  # "kicked off joint exercises", "wound up a round of talks", "wrapped up joint drills"
        low = verb.lower_
        for cut, add in (("d", ""), ("ed", ""), ("ing", ""), ("ing", "e"), ("s", ""), ("es", "")):
            if low.endswith(cut) and low[: -len(cut)] + add in LIGHT_VERBS:
                return True
        return False

    def _noun_roles(self, d: _Draft) -> None:
        tok = d.tok
        if tok.dep_ in ("compound", "amod", "nmod") and lemma_of(self.kids.head(tok)) in LIGHT_NOUNS:
            # "launched a mediation effort between …": the light head carries the arguments
            tok = self.kids.head(tok)
        # ("began joint patrols": a noun that names a body elsewhere, "a police patrol", is here the act itself)
        # (a bomb named as its blast's doer stays: "a suicide bomb ripped through a mosque")
        itself = set(self.table.keys_for(d.tok)) if lemma_of(d.tok) in ACT_BODIES else set()
        patient_noun = d.fine in PATIENT_NOUN_FINES or d.type in ("COERCE",) and d.mode in ("arrest", "deport")
        # "the journalist's arrest": the possessor undergoes it; "Israel's arrest of two lawmakers": with the
        # one undergoing it in an of-phrase, the possessor does it
        patient_of = any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" for p in self.kids[c.i]) for c in self.kids[tok.i])
        around = list(self.kids[tok.i])
        if d.type in ("RETREAT", "CONCEDE"):
            # "the lifting of sanctions on Iran": whom the eased measure was aimed at receives the easing
            eased = [p for p in self._prep_objects([tok], ("of",)) if lemma_of(p) in EASED_MEASURES]
            d.recipients.extend(k for k in self._keys(self._prep_objects(eased, ("on", "against"))) if k not in d.recipients)
        if tok.dep_ in SUBJ and lemma_of(self.kids.head(tok)) in OCCURRENCE_VERBS:
            # "fighting broke out between troops and rebels": the parties hang on the verb of occurring
            around += [c for c in self.kids[self.kids.head(tok).i] if c.dep_ == "prep" and c.lower_ in ("between", "among")]
        # "killed by mortar fire from the Islamic State", "shelling from government forces": where an attack
        # comes from is who makes it (a place is only where: "rocket fire from Gaza")
        sources = [k for k in self._keys(self._prep_objects([tok], ("from",))) if self.table.cls_of(k) != "Location"] \
            if d.type == "ASSAULT" and d.trig.pos == "N" else []
        d.actors.extend(k for k in sources if k not in d.actors)
        for c in around:
            if c.dep_ == "poss":
                owner = self._keys([c])
                if c.tag_ == "PRP$" and tok.dep_ in OBJ and not patient_noun:
                    # ("Venezuela's opposition extended its strike", "Craxi handed in his resignation": the object's
                    # "its"/"his" is the subject's own; "a judge ordered his release" releases him)
                    owner = self._keys([s for s in self.kids[self.kids.head(tok).i] if s.dep_ in SUBJ]) or owner
                (d.recipients if patient_noun and not patient_of else d.actors).extend(owner)
            elif c.dep_ == "amod" and c.tag_ == "VBN" and lemma_of(c) in CALLING_VERBS - {"back", "sponsor"} and not patient_noun and any(
                    x.i < c.i and self.toks[x.i + 1].text == "-" for x in self.kids[c.i]):
                # "an opposition-called strike", "a union-led march": the word before the hyphen calls or leads it
                # (a "Russian-backed offensive" is not Russia's own)
                d.actors.extend(k for k in self._keys([x for x in self.kids[c.i] if x.i < c.i and self.toks[x.i + 1].text == "-"])
                                if k not in d.actors)
            elif c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i and not self._prefixed(c, ("anti", "pro")):
                # ("anti-Japanese protests": not Japan's; "pro-government rallies": not the government's)
                # ("the Mumbai attack", "the 2007 Bagram Airfield bombing": a named place is where, not who)
                # ("the Cafetería Rolando bombing", "the Marriott hotel attack": a named building is where, too)
                keys = [k for k in self.table.keys_for(c) if self.table.cls_of(k) != "Location" and not self._facility(k)
                        and k not in itself] or list(self.table.country_keys_of(c))
                if keys and c.pos_ == "NOUN" and (self._machine(c) or self._weapon(c)) and self._clause_has_doer(tok):
                    keys = []  # "the Houthis launched drone attacks": the drone is the means, its owner acts
                if not keys and (c.dep_ == "compound" and d.type in ("REQUEST", "ACCUSE", "THREATEN", "PROTEST", "REJECT")
                                 or c.dep_ in ("compound", "amod") and d.type in ("ASSAULT", "COERCE")) \
                        and not (c.pos_ == "ADJ" and lemma_of(c) in KIND_ADJECTIVES and self._clause_has_doer(tok)):
                    # ("Turkey launched a military offensive": with the doer named, the adjective is the kind of act)
                    # "opposition demands", "union protests", "a police raid", "a rebel ambush" (the tagger may
                    # read "rebel" as an adjective)
                    keys = list(self._participant_modifier(c))
                if not keys and d.type == "ASSAULT" and c.pos_ == "NOUN" and self._weapon(c) and not self._clause_has_doer(tok) \
                        and not sources:
                    # "killed in a car bomb explosion": with no one named as doing it, the bomb is the doer
                    # (as in "a car bomb exploded")
                    keys = list(self.table.fallback(c))
                if keys and not patient_noun:
                    d.actors.extend(keys)
                elif keys:
                    d.recipients.extend(keys)
            elif c.dep_ == "acl" and c.tag_ == "VBN" and (lemma_of(c) in CALLING_VERBS and not patient_noun
                                                          or lemma_of(c) in ("carry", "conduct", "order", "perform", "sign", "write")):
                # "a general strike called by the Awami League": who called or staged it does it ("the deportation of
                # 28 men, carried out by Germany", "the expulsion of the agency, ordered by Moscow")
                d.actors.extend(self._keys(self._agent_objects(c)))
            elif c.dep_ == "prep":
                objs = [p for p in self.kids[c.i] if p.dep_ == "pobj"]
                prep = c.lower_
                if prep == "by":
                    d.actors.extend(self._keys(objs))
                elif prep in ("between", "among"):
                    # a mediator works between the parties: they receive it
                    (d.recipients if d.mode == "third-party" else d.actors).extend(self._keys(objs))
                elif prep == "of":
                    if d.type == "CONSULT" and d.mode == "visit":
                        # "the visit of the Pope" (who visits) / "a tour of Thailand" (the place visited)
                        for k in self._keys(objs):
                            (d.recipients if self.table.cls_of(k) in ("Country", "Location") else d.actors).append(k)
                    elif d.type in ("PROTEST", "MOBILIZE"):
                        # "a protest of farmers" (who protest) / "a blockade of the bridge" (what is blocked)
                        for k in self._keys(objs):
                            (d.recipients if self.table.cls_of(k) == "Location" else d.actors).append(k)
                    elif d.mode in AGENT_OF_MODES or d.type == "CONSULT":
                        d.actors.extend(self._keys(objs))
                    else:
                        d.recipients.extend(self._keys(objs))
                        # "the expulsion of 20 diplomats by Russia": the by-phrase may hang on the of-object
                        d.actors.extend(self._keys([x for p in objs for b in self.kids[p.i] if b.dep_ == "prep" and b.lower_ == "by"
                                                    for x in self.kids[b.i] if x.dep_ == "pobj"]))
                elif prep == "with" and (d.mode == "sideAB" or lemma_of(tok) in ("battle", "clash", "fighting", "gunfight", "skirmish", "shootout", "encounter")):
                    d.actors.extend(self._keys(objs))  # "a gun battle with police": both sides fight
                elif prep in ("against", "on", "with", "to", "at", "for", "into") and prep in (RECIPIENT_PREPS.get(d.type, frozenset()) | {"against", "with"}):
                    # ("an investigation into Boeing's practices": the owner of what it looks into)
                    if prep == "into":
                        d.recipients.extend(k for p in objs for k in self._object_keys(p))
                    elif prep == "against" and d.type in BLAMING_TYPES:
                        # ("a strike against the government's pension reforms": who made the reforms)
                        for p in objs:
                            doers = self._event_doers(p)
                            d.recipients.extend(doers if doers is not None else self._object_keys(p))
                    else:
                        d.recipients.extend(self._keys(objs))
                elif prep == "from" and d.type in ("AID", "REQUEST"):
                    d.actors.extend(self._keys(objs))
        head = self.kids.head(tok)
        obj_like = tok.dep_ in OBJ
        if tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "of" and self.kids.head(self.kids.head(tok)).dep_ in OBJ:
            # "launched 10 days of war games", "carried out a series of raids"
            obj_like, head = True, self.kids.head(self.kids.head(self.kids.head(tok)))
            if lemma_of(self.kids.head(self.kids.head(tok))) in RECORD_NOUNS:
                # ("registered a case of murder", "filed a complaint of assault": who records an offence did not do it)
                obj_like = False
        # "employees were given an ultimatum by their bosses": the passive light verb's subject receives it
        # ("was arrested and given a suspended sentence": the subject of the first passive verb, shared)
        # ("was summoned and handed a formal protest note": the tagger may read the giving verb as a past tense)
        shared = self.kids.head(head) if head.dep_ == "conj" and (head.tag_ == "VBN" or head.tag_ == "VBD" and lemma_of(head) in GIVING_VERBS) and not any(
            c.dep_ in SUBJ | PASS_SUBJ | {"auxpass"} for c in self.kids[head.i]) else head
        if obj_like and self._light(head) and any(c.dep_ == "auxpass" for c in self.kids[shared.i]):
            d.recipients.extend(self._keys([c for c in self.kids[shared.i] if c.dep_ in PASS_SUBJ]))
            d.actors.extend(self._keys(self._agent_objects(head)))
        # "faced charges", "received a warning", "came under attack": the subject undergoes it
        elif (obj_like and lemma_of(head) in UNDERGOING_VERBS) or (tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "under"
                                                                    and lemma_of(self.kids.head(self.kids.head(tok))) in ("come", "be")) \
                or (tok.dep_ == "pobj" and lemma_of(tok) == "trial" and self.kids.head(tok).lower_ == "on"
                    and lemma_of(self.kids.head(self.kids.head(tok))) in ("be", "go", "remain")):
            # ("is on trial", "went on trial", "awaiting trial", "stood trial": the subject is tried)
            verb = head if obj_like else self.kids.head(self.kids.head(tok))
            subj, passive = self._subject(verb)
            if not passive:
                d.recipients.extend(k for k in self._keys(subj) if k not in d.actors)
            if not d.actors:
                # "received a warning from Washington", "faced criticism from the opposition": the from-phrase acts
                d.actors.extend(k for k in self._keys(self._prep_objects((verb, tok), ("from",), after=tok.i)) if k not in d.recipients)
        # "held talks", "launched an attack": the light verb's subject acts
        elif obj_like and self._light(head):
            if not d.actors:
                subj, passive = self._subject(head)
                if not passive:
                    d.actors.extend(self._keys(subj))
            # "gave Bosnian Serbs an ultimatum": the indirect object receives it
            d.recipients.extend(k for k in self._keys([c for c in self.kids[head.i] if c.dep_ == "dative" and c.pos_ != "ADP"])
                                if k not in d.actors)
            # "gave a warm welcome to X", "lodged a protest with X", "launched a mediation effort between …"
            preps = RECIPIENT_PREPS.get(d.type, frozenset()) | {"against", "with"}
            # ("a note of protest to New Delhi": the phrase may hang on the kind the note is of)
            kinds = [p for p in self._prep_objects([tok], ("of",)) if lemma_of(p) in PROTEST_KINDS] \
                if lemma_of(tok) in PROTEST_CARRIERS else []
            for c in list(self.kids[head.i]) + [c for k in kinds for c in self.kids[k.i]]:
                if c.dep_ in ("prep", "dative") and c.i > tok.i:
                    objs = [p for p in self.kids[c.i] if p.dep_ == "pobj"]
                    if c.lower_ in preps or c.lower_ == "to" and lemma_of(head) in ADDRESSING_VERBS:
                        # ("opened an investigation into Microsoft's practices": the owner of what it is into)
                        # ("sent a note of protest to New Delhi": what is sent to someone is addressed to them)
                        d.recipients.extend(k for p in objs for k in self._object_keys(p))
                    elif c.lower_ in ("between", "among"):
                        (d.recipients if d.mode == "third-party" else d.actors).extend(self._keys(objs))
        # "warnings were given to the police": whom the passive light verb's phrase names receives it
        elif tok.dep_ in PASS_SUBJ and self._light(head):
            preps = RECIPIENT_PREPS.get(d.type, frozenset()) | {"against", "with"}
            d.recipients.extend(k for c in self.kids[head.i] if c.dep_ in ("prep", "dative") and c.lower_ in preps
                                for p in self.kids[c.i] if p.dep_ == "pobj" for k in self._object_keys(p) if k not in d.actors)
        # "sent instructions for Lyon authorities to strengthen security": the one the for-phrase names is asked
        if d.type == "REQUEST" and lemma_of(tok) in ASKING_NOUNS:
            d.recipients.extend(k for k in self._keys(self._asked_for(tok)) if k not in d.actors)
        # "renewed their demand that President Mobutu convene a conference": the one the clause asks
        if d.type == "REQUEST" and not d.recipients:
            # (the clause may hang on the light verb: "renewed their demand on Wednesday that …")
            holders = [tok] + ([self.kids.head(tok)] if tok.dep_ in OBJ and self._light(self.kids.head(tok)) else [])
            d.recipients += [k for h in holders for c in self.kids[h.i] if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                             and c.i > tok.i for k in self._keys([x for x in self.kids[c.i] if x.dep_ in SUBJ]) if k not in d.actors]
        # "in protest of the government's refusal", "in protest at the arrests": the object of the protest
        if d.type == "PROTEST" and tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "in" and not d.recipients:
            d.recipients.extend(self._protested(tok))
            d.actors = [a for a in d.actors if a not in d.recipients]
        # "in defiance of international warnings, the government is pushing forward": whoever acts so defies
        if d.type in ("REJECT", "ACCUSE") and not d.actors and tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "in" \
                and self.kids.head(self.kids.head(tok)).pos_ in ("VERB", "AUX"):
            subj, passive = self._relative_subject(self.kids.head(self.kids.head(tok)))
            if not passive:
                d.actors.extend(k for k in self._keys(subj) if k not in d.recipients)
        # "youths threw stones during demonstrations against …", "troops remained on alert": the clause's
        # subject demonstrates, or stands ready
        # ("soldiers fired on the rally": a protest fired on is the target, not the shooters' own)
        if d.type == "PROTEST" and not d.actors and tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "in" \
                and lemma_of(self.kids.head(self.kids.head(tok))) in ("part", "participation") \
                and lemma_of(self.kids.head(self.kids.head(self.kids.head(tok)))) in ("take", "have"):
            # "civilians who have taken part in demonstrations": whoever takes part protests
            subj, passive = self._relative_subject(self.kids.head(self.kids.head(self.kids.head(tok))))
            if not passive:
                d.actors.extend(self._keys(subj))
        if d.type in ("PROTEST", "MOBILIZE") and not d.actors and tok.dep_ == "pobj" \
                and (self.kids.head(tok).lower_ in ("during", "in", "at", "for", "with") or self.kids.head(tok).lower_ == "on" and (
                    d.type == "MOBILIZE" or lemma_of(self.kids.head(self.kids.head(tok))) == "go")) \
                and self.kids.head(self.kids.head(tok)).pos_ == "VERB":
            verb = self.kids.head(self.kids.head(tok))
            subj, passive = self._relative_subject(verb)
            # (anyone who "went on hunger strike" strikes; a person speaking "during protests" need not protest)
            going_on = lemma_of(verb) == "go" and self.kids.head(tok).lower_ == "on"
            if not passive:
                d.actors.extend(k for k in self._keys(subj) if going_on or self.table.cls_of(k) in ("Group", "Organization"))
        # "raided the homes as part of an investigation", "police raid homes in probe of alleged plot": the one who
        # acts carries out the effort the act is part of
        if not d.actors and lemma_of(tok) in EFFORT_NOUNS and tok.dep_ == "pobj":
            prep = self.kids.head(tok)
            verb = self.kids.head(prep)
            if prep.lower_ == "of" and lemma_of(verb) == "part" and verb.dep_ == "pobj":
                verb = self.kids.head(self.kids.head(verb))  # "as part of"
            if prep.lower_ in ("in", "of", "during") and verb.pos_ == "VERB":
                subj, passive = self._subject(verb)
                if not passive:
                    d.actors.extend(self._keys(subj))
        # "arrived in Riyadh for a two-day visit", "flew to Washington for talks with …": the traveller meets,
        # and the place travelled to is visited
        if d.type == "CONSULT" and not d.actors and tok.dep_ == "pobj" and self.kids.head(tok).lower_ in ("for", "on") \
                and lemma_of(self.kids.head(self.kids.head(tok))) in MOTION_VERBS:
            verb = self.kids.head(self.kids.head(tok))
            subj, passive = self._subject(verb)
            if not passive:
                d.actors.extend(self._keys(subj))
            if not d.recipients:
                for c in self.kids[verb.i]:
                    if c.dep_ == "prep" and c.lower_ in ("in", "to"):
                        d.recipients.extend(k for p in self.kids[c.i] if p.dep_ == "pobj" for k in self._keys([p])
                                            if self.table.cls_of(k) in ("Country", "Location"))
        # "the explosion targeted a bakery", "bombings targeted at the Russian military": what an attack
        # named by a noun hits is its recipient
        if d.type in ("ASSAULT", "COERCE"):
            hitter, verb = tok, head
            if tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "of" and self.kids.head(self.kids.head(tok)).dep_ in SUBJ \
                    and lemma_of(self.kids.head(self.kids.head(tok))) in SERIES_NOUNS:
                # "a wave of cyberattacks crippled the websites of …": the attacks are the subject through their series
                hitter = self.kids.head(self.kids.head(tok))
                verb = self.kids.head(hitter)
            if hitter.dep_ in SUBJ and lemma_of(verb) in HITTING_VERBS and (d.type == "ASSAULT" or d.mode == "cyber"):
                d.recipients.extend(k for o in self.kids[verb.i] if o.dep_ in OBJ for k in self._object_keys(o))
            if hitter.dep_ in SUBJ and d.type == "ASSAULT" and lemma_of(verb) in ("cause", "inflict", "do"):
                # "the explosion caused heavy damage to nearby buildings": what the damage was done to
                d.recipients.extend(k for o in self.kids[verb.i] if o.dep_ in OBJ and lemma_of(o) in DAMAGE_NOUNS
                                    for pr in self.toks[o.i:o.right_edge.i + 1] + self.kids[verb.i]
                                    if pr.dep_ == "prep" and pr.lower_ == "to" and self.kids.head(pr).i in (o.i, verb.i)
                                    for p in self.kids[pr.i] if p.dep_ == "pobj" for k in self._object_keys(p))
        if d.type == "ASSAULT":
            for c in self.kids[tok.i]:
                if c.dep_ == "relcl":
                    # "the bombings, which seemed to be aimed at civilians": the aim told in a relative clause
                    c = next((x for x in c.subtree if x.dep_ in ("relcl", "xcomp", "ccomp") and lemma_of(x) in HITTING_VERBS), c)
                if c.dep_ in ("acl", "relcl", "xcomp", "ccomp") and lemma_of(c) in HITTING_VERBS:
                    for pr in self.kids[c.i]:
                        if pr.dep_ == "prep" and pr.lower_ in ("at", "against", "on"):
                            d.recipients.extend(k for p in self.kids[pr.i] if p.dep_ == "pobj" for k in self._object_keys(p))
        # "the attack was carried out by ETA", "the bombing was claimed by the IRA": the agent of the light verb,
        # also through a raising verb ("the bombing is believed to have been carried out by ETA")
        doer_verb = head
        if tok.dep_ in PASS_SUBJ and lemma_of(head) in RAISING:
            doer_verb = next((c for c in self.kids[head.i] if c.dep_ == "xcomp" and any(a.dep_ == "auxpass" for a in self.kids[c.i])), head)
        if tok.dep_ in PASS_SUBJ and (self._light(doer_verb) or lemma_of(doer_verb) in ("claim", "perpetrate", "commit", "plan", "organize", "organise")) and not d.actors:
            d.actors.extend(k for k in self._keys(self._agent_objects(doer_verb)) if not self._facility(k))
        # "police responded with tear gas", "the army retaliated with air strikes": who responds uses the force
        means = tok
        while means.dep_ == "conj" and self.kids.head(means) is not means:
            means = self.kids.head(means)  # ("responded with water cannon and tear gas")
        if not d.actors and d.type in ("ASSAULT", "COERCE") and means.dep_ == "pobj" and self.kids.head(means).lower_ == "with" \
                and lemma_of(self.kids.head(self.kids.head(means))) in RESPONDING_VERBS:
            subj, passive = self._subject(self.kids.head(self.kids.head(means)))
            if not passive:
                d.actors.extend(self._keys(subj))
        # "the IRA claimed responsibility for the bombings": who claims an attack did it
        if tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "for" and not d.actors:
            above = self.kids.head(self.kids.head(tok))
            # ("claimed responsibility on Saturday for …": the for-phrase may hang on the verb)
            claim = self.kids.head(above) if lemma_of(above) == "responsibility" else above
            if (lemma_of(above) == "responsibility" or any(c.dep_ in OBJ and lemma_of(c) == "responsibility" for c in self.kids[above.i])) \
                    and lemma_of(claim) in ("claim", "accept", "take", "admit", "assume"):
                subj, passive = self._subject(claim)
                if not passive and not any(c.dep_ == "neg" for c in self.kids[claim.i]):
                    d.actors.extend(self._keys(subj))
        # "anti-government protests", "demonstrations or other anti-government acts", "anti-Japanese rallies": whom
        # the protest is against
        if d.type == "PROTEST":
            for n in [tok, *self.kids.conjuncts(tok)]:
                for target in self.kids.lefts(n):
                    if self._prefixed(target, ("anti",)):
                        d.recipients.extend(self.table.bare_state(target) if target.lower_ in ("government", "regime") else
                                            self.table.keys_for(target) or self.table.country_keys_of(target)
                                            or self.table.fallback(target))
        # "those detained were release": the copula's subject undergoes it
        if tok.dep_ in ("attr", "acomp") and lemma_of(head) == "be":
            subj = [c for c in self.kids[head.i] if c.dep_ in SUBJ]
            (d.recipients if patient_noun or d.type == "RETREAT" else d.actors).extend(self._keys(subj))
        # "flew the cartel boss to the United States, the first extradition under the 1979 treaty": a noun after a comma
        # names what the clause did; the clause's doer does it, to whom and what it moved
        if self._restates_clause(tok) and not d.actors and not d.recipients:
            verb = self.kids.head(tok)
            subj, passive = self._subject(verb)
            if not passive:
                d.actors.extend(self._keys(subj))
                d.recipients.extend(self._keys([o for o in self.kids[verb.i] if o.dep_ in OBJ] + self._prep_objects([verb], ("to",))))
        if itself:
            d.actors = [a for a in d.actors if a not in itself]
            d.recipients = [r for r in d.recipients if r not in itself]
        d.actors = _uniq(d.actors)
        d.recipients = [r for r in _uniq(d.recipients) if r not in d.actors]

    def _restates_clause(self, tok: Token) -> bool:
        """', the first extradition under the treaty': an event noun loose after a comma on a clause's verb that is
        no event word itself (which then only the noun names)."""
        if tok.dep_ not in ("npadvmod", "dobj") or tok.pos_ != "NOUN" or tok.left_edge.i == 0 or self.toks[tok.left_edge.i - 1].text != ",":
            return False
        verb = self.kids.head(tok)
        if tok.dep_ == "dobj" and not any(o.dep_ in OBJ and o.i < tok.i for o in self.kids[verb.i]):
            return False  # (a second object after the comma: the parser's reading of the same apposition)
        if verb.pos_ != "VERB" or verb.i > tok.i or not any(c.dep_ in SUBJ for c in self.kids[verb.i]):
            return False
        types = {r.type for r in self.lex.triggers.get((lemma_of(verb), "V"), ())}
        return not types & {r.type for r in self.lex.triggers.get((lemma_of(tok), "N"), ())}

    # -------------------------------------------------------------------------------- modality

    def _flags(self, d: _Draft, drafts: list[_Draft]) -> None:
        tok = d.tok
        children = list(self.kids[tok.i])
        if tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") or c.dep_ in SUBJ for c in children):
            head = self.kids.head(tok)
            if head.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in self.kids[head.i]):
                # "must raise the support price and write off farm loans", "must withdraw and release the prisoners":
                # a bare verb joined to a modal one shares its modal
                d.hypothetical = True
        if tok.i >= 2 and self.toks[tok.i - 1].lower_ == "to" and tok.tag_ == "VB" and self._counted_time(self.toks[tok.i - 2]) \
                and any(self._deadline_by_words(g) is tok for g in self.toks[self.sent_spans[self.sent_of[tok.i]][0]:tok.i]
                        if lemma_of(g) in ("give", "set") and g.pos_ == "VERB"):
            d.hypothetical = True  # "gave the gunmen holed up in the village 48 hours to lay down their weapons": not yet done
        if negated_verb(children):
            d.negated = True
        # "barred thousands of workers from travelling", "banned him from visiting the provinces": what one is kept
        # from doing is not done ("barred him from the summit": the summit itself still takes place)
        # ("… from entering the country to look into reports": nor is what it was to be done for)
        kept = tok
        while (kept.dep_ in ("advcl", "xcomp") and infinitive(kept, self.kids) or kept.dep_ == "conj") and self.kids.head(kept) is not kept:
            kept = self.kids.head(kept)  # (and "from entering or leaving": the other branch too)
        if kept.tag_ == "VBG" and kept.dep_ in ("pcomp", "pobj") and self.kids.head(kept).lower_ == "from" \
                and lemma_of(self.kids.head(self.kids.head(kept))) in BARRING_VERBS:
            d.negated = True
        # "said he was ready to meet X … to discuss peace": an infinitive the parser hangs on the verb of saying
        # belongs to what was said to be intended, not to the saying
        if tok.dep_ == "ccomp" and infinitive(tok, self.kids) and not any(c.dep_ in SUBJ | PASS_SUBJ for c in children) \
                and self._is_speech(self.kids.head(tok)):
            d.hypothetical = True
        # "next month's summit", "talks next week": an occurrence dated in the future is still to come
        if d.trig.pos == "N" and any(c.dep_ in ("poss", "npadvmod") and self._future_time(c) for c in children):
            d.hypothetical = True
        # "pressed NATO for a place in the alliance's joint drills in the Black Sea next summer": the date may hang on
        # the noun the event is a part of
        if d.trig.pos == "N" and tok.dep_ == "pobj" and self.kids.head(tok).lower_ in ("in", "at", "of") \
                and self.kids.head(self.kids.head(tok)).pos_ == "NOUN" and any(
                c.dep_ == "npadvmod" and self._future_time(c) for c in self.kids[self.kids.head(self.kids.head(tok)).i]):
            d.hypothetical = True
        # "a new round of talks", "a resumption of peace talks": the talks stand where their phase does
        anchor = self._phase_anchor(tok) if d.trig.pos == "N" else tok
        if (d.trig.pos == "N" or tok.tag_ == "VBG" and tok.dep_ in SUBJ | OBJ | {"pobj"}) and any(c.dep_ == "det" and c.lower_ == "no" for c in children):
            d.negated = True  # ("no firing took place": a gerund used as a noun)
        node = tok
        for _ in range(3):
            head = self.kids.head(node)
            if head is node:
                break
            if node.dep_ in ("relcl", "acl") and any(c.dep_ == "det" and c.lower_ in ("any", "every", "no") for c in self.kids[head.i]):
                # "threatened to cut ties with any country that recognises the republic": a kind, not an occurrence
                d.hypothetical = True
                break
            if node.dep_ == "conj" and infinitive(head, self.kids) and any(c.dep_ == "cc" and c.lower_ == "or" for c in self.kids[head.i]):
                # "72 hours to release their leader or see the capital attacked": the other branch of an ultimatum
                d.hypothetical = True
                break
            if node.dep_ == "advcl" and infinitive(node, self.kids) and any(c.dep_ == "mark" and c.lower_ == "for" for c in self.kids[node.i]) \
                    and lemma_of(head) in CLAMOUR_VERBS:
                # "marched through Belgrade calling for Milosevic to step aside": what is called for
                d.hypothetical = True
                break
            if node.dep_ in ("relcl", "acl", "advcl") and infinitive(node, self.kids) and lemma_of(head) in ("way", "path", "door", "ground") \
                    and head.dep_ in OBJ and lemma_of(self.kids.head(head)) in ("clear", "pave", "open", "prepare"):
                # "clearing the way for Damascus to attend peace talks": what is made possible has not happened yet
                d.hypothetical = True
                break
            if node is tok and d.trig.pos == "N" and node.dep_ == "pobj" and head.lower_ == "for" \
                    and lemma_of(self.kids.head(head)) in CLAMOUR_VERBS | CHANTING_VERBS:
                # "chanting for the withdrawal of Syrian troops", "marched for the release of the detained leaders":
                # what a crowd calls for has not happened
                d.hypothetical = True
                break
            if node.dep_ in ("ccomp", "advcl", "pcomp") and head.lower_ in ("provided", "providing") and head.i > 0 \
                    and (self.toks[head.i - 1].text == "," or head.dep_ in ("prep", "advcl", "ccomp", "mark")):
                # "ready to return to the talks, provided the army ended its blockade": a proviso is a condition
                d.hypothetical = True
                break
            node = head
        if d.trig.pos == "N" and any(c.dep_ == "det" and c.lower_ == "any" for c in self.kids[anchor.i]) and self._under_denial(anchor):
            d.hypothetical = True  # "had done nothing to earn any easing of the measures": any one, none in particular
        if (d.trig.pos == "N" and tok.dep_ == "pobj" or tok.dep_ == "pcomp" and tok.tag_ in ("VBN", "VBG")) \
                and self.kids.head(tok).lower_ == "without":
            # "the talks ended without agreement", "laid down their arms without a shot being fired": what something
            # was without did not happen
            d.negated = True
        # "stopped short of backing calls for a march": what one stops short of is not done
        if tok.dep_ in ("pcomp", "pobj") and self.kids.head(tok).lower_ == "of" and self.kids.head(self.kids.head(tok)).lower_ == "short" \
                and lemma_of(self.kids.head(self.kids.head(self.kids.head(tok)))) in ("stop", "fall"):
            d.negated = True
        # "had brought the two armies to the brink of armed clashes": the edge, not the clashes
        if d.trig.pos == "N" and tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "of" \
                and lemma_of(self.kids.head(self.kids.head(tok))) in BRINK_NOUNS:
            d.hypothetical = True
        # "a build-up that heralded a full-scale invasion": what a sign foretells is still to come
        if d.trig.pos == "N" and tok.dep_ in OBJ and lemma_of(self.kids.head(tok)) in FORETELLING_VERBS:
            d.hypothetical = True
        # "3,000 refugees facing deportation", "risked arrest": a fate ahead, not one met ("faced charges" were brought)
        fate = self.kids.head(tok)
        # ("told the protesters they faced arrest", "faced arrest if they did not disperse": a past tense of reported or
        # conditional speech)
        if d.trig.pos == "N" and tok.dep_ in OBJ and lemma_of(fate) in PENDING_FATE_VERBS and (
                fate.tag_ in ("VB", "VBG", "VBP", "VBZ") or fate.tag_ == "VBD" and (
                    self._conditional(fate) or fate.dep_ == "ccomp" and lemma_of(self.kids.head(fate)) in TELLING_VERBS | {"warn"})) \
                and (d.type in ("COERCE", "SANCTION", "ASSAULT") or lemma_of(fate) == "await" and d.type != "ACCUSE"):
            d.hypothetical = True  # ("a proposed amnesty still awaits cabinet approval"; one awaiting trial is accused)
        # "the trip would focus on the repatriation of refugees", "talks centred on the release of prisoners":
        # a topic is no occurrence
        if d.trig.pos == "N" and anchor.dep_ == "pobj" and self.kids.head(anchor).lower_ in ("on", "upon", "with", "around") \
                and lemma_of(self.kids.head(self.kids.head(anchor))) in TOPIC_VERBS and self.kids.head(self.kids.head(anchor)).pos_ == "VERB":
            d.hypothetical = True
        # "a programme designed to help desert states curb the movement of arms": what one is to help do is as little
        # done as the helping (the parser makes it a clause of its own)
        if tok.dep_ in ("ccomp", "xcomp") and lemma_of(self.kids.head(tok)) in ("help", "assist", "enable") \
                and self.kids.head(tok).dep_ in ("xcomp", "advcl") and infinitive(self.kids.head(tok), self.kids) \
                and lemma_of(self.kids.head(self.kids.head(tok))) in HYPOTHETICAL_HEADS:
            d.hypothetical = True
        # "a rally the movement had planned to hold", "talks they intend to open": what is planned has not happened
        if d.trig.pos == "N" and any(c.dep_ == "relcl" and lemma_of(c) in ("plan", "intend", "schedule", "propose", "hope", "want")
                                     and any(x.dep_ == "xcomp" for x in self.kids[c.i]) for c in children):
            d.hypothetical = True
        # "no date has yet been set for a visit to Asmara", "a timetable for the withdrawal": what a date is set for is to come
        if d.trig.pos == "N" and tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "for":
            timed = self.kids.head(self.kids.head(tok))
            if lemma_of(timed) in DATE_NOUNS or lemma_of(timed) == "set" and any(
                    c.dep_ in PASS_SUBJ | OBJ and lemma_of(c) in DATE_NOUNS for c in self.kids[timed.i]):
                d.hypothetical = True  # (also with the for-phrase on the verb: "no date has been set for a visit")
        # "ruled out a ceasefire before talks begin": an event noun that is the subject of a present-tense time clause
        # of the future is still to come, as the clause's verb is
        if d.trig.pos == "N" and tok.dep_ in SUBJ and self._future_time_clause(self.kids.head(tok)):
            d.hypothetical = True
        # "would be arrested the moment he set foot in Pakistan": what the moment of a future act is tied to is to come
        if tok.dep_ == "relcl" and lemma_of(self.kids.head(tok)) in MOMENT_NOUNS and self.kids.head(tok).dep_ == "npadvmod" \
                and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in self.kids[self.kids.head(self.kids.head(tok)).i]):
            d.hypothetical = True
        # "the three states signed a treaty sharing out the waters", "scrapped the ban barring Kulov from standing": what an
        # agreement provides is still to be carried out, and what a lifted restriction did is undone with it
        # (the parse may hang the participle on the verb: "lifted the ban barring …" with no comma between)
        text = self.kids.head(tok) if tok.dep_ == "acl" else self.toks[tok.i - 1] if tok.dep_ == "advcl" and tok.i > 0 \
            and self.toks[tok.i - 1].dep_ in OBJ and self.kids.head(self.toks[tok.i - 1]).i == self.kids.head(tok).i else None
        if text is not None and tok.tag_ == "VBG" and text.pos_ == "NOUN":
            if lemma_of(text) in AGREEMENT_NOUNS and d.type not in ("RETREAT", "AGREE") \
                    or text.dep_ in OBJ | PASS_SUBJ and lemma_of(self.kids.head(text)) in RELIEF_HEADS:
                d.hypothetical = True
        if tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in children):
            who = self.kids.head(tok)
            # ("a peace accord that formally ends their border war": what an agreement does, told in the present, it
            # provides; "an amnesty for insurgents who surrender their weapons before mid-April", "a reward for anyone who
            # gives information": whoever does it in the present tense of an offer has not done it yet)
            if lemma_of(who) in AGREEMENT_NOUNS | DOCUMENT_NOUNS or who.dep_ == "pobj" and self.kids.head(who).lower_ == "for" \
                    and lemma_of(self.kids.head(self.kids.head(who))) in OFFERED_NOUNS:
                d.hypothetical = True
        # ("the accord providing for the phased withdrawal of 50,000 Cuban troops": what an agreement provides for)
        if d.trig.pos == "N" and tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "for":
            prov = self.kids.head(self.kids.head(tok))
            if lemma_of(prov) in ("provide", "call", "allow", "envisage", "pave") and prov.dep_ in ("acl", "relcl") \
                    and lemma_of(self.kids.head(prov)) in AGREEMENT_NOUNS | DOCUMENT_NOUNS | {"plan", "proposal", "framework", "formula"}:
                d.hypothetical = True
        if tok.tag_ == "VBG" and tok.dep_ == "acl" and self.kids.head(tok).i == tok.i - 1 and any(
                c.dep_ == "det" and c.lower_ == "no" for c in self.kids[tok.i - 1]):
            d.negated = True  # "no police firing took place": the parser hangs "firing" on "police"
        if d.trig.pos == "N" and any(c.dep_ == "amod" and c.tag_ == "VBG" and lemma_of(c) in ("fear", "expect", "anticipate", "await", "seek")
                                     for c in children):
            d.hypothetical = True  # "moved court for anticipatory bail, fearing arrest"
        # "Rumours swept Ouagadougou on Sunday that the army chief had been placed under house arrest", "rumours that the
        # police had fired on a procession spread panic": what rumours say, however the parser hangs the clause (and
        # though the tagger may take the plural for a verb)
        mark = next((c for c in children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if mark is not None and any(t.lower_ in RUMOUR_WORDS
                                    for t in self.toks[max(self.sent_spans[self.sent_of[tok.i]][0], mark.i - 8):mark.i]):
            d.hypothetical = True
        # "unconfirmed reports said a general had been detained", "rumours said …": not asserted
        if tok.dep_ == "ccomp" and any(c.dep_ in SUBJ and (lemma_of(c) in ("rumour", "rumor") or any(
                m.dep_ == "amod" and m.lower_ in UNCONFIRMED_WORDS for m in self.kids[c.i])) for c in self.kids[self.kids.head(tok).i]):
            d.hypothetical = True
        # "if the Bank of Japan kept rates on hold at its policy meeting": an event named in a condition's clause
        if d.trig.pos == "N" and tok.dep_ == "pobj" and self.kids.head(tok).dep_ == "prep":
            verb = self.kids.head(self.kids.head(tok))
            if verb.pos_ in ("VERB", "AUX") and verb.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in self.kids[verb.i]):
                d.hypothetical = True
        # "agreed to take part in talks", "were allowed to participate in the summit", "gave the green light for its
        # officials to take part in a new round of talks": what one is to join is no more done than the joining
        if d.trig.pos == "N" and anchor.dep_ == "pobj" and self.kids.head(anchor).lower_ in ("in", "at"):
            joining = self.kids.head(self.kids.head(anchor))
            if self._taking_part(joining) and infinitive(joining, self.kids) and (
                    joining.dep_ in ("xcomp", "advcl") and lemma_of(self.kids.head(joining)) in HYPOTHETICAL_HEADS
                    or any(m.dep_ == "mark" and m.lower_ == "for" for m in self.kids[joining.i])):
                d.hypothetical = True
        # "will hold their fire to give talks with Dakar a chance": what is given a chance has still to happen
        if d.trig.pos == "N" and anchor.dep_ in ("dobj", "dative") and lemma_of(self.kids.head(anchor)) == "give" and any(
                c.dep_ == "dobj" and c.i != anchor.i and lemma_of(c) in ("chance", "opportunity") for c in self.kids[self.kids.head(anchor).i]):
            d.hypothetical = True
        # "a buffer zone to be patrolled by U.N. troops": what a thing is for is still to come
        if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in children) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and not self._ordinal_noun(self.kids.head(tok)):
            d.hypothetical = True
        # "probing allegations on Monday that soldiers executed civilians": the clause may hang on the verb
        if tok.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in children):
            up = self.kids.head(tok)
            verbs = [up] + [v for v in self.kids[up.i] if v.dep_ == "xcomp" and v.i < tok.i]  # ("began probing allegations …")
            if any(o.dep_ == "dobj" and lemma_of(o) in ALLEGATION_NOUNS and o.i < tok.i for v in verbs for o in self.kids[v.i]):
                d.hypothetical = True
        subj = [c for c in children if c.dep_ in SUBJ | PASS_SUBJ]
        if not subj and tok.dep_ in ("acomp", "xcomp", "oprd"):
            # "neither side appears ready to make concessions": the adjective's subject is its verb's
            subj = [c for c in self.kids[self.kids.head(tok).i] if c.dep_ in SUBJ | PASS_SUBJ]
        if any(self.table.nobody(s) for s in subj):
            d.negated = True
        if tok.tag_ == "VBG" and any(c.dep_ in ("preconj", "det", "advmod") and c.lower_ == "neither" and c.i < tok.i for c in children):
            d.negated = True  # ("with neither side giving ground": "neither" read as the participle's own word)
        if tok.dep_ in ("pcomp", "pobj") and self.kids.head(tok).lower_ in ("of", "than") and any(
                c.lower_ in ("instead", "rather") for c in self.kids[self.kids.head(tok).i]):
            d.negated = True  # "shielding the accused instead of arresting them", "rather than shooting at the crowd"
        # "said the death was not caused by police firing": the cause a negated verb names is denied
        if tok.dep_ == "pobj" and self.kids.head(tok).dep_ == "agent":
            causing = self.kids.head(self.kids.head(tok))
            if lemma_of(causing) in CAUSING_VERBS and any(c.dep_ == "neg" for c in self.kids[causing.i]):
                d.negated = True
        if d.type == "AID" and d.trig.pos == "N":
            # "deliveries of food aid … were suspended", "froze most of its grant aid to China": aid stopped is not given
            node = tok
            if node.dep_ == "pobj" and self.kids.head(node).lower_ == "of":
                node = self.kids.head(self.kids.head(node))
            if node.dep_ in OBJ | PASS_SUBJ and lemma_of(self.kids.head(node)) in WITHHOLDING_WORDS and self.kids.head(node).pos_ == "VERB":
                d.negated = True
        if d.trig.pos == "N" and tok.dep_ == "dobj" and lemma_of(self.kids.head(tok)) == "stay" and self.kids.head(tok).pos_ == "VERB":
            d.negated = True  # "the high court stayed the arrest of the journalist": stopped before it was made
        if d.trig.pos == "V" and any(c.dep_ == "dobj" and (c.lower_ in ("nobody", "none", "noone") or any(
                k.dep_ == "det" and k.lower_ == "no" for k in self.kids[c.i])) for c in children) \
                and not any(c.name == "objmod" and "no" in c.words for c in d.trig.conds):
            # (a row that reads the "no" itself is its meaning: "saw no grounds for a rerun")
            d.negated = True  # "the police have detained no one so far", "would extend no fresh loans"
        # "no reports of firing from either side", "there was no evidence that the woman had been assaulted":
        # what nothing reports or bears out is not asserted
        if (d.trig.pos == "N" and tok.dep_ == "pobj" or tok.dep_ == "pcomp") and self.kids.head(tok).lower_ == "of" \
                and self._no_word_of(self.kids.head(self.kids.head(tok))) or tok.dep_ in ("acl", "ccomp") and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in children) and self._no_word_of(self.kids.head(tok)):
            d.negated = True
        # "such concessions would threaten national unity", "only mediation could produce a settlement": an act
        # named as the subject of what might be is an idea, not an occurrence
        if d.trig.pos == "N" and anchor.dep_ in SUBJ and any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may", "can")
                                                              for c in self.kids[self.kids.head(anchor).i]):
            d.hypothetical = True
        # "pleaded not guilty to the charge of receiving instruction", "on suspicion of smuggling arms": the act a
        # charge names is alleged, not asserted
        node = tok
        for _ in range(4):
            up = self.kids.head(node)
            if up is node:
                break
            if node.dep_ in ("pcomp", "pobj") and up.lower_ == "of" and lemma_of(self.kids.head(up)) in ALLEGATION_NOUNS \
                    and self.kids.head(up).pos_ == "NOUN":
                d.hypothetical = True
                break
            if node.dep_ not in ("dobj", "pcomp", "pobj", "compound", "amod", "conj"):
                break
            node = up
        # "looking into reports that security forces tortured detainees", "examining evidence that …": what an inquiry
        # looks into is not established
        report = self._clause_of_noun(tok, REPORT_NOUNS)
        that_clause = any(c.dep_ == "mark" and c.lower_ == "that" for c in children)
        if report is not None and self._inquired(report):
            d.hypothetical = True
        # "handing out leaflets calling for an Islamic caliphate", "a novel depicting attacks on Hindus": what a text or a
        # picture says or shows is its content, not an act
        node = self.kids.head(tok) if d.trig.pos == "N" and tok.dep_ in OBJ else tok
        if node.dep_ == "acl" and node.tag_ == "VBG" and lemma_of(self.kids.head(node)) in CONTENT_CARRIERS \
                and self.kids.head(node).pos_ == "NOUN":
            d.hypothetical = True
        # "scoffed at reports that its crew had been mistreated", "dismissed reports that troops had fired": denied
        if report is not None and that_clause:
            up = self.kids.head(self.kids.head(report)) if report.dep_ == "pobj" else self.kids.head(report)
            if report.dep_ in OBJ | {"pobj"} and lemma_of(up) in DISMISSING_VERBS and up.pos_ == "VERB":
                d.negated = True
        # "would not free them except in a prisoner exchange", "barring a ceasefire": an exception names what has not happened
        # (only on what would or will not be done: "freed no one except in a swap last year" tells of a swap)
        if tok.dep_ == "pobj":
            prep = self.kids.head(tok)
            if prep.dep_ in ("prep", "pcomp") and self.kids.head(prep).lower_ in EXCEPTING_PREPS:
                prep = self.kids.head(prep)
            if prep.lower_ in EXCEPTING_PREPS:
                verb, modal = self.kids.head(prep), prep.lower_ == "barring"
                for _ in range(4):  # (the exception may hang on a clause below the verb it excepts from)
                    modal = modal or verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in self.kids[verb.i])
                    if modal or self.kids.head(verb) is verb:
                        break
                    verb = self.kids.head(verb)
                d.hypothetical = d.hypothetical or modal
        # "allegations that soldiers tortured detainees", "claims that troops had shelled the town": unproven
        # ("charges that army units tortured and killed peasants": the second verb of the clause too)
        first = tok
        while first.dep_ == "conj" and first.pos_ == "VERB" and self.kids.head(first).pos_ == "VERB":
            first = self.kids.head(first)
        if (that_clause or first is not tok and any(c.dep_ == "mark" and c.lower_ == "that" for c in self.kids[first.i])) \
                and self._clause_of_noun(first, ALLEGATION_NOUNS) is not None:
            d.hypothetical = True
        # "vetoed a draft resolution condemning the annexation", "tabled a bill banning rallies": what a text
        # proposed or stopped would do is not done
        if tok.dep_ in ("acl", "relcl") and self.kids.head(tok).pos_ == "NOUN" and lemma_of(self.kids.head(tok)) in DOCUMENT_NOUNS:
            text = self.kids.head(tok)
            up = self.kids.head(text)
            if any(c.lower_ in ("draft", "proposed") for c in self.kids[text.i]) or \
                    text.dep_ in OBJ | PASS_SUBJ and lemma_of(up) in UNADOPTED_VERBS:
                d.hypothetical = True
        # "once Vietnamese troops have left Cambodia": a perfect in a time clause of the future
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in FUTURE_MARKS for c in children) and any(
                c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") and c.lower_ in ("have", "has") for c in children):
            d.hypothetical = True
        # "the arrest of the suspects was likely", "an attack is possible": only expected
        if tok.dep_ in SUBJ and any(c.dep_ == "acomp" and c.lower_ in EXPECTED_WORDS for c in self.kids[self.kids.head(tok).i]):
            d.hypothetical = True
        # "anyone found spreading rumours would be arrested", "whoever attacks": an act of no one in particular
        # ("anyone who joined a banned march", "anyone taking part in street demonstrations": the event noun is the
        # object of what no one in particular does)
        node = tok
        for _ in range(3):
            if d.trig.pos != "N" or node.dep_ not in ("dobj", "pobj", "prep") or self.kids.head(node) is node:
                break
            node = self.kids.head(node)
        if node is not tok and (node.pos_ != "VERB" or lemma_of(node) not in JOINING_VERBS):
            node = tok
        for _ in range(3):
            if node.dep_ not in ("acl", "relcl", "xcomp", "csubj", "csubjpass") or self.kids.head(node) is node:
                break
            node = self.kids.head(node)
            if node.lower_ in GENERIC_DOERS or any(c.dep_ in SUBJ | PASS_SUBJ and c.lower_ in GENERIC_DOERS for c in self.kids[node.i]):
                d.hypothetical = True
                break
        if any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in children):
            # "said it would accept mediation": a future agreement is still an expression of intent
            if not (d.type == "AGREE" and all(c.lower_ in ("will", "would", "'ll", "shall") for c in children if c.dep_ == "aux" and c.lower_ in MODAL_AUX)):
                d.hypothetical = True
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in children):
            d.hypothetical = True
        # "if its exports came under attack", "never came under attack": the verb of undergoing carries the
        # clause's negation, modal and condition
        if d.trig.pos == "N" and tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "under" \
                and lemma_of(self.kids.head(self.kids.head(tok))) in ("come", "be"):
            around = self.kids[self.kids.head(self.kids.head(tok)).i]
            if any(c.dep_ == "neg" for c in around):
                d.negated = True
            if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS or c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in around):
                d.hypothetical = True
        # "before they demobilize": a temporal clause in the present tense speaks of the future
        if self._future_time_clause(tok):
            d.hypothetical = True
        # "said it would lay down its arms once Congress approved an amnesty": a time clause of a future act,
        # in the past tense of reported speech, is still to come
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in FUTURE_MARKS for c in children) and any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in self.kids[self.kids.head(tok).i]):
            d.hypothetical = True
        # "drum up international backing for the release of jailed politicians", "pressure for his resignation": a
        # concession someone seeks support for has not been made
        if d.trig.pos == "N" and d.type in ("RETREAT", "CONCEDE") and tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "for" \
                and lemma_of(self.kids.head(self.kids.head(tok))) in SEEKING_NOUNS:
            d.hypothetical = True
        # "ahead of talks with New Delhi", "on the eve of the summit": still to come (also through a phase noun:
        # "ahead of the resumption of peace talks")
        anchor = self._phase_anchor(tok) if d.trig.pos == "N" else tok
        if anchor.dep_ == "pobj" and self.kids.head(anchor).lower_ == "of" and self.kids.head(self.kids.head(anchor)).pos_ == "PROPN" \
                and self.kids.head(self.kids.head(anchor)).dep_ == "pobj":
            anchor = self.kids.head(self.kids.head(anchor))  # ("ahead of this week's Group of Eight summit": a name read as its head)
        if d.trig.pos == "N" and anchor.dep_ == "pobj" and self.kids.head(anchor).lower_ == "of" \
                and self.kids.head(self.kids.head(anchor)).lower_ in ("ahead", "eve"):
            d.hypothetical = True
        # "approved a special law recognizing victories by the opposition": what a law or bill provides is its content,
        # done by no one until it takes effect
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and lemma_of(self.kids.head(tok)) in LEGAL_TEXTS \
                and self._enacted_by_event(self.kids.head(tok), drafts):
            # (where the law's passing is not an event of its own, "passed a law recognising the land rights of …", what
            # it provides is the act told)
            d.hypothetical = True
        # "in response to Pyongyang's claimed nuclear test": an act only claimed is not told as done
        if d.trig.pos == "N" and any(c.dep_ == "amod" and c.lower_ in ("claimed", "purported") for c in children):
            d.hypothetical = True
        # "pledged 12 million ECUs in emergency relief": what a sum promised is to be given as
        if d.trig.pos == "N" and tok.dep_ == "pobj" and self.kids.head(tok).lower_ in ("in", "of") \
                and self.kids.head(self.kids.head(tok)).dep_ in OBJ \
                and lemma_of(self.kids.head(self.kids.head(self.kids.head(tok)))) in ("pledge", "promise", "offer"):
            d.hypothetical = True
        # "pull back its weapons or face air strikes": the other branch of an ultimatum
        # ("faced a freeze on lending and a ban on investment unless …": the parse may join the second fate to the verb)
        if (tok.dep_ in OBJ or tok.dep_ == "conj" and d.trig.pos == "N") and lemma_of(self.kids.head(tok)) == "face" and (self.kids.head(tok).dep_ == "conj" and any(
                c.dep_ == "cc" and c.lower_ == "or" for c in self.kids[self.kids.head(self.kids.head(tok)).i])
                or self._conditional(self.kids.head(tok))):
            d.hypothetical = True  # ("… or face air strikes", "they face expulsion if they …")
        # "the council was set up last month to negotiate a transfer of power": what a body was created to do is
        # its purpose, not yet done
        if tok.dep_ in ("advcl", "xcomp") and infinitive(tok, self.kids) and d.mode != "investigate" and (
                lemma_of(self.kids.head(tok)) in FOUNDING_VERBS or lemma_of(self.kids.head(tok)) == "set"
                and any(c.dep_ == "prt" and c.lower_ == "up" for c in self.kids[self.kids.head(tok).i])):
            d.hypothetical = True
        # "a reward for information leading to his arrest": what a reward is offered for has not happened
        if d.trig.pos == "N" and tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "to":
            lead = self.kids.head(self.kids.head(tok))
            if lemma_of(lead) == "lead" and lead.tag_ == "VBG" and lemma_of(self.kids.head(lead)) in INFO_NOUNS | {"tip", "clue", "lead"}:
                d.hypothetical = True
        # "so that same-sex marriages are banned": a purpose, not a fact
        if tok.dep_ == "advcl" and (any(c.dep_ == "mark" and c.lower_ == "that" for c in children) and
                any(c.dep_ == "mark" and c.lower_ == "so" for c in list(children) + list(self.kids[self.kids.head(tok).i]))
                or any(c.dep_ == "mark" and c.lower_ == "so" and c.i + 1 < len(self.toks) and self.toks[c.i + 1].lower_ == "that"
                       for c in children)):
            d.hypothetical = True  # (also with "that" read as the determiner of its subject)
        # "pushing hard for the US support its plan", "lest the rebels seize the town": a bare verb under "for" or
        # "lest" is what is wanted or feared
        if tok.dep_ == "advcl" and tok.tag_ == "VB" and any(c.dep_ == "mark" and c.lower_ in ("for", "lest") for c in children):
            d.hypothetical = True
        # "removing the sanctions is out of the question", "lifting the embargo is unthinkable": an act ruled out
        if tok.dep_ == "csubj" and tok.tag_ == "VBG" and self._ruled_out(self.kids.head(tok)) is not None:
            d.hypothetical = True
        if self._alleged(tok) or d.trig.pos == "N" and tok.dep_ in OBJ and self._alleged(self.kids.head(tok)) \
                and self._light(self.kids.head(tok)) and not self._definite(tok):
            # "charged him with holding a rally": the rally is alleged too ("accused of carrying out the
            # Boston Marathon bombing": a definite event happened, only who did it is alleged)
            d.hypothetical = True
        # "patrols to curb piracy and kidnapping", "a law to combat terrorism": a kind of act fought, no occurrence
        if d.trig.pos == "N" and (tok.dep_ in OBJ or tok.dep_ == "conj" and self.kids.head(tok).dep_ in OBJ) \
                and not any(c.dep_ in ("det", "poss", "nummod") for c in children) and not self._has_args(tok):
            verb = self.kids.head(tok) if tok.dep_ in OBJ else self.kids.head(self.kids.head(tok))
            if lemma_of(verb) in COMBAT_VERBS and verb.pos_ == "VERB":
                d.hypothetical = True
        if d.trig.pos == "N" and self._banned(tok):
            d.hypothetical = True
        # "Forcing manufacturers to … could be part of the answer": a gerund subject of a modal clause is an idea
        if tok.dep_ in ("csubj", "csubjpass") and any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in self.kids[self.kids.head(tok).i]):
            d.hypothetical = True
        # "closer than ever to an agreement", "a step towards a ceasefire": approached, not reached; "an obstacle to a
        # resumption of talks", "a precondition for further talks": not come yet
        # (the phrase may hang on the verb whose object the word is: "removed a key obstacle to a resumption of talks");
        # "raised the prospect on Wednesday of dissolving the party": a prospect, not an act
        if d.trig.pos == "N" and anchor.dep_ == "pobj" or tok.dep_ == "pcomp":
            prep = self.kids.head(anchor)
            words = self._prep_words(prep)
            if prep.lower_ in ("to", "toward", "towards") and any(lemma_of(w) in APPROACH_WORDS for w in words) \
                    or prep.lower_ in ("to", "for") and any(lemma_of(w) in OBSTACLE_WORDS for w in words) \
                    or prep.lower_ == "of" and any(lemma_of(w) in PROSPECT_NOUNS and w.pos_ == "NOUN" for w in words):
                d.hypothetical = True
        # "convicted of planning attacks", "a possible strike": a planned or possible event, not one that happened
        if d.trig.pos == "N" and any(c.dep_ in ("compound", "amod") and c.lower_ in PLANNING_MODIFIERS for c in children):
            d.hypothetical = True
        # "a march planned for Saturday", "talks scheduled for next week": not held yet
        if d.trig.pos == "N" and any(c.dep_ == "acl" and c.tag_ == "VBN" and lemma_of(c) in ("plan", "schedule", "propose", "slate")
                                     for c in children):
            d.hypothetical = True
        # ("a rally called to contest the result", "a strike called for Monday": convened for later)
        # (not "a general strike called by the opposition to force him out", which is under way)
        if d.trig.pos == "N" and any(c.dep_ == "acl" and c.tag_ == "VBN" and lemma_of(c) == "call"
                                     and not any(k.dep_ == "agent" for k in self.kids[c.i]) and any(
                k.dep_ in ("xcomp", "advcl") and infinitive(k, self.kids) or k.dep_ == "prep" and k.lower_ == "for"
                and any(p.ent_type_ == "DATE" for p in self.kids[k.i]) for k in self.kids[c.i]) for c in children):
            d.hypothetical = True
        if self._under_modal(d):
            d.hypothetical = True
        # "those who reject the deal will be given safe passage": a present-tense relative clause on "those" or
        # "anyone" says what anyone of a kind does, not what someone did
        if tok.dep_ == "relcl" and tok.tag_ in ("VBP", "VBZ") and self.kids.head(tok).lower_ in GENERIC_PRONOUNS:
            d.hypothetical = True
        # walk up: embedded under a wanting / denying / negated-reporting head
        node = tok
        prev_dep = ""
        for _ in range(4):
            if node.dep_ in ("ROOT",) or self.kids.head(node) is node:
                break
            if node is tok and tok.dep_ == "acl" and tok.tag_ == "VBN" and d.trig.pos == "V" \
                    and not any(c.dep_ in ("mark", "aux", "auxpass") for c in children) and not self._small_clause(tok):
                break  # "the 58 persons killed in the attack": a reduced relative presupposes its event
            if node is tok and self._comma_participle(tok) and d.type in ("REJECT", "ACCUSE", "REQUEST", "STATEMENT"):
                break  # "vowed to serve out his term, brushing aside calls to step down": said as the vow is made
            if node.dep_ == "prep" and prev_dep == "pobj" and self._background_prep(node):
                break  # "failed to adopt it after a Soviet veto": an adjunct is outside the failing
            if node is tok and d.trig.pos == "N" and tok.dep_ == "dobj" and lemma_of(self.kids.head(tok)) in PRESUPPOSING_VERBS:
                break  # "wants to investigate the massacre": what is looked into has happened
            if self._wanted_noun(node) is not None:
                break  # "a dacoit wanted in 20 cases was shot dead": "wanted" describes the dacoit
            if node.dep_ == "prep" and node.lower_ == "into" and prev_dep == "pobj" \
                    and lemma_of(self.kids.head(node)) in INQUIRY_NOUNS:
                break  # "ordered a judicial inquiry into the police firing": what is looked into has happened
            if node.dep_ in ("xcomp", "dobj") and any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in self.kids[self.kids.head(node).i]) \
                    and self.kids.head(node).pos_ in ("VERB", "AUX") and d.type != "AGREE":
                d.hypothetical = True  # "would not hesitate to use force", "will call a strike"
                break
            dep = node.dep_
            head = self.kids.head(node)
            hl = lemma_of(head)
            if dep in ("pobj", "pcomp") and hl == "for" and lemma_of(self.kids.head(head)) in CONDITION_NOUNS | REHEARSAL_NOUNS \
                    or dep == "acl" and lemma_of(head) in CONDITION_NOUNS and any(m.dep_ == "mark" and m.lower_ == "that" for m in self.kids[node.i]):
                d.hypothetical = True  # "as a condition for resuming the dialogue", "on condition that the army withdraw"
                break
            if dep in ("pobj", "pcomp") and hl == "of" and lemma_of(self.kids.head(head)) in ("way", "means"):
                d.hypothetical = True  # "talks on ways of ending the Gulf war": a way of doing it is not doing it
                break
            if dep in ("xcomp", "ccomp", "dobj", "pobj", "prep", "advcl", "acomp", "attr", "conj", "nsubjpass", "relcl", "acl") or node is tok:
                if dep == "conj":
                    node = head
                    continue
                if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in self.kids[node.i]):
                    d.hypothetical = True
                if dep in ("advcl", "xcomp", "ccomp", "dobj") and hl == "rule" and any(
                        c.dep_ == "prt" and c.lower_ == "out" and (node.i == c.i + 1 or dep == "dobj" and node.left_edge.i == c.i + 1)
                        for c in self.kids[head.i]):
                    # ("ruled out the release of Aung San Suu Kyi": an object with its determiner)
                    d.negated = True  # "ruled out easing sanctions": what is ruled out is refused
                    break
                if dep == "nsubjpass" and hl == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in self.kids[head.i]):
                    # "a ceasefire was ruled out": refused; "internment is never ruled out": still possible
                    if any(c.dep_ == "neg" for c in self.kids[head.i]):
                        d.hypothetical = True
                    else:
                        d.negated = True
                    break
                if dep in ("advcl", "acl") and infinitive(node, self.kids) and head.pos_ == "NOUN" and \
                        hl in HYPOTHETICAL_HEADS and (d.trig.pos != "N" or not self._definite(tok)) and \
                        not (hl == "vote" and d.type in VOTED_ACTS):
                    d.hypothetical = True  # "opposition calls for him to step down": what a call asks for
                    break
                if dep == "advcl" and infinitive(node, self.kids) and head.pos_ == "ADJ" and hl in HYPOTHETICAL_HEADS:
                    d.hypothetical = True  # "declared himself ready on Monday to sit down with …" (parsed as a purpose)
                    break
                if dep in ("advcl", "xcomp") and infinitive(node, self.kids) and any(
                        c.dep_ in OBJ | {"npadvmod"} and (lemma_of(c) in NOUN_INTENT_HEADS | HYPOTHETICAL_HEADS
                                                          and not (lemma_of(c) == "vote" and d.type in VOTED_ACTS)
                                                          or hl == "give" and lemma_of(c) in DEADLINE_NOUNS)
                        for c in self.kids[head.i]) or hl == "give" and any(
                        # "gave Tamil Tiger guerrillas 48 hours to lay down their arms"
                        g.dep_ == "npadvmod" and lemma_of(g) in DEADLINE_NOUNS
                        for c in self.kids[head.i] if c.dep_ in OBJ or c.dep_ == "dative" for g in self.kids[c.i]) \
                        or hl == "give" and self._deadline_in_phrase(head):
                    d.hypothetical = True  # "issued an ultimatum to the Serbs to pull back their weapons"
                    break
                if dep == "advcl" and infinitive(node, self.kids) and hl in ASKING_HEADS and (hl != "call" or any(
                        c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") for c in self.kids[head.i])):
                    d.hypothetical = True  # "called on Pakistan on Sunday to launch joint operations": read as a purpose
                    break
                if node is tok and d.fine == "Arrest" and dep in ("advcl", "acl", "xcomp") and infinitive(tok, self.kids) \
                        and hl not in IMPLICATIVE_HEADS and not any(c.lower_ == "yet" for c in self.kids[head.i]):
                    d.hypothetical = True  # "launched a manhunt to arrest the killers": an arrest aimed at
                    break
                if dep in ("xcomp", "ccomp", "dobj") and hl == "make" and any(
                        lemma_of(c) in PRIORITY_NOUNS and c.dep_ in ("dobj", "oprd", "attr")
                        for c in self.kids[head.i] + self.kids[node.i]):
                    d.hypothetical = True  # "has made ending the war his top priority": an aim, not done
                    break
                if dep in ("xcomp", "ccomp", "dobj") and hl in ("make", "set") and any(
                        lemma_of(c) in CONDITION_NOUNS and c.dep_ in ("dobj", "oprd", "attr", "ccomp", "xcomp")
                        or c.lower_ == "conditional" or c.dep_ == "prep" and c.lower_ == "as"
                        and any(lemma_of(p) in CONDITION_NOUNS for p in self.kids[c.i])
                        for c in self.kids[head.i] + self.kids[node.i]):
                    d.hypothetical = True  # "made U.N. mediation a precondition for talks", "made the loan conditional on …"
                    break
                if dep == "nsubjpass" and hl in ("aim", "intend", "design", "mean", "direct"):
                    break  # "the visit was aimed at mending ties": only what an act is aimed at is intended; the act happened
                if dep in ("xcomp", "ccomp", "dobj", "pobj", "pcomp", "prep", "acomp", "nsubjpass") or dep == "acl" and head.pos_ == "NOUN" \
                        or dep == "relcl" and head.pos_ == "NOUN" and (lemma_of(head) in NOUN_INTENT_HEADS or self._time_limit(head)) \
                        and infinitive(node, self.kids):
                    if hl == "fail" and d.type == "AGREE" and dep == "xcomp" and node is tok \
                            and not any(c.dep_ == "neg" for c in self.kids[head.i]):
                        # "failed to reach agreement", "failed to agree on a ceasefire": CAMEO and PLOVER code
                        # the failure to agree as a rejection
                        d.type, d.fine, d.mode = "REJECT", None, None
                        break
                    if hl in NEGATING_HEADS and dep == "ccomp" and node.i < head.i and any(
                            c.dep_ == "dobj" and lemma_of(c) in DENIED_CLAIMS and c.i < head.i for c in self.kids[head.i]):
                        break  # "India accuses Pakistan of arming the rebels, a charge Islamabad denies": the charge was made
                    if hl in NEGATING_HEADS:
                        d.negated = True
                        break
                    if hl in ("try", "attempt", "seek") and d.type == "REQUEST" and dep == "xcomp" and not any(
                            c.dep_ in ("aux", "neg") and c.lower_ in MODAL_AUX | {"not", "n't", "never"} for c in self.kids[head.i]):
                        break  # "spent the day trying to persuade Morocco to …": trying to persuade is asking
                    if hl in ATTEMPT_HEADS and d.type == "ASSAULT" and dep == "xcomp" and not any(c.dep_ in ("aux", "neg") and c.lower_ in MODAL_AUX | {"not", "n't", "never"} for c in self.kids[head.i]):
                        # "attempted to assassinate the premier": an attack tried is an attack made (PLOVER, CAMEO 185),
                        # though not a killing
                        if d.fine == "Killing":
                            d.fine = "Attack"
                        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in self.kids[head.i]):
                            d.hypothetical = True  # "if their fighters tried to seize Kirkuk": a condition, no attempt made
                        break
                    if dep in ("xcomp", "advcl") and head.pos_ == "ADJ" and infinitive(node, self.kids) and any(
                            c.dep_ == "advmod" and c.lower_ == "too" for c in self.kids[head.i]):
                        d.negated = True  # "it was too early to discuss details", "too weak to stage a comeback"
                        break
                    if dep == "xcomp" and hl in ("be", "have") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in self.kids[head.i]):
                        d.negated = True  # "the police are yet to arrest the accused", "has yet to withdraw"
                        break
                    if dep == "xcomp" and hl == "be" and infinitive(node, self.kids) and head.dep_ in ("ROOT", "relcl", "ccomp", "conj") \
                            and any(c.dep_ in SUBJ for c in self.kids[head.i]):
                        # "both sides are to pull their forces back", "the leaders are to meet", "experts who are to
                        # examine the sites"
                        d.hypothetical = True
                        break
                    if dep == "ccomp" and hl in ALLEGING_VERBS and head.pos_ == "VERB":
                        # "police suspect she was strangled": a suspicion, not a finding; "charging that troops had
                        # occupied villages", "alleged that Russia had called up reservists": what an accusation charges
                        d.hypothetical = True
                        break
                    if hl == "call" and dep == "dobj" and any(c.dep_ in ("oprd", "attr", "ccomp", "xcomp") for c in self.kids[head.i]):
                        break  # "called the attack an act of evil": a verdict on what happened
                    if hl == "vote" and dep == "xcomp" and (d.type in VOTED_ACTS or d.type == "CONCEDE" and (
                            lemma_of(tok) in LEGISLATING_VERBS or lemma_of(tok) in UNDOING_VERBS and any(
                                c.dep_ == "dobj" and lemma_of(c) in LAW_NOUNS for c in self.kids[tok.i])
                            # ("strikers voted to call off their strike / to return to work": a vote ends a protest)
                            or lemma_of(tok) in STRIKE_ENDING_VERBS)):
                        break  # "voted to reject the plan": the vote is the rejection
                    if hl == "order" and dep == "dobj" and d.mode == "investigate":
                        break  # "ordered an inquiry into the lapses": an inquiry ordered is an inquiry opened
                    if hl == "plead" and any(c.lower_ in ("guilty", "innocent") for c in self.kids[head.i]):
                        break  # "pleaded not guilty to charges of lying": the charges were brought
                    if dep == "xcomp" and hl in COMPLEMENT_INTENT_HEADS or dep == "prep" and hl in ("commit", "volunteer") and node.lower_ == "to":
                        # "has undertaken to supply helicopters", "committed themselves to exchanging intelligence",
                        # "prodded India to resolve the quarrel" (but "undertook reforms", "committed atrocities")
                        d.hypothetical = True
                        break
                    # ("set up camp outside the offices in protest": only "is set to …" is to come)
                    if hl in HYPOTHETICAL_HEADS and not (hl == "set" and dep != "xcomp") and not self._let_done(head) and (
                            hl == "call" or not any(c.dep_ in ("prt", "advmod") and c.lower_ in ("on", "ahead", "forward")
                                                    for c in self.kids[head.i])) or hl in ("tell", "about") and dep == "xcomp":
                        # ("pressed ahead with the cleansing", "pushed on with the strike": continued, not wanted)
                        # ("told Damascus to hand over …": only asked for; "told reporters that …" reports; "a mob that
                        # was about to attack the village": not yet done)
                        d.hypothetical = True
                        break
                    if dep in ("acl", "ccomp") and hl in EVIDENCE_NOUNS and head.pos_ == "NOUN" and any(
                            c.dep_ == "det" and c.lower_ == "no" for c in self.kids[head.i]):
                        # "there was no evidence that the woman had been assaulted" (but "… before she was killed"
                        # tells a killing the denial takes for granted)
                        if not self._adverbial_between(tok, node):
                            d.negated = True
                        break
                    if (hl in NOUN_INTENT_HEADS or dep in ("relcl", "acl") and self._time_limit(head)) and head.pos_ == "NOUN" \
                            and (d.trig.pos != "N" or not self._definite(tok)) \
                            and not (dep == "acl" and node.tag_ == "VBG"):
                        # ("a resolution backing the plan": a participle tells what the resolution does)
                        d.hypothetical = True
                        break
                    if hl in UNCONFIRMED_HEADS and any(c.dep_ == "neg" for c in self.kids[head.i]):
                        d.negated = True
                        break
                    if head.dep_ == "prep" and lemma_of(self.kids.head(head)) in HYPOTHETICAL_HEADS | NEGATING_HEADS:
                        if head.lower_ == "at" and node is tok and d.trig.pos == "N" and self.kids.head(head).tag_ == "VBD" \
                                and lemma_of(self.kids.head(head)) in SETTING_VERBS:
                            break  # "urged restraint at last month's summit": where an appeal was made took place
                        if head.lower_ == "of" and lemma_of(self.kids.head(head)) in PURPOSE_NOUNS:
                            break  # "the aim of the attacks was to …": the attacks' own aim; they happened
                        if self._background_prep(head) and head.lower_ not in ("in", "at", "over", "under"):
                            # "ordered an inquiry after a video of him slapping a vendor": an adjunct of time or cause
                            # is outside the ordering ("vowed in a statement to strike" is not)
                            break
                        node = head
                        continue
            if dep in ("ccomp", "advcl", "relcl", "parataxis") and node is not tok:
                break
            if dep in ("ccomp", "parataxis"):
                break
            prev_dep = dep
            node = head

    def _clause_of_noun(self, tok: Token, nouns: Collection[str]) -> Token | None:
        """The noun (one of ``nouns``) whose clause the word heads ("reports that troops had fired"), else None."""
        head = self.kids.head(tok)
        return head if tok.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and lemma_of(head) in nouns else None

    def _future_time_clause(self, verb: Token) -> bool:
        """'before they demobilize', 'before talks begin': a time clause in the present tense, which speaks of the future."""
        # ("as soon as a ceasefire takes hold": "as" the mark, the clause hung on "soon")
        return verb.dep_ == "advcl" and verb.tag_ in ("VB", "VBP", "VBZ") and any(
            c.dep_ == "mark" and (c.lower_ in FUTURE_MARKS or c.lower_ == "as" and self.kids.head(verb).lower_ == "soon")
            for c in self.kids[verb.i])

    def _asked_for(self, noun: Token) -> list[Token]:
        """'instructions for Lyon authorities to strengthen security', 'calls for the army to withdraw': the one
        named in the for-phrase before the infinitive is the one asked."""
        out = []
        for c in self.kids[noun.i]:
            if self._for_clause(c):
                out += [x for x in self.kids[c.i] if x.dep_ == "nsubj"]  # (parsed "for [the army to return]")
            if c.dep_ == "prep" and c.lower_ == "for":
                for p in self.kids[c.i]:
                    end = max(self.kids.subtree_ids(p)) + 1
                    if p.dep_ == "pobj" and end + 1 < len(self.toks) and self.toks[end].lower_ == "to" \
                            and self.toks[end + 1].pos_ in ("VERB", "AUX"):
                        out.append(p)
        return out

    def _counted_time(self, noun: Token) -> bool:
        """'72 hours', 'three days': a span of time with its number."""
        return lemma_of(noun) in DEADLINE_NOUNS and any(c.dep_ == "nummod" for c in self.kids[noun.i])

    def _time_limit(self, noun: Token) -> bool:
        """'gave the junta 72 hours (to hand power back)': a counted span of time given to someone ("for a second day
        to protest" is no limit)."""
        return self._counted_time(noun) and noun.dep_ in OBJ and lemma_of(self.kids.head(noun)) == "give"

    def _enacted_by_event(self, text: Token, drafts: list[_Draft]) -> bool:
        """Whether the verb a law or bill is the object (or passive subject) of is read as an event of its own ("approved
        a special law …": the approval)."""
        if text.dep_ not in OBJ | PASS_SUBJ:
            return False
        verb = self.kids.head(text)
        return any(x.tok.i == verb.i for x in drafts)

    def _terms_of_accord(self, tok: Token) -> bool:
        """'signed a fisheries accord under which their coastguards will jointly patrol …', 'a treaty whereby …': what a
        relative clause of an agreement says will be done is the agreement's terms, not a promise of its own."""
        if tok.dep_ != "relcl" or lemma_of(self.kids.head(tok)) not in AGREEMENT_NOUNS:
            return False
        return any(c.lower_ == "whereby" or c.dep_ == "prep" and c.lower_ in ("under", "by") and any(
            w.lower_ == "which" for w in self.kids[c.i]) for c in self.kids[tok.i])

    def _deadline_by_words(self, verb: Token) -> Token | None:
        """'gave ethnic Albanian gunmen holed up in the village 48 hours to lay down their weapons': however the parser
        hangs it, a counted span of time right after the verb's object, followed by "to" and a verb, is the time limit
        for that act (the verb of the infinitive is returned)."""
        start, end = self.sent_spans[self.sent_of[verb.i]]
        toks = self.toks
        for i in range(verb.i + 2, min(end - 2, verb.i + 16)):
            t = toks[i]
            if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "ccomp", "conj") and t.i > verb.i + 1:
                return None  # (another clause has begun)
            if self._counted_time(t) and toks[i + 1].lower_ == "to" and toks[i + 2].tag_ == "VB":
                return toks[i + 2]
        return None

    def _deadline_in_phrase(self, verb: Token) -> bool:
        """'gave the junta in Guinea-Bissau 72 hours to …': the parser may hang the time limit in a phrase of the verb."""
        return any(p.dep_ == "pobj" and self._counted_time(p) for c in self.kids[verb.i] if c.dep_ == "prep" for p in self.kids[c.i])

    def _ordinal_noun(self, noun: Token) -> bool:
        """'the first batch of migrants (to be deported)', 'the only journalist (to be freed)': a noun picked out by
        its rank or uniqueness (or an of-phrase of one), which tells what happened, not what is to come."""
        heads = [noun] + ([self.kids.head(self.kids.head(noun))] if noun.dep_ == "pobj" and self.kids.head(noun).lower_ == "of" else [])
        return any(c.dep_ == "amod" and c.lower_ in ("first", "last", "latest", "only", "second", "third", "fourth", "fifth", "biggest", "largest")
                   for h in heads for c in self.kids[h.i])

    def _for_clause(self, c: Token) -> bool:
        """'its call for the army to return': the parser's reading of "for X to …" as a clause marked by "for"."""
        return c.dep_ in ("advcl", "acl") and any(m.dep_ == "mark" and m.lower_ == "for" for m in self.kids[c.i])

    def _mandative(self, clause: Token) -> bool:
        """'demanded that Riyadh reveal the truth': a that-clause in the bare form asks for its act (a reported
        clause, "…, diplomats said", is finite)."""
        return clause.tag_ == "VB" and any(m.dep_ == "mark" and m.lower_ == "that" for m in self.kids[clause.i]) \
            and not any(c.dep_ == "aux" for c in self.kids[clause.i])

    def _adverbial_between(self, tok: Token, top: Token) -> bool:
        """Whether the way up from ``tok`` to ``top`` passes through an adverbial clause."""
        while tok is not top and self.kids.head(tok) is not tok:
            if tok.dep_ == "advcl":
                return True
            tok = self.kids.head(tok)
        return False

    def _speaker_clause(self, verb: Token) -> Token | None:
        """For a speech participle after a comma (', calling the move a provocation', ', hailing him as …') hung on a
        clause below the sentence's own: the verb of the clause that speaks, reached up through joined verbs, phrases,
        objects, complements, relative clauses and the reported clause of a speech verb written before it; None
        where the participle hangs on that clause already."""
        if not self._comma_participle(verb) or lemma_of(verb) not in SPEECH_ADJUNCTS | PRAISING_ADJUNCTS:
            return None
        node = self.kids.head(verb)
        climbed = False
        for _ in range(6):
            head = self.kids.head(node)
            if head is node:
                break
            reported = node.dep_ == "ccomp" and head.i < node.i and lemma_of(head) in SPEECH_HEADS | DENYING_SPEECH | CLAIM_VERBS | {"charge", "accuse"}
            reduced = node.dep_ == "ccomp" and (node.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in self.kids[node.i])
                                                or infinitive(node, self.kids))
            if node.dep_ in ("conj", "pcomp", "pobj", "prep", "dobj", "xcomp", "acl", "relcl") or reported or reduced:
                node, climbed = head, True
                continue
            break
        return node if climbed and node.pos_ in ("VERB", "AUX") and node is not verb else None

    def _comma_participle(self, tok: Token) -> bool:
        """', calling the arrests an act of revenge': a participle clause set off by a comma."""
        return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > 0 and self.toks[tok.i - 1].text == ","

    def _no_word_of(self, noun: Token) -> bool:
        """'no reports', 'no evidence': a noun of reporting or proof with the determiner "no"."""
        return lemma_of(noun) in UNREPORTED_NOUNS and any(k.dep_ == "det" and k.lower_ == "no" for k in self.kids[noun.i])

    def _ruled_out(self, copula: Token) -> Token | None:
        """'is out of the question', 'is unthinkable', 'was not an option': the word of a predicate that rules its
        subject out, if it does."""
        for c in self.kids[copula.i]:
            if c.dep_ == "acomp" and lemma_of(c) in RULED_OUT_WORDS:
                return c
            if c.dep_ == "prep" and c.lower_ == "out":
                word = next((q for p in self.kids[c.i] if p.lower_ == "of" for q in self.kids[p.i] if q.lower_ == "question"), None)
                if word is not None:
                    return word
            if c.dep_ == "attr" and lemma_of(c) == "option" and negated_verb(self.kids[copula.i]):
                return c
        return None

    def _banned(self, tok: Token) -> bool:
        """'lifted a ban on opposition rallies', 'banned the march': what is banned or restricted is a kind of
        act, or one that is not to happen; neither is an occurrence the sentence asserts."""
        head = self.kids.head(tok)
        if tok.dep_ in OBJ and lemma_of(head) in BAN_HEADS:
            return True
        if tok.dep_ == "nsubjpass" and lemma_of(head) in BAN_HEADS and not self._definite(tok) \
                and not any(c.dep_ in ("nummod", "compound", "amod") for c in tok.children):
            return True  # ("strikes were banned in the mines": a kind of act outlawed)
        return tok.dep_ == "pobj" and head.lower_ in ("on", "against") and lemma_of(self.kids.head(head)) in BAN_HEADS

    @staticmethod
    def _let_done(tok: Token) -> bool:
        """'Sudan let the engineers in', 'were let off': a letting told as done (a past form, or with a particle)
        lets its complement happen; only "to let", "would not let" leave it to come."""
        return tok.lower_ == "let" and (tok.tag_ != "VB" or any(c.dep_ == "prt" for c in tok.children)
                                        or tok.head.tag_ in ("VBD", "VBN") and lemma_of(tok.head) in ("vote", "decide"))

    @staticmethod
    def _definite(tok: Token) -> bool:
        """'the attacks', 'its withdrawal': a definite noun presupposes its event."""
        return any(c.dep_ in ("det", "poss") and (c.lower_ in DEFINITE or c.dep_ == "poss") for c in tok.children)

    @staticmethod
    def _alleged(tok: Token) -> bool:
        """'arrested for collaborating with Israel', 'charging its neighbour with supporting dissidents',
        'suspected of blowing up a plane': the deed someone is accused of is alleged, not asserted."""
        # ("arrested for allegedly stalking and harassing a nurse": every deed of the joined gerunds)
        while tok.tag_ == "VBG" and tok.dep_ == "conj" and tok.head.tag_ == "VBG":
            tok = tok.head
        if tok.tag_ != "VBG" or tok.dep_ not in ("pcomp", "pobj"):
            return False
        prep = tok.head
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("of", "for", "with"):
            return False
        if lemma_of(prep.head) in ALLEGING_HEADS:
            return True
        if prep.head.lower_ in VERDICT_WORDS and any(lemma_of(h) in ("find", "plead", "declare", "rule", "judge")
                                                      for h in (prep.head.head, prep.head.head.head)):
            return True  # "was found guilty of murdering a Navy diver" (but "both sides are guilty of violating the truce")
        # "accused Ethiopian forces of killing …": the phrase may hang on the accused
        return prep.head.dep_ in OBJ | PASS_SUBJ and lemma_of(prep.head.head) in ALLEGING_HEADS

    @staticmethod
    def _under_modal(d: _Draft) -> bool:
        """'could lead to an agreement', 'must be ready to mediate': an indefinite event noun or a
        predicate adjective inside a clause whose verb is only possible, future or required."""
        tok = d.tok
        if d.trig.pos == "A":
            modals = [c.lower_ for c in tok.head.children if c.dep_ == "aux" and c.lower_ in MODAL_AUX]
            if d.type == "AGREE" and modals and all(m in ("would", "will", "'d", "'ll") for m in modals):
                return False  # "Washington would be willing to sit down with Moscow": a stated readiness is the intent
            return tok.dep_ in ("acomp", "xcomp") and bool(modals)
        if d.trig.pos != "N":
            return False
        dets = [c for c in tok.children if c.dep_ in ("det", "poss")]
        if dets and not all(c.lower_ in ("a", "an", "any", "some") for c in dets):
            return False
        node = tok
        for _ in range(4):
            if node.dep_ not in ("dobj", "pobj", "prep", "attr", "nsubjpass"):
                return False
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                return any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in node.children)
        return False

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
            wanted = self._wanted_noun(tok)
            cands += [c for c in self.kids[tok.i] if c.dep_ in OBJ or c.dep_ in PASS_SUBJ and wanted is None]
            if wanted is not None:
                cands.append(wanted)  # ("a dacoit wanted in 20 cases was shot dead": no count of the cases)
            if tok.dep_ in ("acl",) and tok.tag_ == "VBN":
                cands.append(self.kids.head(tok))
            if not cands and d.type in PHYSICAL_TYPES:
                # ("the two sides agreed", "two officials said": how many speak or deal with each other is no size
                # of the event; how many march, fight or withdraw is)
                cands += [c for c in self.kids[tok.i] if c.dep_ in SUBJ and lemma_of(c) not in ("side", "party")]
        else:
            for c in self.kids[tok.i]:
                if c.dep_ == "prep" and c.lower_ == "of":
                    cands += [p for p in self.kids[c.i] if p.dep_ == "pobj"]
            if tok.dep_ in ("attr",) and lemma_of(self.kids.head(tok)) == "be":
                cands += [c for c in self.kids[self.kids.head(tok).i] if c.dep_ in SUBJ]
            if not cands:
                # ("the 1980 massacre": a year is no count)
                cands += [c for c in self.kids[tok.i] if c.dep_ in ("nummod",) and not is_year(c.text)]
        if d.type == "ASSAULT" and (d.trig.pos == "N" or tok.tag_ == "VBG") and self._toll(d):
            return
        kind = self._count_kind(d)
        for c in cands:
            for t in [c, *self.kids.conjuncts(c)][:1]:
                if t.ent_type_ in ("MONEY", "TIME") or lemma_of(t) in CURRENCY_WORDS | DEADLINE_NOUNS | DURATION_NOUNS | AMMUNITION or t.i in self.table.blocked:
                    continue  # ("a pledge of $5 billion": a sum of money is no count of anyone; "1 of 46" of a gallery;
                    # "gave the junta 72 hours": a time limit)
                q = count_of(t) if t.dep_ != "nummod" else number_of(t)
                if q is None and t.lower_ in ("number", "dozens", "hundreds", "thousands"):
                    q = number_of(t)
                if q is not None and not any(x.kind == kind for x in d.counts):
                    d.counts.append(Count(kind, q.value, q.qualifier, q.text))

    def _toll(self, d: _Draft) -> bool:
        """'police firing claimed two lives', 'the death toll in police firing rose to 12': the deaths an attack
        noun caused, told by what it claimed or by the toll it is the cause of."""
        tok = d.tok
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.i == self.kids.head(tok).i + 1:
            tok = self.kids.head(tok)  # "police firing" parsed as the police, firing
        head = self.kids.head(tok)
        nums: list = []
        if tok.dep_ in SUBJ and lemma_of(head) in ("claim", "take", "cost"):
            nums = [count_of(o) for o in self.kids[head.i] if o.dep_ in OBJ and lemma_of(o) == "life"]
        elif tok.dep_ == "pobj" and head.lower_ in ("in", "from", "of") and lemma_of(self.kids.head(head)) == "toll" \
                or d.tok.dep_ == "acl" and lemma_of(self.kids.head(d.tok)) == "toll":
            toll = self.kids.head(head) if tok.dep_ == "pobj" else self.kids.head(d.tok)
            verb = self.kids.head(toll) if toll.dep_ in SUBJ else None
            if verb is not None:
                nums = [number_of(p) for c in self.kids[verb.i] if c.dep_ == "prep" and c.lower_ == "to"
                        for p in self.kids[c.i] if p.dep_ == "pobj" and p.like_num] + [
                        number_of(c) for c in self.kids[verb.i] if c.dep_ in ("attr", "dobj") and c.like_num]
        q = next((n for n in nums if n is not None), None)
        if q is None:
            return False
        d.fine = "Killing"
        d.counts = [c for c in d.counts if c.kind != "dead"] + [Count("dead", q.value, q.qualifier, q.text)]
        return True

    def _date(self, d: _Draft) -> None:
        tok = d.tok
        nodes = [tok]
        if d.trig.pos == "N" and tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "of" \
                and self.kids.head(self.kids.head(tok)).dep_ in OBJ | PASS_SUBJ:
            tok = self.kids.head(self.kids.head(tok))  # ("held a third round of talks on Friday": through the measure)
            nodes.append(tok)
        if d.trig.pos == "N" and tok.dep_ in SUBJ | OBJ | PASS_SUBJ:
            nodes.append(self.kids.head(tok))
        elif d.trig.pos == "N" and tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "on" \
                and self.kids.head(self.kids.head(tok)).pos_ == "VERB" and self._light(self.kids.head(self.kids.head(tok))):
            # ("went on strike on Sunday": the act the light verb goes on; not "arrested on Monday after the bombing")
            nodes.append(self.kids.head(self.kids.head(tok)))
        verb = nodes[-1]
        if verb.pos_ in ("VERB", "AUX"):
            # ("The two sides on Friday held talks": a date between the subject and its verb is the verb's, wherever
            # the parser hung it)
            # (not an event noun's own date: "The killing on Friday was condemned by the U.N.")
            nodes += [s for s in self.kids[verb.i] if s.dep_ in SUBJ and s.i < verb.i and s is not d.tok
                      and not self.lex.triggers.get((lemma_of(s), "N"))]
        for node in nodes:
            for c in self.kids[node.i]:
                span = None
                if c.i in self.date_at:
                    span = self.date_at[c.i]
                    if any(span[0] <= n.i < span[1] for n in nodes):
                        continue  # ("wound up a week of exercises": the measure is the act's, not its date)
                elif c.dep_ == "prep" and any(p.dep_ == "pobj" and p.i in self.date_at and any(q.lower_ == "of" for q in self.kids[p.i])
                                              for p in self.kids[c.i]):
                    continue  # ("in a week of house-to-house sweeps": a span of acts, no date)
                elif c.dep_ == "prep":
                    for p in self.kids[c.i]:
                        if p.dep_ == "pobj" and p.i in self.date_at:
                            span = self.date_at[p.i]
                            s = self.span_text(c.i, span[1]) if c.i < span[0] else self.span_text(span[0], span[1])
                            if is_point_in_time(s):
                                d.date = DateValue(text=s)
                                return
                if span is not None:
                    s = self.span_text(span[0], span[1])
                    if is_point_in_time(s):
                        d.date = DateValue(text=s)
                        return

    def _location(self, d: _Draft) -> None:
        tok = d.tok
        frontier = [tok]
        if d.trig.pos == "V":
            frontier += [c for c in self.kids[tok.i] if c.dep_ in OBJ]
        elif tok.dep_ in OBJ or tok.dep_ == "pobj" and self.kids.head(tok).dep_ == "prep":
            # "went on strike in Rotterdam", "staged a sit-in outside the ministry": the place may hang
            # on the verb the event noun completes
            up = self.kids.head(self.kids.head(tok)) if tok.dep_ == "pobj" else self.kids.head(tok)
            if up.pos_ in ("VERB", "AUX") and up is not tok:
                frontier.append(up)
        for depth in range(3):
            nxt: list[Token] = []
            for node in frontier:
                for c in self.kids[node.i]:
                    if c.dep_ != "prep" or c.lower_ not in PLACE_PREPS | ({"of"} if depth else set()):
                        continue
                    for p in self.kids[c.i]:
                        if p.dep_ != "pobj":
                            continue
                        keys = self.table.keys_for(p)
                        if not keys and p.pos_ == "NOUN":
                            # an unnamed place ("in the capital", "outside the embassy")
                            keys = tuple(k for k in self.table.fallback(p) if self.table.cls_of(k) == "Location")
                        for k in keys:
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
        among: dict[int, list[Token]] = {}
        # (both scans below look at every word: only sentences with their key words are scanned)
        sent_text = self.sentences[si].text.lower()  # (not Doc.text: that rebuilds the whole text on each access)
        for tok, row, subjects in self._among_tolls(start, end, by_tok) if "among" in sent_text else ():
            d = _Draft(tok, row, tok.i + 1, row.type, row.fine, row.mode)
            drafts.append(d)
            by_tok[tok.i] = d
            among[tok.i] = subjects
        joint = "jointly" in sent_text or "together" in sent_text or "side by side" in sent_text or "joint " in sent_text \
            or LINK_RE.search(sent_text) is not None
        for tok in self._joint_acts(start, end, by_tok) if joint else ():
            if tok.i not in by_tok and any(x.type == "COOPERATE" for x in by_tok.values()):
                continue  # ("opened a road tunnel, the fruit of eight years of joint work": one cooperation)
            if tok.i in by_tok:
                by_tok[tok.i].type, by_tok[tok.i].mode = "COOPERATE", None  # "began patrolling the border together"
                continue
            d = _Draft(tok, Trigger((lemma_of(tok),), "V", "COOPERATE", None, None), tok.i + 1, "COOPERATE", None, None)
            drafts.append(d)
            by_tok[tok.i] = d
        if not drafts:
            # (most sentences: nothing below has anything to do, but acts told by no event word of their own)
            if PERMIT_RE.search(sent_text) and may_refuse(sent_text):
                drafts.extend(self._refusals(drafts, start, end))  # ("will not allow NATO warplanes to cross its airspace")
            if TRAVEL_BAN_RE.search(sent_text):
                drafts.extend(self._travel_bans(drafts, start, end))  # ("was not allowed to leave the country")
            return self._unworded(drafts, sent_text, start, end)
        # a noun event that is the object of a verb event of the same type is that event ("imposed sanctions")
        kept: list[_Draft] = []
        for d in drafts:
            tok = d.tok
            if d.trig.pos == "N" and tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "of":
                # "the lifting of sanctions on Iran", "Washington's easing of its embargo": what is eased is that act's object
                easing = by_tok.get(self.kids.head(self.kids.head(tok)).i)
                if easing is not None and easing.trig.pos == "N" and easing.type in ("RETREAT", "CONCEDE") and d.type not in ("RETREAT", "CONCEDE"):
                    continue
            if d.trig.pos == "N":
                base = tok
                while base.dep_ == "conj" and self.kids.head(base) is not base:
                    base = self.kids.head(base)  # ("lifted the trade and fuel embargo": a conjunct of the object is one too)
                up = self.kids.head(base) if base.dep_ in OBJ | {"pobj"} else None
                if up is not None and up.dep_ == "prep" and base.dep_ == "pobj":
                    up = self.kids.head(up)
                measured = base.dep_ == "pobj" and self.kids.head(base).lower_ in ("in", "of") and up is not None \
                    and up.dep_ in OBJ and measure(up)
                if measured:
                    up = self.kids.head(up)  # "suspended 27 million dollars in development aid": the aid is the object
                if up is not None and up.i in by_tok and by_tok[up.i].trig.pos == "V":
                    verb = by_tok[up.i]
                    # ("killed in a battle between X and Y" keeps the battle: the merge below folds its
                    # participants into the killing)
                    broken_up = d.type == "PROTEST" and verb.trig.words in DISPERSING_VERBS
                    if verb.type == d.type and (base.dep_ in OBJ or measured) or (
                            (base.dep_ in OBJ or measured) and verb.type not in EMBEDDING_TYPES and not broken_up):
                        continue
                    if verb.type == d.type and not self._has_args(tok):
                        continue
            kept.append(d)
        drafts = kept
        # "declared that China must drop barriers": a reported obligation is a demand
        for d in drafts:
            if d.type == "STATEMENT" and d.trig.pos == "V" and d.tok.dep_ in ("conj", "parataxis"):
                # "Wealthy nations must provide $1 billion …, the minister said": the obligation comes first and
                # the parser joins the attribution to it
                head = self.kids.head(d.tok)
                if head.i < d.tok.i and any(a.dep_ == "aux" and a.lower_ in DEMAND_MODALS for a in self.kids[head.i]):
                    d.type, d.fine, d.mode = "REQUEST", None, None
                    d.demanded = [x for x in self.kids[head.i] if x.dep_ in SUBJ]
                    continue
            if d.type == "STATEMENT" and d.trig.pos == "V":
                for c in self.kids[d.tok.i]:
                    if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in DEMAND_MODALS for a in self.kids[c.i]):
                        d.type, d.fine, d.mode = "REQUEST", None, None
                        subj = [x for x in self.kids[c.i] if x.dep_ in SUBJ]
                        d.demanded = subj
                        break
        # accusations carried by a claim ("claiming they are part of plots …")
        for d in drafts:
            if d.type == "STATEMENT" and lemma_of(d.tok) in CLAIM_VERBS and self._accusing(d.tok):
                d.type, d.fine, d.mode = "ACCUSE", None, "allege"
        for d in drafts:
            if d.trig.pos == "V":
                self._verb_roles(d)
                if d.type == "COOPERATE" and d.recipients:
                    # ("opened an oil pipeline linking the two countries", "began laying a joint pipeline": the work
                    # two countries make together is what they do, not whom it is done to)
                    works = {k for c in self.kids[d.tok.i] if c.dep_ == "dobj" and (lemma_of(c) in LINK_WORKS or any(
                        m.dep_ == "amod" and m.lower_ == "joint" for m in self.kids[c.i])) for e in expand(c, self.kids)
                        for k in self.table.keys_for(e)}
                    d.recipients = [r for r in d.recipients if r not in works]
            elif d.trig.pos == "A" and d.type != "ASSAULT":
                self._adj_roles(d)
            else:
                self._noun_roles(d)
                if d.type == "PROTEST" and not d.actors and d.tok.dep_ in OBJ:
                    # "dispersed a rally by opposition supporters": the by-phrase the parse hung on the verb
                    d.actors += self._gathering_doers(self.kids.head(d.tok), d.tok)
            self._captors_and_orderers(d)
            if d.demanded:
                d.recipients = [r for r in _uniq(d.recipients + self._keys(d.demanded)) if r not in d.actors]
            if d.type in ("REJECT", "CONCEDE") and d.trig.pos == "V" and not d.recipients:
                # "refused to step down despite demands from war veterans": who pressed for it receives the refusal
                d.recipients += [k for k in self._pressing(d.tok) if k not in d.actors]
            if d.type == "REQUEST" and d.trig.pos == "V" and not d.recipients:
                # "called for the West to scrap sanctions": the subject of the for-to clause is asked
                for c in self.kids[d.tok.i]:
                    if c.dep_ in ("advcl", "ccomp", "xcomp") and any(m.dep_ == "mark" and m.lower_ == "for" for m in self.kids[c.i]):
                        subj = [x for x in self.kids[c.i] if x.dep_ in SUBJ]
                        d.recipients += [k for k in self._keys(subj) if k not in d.actors]
            if lemma_of(d.tok) in ("claim", "allege", "charge") and d.type == "ACCUSE" and not d.recipients:
                for c in self.kids[d.tok.i]:
                    if c.dep_ == "ccomp":
                        subj = [s for s in self.kids[c.i] if s.dep_ in SUBJ | PASS_SUBJ]
                        d.recipients += self._keys(subj) or self._they(c, subj)
            if d.type == "AID" and d.trig.pos == "V" and (lemma_of(d.tok) in RECEIVING_VERBS or d.trig.words in RECEIVING_PHRASES):
                self._receiver_roles(d)
            if d.type == "STATEMENT" and d.trig.pos == "V" and not d.actors and any(t.is_quote for t in self.toks[max(0, d.tok.i - 3):d.tok.i]) \
                    and not any(c.dep_ in SUBJ and c.pos_ in ("NOUN", "PROPN", "PRON") for c in self.kids[d.tok.i]):
                # '"Is there any doubt?" asked the prosecutor': after a quote the speaker may follow the verb
                # and be parsed as its object
                speaker = self._keys([o for o in self.kids[d.tok.i] if o.dep_ == "dobj" and o.i > d.tok.i])
                d.actors, d.recipients = speaker, [k for k in d.recipients if k not in speaker]
            if d.type == "SUPPORT" and lemma_of(d.tok) == "win" and d.trig.pos == "V":
                # "won the explicit backing of the OAS": the one whose backing is won gives it
                d.actors, d.recipients = d.recipients, d.actors
            if d.fine == "Arrest" and lemma_of(d.tok) == "surrender" and d.trig.pos == "V":
                # "the gangster surrendered to the police": the police take him in
                d.actors, d.recipients = d.recipients, d.actors
            if d.type == "CONSULT" and d.trig.pos == "V" and not d.actors and d.recipients and (
                    lemma_of(d.tok) == "be" or any(c.dep_ == "auxpass" for c in self.kids[d.tok.i])) \
                    and not any(c.dep_ == "agent" for c in self.kids[d.tok.i]):
                # "the two ministers were closeted for five hours", "Gandhi was on the telephone with Jayewardene": who
                # is in a meeting told of them takes part in it
                subjects = [c for c in self.kids[d.tok.i] if c.dep_ in SUBJ | PASS_SUBJ]
                subj = self._keys(subjects)
                if subj and not any(x.tok.i == c.i for x in drafts for c in subjects):  # (not "talks … were held")
                    d.actors, d.recipients = subj, [k for k in d.recipients if k not in subj]
            if d.tok.i in among:
                d.actors, d.recipients = [], self._keys(among[d.tok.i])
            self._flags(d, drafts)
            self._counts(d)
            self._date(d)
            self._location(d)
        self._blamed_on(drafts)
        self._event_subjects(drafts)
        self._complement_recipients(drafts)
        self._answered_requests(drafts)
        self._lobbying_for_others(drafts)
        self._fates_told(drafts)
        self._warnings(drafts)
        self._idiom_threats(drafts)
        self._protest_targets(drafts)
        self._orders(drafts)
        self._votes(drafts)
        self._tallies(drafts)
        self._merge_injuries(drafts)
        self._attack_damage(drafts)
        self._mobilized_to_fight(drafts)
        self._hijack_diversions(drafts)
        self._warrants(drafts)
        self._rescues(drafts)
        self._aid_cargo(drafts)
        self._weapons_moved(drafts)
        self._paused_contacts(drafts)
        self._topics(drafts)
        self._peacekeepers_sent(drafts)
        self._protective_deployments(drafts)
        self._intent_content(drafts)
        self._joint_manoeuvres(drafts)
        self._purposes(drafts)
        self._light_purposes(drafts)
        self._demanded_clauses(drafts)
        self._ultimatums(drafts)
        self._conditional_vows(drafts)
        self._conditional_protests(drafts)
        self._protest_claims(drafts)
        self._protest_effects(drafts)
        self._agreement_effects(drafts)
        self._manner_acts(drafts)
        self._protest_as_motive(drafts)
        self._ending_told_twice(drafts)
        self._quit_talks(drafts)
        self._enabled_effects(drafts)
        self._mutual_acts(drafts)
        self._peacekeepers_withdrawn(drafts)
        self._allowed_moves(drafts)
        self._investigated_reports(drafts)
        self._held_by_captors(drafts)
        self._ways_opened(drafts)
        self._phase_of_act(drafts)
        self._vows_in_refusal(drafts)
        self._unasserted_objects(drafts)
        self._provided_for(drafts)
        self._characterised_again(drafts)
        self._restating_participles(drafts)
        self._yielding_manner(drafts)
        self._inherit_modality(drafts)
        self._announced_decisions(drafts)
        self._means(drafts)
        self._answered_asks(drafts)
        self._dropped_agreements(drafts)
        self._time_to_leave(drafts)
        self._merge_same_type(drafts)
        self._captivity_ended(drafts)
        if self._riots(drafts):
            self._merge_same_type(drafts)
        for d in drafts:
            # (after the merging, so that the hurt of the same act count first: "fired to disperse the mob, injuring three")
            if d.type == "ASSAULT" and d.fine != "Killing" and any(self.table.sector_of(k) == "COP" for k in d.actors) \
                    and not any(self.table.cls_of(k) in ("Person", "Group") for k in d.recipients):
                d.recipients += [k for k in self._crowd_targets(d.tok) if k not in d.actors and k not in d.recipients]
            if d.type == "ASSAULT" and d.fine == "Attack" and d.trig.pos == "V" and any(
                    c.dep_ == "prep" and c.lower_ == "to" and any(lemma_of(p) == "death" for p in self.kids[c.i]) for c in self.kids[d.tok.i]):
                d.fine = "Killing"  # "beaten to death", "stabbed to death": an attack that kills (told after the merging)
            # "forced some 30,000 ethnic Georgians out of the Gali district": people driven out by force in their thousands
            # are a mass expulsion (PLOVER's ASSAULT), not a deportation
            # (herded "back" across a border, they are sent home: a deportation)
            if d.type == "COERCE" and d.fine == "Deportation" and d.trig.pos == "V" and lemma_of(d.tok) in FORCING_OUT_VERBS \
                    and any(c.value >= 1000 for c in d.counts) and not any(c.lower_ == "back" for c in self.kids[d.tok.i]):
                d.type, d.fine, d.mode = "ASSAULT", None, "cleansing"
            # "deployed 5,000 troops to ferry food to flood victims", "sent a battalion to serve with the U.N. Interim Force":
            # forces sent to deliver aid or to keep the peace are aid (CAMEO 073, 074), not a show of force
            if d.type == "MOBILIZE" and d.trig.pos == "V" and not d.hypothetical and not d.negated:
                aims = [c for c in self.kids[d.tok.i] if c.dep_ in ("advcl", "xcomp") and infinitive(c, self.kids)]
                aid = next((x for c in aims for x in drafts if x.type == "AID" and x.tok.i == c.i), None)
                if aid is not None:
                    d.type, d.mode = "AID", "humanitarian"
                    d.recipients = d.recipients or [k for k in aid.recipients if k not in d.actors]
                elif any(lemma_of(c) == "serve" and any(w.lower_ in PEACEKEEPING_WORDS for p in self._prep_objects([c], ("with", "in"))
                                                        for w in p.subtree) for c in aims):
                    d.type, d.mode = "AID", "peacekeeping"
            # "started shipping diesel to Nepal in return for timber": goods given for goods are trade (CAMEO 061), not aid
            if d.type == "AID" and d.trig.pos == "V" and any(
                    lemma_of(p) in ("return", "exchange") and any(c.dep_ == "prep" and c.lower_ == "for" for c in self.kids[p.i])
                    for p in self._prep_objects([d.tok] + ([self.kids.head(d.tok)] if d.tok.dep_ == "xcomp" else []), ("in",))):
                d.type, d.fine, d.mode = "COOPERATE", None, "economic"  # (or on the verb it is the complement of: "started shipping")
            # "Iran's Revolutionary Guards staged naval war games": manoeuvres of one side alone show force
            if d.type == "COOPERATE" and lemma_of(d.tok) in MANOEUVRES and len(d.actors) == 1 and not d.recipients \
                    and not self._joint_named(d.tok) and not self._held_by_countries(d.tok) \
                    and not any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for c in self.kids[d.tok.i]):
                d.type, d.fine, d.mode = "MOBILIZE", None, "troops"
            # "eased emergency measures in Montenegro": with no one else named, the place is the target
            if d.fine == "Arrest" and not d.actors and d.location and self.table.cls_of(d.location) == "Country":
                # "was arrested in Lebanon": with no one named, the state where it happens made the arrest
                d.actors = [d.location]
            # ("sentenced to life in prison": where a convict serves is no target)
            if not d.recipients and d.location and (d.type in PLACE_TARGET_TYPES or d.mode == "investigate") \
                    and d.fine not in ("Arrest", "Conviction") \
                    and self.table.cls_of(d.location) in ("Country", "Location") and d.location not in d.actors:
                d.recipients = [d.location]
        # ("agreed to hold joint patrols": patrols held are an act, not someone the agreement is with; "lobbed a
        # grenade at a patrol" hits the patrol, a body)
        acts = {k for x in drafts if x.trig.pos == "N" and lemma_of(x.tok) in ACT_BODIES for k in self.table.keys_for(x.tok)}
        if acts:
            for d in drafts:
                if d.type in PHYSICAL_TYPES:
                    continue
                d.actors = [a for a in d.actors if a not in acts]
                d.recipients = [r for r in d.recipients if r not in acts]
        self._attribution(drafts, start, end)
        drafts.extend(self._derived(drafts, start, end if may_refuse(sent_text) else start))
        if TRAVEL_BAN_RE.search(sent_text):
            drafts.extend(self._travel_bans(drafts, start, end))  # ("released on bail, but not allowed to leave the country")
        drafts = self._unworded(drafts, sent_text, start, end)
        self._one_threat(drafts)
        self._rejected_contents(drafts)
        return self._elaborations(drafts)

    def _elaborated(self, a: _Draft, b: _Draft) -> bool:
        """Whether b tells a's act again: a participle after a comma (or what such a participle of speech says) hung on
        a, on the clause a's speaker speaks, or on a clause below a."""
        part = b.tok
        for _ in range(6):  # (up from what a participle of speech says to the participle)
            if part.tag_ == "VBG" and (self._comma_participle(part) and not any(c.dep_ in SUBJ for c in self.kids[part.i])
                                       or part.dep_ in ("pobj", "pcomp") and self.kids.head(part).lower_ == "with"):
                break
            if part.dep_ not in ("ccomp", "acomp", "attr", "pobj", "prep", "xcomp", "dobj", "aux") or self.kids.head(part) is part:
                return False
            part = self.kids.head(part)
        else:
            return False
        verb = self.kids.head(a.tok) if a.tok.dep_ == "aux" else a.tok  # (a stance read from "will not": its verb)
        if part is not b.tok and not self._is_speech(part):
            return False
        up = self.kids.head(part)
        if up.lower_ == "with":
            up = self.kids.head(up)  # ("…, with the State Department praising …": the absolute hangs on the verb)
        for _ in range(4):
            if up.i == verb.i or verb.dep_ == "ccomp" and self.kids.head(verb).i == up.i and self._is_speech(up):
                return True  # (", calling the move a setback" hung on the "said" of the clause that tells the act)
            if up.dep_ not in ("xcomp", "conj", "dobj", "ccomp", "pcomp", "prep", "pobj") or self.kids.head(up) is up:
                return False
            up = self.kids.head(up)
        return up.i == verb.i

    def _damages_sought(self, d: _Draft) -> bool:
        """'took Union Carbide to court, seeking damages': what a suit claims is the suit's, no request of its own."""
        # ("seeking 4 billion naira in damages": the sum's in-phrase says what it is)
        return d.type == "REQUEST" and d.trig.pos == "V" and lemma_of(d.tok) in ("seek", "claim", "demand") and any(
            c.dep_ in OBJ and (lemma_of(c) in DAMAGES_NOUNS or any(lemma_of(p) in DAMAGES_NOUNS for p in self._prep_objects([c, d.tok], ("in",))))
            for c in self.kids[d.tok.i])

    def _sought_in_suit(self, suit: _Draft, b: _Draft) -> bool:
        """'filed a suit against Shell seeking 4 billion naira in damages' (no comma; the parser may hang the participle
        on the defendant): damages sought by a participle inside the clause of the suit are its claim."""
        return self._damages_sought(b) and b.tok.tag_ == "VBG" and b.tok.dep_ in ("acl", "advcl") \
            and self._linked_below(suit.tok, b.tok)

    def _claims_dismissed(self, d: _Draft) -> bool:
        """'leapt to the defence of Azerbaijan, dismissing as propaganda Armenian charges that …': charges against the one
        defended, brushed aside, are the defence told again."""
        return d.type == "REJECT" and d.trig.pos == "V" and any(
            c.dep_ in OBJ and lemma_of(c) in DENIED_CLAIMS | {"criticism", "allegation"} for c in self.kids[d.tok.i])

    def _elaborations(self, drafts: list[_Draft]) -> list[_Draft]:
        """'refused to free the contractors, dismissing a Red Cross appeal', 'dug in its heels, telling the negotiators
        that suspending the work was out of the question', 'rattled its sabre, with its chief of staff saying Ankara
        would not hesitate to use force': a stance told once and then again, in a participle after a comma, is one act
        (its doers are the first telling's, the participle's where that names none; whom it is aimed at, both's)."""
        for b in list(drafts):
            if b.type not in ELABORATED_TYPES or b.negated or b.hypothetical:
                continue
            a = next((x for x in drafts if x is not b and (x.type == b.type or (x.type, b.type) in ELABORATING_PAIRS
                                                           or x.type == "ACCUSE" and self._damages_sought(b)
                                                           or x.type == "SUPPORT" and self._claims_dismissed(b))
                      and not x.negated and not x.hypothetical
                      and x.tok.i != b.tok.i and (self._elaborated(x, b) or x.type == "ACCUSE" and self._sought_in_suit(x, b))), None)
            if a is None:
                continue
            if (a.type, b.type) in RETYPING_PAIRS:
                a.type, a.fine, a.mode = b.type, b.fine, b.mode
            if not a.actors:
                a.actors = list(b.actors)
            # (a participle's own object is often what it says of the act — "calling the move a provocation" — so, where
            # the first telling names its target, only people, bodies, countries and places are added)
            a.recipients = _uniq(a.recipients + [k for k in b.recipients if k not in a.actors and (
                not a.recipients or self.table.cls_of(k) in ("Person", "Organization", "Country", "Location"))])
            a.reported_by = _uniq(a.reported_by + b.reported_by)
            a.date = a.date or b.date
            a.location = a.location or b.location
            drafts.remove(b)
        return drafts

    def _unworded(self, drafts: list[_Draft], sent_text: str, start: int, end: int) -> list[_Draft]:
        """The drafts with the acts a sentence tells without an event word: an intention stated with "will" or
        "is to", a concession made "under pressure" or "bowing to" it."""
        if FUTURE_RE.search(sent_text) or INTENT_RE.search(sent_text):
            drafts.extend(self._stated_intents(drafts, start, end))
        if YIELD_RE.search(sent_text):
            drafts.extend(self._concessions(drafts, start, end))
        return drafts

    def _blamed_on(self, drafts: list[_Draft]) -> None:
        """'blamed the bombing on separatists', 'the attack, which was blamed on Hamas': who an act is blamed on
        is accused (and is not the act's target, wherever the parse hangs the on-phrase)."""
        at = {d.tok.i: d for d in drafts}
        for d in drafts:
            if d.type != "ACCUSE" or d.trig.pos != "V" or lemma_of(d.tok) != "blame" and not (
                    lemma_of(d.tok) in ("lay", "put", "place", "pin") and any(o.dep_ == "dobj" and o.lower_ == "blame" for o in self.kids[d.tok.i])):
                continue
            acts = [o for o in self.kids[d.tok.i] if o.dep_ in OBJ | PASS_SUBJ]
            if lemma_of(d.tok) != "blame":
                # ("laid the blame for the barrage on army units": what the blame is for is the act blamed)
                acts = self._prep_objects([d.tok] + acts, ("for",)) + [o for o in acts if o.lower_ == "blame"]
            if d.tok.dep_ == "relcl" and not acts:
                acts = [self.kids.head(d.tok)]  # ("the attack, which was blamed on …")
            # (on the act only when the verb has none: "the attack on a bus station was blamed on insurgents")
            blamed = self._keys(self._prep_objects([d.tok], ("on",))
                                or self._prep_objects([a for a in acts if a.dep_ in OBJ or lemma_of(d.tok) != "blame"], ("on",)))
            if not blamed:
                continue
            d.recipients = [k for k in blamed if k not in d.actors]
            for a in acts:
                if a.i in at:
                    at[a.i].recipients = [k for k in at[a.i].recipients if k not in blamed]

    def _receiver_roles(self, d: _Draft) -> None:
        """'Ukraine received 20 tanks from Poland': the subject of a verb of receiving gets the aid and the
        from-phrase (on the verb or on what is received) gives it."""
        objs = [o for o in self.kids[d.tok.i] if o.dep_ in OBJ]
        objs += [x for o in objs for x in self.kids.conjuncts(o)]
        # ("took delivery of two helicopters and 20,000 rifles from India": the phrase may hang on what is received)
        things = [p for o in objs for c in self.kids[o.i] if c.dep_ == "prep" and c.lower_ == "of" for p in self.kids[c.i] if p.dep_ == "pobj"]
        things += [x for t in things for x in self.kids.conjuncts(t)]
        givers = self._keys(self._prep_objects([d.tok, *objs, *things], ("from",)))
        d.recipients = [k for k in _uniq(d.actors + d.recipients) if k not in givers]
        d.actors = givers

    def _event_subjects(self, drafts: list[_Draft]) -> None:
        """'The raid, carried out by special forces, freed three hostages': an act whose subject is another
        event of the sentence is done by that event's doers."""
        at = {d.tok.i: d for d in drafts if d.trig.pos == "N"}
        for d in drafts:
            if d.trig.pos != "V" or d.actors:
                continue
            for c in self.kids[d.tok.i]:
                e = at.get(c.i) if c.dep_ in SUBJ else None
                if e is not None and e.actors:
                    d.actors = [k for k in e.actors if k not in d.recipients]

    def _paused_contacts(self, drafts: list[_Draft]) -> None:
        """'ending a 14-month freeze in their dialogue', 'after a two-year hiatus in talks': contacts named only as
        what a pause interrupts are not held (the pause, or its end, is the news)."""
        for d in list(drafts):
            if d.type not in ("CONSULT", "COOPERATE") or d.trig.pos != "N" or d.tok.dep_ != "pobj":
                continue
            prep = self.kids.head(d.tok)
            if prep.lower_ in ("in", "of", "on") and lemma_of(self.kids.head(prep)) in PAUSE_NOUNS:
                drafts.remove(d)
                continue
            # ("suspended its participation in peace talks with Israel": talks one stops taking part in are the
            # suspension's object, not a meeting held)
            share = self.kids.head(prep)
            if prep.lower_ == "in" and lemma_of(share) in ("participation", "part", "involvement", "role", "presence") \
                    and share.dep_ in OBJ and any(x is not d and x.tok.i == self.kids.head(share).i and x.type == "SANCTION" for x in drafts):
                drafts.remove(d)

    def _weapons_moved(self, drafts: list[_Draft]) -> None:
        """'moved tanks and artillery to the border', 'deployed missiles': a mobilization of weapons or vehicles
        alone is PLOVER's MOBILIZE 'weapons', not 'troops' (troops named beside them keep 'troops')."""
        for d in drafts:
            if d.type != "MOBILIZE" or d.trig.pos != "V" or d.mode != "troops":
                continue
            moved = [c for o in self.kids[d.tok.i] if o.dep_ in OBJ | PASS_SUBJ for c in (o, *self.kids.conjuncts(o))]
            if moved and all(self._machine(o) for o in moved):
                d.mode = "weapons"

    def _aid_cargo(self, drafts: list[_Draft]) -> None:
        """'sent a team of 50 rescue specialists to Turkey', 'dispatched 40 police instructors to Kosovo', 'Cuba sent
        doctors': the people sent are the aid, not its recipient."""
        for d in drafts:
            if d.type != "AID" or d.trig.pos != "V" or lemma_of(d.tok) not in SENDING_VERBS:
                continue
            moved = [o for o in self.kids[d.tok.i] if o.dep_ in OBJ]
            if d.tok.dep_ == "acl" and d.tok.tag_ == "VBN":
                # ("took delivery of four gunships shipped from Cuba": what the participle describes was shipped, and
                # where from says who shipped it)
                moved.append(self.kids.head(d.tok))
                if not d.actors:
                    d.actors = [k for k in self._keys(self._prep_objects([d.tok], ("from",)))
                                if self.table.cls_of(k) != "Location"]
            cargo = {k for o in moved for e in expand(o, self.kids) for c in (e, *self.kids.conjuncts(e))
                     for k in self.table.keys_for(c)}
            d.recipients = [r for r in d.recipients if r not in cargo]

    def _rescues(self, drafts: list[_Draft]) -> None:
        """'Nigerian troops freed 14 kidnapped oil workers from a creek hideout', 'Philippine marines freed 11 hostages
        from Abu Sayyaf guerrillas', 'police freed 10 trafficking victims': security forces freeing someone held by
        others is a rescue, which PLOVER codes as AID; captors (or a state) letting their own captives go is a
        release (RETREAT), and so is police freeing suspects they hold."""
        for d in drafts:
            if d.fine != "Release" or d.trig.pos != "V" or lemma_of(d.tok) not in RESCUING_VERBS or not d.actors:
                continue
            if not all(self.table.sector_of(k) in ("MIL", "COP") for k in d.actors):
                continue
            held = [o for o in self.kids[d.tok.i] if o.dep_ in OBJ]
            # ("nine kidnapped aid workers": the participle may hang on the compound; "a boy who had been held for four
            # months by kidnappers": or tell it in a relative clause)
            # ("38 women who had been abducted and sold as brides": a relative clause of kidnapping tells it without its doer)
            if any(lemma_of(o) in CAPTIVE_NOUNS or any((m.dep_ in ("amod", "acl", "compound") or m.dep_ == "relcl" and any(
                    c.dep_ == "agent" or c.dep_ == "auxpass" and lemma_of(m) not in ("hold", "held") for c in self.kids[m.i]))
                    and lemma_of(m) in HELD_WORDS
                                                      for m in o.subtree if m.i != o.i) for o in held):
                d.type, d.fine, d.mode = "AID", None, None

    def _warrants(self, drafts: list[_Draft]) -> None:
        """'issued an arrest warrant for Omar al-Bashir', 'a warrant was issued against the former minister', 'issued a
        warrant for his arrest': a warrant threatens the one it is for or against (PLOVER codes an arrest warrant
        as THREATEN 'arrest'; the arrest itself has not happened)."""
        for d in drafts:
            if d.type != "THREATEN" or d.trig.pos != "N" or lemma_of(d.tok) != "warrant" or d.recipients:
                continue
            targets = self._prep_objects([d.tok, self.kids.head(d.tok)], ("for", "against"))
            # ("a warrant for his arrest", "for the arrest of …": the one to be arrested)
            captures = [t for t in targets if lemma_of(t) in CAPTURE_LEMMAS | {"detention", "extradition"}]
            wanted = [c for t in captures for c in self.kids[t.i] if c.dep_ == "poss"] + self._prep_objects(captures, ("of",))
            d.recipients = [k for k in self._keys(wanted or targets) if k not in d.actors]

    def _hijack_diversions(self, drafts: list[_Draft]) -> None:
        """'hijacked an airliner and forced it to land in Turkey': forcing the seized craft on is the hijacking itself,
        not a coercion of its own."""
        seizures = [d for d in drafts if d.type == "ASSAULT" and d.mode == "abduct" and d.trig.pos == "V"
                    and not d.negated and not d.hypothetical]
        if seizures:
            # ("was hijacked by four armed men … and forced to fly to Managua": the flight forced on the craft is no visit)
            for d in list(drafts):
                if d.type == "CONSULT" and d.trig.pos == "V" and lemma_of(d.tok) in ("fly", "land", "head", "go") \
                        and d.tok.dep_ == "xcomp" and lemma_of(self.kids.head(d.tok)) in FORCING_VERBS | {"order", "divert"}:
                    drafts.remove(d)
        for d in list(drafts):
            if d.type != "COERCE" or d.trig.pos != "V" or lemma_of(d.tok) not in FORCING_VERBS:
                continue
            if seizures and d.tok.dep_ == "relcl" and any(lemma_of(o) in ("pilot", "crew", "captain", "driver", "skipper")
                                                          for o in self.kids[d.tok.i] if o.dep_ in OBJ):
                # ("… was commandeered by three men …, who forced the pilot to fly to Lahore": the hijackers' forcing
                # the crew on is the hijacking)
                drafts.remove(d)
                continue
            if d.tok.dep_ != "conj":
                continue
            head = self.kids.head(d.tok)
            craft = [o for o in self.kids[d.tok.i] if o.dep_ in OBJ]
            for a in seizures:
                # (joined to the seizure, or later in its clause with the craft as its object: "commandeered an Airbus
                # shortly after it took off and forced it to land", the parse joining "forced" to "took")
                same = a.tok.i == head.i and (not d.actors or set(a.actors) & set(d.actors)) or \
                    a.tok.i < d.tok.i and d.tok in a.tok.subtree and any(
                        o.pos_ == "PRON" or set(self.table.keys_for(o)) & set(a.recipients) for o in craft)
                if same:
                    drafts.remove(d)
                    break

    def _mobilized_to_fight(self, drafts: list[_Draft]) -> None:
        """'Military units were mobilized and returned fire on the rebels', 'launched an invasion, pounding cities and
        sending columns of tanks across the border': forces moved in the course of an attack by the same side are
        that attack; PLOVER codes only the ASSAULT.  Forces moved after, before or because of an attack stay a
        MOBILIZE ("massed troops on the border after the attack on parliament")."""
        attacks = [d for d in drafts if d.type == "ASSAULT" and not d.negated and not d.hypothetical and d.actors]
        if not attacks:
            return
        for d in list(drafts):
            if d.type != "MOBILIZE" or d.trig.pos != "V" or d.negated or d.hypothetical or not d.actors:
                continue
            if any(c.dep_ == "mark" for c in self.kids[d.tok.i]):
                continue  # ("after sending troops", "as it moved tanks")
            if infinitive(d.tok, self.kids):
                continue  # ("armed villagers to fight the army": a purpose, not yet the attack)
            for a in attacks:
                if not set(a.actors) & set(d.actors) or any(c.dep_ == "mark" for c in self.kids[a.tok.i]) \
                        or infinitive(a.tok, self.kids):
                    continue
                head_d, head_a = self.kids.head(d.tok), self.kids.head(a.tok)
                joined = (d.tok.dep_ in ("conj", "advcl") and head_d.i == a.tok.i) \
                    or (a.tok.dep_ in ("conj", "advcl") and head_a.i == d.tok.i) \
                    or (d.tok.dep_ in ("conj", "advcl") and a.tok.dep_ in ("conj", "advcl") and head_d.i == head_a.i) \
                    or (d.tok.dep_ in ("conj", "advcl") and a.trig.pos == "N" and a.tok.dep_ in OBJ and head_d.i == head_a.i)
                if joined:
                    drafts.remove(d)
                    break

    def _attack_damage(self, drafts: list[_Draft]) -> None:
        """'bombed villages, destroying dozens of houses', 'massacred 43 villagers in a night raid': the
        damage an attack does, or the raid it happened in, is that attack, not a second (coercive) event."""
        attacks = {d.tok.i for d in drafts if d.type == "ASSAULT" and d.trig.pos == "V" and not d.negated and not d.hypothetical}
        raids = {d.tok.i: d for d in drafts if d.type == "ASSAULT" and d.trig.pos == "N" and not d.negated and not d.hypothetical}
        if not attacks and not raids:
            return
        for d in list(drafts):
            if d.type != "COERCE" or d.mode != "seize" or d.fine is not None:
                continue
            tok = d.tok
            head = self.kids.head(tok)
            # ("carried out a heavy raid on the oil terminal, setting two storage tanks ablaze": or the raid its verb carried out)
            outcome = d.trig.pos == "V" and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj") and (
                head.i in attacks or any(c.dep_ in OBJ and c.i in raids for c in self.kids[head.i]))
            setting = d.trig.pos == "N" and tok.dep_ == "pobj" and head.lower_ in ("in", "during") and self.kids.head(head).i in attacks
            # "an air raid … set two storage tanks ablaze and damaged a jetty": what an attack told as the subject did
            # (the second verb of two shares the first one's subject)
            verb = tok if tok.dep_ != "conj" else self.kids.head(tok)
            raid = next((raids[c.i] for c in self.kids[verb.i] if c.dep_ in SUBJ and c.i in raids), None) if d.trig.pos == "V" else None
            if raid is not None:
                raid.recipients = _uniq(raid.recipients + [k for k in d.recipients if k not in raid.actors])
                raid.date, raid.location = raid.date or d.date, raid.location or d.location
            if outcome or setting or raid is not None:
                drafts.remove(d)

    def _votes(self, drafts: list[_Draft]) -> None:
        """'voted to open an inquiry into the killings': where what the vote carries is an act of its own, told
        as done (an inquiry opened, a plan rejected), the vote is that act, not a second, agreeing one."""
        for d in list(drafts):
            if d.type != "AGREE" or d.trig.pos != "V" or lemma_of(d.tok) != "vote":
                continue
            steps = {c.i for c in self.kids[d.tok.i] if c.dep_ in ("xcomp", "advcl") and infinitive(c, self.kids)}
            # ("voted to lift a ban on broadcasting in Kurdish": whatever the act's type, once it is told as done)
            if any(x is not d and x.type != "STATEMENT" and not x.hypothetical and not x.negated
                   and (x.tok.i in steps or self.kids.head(x.tok).i in steps) for x in drafts):
                drafts.remove(d)
        for d in list(drafts):
            # "the lifting of the ban was approved by parliament", "approved the release of 40 prisoners": an authority
            # approving an act it decides is that act, done by it
            if d.type != "SUPPORT" or d.trig.pos != "V" or lemma_of(d.tok) not in ("approve", "authorize", "authorise", "endorse"):
                continue
            acts = [x for x in drafts if x is not d and x.trig.pos == "N" and self.kids.head(x.tok).i == d.tok.i
                    and x.tok.dep_ in OBJ | PASS_SUBJ and x.type in ("CONCEDE", "RETREAT", "SANCTION", "AID", "COERCE")
                    and not x.negated and not x.hypothetical and not x.actors]
            if not acts:
                continue
            for x in acts:
                x.actors = [a for a in d.actors if a not in x.recipients]
                x.date = x.date or d.date
            drafts.remove(d)

    def _orders(self, drafts: list[_Draft]) -> None:
        """'The government ordered the expulsion of two diplomats': an authority ordering an act of its
        own (an expulsion, a closure, an arrest) does it; the act is the event, with the one who ordered
        it as actor.  Orders to someone ("ordered the troops to withdraw") stay requests."""
        for d in list(drafts):
            if d.type != "REQUEST" or lemma_of(d.tok) not in ORDER_LEMMAS or d.trig.pos != "V":
                continue
            if self._ordered_done(d, drafts):
                continue
            if any(c.dep_ in ("xcomp", "ccomp") for c in self.kids[d.tok.i]):
                continue
            # ("the expulsion of two diplomats was ordered by the ministry": the passive's subject too; "the expulsion of
            # 38 aid agencies, ordered by the Taliban on Monday": and the act a participle describes)
            acts = [x for x in drafts if x is not d and x.trig.pos == "N" and (x.type in ORDERED_TYPES or x.mode == "cleansing") and (
                self.kids.head(x.tok).i == d.tok.i and x.tok.dep_ in OBJ | PASS_SUBJ
                or d.tok.dep_ == "acl" and d.tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in self.kids[d.tok.i])
                and self._linked_below(x.tok, d.tok) and self.kids.head(d.tok).pos_ == "NOUN")]
            # ("a resolution ordering the immediate withdrawal of Armenian-backed forces": a withdrawal by others is
            # ordered of them, a demand)
            acts = [x for x in acts if not (x.type == "RETREAT" and x.actors and not set(x.actors) & set(d.actors) and not any(
                c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for p in self._prep_objects([x.tok], ("of",))
                for c in self.kids[p.i]))]
            if not acts:
                continue
            for x in acts:
                x.hypothetical = False
                x.actors = _uniq(x.actors + [a for a in d.actors if a not in x.recipients])
            drafts.remove(d)

    def _ordered_done(self, d: _Draft, drafts: list[_Draft]) -> bool:
        """'the court ordered the party dissolved and its assets seized', 'the judge ordered the journalist
        released': an order with a small clause (object + participle, no auxiliary) is the act itself, done
        by the one who ordered it, to the clause's subject. True when the order was folded into its acts."""
        clauses = [c for c in self.kids[d.tok.i] if c.dep_ in ("ccomp", "oprd") and c.tag_ in ("VBN", "VBD")
                   and not any(a.dep_ in ("aux", "auxpass", "mark") for a in self.kids[c.i])
                   and any(x.dep_ in SUBJ and x.i < c.i for x in self.kids[c.i])]
        # ("ordered the editor released": the parser may read the participle as describing the object)
        clauses += [a for o in self.kids[d.tok.i] if o.dep_ == "dobj" for a in self.kids[o.i]
                    if a.dep_ == "acl" and a.tag_ == "VBN" and a.i == o.i + 1 and not any(x.dep_ in ("aux", "auxpass") for x in self.kids[a.i])]
        clauses += [x for c in clauses for x in self.kids.conjuncts(c) if x.tag_ in ("VBN", "VBD")]
        acts = [x for x in drafts if x is not d and x.trig.pos == "V" and x.tok in clauses and x.type in ORDERED_TYPES]
        if not acts:
            return False
        for x in acts:
            subj = self._keys([s for s in self.kids[x.tok.i] if s.dep_ in SUBJ]
                              or ([self.kids.head(x.tok)] if x.tok.dep_ == "acl" else []))
            x.hypothetical = False
            x.actors = [a for a in d.actors if a not in subj]
            x.recipients = _uniq(subj + [r for r in x.recipients if r not in x.actors and r not in subj])
        drafts.remove(d)
        return True

    def _captivity_ended(self, drafts: list[_Draft]) -> None:
        """'Some 150 soldiers held by the SPLA were set free': the captivity of those released is the state their release
        ends, told to say who they are, not an arrest of its own."""
        releases = [d for d in drafts if d.type == "RETREAT" and d.fine == "Release"]
        for c in list(drafts):
            # (held by an armed group: a hostage-holding, which the release ends just the same)
            if not (c.type == "COERCE" and c.fine == "Arrest" or c.type == "ASSAULT" and c.mode == "abduct") or c.trig.pos != "V" \
                    or lemma_of(c.tok) not in ("hold", "keep") or c.tok.dep_ != "acl" or c.tok.tag_ != "VBN" or not c.recipients:
                continue
            if any(self.table.sector_of(k) in STATE_SECTORS for k in c.actors):
                continue  # ("three persons held by police were released on bail": a state's holding is an arrest of its own)
            r = next((r for r in releases if set(c.recipients) <= set(r.recipients)), None)
            if r is not None:
                r.actors = r.actors or [k for k in c.actors if k not in r.recipients]  # (who held them lets them go)
                drafts.remove(c)

    def _in_effect(self, verb: Token) -> bool:
        """'took hold', 'held', 'came into force', 'went into effect', 'took effect', 'began': the subject is carried out."""
        lemma, kids = lemma_of(verb), self.kids[verb.i]
        if lemma in ("hold", "begin", "start") and not negated_verb(kids):
            return True
        if lemma == "take" and any(c.dep_ in OBJ and lemma_of(c) in ("hold", "effect") for c in kids):
            return True
        return lemma in ("come", "go", "enter") and any(lemma_of(p) in ("force", "effect") for p in self._prep_objects([verb], ("into",)))

    def _riots(self, drafts: list[_Draft]) -> bool:
        """'the mob pelted stones at the police': violence by a crowd with stones, sticks or fire is a riot
        (PLOVER PROTEST 'riot'), not an armed assault — unless it kills.  True when one was retyped."""
        changed = False
        for d in drafts:
            if d.type != "ASSAULT" or d.fine == "Killing" or d.mode not in ("primitive", None, "beat"):
                continue
            if not d.actors or d.counts and any(c.kind == "dead" for c in d.counts):
                continue
            crowd = all(self.table.cls_of(a) == "Group" and any(w in CROWD_WORDS for w in self.table.label_of(a).lower().split())
                        for a in d.actors)
            if crowd and (d.mode == "primitive" or lemma_of(d.tok) in RIOT_VERBS):
                d.type, d.fine, d.mode = "PROTEST", None, "riot"
                changed = True
        return changed

    @staticmethod
    def _topics(drafts: list[_Draft]) -> None:
        """'talks on an Israeli troop pullback', 'an agreement on the release of …': an event named as the
        subject matter of talks, agreements, requests, refusals or threats is not asserted by them."""
        at = {d.tok.i: d for d in drafts}
        for d in drafts:
            tok = d.tok
            if d.trig.pos == "N" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and lemma_of(tok.head.head) in TERMS_NOUNS \
                    and tok.head.head.dep_ == "pobj":
                tok = tok.head.head  # ("haggled over the terms of an amnesty": the amnesty is still what they talk about)
            if not (d.trig.pos == "N" and tok.dep_ == "pobj" or tok.dep_ == "pcomp" and tok.tag_ == "VBG") \
                    or tok.head.lower_ not in TOPIC_PREPS:
                continue  # ("came to terms on reopening road links": a gerund topic too)
            noun = tok.head.head
            g = at.get(noun.i)
            if g is None and noun.dep_ in OBJ:
                g = at.get(noun.head.i)  # "held talks on …" read as one verb phrase
            if g is None and noun.pos_ == "VERB":
                # "renewed negotiations today on a pullback": the preposition hangs on the verb
                g = next((at[o.i] for o in noun.children if o.dep_ in OBJ and o.i in at), None)
                if g is None:
                    # ("opened a new round of negotiations in Juba on Monday on the release of …": the talks a part names)
                    g = next((at[p.i] for o in noun.children if o.dep_ in OBJ and lemma_of(o) in PART_NOUNS
                              for of in o.children if of.lower_ == "of" for p in of.children if p.dep_ == "pobj" and p.i in at), None)
            if g is not None and g is not d and g.type in PROSPECTIVE_TYPES and g.type != d.type:
                d.hypothetical = True
            elif d.type not in ("AGREE", "SUPPORT") and (lemma_of(noun) in AGREEMENT_NOUNS and noun.pos_ == "NOUN" or noun.pos_ == "VERB" and any(
                    o.dep_ in OBJ and lemma_of(o) in AGREEMENT_NOUNS and o.i < tok.i for o in noun.children)):
                d.hypothetical = True  # ("signed a treaty on sharing the waters of the Ganges": what the treaty is about)

    def _joint_manoeuvres(self, drafts: list[_Draft]) -> None:
        """'French and Egyptian warships launched ten days of war games': exercises held by the forces of two or
        more countries are military cooperation (CAMEO 062), those of one country a show of force (MOBILIZE)."""
        for d in drafts:
            if d.type != "MOBILIZE" or d.trig.pos != "N" or lemma_of(d.tok) not in MANOEUVRES:
                continue
            if self._joint_named(d.tok):
                d.type, d.fine, d.mode = "COOPERATE", None, None  # ("a joint counter-terrorism drill": two sides by its name)
                continue
            if self._held_by_countries(d.tok):
                d.type, d.fine, d.mode = "COOPERATE", None, None

    def _held_by_countries(self, tok: Token) -> bool:
        """Whether the doers of the verb an exercise noun is the object of name two or more countries ("French and
        Egyptian warships launched ten days of war games", "warships from India and Singapore")."""
        node = tok
        if node.dep_ == "pobj" and self.kids.head(node).lower_ == "of":
            node = self.kids.head(self.kids.head(node))  # ("launched ten days of war games")
        verb = self.kids.head(node) if node.dep_ in OBJ else None
        steps = 0
        while verb is None and node.dep_ in ("pobj", "prep") and self.kids.head(node) is not node and steps < 5:
            node = self.kids.head(node)  # ("stormed ashore in the opening phase of the Cobra Gold exercises")
            steps += 1
            if node.pos_ == "VERB":
                verb = node
        parties = [c for c in self.kids[verb.i] if c.dep_ in SUBJ] if verb is not None else []
        return len(self._countries_in(parties)) >= 2

    def _joint_named(self, tok: Token) -> bool:
        """Whether a noun's own phrase calls it joint ("a ten-day joint counter-terrorism drill"), wherever the parser hangs
        the word."""
        return any(t.lower_ in JOINT_WORDS for t in self.toks[tok.left_edge.i:tok.i])

    def _intent_content(self, drafts: list[_Draft]) -> None:
        """'vowed to retaliate', 'is prepared to impose martial law': a stated intention to do harm is
        a threat (PLOVER THREATEN), not an offer of cooperation."""
        for d in drafts:
            if d.type != "AGREE" or lemma_of(d.tok) not in INTENT_LEMMAS:
                continue
            content = self._stated_acts(d.tok)
            content += [x for c in content for x in self.kids.conjuncts(c)]
            # ("vowed to answer any strike with nuclear retaliation": the harm may be the act's instrument)
            content += [p for c in content for w in self.kids[c.i] if w.dep_ == "prep" and w.lower_ == "with"
                        for p in self.kids[w.i] if p.dep_ == "pobj"]
            # ("was ready to … if …": the condition may hang on the copula)
            conditional = self._conditional(d.tok) or any(self._conditional(c) for c in content) or \
                d.tok.dep_ == "acomp" and self._conditional(self.kids.head(d.tok))
            if conditional:
                # "vowed to paralyse the country with a general strike if parliament passed the bill": on a
                # condition, the harm may be the object or instrument of the act vowed
                content += [p for c in content for o in self.kids[c.i] if o.dep_ in OBJ or o.dep_ == "prep"
                            for p in ([o] if o.dep_ in OBJ else [p for p in self.kids[o.i] if p.dep_ == "pobj"])]
                # ("was ready to declare a state of siege if …": the state declared is what its of-phrase names)
                content += [p for c in content if lemma_of(c) == "state" for o in self.kids[c.i] if o.lower_ == "of"
                            for p in self.kids[o.i] if p.dep_ == "pobj"]
            # ("pledged not to use force against each other": a harm forsworn is no threat)
            harm = [x for x in drafts if x is not d and x.tok in content and (x.type in CONFLICTUAL | {"THREATEN"} or x.type == "REJECT" and conditional)
                    and not x.negated and not (x.type == "MOBILIZE" and self._helping(x))]
            if harm and not any(x.tok in content and x.type in COOPERATIVE | {"AGREE"} for x in drafts if x is not d):
                d.type, d.fine, d.mode = "THREATEN", None, self._threat_mode(harm[0])
                if not d.recipients and conditional:
                    # ("ready to declare a state of siege if the peasants did not lift the blockades": the threat is
                    # aimed at whoever the condition names)
                    heads = [d.tok, self.kids.head(d.tok), *content]
                    d.recipients = [k for h in heads for a in self.kids[h.i] if a.dep_ == "advcl" and any(
                        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in self.kids[a.i])
                        for k in self._keys([x for x in self.kids[a.i] if x.dep_ in SUBJ | PASS_SUBJ]) if k not in d.actors]
            elif not harm and any(x.tok in content and x.negated and x.type in ("CONCEDE", "RETREAT") for x in drafts if x is not d):
                d.type, d.fine, d.mode = "REJECT", None, None  # "vowed not to back down", "pledged never to withdraw"

    @staticmethod
    def _helping(d: _Draft) -> bool:
        """'send 500 police officers to help restore order': forces sent to help, protect or keep the peace."""
        for c in d.tok.children:
            if c.dep_ in ("advcl", "xcomp") and lemma_of(c) in HELP_LEMMAS:
                return True
            if c.dep_ in OBJ and any(r.dep_ in ("relcl", "acl") and lemma_of(r) in HELP_LEMMAS for r in c.children):
                return True  # "send 1,000 troops to serve with the U.N. force"

            if c.dep_ == "prep" and c.lower_ == "to" and any(lemma_of(p) in ("help", "aid", "assistance", "rescue") for p in c.children):
                return True
        return False

    @staticmethod
    def _governor(d: _Draft, drafts: list[_Draft]) -> _Draft | None:
        """The event a purpose or manner clause hangs on: its head's event, or the event noun that is
        the object of its head ("began a hunger strike to protest …")."""
        head = d.tok.head
        if head is d.tok:
            return None
        for g in drafts:
            if g is not d and g.tok.i == head.i and g.tok.i != d.tok.i:
                return g
        for g in drafts:
            if g is not d and g.tok.head.i == head.i and g.tok.dep_ in OBJ and g.trig.pos == "N":
                return g
        for g in drafts:
            # "converging for a rally in Lagos to protest …"
            if g is not d and g.trig.pos == "N" and g.tok.dep_ == "pobj" and g.tok.head.dep_ == "prep" and g.tok.head.head.i == head.i:
                return g
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            for g in drafts:
                # ("converging for a rally to protest …" where the rally is read as the converging itself)
                if g is not d and g.tok.i == head.head.head.i and g.type == "PROTEST":
                    return g
        return None

    def _protest_effects(self, drafts: list[_Draft]) -> None:
        """'a general strike that shut down Kathmandu', 'a strike that paralysed the port': what a protest did to a
        city is the protest's own effect, no closure by anyone (PLOVER codes the strike)."""
        for d in list(drafts):
            t = d.tok
            if d.type == "PROTEST" and d.mode == "obstruct" and lemma_of(t) == "bring" and t.tag_ == "VBG":
                # ("squatted across the highway for a third day, bringing traffic to a halt": the protest's effect)
                g = next((x for x in drafts if x is not d and x.type == "PROTEST" and not x.negated and not x.hypothetical), None)
                if g is not None:
                    g.actors = g.actors or d.actors
                    drafts.remove(d)
                    continue
            if d.type in ("COERCE", "SANCTION") and d.trig.pos == "V" and any(
                    x is not d and x.type == "PROTEST" and x.trig.pos == "N" and x.tok.dep_ == "nsubj" and self.kids.head(x.tok) is t
                    for x in drafts):
                drafts.remove(d)  # ("a 24-hour general strike called by the labour federation shut down shops and banks")
                continue
            if d.type not in ("COERCE", "SANCTION") or d.trig.pos != "V" or t.dep_ != "relcl" or d.actors:
                continue
            noun = self.kids.head(t)
            at = {noun.i}
            if noun.dep_ == "pobj" and self.kids.head(noun).lower_ == "in":
                at.add(self.kids.head(self.kids.head(noun)).i)  # ("downed tools in a strike that halted exports")
            g = next((x for x in drafts if x is not d and x.tok.i in at and x.type == "PROTEST"), None)
            if g is not None and any(c.dep_ in SUBJ and c.lower_ in ("that", "which") for c in self.kids[t.i]):
                drafts.remove(d)

    def _yielding_manner(self, drafts: list[_Draft]) -> None:
        """'resigned, caving in to demands', 'bowing to pressure, agreed to …', 'began supplying drugs, meeting a key demand':
        a participle of giving way says how the act was done; the act is the event (PLOVER codes it, not a second
        concession)."""
        for d in list(drafts):
            t = d.tok
            if d.type == "CONCEDE" and d.trig.pos == "V" and lemma_of(t) in YIELDING_VERBS and not d.negated and not d.hypothetical:
                # ("bowed to military and civilian pressure and stepped down": the act done in giving way is the concession)
                done = [x for x in drafts if x is not d and x.tok.dep_ == "conj" and self.kids.head(x.tok).i == t.i
                        and (x.type in ("AGREE", "SUPPORT") or x.type == "RETREAT" and x.mode == "resign")
                        and not x.negated and not x.hypothetical]
                if done:
                    for x in done:
                        x.type, x.fine, x.mode = "CONCEDE", None, None
                        x.recipients = _uniq(x.recipients + [k for k in d.recipients if k not in x.actors])
                    drafts.remove(d)
                    continue
            if d.type != "CONCEDE" or t.tag_ != "VBG" or t.dep_ != "advcl" or lemma_of(t) not in YIELDING_VERBS:
                continue
            head = self.kids.head(t)
            at = {head.i, *(c.i for c in self.kids[head.i] if c.dep_ == "xcomp")}  # ("began supplying drugs, meeting …")
            # ("handed in his resignation on Tuesday, bowing to months of public anger": a resignation told by a noun)
            at |= {c.i for c in self.kids[head.i] if c.dep_ in OBJ and any(
                x.tok.i == c.i and x.type == "RETREAT" and x.mode == "resign" for x in drafts)}
            acts = [x for x in drafts if x is not d and (x.tok.i in at or x.derived_from in at and x.type == "AGREE")
                    and x.type not in ("CONCEDE", "STATEMENT") and not x.negated]
            if not acts:
                # ("voted to lift a ban on the Kurdish language, meeting a key demand of Kurdish groups": the act is a
                # concession told already; the participle only says to whom)
                acts = [x for x in drafts if x is not d and x.tok.i in at and x.tok.i != head.i and x.type == "CONCEDE"
                        and not x.negated and not x.hypothetical]
                for x in acts:
                    x.recipients = _uniq(x.recipients + [k for k in d.recipients if k not in x.actors])
                if acts:
                    drafts.remove(d)
                continue
            for x in acts:
                # ("Yielding to intense pressure from Washington, Israel has scrapped a deal to sell …": dropping a course
                # of its own to give way is the concession too)
                # ("Kuwait's government resigned, bowing to opposition demands for a new cabinet", "said he would
                # reinstate the dissolved House, bowing to three weeks of mass protests": a resignation or a promise made
                # in giving way accedes to the demand, CAMEO 083x)
                if x.type in ("AGREE", "SUPPORT", "REJECT") and not x.hypothetical or x.type == "RETREAT" and x.mode == "resign":
                    # ("voted to lift the ban, meeting a key demand", "approved a law …, bowing to pressure"): a vote or a
                    # law that gives way is the concession itself (PLOVER's CONCEDE)
                    x.type, x.fine, x.mode = "CONCEDE", None, None
                    x.recipients = _uniq(x.recipients + [k for k in d.recipients if k not in x.actors])
            drafts.remove(d)

    def _answered_asks(self, drafts: list[_Draft]) -> None:
        """'gave in to opposition demands', 'turned down an American request', 'spurned an offer of talks', 'refused
        despite appeals from its neighbours': a demand, request or offer named as what an answer answers was made
        before and is told again; PLOVER codes the answer, aimed at whoever asked. The ask is no event of its own
        (what it asked for keeps its own reading: 'calls for his resignation' asserts no resignation)."""
        at = {d.tok.i: d for d in drafts}
        for d in list(drafts):
            if d.type not in ANSWER_TYPES or d.trig.pos != "V" or d not in drafts:
                continue
            heads = [d.tok, *(c for c in self.kids[d.tok.i] if c.dep_ == "prt")]
            objs = [o for o in self.kids[d.tok.i] if o.dep_ in OBJ]
            # ("bowed to", "scoffed at", "turned a deaf ear to", "despite appeals from")
            named = objs + self._prep_objects(heads + objs, ("to", "at", "against", "despite"))
            # ("met most of their demands": the part of what was asked)
            named += self._prep_objects([o for o in named if o.pos_ in ("ADJ", "NUM", "PRON", "DET")], ("of",))
            asks = [at[o.i] for o in named if o.i in at and at[o.i] is not d and at[o.i].trig.pos == "N"
                    and at[o.i].type in ("REQUEST", "AGREE") and lemma_of(o) in ASKED_NOUNS]
            if d.type in ("SUPPORT", "REJECT"):
                # ("defended Iraq and Libya against Western criticism of their arms industries", "rejected U.S. accusations
                # that …": criticism defended against or refused was made before, told again by the answer; a defence
                # stays aimed at whom it defends)
                for o in named:
                    x = at.get(o.i)
                    if x is not None and x is not d and x in drafts and x.trig.pos == "N" and x.type == "ACCUSE" \
                            and lemma_of(o) in CRITICISM_NOUNS:
                        if d.type == "REJECT" and not d.recipients:
                            d.recipients = [k for k in x.actors if k not in d.actors]
                        drafts.remove(x)
            for a in asks:
                askers = [k for k in a.actors if k not in d.actors]
                inside = self.kids.subtree_ids(a.tok)
                if askers and all(any(k in self.table.keys_for(self.toks[i]) for i in inside) or k in a.actors
                                  for k in d.recipients):
                    d.recipients = _uniq(askers)
                drafts.remove(a)

    def _dropped_agreements(self, drafts: list[_Draft]) -> None:
        """'has scrapped a 250 million dollar deal to sell …', 'suspended the accord': an agreement named as what is
        scrapped, suspended or given up was made before; the act on it is the event, not a new agreement."""
        for d in list(drafts):
            if d.type not in ("REJECT", "CONCEDE", "SANCTION", "RETREAT") or d not in drafts:
                continue
            if d.trig.pos == "V":
                named = [o for o in self.kids[d.tok.i] if o.dep_ in OBJ]
            else:  # ("announced their rejection of the revised Contadora peace treaty": the act told by a noun)
                named = self._prep_objects([d.tok], ("of",)) if d.type in ("REJECT", "SANCTION") else []
            for o in named:
                if lemma_of(o) not in AGREEMENT_NOUNS - {"ceasefire", "truce", "armistice"}:
                    continue
                x = next((x for x in drafts if x.tok.i == o.i and x.type == "AGREE" and x.trig.pos == "N"), None)
                if x is not None:
                    drafts.remove(x)

    def _time_to_leave(self, drafts: list[_Draft]) -> None:
        """'declared two diplomats persona non grata and gave them 48 hours to leave': the time given to leave is the
        expulsion just told, not a second one."""
        for d in list(drafts):
            if d.type != "SANCTION" or d.mode != "expel" or lemma_of(d.tok) != "give" or d.tok.dep_ not in ("conj", "advcl"):
                continue
            # (the verb it is joined to may be misread: "declared two diplomats persona non grata … and gave them …")
            # ("ordered the expulsion of a correspondent on Thursday, giving him 48 hours to leave": or a deportation)
            g = next((x for x in drafts if x is not d and (x.type == "SANCTION" or x.fine == "Deportation") and x.tok.i < d.tok.i
                      and not x.negated and not x.hypothetical), None)
            if g is not None:
                drafts.remove(d)

    def _agreement_effects(self, drafts: list[_Draft]) -> None:
        """'signed a peace agreement, ending a two-year war', 'a peace accord ending the insurgency': the end of a war an
        agreement brings is what the agreement did, not a withdrawal or disarmament of its own."""
        for d in list(drafts):
            t = d.tok
            if d.type != "RETREAT" or lemma_of(t) != "end" or t.tag_ != "VBG" or t.dep_ not in ("advcl", "acl"):
                continue
            head = self.kids.head(t)
            if any(x is not d and x.tok.i == head.i and x.type in ("AGREE", "SUPPORT") for x in drafts) \
                    or lemma_of(head) in AGREEMENT_NOUNS and head.pos_ == "NOUN":
                drafts.remove(d)

    def _peacekeepers_sent(self, drafts: list[_Draft]) -> None:
        """'has undertaken to send a further 800 soldiers to the ECOMOG peacekeeping force', 'sent the first 500 paratroopers
        of a CIS peacekeeping force into Abkhazia': troops sent to or as a peacekeeping force are aid (CAMEO 074), promised
        or done; told before what a promise of them is, AGREE, is read."""
        for d in drafts:
            if d.type != "MOBILIZE" or d.trig.pos != "V" or d.negated:
                continue
            sent = [o for o in self.kids[d.tok.i] if o.dep_ in OBJ] + self._prep_objects([d.tok], ("to", "into", "with"))
            if any(w.lower_ in PEACEKEEPING_FORCES for p in sent for w in p.subtree):
                d.type, d.mode = "AID", "peacekeeping"

    def _protective_deployments(self, drafts: list[_Draft]) -> None:
        """'Argentina has sent a 500-strong battalion to Haiti to shield food convoys', 'Ugandan soldiers … have been
        deployed to guard Mogadishu's seaport, protecting Somalia's transitional government', 'soldiers have been deployed
        along the Oder to shore up crumbling dykes': forces sent to protect another country, or to help people a
        disaster struck, give aid (CAMEO 074, 073); forces sent to guard their own country's streets stay mobilised."""
        for d in drafts:
            if d.type != "MOBILIZE" or d.trig.pos != "V" or d.negated or d.mode not in ("troops", "police", None) \
                    or negated_verb(self.kids[d.tok.i]):
                continue  # ("decided not to send troops to protect civilians": a refusal is read of the troops not sent)
            purposes = [c for c in self.kids[d.tok.i] if c.dep_ in ("advcl", "xcomp") and lemma_of(c) in PROTECTING_LEMMAS
                        and infinitive(c, self.kids)]
            if not purposes:
                continue
            told = [w for p in purposes for w in p.subtree]
            if any(lemma_of(w) in DISASTER_WORDS for w in told):
                d.type, d.mode = "AID", "humanitarian"
                continue
            own = {c for k in d.actors for c in [self.table.country_of_key(k)] if c}
            places = told + [w for p in self._prep_objects([d.tok], ("to", "into")) for w in p.subtree]
            there = {c for w in places for k in self.table.keys_for(w) for c in [self.table.country_of_key(k)] if c}
            if own and there and not own & there:
                d.type, d.mode = "AID", "peacekeeping"

    def _manner_acts(self, drafts: list[_Draft]) -> None:
        """'rescued 12 hostages … in a dawn raid', 'marched through Santiago … in the largest opposition rally in a decade':
        an act named after "in" on the verb of another says how that act was done; one act, told by the verb."""
        for d in list(drafts):
            t = d.tok
            at_meeting = d.type == "CONSULT" and self.kids.head(t).lower_ == "at"  # ("played host to Gorbachev … at the first summit")
            latest = d.type == "ASSAULT" and any(c.dep_ == "amod" and c.lower_ in SERIES_WORDS for c in self.kids[t.i])
            # ("provided Costa Rica with patrol vehicles … as part of its assistance programme": the programme the act is part of)
            # ("its assistance programme": the noun the act's word modifies)
            base = self.kids.head(t) if t.dep_ == "compound" and d.trig.pos == "N" else t
            part_of = base.dep_ == "pobj" and self.kids.head(base).lower_ == "of" \
                and lemma_of(self.kids.head(self.kids.head(base))) == "part" and self.kids.head(self.kids.head(base)).dep_ == "pobj" \
                and self.kids.head(self.kids.head(self.kids.head(base))).lower_ == "as"
            if part_of:
                t = self.kids.head(self.kids.head(base))  # ("part", whose "as" hangs on the verb, read as "in" would be)
            if d.trig.pos != "N" or not part_of and (t.dep_ != "pobj" or self.kids.head(t).lower_ != "in" and not at_meeting) \
                    or lemma_of(t) not in MANNER_NOUNS and not at_meeting and not latest and d.type == "ASSAULT":
                continue
            # ("handed over the trafficker to U.S. marshals … in the first extradition of a Colombian national": an act
            # of the verb's own kind named after "in" is the verb's act too)
            own_kind = lemma_of(t) not in MANNER_NOUNS and not at_meeting and not latest
            verb = self.kids.head(self.kids.head(t))
            g = None
            for _ in range(3):  # ("marched …, demanding that Pinochet step down, in the largest rally": up to the act)
                g = next((x for x in drafts if x is not d and x.tok.i == verb.i and x.trig.pos == "V" and not x.negated
                          and not x.hypothetical), None)
                if g is not None or verb.dep_ not in ("ccomp", "advcl", "xcomp") or verb.pos_ != "VERB":
                    break
                verb = self.kids.head(verb)
            if own_kind and (g is None or g.type != d.type):
                continue
            if g is not None and latest and g.type == "ASSAULT":
                # ("tore through an army truck, killing four soldiers in the latest attack by Islamist insurgents": the
                # killing named again as the latest of a series, by whom; a weapon told as its doer gives way to them)
                if d.actors and (not g.actors or all(self._weapon_label(k) for k in g.actors)):
                    g.actors = [k for k in d.actors if k not in g.recipients]
                drafts.remove(d)
                continue
            if g is None or g.type == "ASSAULT" or d.type == "ASSAULT" and not (g.type == "COERCE" and lemma_of(t) in MANNER_NOUNS) \
                    or g.type != d.type and g.type not in ("AID", "COERCE", "RETREAT") \
                    and not (g.type == "PROTEST" and lemma_of(t) == "show"):
                # (a killing "in a raid" is coded with the raid; a march "in the largest show of strength" is the march;
                # "detained 23 activists in pre-dawn raids": the arrests, made by raiding)
                continue
            g.actors = g.actors or [k for k in d.actors if k not in g.recipients]
            if own_kind:  # (whom the act's noun names: "transferred 300 million dollars in grants and soft loans to Lebanon")
                g.recipients = _uniq(g.recipients + [k for k in d.recipients if k not in g.actors])
            drafts.remove(d)

    def _ending_told_twice(self, drafts: list[_Draft]) -> None:
        """'completed the withdrawal of its last 2,400 peacekeepers from Somalia, ending a two-year mission': a comma
        participle of ending that tells the act before it again (of the same type) is that act, not a second one."""
        for d in list(drafts):
            t = d.tok
            if d.trig.pos != "V" or lemma_of(t) != "end" or t.tag_ != "VBG" or t.dep_ not in ("advcl", "conj") or d.negated or d.hypothetical:
                continue
            head = self.kids.head(t)
            # (the verb's object, or the act it voted for: "voted to return to work, ending a six-week walkout")
            at = {head.i, *(o.i for o in self.kids[head.i] if o.dep_ in OBJ or o.dep_ == "xcomp")}
            if any(x is not d and x.tok.i in at and x.type == d.type and not x.negated for x in drafts):
                drafts.remove(d)

    def _protest_as_motive(self, drafts: list[_Draft]) -> None:
        """'walked out of the Stormont peace talks in protest at Sinn Fein's entry': when the verb an "in protest" phrase
        hangs on was read as an act of another kind (a walkout from talks is SANCTION), the phrase says why it was done,
        no demonstration of its own."""
        for d in list(drafts):
            t = d.tok
            if d.type != "PROTEST" or d.trig.pos != "N" or lemma_of(t) != "protest" or t.dep_ != "pobj" \
                    or self.kids.head(t).lower_ != "in" or any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in self.kids[t.i]):
                continue
            verb = self.kids.head(self.kids.head(t))
            if any(x is not d and x.tok.i == verb.i and x.type not in ("PROTEST", "STATEMENT") and not x.hypothetical and not x.negated
                   for x in drafts):
                drafts.remove(d)

    def _quit_talks(self, drafts: list[_Draft]) -> None:
        """'pulled out of Norwegian-brokered peace negotiations with Colombo': talks one walks out of are the withdrawal's
        object, not a meeting told of their own."""
        for d in list(drafts):
            t = d.tok
            if d.type != "CONSULT" or d.trig.pos != "N" or t.dep_ != "pobj" or self.kids.head(t).lower_ not in ("of", "from"):
                continue
            verb = self.kids.head(self.kids.head(t))
            if verb.lower_ == "out" and verb.pos_ == "ADP":
                verb = self.kids.head(verb)  # ("pulled out of …": "of" on "out")
            g = next((x for x in drafts if x.tok.i == verb.i and x.type == "SANCTION"), None)
            if g is not None:
                g.recipients = _uniq(g.recipients + [k for k in d.recipients if k not in g.actors])
                drafts.remove(d)

    def _enabled_effects(self, drafts: list[_Draft]) -> None:
        """'lifted a ban on six magazines, allowing them to return to the newsstands', '…, clearing the way for their return
        to politics': what a concession makes possible is its consequence, not a second act, and not yet done."""
        for d in drafts:
            t = d.tok
            if d.trig.pos != "V" or d.type not in YIELDING_TYPES or d.negated or d.hypothetical:
                continue
            for c in self.kids[t.i]:
                if not self._comma_participle(c) or lemma_of(c) not in ENABLING_VERBS:
                    continue
                inside = self.kids.subtree_ids(c)
                for x in list(drafts):
                    if x is d or x.tok.i not in inside:
                        continue
                    if x.tok.i == c.i:
                        drafts.remove(x)
                    else:
                        x.hypothetical = True

    def _mutual_acts(self, drafts: list[_Draft]) -> None:
        """'began inspecting each other's atomic installations', 'slashed tariffs on each other's capital goods': what two
        sides do to each other's sites or goods by agreement is cooperation (CAMEO 06)."""
        for d in drafts:
            if d.trig.pos != "V" or d.type not in MUTUAL_TYPES:
                continue
            objs = [o for o in self.kids[d.tok.i] if o.dep_ in OBJ | PASS_SUBJ]
            objs += self._prep_objects(objs, ("on", "of"))
            # ("tariffs on products traded between Brazil and Argentina were slashed": between the two of them)
            if any(p.dep_ == "poss" and p.lower_ in ("other", "another") and any(q.lower_ in ("each", "one") for q in self.kids[p.i])
                   for o in objs for p in self.kids[o.i]) or d.type == "CONCEDE" and any(
                    w.lower_ == "between" and any(p.dep_ == "pobj" and any(c.dep_ == "conj" for c in self.kids[p.i])
                                                  and self._sides(p) for p in self.kids[w.i])
                    for o in objs for w in o.subtree):
                d.type, d.fine, d.mode = "COOPERATE", None, None

    def _sides(self, tok: Token) -> bool:
        """Whether a phrase names sides that can deal with each other, not places ("between Brazil and Argentina", not
        "the highway between Cochabamba and Santa Cruz")."""
        keys = list(self.table.keys_for(tok)) + [k for c in self.kids[tok.i] if c.dep_ == "conj" for k in self.table.keys_for(c)]
        return not any(self.table.cls_of(k) == "Location" for k in keys)

    def _provided_for(self, drafts: list[_Draft]) -> None:
        """'signed a defence pact that lets U.S. forces hold joint exercises there', 'under a trade protocol that
        supplies the kingdom with oil', 'citing a U.S. law that bars assistance to governments that take power in a coup':
        what an agreement or a law provides for, told in a relative clause on it, is its terms, not an act told as done."""
        for d in drafts:
            if d.negated or d.hypothetical:
                continue
            node = d.tok
            if d.trig.pos == "N":
                if node.dep_ not in OBJ:
                    continue
                node = self.kids.head(node)  # ("… hold joint exercises there": the noun's verb)
            for _ in range(4):
                if node.dep_ == "relcl":
                    noun = self.kids.head(node)
                    if noun.pos_ == "NOUN" and lemma_of(noun) in AGREEMENT_NOUNS | PROVIDING_NOUNS \
                            and any(c.dep_ in SUBJ and c.lower_ in ("that", "which") for c in self.kids[node.i]):
                        d.hypothetical = True
                    break
                if node.dep_ not in ("xcomp", "ccomp", "conj") or self.kids.head(node) is node:
                    break
                node = self.kids.head(node)

    def _characterised_again(self, drafts: list[_Draft]) -> None:
        """'handed over a fugitive banker to Singapore police, the first extradition between the two neighbours in a
        decade', 'wrapped up the annual exercises, the largest joint drills held by the two allies': an act of the kind
        just told, set after a comma and ranked (first, largest, latest), is that act characterised, not a second one."""
        for d in list(drafts):
            t = d.tok
            if d.trig.pos != "N" or d.negated or d.hypothetical:
                continue
            left = t.left_edge
            if left.i < 2 or self.toks[left.i - 1].text != "," or left.lower_ not in ("the", "a", "an", "its", "their"):
                continue
            if not any(self.toks[i].lower_ in RANKING_WORDS or self.toks[i].tag_ in ("JJS", "RBS")
                       for i in range(left.i + 1, t.i)):
                continue
            g = next((x for x in drafts if x is not d and x.type == d.type and x.tok.i < left.i and not x.negated
                      and not x.hypothetical), None)
            if g is None:
                continue
            g.actors = g.actors or [k for k in d.actors if k not in g.recipients]
            drafts.remove(d)

    def _peacekeepers_withdrawn(self, drafts: list[_Draft]) -> None:
        """'pulled its 100 police officers out of the U.N. civilian police mission in Haiti': withdrawing one's own people
        from a peacekeeping mission cuts its support (CAMEO 1662), a sanction aimed at whom the mission serves."""
        for d in drafts:
            if d.type != "RETREAT" or d.trig.pos != "V" or d.fine == "Release":
                continue
            if any(self.table.sector_of(k) == "NGO" for k in d.actors) and any(
                    o.dep_ in OBJ and lemma_of(o) in AID_STAFF_NOUNS for o in self.kids[d.tok.i]):
                # ("Medecins Sans Frontieres has withdrawn its teams from North Korea": an aid group pulling its people
                # out withdraws its aid, CAMEO 1662)
                d.type, d.mode = "SANCTION", "withdraw"
                continue
            outs = [c for c in self.kids[d.tok.i] if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")]
            missions = [p for p in self._prep_objects([d.tok] + outs, ("of", "from")) if lemma_of(p) in ("mission", "force", "operation")]
            if any(w.lower_ in PEACEKEEPING_WORDS for m in missions for w in m.subtree):
                d.type, d.mode = "SANCTION", "withdraw"

    def _investigated_reports(self, drafts: list[_Draft]) -> None:
        """'began investigating reports of genocide in Darfur', 'has begun sifting evidence of genocide committed by the
        Khmer Rouge': what reports or evidence under inquiry tell is alleged, not established."""
        for x in drafts:
            if x.type != "ACCUSE" or x.mode != "investigate" or x.trig.pos != "V" or x.negated or x.hypothetical:
                continue
            told = [o for o in self.kids[x.tok.i] if o.dep_ in OBJ and lemma_of(o) in EVIDENCE_NOUNS | ALLEGATION_NOUNS]
            acts = {t.i for p in self._prep_objects(told, ("of",)) for t in (p, *self.kids.conjuncts(p))}
            for d in drafts:
                if d is not x and d.trig.pos == "N" and d.tok.i in acts:
                    d.hypothetical = True

    def _held_by_captors(self, drafts: list[_Draft]) -> None:
        """'the Revolutionary United Front set free 12 soldiers who had been held in Kailahun since an ambush', 'has
        promised to free two biologists seized in the highlands': people an armed group or gang frees (or promises to
        free) were held by it, a hostage-taking (ASSAULT, abduct), not an arrest; so is any holding by such a group."""
        captors = {k for x in drafts if x.fine == "Release" for k in x.actors if self.table.sector_of(k) in NONSTATE_SECTORS}
        freed = {r for x in drafts if x.fine == "Release" and set(x.actors) & captors for r in x.recipients}
        for d in drafts:
            if d.type != "COERCE" or d.trig.pos != "V":
                continue
            freed_by_captors = bool(set(d.recipients) & freed) and not set(d.actors) - captors
            # ("two soldiers held by the rebels", "two soldiers captured by Hezbollah": whom an armed group takes or
            # holds it holds hostage)
            taken_by_group = d.fine == "Arrest" and lemma_of(d.tok) in CAPTIVE_TAKING_VERBS and bool(d.actors) and all(
                self.table.sector_of(k) in NONSTATE_SECTORS for k in d.actors)
            if not (freed_by_captors or taken_by_group):
                continue
            if freed_by_captors:
                d.actors = d.actors or sorted(captors)
            d.type, d.fine, d.mode = "ASSAULT", "Attack", "abduct"
            # (how many were taken is the size of the hostage-taking, not a number arrested)
            d.counts = [replace(c, kind="count") if c.kind == "arrested" else c for c in d.counts]

    def _announced_decisions(self, drafts: list[_Draft]) -> None:
        """'Georgia's decision to sever diplomatic relations with Moscow was announced by its deputy foreign minister',
        'Senegal's decision to sever ties with Mauritania, announced in Dakar on Monday, …': a decision told as news,
        announced, is the act decided (a decision others welcome or condemn stays only decided)."""
        for d in drafts:
            t = d.tok
            if not d.hypothetical or d.negated or d.trig.pos != "V" or t.dep_ not in ("acl", "xcomp") or not infinitive(t, self.kids):
                continue
            noun = self.kids.head(t)
            if lemma_of(noun) != "decision" or not any(c.dep_ == "poss" for c in self.kids[noun.i]):
                continue
            verb = self.kids.head(noun)
            # (", announced in N'Djamena on Monday,": the participle may hang on a noun inside the phrase)
            told = noun.dep_ in PASS_SUBJ and lemma_of(verb) in ANNOUNCING_VERBS or any(
                c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and lemma_of(c) in ANNOUNCING_VERBS and self.toks[c.i - 1].text == ","
                for c in map(self.toks.__getitem__, self.kids.subtree_ids(noun)))
            if told:
                d.hypothetical = False

    def _ways_opened(self, drafts: list[_Draft]) -> None:
        """'opened the way on Friday for the deployment of 1,300 peacekeepers', 'paved the way for talks': what the way is
        opened for is still to come."""
        for d in drafts:
            t = d.tok
            if d.trig.pos != "N" or t.dep_ != "pobj" or self.kids.head(t).lower_ != "for":
                continue
            way = self.kids.head(self.kids.head(t))
            if way.pos_ == "VERB":
                way = next((o for o in self.kids[way.i] if o.dep_ == "dobj"), way)  # ("opened the way on Friday for …")
            # (only where opening the way is an event of its own: "cleared the way for his extradition" tells the
            # extradition)
            if lemma_of(way) not in ("way", "path", "door", "ground") or way.dep_ not in OBJ:
                continue
            opener = self.kids.head(way)
            # ("pardoned General Armada …, clearing the way for his release": the act a comma participle follows opens it)
            openers = [opener]
            while openers[-1].tag_ == "VBG" and openers[-1].dep_ in ("advcl", "xcomp", "conj") and len(openers) < 4:
                openers.append(self.kids.head(openers[-1]))
            if any(x.tok.i in {o.i for o in openers} for x in drafts if x is not d):
                d.hypothetical = True

    def _allowed_moves(self, drafts: list[_Draft]) -> None:
        """'Lebanon let U.N. peacekeeping troops move into villages along the southern border': the move one lets
        others make is the access given (RETREAT), not a move of their own against anyone."""
        lets = {d.tok.i for d in drafts if d.type == "RETREAT" and d.mode == "access" and d.trig.pos == "V"
                and not d.negated and not d.hypothetical}
        drafts[:] = [x for x in drafts if not (x.type in ("COERCE", "MOBILIZE", "ASSAULT") and x.trig.pos == "V"
                                               and x.tok.dep_ in ("xcomp", "ccomp") and self.kids.head(x.tok).i in lets)]

    def _phase_of_act(self, drafts: list[_Draft]) -> None:
        """'turned in their weapons …, the first phase of their demobilisation': the process a clause is set beside as a
        phase of is the act the clause tells, once."""
        for d in list(drafts):
            t = d.tok
            if d.trig.pos != "N" or t.dep_ != "pobj" or self.kids.head(t).lower_ != "of":
                continue
            phase = self.kids.head(self.kids.head(t))
            if lemma_of(phase) not in PART_NOUNS or phase.dep_ not in ("npadvmod", "appos", "dobj") or phase.left_edge.i == 0 \
                    or self.toks[phase.left_edge.i - 1].text != ",":
                continue
            verb = self.kids.head(phase)
            if any(x is not d and x.tok.i == verb.i and x.type == d.type for x in drafts):
                drafts.remove(d)

    def _vows_in_refusal(self, drafts: list[_Draft]) -> None:
        """'brushed aside U.S. calls for a freeze, vowing that building would go on': a vow to go on with what one is
        asked to stop restates the refusal; no promise of its own."""
        for d in list(drafts):
            t = d.tok
            if d.type != "AGREE" or lemma_of(t) not in VOWING_LEMMAS or not self._comma_participle(t):
                continue
            if any(x.tok.i == self.kids.head(t).i and x.type == "REJECT" and not x.negated for x in drafts):
                drafts.remove(d)

    def _rejected_contents(self, drafts: list[_Draft]) -> None:
        """'turned down a Thai offer to host talks between the junta and the rebels', 'vetoed a resolution deploring its
        military intervention', 'vetoed a resolution that would have eased the ban': what the offer, resolution or plan a
        refusal turns down would have done is not done (and no one promises it)."""
        refusals = [x for x in drafts if x.type == "REJECT" and x.trig.pos == "V" and not x.negated and not x.hypothetical]
        if not refusals:
            return
        inside: set[int] = set()
        for x in refusals:
            for o in self.kids[x.tok.i]:
                if o.dep_ in OBJ:
                    # (up to the first comma after the object: "refusing offerings from military families, two weeks after
                    # soldiers beat monks" — what follows the comma is told as done)
                    stop = next((k for k in range(o.i + 1, o.right_edge.i + 1) if self.toks[k].text in (",", ";")), o.right_edge.i + 1)
                    inside |= {i for i in self.kids.subtree_ids(o) if i != o.i and i < stop}
                    # ("vetoed a resolution deploring …", "turned down an offer to host talks": what the parser hangs on
                    # the verb right after the object, with no comma between, still says what the object is)
                    # ("a U.N. resolution on Saturday deploring …": a date between)
                    inside |= {i for c in self.kids[x.tok.i] if c.dep_ in ("advcl", "acl", "prep", "xcomp")
                               and 0 < c.left_edge.i - o.right_edge.i <= 4 and (c.dep_ != "prep" or c.lower_ == "to")
                               and not any(self.toks[k].text in (",", ";") for k in range(o.i + 1, c.left_edge.i + 1))
                               and (c.left_edge.i == o.right_edge.i + 1 or c.tag_ == "VBG")
                               for i in self.kids.subtree_ids(c)}
            # ("vetoed a bill that would have let 800 growers walk free, saying it would wreck his drive …": what the
            # refuser says the thing refused would do)
            near = list(self.kids[x.tok.i]) + [self.toks[i] for o in self.kids[x.tok.i] if o.dep_ in OBJ for i in self.kids.subtree_ids(o)]
            for c in near:
                if c.dep_ == "advcl" and c.tag_ == "VBG" and lemma_of(c) in ("say", "argue", "insist", "warn", "claim", "contend"):
                    inside |= {i for k in self.kids[c.i] if k.dep_ == "ccomp" and any(
                        s.dep_ in SUBJ and s.lower_ in ("it", "this", "they") for s in self.kids[k.i]) for i in self.kids.subtree_ids(k)}
        for d in list(drafts):
            if d.derived_from is not None and d.derived_from in inside and d.type in ("AGREE", "THREATEN"):
                drafts.remove(d)  # ("a resolution that would have eased the ban": no promise of anyone's)
            elif d.type not in ("REJECT", "STATEMENT") and d.tok.i in inside:
                d.hypothetical = True

    def _one_threat(self, drafts: list[_Draft]) -> None:
        """'Egypt will recall its ambassador if Israel goes ahead …, Foreign Minister Amr Moussa warned', 'has served
        notice on Syria that it is ready to use force unless …': the conditional act and the warning that tells it are
        one threat, told by the warning's verb (with the state it speaks for among its doers)."""
        threats = [d for d in drafts if d.type == "THREATEN" and not d.negated and not d.hypothetical]
        for b in threats:
            if b.trig.pos == "V" and b.tok.pos_ == "VERB":
                continue  # (b is a conditional told by "will" or "ready")
            clause = self.kids.head(b.tok)
            for a in threats:
                if a is b or a.trig.pos != "V" or a.tok.pos_ != "VERB" or b not in drafts or a not in drafts \
                        or self.sent_of[a.tok.i] != self.sent_of[b.tok.i]:
                    continue
                if clause.i in self.kids.subtree_ids(a.tok) or a.tok.i in self.kids.subtree_ids(clause):
                    a.actors = _uniq(a.actors + [k for k in b.actors if k not in a.recipients])
                    a.recipients = a.recipients or [k for k in b.recipients if k not in a.actors]
                    drafts.remove(b)
                    break

    def _restating_participles(self, drafts: list[_Draft]) -> None:
        """'freed 14 policemen they had held captive, handing them over to Red Cross officials': a participle that tells
        the same kind of act as the verb it hangs on tells that act again, not a second one (an attack's toll, a march's
        chants keep their own rules)."""
        for d in list(drafts):
            t = d.tok
            if d.type in ("ASSAULT", "PROTEST", "STATEMENT", "CONCEDE") or d.trig.pos != "V" or not self._comma_participle(t) \
                    or d.hypothetical or d.negated:
                continue  # (a concession "yielding to" a demand keeps its own rule: it names whom it yields to)
            up = self.kids.head(t)
            for _ in range(3):
                x = next((x for x in drafts if x is not d and x.tok.i == up.i and x.type == d.type and x.trig.pos == "V"
                          and not x.hypothetical and not x.negated and not infinitive(x.tok, self.kids)), None)
                if x is not None:
                    if set(d.actors) <= set(x.actors):
                        # ("muzzled the private channels, taking Geo TV and ARY off the air": whom it names too)
                        x.recipients = _uniq(x.recipients + [k for k in d.recipients if k not in x.actors])
                    drafts.remove(d)
                    break
                if up.dep_ not in ("relcl", "acl", "dobj") or up.head.i == up.i:
                    break
                up = self.kids.head(up)  # ("freed 14 policemen they had held captive, handing them over …")

    def _unasserted_objects(self, drafts: list[_Draft]) -> None:
        """What is talked about, striven for or labelled is not done by the telling: 'discussed … the pullout of the last
        Russian brigades', 'in a bid to broker the return of Georgian refugees', 'a move Tiraspol denounced as an economic
        blockade', 'saying there was nothing left to discuss'."""
        for d in list(drafts):
            t = d.tok
            if d.hypothetical or d.negated:
                continue
            head = self.kids.head(t)
            if d.trig.pos == "N" and t.dep_ in OBJ and head.pos_ == "VERB":
                if lemma_of(head) in DISCUSSING_VERBS and d.type in PROSPECTIVE_TOPIC_TYPES:
                    d.hypothetical = True
                elif not any(x.tok.i == head.i for x in drafts) and head.dep_ in ("acl", "advcl") and infinitive(head, self.kids) \
                        and lemma_of(self.kids.head(head)) in AIM_NOUNS:
                    d.hypothetical = True  # ("a bid to broker the return of …": the aim of an effort)
            elif d.trig.pos == "N" and t.dep_ == "pobj" and head.lower_ == "as" and lemma_of(self.kids.head(head)) in LABELLING_VERBS:
                drafts.remove(d)  # (a label: "denounced as an economic blockade")
                continue
            if d.trig.pos == "V" and t.dep_ in ("ccomp", "xcomp", "oprd") and infinitive(head, self.kids) and head.dep_ in ("acl", "advcl") \
                    and lemma_of(self.kids.head(head)) in AIM_NOUNS:
                d.hypothetical = True  # ("Moscow's bid to have Zakayev extradited": what the bid would have done)
                continue
            if d.type == "ASSAULT" and self._comma_participle(t) and any(x.tok.i == head.i and x.type == "ACCUSE" for x in drafts) \
                    and any(x.type == "ASSAULT" and x.hypothetical and x.tok.i < t.i and x.tok.i in self.kids.subtree_ids(head) for x in drafts):
                d.hypothetical = True  # ("accused Armenian forces of shelling villages, killing four civilians": alleged too)
                continue
            bidder = head
            if t.dep_ in ("acl", "relcl") and head.dep_ == "pobj" and self.kids.head(head).dep_ == "prep":
                bidder = self.kids.head(self.kids.head(head))  # ("telling them in a televised address to relinquish …")
            if d.trig.pos == "V" and infinitive(t, self.kids) and t.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl") and lemma_of(bidder) in BIDDING_VERBS:
                d.hypothetical = True  # ("…, telling them to relinquish power at once or be removed by force")
                continue
            up = t
            for _ in range(6):
                # ("accusing Sandinista troops of crossing into its territory to attack Contra bases", "… of masterminding bomb
                # attacks": what the alleged act takes in is alleged with it; not "the bombing" men are accused of carrying
                # out, which took place, nor an act joined to the accusing itself)
                if up.dep_ in ("pcomp", "pobj") and self.kids.head(up).lower_ == "of" and any(
                        x.type == "ACCUSE" and x.trig.pos == "V" and lemma_of(x.tok) in ALLEGING_VERBS | {"blame"}
                        and x.tok.i in (self.kids.head(self.kids.head(up)).i, self.kids.head(self.kids.head(self.kids.head(up))).i)
                        for x in drafts):
                    # ("accusing Dakar of bombing rebel bases": the alleged act itself, when the parser reads it as a noun)
                    if (up is not t or up.dep_ == "pobj" and d.trig.pos == "N") \
                            and not (d.trig.pos == "N" and any(c.dep_ == "det" and c.lower_ == "the" for c in self.kids[t.i])):
                        d.hypothetical = True
                    break
                if up.head.i == up.i or up.dep_ in ("relcl", "acl") or up.dep_ == "conj" and (any(x.tok.i == self.kids.head(up).i and x.type == "ACCUSE" for x in drafts)
                                                           or up.tag_ == "VBD" and self.kids.head(up).tag_ == "VBG"):
                    break  # ("… and called on NATO": a past form joins the accusing; a relative clause describes what it is on)
                up = self.kids.head(up)
            if d.hypothetical:
                continue
            node = t
            for _ in range(3):
                if node.dep_ not in ("acl", "relcl", "xcomp", "advcl") or node.head.i == node.i \
                        or node.dep_ == "advcl" and not infinitive(node, self.kids):
                    break
                node = self.kids.head(node)
                if node.lower_ in ("nothing", "nobody", "noone"):
                    d.negated = True  # ("there was nothing left to discuss")
                    break

    def _purposes(self, drafts: list[_Draft]) -> None:
        """'blocked roads to demand reforms', 'staged rallies, saying he must resign': the topic of a
        protest is part of the protest (PLOVER codes no separate REQUEST for it) and names its target;
        the purpose of any other event is intended, not done."""
        for d in list(drafts):
            tok = d.tok
            if d.trig.pos != "V":
                continue
            # "to help defend X", "to land and evacuate": climb to the head of the infinitive chain
            top = tok
            event_at = {x.tok.i for x in drafts}
            # ("to help it fight the rebels": "help" with a bare infinitive and its own subject, read as a clause)
            while (top.dep_ in ("xcomp", "conj") or top.dep_ == "ccomp" and lemma_of(self.kids.head(top)) == "help") \
                    and self.kids.head(top) is not top and self.kids.head(top).tag_ in ("VB",) and self.kids.head(top).i not in event_at and \
                    infinitive(self.kids.head(top), self.kids) and self.kids.head(top).dep_ in ("advcl", "xcomp"):
                top = self.kids.head(top)
            to_infinitive = infinitive(top, self.kids)
            if top.dep_ not in ("advcl", "xcomp", "acl", "pcomp") and not (top.dep_ == "relcl" and to_infinitive):
                continue  # ("a rally to protest …": an infinitival relative is the noun's purpose)
            participle = top.tag_ == "VBG" and top is tok
            if not (to_infinitive or participle):
                continue
            if top.dep_ == "xcomp" and to_infinitive:
                # "used tear gas to disperse …": an xcomp is a purpose only after a verb with an object
                # that does not itself ask, allow or plan ("urged X to …" is a request)
                head = self.kids.head(top)
                # physical acts take no infinitive complement: after them an infinitive is a purpose
                head_event = any(x.tok.i == head.i and x.type in PHYSICAL_TYPES for x in drafts)
                if lemma_of(head) in HYPOTHETICAL_HEADS | NEGATING_HEADS | OBJECT_CONTROL or not (head_event or any(c.dep_ in OBJ for c in self.kids[head.i])):
                    continue
            sub = replace(d, tok=top) if top is not tok else d
            g = self._governor(sub, drafts)
            if g is None and to_infinitive and top.dep_ == "advcl":
                # ("a general strike … shut shops … to restore democracy": the purpose of what the event noun that is the
                # clause's subject did)
                g = next((x for x in drafts if x is not d and x.trig.pos == "N" and x.tok.dep_ in SUBJ
                          and self.kids.head(x.tok).i == self.kids.head(top).i), None)
            if g is None and to_infinitive and top.dep_ == "advcl" and self.kids.head(top).dep_ == "acl" \
                    and self.kids.head(top).tag_ == "VBG" and self.kids.head(self.kids.head(top)).dep_ in OBJ:
                # ("barricaded the main highway linking Bobo-Dioulasso to the border … to press for higher prices": the
                # parser hung the purpose on the participle describing the object; it is the verb's)
                verb = self.kids.head(self.kids.head(self.kids.head(top)))
                g = next((x for x in drafts if x is not d and x.tok.i == verb.i), None)
            if g is None and tok.dep_ == "pcomp" and self.kids.head(tok).dep_ == "prep":
                # "joining demonstrators in demanding a referendum"
                up = self.kids.head(self.kids.head(tok))
                g = next((x for x in drafts if x is not d and x.tok.i == up.i), None)
                if g is None:
                    continue
            if g is None:
                head = self.kids.head(top)
                if to_infinitive and top.dep_ in ("advcl", "xcomp") and lemma_of(head) in ERRAND_VERBS \
                        and d.type in ("ASSAULT", "COERCE") \
                        and not any(c.dep_ == "prt" and c.lower_ in ("on", "ahead") for c in self.kids[head.i]):
                    # "the team that had gone to arrest a smuggler", "robbers who came to loot the van": an
                    # errand's harm is intended, not done ("went on to arrest" did; CAMEO codes "arrived to look into" as
                    # the inquiry itself)
                    d.hypothetical = True
                continue
            if g.type == "PROTEST" and d.type in PROTEST_TOPICS:
                self._fold_claim(g, d, drafts)
            elif to_infinitive and d.type == g.type and g.trig.pos == "V" and not g.hypothetical and not g.negated \
                    and not d.hypothetical and not d.negated and d.derived_from is None and g.derived_from is None \
                    and not (d.counts and g.counts):
                # "telephoned Aliyev to discuss the talks", "sent doctors to treat the wounded", "mobilised lobbies
                # to help support the Palestinians": a purpose of the act's own kind is what the act was for, one
                # event, not a second one done besides (its doer fills the role only where the act names none;
                # "shelled the town to kill the commander" stays an attack: the killing was only meant)
                g.actors = g.actors or [k for k in d.actors]
                g.recipients = _uniq(g.recipients + [k for k in d.recipients if k not in g.actors])
                drafts.remove(d)
            else:
                if to_infinitive and d.type != g.type and (g.trig.pos == "V" or g.tok.dep_ in SUBJ) and not g.hypothetical and not g.negated:
                    d.hypothetical = True
                if g.type in ("ASSAULT", "COERCE") and lemma_of(tok) in CONTROL_LEMMAS and not g.recipients:
                    # "fired in the air to disperse the mob", "resorted to a lathicharge to control the crowd":
                    # those to be dispersed are the ones the force was used on
                    g.recipients = [r for r in d.recipients if self.table.cls_of(r) == "Group" and r not in g.actors]

    def _ultimatums(self, drafts: list[_Draft]) -> None:
        """'told oil companies to pull their staff out of the delta or face a bloodbath': a demand with a penalty
        for not meeting it ("or face …", "or risk …") is an ultimatum (THREATEN)."""
        for d in drafts:
            if d.trig.pos == "V" and not d.hypothetical and infinitive(d.tok, self.kids) and any(
                    c.dep_ == "conj" and c.lower_ in PENALTY_VERBS and c.i > 0 and self.toks[c.i - 1].lower_ == "or"
                    for c in self.kids[d.tok.i]):
                d.hypothetical = True  # ("… to lay down their arms or face an all-out assault": what is demanded on pain of it)
        for d in drafts:
            # ("gave all foreigners until December 1 to leave Algeria or face death": an order to leave, too)
            if not (d.type == "REQUEST" or d.type == "SANCTION" and d.mode == "expel") or d.trig.pos != "V" or d.hypothetical \
                    or d.negated:
                continue
            # ("set the PUK a 48-hour deadline to pull its fighters out or face an all-out assault": on the time limit)
            objs = [o for o in self.kids[d.tok.i] if o.dep_ in OBJ | {"dative"}]
            objs += [a for o in objs for a in self.kids[o.i] if a.dep_ == "appos"]  # ("set the militia a deadline" read as one)
            limits = [k for o in objs if lemma_of(o) in DEADLINE_NOUNS | {"ultimatum"} for k in self.kids[o.i] if k.dep_ in ("acl", "relcl")]
            # ("gave some 2,000 families occupying a ranch 48 hours to leave or face eviction": however it is hung)
            worded = self._deadline_by_words(d.tok)
            for c in list(self.kids[d.tok.i]) + limits + ([worded] if worded is not None else []):
                if c.dep_ not in ("xcomp", "ccomp", "acl", "relcl", "advcl") or not infinitive(c, self.kids):
                    continue  # (an "advcl" when the time limit was read as in apposition: "set the rebels a deadline to …")
                # (the tagger may read "face" as a noun: "to lay down their arms or face annihilation")
                if any(t.lower_ in PENALTY_VERBS and t.i > 0 and self.doc[t.i - 1].lower_ == "or" for t in c.subtree):
                    d.type, d.fine, d.mode = "THREATEN", None, "ultimatum"
                    break

    def _demanded_clauses(self, drafts: list[_Draft]) -> None:
        """'brushed aside rebel demands that he step down', 'ignored calls that he resign': the parser reads the
        clause of a demand as a relative clause ("that" its object); a verb in the bare (mandative) form, or with a
        singular subject and no -s, tells what is demanded, not what was done."""
        for d in drafts:
            tok = d.tok
            if d.trig.pos != "V" or d.hypothetical or d.negated or tok.dep_ not in ("relcl", "acl") or tok.tag_ not in ("VB", "VBP"):
                continue
            noun = self.kids.head(tok)
            if lemma_of(noun) not in DEMAND_NOUNS:
                continue
            subj = [c for c in self.kids[tok.i] if c.dep_ in SUBJ and c.lower_ not in RELATIVE_PRONOUNS]
            if not subj:
                continue
            if tok.tag_ == "VB" or subj[0].lower_ in ("he", "she", "it") or subj[0].tag_ in ("NN", "NNP"):
                d.hypothetical = True

    def _light_purposes(self, drafts: list[_Draft]) -> None:
        """'offered the army helicopters to help it take the offensive', 'sent commandos to stage raids': an event
        noun that a light verb carries in a purpose infinitive is intended, not done (the verb itself is no event)."""
        at = {x.tok.i for x in drafts}
        for d in drafts:
            if d.trig.pos != "N" or d.hypothetical or d.negated or d.tok.dep_ != "dobj":
                continue
            verb = self.kids.head(d.tok)
            if verb.i in at or not self._light(verb) or not infinitive(verb, self.kids) and verb.tag_ != "VB":
                continue
            top = verb
            if top.dep_ in ("xcomp", "ccomp") and lemma_of(self.kids.head(top)) == "help" and self.kids.head(top).i not in at:
                top = self.kids.head(top)  # "to help it take the offensive"
            if top.dep_ == "advcl" and infinitive(top, self.kids) and self.kids.head(top).pos_ in ("VERB", "AUX") \
                    and self.kids.head(top).i in at:
                d.hypothetical = True

    def _fold_claim(self, g: _Draft, d: _Draft, drafts: list[_Draft]) -> None:
        """Make the demand (or charge) ``d`` part of the protest ``g``: whom it is aimed at becomes the protest's target,
        and those who make it the protest's doers where it names none ("a march by 5,000 supporters pressing for …")."""
        tok = d.tok
        g.actors = g.actors or [k for k in d.actors if k not in g.recipients]
        if all(self.table.cls_of(r) in ("Location", "Country") for r in g.recipients):
            named = [r for r in g.recipients if not self.table.is_local(r)]
            found = [r for r in d.recipients if r not in g.actors]
            if not found:
                for o in [c for c in self.kids[tok.i] if c.dep_ in OBJ] + [p for c in self.kids[tok.i] if c.dep_ == "prep" for p in self.kids[c.i] if p.dep_ == "pobj"]:
                    found += [k for k in self._np_participants(o) if k not in g.actors]
            found = [k for k in found if self.table.cls_of(k) != "Location"]  # whom it is against, not where
            if found:
                # the target of the protest, rather than the road it blocked (a named place stays)
                g.recipients = _uniq(named + found)
        drafts.remove(d)

    def _protest_claims(self, drafts: list[_Draft]) -> None:
        """'crowds demanding the governor's resignation stormed …', 'a march by students pressing for …', 'downed tools in
        support of demands for higher pay', 'fired on demonstrators calling for independence': what protesters demand (or
        protest against) is the protest's claim (CAMEO's 141x codes it inside the protest), not a request of its own."""
        for d in list(drafts):
            if d.type == "SUPPORT" and d.trig.pos == "N" and lemma_of(d.tok) == "solidarity" and d.tok.dep_ == "pobj" \
                    and self.kids.head(d.tok).lower_ == "in" and any(
                        x.type == "PROTEST" and x.tok.i == self.kids.head(self.kids.head(d.tok)).i for x in drafts):
                drafts.remove(d)  # ("are marching … in solidarity with the defenders of Afrin": whom the march is for)
                continue
            # (protesters "protesting the visit" as they burn an effigy: what they protest is the claim too)
            protesting = d.type == "ACCUSE" and d.trig.pos == "V" and lemma_of(d.tok) == "protest"
            if d.type not in ("REQUEST", "AGREE") and not protesting or d.negated or d.hypothetical or d not in drafts:
                continue
            tok = d.tok
            if d.type == "AGREE":
                if d.trig.pos == "V" and lemma_of(tok) in VOWING_LEMMAS and tok.tag_ == "VBG" \
                        and self._claiming_protest(d, drafts) is not None:
                    # "blocked the highway for a third day, vowing to stay put until the governor resigned":
                    # protesters' vow to go on is their protest's resolve, not a promise to cooperate
                    drafts.remove(d)
                continue
            if d.trig.pos == "V" and tok.tag_ == "VBG" and tok.dep_ == "acl":
                crowd = self.kids.head(tok)
                up = self.kids.head(crowd)
                if crowd.dep_ == "pobj" and up.lower_ == "by":
                    up = self.kids.head(up)  # ("a march by 3,000 students pressing for …")
                elif crowd.dep_ not in SUBJ:
                    up = None
                # ("to break up a march by …", the march parsed as an adverbial noun)
                at = {up.i, *(c.i for c in self.kids[up.i] if c.dep_ in ("dobj", "npadvmod"))} if up is not None else set()
                # (the parser may hang "by" on the verb whose object the march is: "to break up a march by …")
                g = next((x for x in drafts if x.tok.i in at and x.type == "PROTEST"), None)
                if g is not None:
                    self._fold_claim(g, d, drafts)
                elif lemma_of(crowd) in PROTESTER_NOUNS:
                    drafts.remove(d)  # (the protest itself is told by no word of its own)
            elif d.trig.pos == "V" and tok.dep_ == "advcl" and (infinitive(tok, self.kids) or tok.tag_ == "VBG"):
                # "blocked the highway, halting traffic to press for higher subsidies", "occupied the ministry,
                # demanding …": the protesters' purpose or comma participle is their protest's claim
                up, g = tok, None
                for _ in range(2):
                    up = self.kids.head(up)
                    g = next((x for x in drafts if x.tok.i == up.i and x.type == "PROTEST" and set(x.actors) & set(d.actors)), None)
                    if g is not None or up.dep_ != "advcl":
                        break
                if g is not None:
                    self._fold_claim(g, d, drafts)
            elif d.trig.pos == "N" and (tok.dep_ in OBJ and lemma_of(self.kids.head(tok)) in CHANTING_VERBS | {"voice", "raise", "press"}
                                        or any(c.dep_ == "amod" and c.tag_ == "VBG" and lemma_of(c) in CHANTING_VERBS for c in self.kids[tok.i])):
                # "marched through downtown Seoul chanting demands for direct elections": demands the marchers chant
                # (the parser may read "on Friday chanting demands" as one phrase: up to the verb it hangs on)
                up, g = self.kids.head(tok), None
                while up.pos_ != "VERB" and up.dep_ in ("prep", "pobj") and self.kids.head(up).i != up.i:
                    up = self.kids.head(up)
                for _ in range(2):
                    g = next((x for x in drafts if x.tok.i == up.i and x.type == "PROTEST"), None)
                    if g is not None or up.dep_ not in ("advcl", "xcomp", "conj"):
                        break
                    up = self.kids.head(up)
                if g is not None:
                    self._fold_claim(g, d, drafts)
            elif d.trig.pos == "N" and tok.dep_ == "pobj" and self.kids.head(tok).lower_ == "of" \
                    and lemma_of(self.kids.head(self.kids.head(tok))) in ("support", "pursuit", "furtherance") \
                    and self.kids.head(self.kids.head(tok)).dep_ == "pobj":
                carrier = self.kids.head(self.kids.head(self.kids.head(tok)))  # "in support of …" → "in"
                g = next((x for x in drafts if x.tok.i == self.kids.head(carrier).i and x.type == "PROTEST"), None)
                if g is None:
                    # ("entered the ninth day of a hunger strike … in support of their demand": a protest named below
                    # the verb the phrase hangs on)
                    g = next((x for x in drafts if x.type == "PROTEST" and x.trig.pos == "N"
                              and self._linked_below(self.kids.head(carrier), x.tok)), None)
                if g is not None:
                    self._fold_claim(g, d, drafts)
            if d in drafts and d.trig.pos == "V" and lemma_of(tok) in CLAIM_LEMMAS:
                g = self._claiming_protest(d, drafts)
                if g is not None:
                    self._fold_claim(g, d, drafts)
                elif tok.dep_ == "relcl" and lemma_of(self.kids.head(tok)) in PROTESTER_NOUNS:
                    drafts.remove(d)  # ("fired on protesters who were demanding …": a protest told by no word of its own)
                elif tok.dep_ == "relcl":
                    # ("the polls were boycotted by the opposition parties, including the Awami League, which demand that
                    # elections be held under a caretaker": what a protest's doers demand is its claim)
                    who = set(self.table.keys_for(self.kids.head(tok)))
                    g = next((x for x in drafts if x.type == "PROTEST" and x is not d and who & set(x.actors)), None)
                    if g is not None:
                        self._fold_claim(g, d, drafts)

    def _conditional_vows(self, drafts: list[_Draft]) -> None:
        """'vowed to cut the highway with roadblocks unless the government scrapped the plan': a vow of a hostile act on
        a condition the other side must meet is a threat (CAMEO 13), not a promise."""
        at = {d.tok.i: d for d in drafts}
        for d in drafts:
            if d.type != "AGREE" or d.trig.pos != "V" or lemma_of(d.tok) not in VOWING_LEMMAS or d.negated or d.hypothetical:
                continue
            acts = [c for c in self.kids[d.tok.i] if c.dep_ in ("xcomp", "advcl") and infinitive(c, self.kids) and c.i in at
                    and at[c.i].type in CONFLICTUAL]
            conditioned = [a for a in acts if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if")
                                                                             for m in self.kids[c.i]) for c in self.kids[a.i])]
            if conditioned:
                d.type, d.fine, d.mode = "THREATEN", None, None
                d.recipients = _uniq(d.recipients + self._condition_subjects(conditioned, None, d.actors))

    def _conditional_protests(self, drafts: list[_Draft]) -> None:
        """'gave notice of a nationwide general strike next month unless the government scrapped a new sales tax': a protest
        announced on a condition the other side must meet is a threat of it (CAMEO 14 held over: THREATEN), by its
        doers, to whoever must meet the condition."""
        for d in drafts:
            if d.type != "PROTEST" or d.trig.pos != "N" or d.negated or d.hypothetical:
                continue
            verb = d.tok
            for _ in range(4):  # (up through "notice of", "a call for": the verb the protest noun hangs on)
                if verb.pos_ == "VERB" or self.kids.head(verb) is verb:
                    break
                verb = self.kids.head(verb)
            if verb.pos_ != "VERB" or not self._conditional(verb, ("unless",)):
                continue
            if any(x is not d and x.tok.i == verb.i for x in drafts):
                continue  # (a verb that is an event of its own, "threatened a strike unless …", is read by its own row)
            d.type, d.fine, d.mode = "THREATEN", None, "restrict"
            d.recipients = _uniq(d.recipients + self._condition_subjects([verb], ("unless",), d.actors))

    def _condition_subjects(self, heads: list[Token], marks: tuple[str, ...] | None, doers: list[str]) -> list[str]:
        """Who must meet the condition of an act: the subjects of the adverbial clauses on ``heads`` (those opened by one
        of ``marks``, if given), other than the act's doers ("… unless the government scrapped the tax")."""
        return [k for h in heads for c in self.kids[h.i] if c.dep_ == "advcl"
                and (marks is None or any(m.dep_ == "mark" and m.lower_ in marks for m in self.kids[c.i]))
                for s in self.kids[c.i] if s.dep_ in SUBJ for k in self._keys([s]) if k not in doers]

    def _claiming_protest(self, d: _Draft, drafts: list[_Draft]) -> _Draft | None:
        """The protest of the sentence whose claim the demand ``d`` states, by the same people, as PLOVER codes the
        topic of a protest inside it: 'staged a sit-in … to demand', 'gathered …, waving banners and demanding',
        'joining demonstrators in demanding', 'occupied the roads, paralysing traffic as they demanded', 'protesters
        who had demanded her ouster poured into the streets', 'surrounded the police station and demanded action'."""
        at = {x.tok.i: x for x in drafts if x.type == "PROTEST" and not x.negated and not x.hypothetical
              and (not x.actors or not d.actors or set(x.actors) & set(d.actors))}
        if not at:
            return None

        def told_by(u: Token) -> _Draft | None:
            # the protest word itself, a protest its verb stages ("staged a sit-in", "marked the 60th day of their
            # hunger strike") or a protest joined to it ("closed their shops and blocked the road")
            if u.i in at:
                return at[u.i]
            for c in self.kids[u.i]:
                if c.dep_ == "conj" and c.i in at:
                    return at[c.i]
                if c.dep_ not in OBJ:
                    continue
                if c.i in at:
                    return at[c.i]
                # ("staged a sit-in outside parliament", parsed as a modifier of "parliament")
                for q in [q for q in self.kids[c.i] if q.dep_ in ("nmod", "compound")] + [
                        q for p in self.kids[c.i] if p.dep_ == "prep" for q in self.kids[p.i] if q.dep_ == "pobj"]:
                    if q.i in at:
                        return at[q.i]
            return None

        tok = d.tok
        if tok.dep_ == "relcl":
            crowd = self.kids.head(tok)
            if crowd.dep_ == "pobj" and self.kids.head(crowd).lower_ == "of":
                crowd = self.kids.head(self.kids.head(crowd))  # ("thousands of students who were demanding …")
            return told_by(self.kids.head(crowd)) if crowd.dep_ in SUBJ else None
        u = tok
        for _ in range(4):
            if u.dep_ not in CLAIM_LINKS:
                break
            u = self.kids.head(u)
            g = told_by(u)
            if g is not None:
                return g
        # "Protesters calling for an end to one-party rule stoned police": the parse made the demand the verb
        return next((at[c.i] for c in self.kids[tok.i] if c.dep_ == "conj" and c.i in at), None)

    @staticmethod
    def _inherit_modality(drafts: list[_Draft]) -> None:
        """'is willing to send material to help defend X', 'refused to allow planes to land': an event in
        the complement or purpose of an event that is itself only wanted, offered, planned or refused is
        not asserted either.  Modality flows down complement, purpose and object links only; a relative
        clause or an adjunct of time or cause describes something else and keeps its own status."""
        at = {d.tok.i: d for d in drafts}
        flagged = {i for i, d in at.items() if d.hypothetical or d.negated}
        if not flagged:
            return
        for d in drafts:
            if d.hypothetical or d.negated:
                continue
            node = d.tok
            through_pobj = False
            last_prep = ""
            for _ in range(6):
                dep = node.dep_
                if dep == "prep":
                    last_prep = node.lower_
                if dep not in ("xcomp", "ccomp", "advcl", "dobj", "pobj", "prep", "pcomp", "acomp", "conj", "oprd") or node.head.i == node.i:
                    break
                if dep == "prep" and node.lower_ in BACKGROUND_PREPS | {"after", "following", "despite"} and not (
                        node.lower_ == "in" and d.type == "ASSAULT" and node.head.i in at and at[node.head.i].type == "ASSAULT") \
                        and not (node.lower_ == "in" and d.trig.pos == "N" and node.head.i in flagged and any(
                            o.dep_ == "dobj" and o.i < node.i and (o.like_num or any(c.dep_ == "nummod" for c in o.children))
                            for o in node.head.children)):
                    # (but "to extend 50 billion yen in loans": the sum is the loans, as planned as their extending)
                    break  # (but "killed in police action": the act one was killed in is that killing's act)
                if dep == "advcl" and not infinitive(node):
                    if any(m.dep_ == "mark" and m.lower_ in ("until", "till", "unless") for m in node.children) \
                            and node.head.i in at and at[node.head.i].hypothetical:
                        d.hypothetical = True  # "vowing to stay put until Adjara's leader resigned": not yet happened
                    if node is d.tok and d.type == "ASSAULT" and node.tag_ == "VBG" and node.head.i in flagged \
                            and at[node.head.i].type == "ASSAULT":
                        # "accused Armenian forces of shelling villages, killing four civilians": the toll of an attack
                        # only alleged (or denied) is alleged (or denied) with it
                        d.hypothetical, d.negated = at[node.head.i].hypothetical, at[node.head.i].negated
                    break  # "as battles raged", "…, claiming …": a clause of time or manner, not a purpose
                if dep == "conj" and node.head.i in at and not (d.trig.pos == "N" and at[node.head.i].trig.pos == "N"):
                    break  # two coordinated events: each has its own modality (two nouns one verb names share its status)
                if dep == "dobj" and d.type == "PROTEST" and node.head.i in at and at[node.head.i].trig.words in DISPERSING_VERBS:
                    break  # "fired tear gas to break up a rally": the rally took place, whatever the breaking up
                if dep == "dobj" and d.trig.pos == "N" and lemma_of(node.head) in PRESUPPOSING_VERBS:
                    break  # "a committee was formed to investigate the killings": what is looked into has happened
                if dep == "prep" and node.lower_ == "into" and lemma_of(node.head) in INQUIRY_NOUNS:
                    break  # "demanded an inquiry into the police firing": the inquiry is wanted, the firing happened
                node = node.head
                if dep == "pobj":
                    through_pobj = True
                # ("denying reports that three had been killed in police action": the act the denied killing
                # happened in is denied with it)
                if node.i in flagged and through_pobj and at[node.i].negated and not at[node.i].hypothetical \
                        and d.trig.pos == "N" and EventReader._definite(d.tok) and last_prep not in ("in", "during"):
                    break  # "no group claimed responsibility for the explosion": the explosion still happened
                if node.i in flagged or lemma_of(node) in HYPOTHETICAL_HEADS | NEGATING_HEADS and not EventReader._let_done(node) \
                        and dep in ("xcomp", "ccomp", "advcl") and not (lemma_of(node) == "vote" and (
                            d.type in VOTED_ACTS and d.tok.dep_ in OBJ and d.tok.head.dep_ == "xcomp"
                            or d.tok.dep_ == "xcomp" and d.tok.head.i == node.i)):
                    # (as in _flags: "voted to open an inquiry" opened one; "voted to scrap a law", which _flags let
                    # stand, scrapped it)
                    d.hypothetical = True
                    break

    @staticmethod
    def _taking_part(verb: Token) -> bool:
        """'take part in talks', 'participate in the summit', 'engage in negotiations': the phrase names what one
        joins, the event itself, not its setting."""
        lemma = lemma_of(verb)
        return lemma in PARTICIPATION_VERBS | {"engage", "partake"} or lemma == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)

    def _means(self, drafts: list[_Draft]) -> None:
        """'dispersed the crowd by caning them', 'cleared the square by firing tear gas', 'dispersed the
        protest with tear gas': force used as the means of a coercive act is one incident, and PLOVER codes
        the force (ASSAULT)."""
        at = {d.tok.i: d for d in drafts}
        for d in list(drafts):
            if d.type != "COERCE" or d.trig.pos != "V" or d.negated or d.hypothetical:
                continue
            # (the with-phrase may hang on the object: "dispersed [the protest with tear gas]")
            holders = [d.tok, *(o for o in self.kids[d.tok.i] if o.dep_ == "dobj")]
            means = [at[p.i] for h in holders for c in self.kids[h.i] if c.dep_ == "prep" and (c.lower_ == "with" or c.lower_ == "by" and h is d.tok)
                     for p in self.kids[c.i] if p.dep_ == ("pcomp" if c.lower_ == "by" else "pobj")
                     and p.i in at and at[p.i].type == "ASSAULT"]
            if means:
                force = means[0]
                force.actors = force.actors or list(d.actors)
                force.recipients = [r for r in _uniq(force.recipients + d.recipients) if r not in force.actors]
                force.counts = force.counts or list(d.counts)
                drafts.remove(d)

    @staticmethod
    def _sequenced(a: _Draft, b: _Draft) -> bool:
        """True when b's trigger sits in a clause of time before or after a's, directly or below a clause a's
        trigger governs ('… after rockets were fired', 'killing four … before he was shot dead')."""
        node, crossed = b.tok, False
        for _ in range(8):
            if node.i == a.tok.i:
                return crossed
            if node.head.i == node.i:
                return False
            if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS for c in node.children):
                crossed = True
            node = node.head
        return False

    def _linked_below(self, top: Token, tok: Token) -> bool:
        """True when tok is top or sits below it within four steps."""
        node = tok
        for _ in range(5):
            if node.i == top.i:
                return True
            if self.kids.head(node) is node:
                return False
            node = self.kids.head(node)
        return False

    @staticmethod
    def _linked(a: _Draft, b: _Draft) -> bool:
        """True when b's trigger sits under a's in the same clause ('attacked …, killing 156')."""
        node = b.tok
        for _ in range(8):
            if node.head.i == node.i:
                return False
            if node.dep_ in ("ccomp", "parataxis", "relcl"):
                return False
            node = node.head
            if node.i == a.tok.i:
                return True
        return False

    def _restating_noun(self, act: Token, noun: Token) -> bool:
        """Whether the event noun names the act again: as the occasion the act's verb is "on" or made "during" ("arrived
        in Santiago on the first visit by …"), or in a determined phrase after a comma hung on the clause the act is in
        ("snatched two diplomats near Niamey, the first abduction of foreigners so close to the capital")."""
        if noun.dep_ == "pobj" and self.kids.head(noun).lower_ in ("on", "during") and self.kids.head(self.kids.head(noun)).i == act.i \
                and act.pos_ in ("VERB", "AUX"):
            return True
        # ("turned in their rifles to U.N. peacekeepers, completing the demobilisation of the force": the whole the act
        # completes)
        part = self.kids.head(noun)
        if noun.dep_ == "dobj" and lemma_of(part) in COMPLETING_VERBS and self._comma_participle(part) and self.kids.head(part).i == act.i:
            return True
        if noun.i < act.i or noun.dep_ not in ("appos", "npadvmod", "dobj", "attr") or not any(c.dep_ == "det" for c in self.kids[noun.i]):
            return False
        first = min([noun.i] + [c.i for c in self.kids[noun.i] if c.i < noun.i])
        if first == 0 or self.toks[first - 1].text != ",":
            return False
        verb = noun
        for _ in range(5):  # (through the nouns and prepositions of the place: "on the outskirts of Niamey, the first …")
            verb = self.kids.head(verb)
            if verb.pos_ in ("VERB", "AUX"):
                return self._linked_below(verb, act)
            if verb.pos_ not in ("NOUN", "PROPN", "ADP"):
                return False
        return False

    @staticmethod
    def _in_which(relcl: Token) -> bool:
        """'the firing in which one person was killed': a relative clause of what happened in the event."""
        return any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(p.lower_ == "which" for p in c.children)
                   for c in relcl.children)

    def _merge_same_type(self, drafts: list[_Draft]) -> None:
        """One incident told twice in a sentence is one event: 'The blast … in what was called an attack',
        'shelled Juba, killing 20', 'began a hunger strike in protest'.  Two mentions of one type merge
        when one sits under the other in the clause, or when one names nobody at all; never when both
        name different participants in the same role or state different numbers of the same kind."""
        def named(d: _Draft) -> bool:
            return bool(d.actors or d.recipients)

        for d in drafts:
            if d.trig.pos == "N" and lemma_of(d.tok) == "show":
                # "paraded through Butembo in a show of force": the force shown is no one who shows it
                shown = {k for p in self.kids[d.tok.i] if p.dep_ == "prep" and p.lower_ == "of"
                         for o in self.kids[p.i] if o.dep_ == "pobj" for k in self._keys([o])}
                d.actors = [k for k in d.actors if k not in shown]

        def people(keys: list[str]) -> list[str]:
            return [k for k in keys if self.table.cls_of(k) not in ("Location", "Country")]

        def doers(keys: list[str]) -> list[str]:
            return [k for k in keys if self.table.cls_of(k) != "Location"]

        def compatible(a: _Draft, b: _Draft, roles: tuple = ("actors", "recipients")) -> bool:
            # (a country that acts is a doer: "Pakistan put its forces on alert after India moved two
            # divisions" are two mobilisations; a country or place that receives may be a setting)
            for x, y in [((doers if r == "actors" else people)(getattr(a, r)), (doers if r == "actors" else people)(getattr(b, r))) for r in roles]:
                if x and y and not set(x) & set(y):
                    return False
            for c in a.counts:
                if any(o.kind == c.kind and o.value != c.value for o in b.counts):
                    return False
            return True

        def casualties(a: _Draft, b: _Draft) -> bool:
            # "nine people were dead and some 130 more were injured": the dead and the hurt of one incident
            if a.type != "ASSAULT":
                return False
            hurt = lambda d: lemma_of(d.tok) in INJURY_LEMMAS
            return (a.fine == "Killing" and hurt(b) or b.fine == "Killing" and hurt(a)) and not (set(a.actors) and set(b.actors) and not set(a.actors) & set(b.actors))

        def victims_of(a: _Draft, b: _Draft) -> bool:
            # "a youth was killed when police fired at a mob": the dead of an attack told beside it
            if a.type != "ASSAULT":
                return False
            return (not a.actors and b.actors and (a.fine == "Killing" or lemma_of(a.tok) in INJURY_LEMMAS)) or \
                (not b.actors and a.actors and (b.fine == "Killing" or lemma_of(b.tok) in INJURY_LEMMAS))

        def two_sided(a: _Draft, b: _Draft) -> bool:
            # "the mob pelted the police with stones and the police fired back": violence both ways in one
            # incident is one ASSAULT with both sides as actors (PLOVER's two-sided violence)
            if a.type != "ASSAULT":
                return False
            if any(d.tok.dep_ == "pcomp" and d.tok.head.lower_ in ("before", "after") for d in (a, b)) \
                    or self._sequenced(a, b) or self._sequenced(b, a):
                return False  # "killed four before being shot by police": one act after another, each its own
            return bool(set(a.actors) & set(b.recipients)) or bool(set(b.actors) & set(a.recipients))

        def hurt_in(a: _Draft, b: _Draft) -> bool:
            # "35 people were injured in the lathicharge by the police": the hurt of the attack the noun names
            return a.type == "ASSAULT" and (a.fine == "Killing" or lemma_of(a.tok) in INJURY_LEMMAS) and b.trig.pos == "N" \
                and b.tok.dep_ == "pobj" and b.tok.head.lower_ in ("in", "during") and b.tok.head.head.i == a.tok.i \
                and not (set(a.actors) and set(b.actors) and not set(a.actors) & set(b.actors))

        def died_of(a: _Draft, b: _Draft) -> bool:
            # "a youth who was shot by the police on friday died in hospital", "a teenager, who was injured in
            # police firing, succumbed to his injuries": the death of the one the attack hit is its outcome
            if not (a.type == "ASSAULT" and a.fine == "Killing" and lemma_of(a.tok) in OUTCOME_LEMMAS and not a.actors
                    and b.actors and set(a.recipients) & set(b.recipients)):
                return False
            subjects = {r.i for r in self.kids[a.tok.i] if r.dep_ in SUBJ}
            node = b.tok
            for _ in range(4):  # (up to the relative clause on the one who died)
                if node.dep_ in ("relcl", "acl") and self.kids.head(node).i in subjects:
                    return True
                if self.kids.head(node) is node:
                    return False
                node = self.kids.head(node)
            return False

        def within(a: _Draft, b: _Draft) -> bool:
            # "resorted to firing in which one person was killed", "the ambush … in which two drivers died":
            # what happened in the event a relative clause of it tells of
            if b.tok.dep_ not in ("relcl", "ccomp") or not self._in_which(b.tok):
                return False
            if a.tok.dep_ in ("acl", "amod") and a.tok.head.i == b.tok.head.i:
                return True  # ("the police firing in which two persons lost their lives": both hang on "police")
            node = b.tok.head
            for _ in range(3):
                if node.i == a.tok.i:
                    return True
                node = node.head
            return False

        def consequence(a: _Draft, b: _Draft) -> bool:
            # "attacked the camp, killing 156 people": a participle clause telling the outcome (also when the
            # parse hangs it on the act's purpose: "fired tear gas to break up a march, killing five")
            head = b.tok.head
            on_a = head.i == a.tok.i or head.head.i == a.tok.i and head.dep_ in ("advcl", "xcomp") and infinitive(head, self.kids)
            # ("resorted to firing to disperse a mob, injuring one": the act is the object of the verb it hangs on)
            on_a = on_a or a.tok.dep_ in ("pcomp", "pobj") and a.tok.head.head.i == head.i and lemma_of(head) in ("resort", "turn")
            return on_a and b.tok.dep_ in ("advcl", "xcomp", "conj") and b.tok.tag_ == "VBG" and not (a.counts and b.counts)

        def trailing_outcome(a: _Draft, b: _Draft) -> bool:
            # "opened fire on supporters who had massed to dispute the results, killing at least 22": a
            # subjectless participle after a comma tells the outcome of the act the clause is about, wherever
            # the parse hangs it below that act
            t = b.tok
            if t.dep_ == "conj" and (t.tag_ == "VBG" and self.kids.head(t).tag_ == "VBG" and not b.actors
                                     or set(b.actors) <= set(a.actors)):
                t = self.kids.head(t)  # "…, wounding him and fatally injuring his driver": the second of two outcomes
            if a.type != "ASSAULT" or b.actors and not set(b.actors) <= set(a.actors) or t.tag_ != "VBG" or t.dep_ not in ("advcl", "acl") \
                    or not (b.fine == "Killing" or lemma_of(t) in INJURY_LEMMAS) or t.i == 0 or self.toks[t.i - 1].text != "," \
                    or any(c.dep_ in SUBJ | PASS_SUBJ for c in self.kids[t.i]) or a.counts and b.counts:
                return False
            node = t
            for _ in range(5):
                if self.kids.head(node) is node or node.dep_ in ("ccomp", "parataxis"):
                    return False
                node = self.kids.head(node)
                if node.i == a.tok.i:
                    return True
            return False

        def relative_of_target(a: _Draft, b: _Draft) -> bool:
            # "the bombing of a Kuwait Airways office that wounded three passers-by": an office (or the town it
            # is in) wounds no one; the relative clause the parse hangs on the attack's target tells what the
            # attack did
            t = b.tok
            if a.type != "ASSAULT" or a.trig.pos != "N" or t.dep_ != "relcl" or a.counts and b.counts:
                return False
            if not any(c.dep_ in SUBJ and c.lower_ in ("that", "which") for c in self.kids[t.i]):
                return False
            target = self.kids.head(t)
            return target.dep_ == "pobj" and self._linked_below(a.tok, target) and (
                lemma_of(target) in STRUCTURES or any(self.table.cls_of(k) in ("Location", "Country") for k in self.table.keys_for(target)))

        def welcomed_guest(a: _Draft, b: _Draft) -> bool:
            # "played host to Bedie, who was welcomed with full military honours": a passive relative clause
            # with no doer, on the one the act was done to, tells more of that act
            t = b.tok
            return t.dep_ == "relcl" and not b.actors and any(c.dep_ == "auxpass" for c in self.kids[t.i]) \
                and not any(c.dep_ == "agent" for c in self.kids[t.i]) and bool(b.recipients) \
                and set(b.recipients) <= set(a.recipients) and self._linked_below(a.tok, self.kids.head(t))

        def restated(a: _Draft, b: _Draft) -> bool:
            # "arrived in Santiago on the first visit by a Bolivian head of state", "snatched two diplomats …, the first
            # abduction of foreigners so close to the capital", "wrapped up joint exercises …, the largest drill yet":
            # a noun that names the act again, as its occasion or in a phrase after a comma, is that act
            return b.trig.pos == "N" and not (a.counts and b.counts) and self._restating_noun(a.tok, b.tok)

        def riot_detail(a: _Draft, b: _Draft) -> bool:
            # "youths went on the rampage, stoning police and setting cars ablaze": what a riot's participles tell is
            # the riot
            if a.type != "PROTEST" or b.trig.pos != "V" or b.tok.tag_ != "VBG" or a.tok.i > b.tok.i:
                return False
            t = b.tok
            if t.dep_ == "compound" and self.kids.head(t).dep_ == "advcl" and t.i > 0 and self.toks[t.i - 1].text == ",":
                # (", looting shops and …" parsed as a noun "looting shops" hung on the riot: the participle is its head's place)
                t = self.kids.head(t)
                return self.kids.head(t).i == a.tok.i and not any(c.dep_ in SUBJ for c in self.kids[t.i])
            while t.dep_ == "conj" and self.kids.head(t).tag_ == "VBG":
                t = self.kids.head(t)
            # (also when the parse hangs it on the riot's second verb: "stoned police and set the building ablaze, injuring …")
            on = self.kids.head(t)
            # (", looting shops and setting buses ablaze": the parse may hang the second participle straight on the riot)
            listed = t.dep_ == "advcl" and t.i > 0 and self.toks[t.i - 1].lower_ == "and" and any(
                x.text == "," for x in self.toks[a.tok.i + 1:t.i])
            return (self._comma_participle(t) or listed) and (on.i == a.tok.i or on.dep_ == "conj" and self.kids.head(on).i == a.tok.i
                                                  and not any(c.dep_ in SUBJ for c in self.kids[on.i])) \
                and not any(c.dep_ in SUBJ for c in self.kids[t.i])

        for b in list(drafts):
            # ("were bundled onto a cargo plane and flown to Tbilisi": the journey of the deported is no visit)
            if b.type == "CONSULT" and b.trig.pos == "V" and b.tok.dep_ == "conj" and any(
                    a.type in ("COERCE", "ASSAULT") and a.tok.i == self.kids.head(b.tok).i and set(a.recipients) & set(b.recipients)
                    for a in drafts):
                drafts.remove(b)
        for b in drafts:
            # ("youths went on the rampage, stoning police and setting cars ablaze": the violence of a riot is the riot)
            if b.type in ("ASSAULT", "COERCE") and b.trig.pos == "V" and any(
                    a.type == "PROTEST" and a.mode == "riot" and riot_detail(a, b) for a in drafts):
                b.type, b.fine, b.mode = "PROTEST", None, "riot"
        for b in drafts:
            # ("pounded rebel columns, a strike N'Djamena called self-defence": a strike that tells an attack again is one)
            if b.type == "PROTEST" and b.trig.pos == "N" and lemma_of(b.tok) == "strike" and any(
                    a.type == "ASSAULT" and a.trig.pos == "V" and self._restating_noun(a.tok, b.tok) for a in drafts):
                b.type, b.fine, b.mode = "ASSAULT", "Attack", None

        changed = True
        while changed:
            changed = False
            live = [d for d in drafts if not d.negated and not d.hypothetical and d.derived_from is None]
            for i, a in enumerate(live):
                for b in live[i + 1:]:
                    if a.type != b.type:
                        continue
                    if a.type == "ACCUSE" and (a.mode == "investigate") != (b.mode == "investigate"):
                        continue  # "condemned the bombing and ordered an inquiry": a verdict and an inquiry are two acts
                    if any(x.mode == "martial-law" and y.fine in ("Arrest", "Deportation") for x, y in ((a, b), (b, a))) \
                            and a.trig.pos == b.trig.pos == "V" and a.tok in self.kids.conjuncts(b.tok):
                        continue  # "declared martial law and interned the union's leaders": a state of emergency and arrests
                    if any(x.tok.dep_ == "pcomp" and x.tok.head.lower_ in ("for", "over") and x.tok.head.head.i == y.tok.i
                           and y.fine == "Arrest" for x, y in ((a, b), (b, a))):
                        continue  # "were locked up for spreading rumours": the arrest and what it was for are two acts
                    if any(x.tok.dep_ == "dobj" and lemma_of(x.tok.head) in SCATTERING_VERBS and infinitive(x.tok.head, self.kids)
                           for x in (a, b)):
                        continue  # "fired in the air to break up a clash": the clash and the force that ended it are two acts
                    main = a if self._sequenced(a, b) else b if self._sequenced(b, a) else None
                    if main is not None and lemma_of(main.tok) not in OUTCOME_LEMMAS | INJURY_LEMMAS:
                        # "struck targets in Gaza after rockets were fired at Israel": one act, then another
                        # ("died after he was beaten": the death is the beating's outcome, but "manhandled
                        # doctors after a woman died" tells an act after a death, not its cause)
                        continue
                    linked = self._linked(a, b) or self._linked(b, a)
                    if linked:
                        ok = compatible(a, b) or consequence(a, b) or consequence(b, a) or casualties(a, b) or two_sided(a, b) or victims_of(a, b) \
                            or hurt_in(a, b) or hurt_in(b, a)
                    elif a.trig.pos == "N" or b.trig.pos == "N":
                        # "the blast … injured several people; the explosion targeted a bakery": a noun
                        # naming the incident again may bring its own victims or target
                        ok = compatible(a, b, ("actors",)) or casualties(a, b)
                    else:
                        ok = (not named(a) or not named(b)) and compatible(a, b) or casualties(a, b)
                    if not ok and (died_of(a, b) or died_of(b, a) or consequence(a, b) or consequence(b, a)):
                        ok = True
                    if not ok and (within(a, b) or within(b, a)):
                        # ("took a telephone call from Putin in which the two leaders discussed Afghanistan": one talk)
                        ok = compatible(a, b, ("actors",)) or a.type in ("CONSULT", "COOPERATE")
                    riot = next(((x, y) for x, y in ((a, b), (b, a)) if riot_detail(x, y)), None)
                    if not ok and (restated(a, b) or restated(b, a) or riot is not None):
                        ok = True
                    # (where one mention tells more of the other, that other is kept, and the telling one's doer, which
                    # the parse may have made of the attack's target, is dropped)
                    told = None if ok else next(((x, y) for x, y in ((a, b), (b, a)) if trailing_outcome(x, y)
                                                 or welcomed_guest(x, y) or relative_of_target(x, y)), None)
                    if not ok and told is None:
                        continue
                    if told is not None:
                        keep, drop = told
                        drop.actors = []  # (the office the parse made the wounder)
                    elif riot is not None:
                        keep, drop = riot  # (the riot's own verb tells it)
                    else:
                        keep, drop = self._keeper(a, b)
                    self._absorb(keep, drop)
                    drafts.remove(drop)
                    changed = True
                    break
                if changed:
                    break

    @staticmethod
    def _keeper(a: _Draft, b: _Draft) -> tuple[_Draft, _Draft]:
        def rank(d: _Draft) -> tuple:
            return (len(d.actors) > 0, len(d.recipients) > 0, len(d.counts), d.trig.pos == "V", -d.tok.i)
        return (a, b) if rank(a) >= rank(b) else (b, a)

    @staticmethod
    def _absorb(keep: _Draft, drop: _Draft) -> None:
        if keep.type == "ASSAULT" and (set(keep.actors) & set(drop.recipients) or set(drop.actors) & set(keep.recipients)):
            # two-sided: both sides act, and neither is only a victim
            both = _uniq(keep.actors + drop.actors)
            keep.actors = both
            keep.recipients = [r for r in _uniq(keep.recipients + drop.recipients) if r not in both]
            keep.mode = "sideAB"
            drop.actors, drop.recipients = [], []
        keep.actors = _uniq(keep.actors + drop.actors)
        keep.recipients = [r for r in _uniq(keep.recipients + drop.recipients) if r not in keep.actors]
        for c in drop.counts:
            if not any(k.kind == c.kind for k in keep.counts):
                keep.counts.append(c)
        keep.reported_by = _uniq(keep.reported_by + drop.reported_by)
        keep.date = keep.date or drop.date
        keep.location = keep.location or drop.location
        if keep.fine is None and drop.fine is not None or keep.fine == "Attack" and drop.fine == "Killing":
            keep.fine = drop.fine  # "shot dead in an encounter": the incident killed

    def _they(self, clause: Token, subj: list[Token]) -> list[str]:
        """'they' in a claim: the plural participant just named before it in the sentence."""
        if not subj or subj[0].lower_ not in ("they", "them"):
            return []
        sent_start = self.sent_spans[self.sent_of[clause.i]][0]
        for i in range(subj[0].i - 1, sent_start - 1, -1):
            t = self.toks[i]
            if t.tag_ in ("NNS", "NNPS") and t.dep_ in ("pobj", "dobj"):
                keys = self._keys([t])
                if keys:
                    return keys
        return []

    def _accusing(self, verb: Token) -> bool:
        for c in self.kids[verb.i]:
            if c.dep_ == "ccomp":
                subj = [s for s in self.kids[c.i] if s.dep_ in SUBJ]
                if subj and subj[0].pos_ == "PRON" and any(lemma_of(t) in ("responsible", "behind") for t in c.subtree):
                    return False  # "claimed they were responsible for the attack": a claim of responsibility
                for t in c.subtree:
                    if lemma_of(t) in ACCUSATION_CUES or t.lower_ in ACCUSATION_CUES:
                        return True
        return False

    def _tallies(self, drafts: list[_Draft]) -> None:
        """'leaving 28 dead, 220 injured and at least 2,000 detained': counts on the right events."""
        groups: dict[int, list[tuple[_Draft | None, Token, str, Count]]] = {}
        if not drafts:
            return
        a, b = self.sent_spans[self.sent_of[drafts[0].tok.i]]
        cands = self.table.trigger_cands  # (every tally word is a lexicon head or one of its forms)
        for tok_i in cands[bisect.bisect_left(cands, a):bisect.bisect_left(cands, b)]:
            tok = self.toks[tok_i]
            kind = TALLY_KINDS.get(tok.lemma_) or TALLY_KINDS.get(tok.lower_)
            if kind is None:
                continue
            nums = [c for c in self.kids[tok.i] if (c.pos_ == "NUM" or c.like_num) and c.dep_ in ("nummod", "nsubj", "nsubjpass", "npadvmod", "dobj")]
            if not nums and tok.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and lemma_of(self.kids.head(tok)) == "leave":
                # "left 14 people dead", "left 11 dead": the number is on the people left, or is what is left
                left = [o for o in self.kids[self.kids.head(tok).i] if o.dep_ in OBJ]
                nums = [o for o in left if o.pos_ == "NUM" or o.like_num] + [
                    c for o in left for c in self.kids[o.i] if (c.pos_ == "NUM" or c.like_num) and c.dep_ == "nummod"]
            if not nums:
                continue
            # the list head: first conjunct, then the verb that leaves the tally
            first = tok
            while first.dep_ == "conj":
                first = self.kids.head(first)
            anchor = self.kids.head(first) if first.dep_ in ("dobj", "xcomp", "ccomp", "oprd", "attr") else first
            q = number_of(nums[0])
            if q is None:
                continue
            d = next((x for x in drafts if x.tok.i == tok.i), None)
            count = Count(kind, q.value, q.qualifier, q.text)
            # (the number found above is kept with the tally: "left 11 dead" has it on the object, not on "dead")
            groups.setdefault(anchor.i, []).append((d, tok, kind, count))
            if d is not None:
                d.counts = [c for c in d.counts if c.kind != kind] + [count]
        for anchor_i, items in groups.items():
            anchor = self.toks[anchor_i]
            counts = [c for d, _, _, _ in items if d is not None for c in d.counts]
            counts += [count for d, _, _, count in items if d is None]
            # injured goes with the killing of the same list
            killing = next((d for d, _, k, _ in items if d is not None and k == "dead"), None)
            for d, _, kind, _ in items:
                if d is not None and kind == "injured" and killing is not None and d is not killing:
                    killing.counts.append(next(c for c in d.counts if c.kind == "injured"))
                    drafts.remove(d)
            # the event the tally follows from ("protests erupted, leaving …")
            governing = None
            if lemma_of(anchor) in ("leave", "with", "result", "cause"):
                head = self.kids.head(anchor)
                # ("the ambush left eleven soldiers dead, the army said": the event that is the subject of "left"
                # comes first, and a speech verb above is never what left the dead)
                # ("police firing left two people dead": the parser may make "police" the subject and "firing" its modifier)
                governing = next((x for x in drafts if x.type != "STATEMENT" and (
                    self.kids.head(x.tok).i == anchor.i and x.tok.dep_ in SUBJ or x.tok.dep_ in ("acl", "amod")
                    and self.kids.head(x.tok).dep_ in SUBJ and self.kids.head(self.kids.head(x.tok)).i == anchor.i)), None) or \
                    next((x for x in drafts if x.type != "STATEMENT" and (
                        x.tok.i == head.i or self.kids.head(x.tok).i == head.i and x.tok.dep_ in SUBJ)), None)
            if governing is not None:
                for c in counts:
                    if not any(g.kind == c.kind for g in governing.counts):
                        governing.counts.append(c)
                if lemma_of(anchor) == "leave" and governing.type == "ASSAULT":
                    # ("the attack on a base left nine soldiers dead": the soldiers left dead are its victims)
                    left = [o for o in self.kids[anchor.i] if o.dep_ in OBJ and o.pos_ in ("NOUN", "PROPN")]
                    governing.recipients += [k for k in self._keys(left) if k not in governing.actors + governing.recipients]

    def _merge_injuries(self, drafts: list[_Draft]) -> None:
        """'killed 23 soldiers and injured another 15': one attack, with dead and injured counts."""
        for d in list(drafts):
            if d.type != "ASSAULT" or lemma_of(d.tok) not in ("injure", "wound", "hurt") or d.tok.dep_ != "conj":
                continue
            head = next((x for x in drafts if x.tok.i == self.kids.head(d.tok).i and x.fine == "Killing"), None)
            if head is None:
                continue
            for c in d.counts:
                if not any(h.kind == c.kind for h in head.counts):
                    head.counts.append(c)
            drafts.remove(d)

    def _only_on_terms(self, tok: Token) -> bool:
        """'would negotiate only with Washington', 'would only welcome him in Jerusalem': "only" on the act or on
        one of its phrases."""
        return any(c.dep_ == "advmod" and c.lower_ == "only" for c in self.kids[tok.i]) or any(
            a.dep_ == "advmod" and a.lower_ == "only" for c in self.kids[tok.i] if c.dep_ == "prep" for a in self.kids[c.i])

    def _attribution(self, drafts: list[_Draft], start: int, end: int) -> None:
        """'X said (that) E': E is reported by X; so are events 'according to X'."""
        speech = [d for d in drafts if d.type in ("STATEMENT", "ACCUSE", "REJECT", "REQUEST", "THREATEN") and d.trig.pos == "V" and d.actors]
        for s in speech:
            clauses = [c for c in self.kids[s.tok.i] if c.dep_ in ("ccomp", "parataxis")]
            if s.tok.dep_ in ("parataxis",):
                clauses.append(self.kids.head(s.tok))
            covered = set()
            for c in clauses:
                covered.update(self.kids.subtree_ids(c))
            if s.tok.dep_ == "parataxis":
                covered.discard(s.tok.i)
            for d in drafts:
                if d is not s and d.tok.i in covered:
                    d.reported_by = _uniq(d.reported_by + s.actors)
        # "53 activists were arrested in dawn raids, police said": an arrest with no one named as making it, told
        # by the police, was made by the police (told by "a police spokesman": by the police he speaks for)
        for d in drafts:
            if d.fine == "Arrest" and not d.actors and d.reported_by and all(self.table.sector_of(k) == "COP" for k in d.reported_by) \
                    and any(c.dep_ in ("auxpass", "nsubjpass") for c in self.kids[d.tok.i]):
                tellers = [t for s in speech if set(s.actors) <= set(d.reported_by) for t in self.kids[s.tok.i] if t.dep_ in SUBJ]
                d.actors = _uniq([k for t in tellers for k in (
                    self.table.keys_for(t) if t.lower_ in POLICE_WORDS else
                    [k for c in self.kids[t.i] if c.dep_ in ("compound", "nmod") and c.lower_ in POLICE_WORDS for k in self.table.fallback(c)])])
        if "ccording" not in self.span_text(start, end):
            return
        for i in range(start, end):
            tok = self.toks[i]
            if tok.lower_ == "according" and i + 1 < end and self.toks[i + 1].lower_ == "to":
                objs = [p for p in self.kids[self.toks[i + 1].i] if p.dep_ == "pobj"]
                keys = self._keys(objs)
                if keys:
                    for d in drafts:
                        if not d.reported_by:
                            d.reported_by = list(keys)

    def _derived(self, drafts: list[_Draft], start: int, end: int) -> list[_Draft]:
        """PLOVER codes a promised cooperation as AGREE and a conflict one intends as THREATEN."""
        out: list[_Draft] = list(self._refusals(drafts, start, end))
        for d in drafts:
            if d.hypothetical and d.tok.dep_ == "csubj" and d.derived_from is None and d.reported_by:
                # "US authorities said that removing the sanctions is out of the question": to rule an act out is to
                # refuse it (REJECT), by whoever says so
                word = self._ruled_out(self.kids.head(d.tok))
                if word is not None and not any(x.tok.i == word.i for x in drafts + out):
                    out.append(self._derived_draft(d, word, "REJECT", pos="N", actors=d.reported_by,
                                                   recipients=[r for r in d.recipients if r not in d.reported_by]))
                    continue
            if d.negated and d.derived_from is None and d.type == "AGREE" and d.trig.pos == "N" \
                    and lemma_of(d.tok) in READINESS_NOUNS and d.tok.dep_ in OBJ:
                # "the government showed no willingness to back down": to show none is to refuse (REJECT)
                verb = self.kids.head(d.tok)
                if lemma_of(verb) in SHOWING_VERBS and not negated_verb(self.kids[verb.i]) \
                        and not any(x.tok.i == verb.i for x in drafts + out):
                    out.append(self._derived_draft(d, verb, "REJECT"))
                continue
            if d.negated and d.derived_from is None and (d.type in COOPERATIVE or d.type == "AGREE"):
                # "said it would not allow investigators in": a refused cooperation is a REJECT
                modal = next((c for c in self.kids[d.tok.i] if c.dep_ == "aux" and c.lower_ in FUTURE_AUX), None)
                if perfect(self.kids[d.tok.i]):
                    continue  # ("a blueprint that would have granted the region autonomy"): a counterfactual refuses nothing
                if modal is not None and not self._under_type(d, drafts, ("REJECT",)) and \
                        not self._told_by_doer(drafts, "REJECT", d.actors) and \
                        not any(x.tok.i == modal.i for x in drafts + out):
                    out.append(self._derived_draft(d, modal, "REJECT"))
                continue
            if not d.hypothetical or d.negated or d.derived_from is not None:
                continue
            if perfect(self.kids[d.tok.i]):
                continue  # "would have returned the Golan": a counterfactual promises nothing
            if self._hoped_for(d.tok):
                continue  # "losing hope that Maduro will back down": what others hope for is no one's promise
            if self._terms_of_accord(d.tok):
                continue  # "an accord under which Uganda and Tanzania will jointly police their border": its terms
            if d.type in COOPERATIVE and self._only_on_terms(d.tok) and any(
                    x.type == "REJECT" and not x.hypothetical and not x.negated for x in drafts):
                continue  # "ruled out talks with the Contras, arguing that Managua would negotiate only with Washington": the terms of a refusal
            # ("Tents and medicine will be flown to Nepal, China's foreign ministry said": a passive without its
            # doer is the speaker's intention, not the patient's)
            intending = d.reported_by if any(c.dep_ == "auxpass" for c in self.kids[d.tok.i]) and \
                not any(c.dep_ == "agent" for c in self.kids[d.tok.i]) else d.actors
            head = self.kids.head(d.tok)
            if d.trig.pos == "N" and d.tok.dep_ in OBJ and lemma_of(head) in ("risk", "face", "suffer", "undergo", "endure", "serve") \
                    and not self._conditional(head):
                continue  # ("ruling that he would risk torture in a Russian jail": a fate foreseen, no one's threat)
            modal = next((c for c in self.kids[d.tok.i] if c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall")), None)
            if modal is None and d.type in CONFLICTUAL and (self._conditional(d.tok) or d.actors and d.reported_by) \
                    and not self._forecasters(d.reported_by):
                # (not what analysts or experts say someone could do: "analysts said North Korea could test another
                # missile if the talks stay deadlocked" is a forecast)
                # "may close the strait if attacked": a possible harm on a condition is a threat, and so is one a
                # doer is reported to weigh ("Ankara could suspend diplomatic relations, Erdogan told reporters")
                modal = next((c for c in self.kids[d.tok.i] if c.dep_ == "aux" and c.lower_ in ("may", "might", "could", "can")), None)
            if modal is None and d.type in COOPERATIVE and self._conditional(d.tok, ("unless",)):
                # ("South Africa may give up its role as mediator unless the two sides honour their truce")
                modal = next((c for c in self.kids[d.tok.i] if c.dep_ == "aux" and c.lower_ in ("may", "might", "could")), None)
            if modal is None:
                modal = self._governing_modal(d.tok)
                if modal is not None and any(x.tok.i == self.kids.head(modal).i for x in drafts):
                    continue  # "would accept the mediation": the intention is an event already
                if modal is not None and perfect(self.kids[self.kids.head(modal).i]):
                    continue  # "a resolution that would have slapped an embargo on Myanmar": a counterfactual
                if modal is not None and d.trig.pos == "N":
                    # ("saying a bigger UNIFIL would deter any fresh Israeli incursion": what the will-verb's subject would
                    # do to the act, not what the act's doer intends)
                    verb = self.kids.head(modal)
                    if lemma_of(verb) in COMBAT_VERBS and lemma_of(verb) not in ("end", "stop"):
                        continue
                    doers = self._keys(self._subject(verb)[0])
                    if d.actors and doers and not set(doers) & set(d.actors):
                        continue
            marker = modal
            if marker is None and d.tok.dep_ == "xcomp" and lemma_of(head) in ("plan", "intend", "prepare", "vow", "decide", "set", "aim") and not any(x.tok.i == head.i for x in drafts):
                marker = head
            if marker is None and self._is_to(head, d.tok) and not self._conditional(head):
                marker = head  # "South Africa is to send food and medicines to Mozambique": what it is to do
            if marker is None:
                continue
            if d.type in COOPERATIVE and modal is not None and (self._conditional(d.tok, ("unless",)) or self._conditional(
                    self.kids.head(modal), ("unless",))):
                # "Oslo would step down as facilitator unless the two sides ended the killings": a good turn
                # withheld unless others act is a threat ("would quit the peace conference unless …": on the verb the
                # event noun is the object of)
                new_type, mode = "THREATEN", None
            elif d.type in COOPERATIVE and any(c.dep_ == "advcl" and c.tag_ == "VBG" and lemma_of(c) in YIELDING_VERBS
                                               for c in self.kids[d.tok.i]):
                # ("said he would reinstate the dissolved House, bowing to three weeks of mass protests": a promise made in
                # giving way accedes to the demand, CAMEO 083x)
                new_type, mode = "CONCEDE", None
            elif d.type in COOPERATIVE:
                new_type, mode = "AGREE", None
            elif d.type in CONFLICTUAL:
                new_type, mode = "THREATEN", self._threat_mode(d)
            elif d.type == "REJECT" and modal is not None and self._conditional(d.tok):
                # "would walk out of the peace talks unless the army halted its offensive": a refusal on a condition
                new_type, mode = "THREATEN", None
            elif d.type == "REJECT":
                # "will keep its embargo in place until Hanoi accounts for the missing", "decided to keep the embargo",
                # "said it would veto the resolution": to state a refusal is to refuse
                new_type, mode = "REJECT", d.mode
            else:
                continue
            if any(x.tok.i == marker.i for x in drafts + out):
                continue
            if not intending:
                carrier = self.kids.head(marker) if marker.dep_ == "aux" else d.tok
                subj, _ = self._subject(carrier)
                if subj and subj[0].lower_ in ("that", "which") and carrier.dep_ == "relcl":
                    subj = [self.kids.head(carrier)]  # ("a draft resolution that would tighten the embargo")
                if subj and subj[0].pos_ in ("NOUN", "PROPN") and not self._animate(subj[0]):
                    continue  # "saying the visit would only encourage agitation": a visit or a text intends nothing
            if self._under_type(d, drafts, (new_type,)):
                continue  # "warned that they would kill the hostages": the threat is told by its own verb
            if self._told_by_doer(drafts, new_type, intending):
                continue  # "declared a truce and said they would halt attacks": the promise is the truce, told already
            out.append(self._derived_draft(d, marker, new_type, mode=mode, actors=intending))
        return out

    @staticmethod
    def _derived_draft(d: _Draft, word: Token, etype: str, *, mode: str | None = None, pos: str = "V",
                       actors: list[str] | None = None, recipients: list[str] | None = None) -> _Draft:
        """An event that ``d`` implies, told by ``word`` (a refusal, a promise, a threat): ``d``'s participants, date
        and place unless others are given, and ``d`` as what it was derived from."""
        return _Draft(word, Trigger((word.lower_,), pos, etype, None, mode), word.i + 1, etype, None, mode,
                      actors=list(d.actors if actors is None else actors),
                      recipients=list(d.recipients if recipients is None else recipients),
                      reported_by=list(d.reported_by), date=d.date, location=d.location, derived_from=d.tok.i)

    def _hoped_for(self, tok: Token) -> bool:
        """The clause of ``tok`` is what someone hopes, fears or expects ("hope that Maduro will back down",
        "fears that the army would retake the town"), not what its doer says they will do."""
        node = tok
        for _ in range(3):
            if node.dep_ not in ("ccomp", "acl", "xcomp", "conj"):
                return False
            node = self.kids.head(node)
            if lemma_of(node) in HOPING_WORDS:
                return True
        return False

    def _stated_intents(self, drafts: list[_Draft], start: int, end: int) -> Iterator[_Draft]:
        """'said it would open three offshore oil blocks to Indian firms', 'Malawi will phase out subsidies on
        maize', 'South Africa is to send food': an actor's stated course of action that is no event of its own
        is an expression of intent, AGREE (CAMEO 03), and held over others with "unless" a threat (THREATEN); one
        that is an event already gets its AGREE or THREATEN in :meth:`_derived`."""
        seen = {x.tok.i for x in drafts}
        for verb in self.toks[start:end]:
            if verb.pos_ != "VERB" or verb.i in seen or verb.tag_ != "VB" or lemma_of(verb) in NO_INTENT_VERBS:
                continue
            kids = self.kids[verb.i]
            if negated_verb(kids) or any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in kids):
                continue
            # what it does: an object or a particle ("phase out"), never an intransitive ("would step in")
            if not any(c.dep_ in OBJ or c.dep_ == "prt" for c in kids):
                continue
            if self._hoped_for(verb):
                continue  # ("losing hope that Maduro will back down")
            head = self.kids.head(verb)
            modal = next((c for c in kids if c.dep_ == "aux" and c.lower_ in FUTURE_AUX), None)
            if modal is not None:
                if perfect(kids):
                    continue  # ("would have opened"): a counterfactual
                marker = modal
                carrier = verb
            elif verb.dep_ == "xcomp" and infinitive(verb, self.kids) and (
                    lemma_of(head) in INTENDING_VERBS or self._is_to(head, verb)):
                marker = head  # ("is to send", "intends to phase out")
                carrier = head
            else:
                continue
            # the clause stands on its own or is what someone said ("said it would …"), not what is demanded,
            # feared, hoped or asked ("urged that Israel would …", "if it would …")
            clause = carrier
            while clause.dep_ == "conj" and self.kids.head(clause) is not clause:
                clause = self.kids.head(clause)  # ("had forgiven the fighters and would treat them as …")
            said = None
            if clause.dep_ == "ccomp":
                said = self.kids.head(clause)
                if lemma_of(said) not in INTENT_SPEECH or negated_verb(self.kids[said.i]):
                    continue
            elif clause.dep_ != "ROOT":
                continue
            if marker.i in seen:
                continue
            # a course of action held over others ("would set off containers of radioactive material in Moscow unless
            # Russian troops withdrew") is a threat; on any other condition it is no plain intent
            new_type = "THREATEN" if modal is not None and self._conditional(verb, ("unless",)) else "AGREE"
            if new_type == "AGREE" and (self._conditional(verb) or self._conditional(carrier)):
                continue
            subj, passive = self._subject(carrier)
            if passive or not subj or subj[0].lower_ in ("that", "which", "who") or not any(self._animate(t) for t in subj):
                continue
            doers = self._keys(subj)
            if not doers or self._told_by_doer(drafts, new_type, doers):
                continue
            if said is not None and said.i < clause.i and subj[0].pos_ != "PRON" \
                    and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in self.kids[subj[0].i]):
                # ("said that his men would …", "our forces will …": the speaker's own side)
                # ("telling a rally that opposition parties would only divide the country": what others will do is
                # a forecast; only the speaker's own course, "said it would …", is a stated intention; told first,
                # "The government will scrap the increase, the minister said", a spokesman tells the actor's course)
                speaker, _ = self._subject(said)
                if not set(doers) & set(self._keys(speaker)):
                    continue
            # ("will launch a ground offensive": a harm named by an event word is a threat, not an intent to cooperate)
            named = {c.i for c in kids if c.dep_ in OBJ} | {p.i for c in kids if c.dep_ == "prep" for p in self.kids[c.i] if p.dep_ == "pobj"}
            if any(x.tok.i in named and x.type in CONFLICTUAL for x in drafts):
                continue
            # (to whom: "to Indian firms", "send Congress a bill")
            recipients = [k for c in kids if c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ in ("to", "with", "for")
                          for p in ([c] if c.dep_ == "dative" else self.kids[c.i]) if p.dep_ in ("pobj", "dative")
                          for k in self._keys([p]) if k not in doers]
            seen.add(marker.i)
            yield _Draft(marker, Trigger((marker.lower_,), "V", new_type, None, None), marker.i + 1, new_type, None, None,
                         actors=list(doers), recipients=_uniq(recipients), derived_from=verb.i)

    def _own_side(self, noun: Token) -> bool:
        """'a call by their leader', 'its own members' appeals': pressure from the doer's own side (a possessive pronoun
        on the one who presses)."""
        sources = [noun] + [p for c in self.kids[noun.i] if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
                            for p in self.kids[c.i] if p.dep_ == "pobj"]
        return any(c.dep_ == "poss" and c.pos_ == "PRON" for s in sources for c in self.kids[s.i])

    def _concessions(self, drafts: list[_Draft], start: int, end: int) -> Iterator[_Draft]:
        """'Under pressure from the opposition, parliament voted to set up an independent electoral commission',
        'bowing to a week of mass protests', 'heeding calls from the World Bank … abandoned the fixed exchange rate':
        a policy act done to give way is a concession (CONCEDE, CAMEO 08) by its doer, to whoever pressed for it."""
        if any(x.type == "CONCEDE" and not x.negated for x in drafts):
            return  # ("dismissed the minister, giving in to demands": the giving in is the concession, told already)
        seen = {x.tok.i for x in drafts}
        for cue in self.toks[start:end]:
            lemma = lemma_of(cue)
            if cue.tag_ == "VBG" and lemma in YIELDING_PARTICIPLES and cue.dep_ in ("advcl", "xcomp", "conj", "ccomp"):
                if lemma == "give" and not any(c.dep_ == "prt" and c.lower_ == "in" for c in self.kids[cue.i]):
                    continue  # ("giving in to demands"; "giving aid" gives way to no one)
                pressed = [p for c in self.kids[cue.i] if c.dep_ in ("prep", "dobj") for p in ([c] if c.dep_ == "dobj" else self.kids[c.i]) if p.dep_ in ("pobj", "dobj")]
                if lemma == "heed" and not any(lemma_of(p) in PRESSURE_NOUNS or p.lower_ in PRESSURE_NOUNS for p in pressed):
                    continue  # ("heeding calls", "heeding the appeals"; not "heeding the lessons")
                if lemma == "heed" and any(self._own_side(p) for p in pressed):
                    continue  # ("boycotted the elections, heeding a call by their leader": following one's own side yields nothing)
                verb = self.kids.head(cue)
            elif cue.lower_ == "pressure" and cue.dep_ == "pobj" and self.kids.head(cue).lower_ == "under":
                pressed = [p for c in self.kids[cue.i] if c.dep_ == "prep" and c.lower_ in ("from", "of") for p in self.kids[c.i] if p.dep_ == "pobj"]
                verb = self.kids.head(self.kids.head(cue))
            else:
                continue
            if verb.pos_ != "VERB" or verb is cue or negated_verb(self.kids[verb.i]) \
                    or any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in self.kids[verb.i]):
                continue
            act = verb
            if lemma_of(verb) in ("vote", "decide", "agree") or verb.tag_ == "VBD" and lemma_of(verb) == "move":
                # ("voted to set up an independent electoral commission": what was voted for is the act)
                act = next((c for c in self.kids[verb.i] if c.dep_ == "xcomp" and infinitive(c, self.kids)), verb)
            if verb.i in seen:
                continue
            if any(x.trig.pos == "N" and x.tok.dep_ in OBJ and self.kids.head(x.tok).i == act.i and x.type not in CONFLICTUAL
                   for x in drafts):
                continue  # ("handed in his resignation, bowing to months of public fury": the act its object names is read)
            if act.i in seen:
                # (an act the lexicon reads already keeps its own type: "bowing to pressure, freed 40 prisoners"; one
                # only voted for is a concession made by the vote: "voted to set up an electoral commission")
                if act is verb or not all(x.hypothetical and not x.negated and x.type not in CONFLICTUAL
                                          for x in drafts if x.tok.i == act.i):
                    continue
                act = verb
            subj, passive = self._subject(verb)
            doers = self._keys(subj) if subj and not passive else []
            if not doers or not any(c.dep_ in OBJ or c.dep_ in ("prt", "xcomp") for c in self.kids[act.i]):
                continue
            recipients = [k for p in pressed for k in self._object_keys(p) if k not in doers]
            seen.add(act.i)
            yield _Draft(act, Trigger((act.lower_,), "V", "CONCEDE", None, None), act.i + 1, "CONCEDE", None, None,
                         actors=list(doers), recipients=_uniq(recipients))

    def _is_to(self, be: Token, verb: Token) -> bool:
        """'South Africa is to send food': "be" followed at once by the infinitive of what is to be done (not "it
        was premature to discuss the matter", nor a clause that hangs on something else)."""
        return verb.dep_ == "xcomp" and be.i + 1 < verb.i and self.toks[be.i + 1].lower_ == "to" and lemma_of(be) == "be" \
            and be.dep_ in ("ROOT", "ccomp", "conj") and self.kids.head(verb) is be and infinitive(verb, self.kids) \
            and not any(c.dep_ in ("acomp", "attr") for c in self.kids[be.i])

    def _refusals(self, drafts: list[_Draft], start: int, end: int) -> Iterator[_Draft]:
        """'said it would not attend the six-party talks', 'Berlin will not take part': to say one will not
        join a meeting, a force or an effort is a refusal (REJECT), and the meeting is not one the doer holds."""
        seen = {d.tok.i for d in drafts}
        for verb in self.toks[start:end]:
            if verb.pos_ != "VERB" or verb.i in seen:
                continue
            lemma = lemma_of(verb)
            kids = self.kids[verb.i]
            took_part = lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in kids)
            # ("will not allow NATO warplanes to cross its airspace": who is not let do something is refused)
            permitted = [s for c in kids if c.dep_ in ("ccomp", "xcomp") for s in self.kids[c.i] if s.dep_ in SUBJ] \
                if lemma in PERMITTING_VERBS else []
            # ("would not renew its loans to Nairobi": a good turn named by the object of a verb that is no event)
            withheld = [x for x in drafts if x.type in COOPERATIVE and x.trig.pos == "N" and x.tok.dep_ == "dobj"
                        and self.kids.head(x.tok).i == verb.i]
            if lemma not in PARTICIPATION_VERBS and not took_part and not withheld and not permitted:
                continue
            if not negated_verb(kids) \
                    or not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in kids):
                continue
            subj, passive = self._subject(verb)
            doers = self._keys(subj) if subj and not passive else []
            if not doers:
                continue
            objects = permitted + [c for c in kids if c.dep_ in OBJ and c.lower_ != "part"] + \
                [p for c in kids if c.dep_ == "prep" and c.lower_ in ("in", "into") for p in self.kids[c.i] if p.dep_ == "pobj"]
            if not took_part and not objects:
                continue
            for x in drafts:
                if any(x.tok.i == o.i for o in objects):
                    x.negated = True  # (the talks it stays away from are no meeting it holds)
            if self._told_by_doer(drafts, "REJECT", doers):
                continue  # ("would not renew its loans, rejecting a plea": the refusal is told in its own words)
            recipients = [k for o in objects for k in self._np_participants(o) if k not in doers] + \
                [k for x in withheld for k in x.recipients if k not in doers]
            yield _Draft(verb, Trigger((verb.lower_,), "V", "REJECT", None, None), verb.i + 1, "REJECT", None, None,
                         actors=list(doers), recipients=_uniq(recipients))

    def _travel_bans(self, drafts: list[_Draft], start: int, end: int) -> Iterator[_Draft]:
        """'was released on bail but was not allowed to leave the country', 'prevented the activist from leaving
        Turkey': keeping someone from leaving a country restricts their movement (COERCE 'restrict'), by whoever
        does not let them."""
        at = {d.tok.i: d for d in drafts}
        for verb in self.toks[start:end]:
            if verb.pos_ != "VERB" or verb.i in at and not (at[verb.i].negated and at[verb.i].mode == "access"):
                continue
            lemma, kids = lemma_of(verb), self.kids[verb.i]
            if lemma in PERMITTING_VERBS and negated_verb(kids):
                goes = [c for c in kids if c.dep_ in ("xcomp", "ccomp") and lemma_of(c) in LEAVING_VERBS]
            elif lemma in PREVENTING_VERBS and not negated_verb(kids):
                goes = [g for c in kids if c.dep_ == "prep" and c.lower_ == "from" for g in self.kids[c.i]
                        if g.dep_ == "pcomp" and lemma_of(g) in LEAVING_VERBS]
            else:
                continue
            # (leaving a country, or going abroad; "not allowed to leave the meeting early", "prevented from leaving the
            # hotel" are no bans)
            if not goes or not all(self._country_like(o) for o in self.kids[goes[0].i] if o.dep_ in OBJ):
                continue
            subj, passive = self._subject(verb)
            if passive:
                kept, keepers = self._keys(subj), self._keys(self._agent_objects(verb))
            else:
                kept = self._keys([o for o in kids if o.dep_ in OBJ] + [s for s in self.kids[goes[0].i] if s.dep_ in SUBJ])
                keepers = self._keys(subj)
            if not kept or lemma in PREVENTING_VERBS and not keepers:
                continue  # ("rain prevented the team from leaving": no one keeps them)
            trig = Trigger((verb.lower_,), "V", "COERCE", None, "restrict")
            if verb.i in at:
                # the access refused ("was not allowed to leave") is the restriction itself
                d = at[verb.i]
                d.trig, d.type, d.fine, d.mode, d.negated = trig, "COERCE", None, "restrict", False
                d.recipients = d.recipients or kept
                continue
            yield _Draft(verb, trig, verb.i + 1, "COERCE", None, "restrict", actors=[k for k in keepers if k not in kept], recipients=kept)

    def _country_like(self, tok: Token) -> bool:
        """A country or the like left or entered ("Turkey", "the country", "Iran's territory")."""
        keys = self.table.keys_for(tok)
        if keys:
            return all(self.table.cls_of(k) in ("Country", "Location") for k in keys) and tok.ent_type_ in ("GPE", "")
        return lemma_of(tok) in ("country", "territory", "kingdom", "state", "republic")

    def _forecasters(self, keys: list[str]) -> bool:
        """Speakers who forecast rather than speak for a side: analysts, experts, observers."""
        heads = [re.split(r" (?:in|of|from|at|with) ", self.table.label_of(k).lower())[0].split() for k in keys]
        return any(h and singular(h[-1]) in FORECASTER_NOUNS for h in heads)  # ("analysts in Seoul")

    def _conditional(self, tok: Token, marks: tuple[str, ...] = ("if", "unless")) -> bool:
        """An if- or unless-clause hangs on the verb."""
        return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in self.kids[c.i])
                   for c in self.kids[tok.i])

    @staticmethod
    def _told_by_doer(drafts: list[_Draft], etype: str, doers: list[str]) -> bool:
        """True when the sentence asserts an event of this type by one of these doers in its own words: an
        intention read off a modal then adds nothing ("turned down the offer, saying it would not accept aid")."""
        return bool(doers) and any(x.type == etype and not x.negated and not x.hypothetical and x.derived_from is None
                                   and set(x.actors) & set(doers) for x in drafts)

    @staticmethod
    def _under_type(d: _Draft, drafts: list[_Draft], types: tuple[str, ...]) -> bool:
        """True when d sits in the complement of an event of one of these types ("warned that they would …")."""
        at = {x.tok.i: x for x in drafts if x is not d}
        node = d.tok
        for _ in range(3):
            # ("warned Belarus that it would face fresh sanctions": the event noun is the object of the clause's
            # verb; "promised indigenous leaders that it will recognise …": the clause hangs on the addressee)
            if node.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "dobj", "pobj", "prep", "acl") or node.head.i == node.i:
                return False
            node = node.head
            x = at.get(node.i)
            if x is None and node.pos_ == "VERB":
                # ("issued a warning on Friday that his troops would strike …": the clause hung on the light verb)
                x = next((at[c.i] for c in node.children if c.dep_ in OBJ and c.i in at and at[c.i].trig.pos == "N"), None)
            if x is not None and x.type in types and not x.negated:
                return True
        return False

    @staticmethod
    def _governing_modal(tok: Token) -> Token | None:
        """'would not hesitate to use force', 'would call a general strike', 'will resume fighting': the
        future marker of the verb whose complement or object the event is."""
        node = tok
        for _ in range(2):
            if node.dep_ not in ("xcomp", "dobj") or node.head.i == node.i:
                return None
            node = node.head
            if node.pos_ not in ("VERB", "AUX"):
                return None
            modal = next((c for c in node.children if c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall")), None)
            if modal is not None:
                return modal
        return None

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

    def _main_event(self, found: list[_Draft]) -> _Draft | None:
        """The event a sentence is mainly about, as PLOVER and CAMEO coders pick one per sentence: of the
        asserted events other than statements, the one whose trigger stands highest in the parse (a verb
        before a noun at the same height, then the earlier).  "Rebels said they had freed 12 hostages
        after talks": the release, not the talks."""
        def depth(tok: Token) -> int:
            n = 0
            while self.kids.head(tok) is not tok and n < 60:
                tok = self.kids.head(tok)
                n += 1
            return n
        cands = [d for d in found if not d.negated and not d.hypothetical and d.type != "STATEMENT"]
        return min(cands, key=lambda d: (depth(d.tok), d.trig.pos != "V", d.tok.i), default=None)

    def events(self, skip_sentences: frozenset[int]) -> tuple[Event, ...]:
        out: list[Event] = []
        for si, sent in enumerate(self.sentences):
            if si in skip_sentences:
                continue
            found = self.sentence_events(si)
            self.told.update(d.type for d in found if not d.negated and not d.hypothetical)
            main = self._main_event(found)
            for d in found:
                tok = d.tok
                a = tok.idx
                if "-" in d.trig.words[-1] and tok.i >= 2 and self.toks[tok.i - 1].text == "-":
                    a = self.toks[tok.i - 2].idx  # "sit-in" split by the tokenizer
                last = self.toks[d.end - 1]
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
                    main=d is main,
                ))
        seen: set[str] = set()
        uniq: list[Event] = []
        for e in out:
            if e.key in seen:
                continue
            seen.add(e.key)
            uniq.append(e)
        return tuple(uniq)
