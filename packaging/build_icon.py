"""Rebuild the application icon: resources/icons/pmdesk.png (the window, the Linux menu) and
packaging/pmdesk.ico (the Windows executables and shortcuts).

A rounded square in the office's blue with 物 in white, set in the bundled WenQuanYi Micro Hei,
drawn large and scaled down so the small sizes stay sharp. Pillow comes with reportlab.

    python packaging/build_icon.py
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
PNG = ROOT / "resources" / "icons" / "pmdesk.png"
ICO = ROOT / "packaging" / "pmdesk.ico"
BLUE, WHITE = (30, 96, 160, 255), (255, 255, 255, 255)
SIDE = 1024


def drawn() -> Image.Image:
    image = Image.new("RGBA", (SIDE, SIDE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    margin = SIDE // 16
    draw.rounded_rectangle((margin, margin, SIDE - margin, SIDE - margin),
                           radius=SIDE // 5, fill=BLUE)
    font = ImageFont.truetype(str(FONT), int(SIDE * 0.62), index=0)
    draw.text((SIDE / 2, SIDE / 2), "物", font=font, fill=WHITE, anchor="mm")
    return image


def main() -> None:
    image = drawn()
    PNG.parent.mkdir(parents=True, exist_ok=True)
    image.resize((256, 256), Image.Resampling.LANCZOS).save(PNG, optimize=True)
    image.save(ICO, sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128),
                           (256, 256)])
    print(f"wrote {PNG} and {ICO}")


if __name__ == "__main__":
    main()
