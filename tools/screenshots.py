"""Regenerate the README's screenshots from the real app on the demo vault.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [OUT_DIR] [--spanish]

Builds a throwaway demo vault, opens the real windows and saves PNGs (docs/screenshots/ by
default). With --spanish, the Spanish ones instead (gui-*-es.png; run `make qm` first so
translations/quash_es.qm exists). Nothing here is part of the app.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from gui.context import AppContext  # noqa: E402
from gui.editors import open_editor  # noqa: E402
from gui.editors.deadline_dialogs import AddFromRuleDialog  # noqa: E402
from gui.i18n import ENGLISH, SPANISH, install_translator  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402
from gui.tasks import TaskRunner  # noqa: E402
from gui.unlock import UnlockDialog  # noqa: E402
from services import demo, docketing, records  # noqa: E402
from storage.keyslots import MINIMUM_ARGON2  # noqa: E402
from storage.vault import create_vault  # noqa: E402


def settle(app: QApplication, pool: QThreadPool) -> None:
    for _ in range(5):
        for _ in range(50):
            app.processEvents()
        pool.waitForDone(5000)


def shoot(widget: QWidget, app: QApplication, pool: QThreadPool, path: Path) -> None:
    settle(app, pool)
    widget.grab().save(str(path))
    print(path)


def spanish(ctx: AppContext, app: QApplication, pool: QThreadPool, out: Path) -> None:
    """The main window in Spanish, as a person who chose Español in Settings sees it."""
    if install_translator(app, SPANISH) != SPANISH:
        sys.exit("translations/quash_es.qm is missing: run `make qm` first")
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    shoot(window, app, pool, out / "gui-dashboard-es.png")
    window.close()


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0]) if args else REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translator(app, ENGLISH)
    pool = QThreadPool()
    runner = TaskRunner(pool)
    folder = Path(tempfile.mkdtemp()) / "demo-vault"
    vault, _ = create_vault(
        folder, "demo vault passphrase", params=MINIMUM_ARGON2, office_name="Demo Legal Aid Office"
    )
    # Settings of this run only, never the person's own (the language is kept there).
    preferences = QSettings(str(folder.parent / "preferences.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(runner, "S. Chen", preferences=preferences)
    ctx.set_vault(vault, folder)
    ctx.write(lambda uow: demo.fill_public_cases(uow))
    lb = next(
        m
        for m in ctx.read(lambda uow: records.list_records(uow, "matters"))
        if m.title.startswith("DHS administrative")
    )
    ctx.write(
        lambda uow: docketing.docket(
            uow, lb.id, "motion-to-quash-filed", __import__("datetime").date(2025, 9, 22)
        )
    )
    if "--spanish" in sys.argv:
        spanish(ctx, app, pool, out)
        ctx.lock()
        pool.waitForDone(5000)
        return

    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    shoot(window, app, pool, out / "gui-dashboard.png")
    window.show_page(6)
    shoot(window, app, pool, out / "gui-calendar.png")
    window.show_page(5)
    shoot(window, app, pool, out / "gui-deadlines.png")

    matter = open_editor(ctx, "matters", lb.id, window)
    matter.resize(1000, 640)
    matter.show()
    matter.tabs.setCurrentIndex(3)
    shoot(matter, app, pool, out / "gui-matter.png")

    dialog = AddFromRuleDialog(ctx, lb.id, window)
    dialog.rule_combo.setCurrentIndex(dialog.rule_combo.findData("ndcal-7-3a-opposition"))
    dialog.trigger_edit.setText("2016-05-16")
    dialog.resize(900, 640)
    dialog.show()
    shoot(dialog, app, pool, out / "gui-deadline-rule.png")
    dialog.close()
    matter.close_for_lock()  # type: ignore[attr-defined]

    ctx.lock()
    unlock = UnlockDialog(folder, runner)
    unlock.show()
    shoot(unlock, app, pool, out / "gui-unlock.png")
    unlock.close()
    pool.waitForDone(5000)


if __name__ == "__main__":
    main()
