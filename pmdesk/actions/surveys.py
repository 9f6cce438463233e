"""满意度调查's documents, issued and archived in one place for the window and the command line:
the questionnaires (every household asked, or those whose form is still out; large print for
all, or for the elderly households only), the results notice and the committee's report."""

from __future__ import annotations

from pmdesk.actions.documents import Issued, issue, office
from pmdesk.core.errors import ValidationError
from pmdesk.core.service import surveys
from pmdesk.documents import surveys as forms

LARGE_PRINT = ("none", "elderly", "all")


def print_questionnaires(survey_id: int, *, large_print: str = "elderly",
                         outstanding_only: bool = False) -> Issued:
    """One form per household, in room order, in one PDF kept in the archive."""
    if large_print not in LARGE_PRINT:
        raise ValidationError("large_print", "value.unknown", value=large_print)
    survey = surveys.survey(survey_id)
    asked = [a for a in surveys.households(survey_id)
             if not outstanding_only or a.status == "asked"]
    if not asked:
        raise ValidationError("room", "survey.all_entered")
    elderly = surveys.elderly(survey_id) if large_print == "elderly" else set()
    phone = office().phone
    letters = [forms.questionnaire(survey, a.room, phone=phone,
                                   large_print=large_print == "all" or a.unit_id in elderly)
               for a in asked]
    return issue(letters, kind="survey_form", subject=f"{survey.title}问卷（{len(asked)} 户）",
                 unit_ids=[a.unit_id for a in asked], keywords=[survey.title])


def print_results_notice(survey_id: int) -> Issued:
    found = surveys.results(survey_id)
    return issue(forms.results_notice(found), kind="survey_notice",
                 subject=f"{found.survey.title}结果公示", keywords=[found.survey.title])


def print_committee_report(survey_id: int) -> Issued:
    found = surveys.results(survey_id)
    return issue(forms.committee_report(found), kind="survey_report",
                 subject=f"{found.survey.title}报告", keywords=[found.survey.title])
