"""Numbered, forward-only schema steps keyed on `PRAGMA user_version`.

Step N turns a version N-1 database into version N. Steps are plain SQL: the tables are STRICT,
money and areas are integers (fen; 0.01 m²) guarded by CHECK constraints, and append-only tables
get triggers. `migrate()` runs every missing step in one transaction with foreign keys off (they
are a no-op inside a transaction), then checks foreign keys before it commits. A released step is
never edited: a change of schema is a new step and a fixture database in tests/fixtures/.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

from peewee import SqliteDatabase

import pmdesk
from pmdesk.core.errors import DatabaseError
from pmdesk.core.pinyin import name_keys
from pmdesk.core.safety import pg_schema
from pmdesk.core.safety.chain import GENESIS, chain_hash

APPLICATION_ID = 0x504D444B  # "PMDK": PRAGMA application_id of every pmdesk database

V1 = """
CREATE TABLE office_profile (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    estate_name     TEXT NOT NULL CHECK (length(trim(estate_name)) > 0),
    office_name     TEXT NOT NULL,
    address         TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    complaint_phone TEXT NOT NULL DEFAULT '',
    seal_png        BLOB,
    updated_at      TEXT NOT NULL
) STRICT;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE building (
    id    INTEGER PRIMARY KEY,
    code  TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
    note  TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE unit (
    id            INTEGER PRIMARY KEY,
    building_id   INTEGER NOT NULL REFERENCES building (id),
    stairwell     TEXT NOT NULL DEFAULT '',
    room          TEXT NOT NULL CHECK (length(room) > 0),
    code          TEXT NOT NULL UNIQUE,
    floor         INTEGER,
    area          INTEGER NOT NULL CHECK (area > 0),
    inner_area    INTEGER CHECK (inner_area IS NULL OR inner_area > 0),
    kind          TEXT NOT NULL DEFAULT 'residential'
                  CHECK (kind IN ('residential', 'shop', 'garage', 'storage')),
    state         TEXT NOT NULL DEFAULT 'owner_occupied'
                  CHECK (state IN ('undelivered', 'delivered', 'owner_occupied', 'rented',
                                   'vacant', 'renovating')),
    handover_date TEXT CHECK (handover_date IS NULL OR date(handover_date) = handover_date),
    note          TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX unit_building ON unit (building_id, stairwell, floor);

CREATE TABLE person (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) > 0),
    phone       TEXT NOT NULL DEFAULT '',
    phone2      TEXT NOT NULL DEFAULT '',
    id_number   TEXT,
    is_company  INTEGER NOT NULL DEFAULT 0 CHECK (is_company IN (0, 1)),
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE occupancy (
    id          INTEGER PRIMARY KEY,
    unit_id     INTEGER NOT NULL REFERENCES unit (id),
    person_id   INTEGER NOT NULL REFERENCES person (id),
    role        TEXT NOT NULL
                CHECK (role IN ('owner', 'co_owner', 'tenant', 'family', 'emergency')),
    start_date  TEXT CHECK (start_date IS NULL OR date(start_date) = start_date),
    end_date    TEXT CHECK (end_date IS NULL OR (date(end_date) = end_date
                                    AND (start_date IS NULL OR end_date >= start_date)))
) STRICT;
CREATE INDEX occupancy_unit ON occupancy (unit_id, end_date);
CREATE INDEX occupancy_person ON occupancy (person_id);

CREATE TABLE tag (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE CHECK (length(name) > 0)
) STRICT;

CREATE TABLE unit_tag (
    unit_id  INTEGER NOT NULL REFERENCES unit (id),
    tag_id   INTEGER NOT NULL REFERENCES tag (id),
    PRIMARY KEY (unit_id, tag_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX unit_tag_tag ON unit_tag (tag_id);

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  INTEGER,
    detail     TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
"""

# 2: the archive of generated documents (type, subject, household, who, when, the PDF itself).
V2 = """
CREATE TABLE document (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (length(kind) > 0),
    subject     TEXT NOT NULL,
    unit_id     INTEGER REFERENCES unit (id),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    pages       INTEGER NOT NULL CHECK (pages > 0),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    pdf         BLOB NOT NULL
) STRICT;
CREATE INDEX document_created ON document (created_at);
CREATE INDEX document_unit ON document (unit_id);
CREATE TRIGGER document_no_update BEFORE UPDATE ON document
BEGIN SELECT RAISE(ABORT, 'document is append-only'); END;
"""

# 3: search keys for names (pinyin), vehicles and parking spaces.
V3 = """
ALTER TABLE person ADD COLUMN pinyin TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN initials TEXT NOT NULL DEFAULT '';
CREATE TABLE vehicle (
    id          INTEGER PRIMARY KEY,
    unit_id     INTEGER NOT NULL REFERENCES unit (id),
    plate       TEXT NOT NULL CHECK (length(plate) > 0),
    space       TEXT NOT NULL DEFAULT '',
    space_kind  TEXT NOT NULL DEFAULT 'none' CHECK (space_kind IN ('owned', 'rented', 'none')),
    start_date  TEXT CHECK (start_date IS NULL OR date(start_date) = start_date),
    end_date    TEXT CHECK (end_date IS NULL OR date(end_date) = end_date),
    note        TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX vehicle_unit ON vehicle (unit_id);
CREATE INDEX vehicle_plate ON vehicle (plate);
"""


def _step_3(database: SqliteDatabase) -> None:
    _sql_step(V3)(database)
    rows = database.execute_sql("SELECT id, name FROM person").fetchall()
    database.cursor().executemany("UPDATE person SET pinyin = ?, initials = ? WHERE id = ?",
                                  [(*name_keys(name), pid) for pid, name in rows])

# 4: a record of every roster import (which file, by content hash, how many rows).
V4 = """
CREATE TABLE import_batch (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    rows_read   INTEGER NOT NULL,
    imported    INTEGER NOT NULL,
    rejected    INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL
) STRICT;
CREATE INDEX import_batch_sha ON import_batch (sha256);
"""

# 5: fees. Bills keep the quantity and rate they were billed with, so a rate change never
# rewrites them; `paid` and `reduced` are maintained by triggers from the append-only
# allocation and reduction rows (an over-allocation violates the CHECK and aborts). A payment
# is its receipt: numbered per year without gaps, voided by a row of its own, never changed.
# An allocation repeats its bill's month and unit (checked by trigger) so the collection report
# reads one covering index instead of a bill per allocation.
# The household's credit (预存) is the sum of its credit entries, kept in `credit` by trigger.
V5 = """
ALTER TABLE unit ADD COLUMN vacant_since TEXT
    CHECK (vacant_since IS NULL OR date(vacant_since) = vacant_since);

CREATE TABLE fee_item (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    basis        TEXT NOT NULL CHECK (basis IN ('area', 'fixed', 'parking')),
    rate         INTEGER NOT NULL CHECK (rate > 0),
    unit_kinds   TEXT NOT NULL CHECK (length(unit_kinds) > 0),
    start_period INTEGER NOT NULL CHECK (start_period BETWEEN 190001 AND 299912),
    end_period   INTEGER CHECK (end_period IS NULL OR end_period >= start_period),
    legal_basis  TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
) STRICT;

CREATE TABLE bill (
    id           INTEGER PRIMARY KEY,
    unit_id      INTEGER NOT NULL REFERENCES unit (id),
    fee_item_id  INTEGER NOT NULL REFERENCES fee_item (id),
    period       INTEGER NOT NULL CHECK (period BETWEEN 190001 AND 299912),
    quantity     INTEGER NOT NULL CHECK (quantity > 0),
    rate         INTEGER NOT NULL CHECK (rate > 0),
    full_amount  INTEGER NOT NULL CHECK (full_amount > 0),
    amount       INTEGER NOT NULL CHECK (amount > 0 AND amount <= full_amount),
    paid         INTEGER NOT NULL DEFAULT 0 CHECK (paid >= 0),
    reduced      INTEGER NOT NULL DEFAULT 0 CHECK (reduced >= 0),
    created_at   TEXT NOT NULL,
    CHECK (paid + reduced <= amount),
    UNIQUE (unit_id, period, fee_item_id)
) STRICT;
CREATE INDEX bill_period ON bill (period, unit_id, amount, paid, reduced);
CREATE INDEX bill_open ON bill (unit_id, period, amount, paid, reduced)
    WHERE paid < amount - reduced;
CREATE TRIGGER bill_fixed BEFORE UPDATE OF unit_id, fee_item_id, period, quantity, rate,
    full_amount, amount, created_at ON bill
BEGIN SELECT RAISE(ABORT, 'a bill is never rewritten'); END;
CREATE TRIGGER bill_no_delete BEFORE DELETE ON bill
BEGIN SELECT RAISE(ABORT, 'bills are never deleted'); END;

CREATE TABLE payment (
    id          INTEGER PRIMARY KEY,
    receipt_no  TEXT NOT NULL UNIQUE,
    year        INTEGER NOT NULL,
    seq         INTEGER NOT NULL CHECK (seq > 0),
    unit_id     INTEGER NOT NULL REFERENCES unit (id),
    payer       TEXT NOT NULL,
    method      TEXT NOT NULL CHECK (method IN ('cash', 'wechat', 'alipay', 'bank', 'card')),
    amount      INTEGER NOT NULL CHECK (amount > 0),
    tendered    INTEGER CHECK (tendered IS NULL OR tendered >= amount),
    paid_on     TEXT NOT NULL CHECK (date(paid_on) = paid_on),
    created_at  TEXT NOT NULL,
    clerk       TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    token       TEXT UNIQUE,
    UNIQUE (year, seq)
) STRICT;
CREATE INDEX payment_unit ON payment (unit_id);
CREATE INDEX payment_day ON payment (paid_on);

CREATE TABLE payment_void (
    payment_id  INTEGER PRIMARY KEY REFERENCES payment (id),
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    voided_on   TEXT NOT NULL CHECK (date(voided_on) = voided_on),
    voided_at   TEXT NOT NULL,
    voided_by   TEXT NOT NULL
) STRICT;
CREATE INDEX payment_void_day ON payment_void (voided_on);

CREATE TABLE allocation (
    id          INTEGER PRIMARY KEY,
    bill_id     INTEGER NOT NULL REFERENCES bill (id),
    payment_id  INTEGER REFERENCES payment (id),
    amount      INTEGER NOT NULL CHECK (amount <> 0),
    on_date     TEXT NOT NULL CHECK (date(on_date) = on_date),
    created_at  TEXT NOT NULL,
    period      INTEGER NOT NULL,
    unit_id     INTEGER NOT NULL REFERENCES unit (id)
) STRICT;
CREATE INDEX allocation_bill ON allocation (bill_id, amount);
CREATE INDEX allocation_payment ON allocation (payment_id);
CREATE INDEX allocation_date ON allocation (on_date, period, unit_id, amount);
CREATE TRIGGER allocation_of_bill BEFORE INSERT ON allocation
WHEN NOT EXISTS (SELECT 1 FROM bill WHERE id = NEW.bill_id AND period = NEW.period
                 AND unit_id = NEW.unit_id)
BEGIN SELECT RAISE(ABORT, 'an allocation names its bill''s month and unit'); END;
CREATE TRIGGER allocation_settles AFTER INSERT ON allocation
BEGIN UPDATE bill SET paid = paid + NEW.amount WHERE id = NEW.bill_id; END;

CREATE TABLE reduction (
    id          INTEGER PRIMARY KEY,
    bill_id     INTEGER NOT NULL REFERENCES bill (id),
    amount      INTEGER NOT NULL CHECK (amount > 0),
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    on_date     TEXT NOT NULL CHECK (date(on_date) = on_date),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
) STRICT;
CREATE INDEX reduction_bill ON reduction (bill_id);
CREATE TRIGGER reduction_settles AFTER INSERT ON reduction
BEGIN UPDATE bill SET reduced = reduced + NEW.amount WHERE id = NEW.bill_id; END;

CREATE TABLE credit_entry (
    id          INTEGER PRIMARY KEY,
    unit_id     INTEGER NOT NULL REFERENCES unit (id),
    amount      INTEGER NOT NULL CHECK (amount <> 0),
    kind        TEXT NOT NULL CHECK (kind IN ('excess', 'applied', 'void', 'unapplied')),
    payment_id  INTEGER REFERENCES payment (id),
    bill_id     INTEGER REFERENCES bill (id),
    on_date     TEXT NOT NULL CHECK (date(on_date) = on_date),
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX credit_entry_unit ON credit_entry (unit_id);
CREATE TABLE credit (
    unit_id  INTEGER PRIMARY KEY REFERENCES unit (id),
    balance  INTEGER NOT NULL CHECK (balance >= 0)
) STRICT;
CREATE TRIGGER credit_entry_moves AFTER INSERT ON credit_entry
BEGIN
    INSERT OR IGNORE INTO credit (unit_id, balance) VALUES (NEW.unit_id, 0);
    UPDATE credit SET balance = balance + NEW.amount WHERE unit_id = NEW.unit_id;
END;
"""


def append_only(*tables: str) -> str:
    """Triggers that refuse UPDATE and DELETE on each of `tables`."""
    return "".join(
        f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}\n"
        f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;\n"
        f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}\n"
        f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;\n"
        for table in tables)


V5 += append_only("payment", "payment_void", "allocation", "reduction", "credit_entry")


# 6: collecting arrears. One case per household in arrears (why it does not pay, the status,
# the next action), the log of what was done, the demand letters with their proof of delivery
# (a delivered demand restarts the limitation clock), and instalment agreements.
V6 = """
CREATE TABLE collection_case (
    unit_id      INTEGER PRIMARY KEY REFERENCES unit (id),
    reason       TEXT NOT NULL CHECK (reason IN ('illness', 'unemployed', 'grievance',
                     'refusal', 'vacant', 'service', 'developer', 'unreachable', 'unknown')),
    status       TEXT NOT NULL CHECK (status IN ('following', 'promised', 'instalments',
                     'lawyer', 'litigation', 'settled', 'paused')),
    notes        TEXT NOT NULL DEFAULT '',
    next_action  TEXT NOT NULL DEFAULT '',
    next_date    TEXT CHECK (next_date IS NULL OR date(next_date) = next_date),
    opened_on    TEXT NOT NULL CHECK (date(opened_on) = opened_on),
    updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX collection_case_next ON collection_case (next_date);

CREATE TABLE collection_action (
    id          INTEGER PRIMARY KEY,
    unit_id     INTEGER NOT NULL REFERENCES unit (id),
    kind        TEXT NOT NULL CHECK (kind IN ('phone', 'message', 'visit', 'letter', 'job_help',
                    'reduction_request', 'instalment', 'lawyer', 'lawsuit')),
    on_date     TEXT NOT NULL CHECK (date(on_date) = on_date),
    done_by     TEXT NOT NULL,
    said        TEXT NOT NULL DEFAULT '',
    outcome     TEXT NOT NULL DEFAULT '',
    next_step   TEXT NOT NULL DEFAULT '',
    next_date   TEXT CHECK (next_date IS NULL OR date(next_date) = next_date),
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX collection_action_unit ON collection_action (unit_id, on_date);

CREATE TABLE demand_letter (
    id            INTEGER PRIMARY KEY,
    unit_id       INTEGER NOT NULL REFERENCES unit (id),
    kind          TEXT NOT NULL CHECK (kind IN ('first', 'final')),
    issued_on     TEXT NOT NULL CHECK (date(issued_on) = issued_on),
    deadline      TEXT NOT NULL CHECK (date(deadline) = deadline),
    owed          INTEGER NOT NULL CHECK (owed > 0),
    months        INTEGER NOT NULL CHECK (months > 0),
    first_period  INTEGER NOT NULL,
    last_period   INTEGER NOT NULL,
    document_id   INTEGER REFERENCES document (id),
    created_by    TEXT NOT NULL
) STRICT;
CREATE INDEX demand_letter_unit ON demand_letter (unit_id);

CREATE TABLE delivery (
    id              INTEGER PRIMARY KEY,
    letter_id       INTEGER NOT NULL REFERENCES demand_letter (id),
    method          TEXT NOT NULL CHECK (method IN ('signed', 'posted', 'registered',
                                                    'message')),
    delivered_on    TEXT NOT NULL CHECK (date(delivered_on) = delivered_on),
    tracking_no     TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    evidence_name   TEXT NOT NULL DEFAULT '',
    evidence        BLOB,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL
) STRICT;
CREATE INDEX delivery_letter ON delivery (letter_id);

CREATE TABLE instalment_plan (
    id          INTEGER PRIMARY KEY,
    unit_id     INTEGER NOT NULL REFERENCES unit (id),
    agreed_on   TEXT NOT NULL CHECK (date(agreed_on) = agreed_on),
    total       INTEGER NOT NULL CHECK (total > 0),
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
) STRICT;
CREATE INDEX instalment_plan_unit ON instalment_plan (unit_id);
CREATE TABLE instalment (
    plan_id   INTEGER NOT NULL REFERENCES instalment_plan (id),
    seq       INTEGER NOT NULL CHECK (seq > 0),
    due_date  TEXT NOT NULL CHECK (date(due_date) = due_date),
    amount    INTEGER NOT NULL CHECK (amount > 0),
    PRIMARY KEY (plan_id, seq)
) STRICT, WITHOUT ROWID;
"""
V6 += append_only("collection_action", "demand_letter", "delivery", "instalment_plan",
                  "instalment")


# 7: complaints and repairs. An item carries its current status and deadline; every step of
# its workflow is an append-only timeline row (who, when, what, the deadline then in force).
V7 = """
CREATE TABLE complaint (
    id              INTEGER PRIMARY KEY,
    number          TEXT NOT NULL UNIQUE,
    year            INTEGER NOT NULL,
    seq             INTEGER NOT NULL CHECK (seq > 0),
    kind            TEXT NOT NULL CHECK (kind IN ('complaint', 'repair', 'suggestion',
                                                  'enquiry', 'praise')),
    channel         TEXT NOT NULL CHECK (channel IN ('visit', 'phone', 'wechat', 'box',
                                                     'letter')),
    unit_id         INTEGER REFERENCES unit (id),
    contact_name    TEXT NOT NULL DEFAULT '',
    contact_phone   TEXT NOT NULL DEFAULT '',
    anonymous       INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
    other_unit_id   INTEGER REFERENCES unit (id),
    location        TEXT NOT NULL DEFAULT '',
    category        TEXT NOT NULL CHECK (category IN ('noise', 'parking', 'renovation',
                        'sanitation', 'greening', 'facility', 'neighbour', 'security',
                        'attitude', 'fees', 'other')),
    urgency         TEXT NOT NULL CHECK (urgency IN ('urgent', 'normal')),
    description     TEXT NOT NULL CHECK (length(trim(description)) > 0),
    status          TEXT NOT NULL CHECK (status IN ('received', 'assigned', 'handled',
                        'replied', 'visited', 'closed', 'cancelled')),
    received_at     TEXT NOT NULL,
    deadline        TEXT,
    assignee        TEXT NOT NULL DEFAULT '',
    responsibility  TEXT CHECK (responsibility IS NULL OR responsibility IN ('office',
                        'owner', 'other_party', 'third_party', 'force_majeure')),
    paid_work       INTEGER CHECK (paid_work IS NULL OR paid_work IN (0, 1)),
    satisfaction    INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
    handled_at      TEXT,
    updated_at      TEXT NOT NULL,
    UNIQUE (year, seq)
) STRICT;
CREATE INDEX complaint_open ON complaint (deadline) WHERE status NOT IN ('closed', 'cancelled');
CREATE INDEX complaint_unit ON complaint (unit_id);
CREATE INDEX complaint_other ON complaint (other_unit_id);
CREATE INDEX complaint_received ON complaint (received_at);

CREATE TABLE complaint_step (
    id            INTEGER PRIMARY KEY,
    complaint_id  INTEGER NOT NULL REFERENCES complaint (id),
    action        TEXT NOT NULL CHECK (action IN ('receive', 'assign', 'investigate',
                      'handle', 'reply', 'visit', 'close', 'cancel', 'reopen', 'note')),
    at            TEXT NOT NULL,
    done_by       TEXT NOT NULL,
    text          TEXT NOT NULL DEFAULT '',
    detail        TEXT NOT NULL DEFAULT '{}',
    deadline      TEXT
) STRICT;
CREATE INDEX complaint_step_item ON complaint_step (complaint_id, id);

CREATE TABLE complaint_file (
    id            INTEGER PRIMARY KEY,
    complaint_id  INTEGER NOT NULL REFERENCES complaint (id),
    name          TEXT NOT NULL,
    data          BLOB NOT NULL,
    added_at      TEXT NOT NULL,
    added_by      TEXT NOT NULL
) STRICT;
CREATE INDEX complaint_file_item ON complaint_file (complaint_id);
"""
V7 += append_only("complaint_step", "complaint_file")


# 8: community events, the households that sign up (a waiting list when full), who came, and
# what they thought.
V8 = """
CREATE TABLE event (
    id               INTEGER PRIMARY KEY,
    title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
    type             TEXT NOT NULL CHECK (type IN ('sports', 'volunteer', 'lecture',
                                                   'festival', 'meeting')),
    starts_at        TEXT NOT NULL,
    ends_at          TEXT NOT NULL CHECK (ends_at >= starts_at),
    place            TEXT NOT NULL CHECK (length(trim(place)) > 0),
    organiser        TEXT NOT NULL DEFAULT '',
    partners         TEXT NOT NULL DEFAULT '',
    audience         TEXT NOT NULL DEFAULT 'all' CHECK (audience IN ('all', 'elderly',
                                                                     'children', 'buildings')),
    buildings        TEXT NOT NULL DEFAULT '',
    capacity         INTEGER CHECK (capacity IS NULL OR capacity > 0),
    budget           INTEGER CHECK (budget IS NULL OR budget >= 0),
    cost             INTEGER CHECK (cost IS NULL OR cost >= 0),
    signup_deadline  TEXT,
    description      TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL CHECK (status IN ('planned', 'published', 'finished',
                                                     'cancelled')),
    cancel_reason    TEXT NOT NULL DEFAULT '',
    series_id        INTEGER,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;
CREATE INDEX event_start ON event (starts_at);

CREATE TABLE signup (
    id            INTEGER PRIMARY KEY,
    event_id      INTEGER NOT NULL REFERENCES event (id),
    unit_id       INTEGER NOT NULL REFERENCES unit (id),
    people        INTEGER NOT NULL CHECK (people > 0),
    contact       TEXT NOT NULL DEFAULT '',
    remarks       TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL CHECK (status IN ('confirmed', 'waiting', 'cancelled')),
    signed_up_at  TEXT NOT NULL,
    cancelled_at  TEXT,
    attended      INTEGER CHECK (attended IS NULL OR attended >= 0),
    walk_in       INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX signup_once ON signup (event_id, unit_id) WHERE status <> 'cancelled';
CREATE INDEX signup_unit ON signup (unit_id);

CREATE TABLE event_feedback (
    id            INTEGER PRIMARY KEY,
    event_id      INTEGER NOT NULL REFERENCES event (id),
    unit_id       INTEGER REFERENCES unit (id),
    satisfaction  INTEGER NOT NULL CHECK (satisfaction BETWEEN 1 AND 5),
    comment       TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX event_feedback_event ON event_feedback (event_id);

CREATE TABLE event_file (
    id        INTEGER PRIMARY KEY,
    event_id  INTEGER NOT NULL REFERENCES event (id),
    name      TEXT NOT NULL,
    data      BLOB NOT NULL,
    added_at  TEXT NOT NULL,
    added_by  TEXT NOT NULL
) STRICT;
CREATE INDEX event_file_event ON event_file (event_id);

CREATE TABLE event_partner (
    name  TEXT PRIMARY KEY CHECK (length(trim(name)) > 0)
) STRICT;
INSERT INTO event_partner (name) VALUES ('居委会'), ('街道'), ('志愿者'), ('商家');
"""
V8 += append_only("event_feedback", "event_file")


# 9: accounts with roles, a hash-chained audit trail, and who approved a void or a reduction.
V9 = """
CREATE TABLE account (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    role          TEXT NOT NULL CHECK (role IN ('clerk', 'manager')),
    password      TEXT NOT NULL CHECK (password LIKE '$argon2id$%'),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failures      INTEGER NOT NULL DEFAULT 0,
    locked_until  TEXT,
    created_at    TEXT NOT NULL
) STRICT;

ALTER TABLE audit_log ADD COLUMN role TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT '';
CREATE INDEX audit_log_at ON audit_log (at);
ALTER TABLE payment_void ADD COLUMN approved_by TEXT NOT NULL DEFAULT '';
ALTER TABLE reduction ADD COLUMN approved_by TEXT NOT NULL DEFAULT '';
"""


def _step_9(database: SqliteDatabase) -> None:
    """The new tables and columns, then the chain over the audit rows kept so far (their
    triggers are lifted for this one rewrite, inside the migration's transaction)."""
    _sql_step(V9)(database)
    cursor = database.cursor()
    cursor.execute("DROP TRIGGER audit_log_no_update")
    previous = GENESIS
    rows = database.execute_sql("SELECT id, at, actor, role, action, entity, entity_id, detail "
                                "FROM audit_log ORDER BY id").fetchall()
    for row in rows:
        digest = chain_hash(previous, *row)
        cursor.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
                       (previous, digest, row[0]))
        previous = digest
    cursor.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log\n"
                   "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;")


# 10: what 明码标价 and a payment notice need — each fee item's price form (政府指导价 or
# 市场调节价), the service grade, how and when to pay (bank account, office hours, a QR code).
V10 = """
ALTER TABLE fee_item ADD COLUMN price_form TEXT NOT NULL DEFAULT ''
    CHECK (price_form IN ('', 'government', 'market'));
ALTER TABLE office_profile ADD COLUMN service_level TEXT NOT NULL DEFAULT '';
ALTER TABLE office_profile ADD COLUMN bank_name TEXT NOT NULL DEFAULT '';
ALTER TABLE office_profile ADD COLUMN account_name TEXT NOT NULL DEFAULT '';
ALTER TABLE office_profile ADD COLUMN account_no TEXT NOT NULL DEFAULT '';
ALTER TABLE office_profile ADD COLUMN office_hours TEXT NOT NULL DEFAULT '';
ALTER TABLE office_profile ADD COLUMN pay_qr_png BLOB;
"""


# 11: what a document is about, to find it by — the rooms, the names, the case and letter
# numbers (a batch of 催缴通知书 has no one household; a 证明 names its complaint); and when
# the incident behind a complaint happened (an insurer's 证明 needs it, not only its intake).
# (The keys sit beside the archive, not in it: a search reads them, never the PDFs.)
V11 = """
CREATE TABLE document_keyword (
    document_id  INTEGER PRIMARY KEY REFERENCES document (id),
    keywords     TEXT NOT NULL
) STRICT;
ALTER TABLE complaint ADD COLUMN occurred_at TEXT;
""" + append_only("document_keyword")


def _step_11(database: SqliteDatabase) -> None:
    """The table, then the keys of the documents kept so far: their household's room and
    owners, and for a batch of letters each letter's room."""
    _sql_step(V11)(database)
    owners = ("SELECT group_concat(p.name, ' ') FROM occupancy o JOIN person p "
              "ON p.id = o.person_id WHERE o.unit_id = u.id AND o.role = 'owner' "
              "AND o.end_date IS NULL")
    cursor = database.cursor()
    cursor.execute(f"INSERT INTO document_keyword (document_id, keywords) "
                   f"SELECT d.id, u.code || ' ' || coalesce(({owners}), '') FROM document d "
                   f"JOIN unit u ON u.id = d.unit_id")
    cursor.execute(f"INSERT INTO document_keyword (document_id, keywords) "
                   f"SELECT l.document_id, group_concat(u.code || ' ' || "
                   f"coalesce(({owners}), ''), ' ') FROM demand_letter l JOIN unit u "
                   f"ON u.id = l.unit_id WHERE l.document_id IS NOT NULL "
                   f"AND l.document_id NOT IN (SELECT document_id FROM document_keyword) "
                   f"GROUP BY l.document_id")


# 12: day one — the balances an office brings from its old ledger. An import of opening arrears
# or credit is a batch (its file by hash, its totals, who imported it and which manager approved
# it); its arrears are bills of their own months marked with the batch, its credit an entry of
# kind 'opening', and a payment history kept beside the ledger (outside receipts and takings).
# A batch is undone as a whole while nothing was paid against it: its bills are the only bills
# ever deleted, and only once its undo row exists and while they carry no payment or reduction.
# A fee item known only from the old ledger is `carried_over`: never billed by pmdesk.
V12 = """
CREATE TABLE opening_batch (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('arrears', 'credit')),
    file_name      TEXT NOT NULL,
    sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
    rows_read      INTEGER NOT NULL CHECK (rows_read >= 0),
    rows_imported  INTEGER NOT NULL CHECK (rows_imported >= 0),
    rejected       INTEGER NOT NULL CHECK (rejected >= 0),
    households     INTEGER NOT NULL CHECK (households >= 0),
    total          INTEGER NOT NULL CHECK (total >= 0),
    history_paid   INTEGER NOT NULL DEFAULT 0 CHECK (history_paid >= 0),
    imported_at    TEXT NOT NULL,
    imported_by    TEXT NOT NULL,
    approved_by    TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX opening_batch_sha ON opening_batch (sha256);

CREATE TABLE opening_undo (
    batch_id     INTEGER PRIMARY KEY REFERENCES opening_batch (id),
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    undone_at    TEXT NOT NULL,
    undone_by    TEXT NOT NULL,
    approved_by  TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE opening_payment (
    id            INTEGER PRIMARY KEY,
    batch_id      INTEGER NOT NULL REFERENCES opening_batch (id),
    unit_id       INTEGER NOT NULL REFERENCES unit (id),
    item          TEXT NOT NULL,
    first_period  INTEGER NOT NULL CHECK (first_period BETWEEN 190001 AND 299912),
    last_period   INTEGER NOT NULL CHECK (last_period >= first_period),
    due           INTEGER NOT NULL CHECK (due >= 0),
    paid          INTEGER NOT NULL CHECK (paid >= 0),
    paid_on       TEXT CHECK (paid_on IS NULL OR date(paid_on) = paid_on),
    cashier       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX opening_payment_unit ON opening_payment (unit_id);

ALTER TABLE fee_item ADD COLUMN carried_over INTEGER NOT NULL DEFAULT 0
    CHECK (carried_over IN (0, 1));
ALTER TABLE bill ADD COLUMN opening_id INTEGER REFERENCES opening_batch (id);
CREATE INDEX bill_opening ON bill (opening_id) WHERE opening_id IS NOT NULL;
CREATE TRIGGER bill_opening_fixed BEFORE UPDATE OF opening_id ON bill
BEGIN SELECT RAISE(ABORT, 'a bill is never rewritten'); END;
DROP TRIGGER bill_no_delete;
CREATE TRIGGER bill_no_delete BEFORE DELETE ON bill
WHEN OLD.opening_id IS NULL OR OLD.paid <> 0 OR OLD.reduced <> 0
     OR NOT EXISTS (SELECT 1 FROM opening_undo WHERE batch_id = OLD.opening_id)
BEGIN SELECT RAISE(ABORT, 'bills are never deleted'); END;
""" + append_only("opening_batch", "opening_undo", "opening_payment")

# The credit entries gain the kind 'opening' and the batch it came from: a CHECK is changed by
# copying the table (docs: sqlite.org/lang_altertable.html, "other kinds of table schema
# changes"); its index and triggers are made again. Not in SCRIPTS: the copy is not a table.
_CREDIT_ENTRY_V12 = """
CREATE TABLE credit_entry_v12 (
    id          INTEGER PRIMARY KEY,
    unit_id     INTEGER NOT NULL REFERENCES unit (id),
    amount      INTEGER NOT NULL CHECK (amount <> 0),
    kind        TEXT NOT NULL
                CHECK (kind IN ('excess', 'applied', 'void', 'unapplied', 'opening')),
    payment_id  INTEGER REFERENCES payment (id),
    bill_id     INTEGER REFERENCES bill (id),
    on_date     TEXT NOT NULL CHECK (date(on_date) = on_date),
    created_at  TEXT NOT NULL,
    opening_id  INTEGER REFERENCES opening_batch (id),
    CHECK ((kind = 'opening') = (opening_id IS NOT NULL))
) STRICT;
INSERT INTO credit_entry_v12 (id, unit_id, amount, kind, payment_id, bill_id, on_date,
                              created_at)
    SELECT id, unit_id, amount, kind, payment_id, bill_id, on_date, created_at FROM credit_entry;
DROP TABLE credit_entry;
ALTER TABLE credit_entry_v12 RENAME TO credit_entry;
CREATE INDEX credit_entry_unit ON credit_entry (unit_id);
CREATE TRIGGER credit_entry_moves AFTER INSERT ON credit_entry
BEGIN
    INSERT OR IGNORE INTO credit (unit_id, balance) VALUES (NEW.unit_id, 0);
    UPDATE credit SET balance = balance + NEW.amount WHERE unit_id = NEW.unit_id;
END;
""" + append_only("credit_entry")


def _step_12(database: SqliteDatabase) -> None:
    _sql_step(V12)(database)
    _sql_step(_CREDIT_ENTRY_V12)(database)


# Schema 13: the numbers that must run without a gap (receipts, complaints) come from a counter
# row each, incremented in the transaction that uses the number: on a server with several desks
# the row's lock makes the second desk wait for the first's commit (issue 19.3); a rolled-back
# transaction takes its increment back with it, so no number is lost.
V13 = """
CREATE TABLE counter (
    name  TEXT NOT NULL,
    year  INTEGER NOT NULL,
    last  INTEGER NOT NULL CHECK (last >= 0),
    PRIMARY KEY (name, year)
) STRICT, WITHOUT ROWID;
INSERT INTO counter (name, year, last) SELECT 'receipt', year, max(seq) FROM payment GROUP BY year;
INSERT INTO counter (name, year, last)
    SELECT 'complaint', year, max(seq) FROM complaint GROUP BY year;
"""


# Schema 14: 满意度调查 — a survey (its items in order, its scale, whom it asks), the households
# asked with their form's fate (answered, or not returned), one answer per item and household,
# and the improvement plan for an item that scored below the office's standard.
V14 = """
CREATE TABLE survey (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    first_day   TEXT NOT NULL CHECK (date(first_day) = first_day),
    last_day    TEXT NOT NULL CHECK (date(last_day) = last_day AND last_day >= first_day),
    scale       INTEGER NOT NULL CHECK (scale IN (3, 5)),
    items       TEXT NOT NULL CHECK (length(items) > 0),
    audience    TEXT NOT NULL CHECK (audience IN ('all', 'buildings', 'complaints')),
    buildings   TEXT NOT NULL DEFAULT '',
    sample      INTEGER NOT NULL DEFAULT 100 CHECK (sample BETWEEN 1 AND 100),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE survey_household (
    survey_id    INTEGER NOT NULL REFERENCES survey (id),
    unit_id      INTEGER NOT NULL REFERENCES unit (id),
    status       TEXT NOT NULL DEFAULT 'asked'
                 CHECK (status IN ('asked', 'answered', 'no_response')),
    comment      TEXT NOT NULL DEFAULT '',
    entered_at   TEXT,
    entered_by   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (survey_id, unit_id)
) STRICT;
CREATE INDEX survey_household_unit ON survey_household (unit_id);
CREATE TABLE survey_answer (
    survey_id  INTEGER NOT NULL,
    unit_id    INTEGER NOT NULL,
    item       TEXT NOT NULL,
    score      INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    PRIMARY KEY (survey_id, unit_id, item),
    FOREIGN KEY (survey_id, unit_id) REFERENCES survey_household (survey_id, unit_id)
) STRICT;
CREATE TABLE improvement_plan (
    id          INTEGER PRIMARY KEY,
    survey_id   INTEGER NOT NULL REFERENCES survey (id),
    item        TEXT NOT NULL,
    measure     TEXT NOT NULL CHECK (length(trim(measure)) > 0),
    owner       TEXT NOT NULL DEFAULT '',
    due         TEXT NOT NULL CHECK (date(due) = due),
    done_on     TEXT CHECK (done_on IS NULL OR date(done_on) = done_on),
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX improvement_plan_open ON improvement_plan (due) WHERE done_on IS NULL;
"""


# Schema 15: the office's outside contacts and its incidents. An organisation (居委会, a utility,
# a supplier with its contract), its people, and the log of each contact (append-only, with
# files; the household whose collection case it followed up). An incident or planned outage
# (停水、电梯故障…) with the buildings and stairwells it affects, its timeline (append-only:
# reports, updates, the households called, closing with its 情况说明); a complaint may name the
# supplier it was sent to and the incident it came from.
V15 = """
CREATE TABLE organisation (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind            TEXT NOT NULL CHECK (kind IN ('government', 'utility', 'supplier',
                                                  'committee', 'media', 'other')),
    duties          TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    contract_start  TEXT CHECK (contract_start IS NULL OR date(contract_start) = contract_start),
    contract_end    TEXT CHECK (contract_end IS NULL OR (date(contract_end) = contract_end
                                AND (contract_start IS NULL OR contract_end >= contract_start))),
    note            TEXT NOT NULL DEFAULT '',
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
CREATE TABLE org_person (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisation (id),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role        TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX org_person_org ON org_person (org_id);
CREATE TABLE contact_log (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisation (id),
    on_date     TEXT NOT NULL CHECK (date(on_date) = on_date),
    channel     TEXT NOT NULL CHECK (channel IN ('phone', 'visit', 'meeting', 'letter',
                                                 'wechat', 'email')),
    person      TEXT NOT NULL DEFAULT '',
    done_by     TEXT NOT NULL,
    summary     TEXT NOT NULL CHECK (length(trim(summary)) > 0),
    next_step   TEXT NOT NULL DEFAULT '',
    next_date   TEXT CHECK (next_date IS NULL OR date(next_date) = next_date),
    unit_id     INTEGER REFERENCES unit (id),
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX contact_log_org ON contact_log (org_id, on_date);
CREATE INDEX contact_log_unit ON contact_log (unit_id) WHERE unit_id IS NOT NULL;
CREATE TABLE contact_file (
    id        INTEGER PRIMARY KEY,
    log_id    INTEGER NOT NULL REFERENCES contact_log (id),
    name      TEXT NOT NULL,
    data      BLOB NOT NULL,
    added_at  TEXT NOT NULL,
    added_by  TEXT NOT NULL
) STRICT;
CREATE INDEX contact_file_log ON contact_file (log_id);
CREATE TABLE incident (
    id          INTEGER PRIMARY KEY,
    number      TEXT NOT NULL UNIQUE,
    year        INTEGER NOT NULL,
    seq         INTEGER NOT NULL CHECK (seq > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('water', 'power', 'gas', 'lift', 'pipe',
                                              'safety', 'other')),
    planned     INTEGER NOT NULL CHECK (planned IN (0, 1)),
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    starts_at   TEXT NOT NULL,
    ends_at     TEXT CHECK (ends_at IS NULL OR ends_at >= starts_at),
    cause       TEXT NOT NULL DEFAULT '',
    advice      TEXT NOT NULL DEFAULT '',
    script      TEXT NOT NULL DEFAULT '',
    handler     TEXT NOT NULL DEFAULT '',
    org_id      INTEGER REFERENCES organisation (id),
    status      TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    ended_at    TEXT,
    happened    TEXT NOT NULL DEFAULT '',
    done        TEXT NOT NULL DEFAULT '',
    prevention  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (year, seq)
) STRICT;
CREATE INDEX incident_start ON incident (starts_at);
CREATE TABLE incident_area (
    incident_id  INTEGER NOT NULL REFERENCES incident (id),
    building_id  INTEGER NOT NULL REFERENCES building (id),
    stairwell    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (incident_id, building_id, stairwell)
) STRICT, WITHOUT ROWID;
CREATE INDEX incident_area_building ON incident_area (building_id);
CREATE TABLE incident_update (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incident (id),
    kind         TEXT NOT NULL CHECK (kind IN ('report', 'update', 'call', 'close', 'reopen')),
    at           TEXT NOT NULL,
    done_by      TEXT NOT NULL,
    text         TEXT NOT NULL DEFAULT '',
    unit_id      INTEGER REFERENCES unit (id)
) STRICT;
CREATE INDEX incident_update_incident ON incident_update (incident_id, id);
ALTER TABLE complaint ADD COLUMN supplier_id INTEGER REFERENCES organisation (id);
ALTER TABLE complaint ADD COLUMN incident_id INTEGER REFERENCES incident (id);
CREATE INDEX complaint_supplier ON complaint (supplier_id) WHERE supplier_id IS NOT NULL;
CREATE INDEX complaint_incident ON complaint (incident_id) WHERE incident_id IS NOT NULL;
""" + append_only("contact_log", "contact_file", "incident_update")


V16 = """
CREATE TABLE renovation (
    id             INTEGER PRIMARY KEY,
    number         TEXT NOT NULL UNIQUE,
    year           INTEGER NOT NULL,
    seq            INTEGER NOT NULL CHECK (seq > 0),
    unit_id        INTEGER NOT NULL REFERENCES unit (id),
    applicant      TEXT NOT NULL CHECK (length(trim(applicant)) > 0),
    phone          TEXT NOT NULL DEFAULT '',
    company        TEXT NOT NULL DEFAULT '',
    foreman        TEXT NOT NULL DEFAULT '',
    foreman_phone  TEXT NOT NULL DEFAULT '',
    scope          TEXT NOT NULL CHECK (length(trim(scope)) > 0),
    works          TEXT NOT NULL DEFAULT '',
    start_on       TEXT NOT NULL CHECK (date(start_on) = start_on),
    end_on         TEXT NOT NULL CHECK (date(end_on) = end_on AND end_on >= start_on),
    deposit_due    INTEGER NOT NULL CHECK (deposit_due >= 0),
    clearance_due  INTEGER NOT NULL CHECK (clearance_due >= 0),
    status         TEXT NOT NULL CHECK (status IN ('registered', 'approved', 'rejected',
                                                   'closed')),
    decided_by     TEXT NOT NULL DEFAULT '',
    decided_at     TEXT,
    decision_note  TEXT NOT NULL DEFAULT '',
    closed_on      TEXT CHECK (closed_on IS NULL OR date(closed_on) = closed_on),
    note           TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL DEFAULT '',
    updated_at     TEXT NOT NULL,
    UNIQUE (year, seq)
) STRICT;
CREATE INDEX renovation_unit ON renovation (unit_id);
CREATE INDEX renovation_status ON renovation (status, end_on);
CREATE TABLE renovation_worker (
    id             INTEGER PRIMARY KEY,
    renovation_id  INTEGER NOT NULL REFERENCES renovation (id),
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    id_masked      TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    trade          TEXT NOT NULL DEFAULT '',
    pass_no        TEXT NOT NULL UNIQUE,
    returned_on    TEXT CHECK (returned_on IS NULL OR date(returned_on) = returned_on),
    created_at     TEXT NOT NULL
) STRICT;
CREATE INDEX renovation_worker_renovation ON renovation_worker (renovation_id);
CREATE TABLE renovation_payment (
    payment_id     INTEGER PRIMARY KEY REFERENCES payment (id),
    renovation_id  INTEGER NOT NULL REFERENCES renovation (id),
    deposit        INTEGER NOT NULL CHECK (deposit >= 0),
    clearance      INTEGER NOT NULL CHECK (clearance >= 0),
    CHECK (deposit + clearance > 0)
) STRICT;
CREATE INDEX renovation_payment_renovation ON renovation_payment (renovation_id);
CREATE TABLE deposit_entry (
    id             INTEGER PRIMARY KEY,
    renovation_id  INTEGER NOT NULL REFERENCES renovation (id),
    kind           TEXT NOT NULL CHECK (kind IN ('taken', 'void', 'deduction', 'refund')),
    amount         INTEGER NOT NULL,
    payment_id     INTEGER REFERENCES payment (id),
    number         TEXT UNIQUE,
    method         TEXT CHECK (method IS NULL OR method IN ('cash', 'wechat', 'alipay', 'bank',
                                                           'card')),
    reason         TEXT NOT NULL DEFAULT '',
    approved_by    TEXT NOT NULL DEFAULT '',
    on_date        TEXT NOT NULL CHECK (date(on_date) = on_date),
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    CHECK ((kind = 'taken' AND amount > 0 AND payment_id IS NOT NULL)
           OR (kind = 'void' AND amount < 0 AND payment_id IS NOT NULL)
           OR (kind = 'deduction' AND amount < 0 AND length(trim(reason)) > 0)
           OR (kind = 'refund' AND amount <= 0 AND number IS NOT NULL))
) STRICT;
CREATE INDEX deposit_entry_renovation ON deposit_entry (renovation_id);
CREATE INDEX deposit_entry_day ON deposit_entry (on_date);
CREATE TABLE clearance_booking (
    id             INTEGER PRIMARY KEY,
    renovation_id  INTEGER NOT NULL REFERENCES renovation (id),
    day            TEXT NOT NULL CHECK (date(day) = day),
    slot           TEXT NOT NULL,
    bags           INTEGER NOT NULL DEFAULT 0 CHECK (bags >= 0),
    status         TEXT NOT NULL CHECK (status IN ('booked', 'done', 'missed', 'cancelled')),
    note           TEXT NOT NULL DEFAULT '',
    booked_at      TEXT NOT NULL,
    booked_by      TEXT NOT NULL,
    done_at        TEXT,
    done_by        TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX clearance_booking_day ON clearance_booking (day, slot);
CREATE INDEX clearance_booking_renovation ON clearance_booking (renovation_id);
CREATE TABLE renovation_inspection (
    id             INTEGER PRIMARY KEY,
    renovation_id  INTEGER NOT NULL REFERENCES renovation (id),
    kind           TEXT NOT NULL CHECK (kind IN ('scheduled', 'spot', 'final')),
    due_on         TEXT NOT NULL CHECK (date(due_on) = due_on),
    done_on        TEXT CHECK (done_on IS NULL OR date(done_on) = done_on),
    inspector      TEXT NOT NULL DEFAULT '',
    findings       TEXT NOT NULL DEFAULT '',
    result         TEXT CHECK (result IS NULL OR result IN ('pass', 'fail')),
    created_at     TEXT NOT NULL
) STRICT;
CREATE INDEX renovation_inspection_renovation ON renovation_inspection (renovation_id);
CREATE INDEX renovation_inspection_due ON renovation_inspection (due_on) WHERE done_on IS NULL;
CREATE TABLE renovation_violation (
    id             INTEGER PRIMARY KEY,
    renovation_id  INTEGER NOT NULL REFERENCES renovation (id),
    inspection_id  INTEGER REFERENCES renovation_inspection (id),
    complaint_id   INTEGER REFERENCES complaint (id),
    kind           TEXT NOT NULL CHECK (kind IN ('hours', 'rubbish', 'structure', 'damage',
                                                 'other')),
    text           TEXT NOT NULL CHECK (length(trim(text)) > 0),
    found_on       TEXT NOT NULL CHECK (date(found_on) = found_on),
    deadline       TEXT NOT NULL CHECK (date(deadline) = deadline AND deadline >= found_on),
    status         TEXT NOT NULL CHECK (status IN ('open', 'fixed')),
    fixed_on       TEXT CHECK (fixed_on IS NULL OR date(fixed_on) = fixed_on),
    fixed_note     TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL
) STRICT;
CREATE INDEX renovation_violation_renovation ON renovation_violation (renovation_id);
CREATE INDEX renovation_violation_complaint ON renovation_violation (complaint_id)
    WHERE complaint_id IS NOT NULL;
CREATE TABLE renovation_file (
    id             INTEGER PRIMARY KEY,
    renovation_id  INTEGER NOT NULL REFERENCES renovation (id),
    inspection_id  INTEGER REFERENCES renovation_inspection (id),
    entry_id       INTEGER REFERENCES deposit_entry (id),
    name           TEXT NOT NULL,
    data           BLOB NOT NULL,
    added_at       TEXT NOT NULL,
    added_by       TEXT NOT NULL
) STRICT;
CREATE INDEX renovation_file_renovation ON renovation_file (renovation_id);
""" + append_only("renovation_payment", "deposit_entry", "renovation_file")


def _sql_step(script: str) -> Callable[[SqliteDatabase], None]:
    def step(database: SqliteDatabase) -> None:
        cursor = database.cursor()
        for statement in _statements(script):
            cursor.execute(statement)

    return step


def _statements(script: str) -> list[str]:
    """Split a script into statements; trigger bodies keep their inner semicolons."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


MIGRATIONS: list[tuple[int, Callable[[SqliteDatabase], None]]] = [
    (1, _sql_step(V1)),
    (2, _sql_step(V2)),
    (3, _step_3),
    (4, _sql_step(V4)),
    (5, _sql_step(V5)),
    (6, _sql_step(V6)),
    (7, _sql_step(V7)),
    (8, _sql_step(V8)),
    (9, _step_9),
    (10, _sql_step(V10)),
    (11, _step_11),
    (12, _step_12),
    (13, _sql_step(V13)),
    (14, _sql_step(V14)),
    (15, _sql_step(V15)),
    (16, _sql_step(V16)),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]
# The same steps on a PostgreSQL server (the 网络版), whose schema starts at pg_schema.BASELINE:
# every later step has its statements here too, in the server's dialect.
SERVER_STEPS: dict[int, str] = pg_schema.server_steps()
SCRIPTS = {1: V1, 2: V2, 3: V3, 4: V4, 5: V5, 6: V6, 7: V7, 8: V8, 9: V9, 10: V10, 11: V11,
           12: V12, 13: V13, 14: V14, 15: V15, 16: V16}


def tables_of(version: int) -> set[str]:
    """The tables every pmdesk database of schema `version` has (no step drops a table)."""
    return _created("TABLE", version)


def triggers_of(version: int) -> set[str]:
    """The triggers every pmdesk database of schema `version` has: they keep receipts, bills
    and the audit trail append-only (a step that drops one creates it again)."""
    return _created("TRIGGER", version)


def _created(kind: str, version: int) -> set[str]:
    return {name for step, script in SCRIPTS.items() if step <= version
            for name in re.findall(rf"CREATE {kind} (\w+)", script)}


def refuse_newer(name: str, version: int) -> None:
    """A database a newer pmdesk has upgraded is never opened by this one (it would not know
    what the newer tables mean): the error says to install the newer program."""
    if version > SCHEMA_VERSION:
        raise DatabaseError("db.too_new", path=name, version=version, known=SCHEMA_VERSION,
                            program=pmdesk.__version__)


def migrate(database: SqliteDatabase) -> int:
    """Bring the connected `database` to SCHEMA_VERSION in one transaction.

    Returns the version it had before.
    """
    old = database.execute_sql("PRAGMA user_version").fetchone()[0]
    if old >= SCHEMA_VERSION:
        return old
    database.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        with database.atomic():
            for version, step in MIGRATIONS:
                if version > old:
                    step(database)
                    database.execute_sql(f"PRAGMA user_version = {version}")
            database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            broken = database.execute_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise DatabaseError("db.migration_failed", version=SCHEMA_VERSION,
                                    detail=f"{len(broken)} foreign key violations")
    finally:
        database.execute_sql("PRAGMA foreign_keys = ON")
    return old
