"""Reading the language data files under `marsad/data/` (TSV and YAML with comment headers)."""
from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


def data_text(relpath: str) -> str:
    """The text of a data file, e.g. `data_text("dates/months.tsv")`."""
    return resources.files("marsad").joinpath("data").joinpath(*relpath.split("/")).read_text("utf-8")


def header_lines(relpath: str) -> list[str]:
    """The leading `#` comment lines (source, licence) of a data file."""
    out = []
    for line in data_text(relpath).splitlines():
        if not line.startswith("#"):
            break
        out.append(line)
    return out


@lru_cache(maxsize=None)
def read_tsv(relpath: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV data file as dicts keyed by its column row; comment lines skipped."""
    lines = [ln for ln in data_text(relpath).splitlines() if ln and not ln.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t",
                            quoting=csv.QUOTE_NONE)
    return tuple({k: (v or "") for k, v in row.items()} for row in reader)


@lru_cache(maxsize=None)
def read_yaml(relpath: str) -> Any:
    """A YAML data file, parsed with the C loader when available."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(data_text(relpath), Loader=loader)


@lru_cache(maxsize=None)
def word_class(relpath: str, name: str) -> frozenset[str]:
    """One named closed word class of a YAML data file, exactly as written there."""
    return frozenset(read_yaml(relpath)[name])


@lru_cache(maxsize=None)
def read_lines(relpath: str) -> tuple[str, ...]:
    """Non-comment, non-blank lines of a one-entry-a-line data file."""
    return tuple(ln.strip() for ln in data_text(relpath).splitlines()
                 if ln.strip() and not ln.startswith("#"))
