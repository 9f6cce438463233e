"""Notices and certificates as a reader of the PDF sees them."""

import re
from datetime import date

import pytest
from reportlab.lib import utils as rl_utils

from pmdesk.core.errors import PmdeskError, ValidationError
from pmdesk.core.settings import Profile
from pmdesk.documents import fonts, letters
from pmdesk.documents.layout import A4, RECEIPT
from pmdesk.documents.pdf import AmountTable, Letter, render

DAY = date(2026, 11, 27)
OFFICE = Profile("翠湖苑", "翠湖苑物业服务中心", "杭州市西湖区翠湖路88号", "0571-88886666",
                "0571-88886677")
BODY = ("因小区二次供水设施年度清洗消毒，定于2026年12月3日（星期四）8:00至16:00暂停供水。"
        "请各位业主、住户提前做好储水准备。\n\n给您带来的不便，敬请谅解。")


def notice(**kw):
    kw.setdefault("title", "停水通知")
    kw.setdefault("body", BODY)
    return letters.notice(dated=DAY, **kw)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_notice_carries_letterhead_title_body_and_signature(as_pdf):
    rendered = render([notice()], OFFICE)
    assert rendered.pages == 1
    text = as_pdf(rendered.pdf).text()
    for expected in ("翠湖苑物业服务中心", "地址：杭州市西湖区翠湖路88号", "电话：0571-88886666",
                     "投诉电话：0571-88886677", "停水通知", "尊敬的各位业主、住户：",
                     "8:00至16:00暂停供水", "给您带来的不便，敬请谅解。", "特此通知。",
                     "2026年11月27日"):
        assert expected in flat(text), expected
    assert flat(text).index("停水通知") < flat(text).index("特此通知") \
        < flat(text).rindex("2026年11月27日")


def test_every_font_is_embedded(as_pdf):
    pdf = as_pdf(render([notice(body="刘䶮 " + BODY)], OFFICE).pdf)
    listed = pdf.fonts()
    assert listed and all(font["emb"] == "yes" for font in listed), listed
    assert any("WenQuanYi" in font["name"] for font in listed)
    assert any("HanaMinA" in font["name"] for font in listed)


@pytest.mark.parametrize("name", ["蒋<明>", "张三&李四", "阿依古丽·买买提", "</para>", "a < b > c",
                                  '"引号" \'单引\'', "<b>粗体</b>", "<font size=80>大</font>",
                                  "<font color=\"white\">藏</font>"])
def test_user_text_prints_literally(as_pdf, name):
    pdf = as_pdf(render([notice(body=f"业主{name}已登记。")], OFFICE).pdf)
    assert f"业主{name}已登记。".replace(" ", "") in flat(pdf.text())


