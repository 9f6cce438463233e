"""The fonts every PDF embeds, and what to do with characters they lack.

Three bundled families: letters and notices are set in Noto Serif CJK SC, its bold for titles (a
true bold, as GB/T 9704 sets titles in a heavy serif), its regular for the text; tables, forms
and receipts in WenQuanYi Micro Hei (sans). Each family falls back, in order, to the other
bundled faces for what it lacks (the serif keeps GB 2312), then to the bundled Extension A font
for rare name characters, then to fonts found on the PC (SimSun-ExtB on Windows, Hanazono on
Linux). `missing_glyphs()` tells the caller, before anything is printed, which characters no
font can draw; `markup()` escapes user text for reportlab's Paragraph and switches fonts for the
characters that need a fallback.
"""

from __future__ import annotations

import os
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from pmdesk.core.errors import PmdeskError
from pmdesk.paths import resource

MAIN_FONT = "PmdeskSans"  # tables, forms, receipts
SERIF = "PmdeskSerif"  # the text of letters and notices
SERIF_BOLD = "PmdeskSerifBold"  # their titles and headings


@dataclass(frozen=True)
class FontFile:
    name: str
    path: Path
    index: int = 0


def _system_fallbacks() -> list[FontFile]:
    windows = Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"
    candidates = [
        (windows / "simsunb.ttf", 0),  # SimSun-ExtB: CJK Extension B
        (windows / "msyh.ttc", 0),  # Microsoft YaHei
        (windows / "simsun.ttc", 0),
        (Path("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"), 0),
        (Path("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf"), 0),
    ]
    return [FontFile(f"PmdeskSystem{i}", path, index)
            for i, (path, index) in enumerate(candidates) if path.is_file()]


def bundled_fonts() -> list[FontFile]:
    """The bundled faces, the family's own first: sans, serif, serif bold, Extension A."""
    return [FontFile(MAIN_FONT, resource("fonts", "wqy-microhei.ttc"), 0),
            FontFile(SERIF, resource("fonts", "noto-serif-sc-regular.ttf"), 0),
            FontFile(SERIF_BOLD, resource("fonts", "noto-serif-sc-bold.ttf"), 0),
            FontFile("PmdeskExtA", resource("fonts", "hanazono-exta.ttf"), 0)]


FAMILIES = (MAIN_FONT, SERIF, SERIF_BOLD)
_loaded: dict[str, dict[int, int] | None] = {}  # every chain shares the fonts it loaded
_loading = threading.Lock()


class FontChain:
    """The main font and its fallbacks, loaded when first needed."""

    def __init__(self, files: list[FontFile]) -> None:
        self.files = files
        self.markup_cache: dict[str, str] = {}

    def _cmap(self, font: FontFile) -> dict[int, int] | None:
        try:
            return _loaded[font.name]
        except KeyError:
            pass
        with _loading:
            if font.name not in _loaded:
                try:
                    ttf = TTFont(font.name, str(font.path), subfontIndex=font.index)
                except (TTFError, OSError):  # a CFF .otf, an unreadable file: not usable
                    _loaded[font.name] = None
                else:
                    pdfmetrics.registerFont(ttf)
                    _loaded[font.name] = ttf.face.charToGlyph
            return _loaded[font.name]

    def main(self) -> str:
        """The main font's name; a coded error if the bundled font is missing or damaged."""
        if self._cmap(self.files[0]) is None:
            raise PmdeskError("font.missing", path=str(self.files[0].path))
        return self.files[0].name

    def font_for(self, char: str) -> str | None:
        """The first font of the chain that has `char`, or None."""
        code = ord(char)
        for font in self.files:
            cmap = self._cmap(font)
            if cmap is not None and code in cmap:
                return font.name
        return None


@cache
def chain(family: str = MAIN_FONT) -> FontChain:
    """The family's face, then the other bundled faces in order, then the PC's fonts; the
    serif's bold falls back to the sans (heavier than the serif's regular) before that."""
    bundled = bundled_fonts()
    order = {SERIF_BOLD: [SERIF_BOLD, MAIN_FONT, SERIF]}.get(family, [family])
    first = [next(f for f in bundled if f.name == name) for name in order]
    return FontChain(first + [f for f in bundled if f not in first] + _system_fallbacks())


def _printable(char: str) -> bool:
    return unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp") or char == "\n"


def clean(text: str) -> str:
    """Drop characters that never print (controls, zero-width marks); tabs become spaces."""
    return "".join(c for c in text.replace("\t", "    ") if _printable(c))


def missing_glyphs(*texts: str) -> list[str]:
    """Characters of `texts` that no available font can draw, each once, in order."""
    fonts = chain()
    fonts.main()
    seen: dict[str, None] = {}
    for text in texts:
        for char in clean(text):
            if char not in seen and not char.isspace() and fonts.font_for(char) is None:
                seen[char] = None
    return list(seen)


MARKUP_CACHE_SIZE = 20_000  # letterheads, titles and names repeat across a batch of letters


def markup(text: str, family: str = MAIN_FONT) -> str:
    """User text as Paragraph markup that prints literally: escaped, line breaks kept, and
    characters the family's font lacks set in the fallback font that has them."""
    fonts = chain(family if family in FAMILIES else MAIN_FONT)
    cached = fonts.markup_cache.get(text)
    if cached is not None:
        return cached
    main = fonts.main()
    out: list[str] = []
    run_font, run = main, []

    def flush() -> None:
        if not run:
            return
        piece = escape("".join(run)).replace("\n", "<br/>")
        out.append(piece if run_font == main else f'<font name="{run_font}">{piece}</font>')
        run.clear()

    for char in clean(text):
        font = main if char.isascii() or char.isspace() else (fonts.font_for(char) or main)
        if font != run_font:
            flush()
            run_font = font
        run.append(char)
    flush()
    if len(fonts.markup_cache) >= MARKUP_CACHE_SIZE:
        fonts.markup_cache.clear()
    fonts.markup_cache[text] = result = "".join(out)
    return result
