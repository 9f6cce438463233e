"""Printing a generated PDF through the system print dialog.

Pages are rendered by QtPdf at PRINT_DPI and painted edge to edge on a page the size of the
document's own page (A4, or 241 × 140 mm receipt paper), so what comes out of the printer is
exactly what the preview showed.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

PRINT_DPI = 300


class LoadedPdf:
    """A PDF held in memory for QtPdf (the buffer must live as long as the document)."""

    def __init__(self, data: bytes) -> None:
        self.bytes = QByteArray(data)
        self.buffer = QBuffer(self.bytes)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self.buffer)

    @property
    def pages(self) -> int:
        return self.document.pageCount()


def prepare_printer(printer: QPrinter, pdf: LoadedPdf, title: str) -> None:
    size = pdf.document.pagePointSize(0)
    page_size = QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    # As given, wider than tall for receipt paper: that is how the 241 × 140 mm form of a
    # continuous-paper printer is defined, so no orientation flip.
    printer.setPageLayout(QPageLayout(page_size, QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    printer.setResolution(PRINT_DPI)
    printer.setDocName(title)
    printer.setFromTo(1, pdf.pages)


def paint_pages(printer: QPrinter, pdf: LoadedPdf) -> int:
    """Paint the chosen pages on `printer`; return how many were printed."""
    first = max(printer.fromPage(), 1)
    last = min(printer.toPage() or pdf.pages, pdf.pages)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for number in range(first, last + 1):
            if printed:
                printer.newPage()
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            image = pdf.document.render(number - 1, QSize(target.width(), target.height()))
            painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
            printed += 1
    finally:
        painter.end()
    return printed


def print_pdf(parent: QWidget | None, data: bytes, title: str) -> int:
    """Ask for a printer and print; return the pages printed (0 when cancelled)."""
    pdf = LoadedPdf(data)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, pdf, title)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, pdf.pages)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    return paint_pages(printer, pdf)
