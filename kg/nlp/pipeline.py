"""Choosing and loading the spaCy pipeline: the only place ``spacy.load`` runs."""

from __future__ import annotations

import spacy
from spacy.language import Language

from kg.errors import UsageError
from kg.model import PipelineInfo

from .identity import DEFAULT_MODEL, FALLBACK_MODEL, default_model, info_from_meta
from .repair import RE_FORMS

__all__ = ["DEFAULT_MODEL", "FALLBACK_MODEL", "default_model", "load_pipeline", "pipeline_info"]


def load_pipeline(model: str | None = None) -> Language:
    """Load a trained English pipeline, add ``kg_unglue`` first and the ``kg_extractor`` component last.

    ``model`` is a package name or a path; None picks :func:`default_model`.
    A pipeline that cannot be loaded raises :class:`~kg.errors.UsageError`.
    """
    from . import component, glue  # noqa: F401  (register the factories)

    name = model or default_model()
    try:
        nlp = spacy.load(name)
    except (OSError, ImportError, ValueError, KeyError) as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise UsageError(f"cannot load spaCy pipeline {name!r}: {first[:200]}") from None
    except Exception as err:  # a broken package or config: still one line for the user
        raise UsageError(f"cannot load spaCy pipeline {name!r}: {type(err).__name__}") from None
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        raise UsageError(f"spaCy pipeline {name!r} has no parser; kg needs a trained English pipeline")
    for own in ("kg_unglue", "kg_extractor"):
        if own in nlp.pipe_names:
            nlp.remove_pipe(own)
    keep_whole_words(nlp)
    nlp.add_pipe("kg_unglue", first=True)  # (sentence breaks scraped text lost: before the tagger and parser)
    nlp.add_pipe("kg_extractor", last=True)
    return nlp


#: Hyphenated words the tokenizer would split, whose parts the parser then misreads ("killed by her in-laws" →
#: "by her in", "- laws"; "a fast-unto-death" → "fast" an adjective on "death"): kept whole, in the forms news
#: writes them.
WHOLE_WORDS = tuple(f"{kin}in-law{s}" for kin in ("", "mother-", "father-", "brother-", "sister-", "son-", "daughter-")
                    for s in ("", "s")) + ("sub-inspector", "sub-inspectors", "fast-unto-death", "fast-till-death",
                                           "fast-until-death")


def keep_whole_words(nlp: Language) -> None:
    """Tokenizer exceptions for :data:`WHOLE_WORDS`, lower-case and capitalised; "fast-unto-death" and its
    kin are tagged nouns (the tagger, never having seen them whole, guesses an adjective)."""
    from spacy.symbols import ORTH

    for word in WHOLE_WORDS:
        for form in {word, word[:1].upper() + word[1:]}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    # (hyphened "re-" verbs: kept whole here; their lemma is set where the rules start, see repair.RE_FORMS — a pattern
    # per form in the attribute ruler would cost every sentence a matcher pass)
    for form in RE_FORMS:
        for cased in (form, form[:1].upper() + form[1:]):
            nlp.tokenizer.add_special_case(cased, [{ORTH: cased}])
    if "attribute_ruler" in nlp.pipe_names:
        fasts = [w for w in WHOLE_WORDS if w.startswith("fast-")]
        nlp.get_pipe("attribute_ruler").add([[{"LOWER": {"IN": fasts}}]], {"TAG": "NN", "POS": "NOUN"})


def pipeline_info(nlp: Language) -> PipelineInfo:
    """Name and version of the loaded pipeline, for provenance (see :func:`info_from_meta`)."""
    return info_from_meta(nlp.meta or {})
