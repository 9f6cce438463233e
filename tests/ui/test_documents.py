"""The 文书 menu as a clerk uses it: write, check, preview, print, save, find again."""

import re
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QFileDialog

from pmdesk.core.archive import list_documents, record_document
from pmdesk.core.settings import save_office_profile
from pmdesk.documents import fonts
from pmdesk.ui.dialogs.archive import ArchiveDialog
from pmdesk.ui.dialogs.letter_editor import LetterEditor
from pmdesk.ui.dialogs.preview import PreviewDialog

pytestmark = pytest.mark.both_engines


@pytest.fixture
def previews(monkeypatch):
    shown = []
    monkeypatch.setattr(PreviewDialog, "exec", lambda self: shown.append(self) or 0)
    return shown


@pytest.fixture
def office(db_path):
    save_office_profile(estate_name="翠湖苑", address="杭州市西湖区翠湖路88号",
                        phone="0571-88886666")


def pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "check.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_writing_a_notice(qtbot, office, previews, ime, tmp_path):
    editor = LetterEditor("notice")
    qtbot.addWidget(editor)
    assert editor.addressee.text() == "尊敬的各位业主、住户："
    ime(editor.title, "停水通知")
    ime(editor.body, "12月3日8:00至16:00停水，请提前储水。\n\n给您带来不便，敬请谅解。")
    editor.large_print.setChecked(True)
    click(qtbot, editor.generate_button)
    assert editor.result() == QDialog.DialogCode.Accepted
    [document] = list_documents()
    assert (document.kind, document.subject, document.id) == ("notice", "停水通知",
                                                              editor.number)
    [preview] = previews
    text = pdf_text(preview.data, tmp_path)
    assert "停水通知" in text and "翠湖苑物业服务中心" in text and "敬请谅解" in text
    assert preview.pages_label.text() == "共 1 页"


def test_a_notice_without_a_title_is_explained(qtbot, office, previews, ime):
    editor = LetterEditor("notice")
    qtbot.addWidget(editor)
    editor.show()
    ime(editor.body, "正文")
    click(qtbot, editor.generate_button)
    assert editor.error.isVisible() and editor.error.text() == "请填写标题。"
    assert "b00020" in editor.title.styleSheet()
    assert list_documents() == [] and previews == []


def test_unprintable_characters_are_refused_before_printing(qtbot, office, previews, ime,
                                                           monkeypatch, message_boxes):
    """Issue 16: a character no font has (an Extension B name character on a PC without
    SimSun-ExtB) is refused, named, before anything is rendered or archived."""
    monkeypatch.setattr(fonts, "_system_fallbacks", list)
    fonts.chain.cache_clear()
    editor = LetterEditor("notice")
    qtbot.addWidget(editor)
    ime(editor.title, "通知")
    ime(editor.body, "业主𠇔先生")
    try:
        click(qtbot, editor.generate_button)
    finally:
        fonts.chain.cache_clear()
    [(kind, _, text)] = message_boxes
    assert kind == "warning" and "𠇔" in text and "没有生成" in text
    assert list_documents() == [] and previews == []


def test_no_office_profile_no_document(qtbot, db_path, previews, ime, message_boxes):
    editor = LetterEditor("notice")
    qtbot.addWidget(editor)
    ime(editor.title, "通知")
    ime(editor.body, "正文")
    click(qtbot, editor.generate_button)
    assert message_boxes and "办公室信息" in message_boxes[0][2]
    assert list_documents() == []


def test_writing_a_certificate(qtbot, office, previews, ime, tmp_path):
    editor = LetterEditor("certificate")
    qtbot.addWidget(editor)
    assert editor.title.text() == "证明" and editor.body.toPlainText() == "兹证明"
    ime(editor.addressee, "中国人民财产保险股份有限公司杭州分公司：")
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    ime(editor.body, "王伟系本小区3栋2单元501室业主。")
    click(qtbot, editor.generate_button)
    [document] = list_documents()
    assert document.kind == "certificate"
    assert document.subject == "证明：兹证明王伟系本小区3栋2单元501室业主。"
    text = pdf_text(previews[0].data, tmp_path)
    assert "兹证明王伟系本小区3栋2单元501室业主。" in text and "特此证明。" in text


def rendered_notice(paragraphs: int = 1, receipt: bool = False):
    from datetime import date

    from pmdesk.core.settings import Profile
    from pmdesk.documents import letters, pdf
    from pmdesk.documents.layout import RECEIPT

    office = Profile("翠湖苑", "翠湖苑物业服务中心")
    letter = letters.notice(title="通知", body="\n\n".join(["正文很长。" * 80] * paragraphs),
                            dated=date(2026, 11, 27))
    return pdf.render([letter], office, RECEIPT if receipt else pdf.A4)


def page_sizes(path) -> list[tuple[int, int]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(path)], capture_output=True,
                          text=True, check=True).stdout
    return [(round(float(w) / 72 * 25.4), round(float(h) / 72 * 25.4))
            for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]


@pytest.mark.parametrize(("receipt", "size"), [(False, (210, 297)), (True, (241, 140))],
                         ids=["A4", "receipt"])
def test_printing_follows_the_document_page_size(qtbot, tmp_path, monkeypatch, receipt, size):
    rendered = rendered_notice(paragraphs=6, receipt=receipt)
    assert rendered.pages > 1
    printed = tmp_path / "printed.pdf"

    def accept(dialog):
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    preview = PreviewDialog(rendered.pdf, "通知", "通知.pdf")
    qtbot.addWidget(preview)
    assert preview.print_document() == rendered.pages
    assert page_sizes(printed) == [size] * rendered.pages


