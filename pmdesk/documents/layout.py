"""Every measurement of the printed page, in one place (points unless named otherwise)."""

from __future__ import annotations

from dataclasses import dataclass

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

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.height - self.top - self.bottom


A4 = PageSpec("A4", 210 * mm, 297 * mm, top=22 * mm, right=25 * mm, bottom=22 * mm,
              left=25 * mm)
# Continuous receipt paper, 241 mm wide and torn off at 140 mm (二等分).
RECEIPT = PageSpec("receipt-241x140", 241 * mm, 140 * mm, top=8 * mm, right=12 * mm,
                   bottom=8 * mm, left=12 * mm)


@dataclass(frozen=True)
class TypeScale:
    """Font sizes of one reading size; `LARGE` is for elderly households (at least 1.5×)."""

    office: float = 17
    contacts: float = 9
    title: float = 22
    body: float = 14
    table: float = 11
    footer: float = 9
    leading: float = 1.6  # line height as a multiple of the font size

    def scaled(self, factor: float) -> TypeScale:
        return TypeScale(office=self.office, contacts=self.contacts,
                         title=self.title * factor, body=self.body * factor,
                         table=self.table * factor, footer=self.footer, leading=self.leading)


NORMAL = TypeScale()
LARGE = NORMAL.scaled(1.5)

SEAL_DIAMETER = 42 * mm  # a round office seal
RULE_COLOR = "#b22222"  # the red rule under the letterhead
RULE_WIDTH = 1.2
TEXT_COLOR = "#000000"
MUTED_COLOR = "#444444"
INDENT_CHARS = 2  # body paragraphs start two characters in
TITLE_SPACE_AFTER = 10 * mm
SIGNATURE_GAP = 12 * mm  # between the last paragraph and the signature block
FOOTER_Y = 10 * mm  # page numbers, from the bottom edge
CELL_PADDING = (3, 4)  # table cells: top, bottom
