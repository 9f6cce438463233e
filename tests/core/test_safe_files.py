"""A failed write never leaves a broken file under the final name (docs reliability P12)."""

import os

import pytest

from pmdesk.core.errors import PmdeskError
from pmdesk.core.safe_files import write_atomic


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
