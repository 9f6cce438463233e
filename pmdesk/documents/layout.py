"""Every measurement of the printed page, in one place (points unless named otherwise)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib.units import mm


@dataclass(frozen=True)
class PageSpec:
    name: str
    width: float
    height: float
    top: float
    right: float
    bottom: float
    left: float
    footer_y: float = 10 * mm  # page numbers, from the bottom edge: below the frame

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.height - self.top - self.bottom


A4 = PageSpec("A4", 210 * mm, 297 * mm, top=22 * mm, right=25 * mm, bottom=22 * mm,
              left=25 * mm)
A4_LANDSCAPE = PageSpec("A4-landscape", 297 * mm, 210 * mm, top=18 * mm, right=20 * mm,
                        bottom=18 * mm, left=20 * mm)  # wide registers and sheets
# Continuous receipt paper, 241 mm wide and torn off at 140 mm (二等分).
RECEIPT = PageSpec("receipt-241x140", 241 * mm, 140 * mm, top=8 * mm, right=12 * mm,
                   bottom=12 * mm, left=12 * mm, footer_y=5 * mm)


@dataclass(frozen=True)
class TypeScale:
    """Font sizes of one reading size; `LARGE` is for elderly households (at least 1.5×)."""

    office: float = 17
    contacts: float = 9
    title: float = 22  # 二号, as GB/T 9704 sets a title
    body: float = 16  # 三号, its body text
    table: float = 11
    footer: float = 9
    leading: float = 1.6  # line height as a multiple of the font size
    letterhead_gap: float = 13  # below the letterhead's rule
    title_after: float = 10 * mm
    signature_gap: float = 12 * mm  # between the last paragraph and the signature block
    cell_padding: tuple[float, float] = (3, 4)  # table cells: top, bottom
    seal_room: float = 26 * mm  # the height the signature keeps: the seal, centred on the
    # office's name and the date, may reach a little into the gap above and the margin below

    def scaled(self, factor: float) -> TypeScale:
        return replace(self, title=self.title * factor, body=self.body * factor,
                       table=self.table * factor)

    def tightened(self) -> TypeScale:
        """The same sizes set closer, the body two sizes smaller (四号, 14 pt), for a letter that
        would otherwise run a little over one page: a page and a bit is worse than a page set a
        little tighter."""
        return replace(self, body=self.body * 14 / 16, leading=1.42, letterhead_gap=5,
                       title_after=4 * mm, signature_gap=3 * mm, cell_padding=(1.5, 2.5),
                       seal_room=20 * mm)


NORMAL = TypeScale()
LARGE = NORMAL.scaled(1.5)

SEAL_DIAMETER = 42 * mm  # a round office seal
RULE_COLOR = "#b22222"  # the red rule under the letterhead
RULE_WIDTH = 1.2
TEXT_COLOR = "#000000"
MUTED_COLOR = "#444444"
INDENT_CHARS = 2  # body paragraphs start two characters in
KEEP_ROWS = 2  # a table's first and last rows kept with its heading and with the closing
TEAR_OFF_HEIGHT = 30 * mm  # the least room a slip to cut off needs, its cut line included
