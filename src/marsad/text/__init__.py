"""The Arabic text layer: normalisers with offset maps, sentences and clitic-aware tokens."""
