"""Every screen on the usual office monitor, 1366×768 (the window 1366×728 under the taskbar),
in Chinese and in English: no label or button narrower than its own text, no two widgets on
top of each other, no dialog larger than the screen, the 催缴 list without a horizontal
scroll bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QWidget,
)

from pmdesk.core.demo import generate
from pmdesk.core.money import reports
from pmdesk.core.safety import auth, session
from pmdesk.paths import resource
from pmdesk.ui.app import install_translators

WIDTH, HEIGHT = 1366, 728


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def problems(top: QWidget) -> list[str]:
    """What a clerk would see cut off or overlapping in `top` as it is shown now."""
    found = []
    shown = [w for w in top.findChildren(QWidget) if w.isVisibleTo(top) and w.isVisible()]
    for widget in shown:
        if any(isinstance(a, QAbstractScrollArea) for a in _ancestors(widget, top)):
            continue  # inside a table or a scrolled page: scrolling shows it
        hint = widget.sizeHint().width()
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() \
                and widget.width() + 2 < hint:
            found.append(f"label cut off ({widget.width()} < {hint}): {widget.text()[:40]}")
        if isinstance(widget, QAbstractButton) and widget.text() and widget.width() + 2 < hint:
            found.append(f"button cut off ({widget.width()} < {hint}): {widget.text()}")
    for parent in [top, *shown]:
        children = [c for c in parent.children() if isinstance(c, QWidget) and c in shown
                    and not c.isWindow()]
        for i, first in enumerate(children):
            for second in children[i + 1:]:
                overlap = first.geometry().intersected(second.geometry())
                if overlap.width() > 2 and overlap.height() > 2:
                    found.append(f"overlap: {_name(first)} and {_name(second)}")
    return found


def _ancestors(widget: QWidget, top: QWidget):
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        yield parent
        parent = parent.parentWidget()


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__}({text[:20] if isinstance(text, str) else ''})"


@pytest.fixture(params=["zh_CN", "en"])
def office(request, qapp, db_path, make_window):
    # measured in a Chinese font on every machine (a bare CI box has none): the one the
    # program ships for its receipts, as the application's font for this test
    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(
        str(resource("fonts", "wqy-microhei.ttc"))))[0]
    before = qapp.font()
    qapp.setFont(QFont(family, 10))
    translators = install_translators(qapp, request.param) if request.param != "zh_CN" else []
    generate(households=300, years=2, seed=7)
    session.act_as(next(a for a in auth.accounts() if a.role == "manager"))
    window = make_window()
    window.resize(WIDTH, HEIGHT)
    window.show()
    settle()
    yield window
    for translator in translators:
        qapp.removeTranslator(translator)
    qapp.setFont(before)


def test_every_tab_fits_the_office_monitor(office, qtbot):
    window = office
    owing = max(reports.arrears().rows, key=lambda r: r.months)
    seen = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
        seen[window.tabs.tabText(index)] = problems(window)
    fees = window.fees_tab
    window.collect_from(owing.unit_id)
    settle()
    for page in range(fees.pages.count()):
        fees.pages.setCurrentIndex(page)
        qtbot.wait(300)  # the reports read in the background
        settle()
        seen[fees.pages.tabText(page)] = problems(window)
    fees.collecting.select_unit(owing.unit_id)
    settle()
    assert not fees.collecting.table.horizontalScrollBar().isVisible()
    assert {page: found for page, found in seen.items() if found} == {}


def test_the_clerks_dialogs_fit_the_office_monitor(office, qtbot):
    from pmdesk.core.service import complaints, incidents, relations, renovations, surveys
    from pmdesk.ui.access import SignInDialog
    from pmdesk.ui.dialogs.audit_log import AuditLogDialog
    from pmdesk.ui.dialogs.collecting import ActionDialog, CaseDialog
    from pmdesk.ui.dialogs.complaints import IntakeDialog, StepDialog
    from pmdesk.ui.dialogs.events import EventDialog, ParticipationDialog
    from pmdesk.ui.dialogs.first_day import FirstDayDialog
    from pmdesk.ui.dialogs.household import AddHouseholdDialog, HouseholdCard
    from pmdesk.ui.dialogs.incidents import CloseDialog, IncidentDialog, UpdateDialog
    from pmdesk.ui.dialogs.office_profile import OfficeProfileDialog
    from pmdesk.ui.dialogs.opening_batches import OpeningBatchesDialog
    from pmdesk.ui.dialogs.opening_wizard import OpeningWizard
    from pmdesk.ui.dialogs.relations import ContactDialog, OrgDialog, PersonDialog
    from pmdesk.ui.dialogs.renovations import (
        BookingDialog,
        DecisionDialog,
        InspectionDialog,
        PaymentDialog,
        RefundDialog,
        RenovationDialog,
        RulesDialog,
        ViolationDialog,
        WorkerDialog,
    )
    from pmdesk.ui.dialogs.surveys import EntryDialog, NewSurveyDialog, PlanDialog
    from pmdesk.ui.dialogs.welcome import WelcomeDialog

    window = office
    columns = OpeningWizard("arrears", window)
    columns.go(1)  # the longest page: every column of a payment history
    owing = max(reports.arrears().rows, key=lambda r: r.months)
    dialogs = [WelcomeDialog(window), OfficeProfileDialog(window),
               SignInDialog("请登录物业前台。", window),
               FirstDayDialog({"register": [("导入名册…", lambda: None), ("添加住户…", None)],
                               "opening": [("导入欠费…", None), ("导入预存…", None),
                                           ("没有期初余额", None)]}, window),
               columns, OpeningBatchesDialog(window),
               AddHouseholdDialog(window), IntakeDialog(window, unit_code=owing.room),
               ActionDialog(owing.unit_id, parent=window), CaseDialog(owing.unit_id, window),
               EventDialog(parent=window), ParticipationDialog(window), AuditLogDialog(window),
               HouseholdCard(owing.unit_id, window), NewSurveyDialog(window)]
    latest = surveys.surveys()[0]  # the demo's
    dialogs += [EntryDialog(latest, window), PlanDialog(latest, "repair", window)]
    stuck = next(i for i in incidents.incidents() if i.kind == "lift")  # the demo's
    lift = next(o for o in relations.suppliers() if "电梯" in o.name)
    dialogs += [IncidentDialog(window), UpdateDialog(stuck, window), CloseDialog(stuck, window),
                OrgDialog(relations.organisation(lift.id), window), PersonDialog(lift.id),
                ContactDialog(lift.id, unit_id=owing.unit_id, parent=window),
                StepDialog(complaints.queue()[0], "assign", window)]
    works = renovations.renovations(stage="working")[0]  # the demo's
    waiting = renovations.renovations(stage="registered")[0]
    dialogs += [RenovationDialog(works, parent=window), RenovationDialog(parent=window),
                WorkerDialog(works, window), DecisionDialog(waiting, window),
                PaymentDialog(waiting, window), BookingDialog(works, window),
                InspectionDialog(works, window), ViolationDialog(works, parent=window),
                RefundDialog(renovations.renovations(stage="refund")[0], window),
                RulesDialog(window)]
    seen = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        settle()
        frame = dialog.frameGeometry()
        found = problems(dialog)
        if frame.width() > WIDTH or frame.height() > HEIGHT:
            found.append(f"larger than the screen: {frame.width()}×{frame.height()}")
        seen[type(dialog).__name__] = found
        dialog.close()
    assert {name: found for name, found in seen.items() if found} == {}


def test_the_check_sees_what_is_cut_off_and_what_overlaps(qtbot):
    from PySide6.QtWidgets import QPushButton

    page = QWidget()
    qtbot.addWidget(page)
    page.resize(400, 200)
    narrow = QPushButton("批量催缴通知书…", page)
    narrow.setGeometry(0, 0, 30, 30)
    first, second = QLabel("欠费", page), QLabel("预存", page)
    first.setGeometry(100, 100, 80, 30)
    second.setGeometry(120, 110, 80, 30)
    page.show()
    settle()
    found = problems(page)
    assert any(f.startswith("button cut off") for f in found)
    assert any(f.startswith("overlap") for f in found)
