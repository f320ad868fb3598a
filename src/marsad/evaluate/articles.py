"""Whole articles against an analyst's annotation: entities, dates, events and quotes, P/R/F1.

Gold: the bundled examples (marsad/demo/*.expected.yaml) and tests/data/articles/*.expected.yaml,
articles of news-ant-march2018 (../shared/eval) annotated blind in the examples' format; their text
is read from the archive (`source: {archive, docno}`), never stored in the project. Precision
counts every distinct prediction: one matching no required, optional or demonym item is an error,
as the sealed news articles are scored.
"""
from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable

import yaml

from .. import config as config_mod
from ..api import analyze
from ..doc import Doc
from . import shared_eval

ARTICLES = Path(__file__).resolve().parents[3] / "tests" / "data" / "articles"
HELDOUT = ARTICLES.parent / "articles_heldout"  # annotated after the rules were tuned on ARTICLES
LABELS = ("PER", "ORG", "LOC", "NORP", "MISC")


@dataclass
class Case:
    """One annotated article."""

    name: str
    text: str
    published: str | None
    gold: dict


def bundled_cases() -> list[Case]:
    """The two example articles shipped with the package."""
    demo = resources.files("marsad").joinpath("demo")
    out = []
    for f in sorted(p.name for p in demo.iterdir() if p.name.endswith(".expected.yaml")):
        gold = yaml.safe_load(demo.joinpath(f).read_text("utf-8"))
        name = f.removesuffix(".expected.yaml")
        out.append(Case(name, demo.joinpath(name + ".txt").read_text("utf-8"),
                        gold["article"].get("published"), gold))
    return out


def archive_cases(folder: Path, root: Path) -> list[Case]:
    """Annotated archive articles whose text is found under `root` (skipped where it is absent)."""
    golds = [yaml.safe_load(p.read_text("utf-8")) for p in sorted(folder.glob("*.expected.yaml"))]
    wanted: dict[str, dict[str, dict]] = {}
    for g in golds:
        wanted.setdefault(g["source"]["archive"], {})[g["source"]["docno"]] = g
    out = []
    for archive, by_docno in wanted.items():
        records = archive_records(root / archive)
        out += [Case(d, f"{r['title']}\n\n{r['text']}", by_docno[d]["article"].get("published"),
                     by_docno[d]) for d, r in records.items() if d in by_docno]  # archive order
    return out


@lru_cache(maxsize=4)
def archive_records(folder: Path) -> dict[str, dict]:
    """Records of an archive folder's JSONL.gz files by docno, read once for every annotation group."""
    out: dict[str, dict] = {}
    for f in sorted(folder.glob("*.jsonl.gz")) if folder.is_dir() else []:
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                out.setdefault(rec.get("docno"), rec)
    return out


def items(gold: dict, section: str, *kinds: str) -> list[dict]:
    """The listed kinds (required, optional …) of one section of an annotation."""
    part = gold.get(section) or {}
    return [x for k in kinds for x in (part.get(k) or [])]


def spans_of(text: str, needle: str) -> list[tuple[int, int]]:
    """Every occurrence of `needle` in `text`."""
    out, i = [], text.find(needle) if needle else -1
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def overlaps(span, text: str, needle: str | None) -> bool:
    """Whether a predicted span overlaps an occurrence of `needle` (True when there is none to check)."""
    if not needle:
        return True
    return any(s < span.end and span.start < e for s, e in spans_of(text, needle))


def found_items(c: Counter, key: str, preds: list, req: list[dict], opt: list[dict],
                match: Callable[[object, dict], bool]) -> list[tuple[dict, list]]:
    """Count predictions matching any annotated item and required items found; the found ones
    with the predictions that match them."""
    c[f"{key}_pred"] += len(preds)
    c[f"{key}_pred_ok"] += sum(1 for p in preds if any(match(p, x) for x in req + opt))
    c[f"{key}_gold"] += len(req)
    found = [(x, hits) for x in req if (hits := [p for p in preds if match(p, x)])]
    c[f"{key}_found"] += len(found)
    return found


def attribute(c: Counter, key: str, wanted: bool, hits: list, right: Callable[[object], bool]) -> None:
    """Count an annotated attribute of a found item, and whether one of its hits has it right."""
    if wanted:
        c[f"{key}_n"] += 1
        c[f"{key}_ok"] += any(right(h) for h in hits)


def score_entities(doc: Doc, gold: dict, c: Counter) -> None:
    """Distinct (text, label) predictions vs required, demonym and optional items."""
    pred = {(e.text.strip(), e.label) for e in doc.entities if e.label in LABELS}
    req = {(x["text"], x["label"]) for x in items(gold, "entities", "required")}
    req |= {(x["text"], "NORP") for x in items(gold, "entities", "demonyms")}
    ok = req | {(x["text"], x.get("label")) for x in items(gold, "entities", "optional")}
    loose = {x["text"] for x in items(gold, "entities", "optional") if not x.get("label")}
    c["ent_pred"] += len(pred)
    c["ent_pred_ok"] += sum(1 for p in pred if p in ok or p[0] in loose)
    c["ent_gold"] += len(req)
    c["ent_found"] += len(req & pred)
    for x in items(gold, "entities", "required"):
        hits = [e for e in doc.entities if e.text.strip() == x["text"] and e.label == x["label"]]
        for key in ("kb_id", "country"):
            attribute(c, f"ent_{key}", bool(hits and x.get(key)), hits,
                      lambda e, key=key: getattr(e, key) == x[key])
    c["forbidden"] += sum(1 for x in items(gold, "entities", "forbidden")
                          if any(e.text.strip() == x["text"] for e in doc.entities))


