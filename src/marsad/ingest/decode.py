"""Bytes to text: UTF-8 first, then the Arabic legacy encodings news sites still serve."""
from __future__ import annotations

from ..errors import InputError
from ..text.normalize import arabic_ratio

# Tried in order when bytes are not UTF-8: windows-1256 is far more common than ISO-8859-6.
LEGACY = ("cp1256", "iso8859_6")
BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode_bytes(data: bytes, origin: str, declared: str | None = None) -> str:
    """Decode `data`, trusting a BOM, then a declared charset, then UTF-8, then legacy Arabic."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{origin}: binary data, not text")
    for bom, enc in BOMS:
        if data.startswith(bom):
            return data.decode(enc)
    for enc in filter(None, (declared, "utf-8")):
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return _best_legacy(data, origin)


def _best_legacy(data: bytes, origin: str) -> str:
    """The legacy decoding that yields the most Arabic letters."""
    best, best_share = None, -1.0
    for enc in LEGACY:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        _, share = arabic_ratio(text)
        if share > best_share:
            best, best_share = text, share
    if best is None:
        raise InputError(f"{origin}: not valid UTF-8, windows-1256 or ISO-8859-6 text")
    return best
