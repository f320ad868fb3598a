"""Built-in stages; importing this package registers them."""
from . import text  # noqa: F401
from . import entities  # noqa: F401
from . import tagger  # noqa: F401
from . import dates  # noqa: F401
from . import quotes  # noqa: F401
from . import events  # noqa: F401
