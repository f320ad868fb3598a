"""Config, stage registry, Doc offsets and the contract schema."""
from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import marsad
from marsad import config
from marsad.doc import Doc, Span
from marsad.errors import ConfigError, OffsetError, PipelineError
from marsad.pipeline import build, run
from conftest import EXAMPLES, example_text

SCHEMA = json.loads(resources.files("marsad").joinpath("schema/doc.schema.json").read_text("utf-8"))


def test_config_unknown_key_is_an_error_naming_it(tmp_path):
    path = tmp_path / "user.toml"
    path.write_text("[fetch]\ntimout = 3\n")
    with pytest.raises(ConfigError, match="fetch.timout"):
        config.load(path)


def test_config_user_file_overrides_only_what_it_sets(tmp_path):
    path = tmp_path / "user.toml"
    path.write_text("[fetch]\ntimeout = 3\n")
    cfg = config.load(path)
    assert cfg["fetch"]["timeout"] == 3
    assert cfg["fetch"]["max_bytes"] == config.defaults()["fetch"]["max_bytes"]


def test_config_wrong_type_is_an_error():
    with pytest.raises(ConfigError, match="must be bool"):
        config.load(fetch={"allow_private": "yes"})


def test_config_unknown_choice_is_an_error_naming_the_choices(tmp_path):
    path = tmp_path / "user.toml"
    path.write_text('[stories]\nlinkage = "complete"\n')
    with pytest.raises(ConfigError, match="stories.linkage in .* must be one of single, average, top3"):
        config.load(path)
    assert config.load(stories={"linkage": "average"})["stories"]["linkage"] == "average"


def test_pipeline_rejects_order_with_unmet_requirement():
    with pytest.raises(PipelineError, match="needs sentences"):
        build(["layout", "tokens"])


def test_pipeline_rejects_unknown_stage():
    with pytest.raises(PipelineError, match="unknown stage 'nope'"):
        build(["nope"])


def test_pipeline_skips_arabic_stages_on_english_with_reason():
    doc = marsad.analyze("The foreign ministers met in Paris on Thursday to discuss the border.")
    assert doc.meta.language == "en"
    assert "not-arabic:en" in doc.flags
    assert ("sentences", "language is 'en', not Arabic") in doc.skipped
    assert doc.tokens == ()


def test_doc_span_and_offset_check():
    doc = Doc(id="x", text="قال الوزير")
    assert doc.span(4, 10) == Span(4, 10, "الوزير")
    with pytest.raises(OffsetError):
        doc.span(5, 99)
    bad = doc.replace(sentences=(Span(0, 3, "xyz"),))
    with pytest.raises(OffsetError):
        bad.check_offsets()


def test_stages_do_not_mutate_their_input():
    doc = Doc(id="x", text="كشف مصدر مطلع عن لقاء في باريس.")
    out = run(doc, build(["layout", "language", "sentences", "tokens"]), config.load())
    assert doc.blocks == () and out.blocks and out is not doc


@pytest.mark.parametrize("name", EXAMPLES)
def test_contract_output_validates_against_schema(name):
    doc = marsad.analyze(example_text(name), id=name)
    doc.check_offsets()
    data = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    jsonschema.validate(data, SCHEMA)
    text = doc.text
    for ent in data["entities"] + data["dates"]:
        assert text[ent["start"]:ent["end"]] == ent["text"]


arabicish = st.text(alphabet=st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويىةءأإآؤئ ًٌٍَُِّْـ«»“”.،؟!:\n 0123456789٠١٢abc")),
                    max_size=400)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(arabicish)
def test_every_span_satisfies_offset_invariant_on_random_input(text):
    if not text.strip():
        return
    doc = marsad.analyze(text, id="random")
    doc.check_offsets()
    jsonschema.validate(json.loads(json.dumps(doc.to_dict())), SCHEMA)
