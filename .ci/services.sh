#!/usr/bin/env bash
# Start what the test suite needs that pip cannot install: nothing yet beyond Python.
set -euo pipefail
exit 0
