"""Translation for the GUI and the command line through one Qt Linguist catalogue.

Source strings are Simplified Chinese, the default language; `resources/i18n/pmdesk_en.ts`
holds the English translation (built to `.qm`). Every visible string is written as
`translate("Context", "原文 {name}")` so `pyside6-lupdate` finds it; placeholders are named and
filled with `str.format`. In the GUI the installed QTranslator answers; on the command line,
which must stay light, Qt's translator is loaded only when English is asked for.
"""

from __future__ import annotations

import sys

from pmdesk.paths import resource

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"

_cli_translator = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark `text` for extraction without translating it yet."""
    return text


def qm_path(language: str):
    return resource("i18n", f"pmdesk_{language}.qm")


def use_language_without_gui(language: str) -> None:
    """Make `translate()` answer in `language` in a process with no QCoreApplication."""
    global _cli_translator
    _cli_translator = None
    if language == DEFAULT_LANGUAGE:
        return
    from PySide6.QtCore import QTranslator  # noqa: PLC0415 - Qt only when English is asked for

    translator = QTranslator()
    if translator.load(str(qm_path(language))):
        _cli_translator = translator


def translate(context: str, text: str) -> str:
    """`text` in the current language (the Chinese source when no translation is loaded)."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None and qtcore.QCoreApplication.instance() is not None:
        return qtcore.QCoreApplication.translate(context, text)
    if _cli_translator is not None:
        return _cli_translator.translate(context, text) or text
    return text
