"""The document engine: one page frame, the office letterhead, titles, indented paragraphs,
amount tables, the closing block with the seal, page numbers — every printed letter goes
through here.

Input is plain data (a `Letter`, and the office `Profile` that signs it); output is PDF bytes.
All user text passes through `fonts.markup()` (escaped, fallback fonts for rare characters) and
is wrapped by the Chinese line-breaking rules (`kinsoku`). Several letters can share one PDF
(a batch for every door); page numbers then count within each letter, and every page of a letter
that runs over names its household and number, so pages cannot be mixed up in the envelopes.

The closing (特此通知, the office, the date, the seal) never stands alone on a page: it keeps the
last paragraph, or a table's last rows, with it; a table's heading keeps its first rows. A letter
that would run a little over one page is set a little tighter instead.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from io import BytesIO
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from pmdesk.core import clock
from pmdesk.documents import fonts, kinsoku, layout
from pmdesk.documents.layout import A4, NORMAL, PageSpec, TypeScale

if TYPE_CHECKING:  # the records it prints; documents never load the database code
    from pmdesk.core.settings import Profile

kinsoku.install()


@dataclass(frozen=True)
class AmountTable:
    """A table of text and amounts; `align` is 'left', 'center' or 'right' per column."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    align: tuple[str, ...]
    widths: tuple[float, ...] | None = None  # fractions of the text width


@dataclass(frozen=True)
class Letter:
    """One document: a notice, a certificate, a letter to a household."""

    title: str
    paragraphs: tuple[str, ...]
    addressee: str = ""
    closing: str = ""
    dated: date = field(default_factory=clock.today)
    table: AmountTable | None = None
    large_print: bool = False
    table_after: int | None = None  # the table follows this many paragraphs (default: all)
    poster: bool = False  # a title as large as a poster's, for the bulletin board
    number: str = ""  # the letter's number (文号), under the title and on every page's foot
    reference: str = ""  # whom it is for (room, name), on the foot of a letter that runs over
    tear_off: tuple[str, ...] = ()  # a slip to cut off at the page's foot: its title, its lines
    signed: bool = True  # the office, the date and the seal at the end (not on a shared sheet)
    landscape: bool = False  # a wide register or sheet
    emphasis: tuple[int, ...] = ()  # paragraphs set larger: a poster's time and place
    pay_qr_png: bytes | None = None  # a QR code to pay by, beside the signature
    qr_caption: str = ""
    keep_table: bool = False  # the table never split over two pages (a form to fill in)

    def texts(self) -> list[str]:
        """Every piece of user text, for the missing-glyph check."""
        parts = [self.title, self.addressee, self.closing, self.number, self.reference,
                 self.qr_caption, *self.paragraphs, *self.tear_off]
        if self.table:
            parts += [*self.table.header, *(cell for row in self.table.rows for cell in row)]
        return parts


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages: int


def blank_lines(count: int) -> str:
    """A table cell of `count` empty lines, to write on by hand (ideographic spaces, which the
    layout keeps; it drops one trailing empty line, hence one more)."""
    return "\n".join(["\u3000"] * (count + 1))


def chinese_date(day: date) -> str:
    """`2026年11月27日`: the date as a notice is signed."""
    return f"{day.year}年{day.month}月{day.day}日"


