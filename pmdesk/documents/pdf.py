"""The document engine: one page frame, the office letterhead, titles, indented paragraphs,
amount tables, the closing block with the seal, page numbers — every printed letter goes
through here.

Input is plain data (a `Letter`, and the office `Profile` that signs it); output is PDF bytes.
All user text passes through `fonts.markup()` (escaped, fallback fonts for rare characters) and
is wrapped by the Chinese line-breaking rules (`kinsoku`). Several letters can share one PDF
(a batch for every door); page numbers then count within each letter.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from io import BytesIO
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
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

    def texts(self) -> list[str]:
        """Every piece of user text, for the missing-glyph check."""
        parts = [self.title, self.addressee, self.closing, *self.paragraphs]
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
    main = fonts.chain().main()

    def style(name: str, size: float, **kw) -> ParagraphStyle:
        kw.setdefault("textColor", colors.HexColor(layout.TEXT_COLOR))
        kw.setdefault("leading", size * scale.leading)
        return ParagraphStyle(name, fontName=main, fontSize=size, wordWrap="CJK", **kw)

    return {
        "office": style("office", scale.office, alignment=TA_CENTER),
        "contacts": style("contacts", scale.contacts, alignment=TA_CENTER,
                          textColor=colors.HexColor(layout.MUTED_COLOR)),
        "title": style("title", scale.title, alignment=TA_CENTER,
                       spaceAfter=layout.TITLE_SPACE_AFTER, leading=scale.title * 1.3),
        "addressee": style("addressee", scale.body, alignment=TA_LEFT),
        "body": style("body", scale.body, alignment=TA_JUSTIFY,
                      firstLineIndent=layout.INDENT_CHARS * scale.body),
        "signature": style("signature", scale.body, alignment=TA_RIGHT),
        "cell": style("cell", scale.table, alignment=TA_LEFT, leading=scale.table * 1.35),
        "cell-right": style("cell-right", scale.table, alignment=TA_RIGHT,
                            leading=scale.table * 1.35),
        "cell-center": style("cell-center", scale.table, alignment=TA_CENTER,
                             leading=scale.table * 1.35),
    }


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text, printed literally."""
    return Paragraph(fonts.markup(text), style)


class _Heavy(Paragraph):
    """A paragraph drawn with a hairline stroke round each glyph: the bundled font has no bold
    face, and titles want the weight of 黑体."""

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(self.style.textColor)
        canvas.setLineWidth(self.style.fontSize * 0.035)
        canvas._code.append("2 Tr")  # text rendering mode: fill, then stroke
        super().draw()
        canvas.restoreState()


