"""Second Opinion Companion: start the app.

    python main.py [--data-dir DIR] [--version] [--smoke-test]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import __version__


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="second-opinion-companion",
                                     description="Get and compare second opinions, privately.")
    parser.add_argument("--data-dir", type=Path, help="keep the data in this folder instead of the usual place")
    parser.add_argument("--version", action="version", version=f"Second Opinion Companion {__version__}")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start the window offscreen, load the guide and a case, then exit (0 = fine)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from app.ui import application  # Qt is imported only when a window is wanted
    if args.smoke_test:
        return application.smoke_test(args.data_dir)
    return application.run(args.data_dir)


if __name__ == "__main__":
    sys.exit(main())
