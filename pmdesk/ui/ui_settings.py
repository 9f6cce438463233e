"""UI state that belongs to this PC, not to the data: window geometry, last tab, language.

Stored with QSettings in an INI file in the user's config folder (business settings live in the
database instead, so they travel with backups).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from pmdesk.i18n import DEFAULT_LANGUAGE, LANGUAGES
from pmdesk.paths import APP_AUTHOR, APP_NAME


class UiSettings:
    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                        APP_AUTHOR, APP_NAME)

    @property
    def language(self) -> str:
        value = self.store.value("ui/language", DEFAULT_LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self.store.setValue("ui/language", value)

    @property
    def geometry(self) -> QByteArray | None:
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.store.setValue("window/geometry", value)

    @property
    def last_tab(self) -> str:
        """The name of the tab the window was closed on ('' at first: 今日)."""
        return str(self.store.value("window/tab", "") or "")

    @last_tab.setter
    def last_tab(self, value: str) -> None:
        self.store.setValue("window/tab", value)

    @property
    def backups_paused(self) -> bool:
        """Automatic backups stop after a restore until the clerk confirms the restored data
        (docs reliability §1.5 rule 7), so a bad restore does not rotate good copies away."""
        return str(self.store.value("backup/paused", "false")).lower() == "true"

    @backups_paused.setter
    def backups_paused(self, value: bool) -> None:
        self.store.setValue("backup/paused", "true" if value else "false")

    @property
    def last_user(self) -> str:
        """Who signed in last on this PC: the sign-in offers that name first."""
        return str(self.store.value("session/last_user", ""))

    @last_user.setter
    def last_user(self, value: str) -> None:
        self.store.setValue("session/last_user", value)

    @property
    def server(self) -> str:
        """The office's server this PC connects to (its URL without the password: that is in
        the credential store), or '' for this PC's own database file."""
        return str(self.store.value("database/server", ""))

    @server.setter
    def server(self, value: str) -> None:
        self.store.setValue("database/server", value)

    def splitter(self, name: str) -> QByteArray | None:
        value = self.store.value(f"splitters/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_splitter(self, name: str, state: QByteArray) -> None:
        self.store.setValue(f"splitters/{name}", state)

    def sync(self) -> None:
        self.store.sync()
