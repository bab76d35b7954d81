"""The UI language: Qt translators, layout direction, locale, and switching at runtime.

Installing or removing a QTranslator makes Qt send ``QEvent.LanguageChange`` to every
widget, so each screen re-labels itself in ``changeEvent`` → ``retranslate()``. Setting
the application layout direction flips every widget that did not pin its own direction.

The language is kept in QSettings; ``--lang`` on the command line overrides it for one run
without being saved.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QApplication

from arapp.resources import translations_dir
from arapp.ui import prefs

LANGUAGES: tuple[str, ...] = ("he", "ar", "en")
DEFAULT_LANGUAGE = "he"
RTL_LANGUAGES = frozenset({"he", "ar"})

#: Each language's own name: a language list must be readable by someone who cannot read
#: the current UI language, so these are never translated.
NATIVE_NAMES: dict[str, str] = {"he": "עברית", "ar": "العربية", "en": "English"}

# Qt widgets (date edits, calendars, spin boxes) take digits from the default QLocale, and
# Qt's ar_IL writes Arabic-Indic digits. Israeli Arabic speakers write Latin digits (DESIGN:
# Money), so Arabic uses ar_EH: Arabic month and day names as ar_IL has them, Latin digits,
# "," grouping and "." decimals as in Israel. Money itself is formatted with babel.
_QT_LOCALES: dict[str, str] = {"he": "he_IL", "ar": "ar_EH", "en": "en_IL"}


class LanguageManager(QObject):
    """Owns the installed translators; one per application (see :func:`manager`)."""

    languageChanged = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = DEFAULT_LANGUAGE
        self._translators: list[QTranslator] = []
        #: The language and folder the installed translators came from.
        self._loaded_from: tuple[str, str] | None = None

    def language(self) -> str:
        return self._language

    def is_rtl(self) -> bool:
        return self._language in RTL_LANGUAGES

    def set_language(self, lang: str, *, persist: bool = True) -> None:
        """Switch the whole UI to ``lang``; open widgets re-translate themselves.

        ``persist`` saves the choice for the next start (False for a ``--lang`` override).
        """
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported language {lang!r}")
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication first")
        source = (lang, str(translations_dir()))
        if source != self._loaded_from:
            # Only a real change swaps translators: each swap sends every widget a
            # LanguageChange, and English has a (plurals-only) translator too.
            for old in self._translators:
                app.removeTranslator(old)
            self._translators = [
                t for t in _load_translators(lang, self) if app.installTranslator(t)
            ]
            self._loaded_from = source
        self._language = lang
        QLocale.setDefault(QLocale(_QT_LOCALES[lang]))
        if isinstance(app, QApplication):
            direction = (
                Qt.LayoutDirection.RightToLeft
                if lang in RTL_LANGUAGES
                else Qt.LayoutDirection.LeftToRight
            )
            app.setLayoutDirection(direction)
        if persist:
            prefs.set_value(prefs.KEY_LANGUAGE, lang)
        self.languageChanged.emit(lang)


def _load_translators(lang: str, parent: QObject) -> list[QTranslator]:
    """arapp's own messages plus Qt's (standard buttons, file dialogs, context menus)."""
    found: list[QTranslator] = []
    ours = QTranslator(parent)
    # English is the source language; its file holds only the plural forms of counts
    # ("%n cheque(s)" → "1 cheque", "2 cheques"), as Qt's own -pluralonly flow has it.
    if ours.load(f"arapp_{lang}", str(translations_dir())):
        found.append(ours)
    if lang == "en":
        return found
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(parent)
    if qt.load(f"qtbase_{lang}", qt_dir):
        found.append(qt)
    return found


_manager: LanguageManager | None = None


def manager() -> LanguageManager:
    """The application's language manager, created on first use."""
    global _manager
    app = QCoreApplication.instance()
    if _manager is None or _manager.parent() is not app:
        _manager = LanguageManager(app)
    return _manager


def current_language() -> str:
    """The UI language now ("he", "ar" or "en"); used to format money and dates."""
    return manager().language()


def saved_language() -> str | None:
    """The language chosen in an earlier session, if any."""
    lang = prefs.get_str(prefs.KEY_LANGUAGE)
    return lang if lang in LANGUAGES else None


def startup_language(cli_lang: str | None) -> tuple[str, bool]:
    """(language to start in, whether the owner has chosen one yet).

    ``--lang`` wins; then the saved choice; otherwise Hebrew, and the first-run wizard asks.
    """
    if cli_lang in LANGUAGES:
        return str(cli_lang), True
    saved = saved_language()
    if saved is not None:
        return saved, True
    return DEFAULT_LANGUAGE, False
