"""Extraction side: article text → spaCy → typed entities and PLOVER events (no rdflib here).

spaCy is imported on first use of :func:`extract`, :func:`load_pipeline` or :func:`pipeline_info`,
so that :mod:`kg.nlp.identity` (the pipeline's name, without spaCy) is cheap to import.
"""

from __future__ import annotations

__all__ = ["extract", "load_pipeline", "pipeline_info"]


def __getattr__(name: str):
    if name == "extract":
        from .extraction import extract as value
    elif name in ("load_pipeline", "pipeline_info"):
        from . import pipeline

        value = getattr(pipeline, name)
    else:
        raise AttributeError(f"module 'kg.nlp' has no attribute {name!r}")
    globals()[name] = value
    return value
