"""Language identification: py3langid, with a script check for short texts."""
from __future__ import annotations

from functools import lru_cache

from ..text.normalize import arabic_ratio

MAX_CHARS = 600  # the head of an article tells its language; the rest only costs time


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's model, loaded once."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str, min_letters: int = 20) -> tuple[str | None, float]:
    """(language code, confidence); None when there is no text to judge."""
    letters, share = arabic_ratio(text[:MAX_CHARS])
    if letters == 0:
        return None, 0.0
    if letters < min_letters:
        return ("ar", share) if share > 0.5 else (None, 0.0)
    lang, prob = _identifier().classify(text[:MAX_CHARS])
    if share > 0.5 and lang not in ("ar", "arz", "fa", "ur", "ps", "ug", "ku"):
        return "ar", share  # langid mislabels short Arabic headlines now and then
    return lang, float(prob)
