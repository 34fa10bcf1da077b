"""Convergence as a property: laptops that have seen the same files hold the same data.

Three laptops, clocks days apart, each with its own copy of the sync folder (as a cloud drive
keeps one per computer; `test_convergence_store` runs the same over an object store).
Hypothesis makes members, edits, deletes, undeletes, children under parents deleted elsewhere,
the same person entered twice and the same skill added on two laptops, and moves files between
the copies in any order — duplicated, delayed, cut short mid-copy and relayed. When everyone
has everything, all databases are equal field by field and every edit is in every change log.

`GROUPDESK_CONVERGENCE_EXAMPLES=150` runs a deeper search (about a minute and a half) after a
change to the merge.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, precondition, rule
from sync_helpers import change_log, state

from groupdesk.config import DataPaths
from groupdesk.errors import GroupDeskError
from groupdesk.models import Member
from groupdesk.models.sync_state import LocalState
from groupdesk.services.members.skills import add_skill
from groupdesk.services.settings import create_group
from groupdesk.services.sync.config import FOLDER_KEY
from groupdesk.services.sync.engine import run_sync
from groupdesk.services.sync.setup import group_join_code, init_folder, join_folder
from groupdesk.services.workspace import open_workspace

LAPTOPS = 3
OFFSET_DAYS = (0, 2, -3)
NAMES = ("Ana Petrova", "Łukasz Nowak", "محمد حداد", "李雷", "Zoë Ñúñez")
FIELDS = {
    "phone": st.sampled_from(["+44 1", "+44 2", None]),
    "email": st.sampled_from(["a@example.org", "b@example.org", None]),
    "status": st.sampled_from(["active", "inactive", "left"]),
    # Any text a note may hold: no control characters but tab and new lines (text_rules).
    "notes": st.text(
        alphabet=st.characters(blacklist_categories=["Cs", "Cc"]) | st.sampled_from("\t\n"),
        max_size=8,
    ),
    "consent_photo": st.booleans(),
}
NO_GUARD = timedelta(days=3650)  # the writer's skew guard has its own test; here clocks differ


class FakeClock:
    def __init__(self, start: int) -> None:
        self.millis = start

    def __call__(self) -> int:
        self.millis += 7
        return self.millis


class Laptops(RuleBasedStateMachine):
    """Laptops editing and syncing; where their files lie is the subclass's (`share`)."""

    members = Bundle("members")

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="gd-converge-"))
        self.laptops = []
        for number in range(LAPTOPS):
            clock = FakeClock(1_780_000_000_000 + OFFSET_DAYS[number] * 86_400_000)
            self.laptops.append(
                open_workspace(DataPaths(self.root / f"l{number}"), now_millis=clock)
            )
        create_group(self.laptops[0].uow(), name="Riverside", currency="EUR")
        self.share()

    def share(self) -> None:
        """Set the group up on the first laptop and join the others to it."""
        raise NotImplementedError

    def teardown(self) -> None:
        for laptop in self.laptops:
            laptop.close()
        shutil.rmtree(self.root, ignore_errors=True)

    # Edits ------------------------------------------------------------------------

    @rule(target=members, laptop=st.integers(0, LAPTOPS - 1), name=st.sampled_from(NAMES))
    def create(self, laptop: int, name: str) -> str:
        with self.laptops[laptop].uow() as uow:
            member = Member(full_name=name)
            uow.session.add(member)
            uow.commit()
            return member.id

    @rule(laptop=st.integers(0, LAPTOPS - 1), member=members, data=st.data())
    def edit(self, laptop: int, member: str, data: st.DataObject) -> None:
        field = data.draw(st.sampled_from(sorted(FIELDS)))
        self._set(laptop, member, **{field: data.draw(FIELDS[field])})

    @rule(laptop=st.integers(0, LAPTOPS - 1), member=members)
    def delete(self, laptop: int, member: str) -> None:
        self._set(laptop, member, deleted_at=datetime(2026, 1, 1))

    @rule(laptop=st.integers(0, LAPTOPS - 1), member=members)
    def undelete(self, laptop: int, member: str) -> None:
        self._set(laptop, member, deleted_at=None)

    @rule(laptop=st.integers(0, LAPTOPS - 1), child=members, parent=members)
    def attach_child(self, laptop: int, child: str, parent: str) -> None:
        """A record pointing at another that may be deleted elsewhere (merged-into link)."""
        self._set(laptop, child, merged_into_id=parent)

    @rule(laptop=st.integers(0, LAPTOPS - 1), member=members, can_teach=st.booleans())
    def add_skill(self, laptop: int, member: str, can_teach: bool) -> None:
        """The same skill on the same person is the same row on every laptop (its id comes
        from the pair), so two laptops can create one row at once."""
        with contextlib.suppress(GroupDeskError):  # not arrived here yet, or deleted here
            add_skill(
                self.laptops[laptop].uow(), member_id=member, name="First aid", can_teach=can_teach
            )

    def _set(self, laptop: int, member_id: str, **values: object) -> None:
        with self.laptops[laptop].uow() as uow:
            member = uow.session.get(Member, member_id)
            if member is None:  # made elsewhere, not arrived here yet
                return
            for field, value in values.items():
                setattr(member, field, value)
            uow.commit()

    @rule(laptop=st.integers(0, LAPTOPS - 1))
    def sync(self, laptop: int) -> None:
        run_sync(self.laptops[laptop], backup=False, max_skew=NO_GUARD)

    # The property -------------------------------------------------------------------

    @precondition(lambda self: True)
    @invariant()
    def local_views_are_readable(self) -> None:
        for laptop in self.laptops:
            with laptop.uow() as uow:
                assert uow.session.get(LocalState, FOLDER_KEY) is not None

    def check_convergence(self) -> None:
        for _ in range(2):
            self._everything_everywhere()
            for laptop in self.laptops:
                run_sync(laptop, backup=False, max_skew=NO_GUARD)
        self._everything_everywhere()
        for laptop in self.laptops:
            run_sync(laptop, backup=False, max_skew=NO_GUARD)
        states = [state(laptop) for laptop in self.laptops]
        assert all(s == states[0] for s in states[1:])
        logs = [change_log(laptop) for laptop in self.laptops]
        every_edit = set().union(*logs)
        assert all(log == every_edit for log in logs)

    def _everything_everywhere(self) -> None:
        """Every file where every laptop reads (nothing to do where they share one place)."""


