"""The stored words each area's screens show (statuses, kinds, states) are all marked for
translation, so a new one cannot reach the Spanish screens in English."""

from __future__ import annotations

import pytest

from groupdesk.models import grants, meetings, members, resources
from groupdesk.models.references import RELATION, synced_models
from groupdesk.services.meetings.outcomes import NAMED_RULES
from groupdesk.ui.words import CLAIMS, GRANTS, HISTORY, MEETINGS, MEMBERS, RESOURCES, WORDS, word

STORED = {
    MEMBERS: (
        members.MEMBER_STATUSES,
        members.CONSENT_METHODS,
        members.SKILL_KINDS,
        members.CHECKIN_METHODS,
    ),
    MEETINGS: (
        meetings.MEETING_KINDS,
        meetings.MEETING_STATUSES,
        meetings.ATTENDANCE_STATUSES,
        meetings.VOTE_METHODS,
        meetings.DECISION_OUTCOMES,
        meetings.ACTION_STATUSES,
        NAMED_RULES,
    ),
    RESOURCES: (resources.ITEM_KINDS, resources.ITEM_CONDITIONS, resources.RESERVATION_STATUSES),
    GRANTS: (
        grants.FUNDER_KINDS,
        grants.GRANT_STATES,
        grants.MICRO_GRANT_STATES,
        grants.RECEIPT_ROLES,
        grants.REPORT_KINDS,
        grants.REPORT_STATES,
        # What services.grants.payments.tranche_status says of a tranche.
        ("received", "expected"),
        tuple(f"waiting on the {kind} report" for kind in grants.REPORT_KINDS),
    ),
    CLAIMS: (grants.REIMBURSEMENT_STATES,),
}


@pytest.mark.parametrize("area", sorted(STORED))
def test_every_stored_word_of_the_area_is_marked(area: str) -> None:
    stored = {value for values in STORED[area] for value in values}
    assert stored - WORDS[area] == set()


def test_every_record_kind_and_relation_the_history_tab_names_is_marked() -> None:
    """Each model's record label and each reference's relation ("as mentor")."""
    said = {"added", "changed", "deleted", "restored"}
    for model in synced_models():
        said.add(model.__record_label__)
        said |= {
            attribute.columns[0].info[RELATION]
            for attribute in model.__mapper__.column_attrs
            if attribute.columns[0].info.get(RELATION)
        }
    assert said - WORDS[HISTORY] == set()


def test_a_word_not_stored_is_shown_as_it_is() -> None:
    assert word(MEETINGS, "committee") == "committee"  # English: no catalogue installed
    assert word(MEETINGS, "Our own kind") == "Our own kind"
