"""The generated date data files match their generator (CLDR via babel plus curated rows)."""
from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

from marsad.resources import header_lines

FILES = ("months.tsv", "weekdays.tsv", "relative.tsv", "numbers.tsv", "zones.tsv")


def test_data_calendar_generator_check_passes():
    script = ROOT / "scripts" / "build_calendar_data.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_data_calendar_files_name_source_and_licence():
    for name in FILES:
        header = "\n".join(header_lines(f"dates/{name}"))
        assert "source:" in header and "licence:" in header, name
