"""Rebuild resources/fonts/hanazono-exta.ttf, the fallback for rare name characters.

WenQuanYi Micro Hei (the bundled main font) lacks CJK Extension A, where many rare characters of
personal names live (䶮 U+4DAE). This takes Extension A (U+3400–U+4DBF) out of HanaMinA
(GlyphWiki's Hanazono Mincho, Hanazono Font License: use, copy, modify and distribute freely) so
the app ships 3 MB instead of 22 MB. Characters beyond (Extension B and later, e.g. 𠇔) come from
fonts installed on the PC (documents/fonts.py) or are reported before printing.

    pip install fonttools            # a tool for this script only, not a dependency of pmdesk
    apt-get install fonts-hanazono   # or download HanaMinA.ttf from GlyphWiki
    python packaging/build_fallback_font.py [path/to/HanaMinA.ttf]
"""

import subprocess
import sys
from pathlib import Path

SOURCE = Path("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf")
TARGET = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "hanazono-exta.ttf"


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    subprocess.run([sys.executable, "-m", "fontTools.subset", str(source),
                    "--unicodes=U+3400-4DBF", "--no-hinting", "--drop-tables+=FFTM",
                    f"--output-file={TARGET}"], check=True)
    print(f"wrote {TARGET} ({TARGET.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
