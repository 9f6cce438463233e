"""The document archive keeps every generated PDF, findable and unchangeable."""

import hashlib

import peewee
import pytest

from pmdesk.core import archive
from pmdesk.core.errors import NotFound, ValidationError
from pmdesk.core.safety import audit
from pmdesk.core.safety.db import db

pytestmark = pytest.mark.both_engines  # and on a PostgreSQL server (the 网络版)

PDF = b"%PDF-1.4 fake but shaped like a PDF"


def test_a_document_is_kept_whole_and_audited(db_path):
    number = archive.record_document(kind="notice", subject="停水通知", pdf=PDF, pages=1)
    assert archive.document_pdf(number) == PDF
    [listed] = archive.list_documents()
    assert (listed.id, listed.kind, listed.subject) == (number, "notice", "停水通知")
    assert listed.pages == 1
    assert listed.created_by and listed.created_at
    stored = db.execute_sql("SELECT sha256 FROM document").fetchone()[0]
    assert stored == hashlib.sha256(PDF).hexdigest()
    assert len(audit.entries(action_prefix="document.create")) == 1


def test_listing_filters_by_kind_and_text_newest_first(db_path):
    archive.record_document(kind="notice", subject="停水通知", pdf=PDF, pages=1)
    archive.record_document(kind="certificate", subject="证明 王伟 车辆受损", pdf=PDF, pages=1)
    archive.record_document(kind="notice", subject="停电通知 100%", pdf=PDF, pages=2)
    assert [d.subject for d in archive.list_documents()] == ["停电通知 100%", "证明 王伟 车辆受损",
                                                            "停水通知"]
    assert [d.kind for d in archive.list_documents(kind="notice")] == ["notice", "notice"]
    assert [d.subject for d in archive.list_documents(text="王伟")] == ["证明 王伟 车辆受损"]
    assert [d.subject for d in archive.list_documents(text="100%")] == ["停电通知 100%"]
    assert archive.list_documents(text="%") and archive.list_documents(text="_") == []


def test_an_archived_document_cannot_be_changed(db_path):
    archive.record_document(kind="notice", subject="停水通知", pdf=PDF, pages=1)
    with pytest.raises(peewee.IntegrityError, match="append-only"):
        db.execute_sql("UPDATE document SET subject = 'x'")


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"kind": "poster"}, "kind"), ({"pdf": b"not a pdf"}, "pdf"), ({"pages": 0}, "pdf")])
def test_bad_records_are_refused(db_path, kwargs, field):
    args = {"kind": "notice", "subject": "x", "pdf": PDF, "pages": 1, **kwargs}
    with pytest.raises(ValidationError) as err:
        archive.record_document(**args)
    assert err.value.field == field
    assert archive.list_documents() == []


def test_an_unknown_number_is_reported(db_path):
    with pytest.raises(NotFound):
        archive.document_pdf(42)
