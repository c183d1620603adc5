"""Quash's entry point: no arguments opens the desktop app; a sub-command runs headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--open-demo-and-quit"]:  # a packaged build's self-check: see gui/smoke.py
        from gui.smoke import open_demo_and_quit

        return open_demo_and_quit(sys.argv[:1])
    if not args:
        from gui.app import run_gui

        return run_gui(sys.argv[:1])
    from cli.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
