"""The conflict check in the client and account editors: saving a new client or account, or a
changed name or handle, first runs services.conflicts; what it finds is listed in the editor, and
the person chooses to save anyway or go back."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from gui.amounts import record_count
from gui.editors.base import RecordEditor
from gui.editors.fields import ERROR_STYLE
from gui.vocabulary import choice_label
from models.errors import QuashError

if TYPE_CHECKING:
    from services.conflicts import ConflictMatch, ConflictReport
    from storage.uow import UnitOfWork

SHOWN_IN_QUESTION = 8  # matches the question repeats; the editor lists them all


# ---- the conflict check, shared with the account editor ----------------------------------------


class ConflictWords(QObject):
    """What the conflict check found, in the reader's language. A class of its own, which no
    other derives from, so that lupdate and PySide agree on where its texts are."""

    def describe(self, match: ConflictMatch) -> str:
        """One match as one line. A match on a sealed legal name says whose, never the name."""
        client = match.pseudonym or ""
        account = match.handle or ""
        platform = choice_label(match.platform or "other", "Platform")
        same = match.how == "same"
        if match.on == "pseudonym":
            line = (
                self.tr("Same as the pseudonym of client '{0}'")
                if same
                else self.tr("Similar to the pseudonym of client '{0}'")
            ).format(client)
        elif match.on == "sealed legal name":
            line = (
                self.tr("Same as the sealed legal name of client '{0}'")
                if same
                else self.tr("Similar to the sealed legal name of client '{0}'")
            ).format(client)
        elif match.on == "targeted account":
            line = self.tr("The {0} account '{1}' is already targeted by a subpoena").format(
                platform, account
            )
        elif match.client_id is None:
            line = (
                self.tr("Same handle as the {0} account '{1}', which no client holds yet")
                if match.on == "handle"
                else self.tr("Same address as the {0} account '{1}', which no client holds yet")
            ).format(platform, account)
        else:
            line = (
                self.tr("Same handle as client '{0}'")
                if match.on == "handle"
                else self.tr("Same address as client '{0}'")
            ).format(client)
        if not match.matters:
            return line
        titles = ", ".join(f"'{m.title}'" for m in match.matters)
        if len(match.matters) == 1:
            return self.tr("{0} (matter: {1})").format(line, titles)
        return self.tr("{0} (matters: {1})").format(line, titles)

    def none_found(self, report: ConflictReport) -> str:
        return self.tr("No conflicts found in {0} and {1}.").format(
            record_count("clients", report.clients_searched),
            record_count("accounts", report.accounts_searched),
        )

    def heading(self) -> str:
        return self.tr("Possible conflicts: this may already be in the vault.")

    def title(self) -> str:
        return self.tr("Possible conflict")

    def question(self, lines: Sequence[str]) -> str:
        shown = "\n".join(f"• {line}" for line in lines[:SHOWN_IN_QUESTION])
        if len(lines) > SHOWN_IN_QUESTION:
            shown += "\n• …"
        return self.tr(
            "This may already be in the vault:\n\n{0}\n\nThe editor lists what the check "
            "found. Save anyway, or go back and look first?"
        ).format(shown)

    def save_anyway(self) -> str:
        return self.tr("Save anyway")

    def go_back(self) -> str:
        return self.tr("Go back")

    def not_saved(self) -> str:
        return self.tr("Not saved.")


CONFLICT_WORDS = ConflictWords()


def ask_about_conflicts(parent: QWidget, lines: Sequence[str]) -> bool:
    """Save anyway? "Go back" is the default and what Escape answers: a stray Enter never
    saves a client twice."""
    box = QMessageBox(parent)
    box.setObjectName("conflictQuestion")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(CONFLICT_WORDS.title())
    box.setTextFormat(Qt.TextFormat.PlainText)  # pseudonyms and titles are never markup
    box.setText(CONFLICT_WORDS.question(lines))
    save = box.addButton(CONFLICT_WORDS.save_anyway(), QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(CONFLICT_WORDS.go_back(), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is save


class ConflictList(QWidget):
    """What the conflict check found, listed in the editor (hidden when it found nothing)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflicts")
        self.heading = QLabel(CONFLICT_WORDS.heading())
        self.heading.setStyleSheet(ERROR_STYLE)
        self.heading.setWordWrap(True)
        self.matches = QListWidget()
        self.matches.setObjectName("conflictList")
        self.matches.setAccessibleName(CONFLICT_WORDS.heading())
        # Each match whole, wrapped to the editor's width: a line cut off could hide the matter.
        self.matches.setWordWrap(True)
        self.matches.setResizeMode(QListView.ResizeMode.Adjust)
        self.matches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matches.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 8)
        self.heading.setBuddy(self.matches)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.matches)
        self.hide()

    def show_lines(self, lines: Sequence[str]) -> None:
        self.matches.clear()
        self.matches.addItems(list(lines))
        self.show()

    def lines(self) -> list[str]:
        return [self.matches.item(i).text() for i in range(self.matches.count())]

    def clear_lines(self) -> None:
        self.matches.clear()
        self.hide()


class ConflictCheckedEditor(RecordEditor):
    """An editor whose save first runs the conflict check: for a new record, or when one of
    `CHECKED_FIELDS` changed. Nothing found: it saves, and the status says how much was
    searched. Something found: it is listed, and the person saves anyway or goes back."""

    CHECKED_FIELDS: tuple[str, ...] = ()

    def build_body(self) -> QWidget:
        self.conflict_list = ConflictList()
        # Questions a person answers; replaceable so tests never block on a message box.
        self.ask_conflicts: Callable[[Sequence[str]], bool] = functools.partial(
            ask_about_conflicts, self
        )
        self._checked: ConflictReport | None = None
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.build_form(), 1)
        column.addWidget(self.conflict_list)
        return body

    def build_form(self) -> QWidget:
        """The editor's fields (the default: one form of `form_fields()`)."""
        return self.make_form(self.form_fields())

    def check_conflicts(self, uow: UnitOfWork, values: dict[str, Any]) -> ConflictReport:
        """The service call that checks `values` against the vault (and audits the check)."""
        raise NotImplementedError

    def prepare(self, values: dict[str, Any], changes: dict[str, Any]) -> bool:
        self._checked = None
        if not super().prepare(values, changes):
            return False
        if self.record_id is not None and not set(self.CHECKED_FIELDS) & set(changes):
            return True
        try:
            report = self.ctx.write(lambda uow: self.check_conflicts(uow, values))
        except QuashError as exc:
            self.show_error(exc)
            return False
        self._checked = report
        if not report.found:
            self.conflict_list.clear_lines()
            return True
        lines = [CONFLICT_WORDS.describe(match) for match in report.matches]
        self.conflict_list.show_lines(lines)
        if self.ask_conflicts(lines):
            return True
        self.status_label.setText(CONFLICT_WORDS.not_saved())
        return False

    def save(self) -> bool:
        saved = super().save()
        if saved and self._checked is not None and not self._checked.found:
            note = CONFLICT_WORDS.none_found(self._checked)
            self.status_label.setText(f"{note} {self.status_label.text()}")
        self._checked = None
        return saved


# ---- the client editor -------------------------------------------------------------------------