def test_cancelled_printing_prints_nothing(qtbot, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    preview = PreviewDialog(rendered_notice().pdf, "通知", "通知.pdf")
    qtbot.addWidget(preview)
    assert preview.print_document() == 0


def test_saving_the_pdf(qtbot, tmp_path, monkeypatch, message_boxes):
    data = rendered_notice().pdf
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "停水通知"), ""))
    preview = PreviewDialog(data, "停水通知", "停水通知.pdf")
    qtbot.addWidget(preview)
    assert preview.save_pdf() == str(tmp_path / "停水通知.pdf")
    assert (tmp_path / "停水通知.pdf").read_bytes() == data


@pytest.mark.sqlite_only  # the file's own neighbours
def test_saving_the_pdf_over_the_database_is_refused(qtbot, db_path, monkeypatch,
                                                    message_boxes):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(db_path.parent / "office.db-wal.pdf"), ""))
    (db_path.parent / "office.db-wal.pdf").symlink_to(db_path)
    preview = PreviewDialog(rendered_notice().pdf, "停水通知", "停水通知.pdf")
    qtbot.addWidget(preview)
    assert preview.save_pdf() is None
    assert "不能保存为" in message_boxes[-1][2]
    assert db_path.read_bytes().startswith(b"SQLite format 3")


def test_the_archive_finds_and_reopens_documents(qtbot, office, previews, qtmodeltester):
    data = rendered_notice().pdf
    for kind, subject in (("notice", "停水通知"), ("certificate", "证明：兹证明王伟"),
                          ("notice", "停电通知")):
        record_document(kind=kind, subject=subject, pdf=data, pages=1)
    dialog = ArchiveDialog()
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 3 and dialog.count.text() == "3 份文书"
    assert dialog.model.index(0, 3).data() == "停电通知"  # newest first
    dialog.kind.setCurrentIndex(dialog.kind.findData("notice"))
    assert [d.subject for d in dialog.model.rows] == ["停电通知", "停水通知"]
    dialog.kind.setCurrentIndex(0)
    dialog.search.setText("王伟")
    assert [d.kind for d in dialog.model.rows] == ["certificate"]
    assert dialog.model.index(0, 2).data() == "证明"
    click(qtbot, dialog.open_button)
    assert previews[0].data == data and previews[0].title == "证明：兹证明王伟"


def test_the_menu_opens_the_editors_and_the_archive(window, monkeypatch):
    opened = []
    monkeypatch.setattr(LetterEditor, "exec", lambda self: opened.append(self.kind) or 0)
    monkeypatch.setattr(ArchiveDialog, "exec", lambda self: opened.append("archive") or 0)
    window.notice_action.trigger()
    window.certificate_action.trigger()
    window.archive_action.trigger()
    assert opened == ["notice", "certificate", "archive"]


def test_the_archive_finds_documents_by_room_name_and_number(qtbot, office, previews, ime,
                                                             monkeypatch, message_boxes):
    """A batch of 催缴通知书 is found by each household's room and owner and by its letter
    number; the 证明 written from a complaint by the complaint's number and the complainant."""
    from pmdesk.actions.collecting import send_demand_letters
    from pmdesk.core import clock
    from pmdesk.core.money import fees
    from pmdesk.core.money.amounts import add_months, period_of, period_text
    from pmdesk.core.service import complaints
    from pmdesk.ui.tabs.complaint_queue import ComplaintQueue
    from tests.core.test_fees import _unit

    owing = [_unit("11-2-1004", 9000, owner="欧阳晓东"), _unit("3-2-501", 8950, owner="张三")]
    fees.add_fee_item(name="物业服务费", basis="area", rate="2.35")
    for back in (3, 2, 1):
        fees.run_billing(period_text(add_months(period_of(clock.today()), -back)))
    send_demand_letters(unit_ids=owing)
    stone = complaints.receive(kind="complaint", channel="visit", category="facility",
                               description="高空坠物砸坏车辆", unit_id=owing[1],
                               contact_name="王伟")
    queue = ComplaintQueue()
    qtbot.addWidget(queue)
    queue.load()
    queue.select(stone.id)
    monkeypatch.setattr(LetterEditor, "exec", lambda editor: click(qtbot,
                                                                     editor.generate_button))
    queue.print_certificate()
    assert message_boxes == []

    dialog = ArchiveDialog()
    qtbot.addWidget(dialog)

    def found(text: str) -> list[str]:
        dialog.search.clear()
        qtbot.keyClicks(dialog.search, text) if text.isascii() else ime(dialog.search, text)
        return sorted(d.kind for d in dialog.model.rows)

    assert found("11-2-1004") == ["delivery_sheet", "demand_letter"]
    assert found("欧阳晓东") == ["delivery_sheet", "demand_letter"]
    assert found("0002") == ["delivery_sheet", "demand_letter"]  # 催缴〔2026〕0002号
    assert found(stone.number) == ["certificate"]
    assert found("王伟") == ["certificate"]
    assert found("3-2-501") == ["certificate", "delivery_sheet", "demand_letter"]
    assert found("9-9-909") == []


def test_the_preview_fits_the_screen_and_shows_the_whole_page(qtbot):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPdfWidgets import QPdfView

    preview = PreviewDialog(rendered_notice().pdf, "通知", "通知.pdf")
    qtbot.addWidget(preview)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert preview.width() <= screen.width() and preview.height() <= screen.height()
    assert preview.fit_button.isChecked()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitInView
    preview.fit_button.setChecked(False)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
