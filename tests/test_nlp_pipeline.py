"""Loading the pipeline, provenance, streaming order, and robustness on odd input."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kg.errors import UsageError
from kg.model import Article, Extraction
from kg.nlp import extract, load_pipeline, pipeline_info


def test_unknown_model_is_a_one_line_usage_error():
    with pytest.raises(UsageError) as err:
        load_pipeline("no_such_pipeline_xyz")
    assert "\n" not in str(err.value) and "no_such_pipeline_xyz" in str(err.value)


def test_pipeline_info_reports_the_standard_name(nlp):
    info = pipeline_info(nlp)
    assert info.name == "en_core_web_sm" and info.version and info.kg_version
    assert nlp.pipe_names[-1] == "kg_extractor"


def test_extract_streams_in_input_order(nlp):
    arts = [Article(id=str(i), text=t) for i, t in enumerate(["Police arrested two men.", "", "Rebels attacked a convoy."] * 3)]
    out = list(extract(nlp, iter(arts), batch_size=2))
    assert [x.article.id for x in out] == [a.id for a in arts]
    assert all(isinstance(x, Extraction) for x in out)
    assert out[1].sentences == () and out[1].events == ()


def test_extraction_is_deterministic(nlp):
    art = Article(id="d", text="Protesters marched in Minsk on Sunday. Police detained 30 of them, the group said.", date="2025-03-04")
    a = next(extract(nlp, [art]))
    b = next(extract(nlp, [art]))
    assert a == b


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_never_raises_on_random_unicode(nlp, text):
    ex = next(extract(nlp, [Article(id="h", text=text, date="2025-01-01")]))
    keys = {e.key for e in ex.entities}
    for ev in ex.events:
        assert set(ev.actors) <= keys and set(ev.recipients) <= keys and set(ev.reported_by) <= keys
        assert 0 <= ev.sentence.start <= ev.trigger.start < ev.trigger.end <= len(text)
        assert text[ev.trigger.start:ev.trigger.end] == ev.trigger.text


@pytest.mark.parametrize("text", [
    "🙂🙂🙂 !!!", "\n\n\n", "Они арестовали 5 человек.", "99999999999999999999999999999999 people were arrested.",
    "CARACAS —", "By Jane Doe", "said said said", "— — —", "The the the government government.",
])
def test_odd_inputs(nlp, text):
    ex = next(extract(nlp, [Article(id="o", text=text)]))
    assert ex.article.text == text
