"""Excel sheets: a title, columns and rows in, .xlsx bytes out (openpyxl, write-only).

Every user string is written as a text cell, never as a formula: a name such as
`=HYPERLINK(...)` stays text in the manager's spreadsheet (docs reliability §5.3); the control
characters and noncharacters XML cannot hold — stored by an older version, or by another
tool — become U+FFFD instead of breaking the export. Money is shown with two decimals, areas
with two.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from io import BytesIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from pmdesk.core.validate import UNWRITABLE


@dataclass(frozen=True)
class Column:
    header: str
    width: int  # in characters
    kind: str = "text"  # text, money (fen), int, area (m², text such as 89.50)


def workbook(title: str, columns: list[Column], rows) -> bytes:
    """One sheet: bold grey headers, first row and column frozen, the rows below."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title)
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "B2"
    bold, grey = Font(bold=True), PatternFill("solid", fgColor="EEEEEE")

    def text(value: object, header: bool = False) -> WriteOnlyCell:
        text = ILLEGAL_CHARACTERS_RE.sub("\ufffd", str(value))
        cell = WriteOnlyCell(sheet, value=UNWRITABLE.sub("\ufffd", text))
        cell.data_type = "s"  # text, even when it starts with = + - @
        if header:
            cell.font, cell.fill = bold, grey
        return cell

    def number(value: Decimal | int, fmt: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = fmt
        return cell

    sheet.append([text(column.header, True) for column in columns])
    for row in rows:
        cells = []
        for column, value in zip(columns, row, strict=True):
            if column.kind == "money":
                cells.append(number(Decimal(value) / 100, "#,##0.00"))
            elif column.kind == "int":
                cells.append(number(value, "0") if value is not None else None)
            elif column.kind == "area" and value:
                cells.append(number(Decimal(value), "0.00"))
            else:
                cells.append(text(value) if value else None)
        sheet.append(cells)
    out = BytesIO()
    book.save(out)
    return out.getvalue()
