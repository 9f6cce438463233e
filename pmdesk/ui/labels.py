"""Translated names for the codes the core stores (unit states and kinds, occupancy roles)."""

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


def label(table: dict[str, str], code: str | None) -> str:
    return translate("Labels", table[code]) if code in table else (code or "")
