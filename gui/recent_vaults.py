"""The vault folders opened on this computer, most recent first, and the File menu's Recent
vaults. Kept in QSettings as paths only: never a key, an office's name or anything read from
inside a vault. The folder opened last keeps the key start-up has always read; those opened
before it have a key of their own, so a computer that has opened one vault stores one path."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QMenu, QWidget

from services import vault_folder

LAST_VAULT_KEY = "vault/last_folder"
EARLIER_VAULTS_KEY = "vault/earlier_folders"
MAX_RECENT = 6
MENU_PATH_WIDTH = 460  # pixels of a folder's path in the menu; the whole path is its tooltip


def same_folder(one: Path, other: Path) -> bool:
    """Whether two paths name one folder (spelled differently: relative, "..", case on
    Windows), without asking the disk, which a missing stick cannot answer."""
    return os.path.normcase(os.path.abspath(one)) == os.path.normcase(os.path.abspath(other))


def _texts(value: object) -> list[str]:
    # QSettings hands back a one-item list as a plain string, and an absent one as None.
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list | tuple):
        return [str(item) for item in value if item]
    return []


def recent_vaults(settings: QSettings) -> list[Path]:
    """Every remembered vault folder, most recent first, whether or not it is there now."""
    found: list[Path] = []
    for text in _texts(settings.value(LAST_VAULT_KEY)) + _texts(settings.value(EARLIER_VAULTS_KEY)):
        folder = Path(text)
        if not any(same_folder(folder, seen) for seen in found):
            found.append(folder)
    return found[:MAX_RECENT]


def _keep(settings: QSettings, folders: list[Path]) -> None:
    if folders:
        settings.setValue(LAST_VAULT_KEY, str(folders[0]))
    else:
        settings.remove(LAST_VAULT_KEY)
    earlier = [str(folder) for folder in folders[1:MAX_RECENT]]
    if earlier:
        settings.setValue(EARLIER_VAULTS_KEY, earlier)
    else:
        settings.remove(EARLIER_VAULTS_KEY)
    settings.sync()


def remember(settings: QSettings, folder: Path) -> None:
    """`folder` was opened just now: first in the list, once."""
    folder = Path(os.path.abspath(folder))
    others = [known for known in recent_vaults(settings) if not same_folder(known, folder)]
    _keep(settings, [folder, *others])


def forget_all_but(settings: QSettings, kept: Path | None) -> None:
    """Forget every remembered folder but `kept` (the vault open now, which start-up then
    still offers), or every one."""
    _keep(
        settings,
        [f for f in recent_vaults(settings) if kept is not None and same_folder(f, kept)],
    )


class RecentVaultsMenu(QMenu):
    """File ▸ Recent vaults: the other vaults opened on this computer (the open one is left
    out; the window's title names it), a folder that is not there now (a stick not plugged in)
    greyed out, and Clear the list. Read again each time it opens."""

    chosen = Signal(object)  # the folder (Path) of the vault to open

    def __init__(
        self,
        settings: QSettings,
        open_now: Callable[[], Path | None],
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("&Recent vaults"), parent)
        self.settings = settings
        self.open_now = open_now
        self.setToolTipsVisible(True)
        self.aboutToShow.connect(self.refresh)
        self.refresh()

    def folders(self) -> list[Path]:
        """The folders listed: every remembered one but the vault's open now."""
        current = self.open_now()
        return [
            folder
            for folder in recent_vaults(self.settings)
            if current is None or not same_folder(folder, current)
        ]

    def refresh(self) -> None:
        self.clear()
        folders = self.folders()
        for number, folder in enumerate(folders, 1):
            shown = self.fontMetrics().elidedText(
                str(folder), Qt.TextElideMode.ElideMiddle, MENU_PATH_WIDTH
            )
            text = f"&{number} {shown.replace('&', '&&')}"
            action = self.addAction(text)
            if vault_folder.holds_vault(folder):
                action.setToolTip(str(folder))
                action.triggered.connect(lambda _checked=False, f=folder: self.chosen.emit(f))
            else:
                action.setText(self.tr("{0} (not found)").format(text))
                action.setToolTip(
                    self.tr(
                        "No vault is in {0} now. Is it on a stick that is not plugged in?"
                    ).format(folder)
                )
                action.setEnabled(False)
        if not folders:
            self.addAction(self.tr("No other vault opened yet")).setEnabled(False)
        self.addSeparator()
        self.clear_action = self.addAction(self.tr("&Clear the list"))
        self.clear_action.setToolTip(self.tr("Forget these folders. Nothing in them is changed."))
        self.clear_action.setEnabled(bool(folders))
        self.clear_action.triggered.connect(self.clear_list)

    def clear_list(self) -> None:
        forget_all_but(self.settings, self.open_now())
        self.refresh()
