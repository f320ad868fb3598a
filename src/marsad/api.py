"""The one Python API that the CLI, REST API and web UI are thin shells over."""
from __future__ import annotations

import logging
import multiprocessing
import os
from itertools import chain, islice
from typing import Iterable, Iterator

from . import config as config_mod
from .config import Config
from .doc import Doc
from .ingest.article import Article, Skip
from .ingest.readers import read_sources
from .pipeline import build, run, stage_names

log = logging.getLogger(__name__)
# A stream shorter than this is analysed in-process: starting workers would cost more than it saves.
POOL_AFTER = 64


def analyze(text: str | Article, *, id: str | None = None, published: str | None = None,
            url: str | None = None, cfg: Config | None = None) -> Doc:
    """Analyse one article's text (or a read `Article`) through the configured stages."""
    cfg = cfg or config_mod.load()
    article = text if isinstance(text, Article) else Article(
        text=text, id=id, published=published, url=url)
    return run(article.to_doc(), build(stage_names(cfg)), cfg)


def analyze_many(items: Iterable[Article | Skip], cfg: Config | None = None) -> Iterator[Doc | Skip]:
    """Analyse a stream, in order; an article that fails becomes a Skip with its reason, never a crash.

    Large streams are spread over `[pipeline] workers` processes; the first article is analysed
    here first, so the language data is loaded once and shared with the workers (fork).
    """
    cfg = cfg or config_mod.load()
    items = iter(items)
    head = list(islice(items, POOL_AFTER))
    workers = worker_count(cfg)
    if workers <= 1 or len(head) < POOL_AFTER or not _can_fork():
        stages = build(stage_names(cfg))
        yield from (analyze_item(item, stages, cfg) for item in chain(head, items))
        return
    _init_worker(cfg)
    yield analyze_item(head[0], _WORKER["stages"], cfg)
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(cfg,)) as pool:
        yield from pool.imap(_analyze_in_worker, chain(head[1:], items), chunksize=8)


def analyze_item(item: Article | Skip, stages, cfg: Config) -> Doc | Skip:
    """One article through the stages, or a Skip saying why it could not be analysed."""
    if isinstance(item, Skip):
        return item
    try:
        return run(item.to_doc(), stages, cfg)
    except Exception as exc:  # a broken article must not end the batch
        log.debug("analysis failed for %s", item.origin, exc_info=True)
        return Skip(item.origin, f"analysis failed: {type(exc).__name__}: {exc}")


def worker_count(cfg: Config) -> int:
    """Processes to analyse with: `[pipeline] workers`, 0 meaning one per CPU core."""
    n = cfg["pipeline"]["workers"]
    return n if n > 0 else (os.cpu_count() or 1)


def _can_fork() -> bool:
    """Workers are forked (sharing the loaded language data); elsewhere analysis stays in-process."""
    return "fork" in multiprocessing.get_all_start_methods()


_WORKER: dict = {}


def _init_worker(cfg: Config) -> None:
    """Build the stages once per process."""
    _WORKER.update(cfg=cfg, stages=build(stage_names(cfg)))


def _analyze_in_worker(item: Article | Skip) -> Doc | Skip:
    """Pool task: one article with the process's stages."""
    return analyze_item(item, _WORKER["stages"], _WORKER["cfg"])


def read_inputs(sources: list[str], cfg: Config | None = None,
                fmt: str | None = None) -> Iterator[Article | Skip]:
    """Articles from paths, folders, URLs or '-' (stdin), in order."""
    return read_sources(sources, cfg or config_mod.load(), fmt)
