"""Extraction rules on hand-built Docs: the parse is fixed here, so the statistical model cannot drift.

Each sentence is written for these tests.  A token is "word lemma POS TAG dep head [ENT]" with
``head`` the absolute index of its head (its own index for the root) and ENT an IOB tag such as
B-PERSON.
"""

from __future__ import annotations

import spacy
import pytest
from spacy.tokens import Doc

from kg.nlp.component import KgExtractor
from kg.nlp.extraction import anchor_dates
from kg.nlp.dates import parse_anchor


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def make_doc(vocab, rows: str) -> Doc:
    words, lemmas, pos, tags, deps, heads, ents, spaces = [], [], [], [], [], [], [], []
    for line in rows.strip().splitlines():
        parts = line.split()
        w, lem, p, t, d, h = parts[:6]
        words.append(w)
        lemmas.append(lem)
        pos.append(p)
        tags.append(t)
        deps.append(d)
        heads.append(int(h))
        ents.append(parts[6] if len(parts) > 6 else "O")
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        spaces.append(bool(nxt) and nxt not in (".", ",", "’s", "'s") and w not in ("—",) or w == "—")
    return Doc(vocab, words=words, spaces=spaces, lemmas=lemmas, pos=pos, tags=tags, deps=deps, heads=heads, ents=ents)


def run(blank, rows: str):
    doc = make_doc(blank.vocab, rows)
    doc = KgExtractor(blank)(doc)
    ents = {e.key: e for e in doc._.kg_entities}
    return doc, ents, doc._.kg_events


def only(events, etype):
    found = [e for e in events if e.type == etype]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in events]
    return found[0]


PASSIVE = """
The the DET DT det 1
plan plan NOUN NN nsubjpass 3
was be AUX VBD auxpass 3
rejected reject VERB VBN ROOT 3
by by ADP IN agent 3
the the DET DT det 7
opposition opposition NOUN NN compound 7
parties party NOUN NNS pobj 4
. . PUNCT . punct 3
"""


def test_passive_agent_is_the_actor(blank):
    doc, ents, events = run(blank, PASSIVE)
    ev = only(events, "REJECT")
    assert [ents[k].label for k in ev.actors] == ["opposition parties"]
    group = ents[ev.actors[0]]
    assert group.cls == "Group" and group.scope == "article" and group.sector == "OPP"
    assert ev.trigger.text == "rejected" and ev.key == f"s0-t{ev.trigger.start}"
    assert ev.sentence.text == doc.text.strip()


RELEASE = """
President President PROPN NNP compound 2
Ana Ana PROPN NNP compound 2 B-PERSON
Lima Lima PROPN NNP nsubj 3 I-PERSON
freed free VERB VBD ROOT 3
12 12 NUM CD nummod 5
prisoners prisoner NOUN NNS dobj 3
. . PUNCT . punct 3
"""


def test_release_with_titled_actor_and_counted_recipient(blank):
    _, ents, events = run(blank, RELEASE)
    ev = only(events, "RETREAT")
    assert ev.fine == "Release" and ev.mode == "release"
    person = ents[ev.actors[0]]
    assert person.key == "ana-lima" and person.cls == "Person" and person.titles == ("President",)
    assert "President Ana Lima" in person.aliases
    group = ents[ev.recipients[0]]
    assert group.label == "12 prisoners" and group.size == 12
    assert [(c.kind, c.value, c.qualifier) for c in ev.counts] == [("count", 12, "exact")]
    assert not any(e.label == "President" for e in ents.values())


ATTRIBUTION = """
Ana Ana PROPN NNP compound 1 B-PERSON
Lima Lima PROPN NNP nsubj 2 I-PERSON
spoke speak VERB VBD ROOT 2
. . PUNCT . punct 2
She she PRON PRP nsubj 5
said say VERB VBD ROOT 5
police police NOUN NNS nsubj 7
arrested arrest VERB VBD ccomp 5
at at ADP IN advmod 9
least least ADJ JJS advmod 10
40 40 NUM CD nummod 11
students student NOUN NNS dobj 7
. . PUNCT . punct 5
"""


def test_pronoun_speaker_and_reported_arrest(blank):
    _, ents, events = run(blank, ATTRIBUTION)
    say = only(events, "STATEMENT")
    assert say.actors == ("ana-lima",)
    arrest = only(events, "COERCE")
    assert arrest.fine == "Arrest"
    assert ents[arrest.actors[0]].sector == "COP"
    assert arrest.reported_by == ("ana-lima",)
    assert [(c.kind, c.value, c.qualifier) for c in arrest.counts] == [("arrested", 40, "at least")]
    assert not any(e.label.lower() == "she" for e in ents.values())


