"""What docketing a filing also records, offered ticked beside the docket dialog's form: the open
deadlines it answers ("Mark done: …") and the subpoena it challenges ("Subpoena status → …"),
as services.docketing.answered_by reads them from the rule data. The dialog only shows them."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

from gui.fitting import elide_button
from gui.i18n import weekday_date
from gui.vocabulary import choice_label, deadline_title
from services import docketing


class FilingAnswersBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Docketing this also records"))
        self.setObjectName("answersBox")
        self._layout = QVBoxLayout(self)
        self.deadline_checks: list[tuple[QCheckBox, int]] = []
        self.challenge_check: QCheckBox | None = None
        self.answers = docketing.Answers()
        self.hide()

    def show_answers(self, answers: docketing.Answers) -> None:
        for check in self.checks():
            check.deleteLater()
        self.deadline_checks, self.challenge_check = [], None
        self.answers = answers
        for deadline in answers.deadlines:
            check = QCheckBox(
                self.tr("Mark done: {0} (due {1})").format(
                    deadline_title(deadline.title), weekday_date(deadline.due)
                )
            )
            elide_button(check)  # a long title must not widen the dialog off the screen
            check.setChecked(True)
            self._layout.addWidget(check)
            self.deadline_checks.append((check, deadline.id))
        if answers.subpoena_id is not None:
            check = QCheckBox(
                self.tr("Subpoena status → {0}: {1}").format(
                    choice_label(answers.subpoena_status, "SubpoenaStatus"),
                    answers.subpoena_label,
                )
            )
            elide_button(check)
            check.setChecked(True)
            self._layout.addWidget(check)
            self.challenge_check = check
        self.setVisible(bool(self.checks()))

    def checks(self) -> list[QCheckBox]:
        found = [check for check, _id in self.deadline_checks]
        return found + ([self.challenge_check] if self.challenge_check is not None else [])

    def mark_done(self) -> list[int]:
        return [deadline_id for check, deadline_id in self.deadline_checks if check.isChecked()]

    def challenge(self) -> int | None:
        ticked = self.challenge_check is not None and self.challenge_check.isChecked()
        return self.answers.subpoena_id if ticked else None

    def freeze(self) -> None:
        for check in self.checks():
            check.setEnabled(False)
