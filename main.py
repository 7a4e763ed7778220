"""Second Opinion Companion: start the app.

    python main.py [--data-dir DIR] [--version] [--smoke-test]
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from app import __version__
from app.store.datadir import APP_DIR_NAME


def pause_collector() -> None:
    """Hold Python's cycle collector while the app starts (resume_collector turns it back on).

    Starting makes ~30,000 objects (PySide's enum classes, our modules, the window) that live
    as long as the app; collecting while they are being made frees nothing and cost ~7 ms of
    a ~150 ms start here (bench/, medians; for issue 10, on a loaded machine, 87 ms more child
    CPU time, paired median of 31 alternating starts). Reference counting still frees the rest.
    """
    gc.disable()


def resume_collector() -> None:
    """Called once the window is shown: start-up's objects move out of the collector's way
    (gc.freeze, so later collections do not walk them again and again) and it runs as usual."""
    gc.freeze()
    gc.enable()


def data_folder(text: str) -> Path:
    """--data-dir's value: an empty one is refused (it would quietly mean the current folder)."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            "it was empty, so there is no folder to keep your information in. Leave --data-dir out "
            "to use the usual place, or give a folder, for example --data-dir ~/SecondOpinionData")
    return Path(text)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="second-opinion-companion",
                                     description="Get and compare second opinions, privately.")
    parser.add_argument("--data-dir", type=data_folder, help="keep the data in this folder instead of the usual place")
    parser.add_argument("--version", action="version", version=f"Second Opinion Companion {__version__}")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start the window offscreen, load the guide and a case, then exit (0 = fine)")
    parser.add_argument("--quit-when-shown", action="store_true",
                        help="quit as soon as the window is on screen (for start-up benchmarks)")
    return parser.parse_args(argv)


def usual_data_folder() -> Path | None:
    """Where Qt keeps the data when no --data-dir is given (app.ui.data_folder), worked out
    without loading Qt, on Linux; None elsewhere. A wrong guess costs only time: the early
    check's finding is used for the folder it checked and no other."""
    if not sys.platform.startswith("linux"):
        return None
    base = os.environ.get("XDG_DATA_HOME", "")
    if os.path.isabs(base):
        return Path(base) / APP_DIR_NAME
    try:
        return Path.home() / ".local" / "share" / APP_DIR_NAME
    except RuntimeError:  # no home folder to be found: Qt is asked instead
        return None


def begin_data_check(data_dir: Path | None):
    """Start checking the data folder on a helper thread (app.store.early_check) while Qt and
    the window's code load; returns the check."""
    from app.store.early_check import EarlyCheck
    folder = data_dir or usual_data_folder()
    if folder is None:
        from app.ui.data_folder import standard_data_dir  # loads QtCore
        folder = standard_data_dir()
    return EarlyCheck(folder)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    pause_collector()
    if args.smoke_test:
        from app.ui import application  # Qt is imported only when a window is wanted
        return application.smoke_test(args.data_dir, on_shown=resume_collector)
    os.umask(0o077)  # as run() sets it, before the early check could make anything (a private copy)
    early = begin_data_check(args.data_dir)
    from app.ui import application
    return application.run(args.data_dir, quit_when_shown=args.quit_when_shown, on_shown=resume_collector,
                           early=early)


if __name__ == "__main__":
    sys.exit(main())
