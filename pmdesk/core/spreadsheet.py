"""Reading the workbooks offices keep (rosters, arrears ledgers, payment histories): the
defences and the forgiving reading every import shares.

`read_table()` checks the file before any XML parser sees it (size, zip bombs, markup no office
program writes), reads the first visible sheet streaming, forward-fills merged cells, finds the
header row in the first rows by the caller's Chinese synonyms, pads room numbers Excel stripped
of their leading zeros, and marks formula cells saved without a value. What a row means is the
caller's business (core/register/importer.py, core/money/opening.py); `write_rejects()` saves the
rows it refused, as they were, with a 原因 column.
"""

from __future__ import annotations

import hashlib
import re
import stat
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from io import BytesIO
from pathlib import Path
from threading import Event

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import range_boundaries
from openpyxl.utils.datetime import from_excel

from pmdesk.core.errors import Cancelled, PmdeskError, ValidationError
from pmdesk.core.register.rooms import parse_room, split_room
from pmdesk.core.safety.files import write_atomic

HEADER_ROWS = 10
BLANK_RUN_STOP = 50
MAX_ROWS = 50_000
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100
MAX_TOKEN_BYTES = 1024 * 1024  # a cell holds at most 32,767 characters: ~200 KB of XML
# Excel, WPS and LibreOffice never write these into a workbook's parts; a parser that re-scans
# an unfinished token on every chunk (expat before 2.6) spends minutes on one 20 MB comment
_UNUSUAL_MARKUP = (b"<!--", b"<![CDATA[", b"<!DOCTYPE", b"<!ENTITY")


@dataclass
class Table:
    """A sheet's rows below its header, each as (sheet row number, cells padded to the
    header's width)."""

    path: Path
    sha256: str
    sheet: str
    header_row: int
    headers: tuple[str, ...]
    columns: dict[str, int]
    rows: list[tuple[int, tuple]] = field(default_factory=list)
    hidden_sheets: list[str] = field(default_factory=list)
    epoch: datetime = datetime(1899, 12, 30)
    formulas: set[tuple[int, int]] = field(default_factory=set)  # (row, column) without value
    # (row, column index) → the row a merged range's value was copied from, for the cells
    # below or beside its top-left one: a 楼号 is meant for every row, an amount only once
    merged_copies: dict[tuple[int, int], int] = field(default_factory=dict)

    def formula_without_value(self, number: int, values: tuple) -> bool:
        """Whether a mapped cell of row `number` is a formula the file holds no value for."""
        return any((number, index + 1) in self.formulas and values[index] is None
                   for index in self.columns.values())


@dataclass(kw_only=True)
class Plan:
    """What an import made of a sheet, nothing written yet: its rows, each with a verdict
    (`reason` None: accepted)."""

    path: Path
    sha256: str
    sheet: str
    header_row: int
    headers: tuple[str, ...]
    columns: dict[str, int]
    rows: list = field(default_factory=list)
    hidden_sheets: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, table: Table, **extra: object):
        return cls(path=table.path, sha256=table.sha256, sheet=table.sheet,
                   header_row=table.header_row, headers=table.headers, columns=table.columns,
                   hidden_sheets=table.hidden_sheets, **extra)

    @property
    def accepted(self) -> list:
        return [r for r in self.rows if r.reason is None]

    @property
    def rejected(self) -> list:
        return [r for r in self.rows if r.reason is not None]


def header_key(text: object) -> str:
    """A header cell as compared with the synonyms: NFKC, no bracketed unit, no spaces."""
    text = unicodedata.normalize("NFKC", str(text or ""))
    text = re.sub(r"[(（].*?[)）]", "", text)
    return re.sub(r"\s", "", text)