def test_markup_in_user_text_opens_no_file_and_makes_no_link(as_pdf, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("an image was opened because of user text")

    monkeypatch.setattr(rl_utils.ImageReader, "__init__", refuse)
    body = '<img src="/etc/passwd"/> <a href="http://example.invalid/pay">点此缴费</a>'
    rendered = render([notice(body=body)], OFFICE)
    assert b"/URI" not in rendered.pdf
    assert flat(body) in flat(as_pdf(rendered.pdf).text())


def test_long_unbroken_latin_text_wraps(as_pdf):
    account = "6222" + "0123456789" * 20
    pdf = as_pdf(render([notice(body=f"账号：{account}，邮箱 service@cuihu.example.com。")],
                        OFFICE).pdf)
    assert account in flat(pdf.text())


def test_empty_and_odd_text_never_breaks_rendering(as_pdf):
    letter = Letter(title="通知", paragraphs=("", " ", "\u200b", "emoji 😀", "\t制表"),
                    dated=DAY)
    assert render([letter], OFFICE).pages == 1


def test_rare_name_characters_use_the_bundled_fallback(as_pdf):
    assert fonts.missing_glyphs("刘䶮", "堃喆") == []
    pdf = as_pdf(render([notice(body="业主刘䶮、王堃、李喆。")], OFFICE).pdf)
    assert "业主刘䶮、王堃、李喆。" in flat(pdf.text())


def test_characters_no_font_has_are_reported(monkeypatch):
    monkeypatch.setattr(fonts, "_system_fallbacks", list)
    fonts.chain.cache_clear()
    try:
        assert fonts.missing_glyphs("业主𠇔明", "😀", "𠇔") == ["𠇔", "😀"]
        render([notice(body="业主𠇔明😀")], OFFICE)  # the engine itself never fails on one
    finally:
        fonts.chain.cache_clear()


def test_a_missing_bundled_font_is_a_clear_error(monkeypatch, tmp_path):
    broken = fonts.FontChain([fonts.FontFile("Broken", tmp_path / "gone.ttc")])
    monkeypatch.setattr(fonts, "chain", lambda family="": broken)
    with pytest.raises(PmdeskError) as err:
        fonts.missing_glyphs("字")
    assert err.value.code == "font.missing"


def test_large_print_is_at_least_one_and_a_half_times_bigger(as_pdf):
    def body_glyph_height(large):
        bbox = as_pdf(render([notice(body="甲乙丙丁。", large_print=large)], OFFICE).pdf)
        words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<',
                           bbox.text("-bbox"))
        return next(float(y2) - float(y1) for y1, y2, word in words if "甲乙丙丁" in word)

    assert body_glyph_height(True) >= 1.5 * body_glyph_height(False) - 0.01


def test_certificate(as_pdf):
    letter = letters.certificate(body="兹证明王伟系本小区3栋2单元501室业主，车辆于2026年11月20日"
                                      "在地下车库被落物砸损，事发经过有监控记录。",
                                 addressee="中国人民财产保险股份有限公司杭州分公司：", dated=DAY)
    text = flat(as_pdf(render([letter], OFFICE).pdf).text())
    for expected in ("证明", "中国人民财产保险股份有限公司杭州分公司：", "兹证明王伟", "特此证明。",
                     "翠湖苑物业服务中心", "2026年11月27日"):
        assert expected in text


def test_pages_are_numbered_within_each_letter_of_a_batch(as_pdf):
    long = notice(body="\n\n".join(["这是一段很长的通知正文，用来把内容撑到第二页。" * 6] * 12))
    rendered = render([notice(), long, notice()], OFFICE)
    pages = as_pdf(rendered.pdf).text().split("\f")[:-1]
    assert rendered.pages == len(pages) >= 4
    numbered = [re.search(r"第\s*(\d+)\s*页\s+共\s*(\d+)\s*页", page) for page in pages]
    assert numbered[0] is None and numbered[-1] is None  # one-page letters carry no number
    middle = [m.groups() for m in numbered[1:-1]]
    total = str(len(middle))
    assert middle == [(str(i), total) for i in range(1, len(middle) + 1)]


def test_amounts_line_up_on_the_right(as_pdf):
    table = AmountTable(("项目", "期间", "金额（元）"),
                        (("物业服务费", "2026-01", "2,210.33"), ("垃圾清运费", "2026-01", "15.00")),
                        ("left", "center", "right"), (0.4, 0.3, 0.3))
    letter = Letter(title="缴费通知单", paragraphs=("本月费用如下。",), table=table, dated=DAY)
    bbox = as_pdf(render([letter], OFFICE).pdf).text("-bbox")
    right = {word: float(x2) for x2, word in re.findall(r'xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<',
                                                        bbox)}
    assert abs(right["2,210.33"] - right["15.00"]) < 1.0


def test_receipt_paper_page_size(as_pdf):
    info = as_pdf(render([notice()], OFFICE, RECEIPT).pdf).info()
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (241, 140)


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"title": " "}, "title"), ({"body": "\n\n"}, "body"), ({"title": "长" * 41}, "title")])
def test_bad_input_is_refused(kwargs, field):
    with pytest.raises(ValidationError) as err:
        notice(**kwargs)
    assert err.value.field == field


