"""Second Opinion Companion: start the app.

    python main.py [--data-dir DIR] [--version] [--smoke-test]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import __version__


def _preload_core() -> None:
    """Import the Qt-free core before PySide6 is loaded.

    Once PySide6.QtCore is imported it hooks every later import (for its __feature__
    support), which makes each module slower to import; loading ours first saves
    start-up time (measured with bench/: about 8 ms of ~190 ms).
    """
    import app.comparison  # noqa: F401
    import app.dates  # noqa: F401
    import app.edits  # noqa: F401
    import app.guide.render  # noqa: F401
    import app.workspace  # noqa: F401
    # Not here: what the window loads on first use (guide search, printouts, the example case).


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="second-opinion-companion",
                                     description="Get and compare second opinions, privately.")
    parser.add_argument("--data-dir", type=Path, help="keep the data in this folder instead of the usual place")
    parser.add_argument("--version", action="version", version=f"Second Opinion Companion {__version__}")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start the window offscreen, load the guide and a case, then exit (0 = fine)")
    parser.add_argument("--quit-when-shown", action="store_true",
                        help="quit as soon as the window is on screen (for start-up benchmarks)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    _preload_core()
    from app.ui import application  # Qt is imported only when a window is wanted
    if args.smoke_test:
        return application.smoke_test(args.data_dir)
    return application.run(args.data_dir, quit_when_shown=args.quit_when_shown)


if __name__ == "__main__":
    sys.exit(main())
