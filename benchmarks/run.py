"""Run every benchmark in this folder, one after another, each in its own process."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    """Run bench_*.py (or those named on the command line) and print their tables."""
    names = sys.argv[1:] or sorted(p.stem for p in HERE.glob("bench_*.py"))
    for name in names:
        print(f"\n## {name}", flush=True)
        code = subprocess.call([sys.executable, str(HERE / f"{name}.py")], cwd=HERE)
        if code:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main())
