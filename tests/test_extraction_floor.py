"""Regression floor for extraction quality on the DEV gold files (never the test files).

Each dev file is built into a fresh store and scored exactly as ``kg eval`` does
(:func:`kg.evaluate.evaluate`).  The floors sit a little below what the extractor reaches (the
figures are in ``FLOORS``' comment), so a rule change that costs a point somewhere still passes
while a real regression fails.  The whole dev set builds in about ten to fifteen seconds.

``tests/data/own_gold.jsonl`` holds about 300 sentences written for kg (one set per PLOVER type,
longer wire-style sentences, and lower-cased police news), in the same gold format: a check that
the rules carry beyond the dev sentences they were tuned on.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SHARED

from kg.evaluate import evaluate

EVAL = SHARED / "eval"

#: file → (typed F1 floor, strict F1 floor).  Reached when set (round 3): seed 1.000/1.000,
#: plover_gsr_dev 0.851/0.624, wikievents_dev 0.837/0.695; own_gold 0.935/0.846.  Round 4 (lexicon
#: rows for the CAMEO categories, police vocabulary, roles through particles, offices as participants,
#: attacks tried): seed 1.000/1.000, plover_gsr_dev 0.857/0.648, wikievents_dev 0.845/0.698;
#: own_gold 0.940/0.854.  Round 5 (participants: "according to" is a source, blaming an event blames
#: its doer, a frontier's far side, possessor as doer beside an of-phrase, stranded prepositions,
#: contact clauses; not asserted: "in protest", lifted restrictions, planned events): seed
#: 1.000/1.000, plover_gsr_dev 0.857/0.659, wikievents_dev 0.845/0.698; own_gold 0.940/0.857.
#: Round 6 (forces act for their owner, negative quantifiers, presupposed definite events, two-sided
#: incidents, police paperwork): plover_gsr_dev 0.857/0.665, wikievents_dev 0.848/0.696; others same.
#: Rounds 7–9 (from the blind CAMEO sets below): plover_gsr_dev 0.857/0.665, wikievents_dev 0.846/0.695,
#: own_gold 0.942/0.872.  Round 10 (organisation gazetteer with canonical names, second blind batch):
#: plover_gsr_dev 0.857/0.643, wikievents_dev 0.844/0.688, own_gold 0.942/0.849 — the strict drop was the
#: canonical organisation labels ("U.N. Security Council" is labelled "United Nations Security Council");
#: with every written name an rdfs:label (end of round 10): plover_gsr_dev 0.855/0.696, wikievents_dev
#: 0.844/0.693, own_gold 0.943/0.877.  Round 11 (tuned on the formerly held-out C, E, F, J, O, T):
#: plover_gsr_dev 0.858/0.689, wikievents_dev 0.844/0.703, own_gold 0.947/0.880.  Round 12 (tuned on the
#: formerly held-out U, V, W, X and the new AB, AC): plover_gsr_dev 0.858/0.689, wikievents_dev 0.842/0.712,
#: own_gold 0.948/0.882.  Round 14 (2026-12-02; rules from sentences written for tests/test_nlp_round14.py,
#: plus two found on the dev files: a failure to agree is a rejection, a question asked is a statement):
#: plover_gsr_dev 0.861/0.692, wikievents_dev 0.851/0.722, own_gold 0.948/0.885; blind sets 0 to +0.016
#: strict, F −0.004 and H −0.002 typed (acts told after another are now their own events); held-out
#: Y 0.879/0.644, Z 0.791/0.614, AA 0.828/0.651.  Round 15 (2026-12-02; misreadings seen in the corpus
#: graphs, fixed on sentences written for tests/test_nlp_round15.py): dev files and own_gold unchanged;
#: L 0.682/0.535 → 0.691/0.541, X 0.820/0.615 → 0.824/0.617, held-out Z 0.791/0.614 → 0.794/0.617.
#: Round 16 (2026-12-02, later; arguments: plural pronouns, relative and apposed names, headline passives,
#: what a demand, refusal or offer named by a noun is aimed at; sentences written for
#: tests/test_nlp_round16.py): plover_gsr_dev 0.864/0.696, wikievents_dev 0.855/0.748, own_gold unchanged;
#: every blind set same or higher strict (+0.002 to +0.046), typed −0.002 (N) to +0.014 (L); held-out
#: Y 0.882/0.653, Z 0.797/0.626, AA 0.830/0.670.  Round 17 (2026-12-02, afternoon; from the fifth blind batch AD,
#: AE below, the dev files and the corpus graphs; sentences written for tests/test_nlp_round17.py): plover_gsr_dev
#: 0.864/0.696 → 0.862/0.694 (events now asserted that an adjunct of time, a presupposing verb or "halt" had hidden:
#: true secondary events the one-event gold leaves out), wikievents_dev 0.855/0.748 → 0.858/0.766, own_gold
#: unchanged; held-out Y 0.882/0.653 → 0.882/0.655, Z 0.797/0.626 → 0.794/0.632, AA 0.830/0.670 → 0.830/0.675.
#: Round 19 (2026-12-02, night; the seventh batch below): dev files and own_gold unchanged; held-out Z 0.794/0.632 →
#: 0.800/0.639, AA 0.833/0.682 → 0.837/0.686, AF 0.885/0.732 → 0.891/0.738, Y 0.885/0.655 → 0.894/0.665 (a listing of
#: AF's and Y's missed sentences was seen during the round: treat them as no longer fully blind).
#: Round 20 (2026-12-02, late night; the eighth batch below): plover_gsr_dev 0.862/0.694 → 0.860/0.692 (a coordinated
#: "donated and delivered" is now two events), wikievents_dev unchanged, own_gold 0.950/0.890 → 0.951/0.894; held-out
#: Z 0.800/0.639 → 0.800/0.646, AA unchanged, AF 0.891/0.738 → 0.894/0.742, Y 0.894/0.665 → 0.898/0.670.
#: Round 38 (2026-12-05): plover_gsr_dev 0.881/0.722 → 0.900/0.728 (floor raised to 0.87), wikievents_dev and own_gold
#: unchanged (0.851/0.761, 0.961 → 0.962/0.908).
FLOORS = {
    "seed_gold.json": (0.97, 0.95),
    "plover_gsr_dev.jsonl": (0.87, 0.69),
    "wikievents_dev.jsonl": (0.82, 0.67),
}
#: The sentences written for kg (not shared data): (typed, strict) floor.
OWN = Path(__file__).parent / "data" / "own_gold.jsonl"
OWN_FLOOR = (0.92, 0.85)
#: Blind CAMEO-style sets written for kg on 2026-12-01, one news sentence per CAMEO code, by writers
#: who never saw the extractor (A, C, E, G: CAMEO 01–10; B, D, F, H: 11–20; A–D 1985–2010 wire copy,
#: E–F 2005–2024 and other regions, G–H long 2012–2025 online copy; the PLOVER gold standard's
#: one-main-event coding, so precision is a lower bound).  Rules were tuned on A and B (round 7),
#: D (round 8), G and H (round 9); C, E and F were never read to write rules.  Typed/strict F1 at
#: session start → round 7 → round 8 → round 9:
#:   C 0.722/0.418 → 0.757/0.472 → 0.757/0.479 → 0.757/0.479
#:   E 0.650/0.445 → 0.664/0.469 → 0.660/0.477 → 0.660/0.484
#:   F 0.613/0.355 → 0.611/0.360 → 0.619/0.378 → 0.627/0.388
#: tuned: A 0.681/0.433 → 0.808/0.593, B 0.742/0.453 → 0.801/0.536, D 0.673/0.428 → 0.767/0.537,
#: G 0.562/0.372 → 0.649/0.448, H 0.578/0.337 → 0.628/0.385.  Next sessions: write new blind sets
#: before tuning on these.
BLIND = {name: Path(__file__).parent / "data" / f"cameo_blind_{name}.jsonl" for name in "abcdefgh"}
BLIND_FLOORS = {"a": (0.78, 0.58), "b": (0.78, 0.54), "c": (0.78, 0.57), "d": (0.73, 0.56),
                "e": (0.65, 0.49), "f": (0.67, 0.41), "g": (0.63, 0.49), "h": (0.61, 0.40)}

#: Second blind batch (session of 2026-12-01, evening), by writers who never saw the extractor:
#: I, J, M, N, O in the PLOVER gold standard's own shape (16 types, no STATEMENT, one required main
#: event per sentence, secondary true events marked optional; N favours nominalisations, passives and
#: idioms); Q, R, S, T one sentence per CAMEO code in that shape (Q, T: codes 01–10; R, S: 11–20);
#: K and P in WikiEvents' shape (consecutive sentences of imagined 2010–2024 articles, about half
#: negatives, arguments as head words); L in IndiaPoliceEvents' shape (lower-cased city-page
#: sentences, police actions only, so violence by others counts against precision by design).
#: Round 10 was tuned on I, K, L, M, N, P, Q, R and S; J, O and T were never read to write rules.
#: Typed/strict F1 when each set arrived → end of round 10 (the strict gain at the end is mostly the
#: change to every written name being an rdfs:label):
#:   held out: J 0.834/0.572 → 0.855/0.640, O 0.814/0.515 → 0.838/0.610, T 0.815/0.565 → 0.815/0.660
#:   tuned: I 0.863/0.613 → 0.966/0.751, K 0.844/0.682 → 0.891/0.735, L 0.651/0.500 → 0.667/0.523,
#:   M 0.849/0.594 → 0.897/0.712, N 0.791/0.556 → 0.899/0.640, P 0.881/0.720 → 0.884/0.731,
#:   Q 0.792/0.601 → 0.886/0.737, R 0.785/0.408 → 0.854/0.544, S 0.804/0.479 → 0.870/0.584
#: The first batch moved too: held-out C 0.757/0.479 → 0.772/0.559, E 0.660/0.484 → 0.660/0.491,
#: F 0.627/0.388 → 0.650/0.412.  Next sessions: write new blind sets before tuning on these.
#: Round 11 (session of 2026-12-01, night) tuned on C, E, F, J, O and T, which had been held out until then:
#:   C 0.772/0.559 → 0.810/0.620, E 0.660/0.491 → 0.694/0.557, F 0.650/0.412 → 0.714/0.461,
#:   J 0.855/0.640 → 0.917/0.712, O 0.838/0.610 → 0.899/0.682, T 0.815/0.660 → 0.868/0.719.
SECOND_BLIND = {"i": "plover_blind_i", "j": "plover_blind_j", "k": "wiki_blind_k", "l": "india_blind_l",
                "m": "plover_blind_m", "n": "plover_blind_n", "o": "plover_blind_o", "p": "wiki_blind_p",
                "q": "cameo_blind_q", "r": "cameo_blind_r", "s": "cameo_blind_s", "t": "cameo_blind_t"}
SECOND_BLIND_FLOORS = {"i": (0.93, 0.71), "j": (0.87, 0.65), "k": (0.85, 0.70), "l": (0.63, 0.49),
                       "m": (0.86, 0.65), "n": (0.87, 0.60), "o": (0.86, 0.62), "p": (0.85, 0.70),
                       "q": (0.85, 0.69), "r": (0.82, 0.51), "s": (0.84, 0.55), "t": (0.83, 0.68)}

#: Third blind batch (session of 2026-12-01, night), by writers who never saw the extractor: U (one
#: sentence per CAMEO code 01–10), V (11–20, four-digit codes too), W (every three-digit code 010–204, in
#: 1980s–90s wire style), all in the PLOVER gold standard's shape (16 types, one required main event,
#: secondary true events optional); X in IndiaPoliceEvents' shape (lower-cased, police arrests and force
#: only, half negatives).  None was read to write rules.  Typed/strict F1 when each set arrived → end
#: of round 11: U 0.789/0.611 → 0.803/0.618, V 0.753/0.540 → 0.761/0.549, W 0.750/0.502 → 0.786/0.531,
#: X 0.777/0.571 → 0.780/0.574.  Round 12 was tuned on them (after the fourth batch below was written):
#: U 0.908/0.682, V 0.888/0.619, W 0.864/0.582, X 0.817/0.605.
THIRD_BLIND = {"u": "cameo_blind_u", "v": "cameo_blind_v", "w": "cameo_blind_w", "x": "india_blind_x"}
THIRD_BLIND_FLOORS = {"u": (0.87, 0.64), "v": (0.85, 0.58), "w": (0.83, 0.54), "x": (0.78, 0.57)}

#: Fourth batch (session of 2026-12-01, late night), by writers who never saw the extractor: Y in the
#: PLOVER gold standard's shape (wire leads 1985–2008, one required main event, secondary true events
#: optional); Z in IndiaPoliceEvents' shape, set in the Times of India's reporting of the 2002 Gujarat riots
#: (lower-cased, police arrests, killings and force only, half negatives); AA in WikiEvents' shape (20
#: imagined articles, every event of the annotated types required); AB (CAMEO 01–10) and AC (11–20), one
#: sentence per code, written with parser-hard constructions.  Y, Z and AA were held out (never read to
#: write rules); round 12 was tuned on AB and AC.  Typed/strict F1 when each set arrived (scored with the
#: session's starting code, 859f34c, for Y, Z, AA) → end of round 12: Y 0.866/0.625 → 0.879/0.642,
#: Z 0.770/0.591 → 0.781/0.593, AA 0.827/0.650 → 0.826/0.650; AB 0.765/0.527 → 0.795/0.543,
#: AC 0.835/0.545 → 0.899/0.562.  Next sessions: keep Y, Z and AA held out until a fifth batch exists.
FOURTH_BLIND = {"y": "plover_blind_y", "z": "india_blind_z", "aa": "wiki_blind_aa", "ab": "cameo_blind_ab",
                "ac": "cameo_blind_ac"}
FOURTH_BLIND_FLOORS = {"y": (0.85, 0.61), "z": (0.75, 0.56), "aa": (0.80, 0.62), "ab": (0.77, 0.51),
                       "ac": (0.86, 0.53)}

#: Fifth batch (session of 2026-12-02, afternoon), by writers who never saw the extractor: AD in WikiEvents' shape
#: (22 imagined articles of about ten consecutive sentences, 1990–2026, about half negatives, 34 forbidden
#: assertions), AE in IndiaPoliceEvents' shape (212 lower-cased sentences from about 70 districts, police
#: arrests, killings and force only, 43 % negatives).  Measured when they arrived, with the code of the end of
#: round 11 (3a79b6c~1) and of round 16 (f3f0856), before any rule was written from them: AD 0.860/0.730 →
#: 0.867/0.755, AE 0.753/0.593 → 0.771/0.635 — rounds 12–16 carried to text they never saw.  Round 17 was then
#: tuned on them: AD 0.907/0.865, AE 0.793/0.649.
FIFTH_BLIND = {"ad": "wiki_blind_ad", "ae": "india_blind_ae"}
FIFTH_BLIND_FLOORS = {"ad": (0.86, 0.80), "ae": (0.75, 0.60)}

#: Sixth batch (session of 2026-12-02, evening), by writers who never saw the extractor: AF in the shape of the
#: CAMEO/PLOVER gold-standard records (170 single sentences, ten per PLOVER type with one main event each and the
#: other events optional, ten negatives), AG in WikiEvents' shape (22 imagined articles, 239 sentences, 47 %
#: negatives, 38 forbidden assertions), AH in IndiaPoliceEvents' shape (209 lower-cased sentences, police actions
#: only, 42 % negatives).  Measured when they arrived with the code of the end of round 17 (70b2e35): AF
#: 0.879/0.726, AG 0.861/0.738, AH 0.799/0.579.  AF is held out (only scored: 0.885/0.732 at the end of round 18);
#: round 18 was tuned on AH (0.852/0.684) and, after its first measurement, on AG (0.884/0.805).
SIXTH_BLIND = {"af": "cameo_blind_af", "ag": "wiki_blind_ag", "ah": "india_blind_ah"}
SIXTH_BLIND_FLOORS = {"af": (0.85, 0.70), "ag": (0.86, 0.76), "ah": (0.82, 0.64)}

#: Seventh batch (session of 2026-12-02, night), by writers who never saw the extractor: AI and AJ one
#: wire-service sentence per CAMEO code in the PLOVER gold standard's shape (AI: codes 02–10, 141 units; AJ:
#: 11–20, 163 units; other true events optional), AK and AL in IndiaPoliceEvents' shape (AK: 215 plain-English
#: city-page sentences from about 100 places; AL: 217 sentences in the style of the Times of India's 2002 Gujarat
#: coverage, the corpus IndiaPoliceEvents is drawn from).  First scores, with the code of the end of round 18
#: (d2462f2): AI 0.826/0.611, AJ 0.794/0.553, AK 0.774/0.527, AL 0.727/0.609.  Round 19 was tuned on AI, AK and AL
#: and, after its first measurement, on AJ: AI 0.925/0.674, AJ 0.855/0.592, AK 0.812/0.587, AL 0.789/0.683.
SEVENTH_BLIND = {"ai": "cameo_blind_ai", "aj": "cameo_blind_aj", "ak": "india_blind_ak", "al": "india_blind_al"}
SEVENTH_BLIND_FLOORS = {"ai": (0.91, 0.65), "aj": (0.85, 0.57), "ak": (0.78, 0.55), "al": (0.76, 0.65)}
#: Eighth blind batch (2026-12-02, night), written by helpers who never saw the extractor: AM and AN one wire sentence
#: per CAMEO code (02–10 and 11–20), two thirds of them with clauses a reader must not take for events of their own
#: (purposes, what is agreed, offered, demanded or threatened, conditions, background); AO police news in the style of
#: the 2002 Gujarat coverage.  First scores, with the code of the start of round 20 (9306e0a): AM 0.816/0.609,
#: AN 0.832/0.485, AO 0.799/0.658.  Round 20 was tuned on all three: AM 0.866/0.658, AN 0.898/0.504, AO 0.831/0.738.
EIGHTH_BLIND = {"am": "cameo_blind_am", "an": "cameo_blind_an", "ao": "india_blind_ao"}
EIGHTH_BLIND_FLOORS = {"am": (0.86, 0.64), "an": (0.89, 0.49), "ao": (0.81, 0.71)}
#: Ninth blind batch (same night, same helpers' brief, other reporters' style): AP and AQ one sentence per CAMEO code
#: (02–10, 11–20; longer sentences, rarer verbs), AR police news, half of it from other states and years (2005–2015).
#: First scores, each with the code of round 20 as it stood when the set arrived: AR 0.756/0.577 (96bfe30),
#: AP 0.834/0.635 and AQ 0.828/0.470 (a127d1a).  The last parts of round 20 were tuned on them.
NINTH_BLIND = {"ap": "cameo_blind_ap", "aq": "cameo_blind_aq", "ar": "india_blind_ar"}
NINTH_BLIND_FLOORS = {"ap": (0.85, 0.63), "aq": (0.86, 0.49), "ar": (0.75, 0.56)}
#: Tenth blind batch (2026-12-03), same brief: AS walks the CAMEO codebook 02–20, AT is 1990s wire copy over the
#: sixteen types with a passing second event in half the sentences, AU walks 01–20 (its 01 sentences code nothing
#: required).  First scores with the code of the start of round 21 (5d5e4b3): AS 0.879/0.705, AT 0.884/0.686,
#: AU 0.827/0.662.  Round 21 was tuned on all three: AS 0.921/0.718, AT 0.910/0.699, AU 0.867/0.694.
#: Round 22 (false positives of all the CAMEO/PLOVER-shaped sets by type): AS 0.926/0.721, AT 0.922/0.709, AU
#: 0.880/0.700, AI 0.943/0.684, AJ 0.884/0.602, AM 0.903/0.682, AN 0.932/0.532, AP 0.884/0.669, AQ 0.890/0.521.
TENTH_BLIND = {"as": "cameo_blind_as", "at": "cameo_blind_at", "au": "cameo_blind_au"}
TENTH_BLIND_FLOORS = {"as": (0.89, 0.69), "at": (0.89, 0.68), "au": (0.85, 0.67)}

#: Eleventh blind batch (2026-12-03), same brief: AV and AW walk the CAMEO codebook 02–10 / 11–20 with half the acts told
#: by a less common verb or idiom ("cold-shouldered", "poured cold water on", "put on hold"), AX and AY are wire copy
#: over the sixteen types (Europe and the former Soviet Union / Africa, Latin America and Asia).  First scores: AV
#: 0.853/0.620 and AW 0.869/0.594 with the code of 99228a5, AX 0.858/0.673 and AY 0.881/0.657 with the code of a6cfeb4
#: (the start of round 23, 04e28b7: AX 0.844/0.665, AY 0.875/0.655).  Round 23 was tuned on all four: AV 0.911/0.661,
#: AW 0.913/0.626, AX 0.903/0.706, AY 0.904/0.676.
ELEVENTH_BLIND = {"av": "cameo_blind_av", "aw": "cameo_blind_aw", "ax": "cameo_blind_ax", "ay": "cameo_blind_ay"}
ELEVENTH_BLIND_FLOORS = {"av": (0.89, 0.64), "aw": (0.89, 0.60), "ax": (0.88, 0.68), "ay": (0.88, 0.65)}

#: Held out (2026-12-03), written after round 23's rules and never used to write one: AZ wire copy over the sixteen
#: types, BA one sentence per CAMEO code 02–20.  First scores, with the code of the start of round 23 (04e28b7) and of
#: its end: AZ 0.848/0.636 both, BA 0.867/0.622 and 0.869/0.622.
HELD_OUT = {"az": "cameo_blind_az", "ba": "cameo_blind_ba"}
HELD_OUT_FLOORS = {"az": (0.83, 0.61), "ba": (0.85, 0.60)}

#: Twelfth blind batch (2026-12-03, afternoon), same brief: BB wire copy 1985–2008 over the sixteen types, BC one
#: sentence per CAMEO code 03–20; in most sentences a second event word that is not the main event (the main act's
#: object is an event of another type, or a background event in an adjunct).  First scores with the code of the start
#: of round 25 (b98fbe8): BB 0.842/0.597, BC 0.867/0.572.  BB was tuned on first; BC, held out while round 25's first
#: rules were written, scored 0.865/0.576 with them (rules read off one set's idioms did not carry), and was then tuned
#: on too.  End of round 25: BB 0.928/0.657, BC 0.917/0.619.
TWELFTH_BLIND = {"bb": "cameo_blind_bb", "bc": "cameo_blind_bc"}
TWELFTH_BLIND_FLOORS = {"bb": (0.90, 0.62), "bc": (0.89, 0.59)}

#: Thirteenth batch (2026-12-04): wire copy 1980–2005, eight sentences per PLOVER type, a passing background event in
#: more than half. BD (Middle East, Africa, South Asia) held out: first 0.938/0.769, unchanged by round 29; BE (Europe,
#: the former USSR, Asia, Latin America) tuned on in round 29: 0.903/0.650 → 0.944/0.674.
THIRTEENTH_BLIND = {"bd": "cameo_blind_bd", "be": "cameo_blind_be"}
THIRTEENTH_BLIND_FLOORS = {"bd": (0.91, 0.74), "be": (0.91, 0.64)}
#: Fourteenth batch (2026-12-04): hard wire leads 1979–2006, six per PLOVER type, each main event told in a way one
#: verb does not give away (reported speech, a long subject, a noun after a light verb, an idiom, a passive, an opening
#: participle). BG tuned on in round 29 (first 0.871/0.535 → 0.954/0.588); BF held out through round 29's third part
#: (first 0.726/0.507, then 0.733/0.514), then tuned on (0.804/0.550).
#: BH (64 hard leads, 4 per type) was written at the end of round 29 and held out: 0.821/0.490 with the code of both
#: the start and the end of the round.
FOURTEENTH_BLIND = {"bf": "cameo_blind_bf", "bg": "cameo_blind_bg", "bh": "cameo_blind_bh"}
FOURTEENTH_BLIND_FLOORS = {"bf": (0.77, 0.51), "bg": (0.92, 0.55), "bh": (0.82, 0.47)}
#: Fifteenth batch (2026-12-04): more hard wire leads. BI (64, Africa, Asia, Latin America, the former USSR 1985–2012)
#: held out and never read: 0.667/0.373 at the start of round 30, 0.677/0.385 at its end. BJ (96, 1979–2008) tuned on
#: in round 30: 0.653/0.349 → 0.824/0.470. BK (96, 1990–2015), written mid-round: 0.674/0.418 with the code of the
#: round's start, 0.685/0.429 when it arrived, then tuned on: 0.819/0.488.  (BH, held out, rose 0.821/0.490 →
#: 0.857/0.507 in round 30.)
#: BL (96, Southern and West Africa, South Asia, Indochina, Korea, 1980–2010), written at the end of round 30:
#: 0.580/0.297 with the code of the round's start, 0.580/0.308 with the code of when it arrived (no typed gain: the
#: hardest set yet, recall 0.53), then tuned on in the round's last part.
FIFTEENTH_BLIND = {"bi": "cameo_blind_bi", "bj": "cameo_blind_bj", "bk": "cameo_blind_bk", "bl": "cameo_blind_bl"}
FIFTEENTH_BLIND_FLOORS = {"bi": (0.65, 0.36), "bj": (0.79, 0.43), "bk": (0.78, 0.44), "bl": (0.71, 0.37)}
#: Sixteenth batch (2026-12-04, evening): one sentence per CAMEO code, six codes for each PLOVER type, background events
#: listed as optional. BM (Latin America 1978–2008) and BO (Middle East, North Africa, Horn, South-East Asia 1980–2010)
#: tuned on in round 31: BM 0.891/0.641 → 0.955/0.673, BO 0.879/0.625 → 0.939/0.644. BN (Eastern Europe, Balkans,
#: Caucasus, Central Asia 1989–2012) held out and never read: 0.899/0.643 at the round's start and at its end.
#: (BL rose 0.677/0.356 → 0.741/0.398 in round 31.)
SIXTEENTH_BLIND = {"bm": "cameo_blind_bm", "bn": "cameo_blind_bn", "bo": "cameo_blind_bo"}
SIXTEENTH_BLIND_FLOORS = {"bm": (0.93, 0.64), "bn": (0.87, 0.61), "bo": (0.91, 0.62)}
#: Seventeenth batch (2026-12-04, night): one sentence per CAMEO code, six codes for each PLOVER type, in the style of
#: 1980s–2000s Reuters/AFP leads (long noun phrases, the event told by a noun or an idiom about half the time), background
#: events optional. BP (the Balkans, the Caucasus, the Gulf, Central America 1985–2005) tuned on in round 32: 0.808/0.488
#: first read → 0.934/0.597. BQ (West and Central Africa, South-East Asia, the Horn, Eastern Europe 1988–2008) held out
#: and never read: 0.837/0.535 first read, 0.854/0.543 at the round's end.
#: BR (Latin America and the Caribbean, Southern Africa, South Asia 1980–2000) and BS (the Middle East, East Asia,
#: Western Europe 1985–2005), written mid-round: BR 0.814/0.451 with the code of the round's start and 0.819/0.453 when it
#: arrived, then tuned on (0.902/0.493); BS 0.796/0.440 and 0.796/0.450, held out and never read (0.796/0.450 at the end).
SEVENTEENTH_BLIND = {"bp": "cameo_blind_bp", "bq": "cameo_blind_bq", "br": "cameo_blind_br", "bs": "cameo_blind_bs"}
SEVENTEENTH_BLIND_FLOORS = {"bp": (0.90, 0.56), "bq": (0.82, 0.51), "br": (0.87, 0.46), "bs": (0.76, 0.42)}
#: Eighteenth batch (round 33), one sentence per CAMEO code in the style of 1980s–2000s wire leads.  BT (North Africa,
#: the Sahel, Central Asia, the Andes), BU (South and South-East Asia, Russia), BV (Mexico, Colombia, Peru, Haiti, East
#: Africa, Western Europe) and BW (the Levant, Egypt, Yemen, the Gulf, the Balkans, Southern Africa) carry a "trap"
#: beside most main events; BX (West Africa, Central America, the subcontinent) and BY (the former USSR, Turkey and
#: Cyprus, Indochina, Korea) tell most main events by a rarer verb or idiom.  First scores with the code of round 33's
#: start: BT 0.808/0.520, BU 0.808/0.504, BV 0.779/0.447, BW 0.843/0.578, BX 0.817/0.531, BY 0.693/0.312.  BT, BU, BX and
#: BY were tuned on (0.890/0.573, 0.929/0.565, 0.895/0.600, 0.871/0.438); BV and BW are held out and never read
#: (0.798/0.458, 0.852/0.583 at the end of the round).  Written last, half idioms and half traps: CA (the Middle East,
#: the Horn, the Balkans) first 0.804/0.474 with the code of the round's start, 0.814/0.474 when it arrived, tuned on
#: (0.870/0.519); BZ (the Andes and Southern Cone, the African Great Lakes, South-East Asia) held out and never read
#: (0.709/0.531 with the code of the round's start, 0.740/0.563 at its end).
#: Nineteenth batch (round 34), one sentence per CAMEO code.  CB (Latin America and the Caribbean), CC (the Middle East
#: and North Africa), CF (Sub-Saharan Africa and South Asia), CG (Europe, the former USSR, East Asia), CI (the Middle
#: East, North Africa, Central Asia) and CK (Latin America, Europe, East Asia) put words of a neighbouring PLOVER type
#: beside most main events (an act agreed to, requested, refused or threatened; a complaint told by "a note of protest");
#: CD (Sub-Saharan Africa, South Asia) and CH (Latin America, the Middle East) copy the shapes of the CAMEO manual's
#: examples.  First scores with the code of round 34's start: CB 0.867/0.535, CC 0.841/0.578, CD 0.897/0.657, CE
#: 0.880/0.680, CF 0.821/0.600, CG 0.824/0.561, CH 0.887/0.551, CI 0.892/0.648, CK 0.853/0.598.  Tuned on: CB, CD, CF,
#: CH, CI (0.934/0.608, 0.964/0.718, 0.914/0.673, 0.929/0.584, 0.944/0.688 at the end of the round); held out and never
#: read: CC, CE (the CAMEO manual's shapes, Europe, the former USSR, East Asia), CG and CK (0.841/0.576, 0.905/0.705,
#: 0.828/0.575, 0.853/0.598).
#: Written last, in round 34's fourth part and tuned on: CL (South and South-East Asia, the Horn, the Balkans; neighbouring
#: types) first 0.826/0.584, CM (the Middle East, West Africa, Latin America; the manual's shapes) 0.917/0.580 with the
#: code of part 3 (0.889/0.628 and 0.959/0.618 at the end); CK rose to 0.863/0.607 with part 4, still unread.
NINETEENTH_BLIND = {s: f"cameo_blind_{s}" for s in ("cb", "cc", "cd", "ce", "cf", "cg", "ch", "ci", "ck", "cl", "cm")}
NINETEENTH_BLIND_FLOORS = {"cb": (0.90, 0.57), "cc": (0.81, 0.54), "cd": (0.93, 0.68), "ce": (0.87, 0.67), "cf": (0.88, 0.64),
                           "cg": (0.80, 0.54), "ch": (0.89, 0.55), "ci": (0.91, 0.65), "ck": (0.83, 0.57), "cl": (0.86, 0.59),
                           "cm": (0.93, 0.58)}

#: Round 35's blind sets, one sentence per CAMEO code: CN (the Middle East and the Gulf), CO (Sub-Saharan Africa), CP (South
#: and East Asia), CQ (Europe, the Balkans, the Caucasus) copy the shapes of the CAMEO manual's examples; CR (Latin America),
#: CS (the Middle East, North Africa, the Horn), CT (South and South-East Asia), CU (the former USSR) put words of a
#: neighbouring PLOVER type beside the main event.  First scores with the code of round 35's part 1: CN 0.905/0.703,
#: CO 0.890/0.677, CP 0.917/0.647, CQ 0.885/0.558, CR 0.827/0.546, CS 0.796/0.507, CT 0.854/0.618, CU 0.842/0.551.  Tuned
#: on: CN, CP, CR, CT, CU; held out and never read: CO, CQ, CS.
#: Written in round 35's third part: CV (Latin America, Southern Africa, South-East Asia) and CW (the Middle East, the
#: Caucasus, South Asia) in the manual's shapes, CX (West and Central Africa, the Maghreb) and CY (East Asia, the Pacific,
#: Central America) with neighbouring types.  First scores with the code of part 2: CV 0.903/0.736, CW 0.915/0.695,
#: CX 0.796/0.500, CY 0.838/0.566.  Tuned on CV and CX; CW and CY held out and never read.  CZ (the manual's shapes) and DA
#: (neighbouring types), written at the end of the round and held out: 0.900/0.677 and 0.822/0.549 with the code of the
#: round's start, 0.906/0.693 and 0.833/0.562 with its end.
TWENTIETH_BLIND = {s: f"cameo_blind_{s}" for s in ("cn", "co", "cp", "cq", "cr", "cs", "ct", "cu", "cv", "cw", "cx", "cy",
                                                    "cz", "da")}
TWENTIETH_BLIND_FLOORS = {"cn": (0.93, 0.70), "co": (0.86, 0.64), "cp": (0.93, 0.65), "cq": (0.85, 0.54), "cr": (0.89, 0.57),
                          "cs": (0.81, 0.51), "ct": (0.91, 0.65), "cu": (0.88, 0.58), "cv": (0.94, 0.76), "cw": (0.88, 0.66),
                          "cx": (0.84, 0.53), "cy": (0.80, 0.53), "cz": (0.87, 0.66), "da": (0.80, 0.53)}

#: Round 36's blind sets, one sentence per CAMEO code: DB (Latin America), DC (the Middle East and North Africa), DF (South and
#: South-East Asia, the Pacific), DH (West Africa, the Sahel, the Horn), DI (Central and Eastern Europe, the Caucasus), DL
#: (East and South-East Asia) copy the shapes of the CAMEO manual's examples; DD (Sub-Saharan Africa), DE (Europe, the
#: Balkans, the former USSR), DG (East Asia, the Middle East, Latin America), DJ (the Gulf and the Levant), DK (Southern
#: Africa, the Great Lakes), DM (Central America, the Andes, the Caribbean) put words of a neighbouring type beside the main
#: event.  Scores with the code of round 36's start: DB 0.897/0.640, DC 0.920/0.729, DD 0.848/0.653, DE 0.869/0.627,
#: DF 0.893/0.749, DG 0.889/0.629, DH 0.933/0.660, DI 0.904/0.609, DJ 0.818/0.498, DK 0.915/0.673, DL 0.871/0.660,
#: DM 0.844/0.593.  Tuned on DB, DD, DF (part 3) and DH, DJ, DL (part 4); held out and never read: DC, DE, DG, DI, DK, DM.
TWENTY_FIRST_BLIND = {s: f"cameo_blind_{s}" for s in ("db", "dc", "dd", "de", "df", "dg", "dh", "di", "dj", "dk", "dl", "dm")}
TWENTY_FIRST_BLIND_FLOORS = {"db": (0.94, 0.69), "dc": (0.89, 0.70), "dd": (0.89, 0.69), "de": (0.84, 0.61),
                             "df": (0.91, 0.77), "dg": (0.85, 0.61), "dh": (0.96, 0.67), "di": (0.87, 0.58),
                             "dj": (0.87, 0.53), "dk": (0.88, 0.66), "dl": (0.89, 0.67), "dm": (0.81, 0.57)}

TWENTY_SECOND_BLIND = {s: f"cameo_blind_{s}" for s in ("dn", "do", "dp", "dq", "dr", "ds", "dt", "du", "dv", "dw", "dy")}
TWENTY_SECOND_BLIND_FLOORS = {"dn": (0.93, 0.78), "do": (0.83, 0.59), "dp": (0.89, 0.67), "dq": (0.83, 0.58),
                              "dr": (0.90, 0.69), "ds": (0.81, 0.58), "dt": (0.92, 0.71), "du": (0.84, 0.56),
                              "dv": (0.93, 0.76), "dw": (0.77, 0.58), "dy": (0.83, 0.57)}

#: Round 38's blind sets, one sentence per CAMEO code: DZ (Central America, the Caribbean), EA (Southern Africa), EC (the
#: Gulf, Iraq, Iran), EE (Eastern Europe), EG (South Asia) copy the shapes of the CAMEO manual's examples; EB (Central Asia,
#: the Caucasus), ED (West Africa), EF (South-East Asia) put words of a neighbouring type beside the main event.  Scores
#: with the code of round 38's start: DZ 0.902/0.689, EA 0.900/0.737, EB 0.915/0.771, EC 0.904/0.626, ED 0.920/0.760,
#: EE 0.949/0.713, EF 0.886/0.696, EG 0.881/0.780.  Tuned on DZ, EB, EC, EF, EG; held out and never read: EA, ED, EE.
TWENTY_THIRD_BLIND = {s: f"cameo_blind_{s}" for s in ("dz", "ea", "eb", "ec", "ed", "ee", "ef", "eg")}
TWENTY_THIRD_BLIND_FLOORS = {"dz": (0.92, 0.69), "ea": (0.88, 0.71), "eb": (0.90, 0.75), "ec": (0.93, 0.62),
                             "ed": (0.89, 0.73), "ee": (0.92, 0.68), "ef": (0.89, 0.68), "eg": (0.91, 0.78)}

EIGHTEENTH_BLIND = {"bt": "cameo_blind_bt", "bu": "cameo_blind_bu", "bv": "cameo_blind_bv", "bw": "cameo_blind_bw",
                    "bx": "cameo_blind_bx", "by": "cameo_blind_by", "bz": "cameo_blind_bz", "ca": "cameo_blind_ca"}
EIGHTEENTH_BLIND_FLOORS = {"bt": (0.86, 0.54), "bu": (0.89, 0.53), "bv": (0.76, 0.42), "bw": (0.82, 0.55),
                           "bx": (0.86, 0.56), "by": (0.83, 0.40), "bz": (0.70, 0.52), "ca": (0.82, 0.47)}

pytestmark = pytest.mark.skipif(not EVAL.is_dir(), reason="shared eval data not found")


@pytest.fixture(scope="module")
def reports():
    return {name: evaluate(EVAL / name) for name in FLOORS}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_typed_and_strict_f1_stay_above_the_floor(reports, name):
    report = reports[name]
    typed_floor, strict_floor = FLOORS[name]
    assert report.typed.f1 >= typed_floor, f"{name}: typed F1 {report.typed.f1:.3f} < {typed_floor}"
    assert report.strict.f1 >= strict_floor, f"{name}: strict F1 {report.strict.f1:.3f} < {strict_floor}"


def test_own_sentences_stay_above_the_floor():
    report = evaluate(OWN)
    assert report.typed.f1 >= OWN_FLOOR[0], f"own_gold: typed F1 {report.typed.f1:.3f} < {OWN_FLOOR[0]}"
    assert report.strict.f1 >= OWN_FLOOR[1], f"own_gold: strict F1 {report.strict.f1:.3f} < {OWN_FLOOR[1]}"


@pytest.mark.parametrize("name", sorted(BLIND_FLOORS))
def test_blind_cameo_sets_stay_above_the_floor(name):
    report = evaluate(BLIND[name])
    typed_floor, strict_floor = BLIND_FLOORS[name]
    assert report.typed.f1 >= typed_floor, f"blind {name}: typed F1 {report.typed.f1:.3f} < {typed_floor}"
    assert report.strict.f1 >= strict_floor, f"blind {name}: strict F1 {report.strict.f1:.3f} < {strict_floor}"


#: the second to twelfth batches by letter: (file stem, (typed floor, strict floor))
LATER_BLIND = {name: (SECOND_BLIND[name], floors) for name, floors in SECOND_BLIND_FLOORS.items()} | {
    name: (THIRD_BLIND[name], floors) for name, floors in THIRD_BLIND_FLOORS.items()} | {
    name: (FOURTH_BLIND[name], floors) for name, floors in FOURTH_BLIND_FLOORS.items()} | {
    name: (FIFTH_BLIND[name], floors) for name, floors in FIFTH_BLIND_FLOORS.items()} | {
    name: (SIXTH_BLIND[name], floors) for name, floors in SIXTH_BLIND_FLOORS.items()} | {
    name: (SEVENTH_BLIND[name], floors) for name, floors in SEVENTH_BLIND_FLOORS.items()} | {
    name: (EIGHTH_BLIND[name], floors) for name, floors in EIGHTH_BLIND_FLOORS.items()} | {
    name: (NINTH_BLIND[name], floors) for name, floors in NINTH_BLIND_FLOORS.items()} | {
    name: (TENTH_BLIND[name], floors) for name, floors in TENTH_BLIND_FLOORS.items()} | {
    name: (ELEVENTH_BLIND[name], floors) for name, floors in ELEVENTH_BLIND_FLOORS.items()} | {
    name: (HELD_OUT[name], floors) for name, floors in HELD_OUT_FLOORS.items()} | {
    name: (TWELFTH_BLIND[name], floors) for name, floors in TWELFTH_BLIND_FLOORS.items()} | {
    name: (THIRTEENTH_BLIND[name], floors) for name, floors in THIRTEENTH_BLIND_FLOORS.items()} | {
    name: (FOURTEENTH_BLIND[name], floors) for name, floors in FOURTEENTH_BLIND_FLOORS.items()} | {
    name: (FIFTEENTH_BLIND[name], floors) for name, floors in FIFTEENTH_BLIND_FLOORS.items()} | {
    name: (SIXTEENTH_BLIND[name], floors) for name, floors in SIXTEENTH_BLIND_FLOORS.items()} | {
    name: (SEVENTEENTH_BLIND[name], floors) for name, floors in SEVENTEENTH_BLIND_FLOORS.items()} | {
    name: (EIGHTEENTH_BLIND[name], floors) for name, floors in EIGHTEENTH_BLIND_FLOORS.items()} | {
    name: (NINETEENTH_BLIND[name], floors) for name, floors in NINETEENTH_BLIND_FLOORS.items()} | {
    name: (TWENTIETH_BLIND[name], floors) for name, floors in TWENTIETH_BLIND_FLOORS.items()} | {
    name: (TWENTY_FIRST_BLIND[name], floors) for name, floors in TWENTY_FIRST_BLIND_FLOORS.items()} | {
    name: (TWENTY_SECOND_BLIND[name], floors) for name, floors in TWENTY_SECOND_BLIND_FLOORS.items()} | {
    name: (TWENTY_THIRD_BLIND[name], floors) for name, floors in TWENTY_THIRD_BLIND_FLOORS.items()}


@pytest.mark.parametrize("name", sorted(LATER_BLIND))
def test_later_blind_sets_stay_above_the_floor(name):
    stem, (typed_floor, strict_floor) = LATER_BLIND[name]
    report = evaluate(Path(__file__).parent / "data" / f"{stem}.jsonl")
    assert report.typed.f1 >= typed_floor, f"blind {name}: typed F1 {report.typed.f1:.3f} < {typed_floor}"
    assert report.strict.f1 >= strict_floor, f"blind {name}: strict F1 {report.strict.f1:.3f} < {strict_floor}"


def test_seed_entities_and_counts(reports):
    report = reports["seed_gold.json"]
    assert report.entities and all(check.found for check in report.entities), \
        [check.label for check in report.entities if not check.found]
    assert all(check.single_node_ok is not False for check in report.entities)
    assert report.counts.stated >= 8 and report.counts.correct >= 7, report.counts


def test_no_forbidden_assertions(reports):
    for name, report in reports.items():
        assert not report.violations, (name, report.violations[:3])
