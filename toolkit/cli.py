"""Command line: ``python -m toolkit COMMAND ...`` (``--help`` on each).

Each command lives in its own module in :mod:`toolkit.commands`, with ``add_parser(sub)``
that registers it and sets ``func``. Errors in the input print one line naming the file and
line and exit with status 2; a run over a corpus skips bad documents, reports each, writes
everything else, and exits 1 when it skipped any (2 when nothing was readable).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from . import commands
from .errors import ToolkitError

__all__ = ["main", "build_parser"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m toolkit",
                                     description="Rhetorical markers and attribution in "
                                                 "statements (stance-toolkit).")
    sub = parser.add_subparsers(dest="command", required=True)
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (ToolkitError, OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
