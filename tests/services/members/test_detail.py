"""One member's whole record, as the detail pane and `members show` read it."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

from groupdesk.cli.context import _json_default
from groupdesk.services.members.checkins import record_checkin
from groupdesk.services.members.detail import member_detail
from groupdesk.services.members.mentorships import start_mentorship
from groupdesk.services.members.merge import merge_members
from groupdesk.services.members.roles import add_role
from groupdesk.services.members.skills import add_skill
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]


def test_the_detail_gathers_roles_skills_mentoring_check_ins_history_and_merges(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana, wei, twin = add_person("Ana Silva"), add_person("Wei Chen"), add_person("Ana S.")
    add_role(members_ws.uow(), member_id=ana, role="treasurer")
    add_skill(members_ws.uow(), member_id=ana, name="Bookkeeping", can_teach=True)
    start_mentorship(members_ws.uow(), mentor_id=wei, mentee_id=ana)
    record_checkin(members_ws.uow(), member_id=ana, by_id=wei, on=date(2026, 4, 30), how="visit")
    merge_members(members_ws.uow(), keep_id=ana, other_id=twin)
    detail = member_detail(members_ws.uow(), member_id=ana)
    assert detail.member.full_name == "Ana Silva"
    assert [r.role for r in detail.roles] == ["treasurer"]
    assert [s.name for s in detail.skills] == ["Bookkeeping"]
    assert [(m.mentor_name, m.mentee_name) for m in detail.mentorships] == [
        ("Wei Chen", "Ana Silva")
    ]
    assert [c.by_name for c in detail.checkins] == ["Wei Chen"]
    assert detail.last_seen == date(2026, 4, 30)
    assert [m[:2] for m in detail.merged_from] == [(twin, "Ana S.")]
    assert detail.history[-1].action == "added"
    as_json = json.loads(json.dumps(detail.as_dict(), default=_json_default))
    assert as_json["roles"][0]["role"] == "treasurer" and as_json["last_seen"] == "2026-04-30"
