"""The background-task helper: work runs off the GUI thread; its result, or the exception it
raised (the object itself, worded only on the GUI thread), comes back on the GUI thread."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from gui.tasks import TaskRunner
from models.errors import NotFoundError


def test_a_failure_comes_back_as_the_exception_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner(QThreadPool())
    worker: list[threading.Thread] = []
    seen: list[tuple[str, Any, threading.Thread]] = []

    def op(_task: object) -> None:
        worker.append(threading.current_thread())
        raise NotFoundError("There is no matter with id 7.", code="record.not_found")

    handle = runner.run(
        op,
        on_error=lambda text: seen.append(("text", text, threading.current_thread())),
        on_failure=lambda exc: seen.append(("exception", exc, threading.current_thread())),
    )
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert not handle.running and not runner.busy
    (_, exc, exc_thread), (_, text, text_thread) = seen
    assert isinstance(exc, NotFoundError) and exc.code == "record.not_found"
    assert exc_thread is text_thread is threading.main_thread() is not worker[0]
    assert text == "There is no matter with id 7."


def test_an_unexpected_error_is_named_by_its_type_only(qtbot: QtBot) -> None:
    runner = TaskRunner(QThreadPool())
    texts: list[str] = []
    failures: list[BaseException] = []

    def op(_task: object) -> None:
        raise KeyError("Jane Roe's legal name")  # its text could carry case data

    runner.run(op, on_error=texts.append, on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(texts), timeout=5000)
    assert texts == ["Something went wrong (KeyError); nothing more was changed."]
    assert isinstance(failures[0], KeyError)


def test_a_result_comes_back_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner(QThreadPool())
    results: list[tuple[int, threading.Thread]] = []
    runner.run(lambda _task: 42, on_done=lambda r: results.append((r, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [(42, threading.main_thread())]
