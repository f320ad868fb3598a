"""The trigger lexicon (data/events/triggers.tsv) and its matching on clitic-split tokens."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from ..doc import Token
from ..resources import read_tsv
from ..text.normalize import normalize, strip_tashkeel
from ..text.tokens import strip_article
from .context import HARD, PREPOSITIONS, SOFT
from .grammar import GLUED, closed_class, grammar, letters, ordered_class, word_key

MAX_SPAN = 10           # tokens a split trigger may span past a long coordinated subject
MAX_GAP = 2            # words allowed between two words of a trigger («حمّل إسرائيل مسؤولية»)
REQUIRE_WINDOW = 12    # words either side in which a trigger's companion word must appear
EXCLUDE_REACH = 6      # words after a trigger (subject, count) in which an excluding word is looked for
ASIDE = 8              # words at most of a parenthetical between two commas, skipped by a companion's reach
# Inflections stripped to reach the listed form (يتظاهرون → تظاهر, اغتالوا → اغتال): data/events/grammar.yaml.
SUFFIXES = ordered_class("inflection_suffixes")
PREFIXES = ordered_class("imperfect_prefixes")
TEH_MARBUTA, HEH, TEH = letters("teh_marbuta"), letters("heh"), letters("teh")
MIN_STEM = 3
# How well a token matched a listed word: as written, by its lemma, after stripping inflections.
EXACT, LEMMA, INFLECTED = 3, 2, 1


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon row: the words of a trigger and the event it reports."""

    form: str
    type: str
    mode: str | None
    pos: str
    words: tuple[str, ...]
    context: tuple[str, ...] = ()
    hint: str = "object_recipient"
    requires: frozenset[str] = frozenset()
    window: int = REQUIRE_WINDOW
    excludes: frozenset[str] = frozenset()
    marbuta: tuple[bool, ...] = ()   # which words end in «ة» (so «مظاهره», its manifestations, is no match)


@dataclass(frozen=True, slots=True)
class Match:
    """A trigger found in a sentence: token positions of its words and the match quality."""

    trigger: Trigger
    tokens: tuple[int, ...]
    quality: int

    @property
    def i(self) -> int:
        """First token of the trigger."""
        return self.tokens[0]

    @property
    def j(self) -> int:
        """One past the last token of the trigger."""
        return self.tokens[-1] + 1


def parse_trigger(row: dict[str, str], companions: tuple[frozenset[str], int] | None = None) -> Trigger:
    """A lexicon row as a Trigger (its words are lemma keys or bare forms, in order)."""
    words = tuple(normalize(w) for w in row["lemma"].split())
    context = tuple(c for c in row.get("context", "").split(",") if c)
    requires, window, excludes = companions or (frozenset(), REQUIRE_WINDOW, frozenset())
    return Trigger(row["lemma"], row["type"], row.get("mode") or None, row.get("pos") or "noun",
                   words, context, row.get("actor_role_hint") or "object_recipient", requires,
                   window, excludes, tuple(w.endswith(TEH_MARBUTA) for w in row["lemma"].split()))


@dataclass(frozen=True)
class Lexicon:
    """Triggers indexed by their first word."""

    by_first: dict[str, tuple[Trigger, ...]]
    noun_forms: frozenset[tuple[tuple[str, ...], str]] = frozenset()

    def candidates(self, keys: Iterable[str]) -> list[Trigger]:
        """Triggers whose first word is one of `keys`."""
        return [t for k in keys for t in self.by_first.get(k, ())]


def build_lexicon(rows: Iterable[dict[str, str]],
                  constraints: dict[tuple[str, str], tuple] | None = None) -> Lexicon:
    """Index parsed rows by first word, longest triggers first; companions from `constraints`."""
    index: dict[str, list[Trigger]] = {}
    nouns = set()
    for row in rows:
        key = (" ".join(normalize(w) for w in row["lemma"].split()), row["type"])
        trig = parse_trigger(row, (constraints or {}).get(key))
        index.setdefault(trig.words[0], []).append(trig)
        if trig.pos != "verb":
            nouns.add((trig.words, trig.type))
    return Lexicon({k: tuple(sorted(v, key=lambda t: -len(t.words))) for k, v in index.items()},
                   frozenset(nouns))


def read_constraints() -> dict[tuple[str, str], tuple[frozenset[str], int, frozenset[str]]]:
    """(lemma, type) -> (companion words, window, excluding words), from trigger_companions.tsv."""
    out = {}
    for r in read_tsv("events/trigger_companions.tsv"):
        key = (" ".join(normalize(w) for w in r["lemma"].split()), r["type"])
        out[key] = (_word_set(r["requires"]), int(r["window"] or REQUIRE_WINDOW),
                    _word_set(r["excludes"]))
    return out


