"""Data safety and access in the window: signing in, the screen lock, a manager's approval for
a clerk, restoring a backup, 检查数据库, the audit log, accounts, a busy database."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from pmdesk.core import clock
from pmdesk.core.money import fees, payments
from pmdesk.core.safety import audit, auth, backup, chain, session
from pmdesk.core.safety.db import db
from pmdesk.core.settings import get_office_profile, save_office_profile
from pmdesk.ui import access
from pmdesk.ui.access import SignInDialog
from tests.core.test_fees import _unit


def fill_sign_in(name: str, password: str):
    """SignInDialog.exec as if someone typed `name` and `password` and pressed OK."""
    def run(dialog: SignInDialog) -> int:
        dialog.name.setCurrentText(name)
        dialog.password.setText(password)
        dialog.check()
        return int(dialog.result())
    return run


def test_a_new_database_asks_for_the_first_manager_account(window, monkeypatch):
    session.act_as(None)

    def create(dialog) -> int:
        dialog.name.setText("王经理")
        dialog.password.setText("manager-pw")
        dialog.again.setText("manager-pw")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(access.FirstAccountDialog, "exec", create)
    monkeypatch.setattr(window.keeper, "start", lambda: None)
    window.sign_in_at_start()
    assert session.current().name == "王经理" and session.current().is_manager
    assert window.stack.currentIndex() == 0 and "王经理（主管）" in window.user_label.text()


def test_sign_in_at_start_and_the_screen_lock(staff, window, monkeypatch, qtbot):
    monkeypatch.setattr(window.keeper, "start", lambda: None)
    wrong = []

    def typed_wrong_then_right(dialog: SignInDialog) -> int:
        fill_sign_in("李小梅", "wrong")(dialog)
        wrong.append(dialog.error.text())
        return fill_sign_in("李小梅", "clerk-pw1")(dialog)

    monkeypatch.setattr(SignInDialog, "exec", typed_wrong_then_right)
    window.sign_in_at_start()
    assert wrong == ["账号或密码不正确。"]
    assert session.current().name == "李小梅" and window.stack.currentIndex() == 0
    assert "李小梅（前台）" in window.user_label.text()
    monkeypatch.setattr(SignInDialog, "exec", lambda dialog: 0)  # nobody at the desk
    window.lock()
    assert window.stack.currentIndex() == 1 and not window.menuBar().isEnabled()
    assert not window.pay_action.isEnabled()
    monkeypatch.setattr(SignInDialog, "exec", fill_sign_in("王经理", "manager-pw"))
    window.lock(switch=True)  # another person takes over the desk
    assert session.current().name == "王经理" and window.stack.currentIndex() == 0
    actions = [e.action for e in audit.entries(limit=4)]
    assert actions[:2] == ["auth.sign_in", "auth.sign_out"]
    offered = []  # the next sign-in on this PC offers whoever signed in last
    monkeypatch.setattr(SignInDialog, "exec",
                        lambda dialog: offered.append(dialog.name.currentText()) or 0)
    window.lock(switch=True)
    assert offered == ["王经理"]


def test_the_screen_locks_after_the_idle_time(staff, window, monkeypatch, qtbot):
    from pmdesk.core.settings import SafetySettings, save_safety_settings

    session.act_as(staff[0])
    save_safety_settings(SafetySettings(lock_minutes=1))
    monkeypatch.setattr(window.keeper, "start", lambda: None)
    window.sign_in_at_start()
    assert window.idle.timer.isActive() and window.idle.timer.interval() == 60_000
    monkeypatch.setattr(SignInDialog, "exec", lambda dialog: 0)
    window.idle.timer.setInterval(50)
    window.idle.timer.start()
    qtbot.waitUntil(lambda: window.stack.currentIndex() == 1, timeout=3000)


@pytest.fixture
def paid(staff):
    session.act_as(staff[0])
    unit_id = _unit("3-2-501", 8950)
    fees.add_fee_item(name="物业服务费", basis="area", rate="2.35")
    fees.run_billing("2026-01")
    result = payments.pay(unit_id=unit_id, amount=21033)
    session.act_as(staff[1])
    return unit_id, result.receipt_no


def test_a_clerk_voids_a_receipt_with_a_managers_password(paid, window, monkeypatch,
                                                          message_boxes):
    from pmdesk.ui.receipts import void_receipt

    _, receipt_no = paid
    said: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda parent, title, text, *a, **k: said.append(text) or ("收错户", True))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a, **k: said.append(text)
                        or QMessageBox.StandardButton.Yes)
    asked = []

    def manager_types(dialog: SignInDialog) -> int:
        asked.append(dialog.windowTitle())
        assert [dialog.name.itemText(i) for i in range(dialog.name.count())] == ["王经理"]
        return fill_sign_in("王经理", "manager-pw")(dialog)

    monkeypatch.setattr(SignInDialog, "exec", manager_types)
    assert void_receipt(window, receipt_no)
    which = f"收据 {receipt_no}（3-2-501 张伟，¥210.33，{clock.today().isoformat()}）"
    assert all(which in text for text in said), said  # the one meant, named at each step
    assert asked == ["主管授权"]
    assert db.execute_sql("SELECT voided_by, approved_by FROM payment_void").fetchone() == (
        "李小梅", "王经理")


def test_without_the_managers_approval_nothing_is_voided(paid, window, monkeypatch,
                                                         message_boxes):
    from pmdesk.ui.receipts import void_receipt

    _, receipt_no = paid
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("收错户", True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(SignInDialog, "exec", lambda dialog: 0)
    assert not void_receipt(window, receipt_no)
    assert "需要主管权限" in message_boxes[0][2]
    assert db.execute_sql("SELECT count(*) FROM payment_void").fetchone()[0] == 0


def test_a_manager_reveals_an_id_number_with_the_password_and_it_is_logged(paid, window,
                                                                           monkeypatch):
    from pmdesk.core.register import residents
    from pmdesk.ui.dialogs.household import PersonDialog

    unit_id, _ = paid
    person = db.execute_sql("SELECT person_id FROM occupancy WHERE unit_id = ?",
                            (unit_id,)).fetchone()[0]
    session.act_as(auth.verify("王经理", "manager-pw"))
    residents.update_person(person_id=person, name="张伟", id_number="110101199003071233")
    occupant = residents.household(unit_id).occupants[0]
    dialog = PersonDialog(occupant, window)
    assert dialog.id_number.placeholderText() == "110101********1233"
    monkeypatch.setattr(SignInDialog, "exec", fill_sign_in("王经理", "manager-pw"))
    dialog.reveal()
    assert dialog.id_number.placeholderText() == "110101199003071233"
    entry = audit.entries(action_prefix="person.reveal_id")[0]
    assert entry.actor == "王经理" and entry.detail["name"] == "张伟"


def test_restore_dialog_lists_backups_and_restores_one(staff, window, qtbot, db_path,
                                                       monkeypatch, message_boxes):
    from pmdesk.ui.dialogs.restore import RestoreDialog

    session.act_as(staff[0])
    save_office_profile(estate_name="翠湖苑")
    good = backup.backup_to(db_path, label="auto")
    clock.pin(clock.now() + timedelta(minutes=1))
    damaged = backup.backup_to(db_path, label="auto")
    damaged.write_bytes(b"garbage" * 2000)
    save_office_profile(estate_name="改过的名字")
    dialog = RestoreDialog(db_path, window)
    qtbot.addWidget(dialog)
    rows = [[dialog.model.index(r, c).data() for c in range(7)] for r in range(2)]
    assert rows[0][6] == "已损坏，不能使用" and rows[1][6] == "可用" and rows[1][1] == "自动"
    assert dialog.selected().path == good and dialog.restore_button.isEnabled()
    dialog.view.selectRow(0)
    assert not dialog.restore_button.isEnabled()
    dialog.view.selectRow(1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.restore_selected()
    qtbot.waitUntil(lambda: dialog.aside is not None, timeout=10_000)
    assert get_office_profile().estate_name == "翠湖苑"
    assert dialog.aside.name.startswith("before-restore-") and dialog.aside.exists()
    assert audit.entries(limit=1)[0].action == "backup.restore"


def test_a_clerk_cannot_restore_without_a_manager(staff, window, qtbot, db_path, monkeypatch,
                                                  message_boxes):
    from pmdesk.ui.dialogs.restore import RestoreDialog

    backup.backup_to(db_path, label="auto")
    session.act_as(staff[1])
    dialog = RestoreDialog(db_path, window)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(SignInDialog, "exec", lambda d: 0)
    assert dialog.restore_selected() is None
    assert "需要主管权限" in message_boxes[0][2]
    assert not list((db_path.parent / "backups").glob("before-restore-*"))


def test_check_database_reports_each_part_and_a_tampered_chain(paid, window, qtbot, db_path):
    from pmdesk.ui.dialogs.checkup import CheckDialog

    dialog = CheckDialog(db_path, window)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert dialog.report.ok and dialog.lines.text().count("✓") == 4
    assert "数据库完好" in dialog.summary.text() and "before-check" in dialog.summary.text()
    db.execute_sql("DROP TRIGGER audit_log_no_update")
    db.execute_sql("UPDATE audit_log SET detail = '{}' WHERE action = 'payment.create'")
    dialog.report = None
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert "✗ 操作日志链" in dialog.lines.text() and not dialog.details.isHidden()
    assert "changed after it was written" in dialog.details.toPlainText()


def test_the_audit_log_filters_and_shows_the_chain(paid, window, qtbot):
    from pmdesk.ui.dialogs.audit_log import AuditLogDialog

    dialog = AuditLogDialog(window)
    qtbot.addWidget(dialog)
    everything = dialog.model.rowCount()
    assert everything >= 5 and "日志链校验通过" in dialog.chain.text()
    dialog.kind.setCurrentIndex(1)  # 收款与作废
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 3).data() == "收款" and dialog.model.index(0, 1).data() == \
        "王经理"
    details = dialog.model.index(0, 4).data()  # money in yuan, not the fen the trail keeps
    assert "金额 ¥210.33" in details and "房号 3-2-501" in details and "方式 现金" in details
    dialog.kind.setCurrentIndex(0)
    dialog.text.setText("李小梅")
    assert 0 < dialog.model.rowCount() < everything
    code = chain.check_code(audit.day_hash(clock.stamp()[:10])[1])
    assert code in dialog.chain.text()


def test_accounts_are_added_and_demoted_through_the_dialog(staff, window, qtbot, monkeypatch,
                                                           message_boxes):
    from pmdesk.ui.dialogs.accounts import AccountsDialog, PasswordDialog

    session.act_as(staff[0])
    dialog = AccountsDialog(window)
    qtbot.addWidget(dialog)

    def type_new(d: PasswordDialog) -> int:
        d.name.setText("赵前台")
        d.password.setText("zhao-pw-1")
        d.again.setText("zhao-pw-1")
        d.save()
        return int(d.result())

    monkeypatch.setattr(PasswordDialog, "exec", type_new)
    dialog.add()
    assert {a.name for a in auth.accounts()} == {"王经理", "李小梅", "赵前台"}
    names = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
    dialog.view.selectRow(names.index("王经理"))
    dialog.toggle_role()  # the only manager cannot become a clerk
    assert "至少要保留一个在用的主管账号" in message_boxes[-1][2]


def test_a_payment_waits_for_a_busy_database_without_freezing(paid, window, qtbot, db_path,
                                                              lock_holder):
    """Catalogue S13 in the window: the write waits in a worker, the event loop keeps running,
    then the payment goes through once the other program lets go."""
    from PySide6.QtCore import QTimer

    from pmdesk.ui.tasks import write_when_free

    unit_id, _ = paid
    holder = lock_holder(db_path, 1.5)
    beats: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: beats.append(time.perf_counter()))
    timer.start(20)
    results, errors = [], []
    write_when_free(window, lambda: payments.pay(unit_id=unit_id, amount=100),
                    on_done=results.append, on_error=errors.append, label="")
    qtbot.waitUntil(lambda: bool(results or errors), timeout=10_000)
    timer.stop()
    holder.wait()
    assert results and not errors
    gaps = [b - a for a, b in zip(beats, beats[1:], strict=False)]
    assert len(beats) > 20 and max(gaps) < 0.5  # the window kept painting while it waited


def test_a_database_still_busy_says_so(paid, window, qtbot, db_path, lock_holder):
    from pmdesk.error_messages import describe
    from pmdesk.ui.tasks import write_when_free

    unit_id, _ = paid
    lock_holder(db_path, 8)
    errors = []
    write_when_free(window, lambda: payments.pay(unit_id=unit_id, amount=100),
                    on_done=lambda r: None, on_error=errors.append, label="")
    qtbot.waitUntil(lambda: bool(errors), timeout=15_000)
    assert describe(errors[0]) == "数据库正忙，请稍后重试。"


def test_closing_the_window_backs_up_first_and_signs_out(staff, window, qtbot, db_path,
                                                         monkeypatch):
    monkeypatch.setattr(SignInDialog, "exec", fill_sign_in("李小梅", "clerk-pw1"))
    monkeypatch.setattr(window.keeper, "start", lambda: None)
    window.show()
    window.sign_in_at_start()
    window.close()
    assert window.isVisible()  # waits for the backup
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert list((db_path.parent / "backups").glob("auto-*.db"))
    assert session.current() is None
    assert audit.entries(limit=1)[0].action == "auth.sign_out"


def test_an_import_is_preceded_by_a_backup(window, qtbot, db_path, monkeypatch):
    from pmdesk.ui.dialogs.import_wizard import ImportWizard

    opened = []
    monkeypatch.setattr(ImportWizard, "exec", lambda self: opened.append(
        list((db_path.parent / "backups").glob("before-import-*.db"))) or 0)
    window.import_roster()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened[0], "the wizard opened before the backup was there"


def test_receipts_the_database_lost_are_named_at_start(paid, window, qtbot, db_path,
                                                       message_boxes):
    """Catalogue S3 in the window: the journal holds a receipt the file does not."""
    from pmdesk.core.safety import journal

    journal.append(db_path, kind="payment", receipt_no="2026-000999", room="3-2-501",
                   amount=100, method="cash", clerk="李小梅")
    window.verify_database()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=10_000)
    kind, title, text = message_boxes[0]
    assert kind == "warning" and title == "收款记录可能丢失" and "2026-000999" in text


def test_a_healthy_start_says_nothing(paid, window, qtbot, message_boxes):
    task = window.verify_database()
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert message_boxes == []


def test_a_receipt_paid_but_never_printed_is_offered_after_sign_in(paid, window, monkeypatch,
                                                                   previews, message_boxes):
    """Catalogue S2: killed between the commit and the print; the next sign-in offers it."""
    unit_id, first = paid  # the fixture's payment was never printed either
    session.act_as(auth.verify("王经理", "manager-pw"))
    save_office_profile(estate_name="翠湖苑")
    session.act_as(auth.verify("李小梅", "clerk-pw1"))
    taken = payments.pay(unit_id=unit_id, amount=500)  # the window died before printing
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(
        text) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(window.keeper, "start", lambda: None)
    window.sign_in_at_start()
    assert f"{first}、{taken.receipt_no}" in asked[0]
    assert [title for title, _ in previews] == [f"收据 {first}", f"收据 {taken.receipt_no}"]
    assert message_boxes == []
    assert payments.unprinted_receipts() == []  # printed now, kept in the archive


def test_a_form_saved_while_the_database_is_busy_keeps_what_was_typed(staff, window, qtbot,
                                                                      db_path, lock_holder):
    from pmdesk.ui.dialogs.accounts import SafetySettingsDialog

    session.act_as(staff[0])  # the window's connection gives up after GUI_BUSY_TIMEOUT_MS
    dialog = SafetySettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.boxes["lock_minutes"].setValue(15)
    holder = lock_holder(db_path, 5)
    dialog.save()
    assert dialog.error.text() == "数据库正忙，请稍后重试。"
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.boxes["lock_minutes"].value() == 15
    holder.kill()
    holder.wait()
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
