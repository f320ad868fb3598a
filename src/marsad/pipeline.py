"""The stage registry and the runner that passes one Doc through the configured stages."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from .config import Config
from .doc import Doc
from .errors import PipelineError

StageFn = Callable[[Doc, Config], Doc]


@dataclass(frozen=True)
class Stage:
    """A named `Doc -> Doc` step and the annotations it needs and adds."""

    name: str
    func: StageFn
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    arabic_only: bool = False


STAGES: dict[str, Stage] = {}


def stage(name: str, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = (),
          arabic_only: bool = False) -> Callable[[StageFn], StageFn]:
    """Register `func` as the stage `name` (spaCy's component decorator, without the rest)."""
    def register(func: StageFn) -> StageFn:
        STAGES[name] = Stage(name, func, tuple(requires), tuple(assigns), arabic_only)
        return func
    return register


def build(names: list[str]) -> list[Stage]:
    """The stages in order, checked now so that a bad order fails before any article runs."""
    from . import stages as _  # noqa: F401  (registers the built-in stages)
    have: set[str] = set()
    out = []
    for name in names:
        if name not in STAGES:
            raise PipelineError(f"unknown stage {name!r}; known: {', '.join(sorted(STAGES))}")
        st = STAGES[name]
        missing = [r for r in st.requires if r not in have]
        if missing:
            raise PipelineError(f"stage {name!r} needs {', '.join(missing)} from an earlier stage")
        have.update(st.assigns)
        out.append(st)
    return out


def run(doc: Doc, stages: list[Stage], cfg: Config) -> Doc:
    """Pass `doc` through `stages`; Arabic-only stages skip other languages, saying why."""
    for st in stages:
        if st.arabic_only and not doc.is_arabic:
            reason = f"language is {doc.meta.language!r}, not Arabic"
            doc = doc.replace(skipped=doc.skipped + ((st.name, reason),))
            continue
        doc = st.func(doc, cfg)
        doc = doc.replace(done=doc.done | {st.name})
    return doc


def stage_names(cfg: Config) -> list[str]:
    """The configured stage order."""
    names: Any = cfg["pipeline"]["stages"]
    return list(names)
