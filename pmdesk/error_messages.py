"""Coded core errors → one sentence in the user's language, for the GUI and the command line."""

from __future__ import annotations

from pmdesk.core.errors import PmdeskError
from pmdesk.i18n import QT_TRANSLATE_NOOP, translate

ERRORS = {
    "error": QT_TRANSLATE_NOOP("errors", "操作未能完成。"),
    "value.required": QT_TRANSLATE_NOOP("errors", "请填写{field}。"),
    "value.too_long": QT_TRANSLATE_NOOP("errors", "{field}最多 {max_len} 个字。"),
    "value.out_of_range": QT_TRANSLATE_NOOP("errors", "{field}必须在 {min} 到 {max} 之间。"),
    "phone.invalid": QT_TRANSLATE_NOOP(
        "errors", "{field}“{value}”不是有效的电话号码：请填写 11 位手机号，"
                  "或带区号的座机号（如 0571-88888888）。"),
    "seal.not_png": QT_TRANSLATE_NOOP("errors", "{field}必须是 PNG 文件。"),
    "seal.too_large": QT_TRANSLATE_NOOP("errors", "{field}太大，最大 {max_kb} KB。"),
    "demo.not_empty": QT_TRANSLATE_NOOP(
        "errors", "数据库里已有住户，演示数据只能载入空数据库。"),
    "db.missing": QT_TRANSLATE_NOOP("errors", "数据库文件 {path} 不存在。"),
    "db.not_a_database": QT_TRANSLATE_NOOP(
        "errors", "{path} 不是数据库文件：它已损坏，或根本不是数据库。"),
    "db.foreign_file": QT_TRANSLATE_NOOP("errors", "{path} 不是物业前台的数据文件。"),
    "db.empty": QT_TRANSLATE_NOOP(
        "errors", "{path} 是空文件（0 字节），里面没有物业前台的数据，不能打开、备份或用来恢复。"
                  "如果这是办公室的数据库，请从备份恢复。"),
    "db.not_a_file": QT_TRANSLATE_NOOP(
        "errors", "{path} 不是数据库文件（是文件夹或设备），无法打开。"),
    "db.incomplete": QT_TRANSLATE_NOOP(
        "errors", "{path} 不是完整的物业前台数据库（缺少数据表：{tables}），不能用来恢复。"),
    "db.unprotected": QT_TRANSLATE_NOOP(
        "errors", "{path} 缺少保护收据和操作记录的部分（{triggers}），可能被其他工具改过，"
                  "不能用来恢复。"),
    "backup.no_accounts": QT_TRANSLATE_NOOP(
        "errors", "备份 {path} 里没有任何账号（是启用登录之前的备份）。用它恢复后，谁都不用登录"
                  "就能作废收据、改收费，所以不能用它覆盖已启用登录的数据库。请选一个更新的备份。"),
    "db.replaced": QT_TRANSLATE_NOOP(
        "errors", "数据库 {path} 已被另一个程序替换（例如从备份恢复），本次操作没有保存。"
                  "请关闭本程序后重新打开。"),
    "db.corrupt": QT_TRANSLATE_NOOP(
        "errors", "数据库 {path} 已损坏（{detail}），请从备份恢复。"),
    "db.too_new": QT_TRANSLATE_NOOP(
        "errors", "数据库 {path} 已被更新版本的物业前台使用过（数据版本 {version}；本程序是 "
                  "{program} 版，只认识到数据版本 {known}），不能用本程序打开。请在这台电脑上安装"
                  "物业前台的最新版本（运行新版安装程序即可，数据不会丢失），然后再打开。在那之前，"
                  "请不要用旧的备份覆盖它，否则会丢失新版本录入的数据。"),
    "db.in_use": QT_TRANSLATE_NOOP(
        "errors", "数据库 {path} 已在 {host} 上的物业前台中打开（进程 {pid}）。同一个数据库同时"
                  "只能由一个物业前台窗口使用，请切换到已经打开的那个窗口。"),
    "db.busy": QT_TRANSLATE_NOOP("errors", "数据库正忙，请稍后重试。"),
    "db.network_drive": QT_TRANSLATE_NOOP(
        "errors", "数据库 {path} 在网络共享文件夹上。网络盘的文件锁不可靠，多人同时使用会损坏"
                  "数据，请把数据库放在本机硬盘上（备份可以存到网络盘）。"),
    "db.removable_drive": QT_TRANSLATE_NOOP(
        "errors", "数据库 {path} 在U盘或移动硬盘上。拔出或断电时容易损坏数据，请把数据库放在"
                  "本机硬盘上（备份可以存到U盘）。"),
    "db.disk_full": QT_TRANSLATE_NOOP("errors", "磁盘已满或写入失败，本次操作未保存。"),
    "db.io_error": QT_TRANSLATE_NOOP(
        "errors", "写入磁盘失败，本次操作未保存（{detail}）。"),
    "db.read_only": QT_TRANSLATE_NOOP("errors", "数据库 {path} 是只读的，无法保存修改。"),
    "db.cannot_open": QT_TRANSLATE_NOOP("errors", "无法打开数据库 {path}（{detail}）。"),
    "db.migration_failed": QT_TRANSLATE_NOOP(
        "errors", "数据库升级失败，数据保持原样（{detail}）。"),
    "db.error": QT_TRANSLATE_NOOP("errors", "数据库出错：{detail}"),
    "db.server_away": QT_TRANSLATE_NOOP(
        "errors", "连接不上数据库服务器 {server}：服务器没有开机、网络断开，或地址、端口不对。"
                  "刚才输入的内容没有保存，请联系负责电脑的同事（{detail}）。"),
    "db.server_login": QT_TRANSLATE_NOOP(
        "errors", "数据库服务器 {server} 拒绝登录：用户名或密码不对。"),
    "db.server_no_database": QT_TRANSLATE_NOOP(
        "errors", "数据库服务器上没有数据库 {server}，请核对数据库名称。"),
    "db.server_denied": QT_TRANSLATE_NOOP(
        "errors", "数据库服务器 {server} 不允许此账号做这件事（{detail}）。"),
    "move.old_schema": QT_TRANSLATE_NOOP(
        "errors", "{path} 是旧版本的数据（数据版本 {version}）：请先用本程序打开它一次（会自动升级"
                  "并先备份），再迁移到服务器。"),
    "move.server_not_empty": QT_TRANSLATE_NOOP(
        "errors", "服务器上的数据库 {server} 里已经有数据，迁移只能进入空数据库，什么也没有写入。"),
    "move.not_a_file": QT_TRANSLATE_NOOP(
        "errors", "要迁移的是单机版的数据库文件（--db 文件），{path} 不是文件。"),
    "move.not_a_url": QT_TRANSLATE_NOOP(
        "errors", "{server} 不是服务器地址：应写成 postgresql://用户@主机:端口/数据库。"),
    "move.failed": QT_TRANSLATE_NOOP(
        "errors", "迁移到 {server} 的核对没有通过，什么也没有写入（{detail}）。"),
    "server.no_tools": QT_TRANSLATE_NOOP(
        "errors", "这台电脑上找不到 PostgreSQL 的 {tool}：请装上 PostgreSQL 的客户端工具"
                  "（与服务器同一版本）。"),
    "server.tool_failed": QT_TRANSLATE_NOOP(
        "errors", "{tool} 没有完成（服务器 {server}：{detail}），什么也没有改变。"),
    "server.restore_not_empty": QT_TRANSLATE_NOOP(
        "errors", "服务器上的数据库 {server} 不是空的：备份只恢复到新建的空数据库，"
                  "再让各台电脑连接它。"),
    "db.server_url": QT_TRANSLATE_NOOP(
        "errors", "“{server}”不是有效的服务器地址：应写成 postgresql://用户@主机:端口/数据库"
                  "（端口是数字，数据库名不能省略）。"),
    "db.server_empty": QT_TRANSLATE_NOOP(
        "errors", "服务器上的数据库 {server} 还是空的：请先在一台电脑上建立办公室"
                  "（pmdesk --db … init，或把单机版迁移过去：pmdesk migrate-to-postgres）。"),
    "backup.verify_failed": QT_TRANSLATE_NOOP(
        "errors", "备份校验失败（{detail}），没有保存这份备份。"),
    "backup.write_failed": QT_TRANSLATE_NOOP("errors", "无法写入 {path}（{detail}）。"),
    "auth.forbidden": QT_TRANSLATE_NOOP(
        "errors", "此操作（{permission}）需要主管权限，请主管登录或由主管输入密码授权。"),
    "auth.bad_password": QT_TRANSLATE_NOOP("errors", "账号或密码不正确。"),
    "auth.locked": QT_TRANSLATE_NOOP(
        "errors", "账号 {name} 因连续输错密码已锁定，请在 {until} 之后再试，或请主管重设密码。"),
    "auth.inactive": QT_TRANSLATE_NOOP("errors", "账号 {name} 已停用。"),
    "password.too_short": QT_TRANSLATE_NOOP("errors", "密码至少 {min} 位。"),
    "password.mismatch": QT_TRANSLATE_NOOP("errors", "两次输入的密码不一致。"),
    "account.exists": QT_TRANSLATE_NOOP("errors", "已有名为 {name} 的账号。"),
    "account.first_manager": QT_TRANSLATE_NOOP("errors", "第一个账号必须是主管账号。"),
    "account.last_manager": QT_TRANSLATE_NOOP(
        "errors", "至少要保留一个在用的主管账号。"),
    "account.not_found": QT_TRANSLATE_NOOP("errors", "找不到这个账号（编号 {number}）。"),
    "backup.same_file": QT_TRANSLATE_NOOP("errors", "备份文件不能是数据库本身：{path}"),
    "backup.target_exists": QT_TRANSLATE_NOOP(
        "errors", "{path} 已经存在，而且不是物业前台的备份，不会覆盖它。请换一个文件名。"),
    "file.write_failed": QT_TRANSLATE_NOOP(
        "errors", "无法保存文件 {path}（{detail}），原有文件未受影响。"),
    "task.cancelled": QT_TRANSLATE_NOOP("errors", "已取消。"),
    "cli.no_terminal": QT_TRANSLATE_NOOP(
        "errors", "需要输入密码，但没有可以输入的终端：请用环境变量 PMDESK_PASSWORD（登录）或 "
                  "PMDESK_NEW_PASSWORD（新账号）提供密码。"),
    "file.protected": QT_TRANSLATE_NOOP(
        "errors", "不能保存为 {path}：这是数据库、它的配套文件或备份，覆盖会丢失数据。"
                  "请换一个文件名或位置。"),
    "file.not_regular": QT_TRANSLATE_NOOP(
        "errors", "{path} 不是普通文件（是文件夹或设备），不能保存到这里。"),
    "file.read_failed": QT_TRANSLATE_NOOP("errors", "无法读取文件 {path}（{detail}）。"),
    "file.not_a_file": QT_TRANSLATE_NOOP(
        "errors", "{path} 不是普通文件（是文件夹、设备或管道），不能读取。"),
    "file.too_large": QT_TRANSLATE_NOOP("errors", "文件 {path} 太大，最大 {max_mb} MB。"),
    "file.not_utf8": QT_TRANSLATE_NOOP(
        "errors", "文件 {path} 不是 UTF-8 编码的文本，请另存为 UTF-8 后重试。"),
    "value.unknown": QT_TRANSLATE_NOOP("errors", "{field}“{value}”无法识别。"),
    "document.not_pdf": QT_TRANSLATE_NOOP("errors", "生成的文件不是有效的 PDF，未归档。"),
    "document.not_found": QT_TRANSLATE_NOOP("errors", "文书档案中没有编号为 {number} 的文书。"),
    "font.missing": QT_TRANSLATE_NOOP(
        "errors", "缺少打印用的字体文件 {path}，无法生成文书。请重新安装物业前台。"),
    "room.invalid": QT_TRANSLATE_NOOP(
        "errors", "{field}“{value}”不是有效的房号，应写成 3-2-501、3栋2单元501室 或 12-101。"),
    "household.not_found": QT_TRANSLATE_NOOP("errors", "找不到这户（编号 {number}）。"),
    "household.exists": QT_TRANSLATE_NOOP(
        "errors", "{room} 已经在登记簿里了，要改它的信息请打开这户的住户卡。"),
    "occupancy.not_found": QT_TRANSLATE_NOOP("errors", "找不到这条入住记录（编号 {number}）。"),
    "occupancy.already_ended": QT_TRANSLATE_NOOP("errors", "此人已于 {date} 迁出。"),
    "date.invalid": QT_TRANSLATE_NOOP(
        "errors", "{field}“{value}”不是日期，应写成 2026-12-05、2026.12.5、12-5 或 12月5日。"),
    "date.required": QT_TRANSLATE_NOOP("errors", "请填写日期。"),
    "date.no_such_month": QT_TRANSLATE_NOOP(
        "errors", "{field}“{value}”不是有效的日期：没有 {month} 月。"),
    "date.no_such_day": QT_TRANSLATE_NOOP(
        "errors", "{field}“{value}”不是有效的日期：{year} 年 {month} 月只有 {days} 天。"),
    "time.required": QT_TRANSLATE_NOOP(
        "errors", "{field}“{value}”缺少时间，请写上几点，如 {value} 14:30。"),
    "time.invalid": QT_TRANSLATE_NOOP(
        "errors", "{field}“{value}”里的时间不对，应写成 14:30 或 下午2点。"),
    "date.out_of_range": QT_TRANSLATE_NOOP(
        "errors", "{field}“{value}”超出范围：日期应在 {first} 年到 {last} 年之间。"),
    "date.before_start": QT_TRANSLATE_NOOP("errors", "{field}不能早于入住日期 {start}。"),
    "id_number.invalid": QT_TRANSLATE_NOOP(
        "errors", "{field}格式不对：应为 18 位（最后一位可为 X）或 15 位数字。"),
    "id_number.check_digit": QT_TRANSLATE_NOOP(
        "errors", "证件号最后一位（校验位）对不上，可能有数字输错了，请核对证件后重新填写。"),
    "import.too_large": QT_TRANSLATE_NOOP(
        "errors", "文件 {path} 太大（超过 {max_mb} MB），不像是住户名册。"),
    "import.not_xlsx": QT_TRANSLATE_NOOP(
        "errors", "{path} 不是 Excel 2007 及以后的 .xlsx 文件（.xls、加密文件或改了扩展名的 CSV "
                  "都不行），请在 Excel 或 WPS 中另存为 .xlsx 后重试。"),
    "import.unsafe": QT_TRANSLATE_NOOP("errors", "文件 {path} 已损坏或包含不安全的内容，未读取。"),
    "import.no_header": QT_TRANSLATE_NOOP(
        "errors", "在 {path} 的前 10 行里没有找到表头：需要“房号”一列，以及“业主”或“面积”。"),
    "import.too_many_rows": QT_TRANSLATE_NOOP(
        "errors", "名册超过 {max_rows} 行，请分成几个文件导入。"),
    "import.has_rejects": QT_TRANSLATE_NOOP(
        "errors", "有 {count} 行不能导入，所以没有导入任何一行。请修改后重试，或只导入正确的行。"),
    "import.no_room_column": QT_TRANSLATE_NOOP("errors", "请指定哪一列是房号。"),
    "person.not_found": QT_TRANSLATE_NOOP("errors", "找不到这个人（编号 {number}）。"),
    "vehicle.not_found": QT_TRANSLATE_NOOP("errors", "找不到这辆车的记录（编号 {number}）。"),
    "plate.invalid": QT_TRANSLATE_NOOP(
        "errors", "车牌“{value}”不对：应为省份简称、城市字母和 5 到 6 位字母数字，如 浙A12345。"),
    "import.room_missing": QT_TRANSLATE_NOOP("errors", "缺少房号。"),
    "import.room_duplicate": QT_TRANSLATE_NOOP(
        "errors", "房号 {room} 在文件中出现了 {count} 次（第 {rows} 行），无法确定哪一行正确。"),
    "import.room_taken": QT_TRANSLATE_NOOP("errors", "房号 {room} 已登记业主“{owner}”。"),
    "import.area_missing": QT_TRANSLATE_NOOP("errors", "缺少建筑面积。"),
    "import.area_invalid": QT_TRANSLATE_NOOP("errors", "建筑面积“{value}”不是数字。"),
    "import.area_not_positive": QT_TRANSLATE_NOOP(
        "errors", "建筑面积“{value}”必须大于 0。"),
    "import.area_too_precise": QT_TRANSLATE_NOOP(
        "errors", "建筑面积“{value}”最多保留两位小数。"),
    "import.formula_no_value": QT_TRANSLATE_NOOP(
        "errors", "这一行有公式但没有计算结果，请在 Excel 中打开并保存后重新导入。"),
    "import.date_invalid": QT_TRANSLATE_NOOP(
        "errors", "日期“{value}”无法识别，请写成 2019-05-01。"),
    "import.role_unknown": QT_TRANSLATE_NOOP(
        "errors", "身份“{value}”无法识别：请写业主、家庭成员、租客或临时人员（也可写代码 1001 到 "
                  "1004）。"),
    "import.state_unknown": QT_TRANSLATE_NOOP(
        "errors", "房屋状态“{value}”无法识别：请写已入住、已交房、未交房、空置、出租或装修中"
                  "（也可写代码 2001 到 2009）。"),
    "import.room_no_owner": QT_TRANSLATE_NOOP(
        "errors", "房号 {room} 没有业主那一行（第 {rows} 行都不是业主）：家庭成员和租客要与业主"
                  "写在同一个房号下。"),
    "import.room_conflict": QT_TRANSLATE_NOOP(
        "errors", "房号 {room} 各行的{field}不一致（第 {rows} 行：{values}），"
                  "无法确定哪一个正确。"),
    "import.person_duplicate": QT_TRANSLATE_NOOP(
        "errors", "“{name}”在房号 {room} 下出现了 {count} 次（第 {rows} 行），"
                  "无法确定哪一行正确。"),
    "import.room_registered": QT_TRANSLATE_NOOP(
        "errors", "房号 {room} 已在册，其中没有“{name}”：已在册的住户请在住户卡片上添加家庭成员"
                  "和租客。"),
    "import.household_rejected": QT_TRANSLATE_NOOP(
        "errors", "同一户（房号 {room}）的第 {rows} 行有问题，这一户整户未导入：改好后把这一户的"
                  "各行一起重新导入。"),
    "import.id_number_invalid": QT_TRANSLATE_NOOP(
        "errors", "身份证号“{value}”有误（应为 18 位，最后一位可为 X，或 15 位数字；护照、通行证"
                  "为字母加数字），未导入证件号（住户照常导入）。"),
    "import.id_number_check_digit": QT_TRANSLATE_NOOP(
        "errors", "身份证号“{value}”有误（最后一位校验位对不上，可能有数字输错了），未导入证件号"
                  "（住户照常导入）。"),
    "import.id_number_as_number": QT_TRANSLATE_NOOP(
        "errors", "身份证号有误：Excel 把它存成了数字，后几位已经丢失，未导入证件号"
                  "（住户照常导入）。请把这一列设为文本后重新填写。"),
    "money.required": QT_TRANSLATE_NOOP("errors", "请填写{field}。"),
    "money.negative": QT_TRANSLATE_NOOP(
        "errors", "{field}“{value}”不能是负数（退款请作废原收据）。"),
    "money.zero": QT_TRANSLATE_NOOP("errors", "{field}必须大于 0。"),
    "money.too_precise": QT_TRANSLATE_NOOP("errors", "{field}“{value}”最多两位小数（到分）。"),
    "money.invalid": QT_TRANSLATE_NOOP(
        "errors", "{field}“{value}”不是金额，应写成 2523.90 或 2,523.90。"),
    "money.too_large": QT_TRANSLATE_NOOP("errors", "{field}“{value}”超过上限 {max} 元。"),
    "opening.no_header_arrears": QT_TRANSLATE_NOOP(
        "errors", "在 {path} 的前 10 行里没有找到表头：需要“房号”一列，以及“欠费金额”"
                  "（或“应缴金额”）一列。"),
    "opening.no_header_credit": QT_TRANSLATE_NOOP(
        "errors", "在 {path} 的前 10 行里没有找到表头：需要“房号”和“预存余额”两列。"),
    "opening.no_amount_column": QT_TRANSLATE_NOOP(
        "errors", "请指定哪一列是金额（欠费金额、应缴金额或预存余额）。"),
    "opening.no_item_column": QT_TRANSLATE_NOOP(
        "errors", "文件里没有“收费项目”一列，而本处有不止一个收费项目：请在文件里加一列收费项目，"
                  "或在导入向导里指定。"),
    "opening.room_unknown": QT_TRANSLATE_NOOP(
        "errors", "房号 {room} 不在登记簿中，请先导入名册或添加这一户。"),
    "opening.negative": QT_TRANSLATE_NOOP(
        "errors", "{field}“{value}”是负数：期初欠费只导入欠的钱，多缴的钱请用“期初预存”导入。"),
    "opening.month_missing": QT_TRANSLATE_NOOP(
        "errors", "缺少月份（所属期间，或起始、截止月份）。"),
    "opening.month_invalid": QT_TRANSLATE_NOOP(
        "errors", "月份“{value}”无法识别，请写成 2024-03，或 2024-01至2024-06。"),
    "opening.months_reversed": QT_TRANSLATE_NOOP(
        "errors", "“{value}”的截止月份早于起始月份。"),
    "opening.too_many_months": QT_TRANSLATE_NOOP(
        "errors", "“{value}”超过 {max} 个月，请核对。"),
    "opening.future_month": QT_TRANSLATE_NOOP(
        "errors", "“{value}”含有本月以后的月份：期初欠费只能是本月及以前的月份。"),
    "opening.item_missing": QT_TRANSLATE_NOOP("errors", "缺少收费项目。"),
    "opening.merged_amount": QT_TRANSLATE_NOOP(
        "errors", "金额是合并单元格（第 {rows} 行共用一个金额），无法分到各行：请把金额拆开，"
                  "每行写自己的金额。"),
    "opening.overpaid": QT_TRANSLATE_NOOP(
        "errors", "实缴金额大于应缴金额，请核对（多缴的钱请用“期初预存”导入）。"),
    "opening.month_repeated": QT_TRANSLATE_NOOP(
        "errors", "{room} 的{item} {month} 在文件中出现在多行（第 {rows} 行），"
                  "无法确定哪一行正确。"),
    "opening.already_billed": QT_TRANSLATE_NOOP(
        "errors", "{room} 的{item} {month} 已在本系统计费，"
                  "不能再作为期初欠费导入（避免重复收费）。"),
    "opening.already_credited": QT_TRANSLATE_NOOP("errors", "{room} 已导入过期初预存。"),
    "opening.nothing": QT_TRANSLATE_NOOP(
        "errors", "文件里没有要导入的欠费或预存（金额都是 0）。"),
    "opening.already_imported": QT_TRANSLATE_NOOP(
        "errors", "这个文件已于 {when} 导入（第 {number} 批），不能重复导入。"
                  "如需重新导入，请先撤销第 {number} 批。"),
    "opening.unknown_items": QT_TRANSLATE_NOOP(
        "errors", "收费项目“{items}”本处还没有。请先在收费项目中添加，或确认把它们建为"
                  "“期初结转”项目（只记旧账，不会按月计费）。"),
    "opening.changed": QT_TRANSLATE_NOOP(
        "errors", "读取文件之后又生成了账单，请重新读取文件后再导入。"),
    "opening.not_found": QT_TRANSLATE_NOOP("errors", "找不到第 {number} 批期初余额导入。"),
    "opening.already_undone": QT_TRANSLATE_NOOP("errors", "第 {number} 批已于 {when} 撤销。"),
    "opening.paid_against": QT_TRANSLATE_NOOP(
        "errors", "第 {number} 批不能撤销：{room} 已有缴费、减免或预存抵扣记在这批余额上。"),
    "billing.before_opening": QT_TRANSLATE_NOOP(
        "errors", "{value} 不能计费：期初欠费已导入到 {last}，这些月份已在原系统计费。"
                  "请从 {last} 之后的月份开始计费。"),
    "rate.invalid": QT_TRANSLATE_NOOP(
        "errors", "{field}“{value}”不是单价，应写成 2.35（元/㎡/月，最多四位小数）。"),
    "period.invalid": QT_TRANSLATE_NOOP(
        "errors", "{field}“{value}”不是有效的月份，应写成 2026-01。"),
    "period.before_start": QT_TRANSLATE_NOOP("errors", "{field}不能早于起始月份。"),
    "fee_item.not_found": QT_TRANSLATE_NOOP("errors", "找不到这个收费项目（编号 {number}）。"),
    "fee_item.overlap": QT_TRANSLATE_NOOP(
        "errors", "收费项目“{name}”在这段时间已经存在；调整单价请用“调价”，从某月起按新单价收费。"),
    "fee_item.rate_period": QT_TRANSLATE_NOOP(
        "errors", "新单价的起始月份必须在原项目的起止月份之内，且晚于其起始月份。"),
    "room.unknown": QT_TRANSLATE_NOOP("errors", "没有房号为 {value} 的住户。"),
    "payment.bill_not_open": QT_TRANSLATE_NOOP(
        "errors", "所选账单中有的不属于这户或已经结清，请重新选择。"),
    "payment.none_chosen": QT_TRANSLATE_NOOP("errors", "请至少勾选一笔要缴的账单。"),
    "payment.tendered_short": QT_TRANSLATE_NOOP("errors", "实收现金少于本次收款金额。"),
    "payment.future_date": QT_TRANSLATE_NOOP("errors", "{field}不能晚于今天。"),
    "payment.other_year": QT_TRANSLATE_NOOP(
        "errors", "收款日期必须在 {year} 年内：收据按年编号，不能补录到其他年份的收据序列。"),
    "payment.day_reported": QT_TRANSLATE_NOOP(
        "errors", "{date} 及之前的收费日报已经打印，不能再补录这些日期的收款；"
                  "请按今天的日期收款。"),
    "payment.over_prepay_cap": QT_TRANSLATE_NOOP(
        "errors", "预存超过上限：预存余额最多 {months} 个月的费用（{cap} 元），这户已有预存 "
                  "{credit} 元。请减少金额。"),
    "receipt.invalid": QT_TRANSLATE_NOOP(
        "errors", "“{value}”不是收据号，收据号形如 2026-000123。"),
    "receipt.not_found": QT_TRANSLATE_NOOP("errors", "没有收据号为 {number} 的收据。"),
    "receipt.already_void": QT_TRANSLATE_NOOP("errors", "收据 {number} 已于 {date} 作废。"),
    "reduction.too_large": QT_TRANSLATE_NOOP(
        "errors", "减免金额超过所选账单的欠费（{owed} 元）。"),
    "export.too_many_rows": QT_TRANSLATE_NOOP(
        "errors", "要导出 {rows} 行，超过 Excel 一张表的上限（{max} 行），请缩小月份或日期范围。"),
    "delivery.photo_required": QT_TRANSLATE_NOOP(
        "errors", "张贴送达须附上张贴的照片，才能作为送达证据。"),
    "attachment.too_large": QT_TRANSLATE_NOOP("errors", "{field}太大，最大 {max_mb} MB。"),
    "delivery.date_out_of_range": QT_TRANSLATE_NOOP(
        "errors", "送达日期必须在发出日期（{issued}）和今天之间。"),
    "letters.none": QT_TRANSLATE_NOOP("errors", "没有符合条件的住户，没有生成通知书。"),
    "print.missing_glyphs": QT_TRANSLATE_NOOP(
        "errors", "这些字符没有可用的字体，印出来会是空白，所以没有生成：{chars}。请改用常用字或在"
                  "括号里注明读音；或在这台电脑上安装含这些字的字体（如 Windows 的 SimSun-ExtB）"
                  "后再打印。"),
    "letter.not_found": QT_TRANSLATE_NOOP("errors", "找不到这份催缴通知书（编号 {number}）。"),
    "instalment.before_agreement": QT_TRANSLATE_NOOP(
        "errors", "第一期的缴款日期不能早于签订协议的日期。"),
    "instalment.more_than_owed": QT_TRANSLATE_NOOP(
        "errors", "分期总额必须大于 0，且不超过这户现在的欠费。"),
    "person.no_household": QT_TRANSLATE_NOOP(
        "errors", "没有找到名叫“{name}”的现住人员，请填写房号。"),
    "person.several_households": QT_TRANSLATE_NOOP(
        "errors", "名叫“{name}”的住户有 {count} 户，请填写房号。"),
    "event.not_found": QT_TRANSLATE_NOOP("errors", "找不到这个活动（编号 {number}）。"),
    "event.ends_before_start": QT_TRANSLATE_NOOP("errors", "结束时间不能早于开始时间。"),
    "event.deadline_after_start": QT_TRANSLATE_NOOP("errors", "报名截止时间不能晚于活动开始。"),
    "event.closed": QT_TRANSLATE_NOOP("errors", "活动已结束或已取消，不能再修改。"),
    "event.status_not_allowed": QT_TRANSLATE_NOOP(
        "errors", "活动“{title}”现在的状态不能这样改（计划中 → 已发布 → 已结束，或取消）。"),
    "complaint.occurred_later": QT_TRANSLATE_NOOP(
        "errors", "发生时间不能晚于受理时间。"),
    "event.check_in_waiting": QT_TRANSLATE_NOOP(
        "errors", "{room} 是候补第 {position} 位，还没有名额，不能直接签到。"),
    "event.not_open": QT_TRANSLATE_NOOP("errors", "活动“{title}”还没有发布或已经结束，不能报名。"),
    "event.signup_closed": QT_TRANSLATE_NOOP(
        "errors", "活动“{title}”的报名已于 {deadline} 截止。"),
    "event.already_signed_up": QT_TRANSLATE_NOOP("errors", "这户已经报名了活动“{title}”。"),
    "signup.not_found": QT_TRANSLATE_NOOP("errors", "找不到这条报名记录（编号 {number}）。"),
    "complaint.not_found": QT_TRANSLATE_NOOP("errors", "找不到这条投诉报修记录（{number}）。"),
    "complaint.who_or_where": QT_TRANSLATE_NOOP(
        "errors", "请选择住户，或填写来访人姓名，或勾选匿名，或填写地点。"),
    "complaint.same_household": QT_TRANSLATE_NOOP("errors", "涉及的另一户不能是反映人自己。"),
    "complaint.step_not_allowed": QT_TRANSLATE_NOOP(
        "errors", "{number} 现在的进度不允许这一步（流程：受理 → 派单/调查 → 处理 → 回复 → 回访"
                  " → 关闭）。"),
    "survey.not_found": QT_TRANSLATE_NOOP("errors", "找不到这次满意度调查（编号 {number}）。"),
    "survey.none_in_year": QT_TRANSLATE_NOOP("errors", "{year} 年没有满意度调查。"),
    "survey.ends_before_start": QT_TRANSLATE_NOOP("errors", "回收截止日期不能早于发放日期。"),
    "survey.nobody": QT_TRANSLATE_NOOP(
        "errors", "按所选的调查对象找不到一户有人居住或有业主登记的住户。"),
    "survey.not_asked": QT_TRANSLATE_NOOP("errors", "{room} 不在这次调查的发放名单中。"),
    "survey.empty_form": QT_TRANSLATE_NOOP(
        "errors", "这份问卷一项也没有填写：请录入至少一项评价或意见，或标记为未交回。"),
    "survey.all_entered": QT_TRANSLATE_NOOP("errors", "这次调查的问卷都已录入或标记为未交回。"),
    "plan.not_found": QT_TRANSLATE_NOOP("errors", "找不到这条整改措施（编号 {number}）。"),
    "complaint.not_a_supplier": QT_TRANSLATE_NOOP(
        "errors", "只能派单给联系单位中在用的维保/供应商（编号 {number} 不是）。"),
    "organisation.not_found": QT_TRANSLATE_NOOP("errors", "找不到这个联系单位（编号 {number}）。"),
    "organisation.exists": QT_TRANSLATE_NOOP("errors", "联系单位“{name}”已经登记过了。"),
    "organisation.contract_backwards": QT_TRANSLATE_NOOP(
        "errors", "合同到期日不能早于合同开始日。"),
    "contact.not_found": QT_TRANSLATE_NOOP("errors", "找不到这条联系记录（编号 {number}）。"),
    "contact.next_before": QT_TRANSLATE_NOOP("errors", "下一步的日期不能早于这次联系的日期。"),
    "incident.not_found": QT_TRANSLATE_NOOP("errors", "找不到事件 {number}。"),
    "incident.no_building": QT_TRANSLATE_NOOP("errors", "没有 {building} 栋。"),
    "incident.no_stairwell": QT_TRANSLATE_NOOP("errors", "{building} 栋没有 {stairwell} 单元。"),
    "incident.closed": QT_TRANSLATE_NOOP(
        "errors", "事件 {number} 已经结束；如又出现，请先“重新打开”。"),
    "incident.not_closed": QT_TRANSLATE_NOOP(
        "errors", "事件 {number} 还没有结束：先填写经过、处理情况和防范措施并结束事件。"),
    "incident.not_affected": QT_TRANSLATE_NOOP("errors", "这户不在事件 {number} 的影响范围内。"),
    "renovation.not_found": QT_TRANSLATE_NOOP("errors", "找不到这条装修记录（{number}）。"),
    "renovation.bad_span": QT_TRANSLATE_NOOP(
        "errors", "时段“{value}”无法识别：请写成 08:00-12:00，多个时段用逗号隔开。"),
    "renovation.spans_overlap": QT_TRANSLATE_NOOP("errors", "{field}的时段有重叠。"),
    "renovation.slot_in_peak": QT_TRANSLATE_NOOP(
        "errors", "清运时段 {slot} 落在电梯高峰 {peak} 内：清运须避开高峰。"),
    "renovation.already_open": QT_TRANSLATE_NOOP(
        "errors", "{room} 已有未结束的装修登记 {number}：请在那条登记上延期或修改。"),
    "renovation.ends_before_start": QT_TRANSLATE_NOOP("errors", "完工日期不能早于开工日期。"),
    "renovation.too_long": QT_TRANSLATE_NOOP(
        "errors", "一次登记最长 {days} 天；工期更长的，到期前办理延期。"),
    "renovation.not_open": QT_TRANSLATE_NOOP("errors", "装修登记 {number} 已结束或未获批准。"),
    "renovation.decided": QT_TRANSLATE_NOOP(
        "errors", "装修登记 {number} 已审批：施工内容和开工日期不能再改（完工日期可延期）。"),
    "renovation.reason_required": QT_TRANSLATE_NOOP("errors", "不批准时请写明原因。"),
    "renovation.not_approved": QT_TRANSLATE_NOOP(
        "errors", "装修登记 {number} 还没有批准（或已验收）。"),
    "renovation.permit_unpaid": QT_TRANSLATE_NOOP(
        "errors", "装修押金还没有交足（应交 {due} 元，已交 {paid} 元），不能发放装修许可证。"),
    "renovation.day_past": QT_TRANSLATE_NOOP("errors", "清运日期不能早于今天。"),
    "renovation.day_outside": QT_TRANSLATE_NOOP(
        "errors", "清运日期须在装修期内（{first} 至 {last}）。"),
    "renovation.no_such_slot": QT_TRANSLATE_NOOP(
        "errors", "没有“{slot}”这个清运时段；可选：{slots}。"),
    "renovation.slot_full": QT_TRANSLATE_NOOP(
        "errors", "{day} {slot} 的清运已约满，请换一个时段。"),
    "renovation.booking_closed": QT_TRANSLATE_NOOP("errors", "这次清运已经登记过结果了。"),
    "renovation.findings_required": QT_TRANSLATE_NOOP("errors", "检查不合格时请写明发现的问题。"),
    "renovation.violations_open": QT_TRANSLATE_NOOP(
        "errors", "还有 {count} 项违规未整改，不能验收通过。"),
    "renovation.inspected": QT_TRANSLATE_NOOP("errors", "这次检查已于 {date} 做过。"),
    "renovation.deadline_before": QT_TRANSLATE_NOOP("errors", "{field}不能早于发现违规的日期。"),
    "renovation.violation_fixed": QT_TRANSLATE_NOOP("errors", "这项违规已经整改完成。"),
    "deposit.over_due": QT_TRANSLATE_NOOP("errors", "{field}超过了尚应缴的 {due} 元。"),
    "deposit.not_accepted": QT_TRANSLATE_NOOP(
        "errors", "装修登记 {number} 还没有验收通过：押金在竣工验收后退还。"),
    "deposit.nothing_held": QT_TRANSLATE_NOOP("errors", "装修登记 {number} 没有在押的押金。"),
    "deposit.deduction_too_large": QT_TRANSLATE_NOOP(
        "errors", "扣款不能超过在押押金 {held} 元。"),
    "deposit.reason_required": QT_TRANSLATE_NOOP("errors", "扣款须写明原因（损坏了什么）。"),
    "deposit.photos_required": QT_TRANSLATE_NOOP("errors", "扣款须附上损坏情况的照片或文件为证。"),
    "deposit.void_after_refund": QT_TRANSLATE_NOOP(
        "errors", "收据 {number} 收取的押金已经退还或扣除，不能再作废。"),
    "deposit.refund_not_found": QT_TRANSLATE_NOOP("errors", "找不到押金退还单 {number}。"),
    "date.in_future": QT_TRANSLATE_NOOP("errors", "{field}不能晚于今天。"),
    "office.missing": QT_TRANSLATE_NOOP(
        "errors", "还没有填写办公室信息：请先在“设置 → 办公室信息”中填写（或运行 pmdesk init）。"),
}

