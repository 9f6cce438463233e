"""Regenerate the document renderings in docs/images/ (needs poppler-utils' pdftoppm).

    python docs/document_images.py

Renders each document type with sample content — a notice, its large-print variant, and a
certificate carrying a sample seal image — and turns page 1 into a PNG at 60 dpi.
"""

from __future__ import annotations

import io
import math
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from pmdesk.core.settings import Profile
from pmdesk.documents import letters
from pmdesk.documents.pdf import render
from pmdesk.paths import resource

IMAGES = Path(__file__).resolve().parent / "images"
DAY = date(2026, 11, 27)
NOTICE = ("因小区二次供水设施年度清洗消毒，定于2026年12月3日（星期四）8:00至16:00暂停供水，"
          "涉及1栋至6栋全部住户。请各位业主、住户提前做好储水准备；停水期间请关闭家中水龙头，"
          "以免恢复供水时跑水。\n\n恢复供水后如水质浑浊，请先放水一至两分钟。如有疑问，请致电服务中心"
          "0571-88886666，或到服务中心前台咨询。给您带来的不便，敬请谅解！")
CERTIFICATE = ("兹证明王伟系本小区3栋2单元501室业主。2026年11月20日14时许，其停放于地下车库B1层"
               "A-136车位的浙A·12345号小型轿车被上方脱落的消防管道支架砸中，造成前挡风玻璃及"
               "引擎盖受损。经查看监控录像，情况属实。")


def sample_seal(text: str) -> bytes:
    """A red round seal marked 样章 (a sample, not an office's real seal)."""
    size = 400
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    red = (200, 20, 30, 215)
    draw.ellipse((8, 8, size - 8, size - 8), outline=red, width=14)
    font = ImageFont.truetype(str(resource("fonts", "wqy-microhei.ttc")), 44, index=0)
    for i, char in enumerate(text):  # the name along the upper arc
        angle = math.radians(210 + i * 120 / max(len(text) - 1, 1))
        x, y = size / 2 + 140 * math.cos(angle), size / 2 + 140 * math.sin(angle)
        glyph = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((30, 30), char, font=font, fill=red, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.BICUBIC)
        image.alpha_composite(glyph, (int(x - 30), int(y - 30)))
    star = [(size / 2 + r * math.cos(math.radians(-90 + k * 36)),
             size / 2 + r * math.sin(math.radians(-90 + k * 36)))
            for k, r in zip(range(10), [60, 24] * 5, strict=True)]
    draw.polygon(star, fill=red)
    draw.text((size / 2, size * 0.76), "样章", font=font, fill=red, anchor="mm")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def main() -> None:
    office = Profile("翠湖苑", "翠湖苑物业服务中心", "杭州市西湖区翠湖路88号", "0571-88886666",
                    "0571-88886677")
    sealed = Profile(**{**office.__dict__, "seal_png": sample_seal("翠湖苑物业服务中心")})
    documents = {
        "notice": render([letters.notice(title="停水通知", body=NOTICE, dated=DAY)], office),
        "notice-large-print": render([letters.notice(title="停水通知", body=NOTICE, dated=DAY,
                                                     large_print=True)], office),
        "certificate": render([letters.certificate(
            body=CERTIFICATE, addressee="中国人民财产保险股份有限公司杭州分公司：",
            dated=DAY)], sealed),
    }
    with tempfile.TemporaryDirectory() as scratch:
        for name, rendered in documents.items():
            pdf = Path(scratch) / f"{name}.pdf"
            pdf.write_bytes(rendered.pdf)
            subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1",
                            "-singlefile", str(pdf), str(IMAGES / name)], check=True)
            print(IMAGES / f"{name}.png")


if __name__ == "__main__":
    main()
