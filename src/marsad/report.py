"""A readable terminal summary of one analysed article (the CLI's `--format text`)."""
from __future__ import annotations

from typing import Any

WIDTH = 100


def _short(text: str, width: int = WIDTH) -> str:
    """One line of at most `width` characters."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _section(title: str, lines: list[str]) -> list[str]:
    """A titled block, or nothing when there is nothing to show."""
    return [f"  {title} ({len(lines)}):", *(f"    {ln}" for ln in lines)] if lines else []


def render(data: dict[str, Any], text: str) -> str:
    """The report for one document given its contract JSON and original text."""
    out = [f"═══ {data['id']}"]
    for key in ("outlet", "title", "author", "published", "url", "language"):
        if data.get(key):
            out.append(f"  {key:<10} {data[key]}")
    body_chars = sum(b["end"] - b["start"] for b in data["body"])
    out.append(f"  body       {len(data['body'])} paragraphs, {body_chars} characters")
    out += _section("subheadings", [s["text"] for s in data.get("subheadings", [])])
    out += _section("header", [f"[{b['kind']}] {_short(b['text'])}" for b in data.get("header", [])])
    out += _section("boilerplate removed",
                    [f"[{b['kind']}] {_short(b['text'])}" for b in data.get("boilerplate", [])])
    out += _section("entities", [_entity(e) for e in data["entities"]])
    out += _section("dates", [_date(d) for d in data["dates"]])
    out += _section("quotes", [_quote(q) for q in data["quotes"]])
    out += _section("events", [_event(e) for e in data["events"]])
    out += _section("skipped stages", [f"{s['stage']}: {s['reason']}" for s in data.get("skipped", [])])
    out += _section("flags", list(data.get("flags", [])))
    if data["body"]:
        first = data["body"][0]
        out.append(f"  lead       {_short(text[first['start']:first['end']])}")
    return "\n".join(out)


def _entity(e: dict[str, Any]) -> str:
    """«text» LABEL → name (id, country)."""
    link = ", ".join(x for x in (e.get("kb_id"), e.get("country")) if x)
    name = f" → {e['name']}" if e.get("name") else ""
    return f"{e['text']}  {e['label']}{name}{f' ({link})' if link else ''}  @{e['start']}"


def _date(d: dict[str, Any]) -> str:
    """«text» → value (precision)."""
    flags = f"  [{', '.join(d['flags'])}]" if d.get("flags") else ""
    return f"{d['text']} → {d['value'] or '?'} ({d['precision'] or '-'}){flags}  @{d['start']}"


def _quote(q: dict[str, Any]) -> str:
    """speaker —cue→ content."""
    who = q["speaker"]["text"] if q["speaker"] else "?"
    kind = "direct" if q["direct"] else "indirect"
    return f"{who} —{q['cue']['text']}→ {_short(q['content']['text'], 70)} ({kind})"


def _event(e: dict[str, Any]) -> str:
    """TYPE/mode modality: actors → recipients «trigger»."""
    actors = ", ".join(a["country"] or a["text"] for a in e["actors"]) or "?"
    recips = ", ".join(a["country"] or a["text"] for a in e["recipients"])
    mode = f"/{e['mode']}" if e["mode"] else ""
    to = f" → {recips}" if recips else ""
    where = f" @ {e['location']['text']}" if e["location"] else ""
    return f"{e['type']}{mode} [{e['modality']}] {actors}{to}{where}  «{e['trigger']['text']}»"