@cache
def styles(scale: TypeScale) -> dict[str, ParagraphStyle]:
    """Letters in the serif (titles in its bold), tables in the sans."""
    sans, serif, bold = (fonts.chain(family).main() for family in fonts.FAMILIES)

    def style(name: str, size: float, font: str = serif, **kw) -> ParagraphStyle:
        kw.setdefault("textColor", colors.HexColor(layout.TEXT_COLOR))
        kw.setdefault("leading", size * scale.leading)
        return ParagraphStyle(name, fontName=font, fontSize=size, wordWrap="CJK", **kw)

    return {
        "office": style("office", scale.office, bold, alignment=TA_CENTER),
        "contacts": style("contacts", scale.contacts, sans, alignment=TA_CENTER,
                          textColor=colors.HexColor(layout.MUTED_COLOR)),
        "title": style("title", scale.title, bold, alignment=TA_CENTER,
                       spaceAfter=scale.title_after, leading=scale.title * 1.3),
        "number": style("number", scale.table, alignment=TA_RIGHT,
                        spaceAfter=scale.title_after * 0.7),
        "emphasis": style("emphasis", scale.body * 1.25, alignment=TA_LEFT,
                          leftIndent=layout.INDENT_CHARS * scale.body),
        "heading": style("heading", scale.body, bold, alignment=TA_LEFT, spaceBefore=6,
                         keepWithNext=1),
        "slip": style("slip", scale.table, alignment=TA_LEFT, leading=scale.table * 1.8),
        "addressee": style("addressee", scale.body, alignment=TA_LEFT),
        "body": style("body", scale.body, alignment=TA_JUSTIFY, allowWidows=0,
                      firstLineIndent=layout.INDENT_CHARS * scale.body),
        "signature": style("signature", scale.body, alignment=TA_RIGHT),
        "cell": style("cell", scale.table, sans, alignment=TA_LEFT,
                      leading=scale.table * 1.35),
        "cell-right": style("cell-right", scale.table, sans, alignment=TA_RIGHT,
                            leading=scale.table * 1.35),
        "cell-center": style("cell-center", scale.table, sans, alignment=TA_CENTER,
                             leading=scale.table * 1.35),
    }


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text, printed literally, in the style's family."""
    return Paragraph(fonts.markup(text, style.fontName), style)