NEGATED = """
Officials official NOUN NNS nsubj 3
did do AUX VBD aux 3
not not PART RB neg 3
confirm confirm VERB VB ROOT 3
the the DET DT det 5
arrest arrest NOUN NN dobj 3
of of ADP IN prep 5
Pedro Pedro PROPN NNP compound 8 B-PERSON
Ruiz Ruiz PROPN NNP pobj 6 I-PERSON
. . PUNCT . punct 3
"""


def test_unconfirmed_event_is_flagged(blank):
    _, ents, events = run(blank, NEGATED)
    arrest = only(events, "COERCE")
    assert arrest.negated and arrest.recipients == ("pedro-ruiz",)


DEMAND = """
Rebels rebel NOUN NNS nsubj 1
demanded demand VERB VBD ROOT 1
the the DET DT det 3
release release NOUN NN dobj 1
of of ADP IN prep 3
hostages hostage NOUN NNS pobj 4
. . PUNCT . punct 1
"""


def test_demanded_release_is_hypothetical(blank):
    _, ents, events = run(blank, DEMAND)
    req = only(events, "REQUEST")
    assert [ents[k].label for k in req.actors] == ["Rebels"] and not req.hypothetical
    rel = only(events, "RETREAT")
    assert rel.hypothetical and [ents[k].label for k in rel.recipients] == ["hostages"]


DATELINE = """
LIMA LIMA PROPN NNP nsubj 5 B-ORG
, , PUNCT , punct 0
Peru Peru PROPN NNP appos 0 B-GPE
— — PUNCT : punct 0
Protesters protester NOUN NNS nsubj 5
marched march VERB VBD ROOT 5
. . PUNCT . punct 5
"""


def test_dateline_city_is_a_location_not_an_actor(blank):
    _, ents, events = run(blank, DATELINE)
    assert ents["lima"].cls == "Location" and ents["lima"].label == "Lima"
    assert ents["peru"].cls == "Country"
    ev = only(events, "PROTEST")
    assert [ents[k].label for k in ev.actors] == ["Protesters"]
    assert ents[ev.actors[0]].sector == "CVL"


TITLE = """
Secretary Secretary PROPN NNP compound 4
of of ADP IN prep 0
State State PROPN NNP pobj 1 B-ORG
Juan Juan PROPN NNP compound 4 B-PERSON
Perez Perez PROPN NNP nsubj 5 I-PERSON
said say VERB VBD ROOT 5
Carlos Carlos PROPN NNP compound 7 B-ORG
Mendez Mendez PROPN NNP nsubj 8 I-ORG
resigned resign VERB VBD ccomp 5
. . PUNCT . punct 5
"""


def test_titles_are_data_and_given_names_fix_labels(blank):
    _, ents, events = run(blank, TITLE)
    assert "state" not in ents
    assert ents["juan-perez"].titles == ("Secretary of State",)
    assert ents["carlos-mendez"].cls == "Person"
    ev = only(events, "RETREAT")
    assert ev.mode == "resign" and ev.actors == ("carlos-mendez",) and ev.reported_by == ("juan-perez",)


GOVERNMENTS = """
The the DET DT det 4
Chilean chilean ADJ JJ amod 4 B-NORP
and and CCONJ CC cc 1
Peruvian peruvian ADJ JJ conj 1 B-NORP
governments government NOUN NNS nsubj 5
signed sign VERB VBD ROOT 5
an an DET DT det 7
agreement agreement NOUN NN dobj 5
. . PUNCT . punct 5
"""


def test_coordinated_demonyms_are_two_state_actors(blank):
    _, ents, events = run(blank, GOVERNMENTS)
    ev = only(events, "SUPPORT")
    assert set(ev.actors) == {"chilean-government", "peruvian-government"}
    gov = ents["chilean-government"]
    assert gov.label == "Chilean government" and gov.country == "chile" and gov.sector == "GOV"
    assert ents["chile"].cls == "Country" and ents["peru"].cls == "Country"
    assert not [e for e in events if e.type == "AGREE"]  # the object noun is folded into "signed"