FIELDS = {
    "estate_name": QT_TRANSLATE_NOOP("fields", "小区名称"),
    "office_name": QT_TRANSLATE_NOOP("fields", "服务中心名称"),
    "address": QT_TRANSLATE_NOOP("fields", "地址"),
    "phone": QT_TRANSLATE_NOOP("fields", "联系电话"),
    "complaint_phone": QT_TRANSLATE_NOOP("fields", "投诉电话"),
    "seal_png": QT_TRANSLATE_NOOP("fields", "印章图片"),
    "pay_qr_png": QT_TRANSLATE_NOOP("fields", "收款二维码"),
    "service_level": QT_TRANSLATE_NOOP("fields", "服务等级"),
    "bank_name": QT_TRANSLATE_NOOP("fields", "开户银行"),
    "account_name": QT_TRANSLATE_NOOP("fields", "户名"),
    "account_no": QT_TRANSLATE_NOOP("fields", "账号"),
    "office_hours": QT_TRANSLATE_NOOP("fields", "收费时间"),
    "price_form": QT_TRANSLATE_NOOP("fields", "价格管理形式"),
    "households": QT_TRANSLATE_NOOP("fields", "户数"),
    "years": QT_TRANSLATE_NOOP("fields", "年数"),
    "complaints": QT_TRANSLATE_NOOP("fields", "投诉报修件数"),
    "title": QT_TRANSLATE_NOOP("fields", "标题"),
    "body": QT_TRANSLATE_NOOP("fields", "正文"),
    "kind": QT_TRANSLATE_NOOP("fields", "文书类型"),
    "name": QT_TRANSLATE_NOOP("fields", "姓名"),
    "role": QT_TRANSLATE_NOOP("fields", "身份"),
    "phone2": QT_TRANSLATE_NOOP("fields", "备用电话"),
    "id_number": QT_TRANSLATE_NOOP("fields", "证件号"),
    "start_date": QT_TRANSLATE_NOOP("fields", "入住日期"),
    "end_date": QT_TRANSLATE_NOOP("fields", "迁出日期"),
    "state": QT_TRANSLATE_NOOP("fields", "房屋状态"),
    "room": QT_TRANSLATE_NOOP("fields", "房号"),
    "owner": QT_TRANSLATE_NOOP("fields", "业主姓名"),
    "area": QT_TRANSLATE_NOOP("fields", "建筑面积"),
    "handover_date": QT_TRANSLATE_NOOP("fields", "交房日期"),
    "plate": QT_TRANSLATE_NOOP("fields", "车牌"),
    "space": QT_TRANSLATE_NOOP("fields", "车位"),
    "space_kind": QT_TRANSLATE_NOOP("fields", "车位类型"),
    "tags": QT_TRANSLATE_NOOP("fields", "标签"),
    "date": QT_TRANSLATE_NOOP("fields", "日期"),
    "note": QT_TRANSLATE_NOOP("fields", "备注"),
    "table": QT_TRANSLATE_NOOP("fields", "导出内容"),
    "amount": QT_TRANSLATE_NOOP("fields", "金额"),
    "rate": QT_TRANSLATE_NOOP("fields", "单价"),
    "period": QT_TRANSLATE_NOOP("fields", "月份"),
    "start_period": QT_TRANSLATE_NOOP("fields", "起始月份"),
    "end_period": QT_TRANSLATE_NOOP("fields", "截止月份"),
    "unit_kinds": QT_TRANSLATE_NOOP("fields", "适用房屋类型"),
    "basis": QT_TRANSLATE_NOOP("fields", "计费方式"),
    "legal_basis": QT_TRANSLATE_NOOP("fields", "收费依据"),
    "method": QT_TRANSLATE_NOOP("fields", "付款方式"),
    "tendered": QT_TRANSLATE_NOOP("fields", "实收现金"),
    "paid_on": QT_TRANSLATE_NOOP("fields", "收款日期"),
    "payer": QT_TRANSLATE_NOOP("fields", "交款人"),
    "reason": QT_TRANSLATE_NOOP("fields", "原因"),
    "receipt_no": QT_TRANSLATE_NOOP("fields", "收据号"),
    "server_host": QT_TRANSLATE_NOOP("fields", "服务器地址"),
    "server_database": QT_TRANSLATE_NOOP("fields", "数据库名"),
    "server_user": QT_TRANSLATE_NOOP("fields", "用户名"),
    "bills": QT_TRANSLATE_NOOP("fields", "账单"),
    "receipt_paper": QT_TRANSLATE_NOOP("fields", "收据纸张"),
    "receipt_copies": QT_TRANSLATE_NOOP("fields", "收据联数"),
    "prepay_cap_months": QT_TRANSLATE_NOOP("fields", "预存上限（月）"),
    "vacancy_percent": QT_TRANSLATE_NOOP("fields", "空置减收比例"),
    "vacancy_months": QT_TRANSLATE_NOOP("fields", "空置满几个月"),
    "voided_on": QT_TRANSLATE_NOOP("fields", "作废日期"),
    "status": QT_TRANSLATE_NOOP("fields", "状态"),
    "notes": QT_TRANSLATE_NOOP("fields", "情况记录"),
    "next_action": QT_TRANSLATE_NOOP("fields", "下一步"),
    "next_date": QT_TRANSLATE_NOOP("fields", "下一步日期"),
    "on_date": QT_TRANSLATE_NOOP("fields", "日期"),
    "said": QT_TRANSLATE_NOOP("fields", "沟通内容"),
    "outcome": QT_TRANSLATE_NOOP("fields", "结果"),
    "next_step": QT_TRANSLATE_NOOP("fields", "下一步"),
    "min_months": QT_TRANSLATE_NOOP("fields", "欠费月数"),
    "deadline_days": QT_TRANSLATE_NOOP("fields", "缴费期限（天）"),
    "tracking_no": QT_TRANSLATE_NOOP("fields", "邮件单号"),
    "evidence": QT_TRANSLATE_NOOP("fields", "证据文件"),
    "delivered_on": QT_TRANSLATE_NOOP("fields", "送达日期"),
    "count": QT_TRANSLATE_NOOP("fields", "期数"),
    "every_months": QT_TRANSLATE_NOOP("fields", "每期间隔（月）"),
    "first_due": QT_TRANSLATE_NOOP("fields", "第一期缴款日"),
    "agreed_on": QT_TRANSLATE_NOOP("fields", "签订日期"),
    "description": QT_TRANSLATE_NOOP("fields", "情况描述"),
    "contact_name": QT_TRANSLATE_NOOP("fields", "反映人"),
    "contact_phone": QT_TRANSLATE_NOOP("fields", "联系电话"),
    "location": QT_TRANSLATE_NOOP("fields", "地点"),
    "unit": QT_TRANSLATE_NOOP("fields", "住户"),
    "other_unit": QT_TRANSLATE_NOOP("fields", "涉及的另一户"),
    "received_at": QT_TRANSLATE_NOOP("fields", "受理时间"),
    "occurred_at": QT_TRANSLATE_NOOP("fields", "发生时间"),
    "assignee": QT_TRANSLATE_NOOP("fields", "承办人"),
    "text": QT_TRANSLATE_NOOP("fields", "内容"),
    "account": QT_TRANSLATE_NOOP("fields", "账号"),
    "password": QT_TRANSLATE_NOOP("fields", "密码"),
    "keep_recent": QT_TRANSLATE_NOOP("fields", "保留最近备份"),
    "keep_daily": QT_TRANSLATE_NOOP("fields", "保留每日备份"),
    "keep_monthly": QT_TRANSLATE_NOOP("fields", "保留每月备份"),
    "backup_minutes": QT_TRANSLATE_NOOP("fields", "自动备份间隔"),
    "offsite_days": QT_TRANSLATE_NOOP("fields", "异地备份提醒"),
    "lock_minutes": QT_TRANSLATE_NOOP("fields", "无操作锁屏"),
    "responsibility": QT_TRANSLATE_NOOP("fields", "责任方"),
    "paid_work": QT_TRANSLATE_NOOP("fields", "有偿/无偿"),
    "materials": QT_TRANSLATE_NOOP("fields", "材料"),
    "prevention": QT_TRANSLATE_NOOP("fields", "防止再发生的措施"),
    "how": QT_TRANSLATE_NOOP("fields", "回复方式"),
    "satisfaction": QT_TRANSLATE_NOOP("fields", "满意度"),
    "file": QT_TRANSLATE_NOOP("fields", "文件"),
    "channel": QT_TRANSLATE_NOOP("fields", "来源"),
    "category": QT_TRANSLATE_NOOP("fields", "类别"),
    "urgency": QT_TRANSLATE_NOOP("fields", "紧急程度"),
    "action": QT_TRANSLATE_NOOP("fields", "步骤"),
    "starts_at": QT_TRANSLATE_NOOP("fields", "开始时间"),
    "ends_at": QT_TRANSLATE_NOOP("fields", "结束时间"),
    "place": QT_TRANSLATE_NOOP("fields", "地点"),
    "organiser": QT_TRANSLATE_NOOP("fields", "组织者"),
    "partners": QT_TRANSLATE_NOOP("fields", "合作方"),
    "audience": QT_TRANSLATE_NOOP("fields", "对象"),
    "first_day": QT_TRANSLATE_NOOP("fields", "发放日期"),
    "last_day": QT_TRANSLATE_NOOP("fields", "回收截止日期"),
    "scale": QT_TRANSLATE_NOOP("fields", "评价方式"),
    "items": QT_TRANSLATE_NOOP("fields", "调查项目"),
    "sample": QT_TRANSLATE_NOOP("fields", "抽样比例"),
    "score": QT_TRANSLATE_NOOP("fields", "评价"),
    "measure": QT_TRANSLATE_NOOP("fields", "整改措施"),
    "plan_owner": QT_TRANSLATE_NOOP("fields", "责任人"),
    "plan_due": QT_TRANSLATE_NOOP("fields", "完成期限"),
    "done_on": QT_TRANSLATE_NOOP("fields", "完成日期"),
    "standard_percent": QT_TRANSLATE_NOOP("fields", "达标线"),
    "large_print": QT_TRANSLATE_NOOP("fields", "大字版"),
    "buildings": QT_TRANSLATE_NOOP("fields", "楼栋"),
    "capacity": QT_TRANSLATE_NOOP("fields", "名额"),
    "budget": QT_TRANSLATE_NOOP("fields", "预算"),
    "cost": QT_TRANSLATE_NOOP("fields", "实际花费"),
    "signup_deadline": QT_TRANSLATE_NOOP("fields", "报名截止"),
    "people": QT_TRANSLATE_NOOP("fields", "人数"),
    "contact": QT_TRANSLATE_NOOP("fields", "联系方式"),
    "remarks": QT_TRANSLATE_NOOP("fields", "备注"),
    "event": QT_TRANSLATE_NOOP("fields", "活动"),
    "every": QT_TRANSLATE_NOOP("fields", "重复"),
    "comment": QT_TRANSLATE_NOOP("fields", "意见"),
    "item": QT_TRANSLATE_NOOP("fields", "收费项目"),
    "due": QT_TRANSLATE_NOOP("fields", "应缴金额"),
    "paid": QT_TRANSLATE_NOOP("fields", "实缴金额"),
    "cashier": QT_TRANSLATE_NOOP("fields", "收银员"),
    "org_name": QT_TRANSLATE_NOOP("fields", "单位名称"),
    "org_kind": QT_TRANSLATE_NOOP("fields", "单位类别"),
    "duties": QT_TRANSLATE_NOOP("fields", "负责事项"),
    "contract_start": QT_TRANSLATE_NOOP("fields", "合同开始日"),
    "contract_end": QT_TRANSLATE_NOOP("fields", "合同到期日"),
    "person": QT_TRANSLATE_NOOP("fields", "对方人员"),
    "summary": QT_TRANSLATE_NOOP("fields", "商定事项"),
    "incident_kind": QT_TRANSLATE_NOOP("fields", "事件类别"),
    "areas": QT_TRANSLATE_NOOP("fields", "影响范围"),
    "cause": QT_TRANSLATE_NOOP("fields", "原因"),
    "advice": QT_TRANSLATE_NOOP("fields", "住户注意事项"),
    "script": QT_TRANSLATE_NOOP("fields", "统一口径"),
    "handler": QT_TRANSLATE_NOOP("fields", "负责人"),
    "happened": QT_TRANSLATE_NOOP("fields", "事情经过"),
    "done": QT_TRANSLATE_NOOP("fields", "处理情况"),
    "ended_at": QT_TRANSLATE_NOOP("fields", "实际结束时间"),
    "supplier": QT_TRANSLATE_NOOP("fields", "维保/供应商"),
    "incident": QT_TRANSLATE_NOOP("fields", "事件"),
    "organisation": QT_TRANSLATE_NOOP("fields", "联系单位"),
    "scope": QT_TRANSLATE_NOOP("fields", "装修内容"),
    "works": QT_TRANSLATE_NOOP("fields", "须主管审批的项目"),
    "start_on": QT_TRANSLATE_NOOP("fields", "开工日期"),
    "end_on": QT_TRANSLATE_NOOP("fields", "完工日期"),
    "applicant": QT_TRANSLATE_NOOP("fields", "申请人"),
    "company": QT_TRANSLATE_NOOP("fields", "装修公司"),
    "foreman": QT_TRANSLATE_NOOP("fields", "施工负责人"),
    "foreman_phone": QT_TRANSLATE_NOOP("fields", "负责人电话"),
    "decision_note": QT_TRANSLATE_NOOP("fields", "审批意见"),
    "trade": QT_TRANSLATE_NOOP("fields", "工种"),
    "day": QT_TRANSLATE_NOOP("fields", "日期"),
    "slot": QT_TRANSLATE_NOOP("fields", "时段"),
    "bags": QT_TRANSLATE_NOOP("fields", "袋数"),
    "findings": QT_TRANSLATE_NOOP("fields", "检查情况"),
    "inspector": QT_TRANSLATE_NOOP("fields", "检查人"),
    "due_on": QT_TRANSLATE_NOOP("fields", "计划日期"),
    "deadline": QT_TRANSLATE_NOOP("fields", "整改期限"),
    "found_on": QT_TRANSLATE_NOOP("fields", "发现日期"),
    "fixed_note": QT_TRANSLATE_NOOP("fields", "整改情况"),
    "fixed_on": QT_TRANSLATE_NOOP("fields", "整改日期"),
    "deposit": QT_TRANSLATE_NOOP("fields", "装修押金"),
    "clearance": QT_TRANSLATE_NOOP("fields", "垃圾清运费"),
    "deduction": QT_TRANSLATE_NOOP("fields", "扣款"),
    "work_hours": QT_TRANSLATE_NOOP("fields", "允许施工时间"),
    "lift_peaks": QT_TRANSLATE_NOOP("fields", "电梯高峰时段"),
    "clearance_slots": QT_TRANSLATE_NOOP("fields", "清运时段"),
    "slot_households": QT_TRANSLATE_NOOP("fields", "每时段户数"),
    "structural_deposit": QT_TRANSLATE_NOOP("fields", "涉及结构等的押金"),
    "clearance_rate": QT_TRANSLATE_NOOP("fields", "清运费单价"),
    "inspect_days": QT_TRANSLATE_NOOP("fields", "巡查间隔天数"),
    "quiet_weekends": QT_TRANSLATE_NOOP("fields", "周末禁止噪音作业"),
    "returned_on": QT_TRANSLATE_NOOP("fields", "交回日期"),
    "inspection": QT_TRANSLATE_NOOP("fields", "检查"),
    "result": QT_TRANSLATE_NOOP("fields", "检查结果"),
}