class _Rule(Flowable):
    """The letterhead's red double rule."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width, self.height = width, 6

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(colors.HexColor(layout.RULE_COLOR))
        canvas.setLineWidth(layout.RULE_WIDTH)
        canvas.line(0, 4, self.width, 4)
        canvas.setLineWidth(0.5)
        canvas.line(0, 1, self.width, 1)


class _DocumentStart(Flowable):
    """Marks where a letter begins, so page numbers count within each letter of a batch and
    its pages carry its reference."""

    def __init__(self, index: int, reference: str) -> None:
        super().__init__()
        self.index, self.reference = index, reference
        self.width = self.height = 0

    def draw(self) -> None:
        self.canv.document_index = self.index
        self.canv.document_reference = self.reference


class Signature(Flowable):
    """Office name over the date, centred on each other, two characters in from the right, with
    room for the round seal stamped over them (its image when the office has one), which may
    reach into the gap above and below."""

    def __init__(self, office: Profile, dated: date, style: ParagraphStyle, *,
                 qr_png: bytes | None = None, qr_caption: str = "",
                 room: float = NORMAL.seal_room) -> None:
        super().__init__()
        self.style, self.room = style, room
        self.lines = [para(office.office_name, style), para(chinese_date(dated), style)]
        self.seal = ImageReader(BytesIO(office.seal_png)) if office.seal_png else None
        # a QR code to pay by, at the left of the same lines (where the page is empty anyway)
        self.qr = ImageReader(BytesIO(qr_png)) if qr_png else None
        self.caption = para(qr_caption, ParagraphStyle("qr-caption", parent=style,
                                                       alignment=TA_LEFT,
                                                       fontSize=style.fontSize * 0.7,
                                                       leading=style.fontSize * 0.95))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.column = avail_width - layout.INDENT_CHARS * self.style.fontSize
        sizes = [line.wrap(self.column, avail_height) for line in self.lines]
        self.line_widths = [max(line.getActualLineWidths0() or [0]) for line in self.lines]
        self.text_height = sum(h for _, h in sizes)
        self.height = max(self.text_height, self.room) + 4
        return self.width, self.height

    def draw(self) -> None:
        block = max(self.line_widths)
        centre_x = self.column - block / 2
        y = self.height - (self.height - self.text_height) / 2
        for line, width in zip(self.lines, self.line_widths, strict=True):
            y -= line.height
            line.drawOn(self.canv, centre_x + width / 2 - self.column, y)
        if self.seal:
            size = layout.SEAL_DIAMETER
            self.canv.drawImage(self.seal, centre_x - size / 2, (self.height - size) / 2,
                                width=size, height=size, mask="auto",
                                preserveAspectRatio=True, anchor="c")
        if self.qr:
            size = self.height - 4
            self.canv.drawImage(self.qr, 0, 2, width=size, height=size, mask="auto",
                                preserveAspectRatio=True, anchor="sw")
            width = self.column - block - size - 24
            _, height = self.caption.wrap(width, self.height)
            self.caption.drawOn(self.canv, size + 8, (self.height - height) / 2)


def letterhead(office: Profile, scale: TypeScale, width: float) -> list[Flowable]:
    style_of = styles(scale)
    contacts = "　".join(part for part in (
        f"地址：{office.address}" if office.address else "",
        f"电话：{office.phone}" if office.phone else "",
        f"投诉电话：{office.complaint_phone}" if office.complaint_phone else "",
    ) if part)
    story: list[Flowable] = [para(office.office_name, style_of["office"])]
    if contacts:
        story.append(para(contacts, style_of["contacts"]))
    story += [Spacer(1, 2), _Rule(width), Spacer(1, scale.letterhead_gap)]
    return story


def amount_table(table: AmountTable, scale: TypeScale, width: float, *, heading: str = "",
                 ending: list[Flowable] | None = None) -> Table:
    """The table, its header row repeated on every page it runs onto. A `heading` (a section
    title) goes above it and keeps the header and the first rows with it; an `ending` (the
    closing and signature, needs `widths`) goes below it and keeps the last rows with it."""
    style_of = styles(scale)
    cell_style = {"left": style_of["cell"], "right": style_of["cell-right"],
                  "center": style_of["cell-center"]}
    widths: list[float] | None = None
    if table.widths:
        size = scale.table  # set a little smaller rather than break a date or a number
        while (widths := column_widths(table, size, width, squeeze=size <= scale.table
                                       * SMALLEST_TABLE)) is None:
            size *= 0.95
        if size < scale.table:
            scale = replace(scale, table=size)
            style_of = styles(scale)
            cell_style = {"left": style_of["cell"], "right": style_of["cell-right"],
                          "center": style_of["cell-center"]}
    columns = len(table.header)

    def cell(text: str, align: str, column: int) -> Flowable | str:
        return _cell(text, cell_style[align], widths[column] if widths else None)

    rows: list[list] = [[para(heading, style_of["heading"])] + [""] * (columns - 1)] \
        if heading else []
    top = len(rows)  # the header row
    rows.append([cell(text, "center", i) for i, text in enumerate(table.header)])
    rows += [[cell(text, align, i) for i, (text, align) in
              enumerate(zip(row, table.align, strict=True))] for row in table.rows]
    last = len(rows) - 1  # the last row of the table proper
    if ending and widths:
        rows.append([ending] + [""] * (columns - 1))
    result = Table(rows, colWidths=widths, repeatRows=(top,) if heading else 1,
                   hAlign="CENTER")
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.chain().main()),  # no unembedded Helvetica
        ("FONTSIZE", (0, 0), (-1, -1), scale.table),
        ("LEADING", (0, 0), (-1, -1), scale.table * 1.35),
        ("TEXTCOLOR", (0, 0), (-1, -1), colors.HexColor(layout.TEXT_COLOR)),
        ("ALIGN", (0, top), (-1, top), "CENTER"),
        ("GRID", (0, top), (-1, last), 0.6, colors.HexColor("#555555")),
        ("BACKGROUND", (0, top), (-1, top), colors.HexColor("#eeeeee")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), scale.cell_padding[0]),
        ("BOTTOMPADDING", (0, 0), (-1, -1), scale.cell_padding[1]),
        ("NOSPLIT", (0, 0), (-1, min(top + layout.KEEP_ROWS, last))),
    ]
    commands += [("ALIGN", (column, top + 1), (column, last), align.upper())
                 for column, align in enumerate(table.align)]
    if heading:
        commands += [("SPAN", (0, 0), (-1, 0)), ("LEFTPADDING", (0, 0), (0, 0), 0)]
    if len(rows) > last + 1:
        commands += [("SPAN", (0, -1), (-1, -1)), ("VALIGN", (0, -1), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, -1), (-1, -1), 0),
                     ("RIGHTPADDING", (0, -1), (-1, -1), 0),
                     ("NOSPLIT", (0, max(top + 1, last - layout.KEEP_ROWS + 1)), (-1, -1))]
    result.setStyle(TableStyle(commands))
    return result


CELL_SIDE_PADDING = 12  # reportlab's default left + right cell padding
SMALLEST_TABLE = 0.8  # a table's text may be set this much smaller to keep words whole
WHOLE_WORD = 6  # characters: a cell this short (上门走访, 挂号信/EMS) is never broken
FLEXIBLE_FLOOR = 4  # characters: the least a column of long text is given
WRITING_ROOM = 0.75  # of its fraction: the least a column left for handwriting is given


def _text_width(text: str, size: float) -> float:
    font = fonts.chain().main()
    return max(stringWidth(fonts.clean(line), font, size) for line in text.split("\n"))


def _unbreakable(text: str) -> bool:
    """A room, date, phone, amount or receipt number, or a short word: never broken."""
    text = text.strip()
    return len(text) <= WHOLE_WORD or any(c.isdigit() for c in text) \
        or all(ord(c) < 0x2E80 for c in text)


def column_widths(table: AmountTable, size: float, width: float, *, squeeze: bool = True
                  ) -> list[float] | None:
    """Column widths by content: a header never breaks inside a word, nor a room, a date, a
    phone or a number; the table's own fractions are the least each column gets (room to
    write by hand); what is left over is shared in proportion, and when the text is too wide
    the columns of long text give way first."""
    pad = CELL_SIDE_PADDING + 1
    hint = [width * f for f in table.widths or [0] * len(table.header)]
    floor = [_text_width(header, size) + pad for header in table.header]
    need = floor[:]
    for row in table.rows:
        for i, text in enumerate(row):
            if not text.strip():
                continue
            natural = _text_width(text, size) + pad
            need[i] = max(need[i], natural)
            if _unbreakable(text) and natural <= width * 0.4:
                floor[i] = max(floor[i], natural)
    floor = [max(f, size * FLEXIBLE_FLOOR + pad, h * WRITING_ROOM if n <= h else 0)
             for f, h, n in zip(floor, hint, need, strict=True)]
    want = [max(h, n, f) for h, n, f in zip(hint, need, floor, strict=True)]
    if sum(want) <= width:  # everything fits on one line: share the rest out
        return [w * width / sum(want) for w in want]
    if sum(floor) >= width:  # even the least is too wide: shrink everything alike, or say so
        return [f * width / sum(floor) for f in floor] if squeeze else None
    give = sum(want) - width  # the long text columns give way, each in proportion to its slack
    slack = [w - f for w, f in zip(want, floor, strict=True)]
    return [w - give * sl / sum(slack) for w, sl in zip(want, slack, strict=True)]


def _cell(text: str, style: ParagraphStyle, width: float | None) -> Flowable | str:
    """Plain text when it fits one line in the main font (reportlab draws that directly, several
    times faster than a Paragraph: 1,000 notices print in half the time); else a Paragraph
    that wraps by the Chinese rules and sets rare characters in a fallback font."""
    marked = fonts.markup(text)
    if width is not None and "<font" not in marked and "<br/>" not in marked:
        plain = fonts.clean(text)
        if stringWidth(plain, style.fontName, style.fontSize) <= width - CELL_SIDE_PADDING:
            return plain
    return Paragraph(marked, style)


class _TearOff(Flowable):
    """A slip to cut off and return (送达回执): a dashed cut line, then its title leading its
    first line and the other lines, set at the foot of the page the letter ends on."""

    def __init__(self, lines: tuple[str, ...], style: ParagraphStyle) -> None:
        super().__init__()
        bold = fonts.chain(fonts.SERIF_BOLD).main()  # the title leads the first line
        first = (f'<font name="{bold}">{fonts.markup(lines[0], bold)}</font>　'
                 f"{fonts.markup(lines[1], style.fontName)}") if len(lines) > 1 \
            else fonts.markup(lines[0], bold)
        self.lines = [Paragraph(first, style), *(para(line, style) for line in lines[2:])]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.body = sum(p.wrap(avail_width, avail_height)[1] for p in self.lines)
        least = max(self.body + 8 * mm, layout.TEAR_OFF_HEIGHT)
        # measured (as by KeepTogether) with room without end: its least; in the frame: the
        # rest of the page, to stand at its foot
        self.height = least if avail_height > 10_000 else max(least, avail_height)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.body + 4 * mm
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor(layout.MUTED_COLOR))
        canvas.setDash(3, 3)
        canvas.setLineWidth(0.5)
        label = "沿此线剪下"
        size = self.lines[0].style.fontSize * 0.8
        gap = stringWidth(label, fonts.chain().main(), size) + 12
        canvas.line(0, y, (self.width - gap) / 2, y)
        canvas.line((self.width + gap) / 2, y, self.width, y)
        canvas.setFont(fonts.chain().main(), size)
        canvas.setFillColor(colors.HexColor(layout.MUTED_COLOR))
        canvas.drawCentredString(self.width / 2, y - size / 3, label)
        canvas.restoreState()
        y = self.body
        for line in self.lines:
            y -= line.height
            line.drawOn(canvas, 0, y)


def letter_story(letter: Letter, office: Profile, page: PageSpec = A4, *,
                 tight: bool = False) -> list[Flowable]:
    """The flowables of one letter, letterhead to signature; `tight` sets it closer."""
    scale = layout.LARGE if letter.large_print else NORMAL
    if tight:
        scale = scale.tightened()
    style_of = styles(scale)
    width = page.frame_width
    story = letterhead(office, scale, width)
    title = style_of["title"]
    if letter.poster:  # large print has a large title already
        factor = 1.35 if letter.large_print else 1.6  # large print: clearly larger still
        title = ParagraphStyle("poster-title", parent=title, fontSize=title.fontSize * factor,
                               leading=title.fontSize * factor * 1.25)
    if letter.number:  # the number stands close under the title
        title = ParagraphStyle("numbered-title", parent=title, spaceAfter=scale.table * 0.3)
    story.append(para(letter.title, title))
    if letter.number:
        story.append(para(letter.number, style_of["number"]))
    if letter.addressee:
        story.append(para(letter.addressee, style_of["addressee"]))
    split = 0 if letter.table is None else (len(letter.paragraphs) if letter.table_after is None
                                            else letter.table_after)
    body = [para(text, style_of["emphasis" if index in letter.emphasis else "body"])
            for index, text in enumerate(letter.paragraphs)]
    story += body[:split]
    after = body[split:]
    ending: list[Flowable] = []
    if letter.closing:
        ending.append(para(letter.closing, style_of["body"]))
    if letter.signed:
        ending += [Spacer(1, scale.signature_gap),
                   Signature(office, letter.dated, style_of["signature"],
                             qr_png=letter.pay_qr_png, qr_caption=letter.qr_caption,
                             room=scale.seal_room)]
    if letter.tear_off:
        ending.append(_TearOff(letter.tear_off, style_of["slip"]))
    if letter.table:
        carried = not after and not letter.tear_off and letter.table.widths is not None
        table = amount_table(letter.table, scale, width, ending=ending if carried else None)
        story += [Spacer(1, scale.body * 0.6),
                  KeepTogether([table]) if letter.keep_table else table]
        if carried:
            return story
        story.append(Spacer(1, scale.body * 0.6))
    # the closing keeps the paragraphs after the table with it when they are few (a page two
    # of more than one stock sentence), else at least the last one
    kept = after if story_height(after, width) < page.frame_height / 3 else after[-1:]
    story += after[:len(after) - len(kept)]
    story.append(KeepTogether(kept + ending))
    return story


_measuring = Canvas(BytesIO())
FIT_MARGIN = 12  # points: the frame's own rounding and reportlab's fuzz stay out of the way


def story_height(story: list[Flowable], width: float) -> float:
    """How tall the flowables stand one after another, however many pages that takes."""
    flat: list[Flowable] = []
    for flowable in story:
        flat += flowable._content if isinstance(flowable, KeepTogether) else [flowable]
    return sum(f.wrapOn(_measuring, width, 0xFFFFFFF)[1] + f.getSpaceBefore()
               + f.getSpaceAfter() for f in flat)


def fitted_story(letter: Letter, office: Profile, page: PageSpec = A4) -> list[Flowable]:
    """The letter's flowables, set tighter when that keeps it on one page."""
    story = letter_story(letter, office, page)
    if story_height(story, page.frame_width) > page.frame_height:
        tight = letter_story(letter, office, page, tight=True)
        if story_height(tight, page.frame_width) <= page.frame_height - FIT_MARGIN:
            return tight
    return story


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each can say "第 k 页 共 n 页" of its own letter."""

    def __init__(self, *args, footer_y: float = A4.footer_y, **kwargs) -> None:
        kwargs["initialFontName"] = fonts.chain().main()  # never an unembedded base font
        super().__init__(*args, **kwargs)
        self.footer_y = footer_y
        self.document_index = 0
        self.document_reference = ""
        self._held: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's API
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(state["document_index"] for state in self._held)
        seen: dict[int, int] = defaultdict(int)
        for state in self._held:
            self.__dict__.update(state)
            index = state["document_index"]
            seen[index] += 1
            if totals[index] > 1:
                self._footer(seen[index], totals[index], state["document_reference"])
            Canvas.showPage(self)
        Canvas.save(self)

    def _footer(self, number: int, total: int, reference: str) -> None:
        width, _ = self._pagesize
        self.setFont(fonts.chain().main(), NORMAL.footer)
        self.setFillColor(colors.HexColor(layout.MUTED_COLOR))
        text = f"第 {number} 页　共 {total} 页"
        self.drawCentredString(width / 2, self.footer_y,
                               f"{fonts.clean(reference)}　{text}" if reference else text)


def render(letters: list[Letter], office: Profile, page: PageSpec = A4, *,
           title: str = "") -> Rendered:
    """Letters into one PDF, each starting on a new page (on A4 turned sideways when they are
    all wide sheets)."""
    if not letters:
        raise ValueError("nothing to render")
    if page is A4 and all(letter.landscape for letter in letters):
        page = layout.A4_LANDSCAPE
    references = [" ".join(part for part in (letter.reference, letter.title, letter.number)
                           if part) if letter.reference or letter.number else ""
                  for letter in letters]
    return render_stories([fitted_story(letter, office, page) for letter in letters], office,
                          page, title=title or letters[0].title, references=references)


def render_stories(stories: list[list[Flowable]], office: Profile, page: PageSpec = A4, *,
                   title: str, references: list[str] | None = None) -> Rendered:
    """Documents (each a list of flowables) into one PDF, each starting on a new page, with
    page numbers counted within each document and its reference beside them."""
    if not stories:
        raise ValueError("nothing to render")
    story: list[Flowable] = []
    for index, document in enumerate(stories):
        if index:
            story.append(PageBreak())
        story.append(_DocumentStart(index, references[index] if references else ""))
        story += document
    out = BytesIO()
    doc = BaseDocTemplate(out, pagesize=(page.width, page.height), title=title,
                          author=office.office_name, creator="pmdesk", leftMargin=page.left,
                          rightMargin=page.right, topMargin=page.top, bottomMargin=page.bottom)
    frame = Frame(page.left, page.bottom, page.frame_width, page.frame_height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    made: list[_NumberedCanvas] = []

    def canvasmaker(*args, **kwargs) -> _NumberedCanvas:
        made.append(_NumberedCanvas(*args, footer_y=page.footer_y, **kwargs))
        return made[-1]

    doc.build(story, canvasmaker=canvasmaker)
    return Rendered(out.getvalue(), len(made[-1]._held))
