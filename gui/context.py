"""What every window and page is handed: the unlocked vault, who is working, the task runner,
this person's preferences on this computer, and the signals that keep views in step. Built once
by `gui.app`; never a global."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal

from gui.tasks import TaskHandle, TaskRunner
from services import docketing, drafts
from services.changes import Changes
from services.session import Session, VaultLockedError

if TYPE_CHECKING:
    from services.vaults import Vault
    from storage.uow import UnitOfWork

T = TypeVar("T")


class DraftHolder(Protocol):
    """An editor that can hand over its unsaved state when the vault locks."""

    def draft_key(self) -> tuple[str, int | None]: ...  # (kind, record id or None if new)

    def draft_state(self) -> dict[str, Any]: ...

    def has_unsaved_changes(self) -> bool: ...

    def close_for_lock(self) -> None: ...  # close without asking, the draft is already saved


class AppContext(QObject):
    data_changed = Signal(object)  # services.changes.Changes: what a committed write changed
    about_to_lock = Signal()
    editors_closing = Signal()  # editors are kept as drafts and closed (a lock, a new language)
    locked = Signal()
    unlocked = Signal()
    open_record = Signal(str, int)  # ask the main window to open an editor: kind, id
    recounted = Signal(int)  # deadlines a change of holiday data moved, to be confirmed

    def __init__(
        self,
        runner: TaskRunner,
        actor: str,
        parent: QObject | None = None,
        *,
        preferences: QSettings | None = None,
    ):
        super().__init__(parent)
        self.runner = runner
        self._actor = actor
        # Per person and per computer (the interface language), never case data: QSettings.
        self.preferences = preferences if preferences is not None else QSettings()
        self.session: Session | None = None
        self.folder: Path | None = None
        self._editors: list[DraftHolder] = []
        # What a page chose (the Reports page's options), kept in memory while the app runs
        # so a window rebuilt in another language shows the same choices. Never on disk.
        self.view_state: dict[str, dict[str, Any]] = {}

    # -- the vault

    @property
    def actor(self) -> str:
        """Who is working: the person whose key unlocked (it can change at each unlock)."""
        if self.session is not None:
            return self.session.actor
        return self._actor

    @actor.setter
    def actor(self, name: str) -> None:
        self._actor = name

    @property
    def vault(self) -> Vault | None:
        return self.session.vault if self.session is not None else None

    @property
    def is_unlocked(self) -> bool:
        return self.session is not None and not self.session.is_locked

    def set_vault(self, vault: Vault, folder: Path) -> None:
        self.session = Session(vault, self._actor)
        self.folder = folder
        self.session.settle_interrupted_key_change()  # after a crash
        self.unlocked.emit()
        self._recount_if_calendars_changed()

    def _recount_if_calendars_changed(self) -> None:
        """Deadlines counted on older holiday data are recounted in the background; each that
        moves waits for a person to confirm it (Deadlines page, the deadline's editor)."""
        if not self._session().stale_deadlines():
            return

        def done(moved: list[Any]) -> None:
            self.recounted.emit(len(moved))

        self.background(
            lambda uow, _task: docketing.reconcile_calendars(uow),
            done,
            commit=True,
        )

    def _session(self) -> Session:
        if self.session is None:
            raise VaultLockedError()
        return self.session

    def uow(self) -> UnitOfWork:
        return self._session().unit_of_work()

    def read(self, fn: Callable[[UnitOfWork], T]) -> T:
        """Run a quick read in the GUI thread (one page of rows, one record)."""
        return self._session().read(fn)

    def write(self, fn: Callable[[UnitOfWork], T]) -> T:
        """Run a quick change and commit it; the views showing what it changed refresh."""
        result, changes = self._session().write(fn)
        if changes:
            self.data_changed.emit(changes)
        return result

    def background(
        self,
        fn: Callable[[UnitOfWork, Any], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        *,
        commit: bool = False,
    ) -> TaskHandle:
        """Run long work off the GUI thread in its own unit of work: fn(uow, task_context).
        With `commit`, its writes are kept and the views showing what they changed refresh."""
        session = self._session()
        if session.is_locked:
            raise VaultLockedError()

        def op(task: Any) -> tuple[T, Changes]:
            if commit:
                return session.write(lambda uow: fn(uow, task))
            return session.read(lambda uow: fn(uow, task)), Changes()

        def done(outcome: tuple[T, Changes]) -> None:
            result, changes = outcome
            if changes:
                self.data_changed.emit(changes)
            if on_done:
                on_done(result)

        return self.runner.run(op, done, on_error, on_progress)

    # -- locking keeps typed work as drafts inside the vault

    def register_editor(self, editor: DraftHolder) -> None:
        self._editors.append(editor)

    def unregister_editor(self, editor: DraftHolder) -> None:
        if editor in self._editors:
            self._editors.remove(editor)

    def open_editors(self) -> list[DraftHolder]:
        """The editors open now, oldest first (a copy: closing one does not disturb it)."""
        return list(self._editors)

    def keep_editors_as_drafts(self, *, unchanged_too: bool = False) -> int:
        """Save open editors' unsaved work as drafts inside the vault and close the editors
        without asking. With `unchanged_too`, editors with nothing unsaved are kept as well, so
        every one reopens (the window is rebuilt in another language). Returns the number of
        drafts kept."""
        self.editors_closing.emit()
        kept = 0
        with self.uow() as uow:
            for editor in list(self._editors):
                if unchanged_too or editor.has_unsaved_changes():
                    kind, record_id = editor.draft_key()
                    drafts.save(uow, kind, record_id, editor.draft_state())
                    kept += 1
            uow.commit()
        for editor in list(self._editors):
            editor.close_for_lock()
        self._editors.clear()
        return kept

    def lock(self) -> int:
        """Save open editors' unsaved work as drafts, close them, and lock. Returns the
        number of drafts kept."""
        if not self.is_unlocked:
            return 0
        self.about_to_lock.emit()
        kept = self.keep_editors_as_drafts()
        self.runner.wait_all(10000)
        assert self.session is not None
        self.session.lock()
        self.locked.emit()
        return kept
