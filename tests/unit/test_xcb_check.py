"""The start-up check names exactly the X11 libraries Qt's platform plugin lacks on this machine,
and the Debian/Ubuntu packages to install."""

from __future__ import annotations

from gui.xcb_check import message, missing_from_ldd, package_for, will_use_xcb

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f1)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f2)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-icccm.so.4 => not found
"""


def test_not_found_lines_are_read_once_each() -> None:
    assert missing_from_ldd(LDD) == [
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
        "libxkbcommon-x11.so.0",
    ]


def test_sonames_map_to_debian_packages() -> None:
    assert package_for("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert package_for("libxcb-keysyms.so.1") == "libxcb-keysyms1"
    assert package_for("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert package_for("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert package_for("libX11-xcb.so.1") == "libx11-xcb1"
    assert package_for("libglib-2.0.so.0") == "libglib2.0-0"


def test_the_message_names_what_to_install() -> None:
    text = message(missing_from_ldd(LDD))
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1, libxkbcommon-x11.so.0" in text
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0" in text
    assert message([]) == ""


def test_only_an_x11_start_is_checked() -> None:
    assert will_use_xcb({"DISPLAY": ":0"})
    assert will_use_xcb({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"})
    assert not will_use_xcb({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"})
    assert not will_use_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"})