class CopiedFolders(Laptops):
    """Each laptop with its own copy of the sync folder (as a cloud drive keeps one per
    computer), files moving between the copies in any order."""

    def share(self) -> None:
        first = self.laptops[0]
        init_folder(first, folder=self.view(0), name="laptop 0")
        code = group_join_code(first)
        for number in range(1, LAPTOPS):
            shutil.copytree(self.view(0), self.view(number))
            join_folder(
                self.laptops[number], folder=self.view(number), code=code, name=f"laptop {number}"
            )

    def view(self, number: int) -> Path:
        return self.root / f"view{number}"

    @rule(laptop=st.integers(0, LAPTOPS - 1))
    def catch_up(self, laptop: int) -> None:
        """The cloud drive has caught up on this laptop: every file is there, then it syncs."""
        for source in range(LAPTOPS):
            for name in self._files(source):
                self.deliver_file(source, laptop, name, cut=False)
        self.sync(laptop)

    @rule(
        source=st.integers(0, LAPTOPS - 1),
        into=st.integers(0, LAPTOPS - 1),
        pick=st.integers(0, 10_000),
        cut=st.booleans(),
    )
    def deliver(self, source: int, into: int, pick: int, cut: bool) -> None:
        """The cloud drive copies one file (maybe again, maybe only half of it so far)."""
        names = self._files(source)
        if names:
            self.deliver_file(source, into, names[pick % len(names)], cut=cut)

    def deliver_file(self, source: int, into: int, name: str, *, cut: bool) -> None:
        if source == into:
            return
        origin, destination = self.view(source) / name, self.view(into) / name
        data = origin.read_bytes()
        if destination.exists() and destination.read_bytes() == data:
            return
        if destination.exists() and destination.stat().st_size >= len(data):
            return
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(data[: len(data) // 2] if cut else data)

    def _files(self, number: int) -> list[str]:
        root = self.view(number)
        return sorted(
            p.relative_to(root).as_posix()
            for p in root.rglob("*")
            if p.is_file() and not p.name.startswith(".") and p.name != "groupdesk-sync.json"
        )

    def _everything_everywhere(self) -> None:
        for source in range(LAPTOPS):
            for name in self._files(source):
                origin = self.view(source) / name
                data = origin.read_bytes()
                for target in range(LAPTOPS):
                    destination = self.view(target) / name
                    if destination.exists() and destination.stat().st_size >= len(data):
                        continue
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    destination.write_bytes(data)


def check(machine: type[Laptops], *, examples: int = 12, steps: int = 25) -> None:
    """Run `machine` as the property: after the steps, everyone gets everything and agrees.
    `GROUPDESK_CONVERGENCE_EXAMPLES` sets how many examples (default `examples`)."""
    from hypothesis.stateful import run_state_machine_as_test

    class Checked(machine):  # type: ignore[valid-type,misc]
        def teardown(self) -> None:
            try:
                self.check_convergence()
            finally:
                super().teardown()

    run_state_machine_as_test(
        Checked,
        settings=settings(
            max_examples=int(os.environ.get("GROUPDESK_CONVERGENCE_EXAMPLES", examples)),
            stateful_step_count=steps,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )


@pytest.mark.slow
def test_laptops_that_have_read_the_same_files_hold_the_same_data() -> None:
    check(CopiedFolders)
