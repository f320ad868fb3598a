"""The language data the quote finder reads: reporting verbs, attribution phrases, source words."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..resources import read_tsv, word_class
from ..text.normalize import normalize

CUE_PREFIXES = word_class("quotes/word_classes.yaml", "cue_prefixes")  # «ليؤكد», «سيؤكد» report nothing yet


@dataclass(frozen=True, slots=True)
class Verb:
    """One reporting verb or participle and the complements it takes."""

    verb: str
    kind: str
    stance: str | None
    clause: bool
    direct: bool
    prep: str
    prep_np: bool


@dataclass(frozen=True, slots=True)
class Phrase:
    """An attribution phrase («وفقًا لما», «نقلًا عن») as normalised words."""

    words: tuple[str, ...]
    kind: str
    verb: bool


@dataclass(frozen=True)
class QuoteLexicon:
    """Everything the finder looks up, keyed by normalised word."""

    forms: dict[str, Verb]
    lemmas: dict[str, Verb]
    phrases: tuple[Phrase, ...]
    clauses: tuple[tuple[str, ...], ...]
    source_words: dict[str, dict[str, str]]
    anaphors: dict[str, str]
    grammar: dict[str, frozenset[str]]
    formulas: tuple[tuple[str, ...], ...]

    @property
    def phrase_starts(self) -> frozenset[str]:
        """First words of attribution phrases: a source phrase ends before another one starts."""
        return frozenset(self.phrases_by_first)

    @cached_property
    def phrases_by_first(self) -> dict[str, tuple[Phrase, ...]]:
        """Attribution phrases keyed by their first word, longest first."""
        out: dict[str, list[Phrase]] = defaultdict(list)
        for p in self.phrases:
            out[p.words[0]].append(p)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def fixed_by_first(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Anonymity clauses and formulas keyed by their first word."""
        out: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for seq in self.clauses + self.formulas:
            out[seq[0]].append(seq)
        return {k: tuple(v) for k, v in out.items()}

    def words(self, kind: str) -> frozenset[str]:
        """The grammar words of one kind (`complementiser`, `time`, …)."""
        return self.grammar.get(kind, frozenset())

    def cue(self, word: str, stem: str, lemma: str, prefix: str) -> Verb | None:
        """The reporting verb a token spells, if any: whole word, then stem, then lemma."""
        hit = self.forms.get(word)
        if hit is not None or prefix not in CUE_PREFIXES:
            return hit
        hit = self.forms.get(stem)
        if hit is not None:
            return hit
        if not _verb_like(stem):
            return None
        verb = self.lemmas.get(lemma)
        return verb if verb is not None and verb.kind in ("say", "relay") else None

    def is_source_word(self, word: str, kind: str) -> bool:
        """Whether `word` is a source word of `kind` (head, adjective, marker, media)."""
        row = self.source_words.get(word)
        return row is not None and row["kind"] == kind


def closed_class(name: str) -> frozenset[str]:
    """One closed word class of data/quotes/word_classes.yaml (normalised forms)."""
    return word_class("quotes/word_classes.yaml", name)


def _verb_like(stem: str) -> bool:
    """A stem that can be a finite verb: not «التشديد», «مؤكد» or «لافت» (nouns and participles)."""
    return not (stem.startswith("ال") or stem.startswith("م") or (len(stem) == 4 and stem[1] == "ا"))


def _verb(row: dict[str, str]) -> Verb:
    """A `Verb` from one row of verbs.tsv."""
    return Verb(row["verb"], row["kind"], row["stance"] or None, row["clause"] == "yes",
                row["direct"] == "yes", normalize(row["prep"]), row["prep_np"] == "yes")


def _words(text: str) -> tuple[str, ...]:
    """Normalised words of a phrase."""
    return tuple(normalize(w) for w in text.split())


@lru_cache(maxsize=1)
def load() -> QuoteLexicon:
    """Read data/quotes/*.tsv once per process."""
    forms: dict[str, Verb] = {}
    lemmas: dict[str, Verb] = {}
    for row in read_tsv("quotes/verbs.tsv"):
        verb = _verb(row)
        forms.setdefault(normalize(row["form"]), verb)
        if verb.kind in ("say", "relay"):
            lemmas.setdefault(row["lemma"], verb)
    phrases = tuple(sorted((Phrase(_words(r["phrase"]), r["kind"], r["verb"] == "yes")
                            for r in read_tsv("quotes/attribution.tsv")),
                           key=lambda p: -len(p.words)))
    sources = {normalize(r["word"]): r for r in read_tsv("quotes/sources.tsv") if " " not in r["word"]}
    clauses = tuple(_words(r["word"]) for r in read_tsv("quotes/sources.tsv") if r["kind"] == "clause")
    grammar: dict[str, set[str]] = defaultdict(set)
    formulas = []
    for r in read_tsv("quotes/grammar.tsv"):
        if r["kind"] == "formula":
            formulas.append(_words(r["word"]))
        else:
            grammar[r["kind"]].add(normalize(r["word"]))
    anaphors = {normalize(r["head"]): r["match"] for r in read_tsv("quotes/anaphors.tsv")}
    return QuoteLexicon(forms, lemmas, phrases, clauses, sources, anaphors,
                        {k: frozenset(v) for k, v in grammar.items()}, tuple(formulas))
