"""`python -m macros.check [DATA_DIR] [DOCS_DIR]`: validate the data without building the site."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from .core import DataError, load_site_data
from .core.legal_checks import warn_notices_due


def main(argv: list[str]) -> int:
    data_dir = Path(argv[0]) if argv else Path("data")
    docs_dir = Path(argv[1]) if len(argv) > 1 else Path("docs")
    started = time.perf_counter()
    try:
        data = load_site_data(data_dir, docs_dir)
    except DataError as error:
        print(error.report(), file=sys.stderr)
        return 1
    warn_notices_due(data)
    print(f"Data is valid ({(time.perf_counter() - started) * 1000:.0f} ms).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