def _word_set(cell: str) -> frozenset[str]:
    """Comma-separated words as the keys tokens are compared by."""
    words = [w.strip() for w in cell.split(",") if w.strip()]
    return frozenset(k for w in words for k in (word_key(w), normalize(w)))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped trigger lexicon, loaded once per process."""
    return build_lexicon(read_tsv("events/triggers.tsv"), read_constraints())


@lru_cache(maxsize=200_000)
def _keys(norm: str, lemma: str, prefix: str) -> tuple[tuple[str, int], ...]:
    """(key, quality) pairs a token can match a listed word by, best first."""
    key = strip_article(norm)
    out = {key: EXACT, norm: EXACT}
    for lem in (lemma, strip_article(lemma)):
        out.setdefault(lem, LEMMA)
    for stem in _deinflect(key):
        out.setdefault(stem, INFLECTED)
    if not prefix and len(key) >= 5 and key[0] in GLUED:  # an unsplit «وتظاهرات»
        for stem in (key[1:], strip_article(key[1:])):
            out.setdefault(stem, INFLECTED)
    return tuple(sorted(out.items(), key=lambda kv: -kv[1]))


def _without_pronoun(word: str, suffix: str) -> tuple[str, ...]:
    """«خفضت الإمارات تمثيلها» → «تمثيل»: a later trigger word under a pronoun suffix the tokenizer
    marked but left on the word (its lemma may be a wrong root, «مثل»); not for a trigger's first
    word, where «بتفجيرهم» in a rhetorical question would become an attack."""
    if not suffix or not word.endswith(suffix) or len(word) - len(suffix) < MIN_STEM:
        return ()
    stem = word[:-len(suffix)]
    return (stem[:-1] + HEH,) if stem.endswith(TEH) else (stem,)


def _deinflect(word: str) -> list[str]:
    """Stems of `word` without one inflectional suffix and/or one imperfect prefix."""
    stems = [word[:-len(s)] for s in SUFFIXES if word.endswith(s) and len(word) - len(s) >= MIN_STEM]
    bases = [word, *stems]
    stems += [b[1:] for b in bases if b[:1] in PREFIXES and len(b) - 1 >= MIN_STEM]
    return stems


def token_keys(tok: Token) -> tuple[tuple[str, int], ...]:
    """The keys a token matches listed words by, with their quality."""
    return _keys(tok.norm, tok.lemma, tok.prefix)


def _word_quality(tok: Token, word: str, marbuta: bool) -> int:
    """How well `tok` matches one listed word (0: not at all).

    «مظاهره» (its manifestations) normalises like «مظاهرة»: a listed «ة» needs a written «ة».
    """
    if marbuta and tok.norm == word and strip_tashkeel(tok.text).endswith(HEH):
        return 0
    found = next((q for k, q in token_keys(tok) if k == word), 0)
    return found or (LEMMA if word in _without_pronoun(strip_article(tok.norm), tok.suffix) else 0)


def _match_rest(trig: Trigger, toks: list[Token], i: int, q: int,
                participants: frozenset[int]) -> Match | None:
    """The whole trigger matched from token i (whose first word already matched)."""
    positions, quality, k = [i], q, i + 1
    for n, word in enumerate(trig.words[1:], start=1):
        marbuta = trig.marbuta[n] if n < len(trig.marbuta) else False
        limit = _window_end(toks, k, participants)
        found = next(((m, w) for m in range(k, limit)
                      if (w := _word_quality(toks[m], word, marbuta))), None)
        if found is None or not _gap_ok(toks, k, found[0], participants):
            return None
        positions.append(found[0])
        quality = min(quality, found[1])
        k = found[0] + 1
    return Match(trig, tuple(dict.fromkeys(positions)), quality)


def _window_end(toks: list[Token], k: int, participants: frozenset[int]) -> int:
    """End of the search for a trigger's next word: MAX_GAP words on, numerals and participants not
    counted («وطردت إدارة ترمب 60 دبلوماسيا», «قطعت السعودية والإمارات والبحرين ومصر علاقاتها»)."""
    words, m = 0, k
    while m < min(len(toks), k + MAX_SPAN) and words <= MAX_GAP:
        words += not (_counting(toks, m) or m in participants)
        m += 1
    return m


def _counting(toks: list[Token], k: int) -> bool:
    """A numeral or number word, or the «من» after one («اثنين من الدبلوماسيين»); not «مئات»,
    which counts a crowd that may itself act («رشق مئات المتظاهرين قوات الأمن بالحجارة»)."""
    g = grammar()
    counts = toks[k].norm.isdigit() or g.has("count_words", toks[k]) and not g.has("crowd_counts", toks[k])
    return counts or k > 0 and g.has("count_prepositions", toks[k]) and _counting(toks, k - 1)


def _gap_ok(toks: list[Token], lo: int, hi: int, participants: frozenset[int]) -> bool:
    """Words between two trigger words: one word, or particles, numerals and a participant
    («حمّل إسرائيل مسؤولية», «أطلق مسلحون النار»), never «يفتح الطريق نحو تحقيق»."""
    gap = [k for k in range(lo, hi) if not _counting(toks, k)]
    if len(gap) == 1 and grammar().has("support_verbs", toks[gap[0]]):
        return False  # «الهجوم نفذه انتحاري»: the act, then who waged it, no «هجوم انتحاري»
    if len(gap) <= 1:
        return True
    return all(toks[k].norm in PARTICLES or k in participants for k in gap)


PARTICLES = closed_class("gap_particles")


def match_triggers(toks: list[Token], lex: Lexicon | None = None,
                   participants: frozenset[int] = frozenset(),
                   names: frozenset[int] = frozenset(), bounds: Sequence[int] = ()) -> list[Match]:
    """Non-overlapping trigger matches in one sentence: most words, then best quality, win.

    `participants` are tokens inside names or participant nouns, which may split a trigger;
    `names` are tokens of named people, organisations and places, which never start one
    («طالبان» is no «طالب», «علي طالب» no demand); `bounds` are the clause boundaries before
    each token (events.context), by which a companion's reach skips a parenthetical.
    """
    lex = lex or lexicon()
    found: list[Match] = []
    for i, tok in enumerate(toks):
        if not tok.is_word or i in names:
            continue
        for key, q in token_keys(tok):
            for trig in lex.by_first.get(key, ()):
                if trig.marbuta[:1] == (True,) and not _word_quality(tok, key, True):
                    continue
                if q == INFLECTED and (trig.pos != "verb" or len(key) < 4 and len(trig.words) == 1
                                       or strip_tashkeel(tok.text).endswith(TEH_MARBUTA)):
                    continue  # inflections are stripped to reach verbs, and no verb ends in «ة» («السيطرة»)
                m = _match_rest(trig, toks, i, q, participants)
                if m and _companions_present(trig, toks, m, bounds) and \
                        not _excluded(trig, toks, m.j, participants):
                    found.append(m)
    return _select(found)


def _companions_present(trig: Trigger, toks: list[Token], m: Match, bounds: Sequence[int] = ()) -> bool:
    """A trigger with `requires` fires only with one of those words nearby; a preposition only
    after it, as its complement («تحقيق في», never «تأمل في تحقيق تعددية»)."""
    if not trig.requires:
        return True
    lo, hi = max(0, m.i - trig.window), _reach_after(toks, bounds, m.j, trig.window)
    before = {k for t in toks[lo:m.i] for k, _ in token_keys(t)} - PREPOSITIONS
    return bool(before & trig.requires) or any(
        k in trig.requires for t in toks[m.i:hi] for k, _ in token_keys(t))


def _excluded(trig: Trigger, toks: list[Token], j: int, participants: frozenset[int]) -> bool:
    """An excluding word right after the trigger, or after its subject and a count
    («استقبلت ألمانيا آلاف اللاجئين»: receiving refugees is no meeting)."""
    for k in range(j, min(len(toks), j + EXCLUDE_REACH)):
        tok = toks[k]   # a word with a proclitic counts only as listed («طالبا عدم», not «طالب بعدم»)
        if (tok.norm if not tok.prefix else normalize(tok.prefix) + tok.norm) in trig.excludes:
            return True
        if not (k in participants or tok.norm.isdigit() or grammar().has("quantifiers", tok)
                or tok.norm in EXCLUSION_SKIPS or toks[k - 1].norm in EXCLUSION_SKIPS):
            return False
    return False


EXCLUSION_SKIPS = closed_class("exclusion_skips")   # «رفض متحدث باسم الوزارة التعليق»


def _reach_after(toks: list[Token], bounds: Sequence[int], j: int, window: int) -> int:
    """End of a companion's reach after a trigger: `window` words, a parenthetical between two
    commas not counted («ودافعت ماي، خلال كلمة ألقتها أمام البرلمان، عن العلاقات»)."""
    n, end, left = len(toks), j, window
    while end < n and left > 0:
        close = _aside_end(toks, bounds, end)
        end = close if close else end
        end, left = end + 1, left - 1
    return min(end, n)


def _aside_end(toks: list[Token], bounds: Sequence[int], k: int) -> int:
    """The last token of a parenthetical opening with a comma before token k (0: none there):
    up to the closing comma, or ASIDE words of an unclosed «، خلال كلمة لها …»."""
    if k >= len(bounds) or bounds[k] != SOFT:
        return 0
    last = min(len(bounds), k + ASIDE + 1)
    for m in range(k + 1, last):
        if bounds[m] == HARD:
            return m - 1 if toks[k].norm in ASIDE_OPENERS else 0
        if bounds[m] == SOFT:
            return m
    return last - 1 if toks[k].norm in ASIDE_OPENERS else 0


ASIDE_OPENERS = closed_class("aside_openers")


def _select(found: list[Match]) -> list[Match]:
    """The best matches that share no token."""
    taken: list[Match] = []
    used: set[int] = set()
    for m in sorted(found, key=lambda m: (-len(m.trigger.words), -m.quality, m.i)):
        span = set(range(m.i, m.j)) if len(m.tokens) > 1 else {m.i}
        if used.isdisjoint(m.tokens) and (len(m.tokens) == 1 or used.isdisjoint(span)):
            taken.append(m)
            used.update(m.tokens)
    return sorted(taken, key=lambda m: m.i)
