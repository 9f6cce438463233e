"""事件's documents, issued and archived in one place for the window and the command line: the
notices for every affected entrance with the large-print one for each elderly household's door,
the list of households to tell, and the 情况说明 once it is over."""

from __future__ import annotations

from pmdesk.actions.documents import Issued, issue, office
from pmdesk.core.errors import ValidationError
from pmdesk.core.service import complaints, incidents
from pmdesk.documents import incidents as forms


def print_notices(incident_id: int, *, large_print_only: bool = False) -> Issued:
    """One notice per entrance (posted at the door and in the lift), then the large-print one
    for each elderly household in the places affected — or only those (`large_print_only`;
    where no household is tagged elderly, one in large print per entrance)."""
    incident = incidents.incident(incident_id)
    phone = office().phone
    elderly = [h for h in incidents.households(incident_id) if h.elderly]
    places = [place.text() for place in incidents.entrances(incident_id)]
    letters = [] if large_print_only else [forms.notice(incident, place, phone=phone)
                                           for place in places]
    letters += [forms.large_print_notice(incident, h.room, phone=phone) for h in elderly]
    if large_print_only and not elderly:
        letters = [forms.large_print_notice(incident, place, phone=phone) for place in places]
    what = "大字版" if large_print_only else forms.title(incident)
    return issue(letters, kind="incident_notice",
                 subject=f"{incident.number} {what}（{len(letters)} 份）",
                 unit_ids=[h.unit_id for h in elderly],
                 keywords=[incident.number, incident.title])


def print_call_list(incident_id: int) -> Issued:
    incident = incidents.incident(incident_id)
    return issue(forms.call_list(incident, incidents.households(incident_id)),
                 kind="incident_calls", subject=f"{incident.number} 住户告知名单",
                 keywords=[incident.number])


def print_situation_report(incident_id: int) -> Issued:
    incident = incidents.incident(incident_id)
    if incident.open:
        raise ValidationError("happened", "incident.not_closed", number=incident.number)
    linked = len(complaints.linked_to_incident(incident_id))
    return issue(forms.situation_report(incident, complaints=linked), kind="incident_report",
                 subject=f"关于{incident.title}的情况说明", keywords=[incident.number])
