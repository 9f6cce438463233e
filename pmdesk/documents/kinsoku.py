"""Chinese line breaking (避头尾) for reportlab paragraphs with `wordWrap='CJK'`.

reportlab breaks CJK text anywhere and only keeps a few Japanese closing marks off the start of a
line: a line may still begin with ，or ：, or end with “ or （. `install()` replaces reportlab's
splitter (`reportlab.platypus.paragraph.cjkFragSplit`, whose algorithm this follows; reportlab is
BSD-licensed) with one that applies the Chinese rules: no line starts with closing punctuation,
no line ends with opening punctuation. One closing mark may hang in the right margin (标点悬挂);
otherwise characters move to the next line together.
"""

from __future__ import annotations

from unicodedata import category

from reportlab.platypus import paragraph
from reportlab.rl_config import _FUZZ

CANNOT_START = set(
    "，。、；：？！）》」』】〕〗〙〛｝］〉”’…‥·—～%‰℃°′″"
    ",.;:?!)]}>'\"" + "々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー"
)
CANNOT_END = set("（《「『【〔〖〘〚｛［〈“‘([{<￥$£#@")


def _breakable_back(chars: list, start: int, end: int) -> int:
    """For a run of non-CJK text overflowing at `end`, a better break: after a space or at the
    last CJK character in the second half of the line (as reportlab does); else `end`."""
    for j in range(end - 1, (start + end) >> 1, -1):
        if chars[j] and (category(chars[j]) == "Zs" or ord(chars[j]) >= 0x3000):
            return j + 1
    return end


def _settle(chars: list, start: int, end: int, hang: bool) -> int:
    """Move the break `end` (the next line's first character) so the Chinese rules hold."""
    n = len(chars)
    if hang and end < n and chars[end] in CANNOT_START and end > start + 1:
        end += 1  # hang one closing mark in the margin
    while start + 1 < end < n and (chars[end] in CANNOT_START or chars[end - 1] in CANNOT_END):
        end -= 1
    return end


def cjk_frag_split(frags, maxWidths, calcBounds, encoding="utf8"):  # noqa: N803 - reportlab's API
    chars = []
    for frag in frags:
        text = frag.text
        if isinstance(text, bytes):
            text = text.decode(encoding)
        if text:
            chars.extend(paragraph.cjkU(t, frag, encoding) for t in text)
        else:
            chars.append(paragraph.cjkU(text, frag, encoding))
    lines = []
    start = 0
    max_width = maxWidths[0]
    n = len(chars)
    while start < n:
        used, i, forced = 0, start, False
        while i < n:
            width = chars[i].width
            if hasattr(width, "normalizedValue"):
                width._normalizer = max_width
                width = width.normalizedValue(max_width)
            if hasattr(chars[i].frag, "lineBreak"):
                used += width
                i += 1
                forced = True
                break
            if used + width > max_width + _FUZZ and i > start:
                break
            used += width
            i += 1
        end = i
        if not forced and end < n:
            if ord(chars[end]) < 0x3000 and not chars[end].isspace():
                end = _breakable_back(chars, start, end)
            end = _settle(chars, start, end, hang=True)
        line_width = sum(_width(chars[k], max_width) for k in range(start, end))
        lines.append(paragraph.makeCJKParaLine(chars[start:end], max_width, line_width,
                                               max_width - line_width, forced, calcBounds))
        start = end
        try:
            max_width = maxWidths[len(lines)]
        except IndexError:
            max_width = maxWidths[-1]
    return paragraph.ParaLines(kind=1, lines=lines)


def _width(char, max_width: float) -> float:
    width = char.width
    if hasattr(width, "normalizedValue"):
        width._normalizer = max_width
        return width.normalizedValue(max_width)
    return width


def install() -> None:
    """Make every CJK-wrapped Paragraph of this process follow the Chinese rules."""
    paragraph.cjkFragSplit = cjk_frag_split