def event_match(e, x: dict, text: str) -> bool:
    """Same type (when given) and the trigger overlapping the annotated trigger."""
    return (not x.get("type") or e.type == x["type"]) and overlaps(e.trigger, text, x.get("trigger"))


def countries(actors) -> set[str]:
    """Country codes of predicted participants."""
    return {a.country for a in actors if a.country}


def score_events(doc: Doc, gold: dict, c: Counter) -> None:
    """Events found by type and trigger; modality and actor countries of the found ones."""
    found = found_items(c, "ev", list(doc.events), items(gold, "events", "required"),
                        items(gold, "events", "optional"), lambda e, x: event_match(e, x, doc.text))
    for x, hits in found:
        attribute(c, "ev_modality", bool(x.get("modality")), hits,
                  lambda e: e.modality == x["modality"])
        attribute(c, "ev_actors", bool(x.get("actors")), hits,
                  lambda e: countries(e.actors) == set(x["actors"]))


def quote_match(q, x: dict, text: str) -> bool:
    """The cue overlaps the annotated cue and the content starts as annotated."""
    starts = x.get("content_starts")
    return overlaps(q.cue, text, x.get("cue")) and (
        not starts or starts[:20] in q.content.text or q.content.text.startswith(starts[:20]))


def score_quotes(doc: Doc, gold: dict, c: Counter) -> None:
    """Quotes found by cue and content; speakers of the found ones."""
    found = found_items(c, "q", list(doc.quotes), items(gold, "quotes", "required"),
                        items(gold, "quotes", "optional"), lambda q, x: quote_match(q, x, doc.text))
    for x, hits in found:
        attribute(c, "q_speaker", bool(x.get("speaker")), hits,
                  lambda q: q.speaker is not None and (x["speaker"] in q.speaker.text
                                                       or q.speaker.text in x["speaker"]))


def score_dates(doc: Doc, gold: dict, c: Counter) -> None:
    """Date expressions by text; resolved values of the found ones."""
    pred = {d.text.strip() for d in doc.dates}
    req = items(gold, "dates", "required")
    ok = {x["text"] for x in req + items(gold, "dates", "optional")}
    c["d_pred"] += len(pred)
    c["d_pred_ok"] += len(pred & ok)
    c["d_gold"] += len(req)
    for x in req:
        hits = [d for d in doc.dates if d.text.strip() == x["text"]]
        c["d_found"] += bool(hits)
        attribute(c, "d_value", bool(hits) and "value" in x, hits, lambda d: d.value == x["value"])


def score_case(case: Case, cfg) -> Counter:
    """All counts of one article."""
    doc = analyze(case.text, published=case.published, id=case.name, cfg=cfg)
    c: Counter = Counter()
    for f in (score_entities, score_dates, score_events, score_quotes):
        f(doc, case.gold, c)
    return c


def prf(c: Counter, key: str) -> str:
    """Precision, recall and F1 of one section."""
    p = c[f"{key}_pred_ok"] / c[f"{key}_pred"] if c[f"{key}_pred"] else 0.0
    r = c[f"{key}_found"] / c[f"{key}_gold"] if c[f"{key}_gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return (f"P {p:.3f} ({c[f'{key}_pred_ok']}/{c[f'{key}_pred']})  "
            f"R {r:.3f} ({c[f'{key}_found']}/{c[f'{key}_gold']})  F1 {f:.3f}")


def ratio(c: Counter, key: str) -> str:
    """An attribute's accuracy over the found items that annotate it."""
    n = c[f"{key}_n"]
    return f"{c[f'{key}_ok'] / n:.3f} ({c[f'{key}_ok']}/{n})" if n else "n/a"


def report(total: Counter, per_case: dict[str, Counter]) -> None:
    """Print the scores."""
    print(f"{len(per_case)} annotated articles: {', '.join(per_case)}")
    for key, name in (("ent", "entities"), ("d", "dates"), ("ev", "events"), ("q", "quotes")):
        print(f"{name:<9} {prf(total, key)}")
    print(f"entity QID {ratio(total, 'ent_kb_id')}, country {ratio(total, 'ent_country')}; "
          f"date value {ratio(total, 'd_value')}; event modality {ratio(total, 'ev_modality')}, "
          f"actor countries {ratio(total, 'ev_actors')}; quote speaker {ratio(total, 'q_speaker')}; "
          f"forbidden entities found {total['forbidden']}")


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Command-line options."""
    p.add_argument("--articles", action="append", help="folder of *.expected.yaml annotations, "
                   "repeatable; default: the development and the held-out folders")
    p.add_argument("--bundled-only", action="store_true", help="score the two examples only")


def main(args: argparse.Namespace) -> int:
    """Analyse every annotated article and print P/R/F1 per group of articles."""
    cfg = config_mod.load()
    groups = {"the two bundled examples": bundled_cases()}
    if not args.bundled_only:
        for folder in (Path(a) for a in (args.articles or [ARTICLES, HELDOUT])):
            groups[f"{folder.name} (archive articles annotated blind)"] = archive_cases(folder, shared_eval())
    for name, cases in groups.items():
        if cases:
            per_case = {case.name: score_case(case, cfg) for case in cases}
            print(f"\n## {name}")
            report(sum(per_case.values(), Counter()), per_case)
    return 0