SURNAME = """
Luis Luis PROPN NNP compound 1 B-PERSON
Arce Arce PROPN NNP nsubj 2 I-PERSON
spoke speak VERB VBD ROOT 2
. . PUNCT . punct 2
Arce Arce PROPN NNP nsubj 5 B-ORG
condemned condemn VERB VBD ROOT 5
the the DET DT det 7
attack attack NOUN NN dobj 5
. . PUNCT . punct 5
"""


def test_surname_joins_the_full_name(blank):
    _, ents, events = run(blank, SURNAME)
    person = ents["luis-arce"]
    assert person.cls == "Person" and len(person.mentions) == 2 and "Arce" in person.aliases
    assert person.merge_notes and "surname" in person.merge_notes[0]
    assert "arce" not in ents
    assert only(events, "ACCUSE").actors == ("luis-arce",)


TALLY = """
Clashes clash NOUN NNS nsubj 1
erupted erupt VERB VBD ROOT 1
, , PUNCT , punct 1
leaving leave VERB VBG advcl 1
5 5 NUM CD nummod 5
dead dead ADJ JJ dobj 3
and and CCONJ CC cc 5
30 30 NUM CD nsubj 8
injured injure VERB VBN conj 5
. . PUNCT . punct 1
"""


def test_tally_counts_go_to_the_right_events(blank):
    _, ents, events = run(blank, TALLY)
    kinds = {e.trigger.text: {(c.kind, c.value) for c in e.counts} for e in events}
    # the clashes and the toll they leave are one incident: one ASSAULT event with both counts
    assert kinds == {"Clashes": {("dead", 5), ("injured", 30)}}


def test_relative_date_is_anchored_on_the_article_date(blank):
    rows = """
Police police NOUN NNS nsubj 1
detained detain VERB VBD ROOT 1
him he PRON PRP dobj 1
on on ADP IN prep 1
Sunday Sunday PROPN NNP pobj 3 B-DATE
. . PUNCT . punct 1
"""
    _, _, events = run(blank, rows)
    (ev,) = anchor_dates(events, parse_anchor("2025-01-15"))  # a Wednesday
    assert ev.date.text == "on Sunday" and ev.date.value == "2025-01-12" and ev.date.precision == "day"


FURNITURE = """
Leave leave VERB VB ROOT 0
a a DET DT det 2
Comment comment NOUN NN dobj 0
"""


def test_page_furniture_yields_nothing(blank):
    _, ents, events = run(blank, FURNITURE)
    assert not ents and not events


# ----------------------------------------------------------------- second pass: merging, purposes, allegations

CONSEQUENCE = """
Rebels rebel NOUN NNS nsubj 1
attacked attack VERB VBD ROOT 1
the the DET DT det 3
town town NOUN NN dobj 1
, , PUNCT , punct 1
killing kill VERB VBG advcl 1
12 12 NUM CD nummod 7
people people NOUN NNS dobj 5
. . PUNCT . punct 1
"""


def test_an_attack_and_the_killing_it_causes_are_one_event(blank):
    _, ents, events = run(blank, CONSEQUENCE)
    ev = only(events, "ASSAULT")
    assert [ents[k].label for k in ev.actors] == ["Rebels"]
    assert [(c.kind, c.value) for c in ev.counts] == [("dead", 12)]


PROTEST_PURPOSE = """
Farmers farmer NOUN NNS nsubj 1
blocked block VERB VBD ROOT 1
the the DET DT det 3
road road NOUN NN dobj 1
to to PART TO aux 5
demand demand VERB VB advcl 1
lower low ADJ JJR amod 7
prices price NOUN NNS dobj 5
. . PUNCT . punct 1
"""


def test_the_demand_a_protest_is_made_for_is_no_request_of_its_own(blank):
    _, ents, events = run(blank, PROTEST_PURPOSE)
    protest = only(events, "PROTEST")
    assert protest.mode == "obstruct" and [ents[k].label for k in protest.actors] == ["Farmers"]
    assert not [e for e in events if e.type == "REQUEST"]


ALLEGED = """
Police police NOUN NNS nsubj 1
arrested arrest VERB VBD ROOT 1
him he PRON PRP dobj 1
for for ADP IN prep 1
attacking attack VERB VBG pcomp 3
a a DET DT det 6
guard guard NOUN NN dobj 4
. . PUNCT . punct 1
"""


def test_what_someone_is_arrested_for_is_alleged(blank):
    _, _, events = run(blank, ALLEGED)
    arrest = only(events, "COERCE")
    assert not arrest.hypothetical and arrest.fine == "Arrest"
    attack = only(events, "ASSAULT")
    assert attack.hypothetical
