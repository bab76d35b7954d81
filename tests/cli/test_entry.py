"""`arapp` with no command opens the desktop app; anything else is the command line."""

from __future__ import annotations

import subprocess
import sys

import pytest

import arapp.cli as cli


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str | None, str | None]]:
    calls: list[tuple[str | None, str | None]] = []

    def run_app(db: str | None, lang: str | None) -> int:
        calls.append((db, lang))
        return 0

    import arapp.ui.app

    monkeypatch.setattr(arapp.ui.app, "run_app", run_app)
    return calls


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (None, None)),
        (["--db", "shop.sqlite3"], ("shop.sqlite3", None)),
        (["--lang", "ar", "--db", "x.db"], ("x.db", "ar")),
        (["--db=y.db", "--lang=en"], ("y.db", "en")),
    ],
)
def test_no_command_opens_the_app(
    opened: list[tuple[str | None, str | None]], argv: list[str], expected: tuple[str, str]
) -> None:
    assert cli.main(argv) == 0
    assert opened == [expected]


def test_a_command_does_not_open_the_app(
    opened: list[tuple[str | None, str | None]], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--db", "x.db", "aging", "--help"])
    assert exit_.value.code == 0
    assert "--as-of" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        cli.main(["--version"])
    assert opened == []


def test_a_bad_language_is_a_usage_error(opened: list[tuple[str | None, str | None]]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--lang", "fr"])
    assert exit_.value.code == 2
    assert opened == []


def test_opening_the_app_does_not_load_the_commands() -> None:
    """The window's path skips the commands' parsers (ledger, import, letters code)."""
    code = (
        "import sys, arapp.cli as c; c._app_options(['--db', 'x', '--lang', 'he']);"
        "print(sorted(m for m in sys.modules if m.startswith(('arapp.cli.', 'arapp.documents',"
        " 'arapp.core.demo', 'reportlab', 'openpyxl'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
