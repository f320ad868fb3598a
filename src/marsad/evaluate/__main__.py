"""`python -m marsad.evaluate TASK [PATH]`: one subcommand per evaluated step."""
from __future__ import annotations

import argparse
import importlib
import sys

# task name -> module under marsad.evaluate exposing add_arguments(parser) and main(args) -> int
TASKS = {"ner": "ner", "dates": "dates", "quotes": "quotes", "events": "events", "stories": "stories",
         "merge": "merge", "articles": "articles"}


def main(argv: list[str] | None = None) -> int:
    """Parse the task and hand over to its module."""
    parser = argparse.ArgumentParser(prog="python -m marsad.evaluate",
                                     description="Score marsad on development data.")
    sub = parser.add_subparsers(dest="task", required=True)
    for name, module in TASKS.items():
        mod = importlib.import_module(f"marsad.evaluate.{module}")
        mod.add_arguments(sub.add_parser(name, help=mod.__doc__.splitlines()[0]))
    args = parser.parse_args(argv)
    return importlib.import_module(f"marsad.evaluate.{TASKS[args.task]}").main(args)


if __name__ == "__main__":
    sys.exit(main())
