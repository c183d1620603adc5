"""Before the window opens on Linux/X11: which system libraries Qt's X11 platform plugin needs and
this machine lacks, and the Debian/Ubuntu packages that bring them. Qt itself only says "could
not load the Qt platform plugin xcb" (naming at most libxcb-cursor0) and aborts; this reads the
plugin's own dependencies with `ldd`, so the message names exactly what is missing here.

Imports no Qt (it runs before QApplication); needs no network."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Sonames whose Debian package name does not follow the usual rule (see package_for).
PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libstdc++.so.6": "libstdc++6",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
}
NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$")


def package_for(soname: str) -> str:
    """The Debian/Ubuntu package that ships a library: libxcb-icccm.so.4 → libxcb-icccm4,
    libxkbcommon-x11.so.0 → libxkbcommon-x11-0 (a dash when the name ends in a digit)."""
    if soname in PACKAGES:
        return PACKAGES[soname]
    name, _, version = soname.partition(".so.")
    version = version.split(".")[0]
    name = name.lower()
    if not version:
        return name
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def missing_from_ldd(output: str) -> list[str]:
    """The sonames `ldd` reports as "not found", each once, in order."""
    found: list[str] = []
    for line in output.splitlines():
        match = NOT_FOUND.match(line)
        if match and match.group(1) not in found:
            found.append(match.group(1))
    return found


def plugin_files() -> list[Path]:
    """Qt's X11 platform plugin and its X11 library, inside the installed PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return []
    qt = Path(next(iter(spec.submodule_search_locations))) / "Qt"
    candidates = [
        qt / "plugins" / "platforms" / "libqxcb.so",
        *sorted((qt / "lib").glob("libQt6XcbQpa.so*")),
    ]
    return [path for path in candidates if path.is_file()]


def will_use_xcb(environ: os._Environ[str] | dict[str, str] | None = None) -> bool:
    """Qt will try its X11 plugin: on Linux, asked for it, or not asked for another platform
    and outside a Wayland session."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return False
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if platform:
        return platform == "xcb"
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def missing_libraries() -> list[str]:
    """Sonames Qt's X11 plugin needs and the dynamic loader cannot find here."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    missing: list[str] = []
    for path in plugin_files():
        try:
            run = subprocess.run(
                [ldd, str(path)], capture_output=True, text=True, timeout=20, check=False
            )
        except (OSError, subprocess.SubprocessError):
            continue
        for soname in missing_from_ldd(run.stdout):
            if soname not in missing:
                missing.append(soname)
    return missing


def message(missing: list[str]) -> str:
    """One paragraph naming what to install, or "" when nothing is missing."""
    if not missing:
        return ""
    packages = sorted({package_for(soname) for soname in missing})
    return (
        "Qt's X11 platform plugin cannot load: these system libraries are missing: "
        f"{', '.join(missing)}. On Debian or Ubuntu install them with:\n"
        f"    sudo apt install {' '.join(packages)}\n"
        "(other distributions name the packages after the same libraries)."
    )


def check() -> str:
    """The message to print before starting the GUI, or "" when it can start."""
    if not will_use_xcb():
        return ""
    return message(missing_libraries())
