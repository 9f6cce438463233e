"""Service to residents, in one transaction each: a complaint or repair logged with its photos,
an event planned (with its repeats) or changed, an event's feedback with photos and cost."""

from __future__ import annotations

from pathlib import Path

from pmdesk.core.safety.db import db
from pmdesk.core.safety.files import read_input
from pmdesk.core.service import complaints, events, relations
from pmdesk.core.validate import MAX_ATTACHMENT_BYTES


def read_files(paths: list[Path]) -> list[tuple[str, bytes]]:
    """(name, bytes) of each file chosen; a file that cannot be read, or is too large to keep,
    is named."""
    return [(Path(path).name, read_input(path, limit=MAX_ATTACHMENT_BYTES)) for path in paths]


def log_complaint(*, files: list[Path] = (), **fields) -> complaints.Item:
    """受理: the item (`complaints.receive`'s fields) and its photos or files, all or nothing."""
    attachments = read_files(list(files))
    with db.atomic():
        item = complaints.receive(**fields)
        for name, data in attachments:
            complaints.attach(item.id, name, data)
    return item


def log_contact(*, files: list[Path] = (), **fields) -> int:
    """A contact with an outside organisation (`relations.log_contact`'s fields) and its files,
    all or nothing."""
    attachments = read_files(list(files))
    with db.atomic():
        log_id = relations.log_contact(**fields)
        for name, data in attachments:
            relations.attach(log_id, name, data)
    return log_id


def save_event(*, event_id: int | None = None, repeat_every: str | None = None,
               repeat_count: int = 0, **values) -> events.Event:
    """A new event (and its repeats, with `repeat_every`), or `event_id` changed."""
    with db.atomic():
        if event_id is not None:
            return events.update_event(event_id, **values)
        saved = events.create_event(**values)
        if repeat_every:
            events.repeat(saved.id, every=repeat_every, count=repeat_count)
        return saved


def record_feedback(*, event_id: int, satisfaction: int, comment: str = "",
                    photos: list[Path] = (), cost: int | None = None) -> None:
    """After the event: the residents' satisfaction and comment, its photos, what it cost."""
    pictures = read_files(list(photos))
    with db.atomic():
        events.add_feedback(event_id=event_id, satisfaction=satisfaction, comment=comment)
        for name, data in pictures:
            events.add_photo(event_id, name, data)
        if cost is not None:
            events.set_cost(event_id, cost)