def test_body_text_becomes_paragraphs():
    text = "　　第一段第一行\n第一段第二行\r\n\r\n  第二段 line one\nline two\n\n\n"
    assert letters.paragraphs(text) == ("第一段第一行第一段第二行", "第二段 line one line two")


def test_amounts_in_words_print(as_pdf):
    from decimal import Decimal

    from pmdesk.documents.amount_words import amount_in_words

    words = amount_in_words(Decimal("16409.02"))
    letter = Letter(title="缴费通知单", paragraphs=(f"合计应缴人民币{words}（¥16,409.02）。",),
                    dated=DAY)
    assert "合计应缴人民币壹万陆仟肆佰零玖元零贰分（¥16,409.02）。" in flat(
        as_pdf(render([letter], OFFICE).pdf).text())



def test_reportlab_is_past_the_colour_expression_hole():
    """Catalogue P5: reportlab before 3.6.13 evaluated <font color> markup (CVE-2023-33733)."""
    import reportlab

    assert tuple(int(part) for part in reportlab.Version.split(".")[:3]) >= (3, 6, 13)


def test_every_sample_document_of_the_gallery_prints(as_pdf):
    """docs/document_images.py draws the README's gallery: every kind prints from its sample,
    so the gallery cannot rot unnoticed."""
    from docs.document_images import sample_documents

    for kind, rendered in sample_documents().items():
        assert rendered.pages >= 1 and as_pdf(rendered.pdf).text().strip(), kind


def test_chinese_paragraphs_end_flush_right(as_pdf, tmp_path):
    """Issue 16.3: the right edges of a justified paragraph's lines (all but its last) agree to
    a point, whatever the kinsoku rules moved to the next line."""
    import re
    import subprocess

    body = ("因小区二次供水设施年度清洗消毒，定于2026年12月3日（星期四）8:00至16:00暂停供水，"
            "涉及1栋至6栋全部住户。请各位业主、住户提前做好储水准备；停水期间请关闭家中水龙头，"
            "以免恢复供水时跑水。如有疑问，请致电服务中心0571-88886666。" * 3)
    pdf = as_pdf(render([letters.notice(title="停水通知", body=body)], OFFICE).pdf)
    boxes = subprocess.run(["pdftotext", "-bbox-layout", str(pdf.path), "-"], check=True,
                           capture_output=True, text=True).stdout
    right = A4.width - A4.right  # the frame's right edge
    edges = [float(x) for x in re.findall(r'<line xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"',
                                          boxes)]
    full = [x for x in edges if right - 28 < x < right + 1]  # not a hanging mark, not a last
    assert len(full) >= 6 and max(full) - min(full) < 1, edges  # line (two characters short)
    words = pdf.text().replace("\n", "")  # the spacing stays below what a reader takes for a
    assert "请各位业主、住户提前做好储水准备" in words  # space: a search for the words finds them


def test_titles_are_set_in_a_true_bold_and_the_text_in_the_serif(as_pdf):
    """Issue 16.5: GB/T 9704 habits — a heavy serif title, a serif body — from a real bold
    face, not glyphs stroked to look bold (text render mode 2)."""
    import base64
    import zlib

    rendered = render([notice(title="停水通知", body="因管道检修，停水一天。")], OFFICE)
    names = {font["name"].split("+")[-1] for font in as_pdf(rendered.pdf).fonts()}
    assert {"NotoSerifCJKsc-Regular", "NotoSerifCJKsc-Bold"} <= names, names
    def decoded(head: bytes, raw: bytes) -> bytes:
        if b"ASCII85Decode" in head:
            raw = base64.a85decode(raw.strip(), adobe=True)
        return zlib.decompress(raw) if b"FlateDecode" in head else raw

    pages = [decoded(head, raw) for head, raw in re.findall(
        rb"<<([^<>]*)>>\s*stream\r?\n(.*?)endstream", rendered.pdf, re.S)
        if b"Length1" not in head and b"Subtype" not in head]
    assert any(b" Tf" in page for page in pages)  # the page's text was read
    assert not any(b" 2 Tr" in page or b"\n2 Tr" in page for page in pages)
