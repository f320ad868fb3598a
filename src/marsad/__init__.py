"""marsad (مرصد): Arabic news in, checkable events, quotes and stories out."""
from .api import analyze, analyze_many, read_inputs
from .doc import Doc

__all__ = ["Doc", "analyze", "analyze_many", "read_inputs"]
__version__ = "0.1.0"
