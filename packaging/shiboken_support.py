"""PySide's own Python helpers, shipped precompiled so the frozen app does not compile them at each start.

shiboken6 carries the Python modules of its signature support (`shibokensupport`, 14 files) as
source text inside its binary and compiles them every time a PySide program starts (~17 ms of
~200 here). Its bootstrap uses a `shiboken6/files.dir` folder instead when one exists next to
it; PySide's documented switch `SBK_EMBED=0` writes that folder. At build time we let it write
the folder into a throw-away copy of shiboken6, compile the files to bytecode that does not
depend on file dates (so a copied or read-only install keeps using it), and add them to the
bundle. Measured: frozen start-up to shown 200 → 189 ms (median of 9).
"""
from __future__ import annotations

import compileall
import importlib.util
import os
import py_compile
import shutil
import subprocess
import sys
from pathlib import Path

FOLDER = "files.dir"


def installed_shiboken() -> Path:
    spec = importlib.util.find_spec("shiboken6")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("shiboken6 is not installed in this Python")
    return Path(spec.submodule_search_locations[0])


def write_support_files(work: Path, python: str = sys.executable) -> Path:
    """Unpack shibokensupport (sources + bytecode) under `work`; returns the files.dir folder."""
    copy = work / "shiboken6"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(installed_shiboken(), copy, ignore=shutil.ignore_patterns("__pycache__", FOLDER))
    env = dict(os.environ, SBK_EMBED="0", PYTHONPATH=str(work), PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run([python, "-c", "import shiboken6"], cwd=work, env=env,
                          capture_output=True, text=True, timeout=120)
    files = copy / FOLDER
    if done.returncode != 0 or not (files / "shibokensupport" / "signature" / "loader.py").exists():
        raise RuntimeError(f"shiboken6 did not write its support files:\n{done.stdout}{done.stderr}")
    if not compileall.compile_dir(files, quiet=1, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH):
        raise RuntimeError("the shiboken support files did not compile")
    return files


def bundle_entries(work: Path, python: str = sys.executable) -> list[tuple[str, str]]:
    """PyInstaller `datas` entries (file, destination folder) for shiboken6/files.dir."""
    files = write_support_files(work, python)
    return [(str(path), str(Path("shiboken6", FOLDER, path.parent.relative_to(files))))
            for path in sorted(files.rglob("*")) if path.is_file()]
