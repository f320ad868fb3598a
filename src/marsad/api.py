"""The one Python API that the CLI, REST API and web UI are thin shells over."""
from __future__ import annotations

import logging
from typing import Iterable, Iterator

from . import config as config_mod
from .config import Config
from .doc import Doc
from .ingest.article import Article, Skip
from .ingest.readers import read_sources
from .pipeline import build, run, stage_names

log = logging.getLogger(__name__)


def analyze(text: str | Article, *, id: str | None = None, published: str | None = None,
            url: str | None = None, cfg: Config | None = None) -> Doc:
    """Analyse one article's text (or a read `Article`) through the configured stages."""
    cfg = cfg or config_mod.load()
    article = text if isinstance(text, Article) else Article(
        text=text, id=id, published=published, url=url)
    return run(article.to_doc(), build(stage_names(cfg)), cfg)


def analyze_many(items: Iterable[Article | Skip], cfg: Config | None = None) -> Iterator[Doc | Skip]:
    """Analyse a stream; an article that fails becomes a Skip with its reason, never a crash."""
    cfg = cfg or config_mod.load()
    stages = build(stage_names(cfg))
    for item in items:
        if isinstance(item, Skip):
            yield item
            continue
        try:
            yield run(item.to_doc(), stages, cfg)
        except Exception as exc:  # a broken article must not end the batch
            log.debug("analysis failed for %s", item.origin, exc_info=True)
            yield Skip(item.origin, f"analysis failed: {type(exc).__name__}: {exc}")


def read_inputs(sources: list[str], cfg: Config | None = None,
                fmt: str | None = None) -> Iterator[Article | Skip]:
    """Articles from paths, folders, URLs or '-' (stdin), in order."""
    return read_sources(sources, cfg or config_mod.load(), fmt)
