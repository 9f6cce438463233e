"""Pinyin search keys for names: full pinyin and initials, surnames read as surnames.

pypinyin reads a name's first character with its common reading (单 dan, 曾 ceng, 解 jie); as a
surname they are shan, zeng, xie. Keys are computed once, when a person is saved, and stored.
"""

from __future__ import annotations

import re
from functools import lru_cache

COMPOUND_SURNAMES = {
    "欧阳": "ou yang", "司马": "si ma", "上官": "shang guan", "诸葛": "zhu ge",
    "东方": "dong fang", "皇甫": "huang fu", "慕容": "mu rong", "令狐": "ling hu",
    "尉迟": "yu chi", "万俟": "mo qi", "长孙": "zhang sun", "宇文": "yu wen", "公孙": "gong sun",
    "夏侯": "xia hou", "澹台": "tan tai", "单于": "chan yu", "司徒": "si tu", "司空": "si kong",
    "闻人": "wen ren", "赫连": "he lian",
}
SURNAMES = {
    "欧阳": "ouyang", "司马": "sima", "上官": "shangguan", "诸葛": "zhuge", "东方": "dongfang",
    "皇甫": "huangfu", "慕容": "murong", "令狐": "linghu", "尉迟": "yuchi", "万俟": "moqi",
    "长孙": "zhangsun", "宇文": "yuwen", "公孙": "gongsun", "夏侯": "xiahou", "澹台": "tantai",
    "单于": "chanyu", "司徒": "situ", "司空": "sikong", "闻人": "wenren", "赫连": "helian",
}
SURNAMES = {
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "朴": "piao", "查": "zha",
    "盖": "ge", "缪": "miao", "翟": "zhai", "覃": "qin", "乐": "yue", "种": "chong", "员": "yun",
    "召": "shao", "牟": "mou", "秘": "bi", "句": "gou", "郇": "xun", "沈": "shen", "柏": "bai",
    "冼": "xian", "繁": "po", "折": "she", "过": "guo", "隗": "wei", "华": "hua", "任": "ren",
    "相": "xiang", "藏": "zang", "尉": "yu", "眭": "sui", "莘": "shen", "宓": "mi", "蕃": "pi",
}
_SEPARATORS = re.compile(r"[&＆、,，/·•\s]+")


def _pinyin(text: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin  # ~250 ms to import: only when names are saved

    return [p for p in lazy_pinyin(text, style=Style.NORMAL, errors="ignore") if p.isalpha()]


@lru_cache(maxsize=65536)
def _one_name(name: str) -> tuple[str, str]:
    if name[:2] in COMPOUND_SURNAMES:
        syllables, rest = COMPOUND_SURNAMES[name[:2]].split(), name[2:]
    elif name[:1] in SURNAMES:
        syllables, rest = [SURNAMES[name[0]]], name[1:]
    else:
        syllables, rest = [], name
    syllables += [s.lower() for s in _pinyin(rest)]
    return "".join(syllables), "".join(s[0] for s in syllables)


def name_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials) of a name, space-separated per person for joint names:
    `单雄信` → ('shanxiongxin', 'sxx'); `欧阳娜娜` → ('ouyangnana', 'oynn');
    `张三&李四` → ('zhangsan lisi', 'zs ls')."""
    parts = [p for p in _SEPARATORS.split(name) if p]
    keys = [_one_name(p) for p in parts]
    return " ".join(k[0] for k in keys if k[0]), " ".join(k[1] for k in keys if k[1])
