"""The closed-class word lists the event coder reads, loaded once from data/events/."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..doc import Token
from ..resources import read_tsv, read_yaml, word_class
from ..text.normalize import normalize, strip_tashkeel
from ..text.tokens import is_known, strip_article


def word_key(word: str) -> str:
    """How a listed word is compared with a token: normalised, without an article it is written
    with («الطرفين» → «طرفين»; «ألفي» keeps its «أل», which is no article)."""
    norm = normalize(word)
    return strip_article(norm) if strip_tashkeel(word).startswith("ال") else norm


def is_definite(tok: Token) -> bool:
    """Written with the article: «الاجتماع», «للقوات»; not «إلغاء» or «التزام», whose «ال» is the word's."""
    if tok.prefix.endswith("لل"):
        return True
    if not strip_tashkeel(tok.text).startswith("ال") or len(tok.norm) <= 3:
        return False
    return not (tok.lemma == tok.norm and is_known(tok.text))


def tok_key(tok: Token) -> str:
    """A token's comparison key: normalised, without its article."""
    return strip_article(tok.norm)


@dataclass(frozen=True)
class Grammar:
    """Word classes by role (see data/events/grammar.yaml for what each one means)."""

    lists: dict[str, frozenset[str]]
    heads: dict[str, str]
    weak_heads: frozenset[str]
    definite_heads: frozenset[str] = frozenset()   # weak heads the article alone makes participants

    def has(self, role: str, tok: Token) -> bool:
        """Whether the token, as written or without its article, belongs to `role`."""
        words = self.lists[role]
        return tok.norm in words or tok_key(tok) in words or tok.lemma in words

    def head_key(self, tok: Token) -> str:
        """The listed participant noun a token is, its dual included («الوفدين» → «وفد»): the
        lemmatiser leaves duals whole."""
        own = tok_key(tok)
        if own not in self.heads:
            for suffix in DUAL_SUFFIXES:
                stem = own[:-len(suffix)]
                if own.endswith(suffix) and len(stem) >= 3 and stem in self.heads:
                    return stem
        return own

    def head_sector(self, tok: Token) -> str | None:
        """The sector a participant noun implies ('' when none), None when it is no such noun."""
        own = self.head_key(tok)
        if own in self.heads:
            return self.heads[own]
        if own.endswith(NISBA_FEMININE):
            return None   # «العلاقات الدبلوماسية»: a feminine nisba describes, it names no «دبلوماسي»
        if tok.norm[:1] in IMPERFECT and tok.lemma and tok.lemma in tok.norm[1:]:
            return None   # «مظاهرات تطالب السلطة»: «تطالب» is a verb, whose lemma «طالب» is a student too
        for key in (tok.lemma, strip_article(tok.lemma)):
            if key in self.heads:
                return self.heads[key]
        return None

    def is_weak_head(self, tok: Token) -> bool:
        """A noun that names a participant only with a country after it («الجانب السوري»), or
        for some also with the article alone («السلطات», the authorities of the country told about)."""
        key = self.head_key(tok)
        return key in self.weak_heads and not (key in self.definite_heads and is_definite(tok))


DUAL_SUFFIXES = tuple(word_class("events/grammar.yaml", "dual_suffixes"))


def closed_class(name: str) -> frozenset[str]:
    """One closed word class of data/events/grammar.yaml, exactly as written (normalised forms)."""
    return word_class("events/grammar.yaml", name)


def ordered_class(name: str) -> tuple[str, ...]:
    """A closed class of data/events/grammar.yaml in its written order, for forms tried in turn."""
    return tuple(read_yaml("events/grammar.yaml")[name])


def letters(name: str) -> str:
    """Letters of data/events/grammar.yaml a word's letter is tested against («ة», «يتن»)."""
    return read_yaml("events/grammar.yaml")[name]


# Closed classes several coding steps test: conjunctions the tokenizer may leave glued to a word,
# the one-letter prepositions that cling to one, the first letters of a present verb, attached
# pronouns.
GLUED = closed_class("glued_conjunctions")
PREP_CLITICS = letters("prepositional_clitics")
IMPERFECT = letters("imperfect_letters")
POSSESSIVES = closed_class("possessives")
NISBA_FEMININE = tuple(ordered_class("feminine_nisba_endings"))   # «ـية» as normalised


def looks_imperfect(tok: Token) -> bool:
    """Written like a present-tense verb («يعقد», «تنسحب»); a three-letter word («نشر») may be a past one."""
    return tok.norm[:1] in IMPERFECT and len(tok.norm) > 3


def present_prefixed(tok: Token) -> bool:
    """The lemmatiser took a present-tense prefix off the word («تشنه» → «شن»); a past form keeps its first letter."""
    return tok.lemma[:1] != tok.norm[:1]


OWNER_LAM = "ل"   # «موكبا لرئيس الوزراء»: the «لـ» that names whose a thing is


def owned_by_next(toks: list[Token], k: int) -> bool:
    """«موكبا لرئيس الوزراء»: a bare indefinite noun at k, whose owner the «لـ» word after it names."""
    tok = toks[k]
    return k + 1 < len(toks) and toks[k + 1].prefix == OWNER_LAM and tok.is_word and not tok.prefix \
        and not tok.suffix and not is_definite(tok)


def noun_marked(tok: Token) -> bool:
    """The article or a one-letter preposition make a noun of a verb's spelling («المطالبة», «بالمطالبة»)."""
    return is_definite(tok) or any(c in tok.prefix for c in PREP_CLITICS)


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    """The grammar word lists and participant nouns."""
    raw = read_yaml("events/grammar.yaml")
    lists = {role: frozenset(k for w in words for k in (normalize(w), word_key(w)))
             for role, words in raw.items()}
    rows = read_tsv("events/actor_heads.tsv")
    heads = {word_key(r["head"]): r["sector"] for r in rows}
    weak = frozenset(word_key(r["head"]) for r in rows if r["needs"] in ("country", "article"))
    definite = frozenset(word_key(r["head"]) for r in rows if r["needs"] == "article")
    return Grammar(lists, heads, weak, definite)
