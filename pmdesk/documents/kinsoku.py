"""Chinese line breaking (避头尾) for reportlab paragraphs with `wordWrap='CJK'`.

reportlab breaks CJK text anywhere and only keeps a few Japanese closing marks off the start of a
line: a line may still begin with ，or ：, or end with “ or （. `install()` replaces reportlab's
two CJK splitters (`reportlab.platypus.paragraph.cjkFragSplit` for styled text and `wordSplit`
for plain text; reportlab is BSD-licensed and these follow its algorithm) with ones that apply
the Chinese rules: no line starts with closing punctuation, no line ends with opening
punctuation. One closing mark may hang in the right margin (标点悬挂); otherwise characters move
to the next line together. A number keeps its unit and a date stays whole (`12月15日`, `80 人`
aside, `2026年12月10日`), and a room, phone or receipt number (`15-2-250/4`, `0571-888866/66`)
is never broken unless it is longer than the line. A paragraph never ends on a line of one
character (`实。`): the line before gives it one more. Justified Chinese lines end flush: what is
left of the line is shared between the characters (inter-character spacing, as Chinese
typesetting does), not put into the few spaces.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from unicodedata import category

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import paragraph
from reportlab.rl_config import _FUZZ

CANNOT_START = frozenset(
    "，。、；：？！）》」』】〕〗〙〛｝］〉”’…‥·—～％‰℃°′″"
    ",.;:?!)]}>%'\"" + "々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー"
)
CANNOT_END = frozenset("（《「『【〔〖〘〚｛［〈“‘([{<￥¥$£#@")
UNITS = frozenset("年月日时分秒号元角户人栋幢层楼室期页个岁次件份位名天周％%℃㎡")
LATIN_WORD = frozenset("-/.:,@_#+*")  # inside a number or a code: 0571-888866/66, 1,620.25,
# 138****5678


def _glued(left: str, right: str) -> bool:
    """Whether a line may not break between `left` and `right`."""
    if "\u00a0" in (left, right):  # a no-break space, inside an account number
        return True
    if left.isascii() and right.isascii():
        return (left.isalnum() or left in LATIN_WORD) and (right.isalnum() or right in LATIN_WORD)
    return ((left.isdigit() and right in UNITS) or (left in "年月" and right.isdigit())
            or (left in CAPITALS and right in CAPITALS) or left + right in WORDS
            or right == "〔" and _ideograph(left) or left == "〔" or right == "〕"
            or left == "〕" and right.isdigit()
            or left == "＿" and (right == "＿" or right in "年月日")
            or right == "＿" and left in "年月日")


CAPITALS = frozenset("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整")  # an amount in words stays whole
WORDS = frozenset(("人民", "民币", "星期", *(f"期{day}" for day in "一二三四五六日天")))


def _ideograph(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


def _glued_at(chars: Sequence[str], i: int) -> bool:
    """Whether a line may not break before `chars[i]`; a document number keeps the two
    characters before its 〔 (催缴〔2026〕0012号)."""
    left, right = chars[i - 1], chars[i]
    if _glued(left, right):
        return True
    after = chars[i + 1] if i + 1 < len(chars) else ""
    before = chars[i - 2] if i > 1 else ""
    return (after == "〔" and _ideograph(left) and _ideograph(right)
            or right == " " and left.isdigit() and after in UNITS  # 80 人, 2 张
            or left == " " and before.isdigit() and right in UNITS)


def _latin_break(chars: Sequence[str], start: int, end: int) -> int:
    """A break inside Latin text: after a space or at the last CJK character in the second half
    of the line (as reportlab does); else where the text overflowed."""
    for j in range(end - 1, (start + end) >> 1, -1):
        if chars[j] and chars[j] != "\u00a0" and (category(chars[j]) == "Zs"
                                                  or ord(chars[j]) >= 0x3000):
            return j + 1
    return end


def _settle(chars: Sequence[str], start: int, end: int, *, hang: bool = True) -> int:
    """Move the break `end` (the next line's first character) so the Chinese rules hold."""
    n = len(chars)
    if hang and end < n and chars[end] in CANNOT_START and end > start + 1:
        end += 1  # hang one closing mark in the margin
    while start + 1 < end < n and (chars[end] in CANNOT_START or chars[end - 1] in CANNOT_END):
        end -= 1
    if start < end < n and _glued_at(chars, end):
        whole = end - 1  # to before the number, date or code, if it fits a line at all
        while whole > start and _glued_at(chars, whole):
            whole -= 1
        if whole > start:  # and the rules again before it: never `（` at a line's end
            moved = _settle(chars, start, whole, hang=False)
            if chars[moved - 1] not in CANNOT_END:  # else the run is broken, not the rules
                end = moved
    return end


def break_lines(chars: Sequence[str], width_of: Callable[[int, float], float],
                max_widths: Sequence[float], forced: Callable[[int], bool]
                ) -> list[tuple[int, int, float, bool]]:
    """Lines as (start, end, width used, ends with a forced break)."""
    lines: list[tuple[int, int, float, bool]] = []
    start, n = 0, len(chars)
    while start < n:
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        used, i, hard = 0.0, start, False
        while i < n:
            width = width_of(i, max_width)
            if forced(i):
                used += width
                i += 1
                hard = True
                break
            if used + width > max_width + _FUZZ and i > start:
                break
            used += width
            i += 1
        end = i
        if not hard and end < n:
            if ord(chars[end]) < 0x3000 and not chars[end].isspace():
                end = _latin_break(chars, start, end)
            end = _settle(chars, start, end)
            used = sum(width_of(k, max_width) for k in range(start, end))
        lines.append((start, end, used, hard))
        start = end
    if len(lines) > 1 and not lines[-2][3]:
        _no_lone_last_character(chars, width_of, max_widths, lines)
    return lines


def _no_lone_last_character(chars: Sequence[str], width_of, max_widths: Sequence[float],
                            lines: list[tuple[int, int, float, bool]]) -> None:
    """Give a last line of one character (and its punctuation) one more from the line above."""
    (start, end, _, _), (_, last_end, _, hard) = lines[-2], lines[-1]
    text = [c for c in chars[end:last_end] if c not in CANNOT_START and not c.isspace()]
    if len(text) > 1:
        return
    moved = _settle(chars, start, end - 1)
    if not start + 1 < moved < end:
        return
    widths = [max_widths[min(len(lines) - k, len(max_widths) - 1)] for k in (2, 1)]
    lines[-2] = (start, moved, sum(width_of(i, widths[0]) for i in range(start, moved)), False)
    lines[-1] = (moved, last_end, sum(width_of(i, widths[1]) for i in range(moved, last_end)),
                 hard)


def cjk_frag_split(frags, maxWidths, calcBounds, encoding="utf8"):  # noqa: N803 - reportlab's
    """Drop-in for reportlab's `cjkFragSplit` (text in several styles or fonts)."""
    chars = []
    for frag in frags:
        text = frag.text.decode(encoding) if isinstance(frag.text, bytes) else frag.text
        if text:
            chars.extend(paragraph.cjkU(t, frag, encoding) for t in text)
        else:
            chars.append(paragraph.cjkU(text, frag, encoding))

    def width_of(index: int, max_width: float) -> float:
        width = chars[index].width
        if hasattr(width, "normalizedValue"):
            width._normalizer = max_width
            width = width.normalizedValue(max_width)
        return width

    lines = []
    for number, (start, end, used, hard) in enumerate(
            break_lines(chars, width_of, maxWidths,
                        lambda i: hasattr(chars[i].frag, "lineBreak"))):
        max_width = maxWidths[min(number, len(maxWidths) - 1)]
        lines.append(paragraph.makeCJKParaLine(chars[start:end], max_width, used,
                                               max_width - used, hard, calcBounds))
    return paragraph.ParaLines(kind=1, lines=lines)


_char_widths: dict[tuple[str, float], dict[str, float]] = {}


def word_split(word, maxWidths, fontName, fontSize, encoding="utf8"):  # noqa: N803 - reportlab's
    """Drop-in for reportlab's `wordSplit` (text in a single style and font)."""
    if isinstance(word, bytes):
        word = word.decode(encoding)
    if not isinstance(maxWidths, list | tuple):
        maxWidths = [maxWidths]
    known = _char_widths.setdefault((fontName, fontSize), {})
    widths = []
    for char in word:
        width = known.get(char)
        if width is None:
            known[char] = width = stringWidth(char, fontName, fontSize)
        widths.append(width)
    result = []
    for number, (start, end, used, _) in enumerate(
            break_lines(word, lambda i, _w: widths[i], maxWidths, lambda _i: False)):
        max_width = maxWidths[min(number, len(maxWidths) - 1)]
        result.append([max_width - used, word[start:end].strip()])
    return result


MAX_TRACKING = 0.09  # of the font size: the most a justified line spreads its characters apart;
# wider, a PDF reader takes the gaps for spaces (searching 停水 would not find it)


def _tracking(extra: float, chars: int, size: float) -> float | None:
    """The spacing that makes a line of `chars` characters `extra` points wider, or None when
    there is nothing to share or it would pull the line apart."""
    if extra <= 1e-6 or chars < 2 or extra / (chars - 1) > MAX_TRACKING * size:
        return None
    return extra / (chars - 1)


def _chinese(text: str) -> bool:
    return any(ord(c) >= 0x2E80 for c in text)


_plain_justify = paragraph._justifyDrawParaLine
_frag_justify = paragraph._justifyDrawParaLineX


def _pieces(text: str) -> list[str]:
    """The line cut where justification may add space: after each Chinese character and
    after each run of Latin text or digits (never inside `¥855.30` or `0571-88886666`)."""
    pieces: list[str] = []
    for char in text:
        if pieces and not _chinese(char) and not _chinese(pieces[-1][-1]) \
                and not pieces[-1][-1].isspace():
            pieces[-1] += char
        else:
            pieces.append(char)
    return pieces


def justify_plain(tx, offset, extraspace, words, last=0):
    """reportlab's justified line of one style, the space shared between the Chinese
    characters and around (never inside) numbers and Latin words."""
    text = " ".join(words)
    pieces = _pieces(text)
    spacing = None if last or getattr(tx, "preformatted", False) or not _chinese(text) \
        else _tracking(extraspace, len(pieces), tx._fontsize)
    if spacing is None:
        return _plain_justify(tx, offset, extraspace, words, last)
    runs: list[list] = []  # [text, spaced]: no space inside a Latin run, its share after it
    for piece in pieces:
        for text, spaced in ((piece[:-1], False), (piece[-1], True)):
            if not text:
                continue
            if runs and runs[-1][1] == spaced:
                runs[-1][0] += text
            else:
                runs.append([text, spaced])
    paragraph.setXPos(tx, offset)
    for index, (text, spaced) in enumerate(runs):
        tx.setCharSpace(spacing if spaced else 0)
        tx._textOut(text, index == len(runs) - 1)
    tx.setCharSpace(0)
    paragraph.setXPos(tx, -offset)
    return offset


def justify_frags(tx, offset, line, last=0):
    """reportlab's justified line of several styles (fonts), spread between characters."""
    texts = [w.text for w in line.words if not hasattr(w, "cbDefn")]
    spacing = None if last or line.lineBreak or not _chinese("".join(texts)) \
        else _tracking(line.extraSpace, sum(map(len, texts)), line.fontSize)
    if spacing is None:
        return _frag_justify(tx, offset, line, last)
    tx._x_offset = offset
    paragraph.setXPos(tx, offset)
    tx.setCharSpace(spacing)
    paragraph._putFragLine(offset, tx, line, last, "justify")
    tx.setCharSpace(0)
    paragraph.setXPos(tx, -offset)
    return None


def install() -> None:
    """Make every CJK-wrapped Paragraph of this process follow the Chinese rules."""
    paragraph.cjkFragSplit = cjk_frag_split
    paragraph.wordSplit = word_split
    paragraph._justifyDrawParaLine = justify_plain
    paragraph._justifyDrawParaLineX = justify_frags
