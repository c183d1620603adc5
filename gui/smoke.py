"""A self-check for a built or installed Quash: open the demo vault through the first-run
wizard as a person would, show the main window, then lock the vault and quit.

    quash --open-demo-and-quit          (or: python main.py --open-demo-and-quit)

The demo vault is made, or reopened, in the user's data folder, exactly as the wizard's
"Open the demo vault" does; it holds only public cases and fictional people, and its
passphrase is published. The passphrase meter's word lists are checked too, that the
Spanish translation loads when it is there, that the Spanish report texts are bundled and
read, and that ReportLab's C speed-ups are bundled. On success the exit code is 0 and one
line on stdout says what was opened; otherwise the exit code is 1 and one line on stderr says
why. tests/packaging runs this against the packaged app on the offscreen platform.
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QRadioButton, QWizard

from gui.app import build_window
from gui.context import AppContext
from gui.i18n import SPANISH, chosen_language, install_translator, is_available
from gui.tasks import TaskRunner
from gui.wizard import DEMO_FOLDER_NAME, ChoicePage, FirstRunWizard, Page, measure
from models.errors import QuashError
from reports.i18n import translator as report_translator
from services import records, vaults

TIMEOUT_SECONDS = 120  # creating the demo vault takes seconds; this only stops a hang


class _DemoDriver:
    """Clicks through the wizard as a person would: the "demo vault" choice, Next, then
    "Open demo vault"; gives up, closing the wizard, if it shows a problem instead."""

    def __init__(self, wizard: FirstRunWizard):
        self.wizard = wizard
        self.problem = ""
        self.deadline = time.monotonic() + TIMEOUT_SECONDS
        self.timer = QTimer(wizard)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._watch)

    def start(self) -> None:
        self.timer.start()  # the watchdog runs whatever happens below
        try:
            self._click_through()
        except Exception as exc:  # noqa: BLE001 - one line, then the wizard closes
            self._give_up(f"could not click through the wizard ({type(exc).__name__}: {exc})")

    def _click_through(self) -> None:
        wizard = self.wizard
        choices = [
            button
            for button in wizard.page(Page.CHOICE).findChildren(QRadioButton)
            if button.property("kind") == ChoicePage.DEMO
        ]
        if len(choices) != 1:
            raise LookupError("the first page has no single demo-vault choice")
        choices[0].click()
        wizard.next()
        if wizard.currentId() != Page.DEMO:
            raise LookupError("Next did not lead to the demo page")
        wizard.button(QWizard.WizardButton.FinishButton).click()

    def _shown_problem(self) -> str:
        label = getattr(self.wizard.demo_page, "message", None)
        return label.text() if isinstance(label, QLabel) else ""

    def _watch(self) -> None:
        wizard = self.wizard
        late = time.monotonic() > self.deadline
        if wizard.busy:
            if late:
                self.problem = f"the demo vault did not open within {TIMEOUT_SECONDS} s"
            return  # the wizard cannot close while it works; it is rejected once it stops
        message = self._shown_problem()
        if wizard.vault is None and (message or late):
            self._give_up(message or self.problem or "the demo vault did not open")

    def _give_up(self, why: str) -> None:
        self.problem = self.problem or why
        self.timer.stop()
        self.wizard.reject()


def _settle(app: QApplication, pool: QThreadPool) -> None:
    """Let the window paint and its pages finish their background loads."""
    for _ in range(5):
        for _ in range(50):
            app.processEvents()
        pool.waitForDone(10000)


def open_demo_and_quit(argv: list[str]) -> int:
    if measure("password", []).score != 0:  # zxcvbn without its word lists scores it higher
        print("quash: the passphrase meter's word lists are missing", file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Quash")
    app.setOrganizationName("Quash")
    if is_available(SPANISH) and install_translator(app, SPANISH) != SPANISH:
        print("quash: the Spanish translation is there but does not load", file=sys.stderr)
        return 1
    try:
        spanish_reports = report_translator("es").gettext("Deadline report")
    except QuashError as exc:
        print(f"quash: {exc}", file=sys.stderr)
        return 1
    if spanish_reports == "Deadline report":
        print("quash: the Spanish report texts are there but do not translate", file=sys.stderr)
        return 1
    try:
        importlib.import_module("_rl_accel")  # ReportLab runs without it, only slower
    except ImportError:
        print("quash: ReportLab's speed-ups (rl_accel) are missing", file=sys.stderr)
        return 1
    install_translator(app, chosen_language(QSettings()))  # as the app starts
    pool = QThreadPool()
    runner = TaskRunner(pool)
    wizard = FirstRunWizard(runner)
    existed = vaults.holds_vault(wizard.data_dir / DEMO_FOLDER_NAME)
    driver = _DemoDriver(wizard)
    QTimer.singleShot(0, driver.start)
    accepted = wizard.exec() == QDialog.DialogCode.Accepted
    if not accepted or wizard.vault is None or wizard.folder is None:
        pool.waitForDone(10000)
        print(f"quash: {driver.problem or 'the wizard closed'}", file=sys.stderr)
        return 1

    ctx = AppContext(runner, wizard.actor)
    ctx.set_vault(wizard.vault, Path(wizard.folder))
    window, _controller = build_window(app, ctx)
    window.show()
    _settle(app, pool)
    shown = window.isVisible()
    matters = ctx.read(lambda uow: records.count(uow, "matters"))
    window.close()  # then lock, as the app does when its window closes
    _settle(app, pool)
    ctx.lock()
    pool.waitForDone(10000)
    if not shown:
        print("quash: the main window did not show", file=sys.stderr)
        return 1
    how = "reopened" if existed else "created"
    print(
        f"Quash: demo vault {how} in {ctx.folder} with {matters} matters; "
        "main window shown; vault locked; quitting."
    )
    return 0
