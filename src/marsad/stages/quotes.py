"""The quotes stage: reported speech with speakers and source chains, over body sentences only."""
from __future__ import annotations

from ..config import Config
from ..doc import Doc
from ..pipeline import stage
from ..quotes import find_quotes


@stage("quotes", requires=("entities",), assigns=("quotes",), arabic_only=True)
def quotes(doc: Doc, cfg: Config) -> Doc:
    """Attach the quotes `find_quotes` reads in the body (never headlines or removed boilerplate)."""
    return doc.replace(quotes=tuple(find_quotes(doc)))
