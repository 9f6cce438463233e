"""Fees on a big estate, in one process (offscreen): the billing run, the arrears report, the
collection rates, a payment with its receipt through the cash desk, 1,000 payment notices.

Usage: python fees_gui.py DB RUNS. Prints one `name seconds` line per measurement. Each run
bills a new month (the month after the last one billed), so the database grows by one month
per run, as it does in real use.
"""

import os
import sys
import time
from pathlib import Path

from pmdesk.core import clock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from pmdesk.core.money import fees, payments, reports  # noqa: E402  # noqa: E402
from pmdesk.core.money.amounts import add_months, period_of
from pmdesk.core.safety.db import db  # noqa: E402
from pmdesk.core.safety.opening import open_db
from pmdesk.core.settings import get_office_profile  # noqa: E402
from pmdesk.documents.fees import render_payment_notices  # noqa: E402


def timed(name: str, fn) -> object:
    started = time.perf_counter()
    result = fn()
    print(f"{name} {time.perf_counter() - started:.4f}", flush=True)
    return result


def main() -> None:
    app = QApplication([])
    open_db(Path(sys.argv[1]), check=False)
    runs = int(sys.argv[2])
    from pmdesk.ui.dialogs.preview import PreviewDialog
    from pmdesk.ui.tabs.cash_desk import CashDesk
    from pmdesk.ui.tabs.fees import FeesTab

    PreviewDialog.exec = lambda self: 0  # the receipt is on screen; the clerk's click is not timed
    CashDesk._confirm = lambda self, *args: True
    tab = FeesTab()
    tab.resize(1000, 600)
    tab.show()
    tab.ensure_loaded()  # as when the clerk opens the 收费 tab: the warm-up starts
    until = time.perf_counter() + 2  # the clerk finds the payer meanwhile
    while time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.01)
    desk = tab.desk
    owing = [row.unit_id for row in reports.arrears().rows]
    office = get_office_profile()
    counts = db.execute_sql("SELECT (SELECT count(*) FROM bill), (SELECT count(*) FROM payment),"
                            " (SELECT count(*) FROM unit)").fetchone()
    print(f"size-bills {counts[0]}\nsize-payments {counts[1]}\nsize-households {counts[2]}")
    last = db.execute_sql("SELECT max(period) FROM bill").fetchone()[0]
    this_month = period_of(clock.today())
    for run in range(runs):
        month = add_months(last, run + 1)
        timed("billing-one-month", lambda m=month: fees.run_billing(m))
        timed("arrears-report", reports.arrears)
        timed("collection-12-months", lambda: reports.collection_table(
            add_months(this_month, -11), this_month))
        unit_id = owing[run * 7 % len(owing)]
        timed("cash-desk-household", lambda u=unit_id: (desk.load(u), app.processEvents()))
        for text in ("1", "12", "120", "1200"):  # each keystroke checked as it is typed
            timed("cash-desk-keystroke", lambda t=text: (desk.amount.setText(t),
                                                         app.processEvents()))
        desk.load(unit_id)
        app.processEvents()
        timed("payment-with-receipt", desk.collect)
        statements = timed("notices-read", lambda m=month: fees.month_statements(m)[:1000])
        timed("notices-1000-pdf", lambda s=statements: render_payment_notices(s, office))
    timed("money-check", payments.money_problems)


if __name__ == "__main__":
    main()
