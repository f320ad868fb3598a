"""One sentence as the quote finder reads it: words, the punctuation between them, entities on them."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from ..doc import Doc, Entity, Sentence, Span, Token
from ..text.normalize import normalize
from .lexicon import closed_class

OPENERS = {"«": "»", "“": "”", '"': '"', "‹": "›", "„": "“"}
CLOSERS = frozenset("»”\"›")
COMMAS = frozenset("،,")
TRIM = " \t\n.،,;؛:-–—"
LETTER_TAKING = closed_class("letter_taking_proclitics")  # «وزير», «فواز», «كوهين», «فيتر»


@dataclass
class View:
    """Tokens of one sentence with the text around them; `i` always indexes `toks`."""

    doc: Doc
    sent: Sentence
    toks: list[Token]
    words: list[str]
    ents: list[Entity | None]
    masked: set[int] = field(default_factory=set)
    hidden: set[int] = field(default_factory=set)  # anonymity clauses and formulas («لم تسمه»)

    @property
    def text(self) -> str:
        """The document text every offset points into."""
        return self.doc.text

    def start(self, i: int) -> int:
        """Where word `i` begins, its proclitics included («وقال» starts at و)."""
        if i >= len(self.toks):
            return self.sent.end
        return self.toks[i].start - len(self.toks[i].prefix)

    def gap(self, i: int) -> str:
        """The text between word `i - 1` and word `i` (sentence edges at either end)."""
        left = self.toks[i - 1].end if i > 0 else self.sent.start
        return self.text[left:self.start(i)]

    def comma_before(self, i: int) -> bool:
        """Whether a comma separates word `i` from the one before."""
        return any(c in COMMAS for c in self.gap(i))

    def stem(self, i: int) -> str:
        """Word `i` without proclitics, normalised."""
        return self.toks[i].norm

    def span(self, i: int, j: int) -> Span:
        """The span of words `i .. j-1`, stems only at the left edge, quotation marks balanced."""
        j = max(j, i + 1)
        t = self.toks[i]
        # «وزير», «فواز», «كوهين», «فيتر» lose a letter to a clitic split; no phrase starts with و/ف/ك
        start = t.start - len(t.prefix) if t.prefix in LETTER_TAKING else t.start
        if start > self.sent.start and self.text[start - 1] in OPENERS and self.opens(start - 1):
            start -= 1  # «"أس" المدريدية» keeps its opening mark
        end = self.toks[j - 1].end
        return self.doc.span(start, balance(self.text, start, end, self.sent.end))

    def opens(self, at: int) -> bool:
        """Whether the mark at `at` opens a quotation (a straight «"» opens when the count is even)."""
        c = self.text[at]
        if c == '"':
            return self.text.count('"', self.sent.start, at) % 2 == 0
        return c in OPENERS

    def whole(self, i: int) -> str:
        """Word `i` as written, clitics and all («كينجدون» that the tokenizer read as ك + ينجدون)."""
        return self.text[self.start(i):self.toks[i].end]

    def bare(self, i: int) -> str:
        """Word `i` without proclitics or enclitics, normalised («فيه» → «في»)."""
        t = self.toks[i]
        return normalize(t.text[:len(t.text) - len(t.suffix)]) if t.suffix else t.norm

    def entity_at(self, i: int) -> Entity | None:
        """The entity covering word `i`, if any."""
        return self.ents[i] if 0 <= i < len(self.ents) else None

    def entity_end(self, e: Entity) -> int:
        """Index one past the last word the entity covers."""
        j = self.ents.index(e)
        while j < len(self.ents) and self.ents[j] is e:
            j += 1
        return j

    def entity_first(self, e: Entity) -> int:
        """Index of the first word the entity covers."""
        return self.ents.index(e)


def balance(text: str, start: int, end: int, limit: int) -> int:
    """Extend `end` over a closing quotation mark or bracket the span opened («(سونا)»)."""
    inside = text[start:end]
    if inside.count("(") > inside.count(")"):
        close = text.find(")", end, limit)
        return close + 1 if 0 <= close - end <= 2 else end
    for op, cl in OPENERS.items():
        if op == cl:
            if inside.count(op) % 2 == 1:
                close = text.find(cl, end, limit)
                return close + 1 if 0 <= close - end <= 2 else end
        elif inside.count(op) > inside.count(cl):
            close = text.find(cl, end, limit)
            return close + 1 if 0 <= close - end <= 2 else end
    return end


def closing(text: str, open_at: int, limit: int) -> int:
    """Index of the mark closing the quotation opened at `open_at`, or -1."""
    return text.find(OPENERS[text[open_at]], open_at + 1, limit)


def quoted_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the first quoted stretch inside `text[start:end]`, marks excluded."""
    for k in range(start, end):
        if text[k] in OPENERS:
            close = closing(text, k, end)
            if close > k + 1:
                return k + 1, close
    return None


def trimmed(doc: Doc, start: int, end: int) -> Span:
    """A span with surrounding spaces and punctuation cut, and an unpaired closing mark too."""
    text = doc.text
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    if end > start and text[end - 1] in CLOSERS and not _opens(text[start:end - 1], text[end - 1]):
        end -= 1
        while end > start and text[end - 1] in TRIM:
            end -= 1
    return doc.span(start, end)


def _opens(inside: str, closer: str) -> bool:
    """Whether `inside` holds an opening mark that `closer` closes."""
    if closer == '"':
        return inside.count('"') % 2 == 1
    return any(inside.count(op) > inside.count(cl) for op, cl in OPENERS.items() if cl == closer)


def sentence_views(doc: Doc, sentences: list[Sentence]) -> list[View]:
    """A `View` of each sentence, built in one pass over tokens and entities."""
    index = {id(s): n for n, s in enumerate(doc.sentences)}
    by_sentence: dict[int, list[Token]] = {}
    for t in doc.tokens:
        by_sentence.setdefault(t.sentence, []).append(t)
    ents = sorted(doc.entities, key=lambda e: e.start)
    starts = [e.start for e in ents]
    views = []
    for s in sentences:
        toks = by_sentence.get(index.get(id(s), -1), [])
        words = [normalize(t.prefix) + t.norm for t in toks]
        views.append(View(doc, s, toks, words, _entities_on(toks, ents, starts)))
    return views


def _entities_on(toks: list[Token], ents: list[Entity], starts: list[int]) -> list[Entity | None]:
    """The entity covering each token (by overlap), or None."""
    out: list[Entity | None] = []
    for t in toks:
        k = bisect_left(starts, t.end) - 1
        hit = None
        while k >= 0 and ents[k].end > t.start - 40:
            if ents[k].start < t.end and ents[k].end > t.start:
                hit = ents[k]
                break
            k -= 1
        out.append(hit)
    return out
