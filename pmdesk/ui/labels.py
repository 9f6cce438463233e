"""Translated names for the codes the core stores (unit states and kinds, occupancy roles,
payment methods, fee bases)."""

from __future__ import annotations

from pmdesk.i18n import QT_TRANSLATE_NOOP, translate

STATES = {
    "undelivered": QT_TRANSLATE_NOOP("Labels", "未交房"),
    "delivered": QT_TRANSLATE_NOOP("Labels", "已交房未入住"),
    "owner_occupied": QT_TRANSLATE_NOOP("Labels", "自住"),
    "rented": QT_TRANSLATE_NOOP("Labels", "出租"),
    "vacant": QT_TRANSLATE_NOOP("Labels", "空置"),
    "renovating": QT_TRANSLATE_NOOP("Labels", "装修中"),
}
KINDS = {
    "residential": QT_TRANSLATE_NOOP("Labels", "住宅"),
    "shop": QT_TRANSLATE_NOOP("Labels", "商铺"),
    "garage": QT_TRANSLATE_NOOP("Labels", "车库"),
    "storage": QT_TRANSLATE_NOOP("Labels", "储藏室"),
}
ROLES = {
    "owner": QT_TRANSLATE_NOOP("Labels", "产权人"),
    "co_owner": QT_TRANSLATE_NOOP("Labels", "共有人"),
    "tenant": QT_TRANSLATE_NOOP("Labels", "租户"),
    "family": QT_TRANSLATE_NOOP("Labels", "家庭成员"),
    "emergency": QT_TRANSLATE_NOOP("Labels", "紧急联系人"),
}
SPACE_KINDS = {
    "owned": QT_TRANSLATE_NOOP("Labels", "自有车位"),
    "rented": QT_TRANSLATE_NOOP("Labels", "租用车位"),
    "none": QT_TRANSLATE_NOOP("Labels", "无固定车位"),
}

METHODS = {
    "cash": QT_TRANSLATE_NOOP("Labels", "现金"),
    "wechat": QT_TRANSLATE_NOOP("Labels", "微信"),
    "alipay": QT_TRANSLATE_NOOP("Labels", "支付宝"),
    "bank": QT_TRANSLATE_NOOP("Labels", "银行转账"),
    "card": QT_TRANSLATE_NOOP("Labels", "刷卡"),
}
BASES = {
    "area": QT_TRANSLATE_NOOP("Labels", "按建筑面积（元/㎡/月）"),
    "fixed": QT_TRANSLATE_NOOP("Labels", "按户（元/户/月）"),
    "parking": QT_TRANSLATE_NOOP("Labels", "按车位（元/个/月）"),
}


def label(table: dict[str, str], code: str | None) -> str:
    return translate("Labels", table[code]) if code in table else (code or "")
