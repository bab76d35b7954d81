"""``arapp --self-test``: the installed app checks itself, in a process of its own, on a
sample shop in a temporary folder — every screen, the card's tabs, a letter printed through
the app's print path into a PDF file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

import arapp.cli as cli
from arapp.ui.self_test import SelfTest


def run_arapp(*args: str, code: str | None = None, home: Path) -> subprocess.CompletedProcess[str]:
    # A home of its own: the self-test must not need, or touch, the owner's settings.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local")}
    command = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "arapp",
                                                                *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=240,
                          check=False)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["he", "ar", "en"])
def test_self_test_passes_in_each_language(lang: str, tmp_path: Path) -> None:
    done = run_arapp("--self-test", "--lang", lang, home=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert "self-test passed" in out
    # Whatever screens the window lists and tabs the card has are each opened.
    from arapp.ui.shell.screens import screens

    for screen in screens():
        assert f"ok    screen {screen.key!r}" in out
    assert "ok    customer card tab 0" in out and "ok    customer card tab 2" in out
    assert "ok    letter has text" in out
    assert "ok    printed PDF page 1 has ink" in out
    if lang != "en":
        assert f"ok    {lang} translation loaded" in out
        assert "ok    right-to-left layout" in out
    # Nothing of the self-test is left behind in the owner's folders.
    assert not (tmp_path / ".local" / "arapp").exists()
    assert not (tmp_path / ".config" / "arapp").exists()


BROKEN_PRINTING = """
import sys
from arapp.ui.letters import letter_dialog
letter_dialog.LetterDialog.print_letter = lambda self, printer=None: False
from arapp.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.slow
def test_a_failure_exits_1_and_says_what_failed(tmp_path: Path) -> None:
    done = run_arapp("--self-test", "--lang", "he", code=BROKEN_PRINTING, home=tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "FAIL  letter printed through arapp.printing" in done.stdout
    assert "self-test FAILED" in done.stdout


def test_an_unexpected_dialog_is_a_failure_and_is_closed(qtbot, tmp_path: Path) -> None:
    said: list[str] = []
    run = SelfTest("he", tmp_path, say=said.append)
    QTimer.singleShot(100, run.close_stray_dialogs)
    answer = QMessageBox.warning(None, "Not printed", "The printer is not available.")
    assert answer is not None  # exec() returned: the watchdog closed the box
    assert run.failures == ["unexpected dialog 'Not printed': The printer is not available."]


def test_self_test_is_routed_without_the_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str | None] = []
    import arapp.ui.self_test

    monkeypatch.setattr(arapp.ui.self_test, "run_self_test", lambda lang: calls.append(lang) or 0)
    assert cli._app_options(["--self-test", "--lang", "ar"]) is not None
    assert cli.main(["--self-test", "--lang", "ar"]) == 0
    assert cli.main(["--self-test"]) == 0
    assert calls == ["ar", None]


def test_windows_carry_the_app_icon(qapp) -> None:
    from arapp.ui.app import make_application

    app = make_application()
    sizes = {size.width() for size in app.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert app.desktopFileName() == "arapp"


def test_tabs_inside_tabs_are_visited_and_hidden_ones_skipped(qtbot, tmp_path: Path) -> None:
    """A card with a tab holding its own tabs (the plans tab does) has each inner tab shown
    while its outer tab is current; tabs the screen hides (nothing chosen) are skipped."""
    from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

    card = QWidget()
    qtbot.addWidget(card)
    outer = QTabWidget(card)
    QVBoxLayout(card).addWidget(outer)
    outer.addTab(QWidget(), "Invoices")
    plans = QWidget()
    inner = QTabWidget(plans)
    hidden = QTabWidget(plans)
    box = QVBoxLayout(plans)
    box.addWidget(inner)
    box.addWidget(hidden)
    inner.addTab(QWidget(), "Installments")
    inner.addTab(QWidget(), "Cheques")
    hidden.addTab(QWidget(), "Agreement")
    hidden.hide()
    outer.addTab(plans, "Plans")
    card.show()
    said: list[str] = []
    run = SelfTest("en", tmp_path, say=said.append)
    run._visit_tabs(card, "card")
    assert run.failures == []
    visited = [line.split(" (")[0] for line in said if line.startswith("ok")]
    assert visited == [
        "ok    card tab 0 'Invoices'",
        "ok    card tab 1 'Plans'",
        "ok    card › Plans tab 0 'Installments'",
        "ok    card › Plans tab 1 'Cheques'",
    ]
    assert any(line.startswith("skip  card › Plans: hidden tabs 'Agreement'") for line in said)
