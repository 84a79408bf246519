"""Extraction side: article text → spaCy → typed entities and PLOVER events (no rdflib here)."""

from __future__ import annotations

from .extract import extract
from .pipeline import load_pipeline, pipeline_info

__all__ = ["extract", "load_pipeline", "pipeline_info"]
