"""The 网络版: the office database on a PostgreSQL server, for an office with several desks.

The core's SQL is written once, with `?` placeholders, and runs on both engines: the server's
cursor turns `?` into psycopg's `%s` (and a literal `%` into `%%`) as it executes, binds values
on the client as SQLite does (no server-side type guessing), and reads an integral NUMERIC —
what PostgreSQL's SUM over BIGINT returns — as an int, so money stays integer fen. Integrity
errors raised by the schema's triggers are SQLSTATE 23000, as SQLite's are.

A URL (`postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME`) is never a file name. libpq's habits
hold: PGPASSWORD, ~/.pgpass (%APPDATA%\\postgresql\\pgpass.conf) and `sslmode` in the URL.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit, urlunsplit

from pmdesk.core.errors import DatabaseError, PmdeskError, ValidationError

SCHEMES = ("postgresql://", "postgres://")
CONNECT_TIMEOUT_S = 5  # a server that is away is said at once, not after a minute
# A network that went away unnoticed (a cable, a sleeping switch) breaks a connection within
# seconds, not after TCP's quarter of an hour (libpq's keepalive and user-timeout options).
NETWORK = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 3,
           "keepalives_count": 3, "tcp_user_timeout": 10_000}
PASSWORD = re.compile(r"(//[^/@:]*):[^/@]*@")
HOST = re.compile(r"[A-Za-z0-9.\-]+|[0-9A-Fa-f:.]+(%\w+)?")  # a name, IPv4, or IPv6


def is_server(target: object) -> bool:
    """Whether `target` (a --db value) names a server rather than a file."""
    return isinstance(target, str) and target.lower().startswith(SCHEMES)


def display_name(url: str) -> str:
    """The server as a clerk may see it: user@host:port/database, never the password."""
    try:
        parts = urlsplit(url)
        port = f":{parts.port}" if parts.port else ""
    except ValueError:  # not a URL libpq could read (`check_url` says so): as typed, masked
        return PASSWORD.sub(r"\1@", url)
    host = parts.hostname or "localhost"
    user = f"{unquote(parts.username)}@" if parts.username else ""
    return f"{user}{host}{port}{parts.path or '/'}"


def shown(place: object) -> str:
    """A database as a message names it: a file's path, a server without its password."""
    return display_name(place) if is_server(place) else str(place)


def check_url(url: str) -> str:
    """`url` when it names a host and a database as libpq reads them; else `db.server_url`
    (a port that is not a number, a broken address, no database name)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises for a port that is not a number
    except ValueError:
        parts = None
    if parts is None or not parts.path.strip("/"):
        shown = display_name(url)
        raise DatabaseError("db.server_url", server=shown, path=shown)
    return url


@dataclass(frozen=True)
class Address:
    """A server database as the 连接服务器 form has it (the password apart)."""

    host: str
    port: int = 5432
    database: str = "pmdesk"
    user: str = "pmdesk"
    tls: bool = False  # sslmode=require: the office LAN's traffic encrypted

    def url(self, password: str = "") -> str:
        """The URL libpq reads; the password in it only when given. A host that is no name
        or address (a slash, a space, a full URL pasted in) is refused as the form's."""
        if not HOST.fullmatch(self.host):
            raise ValidationError("server_host", "value.unknown", value=self.host)
        login = quote(self.user, safe="") + (f":{quote(password, safe='')}" if password else "")
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = urlencode({"sslmode": "require"}) if self.tls else ""
        return urlunsplit(("postgresql", f"{login}@{host}:{self.port}",
                           "/" + quote(self.database, safe=""), query, ""))

    @classmethod
    def of(cls, url: str) -> Address:
        parts = urlsplit(check_url(url))
        return cls(parts.hostname or "localhost", parts.port or 5432,
                   unquote(parts.path.strip("/")), unquote(parts.username or ""),
                   parse_qs(parts.query).get("sslmode", [""])[0] in ("require", "verify-ca",
                                                                     "verify-full"))


