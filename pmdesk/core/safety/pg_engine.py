"""psycopg, as the core's SQL needs it (`server` explains); loaded only for a server.

peewee was imported with psycopg hidden (`pmdesk.core`: not loaded at every start), so its
psycopg 3 adapter is completed here with the driver's names.
"""

from __future__ import annotations

import functools
import re
import sys
from decimal import Decimal

if sys.modules.get("psycopg", False) is None:  # hidden from peewee at start-up (pmdesk.core)
    del sys.modules["psycopg"]

import psycopg  # noqa: E402
from peewee import PostgresqlDatabase, Psycopg3Adapter  # noqa: E402
from psycopg.pq import TransactionStatus  # noqa: E402
from psycopg.types.numeric import NumericLoader  # noqa: E402

STATEMENT = re.compile(r"'(?:[^']|'')*'|\?|%")
# The two SQLite idioms the core keeps, as the server says them: a planner hint it has no use
# for, and a CAST that reads a text's leading digits ('12A' → 12, 'A' → 0) where PostgreSQL's
# would fail (as_integer, a function of the schema).
INDEXED_BY = re.compile(r"\s+INDEXED BY \w+")
CAST_INTEGER = re.compile(r"CAST\(((?:[^()]|\([^()]*\))*) AS INTEGER\)")
ONE_ROW = re.compile(r"VALUES (\((?:[^()]|\([^()]*\))*\))")  # one row of placeholders
ROWS_AT_ONCE = 500


@functools.lru_cache(maxsize=2048)
def portable(sql: str) -> str:
    """`sql` as psycopg takes it: each `?` outside a string literal becomes `%s`, each `%`
    (anywhere: psycopg reads no quotes) becomes `%%`."""

    def swap(match: re.Match) -> str:
        found = match.group(0)
        if found == "?":
            return "%s"
        if found == "%":
            return "%%"
        return found.replace("%", "%%")

    sql = CAST_INTEGER.sub(r"as_integer(\1)", INDEXED_BY.sub("", sql))
    return STATEMENT.sub(swap, sql)



class PortableCursor(psycopg.ClientCursor):
    """A client-side binding cursor that takes the core's `?` placeholders."""

    def execute(self, query, params=None, **kwargs):
        if params is not None and isinstance(query, str):
            query = portable(query)
        return super().execute(query, params, **kwargs)

    def executemany(self, query, params_seq, **kwargs):
        """Rows of one `VALUES (…)` go to the server `ROWS_AT_ONCE` in one statement: a
        statement each costs the server a parse and a round trip (billing a month of 20,000
        households: 4.9 s one by one)."""
        if not isinstance(query, str):
            return super().executemany(query, params_seq, **kwargs)
        query = portable(query)
        found = ONE_ROW.search(query)
        head, tail = (query[:found.start(1)], query[found.end(1):]) if found else ("", "")
        if found is None or "%s" in head + tail:
            return super().executemany(query, params_seq, **kwargs)
        head, tail = head.replace("%%", "%"), tail.replace("%%", "%")
        rows = list(params_seq)
        for start in range(0, len(rows), ROWS_AT_ONCE):  # each row bound on its own: the
            values = ", ".join(self.mogrify(found.group(1), one)  # short template's parse
                               for one in rows[start:start + ROWS_AT_ONCE])  # is cached
            super().execute(head + values + tail)
        return self


class IntegralNumericLoader(NumericLoader):
    """NUMERIC as the core expects: an int when whole (sums of fen), a Decimal otherwise."""

    def load(self, data):
        value = super().load(data)
        if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
            return int(value)
        return value


class Adapter(Psycopg3Adapter):
    """peewee's psycopg 3 adapter, whatever peewee found when it was imported."""

    txn_idle = TransactionStatus.IDLE
    txn_inerror = TransactionStatus.INERROR
    txn_unknown = TransactionStatus.UNKNOWN

    def check_driver(self):
        pass

    def get_binary_type(self):
        return psycopg.Binary

    def connect(self, db, **params):
        return psycopg.connect(db.database, **params)


class ServerDatabase(PostgresqlDatabase):
    """peewee's PostgreSQL database with the core's placeholders and integer sums, which
    connects again by itself after the server dropped its connection (restarted, the network
    gone a while): the statement that found it dropped failed, the next one reconnects. While
    the window's watch says the server is `away`, connecting fails at once instead of waiting
    for the connect timeout at every click."""

    away = False

    def init(self, database, **kwargs):
        super().init(database, **kwargs)
        self._adapter = Adapter()
        self.backends: set[int] = set()  # this program's sessions: its own notices are not news

    def cursor(self, *args, **kwargs):
        conn = self._state.conn
        if conn is not None and conn.closed and not self.in_transaction():
            self._state.reset()
        return super().cursor(*args, **kwargs)

    def _connect(self):
        if self.away:
            raise psycopg.OperationalError("the server is away")
        conn = super()._connect()
        conn.adapters.register_loader("numeric", IntegralNumericLoader)
        self.backends.add(conn.info.backend_pid)
        return conn

    def execute_sql(self, sql, params=None):
        return self._execute_cursor(sql, () if params is None else params)


server_db = ServerDatabase(None)