def heavy(text: str, style: ParagraphStyle) -> Paragraph:
    return _Heavy(fonts.markup(text), style)


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
    """Marks where a letter begins, so page numbers count within each letter of a batch."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index
        self.width = self.height = 0

    def draw(self) -> None:
        self.canv.document_index = self.index


class _Signature(Flowable):
    """Office name over the date, centred on each other, two characters in from the right, with
    room for the round seal stamped over them (its image when the office has one)."""

    def __init__(self, office: Profile, dated: date, style: ParagraphStyle) -> None:
        super().__init__()
        self.style = style
        self.lines = [para(office.office_name, style), para(chinese_date(dated), style)]
        self.seal = ImageReader(BytesIO(office.seal_png)) if office.seal_png else None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.column = avail_width - layout.INDENT_CHARS * self.style.fontSize
        sizes = [line.wrap(self.column, avail_height) for line in self.lines]
        self.line_widths = [max(line.getActualLineWidths0() or [0]) for line in self.lines]
        self.text_height = sum(h for _, h in sizes)
        self.height = max(self.text_height, layout.SEAL_DIAMETER) + 4
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


def letterhead(office: Profile, scale: TypeScale, width: float) -> list[Flowable]:
    style_of = styles(scale)
    contacts = "　".join(part for part in (
        f"地址：{office.address}" if office.address else "",
        f"电话：{office.phone}" if office.phone else "",
        f"投诉电话：{office.complaint_phone}" if office.complaint_phone else "",
    ) if part)
    story: list[Flowable] = [heavy(office.office_name, style_of["office"])]
    if contacts:
        story.append(para(contacts, style_of["contacts"]))
    story += [Spacer(1, 2), _Rule(width), Spacer(1, 8 * scale.leading)]
    return story


def amount_table(table: AmountTable, scale: TypeScale, width: float) -> Table:
    style_of = styles(scale)
    cell_style = {"left": style_of["cell"], "right": style_of["cell-right"],
                  "center": style_of["cell-center"]}
    widths = [width * f for f in table.widths] if table.widths else None

    def cell(text: str, align: str, column: int) -> Flowable | str:
        return _cell(text, cell_style[align], widths[column] if widths else None)

    rows = [[cell(text, "center", i) for i, text in enumerate(table.header)]]
    rows += [[cell(text, align, i) for i, (text, align) in
              enumerate(zip(row, table.align, strict=True))] for row in table.rows]
    result = Table(rows, colWidths=widths, repeatRows=1, hAlign="CENTER")
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.chain().main()),  # no unembedded Helvetica
        ("FONTSIZE", (0, 0), (-1, -1), scale.table),
        ("LEADING", (0, 0), (-1, -1), scale.table * 1.35),
        ("TEXTCOLOR", (0, 0), (-1, -1), colors.HexColor(layout.TEXT_COLOR)),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#555555")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), layout.CELL_PADDING[0]),
        ("BOTTOMPADDING", (0, 0), (-1, -1), layout.CELL_PADDING[1]),
    ]
    commands += [("ALIGN", (column, 1), (column, -1), align.upper())
                 for column, align in enumerate(table.align)]
    result.setStyle(TableStyle(commands))
    return result


CELL_SIDE_PADDING = 12  # reportlab's default left + right cell padding


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


def letter_story(letter: Letter, office: Profile, page: PageSpec = A4) -> list[Flowable]:
    """The flowables of one letter, letterhead to signature."""
    scale = layout.LARGE if letter.large_print else NORMAL
    style_of = styles(scale)
    width = page.frame_width
    story = letterhead(office, scale, width)
    title = style_of["title"]
    if letter.poster:  # large print has a large title already
        factor = 1.15 if letter.large_print else 1.6
        title = ParagraphStyle("poster-title", parent=title, fontSize=title.fontSize * factor,
                               leading=title.fontSize * factor * 1.25)
    story.append(heavy(letter.title, title))
    if letter.addressee:
        story.append(para(letter.addressee, style_of["addressee"]))
    split = len(letter.paragraphs) if letter.table_after is None else letter.table_after
    story += [para(text, style_of["body"]) for text in letter.paragraphs[:split]]
    if letter.table:
        story += [Spacer(1, scale.body * 0.6), amount_table(letter.table, scale, width),
                  Spacer(1, scale.body * 0.6)]
    story += [para(text, style_of["body"]) for text in letter.paragraphs[split:]]
    ending: list[Flowable] = []
    if letter.closing:
        ending.append(para(letter.closing, style_of["body"]))
    ending += [Spacer(1, layout.SIGNATURE_GAP), _Signature(office, letter.dated,
                                                            style_of["signature"])]
    story.append(KeepTogether(ending))
    return story


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each can say "第 k 页 共 n 页" of its own letter."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs["initialFontName"] = fonts.chain().main()  # never an unembedded base font
        super().__init__(*args, **kwargs)
        self.document_index = 0
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
                self._footer(seen[index], totals[index])
            Canvas.showPage(self)
        Canvas.save(self)

    def _footer(self, number: int, total: int) -> None:
        width, _ = self._pagesize
        self.setFont(fonts.chain().main(), NORMAL.footer)
        self.setFillColor(colors.HexColor(layout.MUTED_COLOR))
        self.drawCentredString(width / 2, layout.FOOTER_Y, f"第 {number} 页　共 {total} 页")


def render(letters: list[Letter], office: Profile, page: PageSpec = A4, *,
           title: str = "") -> Rendered:
    """Letters into one PDF, each starting on a new page."""
    if not letters:
        raise ValueError("nothing to render")
    return render_stories([letter_story(letter, office, page) for letter in letters], office,
                          page, title=title or letters[0].title)


def render_stories(stories: list[list[Flowable]], office: Profile, page: PageSpec = A4, *,
                   title: str) -> Rendered:
    """Documents (each a list of flowables) into one PDF, each starting on a new page, with
    page numbers counted within each document."""
    if not stories:
        raise ValueError("nothing to render")
    story: list[Flowable] = []
    for index, document in enumerate(stories):
        if index:
            story.append(PageBreak())
        story.append(_DocumentStart(index))
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
        made.append(_NumberedCanvas(*args, **kwargs))
        return made[-1]

    doc.build(story, canvasmaker=canvasmaker)
    return Rendered(out.getvalue(), len(made[-1]._held))
