"""The documents kept with a matter, subpoena or docket event: view them inside the app (from
memory, never a decrypted file), attach, save a copy outside the vault (an audited export),
remove to the trash. One box, used by the matter, subpoena and docket-event editors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.editors.tables import RecordList
from models.errors import QuashError
from services import documents

if TYPE_CHECKING:
    from gui.editors.base import RecordEditor
    from storage.uow import UnitOfWork

ATTACHABLE = "*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml"


def size_text(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


class DocumentsBox(QGroupBox):
    """`owner()` says what the editor's record is (None while it is unsaved). With
    `whole_matter`, the list holds every document of the matter and says what each is
    attached to; a new one is attached to the matter itself."""

    def __init__(
        self,
        editor: RecordEditor,
        title: str,
        owner: Callable[[], documents.Owner | None],
        *,
        whole_matter: bool = False,
        unsaved_hint: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(title, parent)
        self.editor = editor
        self.owner = owner
        self.whole_matter = whole_matter
        self.unsaved_hint = unsaved_hint
        # Questions to the file system; replaceable so tests never open a native dialog.
        self.choose_file_to_attach: Callable[[], str | None] = self._choose_attach
        self.choose_copy_path: Callable[[str], str | None] = self._choose_copy
        self.viewers: list[QWidget] = []

        column = QVBoxLayout(self)
        headers = [self.tr("File")]
        if whole_matter:
            headers.append(self.tr("Attached to"))
        headers += [self.tr("Size"), self.tr("Added")]
        self.list = RecordList(headers, title, stretch=0)
        self.list.activated_id.connect(self.view_document)
        column.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        for text, slot, name in (
            (self.tr("&View"), self.view_selected, self.tr("View the document")),
            (self.tr("&Attach…"), self.attach, self.tr("Attach a document")),
            (self.tr("Save a &copy…"), self.save_copy, self.tr("Save a copy of the document")),
            (self.tr("Remove"), self.remove, self.tr("Remove the document")),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.setAccessibleName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)

    # ---- listing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        owner = self.owner()
        self.setEnabled(owner is not None)
        self.setToolTip("" if owner is not None else self.unsaved_hint)
        if owner is None:
            self.list.fill([])
            return
        docs = self.editor.ctx.read(lambda uow: documents.list_for(uow, owner))
        rows = []
        for d in docs:
            texts = [d.filename]
            if self.whole_matter:
                texts.append(self._attached_to(d))
            texts += [size_text(d.size), d.added_at.strftime("%Y-%m-%d")]
            rows.append((d.id, texts))
        self.list.fill(rows)

    def _attached_to(self, doc: documents.DocumentView) -> str:
        if doc.subpoena_id is not None:
            return self.tr("Subpoena #{0}").format(doc.subpoena_id)
        if doc.event_id is not None:
            return self.tr("Docket entry #{0}").format(doc.event_id)
        return self.tr("The matter")

    def _selected(self) -> int | None:
        ids = self.list.selected_ids()
        if not ids:
            self.editor.show_error(self.tr("Choose a document first."))
            return None
        return ids[0]

    # ---- actions ------------------------------------------------------------------------------

    def view_selected(self) -> None:
        document_id = self._selected()
        if document_id is not None:
            self.view_document(document_id)

    def view_document(self, document_id: int) -> None:
        """Open the viewer on the document's bytes, read from the vault into memory."""
        from gui.viewer import DocumentViewer  # pypdfium2 and the viewer load on first use

        self.editor.show_error(None)
        try:
            shown, content = self.editor.ctx.read(
                lambda uow: (documents.view(uow, document_id), documents.read(uow, document_id))
            )
        except QuashError as exc:
            self.editor.show_error(exc)
            return
        viewer = DocumentViewer(
            shown.filename, shown.filename, shown.media_type, content, self, ctx=self.editor.ctx
        )
        viewer.printed.connect(lambda pages: self._printed(document_id, pages))
        self.viewers = [v for v in self.viewers if v.isVisible()] + [viewer]
        viewer.show()

    def _printed(self, document_id: int, pages: int) -> None:
        try:
            self.editor.ctx.write(lambda uow: documents.record_printed(uow, document_id, pages))
        except QuashError as exc:  # the vault locked meanwhile, or the document went
            self.editor.show_error(exc)

    def _choose_attach(self) -> str | None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach a document"),
            "",
            self.tr("Scans and documents ({0});;All files (*)").format(ATTACHABLE),
        )
        return path or None

    def _choose_copy(self, filename: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy outside the vault"), filename
        )
        return path or None

    def attach(self) -> None:
        owner = self.owner()
        if owner is None:
            return
        path = self.choose_file_to_attach()
        if not path:
            return
        try:
            # The size first: a 500 MB scan is refused before it is read into memory.
            documents.check_size(Path(path).stat().st_size)
            content = Path(path).read_bytes()
        except QuashError as exc:
            self.editor.show_error(exc)
            return
        except OSError as exc:
            self.editor.show_error(
                self.tr("Could not read {0}: {1}").format(Path(path).name, exc.strerror)
            )
            return
        self._write(lambda uow: documents.attach(uow, owner, Path(path).name, content))

    def save_copy(self) -> None:
        document_id = self._selected()
        if document_id is None:
            return
        item = self.list.selectedItems()[0]
        target = self.choose_copy_path(item.text(0))
        if not target:
            return
        self.editor.show_error(None)
        try:
            self.editor.ctx.write(lambda uow: documents.save_copy(uow, document_id, Path(target)))
        except QuashError as exc:
            self.editor.show_error(exc)
            return
        except OSError as exc:
            self.editor.show_error(self.tr("Could not save the copy: {0}").format(exc.strerror))
            return
        self.editor.status_label.setText(
            self.tr("Copy saved outside the vault, unencrypted: {0}").format(target)
        )

    def remove(self) -> None:
        document_id = self._selected()
        if document_id is None:
            return
        question = self.tr(
            "Remove this document? It goes to the Trash, where it can be restored until the "
            "trash is emptied."
        )
        if not self.editor.confirm(self, question):
            return
        self._write(lambda uow: documents.remove(uow, document_id))

    def _write(self, fn: Callable[[UnitOfWork], Any]) -> None:
        self.editor.show_error(None)
        try:
            self.editor.ctx.write(fn)
        except QuashError as exc:
            self.editor.show_error(exc)
            return
        self.refresh()