PERMISSIONS = {
    "receipt.void": QT_TRANSLATE_NOOP("permissions", "作废收据"),
    "payment.backdate": QT_TRANSLATE_NOOP("permissions", "补录较早日期的收款"),
    "unit.billing": QT_TRANSLATE_NOOP("permissions", "修改房屋面积或类型（影响收费）"),
    "reduction.approve": QT_TRANSLATE_NOOP("permissions", "减免"),
    "fee_item.change": QT_TRANSLATE_NOOP("permissions", "修改收费项目、单价和收费规则"),
    "backup.restore": QT_TRANSLATE_NOOP("permissions", "从备份恢复"),
    "person.reveal_id": QT_TRANSLATE_NOOP("permissions", "查看完整证件号"),
    "account.manage": QT_TRANSLATE_NOOP("permissions", "管理账号"),
    "safety.settings": QT_TRANSLATE_NOOP("permissions", "修改备份与锁屏设置"),
    "opening.import": QT_TRANSLATE_NOOP("permissions", "导入或撤销期初余额"),
    "database.move": QT_TRANSLATE_NOOP("permissions", "迁移到网络版"),
    "renovation.structural": QT_TRANSLATE_NOOP(
        "permissions", "审批涉及结构、承重墙、外立面或防水的装修"),
    "renovation.deduct": QT_TRANSLATE_NOOP("permissions", "从装修押金中扣款"),
    "renovation.settings": QT_TRANSLATE_NOOP("permissions", "修改装修管理设置（押金、时段）"),
}


def permission_label(permission: str) -> str:
    return translate("permissions", PERMISSIONS[permission]) if permission in PERMISSIONS \
        else permission


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def field_label(field: str) -> str:
    return translate("fields", FIELDS[field]) if field in FIELDS else field


def describe(exc: PmdeskError) -> str:
    """The sentence the user sees for a coded error."""
    template = ERRORS.get(exc.code, ERRORS["error"])
    params = _Params(exc.params)
    if "field" in params:
        params["field"] = field_label(params["field"])
    if "permission" in params:
        params["permission"] = permission_label(params["permission"])
    return translate("errors", template).format_map(params)
