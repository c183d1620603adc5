"""Where a backup can go: the drives a person would plug in, with their free space.

Linux: block devices the kernel marks removable or that sit on USB, and whatever is mounted
under the usual places (/media, /run/media, /mnt). macOS: /Volumes, minus the startup disk.
Windows: removable drives. Any other folder can always be chosen by hand.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

MOUNT_ROOTS = ("/media", "/run/media", "/mnt")
PSEUDO_FILESYSTEMS = frozenset(
    {
        "autofs",
        "binfmt_misc",
        "bpf",
        "cgroup",
        "cgroup2",
        "configfs",
        "debugfs",
        "devpts",
        "devtmpfs",
        "efivarfs",
        "fusectl",
        "hugetlbfs",
        "mqueue",
        "nsfs",
        "overlay",
        "proc",
        "pstore",
        "ramfs",
        "rpc_pipefs",
        "securityfs",
        "selinuxfs",
        "squashfs",
        "sysfs",
        "tmpfs",
        "tracefs",
    }
)


@dataclass(frozen=True)
class Volume:
    path: Path
    label: str
    free_bytes: int
    total_bytes: int
    removable: bool
    writable: bool

    def describe(self) -> str:
        from storage.backup import human_size

        state = "" if self.writable else ", read-only"
        return f"{self.label} ({self.path}) — {human_size(self.free_bytes)} free{state}"


def _volume(path: Path, label: str, removable: bool) -> Volume | None:
    try:
        usage = shutil.disk_usage(path)
    except OSError:
        return None  # not ready (an empty card reader) or gone
    return Volume(
        path=path,
        label=label or str(path),
        free_bytes=usage.free,
        total_bytes=usage.total,
        removable=removable,
        writable=os.access(path, os.W_OK),
    )


# ---- Linux --------------------------------------------------------------------------------------


def _unescape(field: str) -> str:
    """/proc/self/mountinfo writes space, tab, newline and backslash as \\ooo (octal)."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def parse_mountinfo(text: str) -> list[tuple[str, str, str]]:
    """(mount point, file-system type, source) for each line of /proc/self/mountinfo."""
    mounts = []
    for line in text.splitlines():
        left, sep, right = line.partition(" - ")
        if not sep:
            continue
        fields = left.split(" ")
        after = right.split(" ")
        if len(fields) < 5 or len(after) < 2:
            continue
        mounts.append((_unescape(fields[4]), after[0], _unescape(after[1])))
    return mounts


def _is_removable_device(source: str, sys_block: Path) -> bool:
    """Whether the block device behind `source` (e.g. /dev/sdb1) is removable or on USB."""
    if not source.startswith("/dev/"):
        return False
    name = Path(os.path.realpath(source)).name
    node = sys_block / name
    if not node.exists():
        node = sys_block / Path(source).name
        if not node.exists():
            return False
    real = node.resolve()
    disk = real.parent if (real / "partition").exists() else real
    try:
        if (disk / "removable").read_text().strip() == "1":
            return True
    except OSError:
        pass
    return "usb" in " ".join(real.parts)  # a USB hard disk reports removable=0


def linux_volumes(
    mountinfo: Path = Path("/proc/self/mountinfo"),
    sys_block: Path = Path("/sys/class/block"),
    mount_roots: tuple[str, ...] = MOUNT_ROOTS,
) -> list[Volume]:
    try:
        text = mountinfo.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    found: dict[str, Volume] = {}
    for mount_point, fstype, source in parse_mountinfo(text):
        if fstype in PSEUDO_FILESYSTEMS or mount_point in found:
            continue
        removable = _is_removable_device(source, sys_block)
        usual = any(
            mount_point == root or mount_point.startswith(root.rstrip("/") + "/")
            for root in mount_roots
        )
        if not (removable or usual) or mount_point == "/":
            continue
        path = Path(mount_point)
        if not path.is_dir():
            continue
        volume = _volume(path, path.name, removable)
        if volume is not None:
            found[mount_point] = volume
    return list(found.values())


# ---- macOS --------------------------------------------------------------------------------------


def mac_volumes(root: Path = Path("/Volumes")) -> list[Volume]:
    found = []
    try:
        entries = sorted(root.iterdir())
    except OSError:
        return []
    for path in entries:
        try:
            if path.name.startswith(".") or not path.is_dir() or path.resolve() == Path("/"):
                continue  # the startup disk appears here as a link to /
        except OSError:
            continue
        volume = _volume(path, path.name, removable=True)
        if volume is not None:
            found.append(volume)
    return found


# ---- Windows ------------------------------------------------------------------------------------


def windows_volumes() -> list[Volume]:
    found: list[Volume] = []
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        drive_removable = 2
        mask = kernel32.GetLogicalDrives()
        for i in range(26):
            if not mask & (1 << i):
                continue
            root = f"{chr(ord('A') + i)}:\\"
            if kernel32.GetDriveTypeW(root) != drive_removable:
                continue
            label_buffer = ctypes.create_unicode_buffer(261)
            ok = kernel32.GetVolumeInformationW(root, label_buffer, 261, None, None, None, None, 0)
            label = label_buffer.value if ok and label_buffer.value else "Removable drive"
            volume = _volume(Path(root), f"{label} ({root[:2]})", removable=True)
            if volume is not None:
                found.append(volume)
    return found


def list_targets() -> list[Volume]:
    """The volumes a person would plug in a stick to back up to, removable ones first."""
    if sys.platform == "win32":
        volumes = windows_volumes()
    elif sys.platform == "darwin":
        volumes = mac_volumes()
    else:
        volumes = linux_volumes()
    return sorted(volumes, key=lambda v: (not v.removable, v.label.lower(), str(v.path)))
