"""Rebuild resources/fonts/noto-serif-sc-{regular,bold}.ttf, the faces of letters and notices.

Chinese official documents (GB/T 9704) set the title in a heavy serif (小标宋) and the body in
宋 or 仿宋. Noto Serif CJK SC (SIL Open Font License 1.1: use, modify and redistribute, also
subsetted, with the licence) is such a face, with a true bold. It ships as CFF outlines in a
collection, which reportlab cannot embed, so this takes the SC face, keeps the characters of
GB 2312 (6,763 hanzi, the punctuation and symbols) with ASCII, Latin-1 and the full-width forms,
and converts the outlines to TrueType: 5–6 MB a face instead of 25 MB. Characters beyond come
from the other bundled fonts (documents/fonts.py).

    pip install fonttools            # a tool for this script only, not a dependency of pmdesk
    apt-get install fonts-noto-cjk   # or download NotoSerifCJK-{Regular,Bold}.ttc from Google
    python packaging/build_letter_fonts.py [FOLDER_WITH_THE_TTC_FILES]
"""

import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

SOURCE = Path("/usr/share/fonts/opentype/noto")
TARGET = Path(__file__).resolve().parent.parent / "resources" / "fonts"
FACES = {"Regular": "noto-serif-sc-regular.ttf", "Bold": "noto-serif-sc-bold.ttf"}
SYMBOLS = "㎡℃‰№×÷¥￥…—·•"


def characters() -> set[int]:
    """GB 2312, ASCII and Latin-1, CJK punctuation, general punctuation, full-width forms."""
    kept = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100)) | set(range(0x2000, 0x2070))
    kept |= set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0)) | {ord(c) for c in SYMBOLS}
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                kept.add(ord(bytes([high, low]).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return kept


def to_truetype(font) -> None:
    """Replace the CFF outlines by quadratic TrueType ones (within 1 unit of 1,000)."""
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"], font["loca"] = glyf, newTable("loca")
    for table in ("CFF ", "VORG"):
        if table in font:
            del font[table]
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType, post.extraNames, post.mapping = 2.0, [], {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    options = subset.Options()
    options.layout_features, options.name_IDs = ["*"], ["*"]
    options.hinting, options.desubroutinize, options.notdef_outline = False, True, True
    for weight, name in FACES.items():
        collection = TTCollection(folder / f"NotoSerifCJK-{weight}.ttc")
        font = next(f for f in collection.fonts
                    if f["name"].getDebugName(4).startswith("Noto Serif CJK SC"))
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=characters())
        subsetter.subset(font)
        to_truetype(font)
        font.save(TARGET / name)
        print(f"wrote {TARGET / name} ({(TARGET / name).stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
