"""The database as a whole: `backup`, `restore`, `check`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pmdesk.actions.safety import restore as restore_backup
from pmdesk.cli.common import EXIT_FAILED, EXIT_OK, db_path, open_database, password
from pmdesk.core.checkup import check_database
from pmdesk.core.errors import DatabaseError
from pmdesk.core.moving import move_to_server
from pmdesk.core.safety import auth, server
from pmdesk.core.safety import backup as backups
from pmdesk.core.safety.db import close_db, is_read_only
from pmdesk.core.safety.pg_backup import backup_server, restore_server, server_backups
from pmdesk.i18n import translate


def add(sub) -> None:
    p = sub.add_parser("backup", help=translate("cli", "在线备份数据库（默认存入 backups 文件夹）"))
    p.add_argument("file", nargs="?", metavar="FILE", help=translate("cli", "备份文件或文件夹"))
    p.set_defaults(run=backup)

    p = sub.add_parser("restore", help=translate("cli", "用备份替换数据库（当前数据库先另存一份）"))
    p.add_argument("file", metavar="FILE", help=translate("cli", "备份文件"))
    p.set_defaults(run=restore)

    sub.add_parser("check", help=translate("cli", "检查数据库的完整性")).set_defaults(run=check)

    p = sub.add_parser("migrate-to-postgres", help=translate(
        "cli", "把单机版的数据库迁移到网络版的空数据库（原文件保持不变）"))
    p.add_argument("url", metavar="URL", help=translate(
        "cli", "服务器上的空数据库：postgresql://用户@主机:端口/数据库"))
    p.set_defaults(run=migrate_to_postgres)


def backup(args: argparse.Namespace) -> int:
    if server.is_server(place := db_path(args)):
        target = backup_server(place, args.file or server_backups())
        print(translate("cli", "已备份到 {path}").format(path=target))
        return EXIT_OK
    target = backups.backup_to(db_path(args), args.file)
    if backups.is_off_machine(db_path(args), target):
        open_database(args)
        if not is_read_only():  # a read-only database cannot remember it
            backups.note_off_machine_copy(target)
    print(translate("cli", "已备份到 {path}").format(path=target))
    return EXIT_OK


def restore(args: argparse.Namespace) -> int:
    if server.is_server(place := db_path(args)):
        restore_server(args.file, place)
        print(translate("cli", "已把备份 {backup} 恢复到服务器上的空数据库 {server}。").format(
            backup=args.file, server=server.shown(place)))
        return EXIT_OK
    approval = None
    if args.user:
        try:
            open_database(args)
        except DatabaseError as exc:
            if exc.code in ("db.missing", "db.in_use", "db.network_drive", "db.removable_drive"):
                raise
            # too damaged to sign in to: the manager's password is checked against the
            # accounts of the backup that is to replace it
            approval = auth.verify_in_file(args.file, args.user, password(args))
        close_db()
    aside = restore_backup(backup=Path(args.file), db_path=db_path(args), approved_by=approval)
    print(translate("cli", "已从 {backup} 恢复数据库；原来的数据库已另存为 {aside}").format(
        backup=args.file, aside=aside))
    return EXIT_OK


def check(args: argparse.Namespace) -> int:
    path = db_path(args)
    if isinstance(path, Path) and not path.exists():
        raise DatabaseError("db.missing", path=str(path))
    open_database(args)
    report = check_database(path)
    if not report.ok:
        problems = report.lines()
        print(translate("cli", "数据库 {path} 检查发现 {count} 个问题：{problems}").format(
            path=server.shown(path), count=len(problems), problems="; ".join(problems)),
            file=sys.stderr)
        return EXIT_FAILED
    print(translate("cli", "数据库完好：{path}").format(path=server.shown(path)))
    return EXIT_OK


def migrate_to_postgres(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not isinstance(path, Path) or not server.is_server(args.url):
        raise DatabaseError("move.not_a_file" if not isinstance(path, Path) else "move.not_a_url",
                            path=server.shown(path), server=args.url)
    if not path.exists():
        raise DatabaseError("db.missing", path=str(path))
    approval = auth.verify_in_file(path, args.user, password(args)) if args.user else None
    moved = move_to_server(path, args.url, approved_by=approval)
    copied = moved.rows
    print(translate("cli", "已把 {path} 迁移到 {server}：住户 {units} 户，账单 {bills} 笔，"
                           "收据 {payments} 张，操作记录 {audit} 条；核对无误。"
                           "下一张收据是 {receipt}。原文件保持不变。").format(
        path=path, server=moved.server, units=copied.get("unit", 0), bills=copied.get("bill", 0),
        payments=copied.get("payment", 0), audit=copied.get("audit_log", 0),
        receipt=moved.next_receipt or "-"))
    return EXIT_OK
