"""Command line: ``python -m toolkit COMMAND ...`` (``--help`` on each).

Each command lives in its own module in :mod:`toolkit.commands`, with ``add_parser(sub)``
that registers it and sets ``func``; a command's module is imported only when it runs.

One exit status rule for every command (:data:`EXIT_STATUS`, in every ``--help``): 0 when
every document was analysed (warnings allowed); 1 when some were skipped (each is reported,
the rest is written); 2 when nothing was analysed, the input is unusable as a whole, or the
command line is wrong. Errors print one line naming the file and line.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from . import commands
from .errors import ToolkitError

__all__ = ["main", "build_parser", "EXIT_STATUS", "EXIT_OK", "EXIT_SKIPPED", "EXIT_NOTHING"]

EXIT_OK, EXIT_SKIPPED, EXIT_NOTHING = 0, 1, 2
EXIT_STATUS = ("exit status: 0 all analysed; 1 some skipped (each is reported, the rest is "
               "written); 2 nothing analysed, unusable input or a usage error")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m toolkit",
                                     description="Rhetorical markers and attribution in "
                                                 "statements (stance-toolkit).",
                                     epilog=EXIT_STATUS)
    sub = parser.add_subparsers(dest="command", required=True)
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.add_parser(sub)
    for command in sub.choices.values():
        command.epilog = f"{command.epilog}\n\n{EXIT_STATUS}" if command.epilog else \
            EXIT_STATUS
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (ToolkitError, OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_NOTHING
