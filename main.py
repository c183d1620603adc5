"""Quash's entry point: no arguments opens the desktop app; a sub-command runs headless."""

from __future__ import annotations

import os
import sys


def _no_display() -> str | None:
    """On Linux without a display Qt aborts the process; say so in one line instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no display was found (DISPLAY and WAYLAND_DISPLAY are not set): start Quash from "
        "the desktop, or use a command such as `python main.py status --vault DIR`."
    )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if argv is None:  # the real process, not a test calling main() in-process
        from storage.hardening import harden_process

        harden_process()
    if args == ["--open-demo-and-quit"]:  # a packaged build's self-check: see gui/smoke.py
        from gui.smoke import open_demo_and_quit

        return open_demo_and_quit(sys.argv[:1])
    if not args:
        missing = _no_display()
        if missing:
            print(f"quash: {missing}", file=sys.stderr)
            return 1
        from gui.xcb_check import check as check_xcb

        lacking = check_xcb()  # Qt would abort naming one library at most: name them all
        if lacking:
            print(f"quash: {lacking}", file=sys.stderr)
            return 1
        from gui.app import run_gui

        return run_gui(sys.argv[:1])
    from cli.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
