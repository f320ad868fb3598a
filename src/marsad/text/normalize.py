"""Tiny pure normalisers, and one that keeps a map back to the original offsets."""
from __future__ import annotations

import re
import unicodedata

TATWEEL = "\u0640"
_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                  (0xFE70, 0xFEFF))


def _arabic_chars() -> list[str]:
    """Every assigned character of the Arabic blocks."""
    return [chr(c) for lo, hi in _ARABIC_RANGES for c in range(lo, hi + 1)
            if unicodedata.category(chr(c)) != "Cn"]


TASHKEEL = frozenset(c for c in _arabic_chars() if unicodedata.category(c) == "Mn")
ALEF_FORMS = frozenset("أإآٱ")
_EASTERN_DIGITS = {chr(c): str(unicodedata.digit(chr(c))) for c in range(0x0600, 0x0700)
                   if unicodedata.category(chr(c)) == "Nd"}
ARABIC_LETTERS = frozenset(c for c in _arabic_chars() if unicodedata.category(c) == "Lo")


def strip_tashkeel(text: str) -> str:
    """Drop harakat, shadda, sukun and other Arabic combining marks."""
    return "".join(c for c in text if c not in TASHKEEL)


def strip_tatweel(text: str) -> str:
    """Drop the kashida used to stretch words."""
    return text.replace(TATWEEL, "")


def unify_alef(text: str) -> str:
    """Write أ إ آ ٱ as bare ا, as Arabic news spells them inconsistently."""
    return "".join("ا" if c in ALEF_FORMS else c for c in text)


def unify_yeh(text: str) -> str:
    """Write alef maqsura ى as ي."""
    return text.replace("ى", "ي")


def unify_teh_marbuta(text: str) -> str:
    """Write teh marbuta ة as heh ه."""
    return text.replace("ة", "ه")


def western_digits(text: str) -> str:
    """Write Eastern-Arabic and Persian digits as 0-9."""
    return "".join(_EASTERN_DIGITS.get(c, c) for c in text)


def _char_map(c: str) -> str:
    """The normalised form of one character ('' when it is dropped)."""
    if c in TASHKEEL or c == TATWEEL:
        return ""
    if c in ALEF_FORMS:
        return "ا"
    if c == "ى":
        return "ي"
    if c == "ة":
        return "ه"
    return _EASTERN_DIGITS.get(c, c)


def _table() -> dict[int, str | None]:
    """A `str.translate` table doing every normaliser in one pass."""
    table: dict[int, str | None] = {ord(c): None for c in TASHKEEL | {TATWEEL}}
    table.update({ord(c): "ا" for c in ALEF_FORMS})
    table.update({ord("ى"): "ي", ord("ة"): "ه"})
    table.update({ord(k): v for k, v in _EASTERN_DIGITS.items()})
    return table


_TABLE = _table()


def normalize(text: str) -> str:
    """All the normalisers at once: the key under which Arabic forms are compared."""
    return text.translate(_TABLE)


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalised text and, per normalised character, its offset in `text` (plus a final end)."""
    chars: list[str] = []
    offsets: list[int] = []
    for i, c in enumerate(text):
        m = _char_map(c)
        if m:
            chars.append(m)
            offsets.append(i)
    offsets.append(len(text))
    return "".join(chars), offsets


def original_span(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a `[start, end)` range of the normalised text back onto the original text."""
    if end <= start:
        return offsets[start], offsets[start]
    return offsets[start], offsets[end - 1] + 1


def is_arabic_letter(c: str) -> bool:
    """Whether `c` is an Arabic-script letter."""
    return c in ARABIC_LETTERS


_LETTER_RE = re.compile(r"[^\W\d_]")
_ARABIC_LETTER_RE = re.compile("[" + "".join(sorted(ARABIC_LETTERS)) + "]")


def arabic_ratio(text: str) -> tuple[int, float]:
    """How many letters `text` has and the share of them that are Arabic."""
    letters = len(_LETTER_RE.findall(text))
    if not letters:
        return 0, 0.0
    return letters, len(_ARABIC_LETTER_RE.findall(text)) / letters
