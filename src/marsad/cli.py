"""The `marsad` command: a thin shell over the Python API."""
from __future__ import annotations

import argparse
import json
import logging
import sys
from importlib import resources
from typing import Iterable, Iterator

from . import config as config_mod
from .api import analyze_many, read_inputs
from .doc import Doc
from .errors import MarsadError
from .ingest.article import Skip
from .report import render
from .store import Store

log = logging.getLogger("marsad")


def _progress(items: Iterable, what: str) -> Iterable:
    """A progress bar on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return items
    from tqdm import tqdm
    return tqdm(items, desc=what, unit=" articles", file=sys.stderr, leave=False)


def _docs(args: argparse.Namespace, cfg: config_mod.Config) -> Iterator[Doc]:
    """Analysed Docs of the command's sources; skips are logged with their reason."""
    sources = args.sources or ["-"]
    for item in _progress(analyze_many(read_inputs(sources, cfg, args.input_format), cfg), "analysing"):
        if isinstance(item, Skip):
            log.warning("skipped %s: %s", item.origin, item.reason)
            args.skipped += 1
        else:
            yield item


def cmd_analyze(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    """Analyse sources and print text, JSON or JSON Lines."""
    out = sys.stdout
    count = 0
    docs = list(_docs(args, cfg)) if args.format == "json" else _docs(args, cfg)
    if args.format == "json":
        json.dump([d.to_dict() for d in docs], out, ensure_ascii=False, indent=2)
        out.write("\n")
        count = len(docs)
    for doc in docs if args.format != "json" else ():
        count += 1
        if args.format == "jsonl":
            out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        else:
            out.write(render(doc.to_dict(), doc.text) + "\n\n")
        out.flush()
    return 0 if count or not args.skipped else 1


def cmd_ingest(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    """Analyse sources and store them; the same article twice is stored once."""
    tally = {"stored": 0, "updated": 0, "duplicate": 0, "near": 0}
    with Store(args.db, cfg) as store:
        for doc in _docs(args, cfg):
            saved = store.save(doc)
            tally[saved.status] += 1
            tally["near"] += saved.near_duplicate_of is not None
            if saved.duplicate_of or saved.near_duplicate_of:
                log.info("%s is a %s of %s", doc.id, "copy" if saved.duplicate_of else "near copy",
                         saved.duplicate_of or saved.near_duplicate_of)
        total = store.count()
    print(f"stored {tally['stored']}, updated {tally['updated']}, duplicates {tally['duplicate']}, "
          f"near duplicates {tally['near']}, skipped {args.skipped}; {total} articles in {args.db}")
    return 0 if sum(tally.values()) or not args.skipped else 1


def cmd_list(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    """List stored articles."""
    with Store(args.db, cfg) as store:
        for row in store.list(args.limit):
            title = row["title"] or "(no headline)"
            if row["near_duplicate_of"]:
                title += f"  [near copy of {row['near_duplicate_of']}]"
            print(f"{row['id']:<40} {row['published'] or '-':<25} {row['outlet'] or '-':<16} "
                  f"{row['entities']:>3} ent {row['events']:>3} ev  {title}")
    return 0


def cmd_show(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    """Show one stored article."""
    with Store(args.db, cfg) as store:
        data = store.get(args.id)
    if data is None:
        print(f"marsad: no article with id {args.id!r} in {args.db}", file=sys.stderr)
        return 1
    text = data.pop("text")
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.format == "json" else render(data, text))
    return 0


def demo_paths() -> list[str]:
    """The bundled example articles."""
    folder = resources.files("marsad").joinpath("demo")
    return sorted(str(p) for p in folder.iterdir() if p.name.endswith(".txt"))


def cmd_demo(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    """Analyse the bundled examples into the database and print their reports."""
    args.sources, args.input_format = demo_paths(), None
    code = cmd_ingest(args, cfg)
    with Store(args.db, cfg) as store:
        for row in sorted(store.list(1000), key=lambda r: r["id"]):
            data = store.get(row["id"])
            print("\n" + render(data, data.pop("text")))
    return code


def cmd_train_ner(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    """Train the statistical entity tagger on IOB files."""
    from pathlib import Path
    from .entities.train import train_files
    model, n = train_files([Path(p) for p in args.files], Path(args.output), epochs=args.epochs)
    print(f"trained on {n} sentences, {len(model.weights)} features, tags {', '.join(model.tags)}; "
          f"wrote {args.output}\nuse it with: [pipeline] stages = [..., \"entities-tagger\", ...] "
          f"and [entities] model = \"{args.output}\"")
    return 0


def cmd_export(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    """Analyse sources and write their events as PLOVER JSON, a CSV table or a Parquet table."""
    from . import export
    docs = list(_docs(args, cfg))
    if args.format in ("plover", "plover-strict"):
        records = [r for d in docs for r in export.plover_json(d, strict=args.format == "plover-strict")]
        text = json.dumps(records, ensure_ascii=False, indent=2) + "\n"
        if args.output:
            with open(args.output, "w", encoding="utf-8") as fh:
                fh.write(text)
        else:
            sys.stdout.write(text)
    else:
        if not args.output:
            print(f"marsad: --format {args.format} needs --output FILE", file=sys.stderr)
            return 2
        rows = export.event_rows(docs)
        (export.write_csv if args.format == "csv" else export.write_parquet)(rows, args.output)
        print(f"wrote {len(rows)} events from {len(docs)} articles to {args.output}")
    return 0 if docs or not args.skipped else 1


def cmd_stories(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    """Cluster articles into stories (or `stories list`, `stories show ID` from the database)."""
    from .stories import report
    words = args.sources or []
    if words[:1] == ["list"]:
        return report.list_command(args.story_db or cfg["store"]["path"], args.limit, sys.stdout)
    if words[:1] == ["show"]:
        if len(words) != 2:
            print("marsad: usage: marsad stories show ID", file=sys.stderr)
            return 2
        found = report.show_command(args.story_db or cfg["store"]["path"], words[1], args.format,
                                    sys.stdout)
        if found is None:
            print(f"marsad: no story with id {words[1]!r}", file=sys.stderr)
        return 0 if found is not None else 1
    count = report.stories_command(_docs(args, cfg), cfg, args.format, sys.stdout, args.story_db)
    return 0 if count or not args.skipped else 1


def _count(text: str) -> int:
    """A whole number ≥ 0, or a clear usage error."""
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number ≥ 0, got {text!r}")
    return int(text)


def parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    p = argparse.ArgumentParser(prog="marsad", description="Arabic news in, checkable data out.")
    p.add_argument("--config", help="a TOML file overriding defaults.toml")
    p.add_argument("-v", "--verbose", action="store_true", help="log what is skipped and why")
    p.add_argument("--workers", type=_count, default=None,
                   help="processes analysing large inputs (default: [pipeline] workers; 0 = one per core)")
    sub = p.add_subparsers(dest="command", required=True)
    a = sub.add_parser("analyze", help="analyse files, folders, URLs or stdin ('-')")
    a.add_argument("sources", nargs="*", help="paths, folders, URLs, or - (default)")
    a.add_argument("--format", choices=["text", "json", "jsonl"], default="text")
    a.add_argument("--input-format", choices=["text", "jsonl", "html", "feed", "warc"])
    a.set_defaults(func=cmd_analyze)
    i = sub.add_parser("ingest", help="analyse and store in the database")
    i.add_argument("sources", nargs="+")
    i.add_argument("--input-format", choices=["text", "jsonl", "html", "feed", "warc"])
    for sp, func in ((i, cmd_ingest), (sub.add_parser("list", help="list stored articles"), cmd_list),
                     (sub.add_parser("demo", help="analyse the bundled examples and show them"), cmd_demo)):
        sp.add_argument("--db", default=None, help="database file (default: store.path)")
        sp.set_defaults(func=func)
    sub.choices["list"].add_argument("--limit", type=int, default=100)
    t = sub.add_parser("train-ner", help="train the statistical entity tagger on IOB files")
    t.add_argument("files", nargs="+", help="IOB files: token TAG [TAG…] per line")
    t.add_argument("-o", "--output", default="ner-model.json")
    t.add_argument("--epochs", type=int, default=5)
    t.set_defaults(func=cmd_train_ner)
    x = sub.add_parser("export", help="write events as PLOVER JSON, CSV or Parquet")
    x.add_argument("sources", nargs="*", help="paths, folders, URLs, or - (default)")
    x.add_argument("--format", choices=["plover", "plover-strict", "csv", "parquet"], default="plover")
    x.add_argument("-o", "--output", help="file to write (stdout for PLOVER JSON when omitted)")
    x.add_argument("--input-format", choices=["text", "jsonl", "html", "feed", "warc"])
    x.set_defaults(func=cmd_export)
    st = sub.add_parser("stories", help="cluster articles into stories across outlets; "
                        "'stories list' and 'stories show ID' read the database")
    st.add_argument("sources", nargs="*", help="paths, folders, URLs, or - (default); "
                    "or: list | show ID")
    st.add_argument("--format", choices=["text", "json", "jsonl"], default="jsonl")
    st.add_argument("--input-format", choices=["text", "jsonl", "html", "feed", "warc"])
    st.add_argument("--db", dest="story_db", default=None, help="store the stories in this database "
                    "(list/show read it; default there: store.path)")
    st.add_argument("--limit", type=int, default=100, help="stories shown by 'stories list'")
    st.set_defaults(func=cmd_stories)
    s = sub.add_parser("show", help="show one stored article")
    s.add_argument("id")
    s.add_argument("--db", default=None)
    s.add_argument("--format", choices=["text", "json"], default="text")
    s.set_defaults(func=cmd_show)
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point: parse, configure logging, run; errors become one line, not a traceback."""
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="marsad: %(message)s", stream=sys.stderr)
    args.skipped = 0
    try:
        overrides = {} if args.workers is None else {"pipeline": {"workers": args.workers}}
        cfg = config_mod.load(args.config, **overrides)
        if getattr(args, "db", "unset") is None:
            args.db = cfg["store"]["path"]
        return args.func(args, cfg)
    except MarsadError as exc:
        print(f"marsad: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