def match_columns(cells: tuple, synonyms: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """Field → column index for the header cells that name a field (the first one wins)."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        key = header_key(cell)
        for name, words in synonyms.items():
            if key in words and name not in columns:
                columns[name] = index
    return columns


def read_table(path: Path | str, synonyms: dict[str, tuple[str, ...]],
               is_header: Callable[[dict[str, int]], bool],
               mapping: dict[str, int | None] | None = None, *,
               cancel: Event | None = None) -> Table:
    """Read the first visible sheet of `path`; its header is the first of the first
    HEADER_ROWS non-blank rows whose matched columns satisfy `is_header`. `mapping` overrides
    the detected columns (None: the file has no such column). Setting `cancel` stops the
    reading (`Cancelled`)."""
    path = Path(path)
    _check_zip(path, cancel)
    try:  # read-only streaming: half the time of a full load (docs perf-floors §5)
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for broken files
        raise PmdeskError("import.not_xlsx", path=str(path), detail=str(exc)) from exc
    try:
        visible = [s for s in book.worksheets if s.sheet_state == "visible"]
        if not visible:
            raise PmdeskError("import.no_header", path=str(path))
        sheet = visible[0]
        merged = _merged_ranges(path, sheet)
        tops: dict[tuple[int, int], object] = {}
        copies: dict[tuple[int, int], int] = {}
        rows = []
        blank_run = 0
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            if cancel is not None and number % 500 == 0 and cancel.is_set():
                raise Cancelled()
            values = tuple(cells)
            if merged:
                values = _fill_merged(values, number, merged, tops, copies)
            if all(v is None or str(v).strip() == "" for v in values):
                blank_run += 1
                if blank_run >= BLANK_RUN_STOP:
                    break
                continue
            blank_run = 0
            rows.append((number, values))
            if len(rows) > MAX_ROWS:
                raise PmdeskError("import.too_many_rows", max_rows=MAX_ROWS)
        header_row, columns, headers = 0, {}, ()
        for number, values in rows[:HEADER_ROWS]:
            found = match_columns(values, synonyms)
            if is_header(found):
                header_row, columns, headers = number, found, values
                break
        if not header_row:
            raise PmdeskError("import.no_header", path=str(path))
        if mapping is not None:
            columns = {name: index for name, index in mapping.items() if index is not None}
        table = Table(path, hashlib.sha256(path.read_bytes()).hexdigest(), sheet.title,
                      header_row, tuple("" if h is None else str(h) for h in headers), columns,
                      hidden_sheets=[s.title for s in book.worksheets if s not in visible],
                      epoch=book.epoch, formulas=_formulas_without_values(path, sheet.title),
                      merged_copies=copies)
        data = [(n, v + (None,) * (len(headers) - len(v))) for n, v in rows if n > header_row]
        widths = _zero_formats(sheet, data, columns)
        for number, values in data:
            if widths:
                values = tuple(str(v).zfill(widths[i]) if i in widths and isinstance(v, int) else v
                               for i, v in enumerate(values))
            table.rows.append((number, values))
    finally:
        book.close()  # a read-only workbook holds the file open (and locked on Windows)
    return table


def _check_zip(path: Path, cancel: Event | None = None) -> None:
    try:
        info = path.stat()
    except OSError as exc:
        raise PmdeskError("file.read_failed", path=str(path), detail=str(exc)) from exc
    if not stat.S_ISREG(info.st_mode):  # a pipe would be waited on for ever
        raise PmdeskError("file.not_a_file", path=str(path))
    if info.st_size > MAX_FILE_BYTES:
        raise PmdeskError("import.too_large", path=str(path), max_mb=MAX_FILE_BYTES >> 20)
    if not zipfile.is_zipfile(path):
        raise PmdeskError("import.not_xlsx", path=str(path))
    with zipfile.ZipFile(path) as archive:
        members = archive.infolist()
        unpacked = sum(m.file_size for m in members)
        if len(members) > 1000 or unpacked > MAX_UNPACKED_BYTES or any(
                m.compress_size and m.file_size / m.compress_size > MAX_RATIO for m in members):
            raise PmdeskError("import.unsafe", path=str(path))
        if "xl/workbook.xml" not in {m.filename for m in members}:
            raise PmdeskError("import.not_xlsx", path=str(path))
        for member in members:
            if member.filename.endswith((".xml", ".rels")):
                _check_tokens(archive, member, path, cancel)


def _check_tokens(archive: zipfile.ZipFile, member: zipfile.ZipInfo, path: Path,
                  cancel: Event | None) -> None:
    """Bound the work per byte before any XML parser sees the part (issue 14.10): no comment,
    CDATA section, DTD or second processing instruction, and no token — a tag or a run of text,
    everything between two `<` — longer than MAX_TOKEN_BYTES. Linear, in 1 MB chunks. No NUL
    byte either: XML cannot hold one, and in UTF-16 (which Excel never writes) every marker
    the scan looks for would be spelled with them."""
    carry = b""
    first = True
    with archive.open(member) as stream:
        while chunk := stream.read(1 << 20):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            data = carry + chunk
            if b"\0" in data or any(marker in data for marker in _UNUSUAL_MARKUP) or \
                    data.find(b"<?", 1 if first else 0) >= 0:
                raise PmdeskError("import.unsafe", path=str(path))
            first = False
            last = data.rfind(b"<")
            if max(map(len, data.split(b"<"))) > MAX_TOKEN_BYTES:
                raise PmdeskError("import.unsafe", path=str(path))
            carry = data[last:] if last >= 0 else data


def text(value: object) -> str:
    """An identifier cell as text: 13800138000.0 → '13800138000', '１０１' → '101'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 2**53 else repr(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


def room_cell(values: tuple, columns: dict[str, int]) -> str:
    """A row's room in its canonical spelling: from a room column holding the whole number
    (`3栋2单元501室`), or from 楼栋, 单元 and 房号 columns."""
    def cell(name: str) -> str:
        return text(values[columns[name]]) if name in columns else ""

    room = cell("room")
    if not room:
        raise ValidationError("room", "import.room_missing")
    whole = split_room(room)
    if whole is not None and len(whole) in (2, 3) and not room.isdigit():
        return str(parse_room(room))  # the room column holds the whole number: 3-2-501
    parts = [cell("building"), cell("stairwell"), room]
    return str(parse_room("-".join(p for p in parts if p)))


_DATE_TEXT = (
    re.compile(r"(\d{4})[./\-](\d{1,2})[./\-](\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"),
    re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"),
)


def cell_date(value: object, epoch: datetime) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value == 60 or not 1 <= value < 2958466:  # 60 is Excel's 1900-02-29
            raise ValidationError("date", "import.date_invalid", value=str(value))
        return from_excel(value, epoch=epoch).date().isoformat()
    text = unicodedata.normalize("NFKC", str(value)).strip()
    for pattern in _DATE_TEXT:
        match = pattern.fullmatch(text)
        if match:
            try:
                return date(*map(int, match.groups())).isoformat()
            except ValueError:
                break
    raise ValidationError("date", "import.date_invalid", value=str(value))


def _merged_ranges(path: Path, sheet) -> list[tuple[int, int, int, int]]:
    """The sheet's merged ranges as (min_col, min_row, max_col, max_row), read from its XML:
    a read-only worksheet does not expose them."""
    member = getattr(sheet, "_worksheet_path", None)  # openpyxl's own name for the part
    if member is None:
        full = load_workbook(path, data_only=True)[sheet.title]
        return [(r.min_col, r.min_row, r.max_col, r.max_row) for r in full.merged_cells.ranges]
    with zipfile.ZipFile(path) as archive:
        xml = archive.read(member.lstrip("/")).decode("utf-8", "replace")
    return [range_boundaries(ref) for ref in re.findall(r'<mergeCell ref="([A-Z0-9:$]+)"', xml)]


def _fill_merged(values: tuple, number: int, merged: list[tuple[int, int, int, int]],
                 tops: dict[tuple[int, int], object],
                 copies: dict[tuple[int, int], int]) -> tuple:
    """A merged range's value in each of its cells (楼号 merged over six rows); rows come in
    order, so a range's top-left value is in `tops` before its other rows arrive. Each copy
    is noted in `copies` with the row it came from."""
    filled = list(values)
    for min_col, min_row, max_col, max_row in merged:
        if min_row <= number <= max_row:
            while len(filled) < max_col:
                filled.append(None)
            if number == min_row:
                tops[(min_row, min_col)] = filled[min_col - 1]
            for column in range(min_col, max_col + 1):
                filled[column - 1] = tops.get((min_row, min_col))
                if (number, column) != (min_row, min_col):
                    copies[(number, column - 1)] = min_row
    return tuple(filled)


def _zero_formats(sheet, data: list[tuple[int, tuple]], columns: dict[str, int]
                  ) -> dict[int, int]:
    """Columns of room numbers typed as numbers and shown with a `0000` format (0802 stored as
    802), with the width to pad them back to, as the clerk saw them in Excel. A column's format
    is read from its first numeric cell (reading every cell's format costs seconds)."""
    widths = {}
    for name in ("building", "stairwell", "room"):
        index = columns.get(name)
        if index is None:
            continue
        first = next((n for n, values in data if isinstance(values[index], int)), None)
        if first is None:
            continue
        [[cell]] = sheet.iter_rows(min_row=first, max_row=first, min_col=index + 1,
                                   max_col=index + 1)
        number_format = cell.number_format or ""
        if re.fullmatch(r"0+", number_format):
            widths[index] = len(number_format)
    return widths


def _formulas_without_values(path: Path, title: str) -> set[tuple[int, int]]:
    """Cells holding a formula (a file saved by a program that stores no computed values
    reads as empty): they are reported, never imported as empty or as the formula's text."""
    with zipfile.ZipFile(path) as archive:
        if not any(b"<f>" in archive.read(m) or b"<f " in archive.read(m)
                   for m in archive.namelist() if m.startswith("xl/worksheets/")):
            return set()

    sheet = load_workbook(path, data_only=False)[title]
    return {(cell.row, cell.column) for row in sheet.iter_rows() for cell in row
            if cell.data_type == "f"}


def write_rejects(plan: Plan, path: Path | str, reasons: list[str]) -> None:
    """The rows an import refused, each as it was read, with the reason (in the user's words)
    last."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("未导入")

    def cells(values) -> list:
        out = []
        for value in values:
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"
            out.append(cell)
        return out

    sheet.append(cells([*plan.headers, "原因"]))
    for row, reason in zip(plan.rejected, reasons, strict=True):
        sheet.append(cells([*row.values[:len(plan.headers)], reason]))
    out = BytesIO()
    book.save(out)
    write_atomic(path, out.getvalue())
