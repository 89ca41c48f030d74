"""``kg`` command line: a thin layer that parses arguments and calls one library function.

Each subcommand lives in ``kg/commands/<name>.py`` and exposes ``register(subparsers)``,
which adds its parser and sets ``func`` to a callable taking the parsed arguments and
returning an exit code. Errors kg raises on purpose (:class:`kg.errors.KGError`) become one
line on stderr and exit code 2; nothing else is caught, so real bugs keep their traceback.
SIGTERM unwinds like Ctrl-C (exit 143, Ctrl-C 130), so temporary files are removed and
the previous outputs stay as they were.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import signal
import sys
import threading
from collections.abc import Sequence

from kg import __version__
from kg.errors import KGError

#: Subcommand modules under ``kg.commands``, in the order ``kg --help`` lists them.
COMMANDS = ("build", "eval", "explain", "viz", "query", "serve", "validate", "export")

log = logging.getLogger("kg")


def make_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every available subcommand."""
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Build an RDF knowledge graph from French news text, offline.",
    )
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"kg.commands.{name}")
        except ModuleNotFoundError as err:
            if err.name != f"kg.commands.{name}":
                raise
            continue  # a command not written yet is simply absent from --help
        module.register(subparsers)
    return parser


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program is so that ``finally`` blocks run."""


def _terminate(signum: int, frame: object) -> None:
    # SIGTERM's default action skips `finally` blocks; as an exception, half-written
    # temporary files are cleaned up and previous outputs stay in place
    raise _Terminated(f"signal {signum}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``kg`` command line and return its exit code."""
    parser = make_parser()
    args = parser.parse_args(argv)
    level = (logging.WARNING, logging.INFO, logging.DEBUG)[min(args.verbose, 2)]
    logging.basicConfig(level=level, format="kg: %(levelname)s: %(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    # signal handlers can only be set from the main thread (tests call main() from others)
    handle_term = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminate) if handle_term else None
    try:
        return int(args.func(args) or 0)
    except KGError as err:
        print(f"kg {args.command}: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt as err:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 143 if isinstance(err, _Terminated) else 130
    except BrokenPipeError:
        # the reader went away (`kg eval … | head`): stop quietly as Unix tools do; stdout
        # points at /dev/null so the interpreter's final flush cannot raise again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    finally:
        if handle_term:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
