"""One exception hierarchy, so callers catch marsad's failures without catching bugs."""


class MarsadError(Exception):
    """Base of every error marsad raises on purpose."""


class ConfigError(MarsadError):
    """A settings file names an unknown key or holds a value of the wrong type."""


class InputError(MarsadError):
    """An input cannot be read as an article (empty, binary, malformed, too large)."""


class FetchError(InputError):
    """A URL could not be fetched safely (scheme, address, size or timeout)."""


class PipelineError(MarsadError):
    """Stages were configured in an order whose requirements cannot be met."""


class OffsetError(MarsadError):
    """A span does not point at the text it claims: a bug, never silently repaired."""


class StoreError(MarsadError):
    """The database could not be opened or written."""
