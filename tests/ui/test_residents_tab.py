"""The 住户 tab as a clerk uses it: type in the search box, filter, open a card, move people."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from pmdesk.core.demo import generate
from pmdesk.core.register import residents
from pmdesk.ui.dialogs.household import HouseholdCard, MoveOutDialog, OccupantDialog
from pmdesk.ui.tabs.residents import ResidentsTab

pytestmark = pytest.mark.both_engines


@pytest.fixture
def tab(qtbot, db_path):
    generate(households=500, seed=2)
    tab = ResidentsTab()
    qtbot.addWidget(tab)
    tab.load()
    qtbot.waitUntil(lambda: tab.index is not None)
    return tab


def shown_codes(tab):
    return [tab.model.index(row, 0).data() for row in range(tab.model.rowCount())]


def test_every_household_in_room_order(tab, qtmodeltester):
    assert tab.model.rowCount() == 500 and tab.count.text() == "500 户"
    codes = shown_codes(tab)
    assert codes == sorted(codes, key=residents.code_sort_key)
    assert tab.model.index(0, 1).data()  # the owner, read on demand
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == ["房号", "业主", "电话", "建筑面积(㎡)", "状态", "类型", "标签"]
    qtmodeltester.check(tab.model)


def test_search_as_you_type(tab, qtbot):
    qtbot.keyClicks(tab.search, "1-2-")
    assert shown_codes(tab) and all(c.startswith("1-2-") for c in shown_codes(tab))
    tab.search.clear()
    assert tab.model.rowCount() == 500
    owner = tab.model.index(0, 1).data().split("、")[0]
    tab.search.setText(owner)
    assert 1 <= tab.model.rowCount() < 500
    assert any(owner in tab.model.index(r, 1).data() for r in range(tab.model.rowCount()))


def test_filters_combine_with_the_search(tab, qtbot):
    tab.state.setCurrentIndex(tab.state.findData("rented"))
    rented = tab.model.rowCount()
    assert 0 < rented < 500
    assert {tab.model.index(r, 4).data() for r in range(rented)} == {"出租"}
    qtbot.keyClicks(tab.search, "1-1")
    assert tab.model.rowCount() <= rented
    tab.state.setCurrentIndex(0)
    tab.tag.setCurrentIndex(tab.tag.findData("老人户"))
    elderly = tab.model.rowCount()
    assert elderly > 0, "no 老人户 in building 1-1: the filter proves nothing"
    assert all("老人户" in tab.model.index(r, 6).data() for r in range(elderly))
    tab.tag.setCurrentIndex(0)
    assert tab.model.rowCount() > elderly  # the tag filtered, the search still applies


def test_enter_opens_the_card_of_the_first_hit(tab, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(HouseholdCard, "exec", lambda self: opened.append(self.unit_id) or 0)
    qtbot.keyClicks(tab.search, "1-1-101")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert opened == [tab.model.unit_id(0)]
    assert residents.household(opened[0]).code == "1-1-101"


def test_the_card_registers_a_tenant_and_moves_them_out(tab, qtbot, ime, monkeypatch):
    unit_id = tab.model.unit_id(0)
    card = HouseholdCard(unit_id)
    qtbot.addWidget(card)
    before = card.current_model.rowCount()

    def fill_and_save(dialog):
        ime(dialog.name, "张三&李四")
        dialog.role.setCurrentIndex(dialog.role.findData("tenant"))
        qtbot.keyClicks(dialog.phone, "13800138000")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(OccupantDialog, "exec", fill_and_save)
    card.add_occupant()
    assert card.current_model.rowCount() == before + 1 and card.changed
    row = next(r for r in range(card.current_model.rowCount())
               if card.current_model.index(r, 1).data() == "张三&李四")
    assert card.current_model.index(row, 0).data() == "租户"
    assert card.current_model.index(row, 2).data() == "138****8000"
    card.current.selectRow(row)
    monkeypatch.setattr(MoveOutDialog, "exec", lambda dialog: dialog.save() or dialog.result())
    card.move_out_selected()
    assert card.current_model.rowCount() == before
    assert card.history_model.index(0, 1).data() == "张三&李四"


def test_a_bad_phone_is_explained_in_the_occupant_form(tab, qtbot, ime):
    dialog = OccupantDialog(tab.model.unit_id(0))
    qtbot.addWidget(dialog)
    dialog.show()
    ime(dialog.name, "王五")
    qtbot.keyClicks(dialog.phone, "12345")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "不是有效的电话号码" in dialog.error.text()


def test_moving_out_nobody_selected_says_so(tab, qtbot, message_boxes, monkeypatch):
    card = HouseholdCard(tab.model.unit_id(0))
    qtbot.addWidget(card)
    card.current.clearSelection()
    card.move_out_selected()
    assert message_boxes and "请先" in message_boxes[0][2]


def test_ctrl_f_goes_to_the_search_box(window):
    window.tabs.setCurrentIndex(2)
    window.find_action.trigger()
    assert window.tabs.currentWidget() is window.residents_tab


def test_clicking_a_header_sorts_in_sql(tab):
    tab.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    areas = [float(tab.model.index(r, 3).data()) for r in range(tab.model.rowCount())]
    assert areas == sorted(areas, reverse=True)
    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    codes = shown_codes(tab)
    assert codes == sorted(codes, key=residents.code_sort_key)


def test_the_building_map(tab, qtbot, monkeypatch, qtmodeltester):
    opened = []
    monkeypatch.setattr(HouseholdCard, "exec", lambda self: opened.append(self.unit_id) or 0)
    tab.building.setCurrentIndex(tab.building.findData("1"))
    qtbot.mouseClick(tab.map_button, Qt.MouseButton.LeftButton)
    grid = tab.map.model
    qtmodeltester.check(grid)
    assert tab.stack.currentWidget() is tab.map
    assert grid.floors == sorted(grid.floors, reverse=True)
    assert grid.headerData(0, Qt.Orientation.Vertical) == f"{grid.floors[0]}层"
    units = residents.building_grid("1")
    assert sum(1 for _ in grid.cells) == len(units) == tab.model.rowCount()
    index = grid.index(grid.rowCount() - 1, 0)
    unit = grid.unit_at(index)
    assert index.data().startswith(unit.room)
    assert index.data(Qt.ItemDataRole.BackgroundRole).name() != "#000000"
    tab.map._clicked(index)
    assert opened == [unit.unit_id]
    qtbot.mouseClick(tab.map_button, Qt.MouseButton.LeftButton)
    assert tab.stack.currentWidget() is tab.table


def test_editing_the_unit_from_the_card(tab, qtbot, monkeypatch):
    from pmdesk.ui.dialogs.household import UnitDialog

    card = HouseholdCard(tab.model.unit_id(0))
    qtbot.addWidget(card)

    def edit(dialog):
        dialog.area.setText("99.9")
        dialog.reason.setText("按不动产权证更正")
        dialog.state.setCurrentIndex(dialog.state.findData("vacant"))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        if dialog.result():
            return dialog.result()
        assert not dialog.error.isHidden() and "车牌" in dialog.error.text()
        return 0

    monkeypatch.setattr(UnitDialog, "exec", edit)
    card.edit_unit()
    assert "99.90" in card.summary.text() and "空置" in card.summary.text()
    bad = UnitDialog(card.household)
    qtbot.addWidget(bad)
    bad.show()
    bad.area.setText("0")
    qtbot.mouseClick(bad.save_button, Qt.MouseButton.LeftButton)
    assert bad.error.isVisible() and "建筑面积" in bad.error.text()


def test_person_tags_and_vehicles_from_the_card(tab, qtbot, ime, monkeypatch):
    from pmdesk.ui.dialogs.household import PersonDialog, TagsDialog, VehiclesDialog

    card = HouseholdCard(tab.model.unit_id(0))
    qtbot.addWidget(card)
    card.current.selectRow(0)

    def rename(dialog):
        dialog.name.clear()
        ime(dialog.name, "欧阳娜娜")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", rename)
    card.edit_person()
    assert card.current_model.index(0, 1).data() == "欧阳娜娜"

    def tag(dialog):
        dialog.boxes[0].setChecked(True)
        ime(dialog.new_tag, "孕产妇")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(TagsDialog, "exec", tag)
    card.edit_tags()
    assert "孕产妇" in card.summary.text()

    def cars(dialog):
        ime(dialog.plate, "浙A·88888")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert dialog.model.index(dialog.model.rowCount() - 1, 0).data() == "浙A88888"
        qtbot.keyClicks(dialog.plate, "bad")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert not dialog.error.isHidden() and "车牌" in dialog.error.text()
        return 0

    monkeypatch.setattr(VehiclesDialog, "exec", cars)
    card.edit_vehicles()
    assert "浙A88888" in card.summary.text()


def test_an_empty_register_offers_the_import_and_adding_one(qtbot, db_path, ime, monkeypatch):
    """The empty register says what to do with a button for each, never "run a command"; a
    household added in the window is in the register, billed like an imported one, and its
    card opens."""
    from PySide6.QtWidgets import QPushButton

    from pmdesk.core.money import fees
    from pmdesk.core.register import residents
    from pmdesk.ui.dialogs.household import AddHouseholdDialog, HouseholdCard

    empty = ResidentsTab()
    qtbot.addWidget(empty)
    empty.load()
    assert not empty.empty_hint.isHidden()
    buttons = {b.text(): b for b in empty.empty_hint.findChildren(QPushButton)}
    assert set(buttons) == {"导入住户名册(&I)…", "添加一户…"}
    assert "命令" not in " ".join(w.text() for w in empty.empty_hint.findChildren(QLabel))
    with qtbot.waitSignal(empty.import_requested):
        qtbot.mouseClick(buttons["导入住户名册(&I)…"], Qt.MouseButton.LeftButton)

    def fill_in(dialog: AddHouseholdDialog) -> int:
        qtbot.keyClicks(dialog.room, "3-2-501")
        qtbot.keyClicks(dialog.area, "89.5")
        qtbot.keyClicks(dialog.handover.edit, "2026-10-1")
        ime(dialog.owner, "张三")
        qtbot.keyClicks(dialog.phone, "1380013800")  # one digit short
        dialog.save()
        assert "电话" in dialog.error.text() and dialog.result() != dialog.DialogCode.Accepted
        qtbot.keyClicks(dialog.phone, "0")
        dialog.save()
        return dialog.result()

    opened: list[int] = []
    monkeypatch.setattr(AddHouseholdDialog, "exec", fill_in)
    monkeypatch.setattr(HouseholdCard, "exec", lambda card: opened.append(card.unit_id) or 0)
    qtbot.mouseClick(buttons["添加一户…"], Qt.MouseButton.LeftButton)
    unit_id = residents.unit_by_room("3-2-501")[0]
    assert opened == [unit_id] and empty.empty_hint.isHidden() and shown_codes(empty) == \
        ["3-2-501"]
    card = residents.household(unit_id)
    assert (card.area, card.handover_date, card.state) == (8950, "2026-10-01", "owner_occupied")
    assert [(o.name, o.phone, o.role) for o in card.occupants] == [("张三", "13800138000",
                                                                   "owner")]
    fees.add_fee_item(name="物业服务费", basis="area", rate="2.35", start_period="2026-01")
    assert fees.run_billing("2026-10").bills == 0 and fees.run_billing("2026-11").bills == 1

    def again(dialog: AddHouseholdDialog) -> int:
        ime(dialog.room, "3栋2单元501室")
        qtbot.keyClicks(dialog.area, "90")
        dialog.save()
        assert "已经在登记簿里了" in dialog.error.text()
        return 0

    monkeypatch.setattr(AddHouseholdDialog, "exec", again)
    empty.add_household()
    assert residents.household_count() == 1
    from pmdesk.core.safety import audit
    from pmdesk.ui.dialogs.audit_log import action_label, detail_text

    [entry] = audit.entries(action_prefix="unit.create")
    assert action_label(entry.action) == "添加住户"
    assert detail_text(entry, audit.names([entry])) == (
        "房号 3-2-501；姓名 张三；类别 住宅；建筑面积 89.50 ㎡；交房日期 2026-10-01")


def test_the_cards_tabs_count_what_they_hold(tab, qtbot):
    """`投诉报修 3` means three complaints: the tabs carry counts, not shortcut digits (Alt+1…4
    still switch them)."""
    from pmdesk.core.service import complaints

    unit_id = tab.model.unit_id(0)
    for text in ("门铃坏了", "楼道灯不亮"):
        complaints.receive(kind="repair", channel="phone", category="facility",
                           description=text, unit_id=unit_id)
    card = HouseholdCard(unit_id, tab)
    qtbot.addWidget(card)
    people = len(residents.household(unit_id).occupants)
    texts = [card.pages.tabText(i) for i in range(card.pages.count())]
    assert texts[0] == (f"人员 {people}" if people else "人员") and texts[1] == "账务"
    assert texts[2] == f"投诉报修 {len(complaints.queue(open_only=False, unit_id=unit_id))}"
    assert not any("&" in text for text in texts)
    from PySide6.QtWidgets import QApplication

    card.show()
    card.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    qtbot.keyClick(card, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert card.pages.currentIndex() == 2


def test_the_register_and_the_map_show_who_owes(tab, qtbot):
    """Filtered by 欠费 the register lists exactly the arrears report's households; the
    楼盘图 coloured by 欠费 shades each unit by its months, the same count."""
    from pmdesk.core import clock
    from pmdesk.core.money import fees, payments, reports
    from pmdesk.core.money.amounts import add_months, period_of, period_text

    fees.add_fee_item(name="物业服务费", basis="area", rate="2.35", start_period="2020-01")
    for back in range(14, -1, -1):
        fees.run_billing(period_text(add_months(period_of(clock.today()), -back)))
    ids = tab.model.ids
    billed = [u for u in ids if len({b.period for b in payments.open_bills(u)}) == 15]
    for unit_id in billed[:100]:  # paid up
        payments.pay(unit_id=unit_id, amount=payments.owed(unit_id))
    for unit_id in billed[100:150]:  # all but the last two months that fell due
        bills = payments.open_bills(unit_id)
        payments.pay(unit_id=unit_id, amount=sum(b.owed for b in bills if b.period < add_months(
            period_of(clock.today()), -2)))
    owing = {row.unit_id: row.months for row in reports.arrears().rows}
    assert {2, 14} <= set(owing.values())
    tab.owing.setCurrentIndex(tab.owing.findData(1))
    assert set(tab.model.ids) == set(owing)
    tab.owing.setCurrentIndex(tab.owing.findData(12))
    assert set(tab.model.ids) == {u for u, months in owing.items() if months >= 12}
    tab.building.setCurrentIndex(tab.building.findData("1"))
    qtbot.mouseClick(tab.map_button, Qt.MouseButton.LeftButton)
    grid = tab.map.model
    assert grid.owing and tab.map.by_owing.isChecked()
    for (row, column), unit in grid.cells.items():
        assert unit.owing_months == owing.get(unit.unit_id, 0)
        shade = grid.index(row, column).data(Qt.ItemDataRole.BackgroundRole).name()
        assert (shade == "#ffffff") == (unit.owing_months == 0)
    tab.map.by_owing.setChecked(False)
    assert not grid.owing
