"""The fonts every PDF embeds, and what to do with characters they lack.

The main font is the bundled WenQuanYi Micro Hei (CJK and Latin, TrueType). Rare name characters
fall back, in order, to the bundled Extension A font, then to fonts found on the PC (SimSun-ExtB
on Windows, Hanazono on Linux). `missing_glyphs()` tells the caller, before anything is printed,
which characters no font can draw; `markup()` escapes user text for reportlab's Paragraph and
switches fonts for the characters that need a fallback.
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

MAIN_FONT = "PmdeskSans"


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
    return [FontFile(MAIN_FONT, resource("fonts", "wqy-microhei.ttc"), 0),
            FontFile("PmdeskExtA", resource("fonts", "hanazono-exta.ttf"), 0)]


class FontChain:
    """The main font and its fallbacks, loaded when first needed."""

    def __init__(self, files: list[FontFile]) -> None:
        self.files = files
        self._loaded: dict[str, dict[int, int] | None] = {}
        self._lock = threading.Lock()
        self.markup_cache: dict[str, str] = {}

    def _cmap(self, font: FontFile) -> dict[int, int] | None:
        try:
            return self._loaded[font.name]
        except KeyError:
            pass
        with self._lock:
            if font.name not in self._loaded:
                try:
                    ttf = TTFont(font.name, str(font.path), subfontIndex=font.index)
                except (TTFError, OSError):  # a CFF .otf, an unreadable file: not usable
                    self._loaded[font.name] = None
                else:
                    pdfmetrics.registerFont(ttf)
                    self._loaded[font.name] = ttf.face.charToGlyph
            return self._loaded[font.name]

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
def chain() -> FontChain:
    return FontChain(bundled_fonts() + _system_fallbacks())


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


def markup(text: str) -> str:
    """User text as Paragraph markup that prints literally: escaped, line breaks kept, and
    characters the main font lacks set in the fallback font that has them."""
    fonts = chain()
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