def password_of(url: str) -> str | None:
    """The password written in `url`, if any."""
    password = urlsplit(url).password
    return None if password is None else unquote(password)


def with_password(url: str, password: str) -> str:
    """`url` carrying `password` (what the program connects with; never shown, never saved)."""
    parts = urlsplit(without_password(url))
    user, _, host = parts.netloc.rpartition("@")
    return urlunsplit(parts._replace(netloc=f"{user}:{quote(password, safe='')}@{host}"))


def without_password(url: str) -> str:
    """`url` without a password in it (what may be saved, shown, or given to a new process)."""
    try:
        parts = urlsplit(url)
    except ValueError:  # not a URL libpq could read: as typed, masked
        return PASSWORD.sub(r"\1@", url)
    login, at, host = parts.netloc.rpartition("@")
    return urlunsplit(parts._replace(netloc=f"{login.split(':', 1)[0]}@{host}")) if at else url


def bind(url: str):
    """The server database object pointed at `url` (not yet connected). psycopg is loaded
    here, not at start-up: a one-PC office never pays for it."""
    from pmdesk.core.safety import pg_engine

    pg_engine.server_db.away = False  # whatever a window's watch said of the last one
    pg_engine.server_db.init(url, prefer_psycopg3=True, cursor_factory=pg_engine.PortableCursor,
                             connect_timeout=CONNECT_TIMEOUT_S, application_name="pmdesk",
                             **NETWORK)
    return pg_engine.server_db


def root_server_error(exc: BaseException | None) -> Exception | None:
    """The psycopg error behind `exc` (peewee wraps it), or None."""
    psycopg = sys.modules.get("psycopg")
    if psycopg is None:  # never loaded: no server was used
        return None
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, psycopg.Error):
            return exc
        if exc.args and isinstance(exc.args[0], psycopg.Error):
            return exc.args[0]
        exc = exc.__cause__ or exc.__context__
    return None


CROSSED = ("40001", "40P01")  # serialization failure, deadlock: the server undid the transaction


def crossed(exc: BaseException) -> Exception | None:
    """The server's error when `exc` is a transaction it undid because it crossed another's."""
    err = root_server_error(exc)
    return err if getattr(err, "sqlstate", None) in CROSSED else None


# SQLSTATE classes and codes the desk can name (PostgreSQL manual, appendix A).
_STATES = {
    "28P01": "db.server_login", "28000": "db.server_login",
    "3D000": "db.server_no_database", "42501": "db.server_denied",
    "40001": "db.busy", "40P01": "db.busy", "55P03": "db.busy",
    "53100": "db.disk_full", "25006": "db.read_only",
    "57P01": "db.server_away", "57P02": "db.server_away", "57P03": "db.server_away",
}


def server_failure(exc: BaseException, url: str = "") -> DatabaseError:
    """Map a failure on the server to the coded error the clerk is shown."""
    err = root_server_error(exc) or exc
    state = getattr(err, "sqlstate", None) or ""
    detail = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    server = display_name(url) if url else ""
    text = str(err)
    if state in _STATES:
        code = _STATES[state]
    elif "password authentication failed" in text or "no password supplied" in text:
        code = "db.server_login"  # refused while connecting: libpq's message has no SQLSTATE
    elif "does not exist" in text and "database" in text:
        code = "db.server_no_database"
    elif state.startswith("08") or (type(err).__name__ == "OperationalError" and not state):
        code = "db.server_away"
    else:
        code = "db.error"
    return DatabaseError(code, path=server, server=server, detail=detail)


def coded(exc: BaseException, url: str = "") -> BaseException:
    """A failure on the server at `url` as the coded error naming its cause; anything else as
    it is."""
    if not isinstance(exc, PmdeskError) and root_server_error(exc) is not None:
        return server_failure(exc, url)
    return exc

