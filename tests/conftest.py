"""Shared fixtures: the example articles and the shared evaluation folder (skipped where absent)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "src" / "marsad" / "demo"
SHARED = ROOT.parent / "shared"


def example_text(name: str) -> str:
    """The text of a bundled example article (`paris-talks-axios-preview` …)."""
    return (DEMO / f"{name}.txt").read_text("utf-8")


def example_expected(name: str) -> dict:
    """The analyst's expectations for a bundled example article."""
    import yaml
    return yaml.safe_load((DEMO / f"{name}.expected.yaml").read_text("utf-8"))


EXAMPLES = ["paris-talks-syrian-source", "paris-talks-axios-preview"]


def rule_entities(text: str) -> list:
    """The entities the rules find in one sentence, no other stage run."""
    from marsad.entities.lexicon import load
    from marsad.entities.recognize import find_entities
    from marsad.text.tokens import tokenize
    return find_entities(text, tokenize(text, sentence=0), [], load())


def sentence_entities(text: str) -> list[tuple[str, str]]:
    """(text, label) of the entities the rules find in one sentence, no other stage run."""
    return [(e.text, e.label) for e in rule_entities(text)]


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    """The shared evaluation folder; tests that need it skip cleanly where it is absent."""
    path = SHARED / "eval"
    if not path.is_dir():
        pytest.skip("../shared/eval is not present")
    return path
