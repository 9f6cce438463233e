"""The window on a server (the 网络版): the watch that hears what the other desks changed and
counts them, and the server's password kept in the operating system's credential store
(Windows 凭据管理器, the Linux desktop's keyring) — never in a settings file.

The watch has a connection of its own, in a thread of its own: it LISTENs on the schema's
channel (each committed change names its tables, `pg_schema.announcements`), passes on the
changes other desks made, counts the windows connected now and then, and when the server goes
away says so at once, tells the database to fail at once instead of waiting at every click,
and connects again every few seconds until the server is back.
"""

from __future__ import annotations

import logging
import threading
import time

import keyring
from PySide6.QtCore import QObject, Signal

from pmdesk.core.safety import pg_engine, pg_schema, server

WINDOW_APPLICATION = "pmdesk-window"  # the watch's session: one per window, counted as a desk
KEYRING_SERVICE = "pmdesk"
HEARD_EVERY_S = 0.3  # notices gathered this long at most before they are passed on
COUNT_EVERY_S = 10.0
RETRY_EVERY_S = 3.0
DESKS = ("SELECT count(*) FROM pg_stat_activity WHERE application_name = %s "
         "AND datname = current_database()")

logger = logging.getLogger("pmdesk")


def saved_password(url: str) -> str | None:
    """The password this PC keeps for the server at `url`, or None."""
    try:
        return keyring.get_password(KEYRING_SERVICE, server.display_name(url))
    except Exception:  # no credential store on this PC, or it refused: typed each time
        logger.info("no credential store for the server's password", exc_info=True)
        return None


def save_password(url: str, password: str | None) -> bool:
    """Keep `password` for the server at `url` on this PC (None: forget it). Returns whether
    the credential store took it."""
    try:
        key = server.display_name(url)
        if password is None:
            if keyring.get_password(KEYRING_SERVICE, key) is not None:
                keyring.delete_password(KEYRING_SERVICE, key)
        else:
            keyring.set_password(KEYRING_SERVICE, key, password)
        return True
    except Exception:
        logger.info("the credential store did not take the server's password", exc_info=True)
        return False


class ServerWatch(QObject):
    """Hears the server for the window; its signals arrive on the GUI thread."""

    changed = Signal(object)  # the set of tables another desk changed (all after an outage)
    state = Signal(bool, int)  # connected, windows connected (this one included)

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._watch, name="pmdesk-server-watch",
                                       daemon=True)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join(timeout=2 * HEARD_EVERY_S + 1)
        pg_engine.server_db.away = False  # nobody watches: connecting tries again

    def _watch(self) -> None:
        database = pg_engine.server_db
        was_away = False
        while not self.stopping.is_set():
            try:
                with pg_engine.psycopg.connect(
                        self.url, autocommit=True, connect_timeout=server.CONNECT_TIMEOUT_S,
                        application_name=WINDOW_APPLICATION, **server.NETWORK) as conn:
                    conn.execute(f"LISTEN {pg_schema.CHANNEL}")
                    database.away = False
                    if was_away:  # what changed meanwhile was not heard: everything may have
                        self.changed.emit(set(pg_schema.announced()))
                        was_away = False
                    self._listen(conn, database.backends)
            except Exception as exc:
                if self.stopping.is_set():
                    break
                if server.root_server_error(exc) is None:
                    logger.exception("the server watch failed")
                database.away = was_away = True
                self.state.emit(False, 0)
                self._pause()

    def _pause(self) -> None:
        """`RETRY_EVERY_S`, or until the window closes — in short sleeps: a timed wait on an
        event never ends under libfaketime (`tests/at_odd_moments.sh`)."""
        until = time.monotonic() + RETRY_EVERY_S
        while not self.stopping.is_set() and time.monotonic() < until:
            time.sleep(0.05)

    def _listen(self, conn, own: set[int]) -> None:
        counted = 0.0
        while not self.stopping.is_set():
            if time.monotonic() - counted >= COUNT_EVERY_S:
                desks = conn.execute(DESKS, (WINDOW_APPLICATION,)).fetchone()[0]
                self.state.emit(True, desks)
                counted = time.monotonic()
            tables = {notice.payload for notice in conn.notifies(timeout=HEARD_EVERY_S)
                      if notice.pid not in own}
            if tables:
                self.changed.emit(tables)
