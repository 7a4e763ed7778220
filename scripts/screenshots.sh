#!/usr/bin/env bash
# make screenshots: the main window under Xvfb (the real xcb platform, not offscreen), in
# English and Spanish, light and dark, at 100 % and 200 % text, into docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" "$PY" scripts/screenshots.py
