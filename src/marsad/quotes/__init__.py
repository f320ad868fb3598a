"""Reported speech: who said what, through which verb, relayed by whom."""
from .chains import describe_chain, sentence_chains, source_chain_at
from .find import find_quotes
from .sources import Source, describe_source

__all__ = ["Source", "describe_chain", "describe_source", "find_quotes", "sentence_chains",
           "source_chain_at"]
