"""Write app/store/schema_shapes.py: the tables and columns of a data file at each schema version.

    cd <repo> && python scripts/schema_shapes.py      (or: make schema-shapes)

Run it after adding a schema step to app/store/migrations.py; tests/core/test_schema_shapes.py
fails until the written shapes match what the migrations make.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.store import migrations, shape_check  # noqa: E402

HEADER = '''"""The tables and columns of a data file at each schema version, as app.store.migrations makes them.

Written by scripts/schema_shapes.py (`make schema-shapes`), not by hand. The start-up check
(app.store.shape_check) compares a file against these instead of running every migration on a
scratch database at each start (13 ms of a ~280 ms start, measured). A version missing here is
worked out from the migrations as before, so a stale table costs time, never correctness;
tests/core/test_schema_shapes.py fails when it is out of step.
"""
from __future__ import annotations

'''


def render() -> str:
    lines = [HEADER + "SHAPES: dict[int, dict[str, list[str]]] = {"]
    for version in range(1, migrations.LATEST + 1):
        lines.append(f"    {version}: {{")
        for table, columns in shape_check.shape_from_migrations(version).items():
            lines.append(f"        {table!r}: {columns!r},")
        lines.append("    },")
    return "\n".join(lines) + "\n}\n"


if __name__ == "__main__":
    (ROOT / "app" / "store" / "schema_shapes.py").write_text(render(), encoding="utf-8")
