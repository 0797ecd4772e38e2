"""Validate the data without building the site.

    python -m macros.check [DATA_DIR] [DOCS_DIR]     the base guide's data/ and docs/
    python -m macros.check --council local/NAME       a council's guide: its overlay merged in, as its
                                                      mkdocs.yml sets it (what `make check LA=NAME` runs)

A council's check also stops on a `site_name` naming another council or a logo file that
is not there, and lists what to fix before publishing: details that reach no one (the
example's made-up details, no SENDIASS) and what the guide still takes from the example
or the base guide. The build prints the same list.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from .core import DataError, load_site_data
from .core.dates.review_due import warn_notices_due


def council_config(folder: Path) -> dict:
    """The parts of a council's mkdocs.yml the check needs, as MkDocs would read them (paths relative to it)."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)  # !ENV and friends: not needed here
    path = folder / "mkdocs.yml"
    settings = yaml.load(path.read_text(encoding="utf-8"), Loader=Loader) or {}
    return {
        "config_file_path": str(path.resolve()),
        "extra": settings.get("extra") or {},
        "docs_dir": str((folder / settings.get("docs_dir", "docs")).resolve()),
    }


def check_council(folder: Path) -> int:
    from .project import (
        ConfigProblem,
        data_dirs,
        logo_problem,
        name_the_council,
        publishing_warnings,
        say_before_publishing,
    )

    if not (folder / "mkdocs.yml").is_file():
        known = sorted(p.parent.name for p in Path("local").glob("*/mkdocs.yml"))
        print(
            f"There is no {folder}/mkdocs.yml. Say which council by the name of its folder in local/ (COUNCIL: in "
            f"the GitHub workflow, LA= with make), one of: {', '.join(known) or 'none yet (copy local/example)'}.",
            file=sys.stderr,
        )
        return 2
    config = council_config(folder)
    data_dir, overlay_dir = data_dirs(config)
    if overlay_dir is None:
        print(
            f"{folder}/mkdocs.yml: set extra.overlay_dir to your data folder, as local/example/mkdocs.yml does.",
            file=sys.stderr,
        )
        return 1
    try:
        data = load_site_data(data_dir, Path(config["docs_dir"]), overlay_dir)
        name_the_council(config, data)
        missing_logo = logo_problem(config, data)
        if missing_logo:
            raise ConfigProblem(missing_logo)
    except DataError as error:
        print(error.report(), file=sys.stderr)
        return 1
    except ConfigProblem as problem:
        print(problem, file=sys.stderr)
        return 1
    warn_notices_due(data)
    say_before_publishing(publishing_warnings(config, data), print)
    return 0


def main(argv: list[str]) -> int:
    started = time.perf_counter()
    if argv[:1] == ["--council"]:
        if len(argv) != 2:
            print("Usage: python -m macros.check --council local/NAME", file=sys.stderr)
            return 2
        status = check_council(Path(argv[1]))
        what = f"The data of {argv[1]}"
    else:
        data_dir = Path(argv[0]) if argv else Path("data")
        docs_dir = Path(argv[1]) if len(argv) > 1 else Path("docs")
        try:
            warn_notices_due(load_site_data(data_dir, docs_dir))
            status = 0
        except DataError as error:
            print(error.report(), file=sys.stderr)
            status = 1
        what = "Data"
    if status == 0:
        print(f"{what} is valid ({(time.perf_counter() - started) * 1000:.0f} ms).")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
