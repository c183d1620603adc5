"""Listing where a backup can go: removable drives and the usual mount points, with free space;
not the system's own disks or pseudo file systems. Linux reads a mount table and sysfs, given
here as files in a temp folder; macOS lists /Volumes minus the startup disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.app import run
from storage import volumes


def fake_sysfs(root: Path) -> Path:
    """/sys/class/block with: sdb1 on a USB stick (removable), sdc1 on a USB hard disk (not
    flagged removable, but on USB), sda2 on the internal disk, mmcblk0p1 an SD card."""
    devices = root / "devices"
    block = root / "class" / "block"
    block.mkdir(parents=True)

    def disk(path: str, name: str, removable: str, parts: list[str]) -> None:
        base = devices / path / "block" / name
        base.mkdir(parents=True)
        (base / "removable").write_text(removable + "\n")
        (block / name).symlink_to(base)
        for part in parts:
            (base / part).mkdir()
            (base / part / "partition").write_text("1\n")
            (block / part).symlink_to(base / part)

    disk("pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0/host6/target6:0:0/6:0:0:0", "sdb", "1", ["sdb1"])
    disk("pci0000:00/0000:00:14.0/usb3/3-2/3-2:1.0/host7/target7:0:0/7:0:0:0", "sdc", "0", ["sdc1"])
    disk("pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0", "sda", "0", ["sda1", "sda2"])
    disk("platform/mmc0/mmc_host/mmc0/mmc0:0001", "mmcblk0", "1", ["mmcblk0p1"])
    return block


def test_linux_lists_removable_drives_and_usual_mount_points(tmp_path: Path) -> None:
    media = tmp_path / "media"
    mounts = {
        "stick": media / "paralegal" / "USB STICK",
        "usb_disk": tmp_path / "data" / "usb-disk",
        "sd": tmp_path / "sdcard",
        "mnt": tmp_path / "mnt" / "office-share",
        "internal": tmp_path / "home",
        "tmpfs": media / "ramdisk",
    }
    for path in mounts.values():
        path.mkdir(parents=True)

    def esc(path: Path) -> str:
        return str(path).replace(" ", "\\040")

    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text(
        "\n".join(
            [
                "22 27 0:21 / /proc rw,relatime - proc proc rw",
                "27 1 8:2 / / rw,relatime - ext4 /dev/sda2 rw",
                f"40 27 8:2 / {esc(mounts['internal'])} rw - ext4 /dev/sda2 rw",
                f"41 27 8:17 / {esc(mounts['stick'])} rw,nosuid - vfat /dev/sdb1 rw,uid=1000",
                f"42 27 8:33 / {esc(mounts['usb_disk'])} rw - exfat /dev/sdc1 rw",
                f"43 27 179:1 / {esc(mounts['sd'])} rw - vfat /dev/mmcblk0p1 rw",
                f"44 27 0:50 / {esc(mounts['mnt'])} rw - ext4 /dev/sda1 rw",
                f"45 27 0:51 / {esc(mounts['tmpfs'])} rw - tmpfs tmpfs rw",
                f"46 27 8:17 / {esc(mounts['stick'])} rw,nosuid - vfat /dev/sdb1 rw,uid=1000",
                "47 27 0:52 / /gone/away rw - vfat /dev/sdb1 rw",
                "garbage line without separator",
            ]
        )
        + "\n"
    )
    found = volumes.linux_volumes(
        mountinfo,
        fake_sysfs(tmp_path / "sys"),
        mount_roots=(str(media), str(tmp_path / "mnt")),
    )
    by_path = {v.path: v for v in found}
    assert set(by_path) == {mounts["stick"], mounts["usb_disk"], mounts["sd"], mounts["mnt"]}
    assert by_path[mounts["stick"]].label == "USB STICK"
    assert by_path[mounts["stick"]].removable and by_path[mounts["usb_disk"]].removable
    assert by_path[mounts["sd"]].removable
    assert not by_path[mounts["mnt"]].removable  # a usual mount point, an internal partition
    for volume in found:
        assert volume.total_bytes > 0 and 0 <= volume.free_bytes <= volume.total_bytes
        assert volume.writable
        assert "free" in volume.describe()


def test_macos_lists_volumes_but_not_the_startup_disk(tmp_path: Path) -> None:
    root = tmp_path / "Volumes"
    root.mkdir()
    (root / "Macintosh HD").symlink_to("/")
    (root / "UNTITLED").mkdir()
    (root / ".hidden").mkdir()
    found = volumes.mac_volumes(root)
    assert [v.label for v in found] == ["UNTITLED"]
    assert found[0].removable


def test_list_targets_command_prints_each_volume_with_free_space(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    stick = volumes.Volume(tmp_path, "OFFICE STICK", 7_800_000_000, 8_000_000_000, True, True)
    monkeypatch.setattr(volumes, "list_targets", lambda: [stick])
    assert run(["backup", "list-targets"]) == 0
    out, err = capsys.readouterr()
    assert str(tmp_path) in out and "OFFICE STICK" in out
    assert "7.8 GB free of 8.0 GB" in out and "removable" in out
    assert "Any folder" in err

    monkeypatch.setattr(volumes, "list_targets", lambda: [])
    assert run(["backup", "list-targets"]) == 0
    assert "No removable drive" in capsys.readouterr().out


def test_list_targets_runs_on_this_machine() -> None:
    for volume in volumes.list_targets():
        assert volume.path.is_dir()
