"""A failed write never leaves a broken file under the final name (docs reliability P12)."""

import os

import pytest

from pmdesk.core.errors import PmdeskError
from pmdesk.core.safety.files import write_atomic


def test_writes_the_whole_file(tmp_path):
    target = tmp_path / "notice.pdf"
    write_atomic(target, b"%PDF new")
    assert target.read_bytes() == b"%PDF new"
    assert os.listdir(tmp_path) == ["notice.pdf"]


def test_a_failure_keeps_the_old_file_and_leaves_no_debris(tmp_path, monkeypatch):
    target = tmp_path / "notice.pdf"
    target.write_bytes(b"%PDF old")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(PmdeskError) as err:
        write_atomic(target, b"%PDF new")
    assert err.value.code == "file.write_failed"
    assert "No space left" in err.value.params["detail"]
    assert target.read_bytes() == b"%PDF old"
    assert os.listdir(tmp_path) == ["notice.pdf"]


def test_a_missing_folder_is_reported(tmp_path):
    with pytest.raises(PmdeskError) as err:
        write_atomic(tmp_path / "no" / "such" / "folder.pdf", b"%PDF")
    assert err.value.code == "file.write_failed"


@pytest.fixture
def live(db_path):
    """The open database, a backup of it and its receipt journal beside it."""
    from pmdesk.core.safety.backup import backup_to

    backup_to(db_path)
    (db_path.parent / "backups" / "receipts-2026-11.jsonl").write_text("{}\n")
    return db_path


@pytest.mark.parametrize("name", ["office.db", "office.db-wal", "office.db-shm", "office.db.lock",
                                  "OFFICE.DB", "sub/../office.db", "link.db",
                                  "backups/receipts-2026-11.jsonl", "backups/new.pdf"])
def test_an_output_never_replaces_the_database_or_its_companions(live, name):
    """Issue 14.1: an export or a PDF named like the database (in any spelling: case, `..`,
    a symlink), its -wal/-shm/lock file, or anything in the backups folder is refused."""
    (live.parent / "sub").mkdir()
    (live.parent / "link.db").symlink_to(live)
    before = live.read_bytes()
    with pytest.raises(PmdeskError) as err:
        write_atomic(live.parent / name, b"%PDF-1.4 not a database")
    assert err.value.code == "file.protected"
    assert live.read_bytes() == before


def test_an_output_never_replaces_a_backup_or_any_database(live, tmp_path):
    from pmdesk.core.safety.backup import backup_to

    elsewhere = backup_to(live, tmp_path / "usb" / "copy.db")
    with pytest.raises(PmdeskError) as err:
        write_atomic(elsewhere, b"PK xlsx")
    assert err.value.code == "file.protected"
    assert elsewhere.read_bytes().startswith(b"SQLite format 3")


def test_an_output_never_replaces_something_that_is_not_a_file(tmp_path):
    """`/dev/null` (as root) became a regular file: a device, a pipe or a folder is never
    replaced. (A pipe stands in for the device: the test must not risk the real one.)"""
    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    with pytest.raises(PmdeskError) as err:
        write_atomic(pipe, b"%PDF")
    assert err.value.code == "file.not_regular"
    assert pipe.is_fifo()
    (tmp_path / "folder.pdf").mkdir()
    with pytest.raises(PmdeskError) as err:
        write_atomic(tmp_path / "folder.pdf", b"%PDF")
    assert err.value.code == "file.not_regular"


@pytest.fixture
def pipe(tmp_path):
    """A named pipe nobody writes to: opening it for reading waits for ever."""
    path = tmp_path / "名册.xlsx"
    os.mkfifo(path)
    return path


def test_a_pipe_chosen_as_input_is_refused_not_waited_on(db_path, tmp_path, pipe):
    """Review of issue 14: a roster, a photo, a letter's text or a backup that is a pipe hung
    the window or the command line for ever."""
    from pmdesk.actions.service import read_files
    from pmdesk.core.register.importer import read_roster
    from pmdesk.core.safety import backup
    from pmdesk.core.safety.files import read_input

    for read in (lambda: read_input(pipe), lambda: read_files([pipe]),
                 lambda: read_roster(pipe), lambda: read_input(tmp_path)):
        with pytest.raises(PmdeskError) as err:
            read()
        assert err.value.code == "file.not_a_file"
    with pytest.raises(PmdeskError) as err:
        backup.restore_from(pipe, db_path)
    assert err.value.code == "db.not_a_file"
    assert backup.summary(pipe).problem == "db.not_a_file"


def test_a_file_too_large_to_keep_is_refused_before_it_is_read(db_path, tmp_path):
    from pmdesk.actions.service import read_files
    from pmdesk.core.validate import MAX_ATTACHMENT_BYTES

    video = tmp_path / "监控录像.mp4"
    with open(video, "wb") as fh:
        fh.truncate(MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(PmdeskError) as err:
        read_files([video])
    assert err.value.code == "file.too_large" and err.value.params["max_mb"] == 10
