"""PLOVER events coded natively from Arabic: triggers, participants, modality and evidence."""
from .find import find_events
from .strict import plover_strict

__all__ = ["find_events", "plover_strict"]
