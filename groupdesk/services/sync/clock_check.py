"""Whose computer clock is wrong, judged from the times the laptops record about themselves.

Each laptop stamps its device file with its own wall clock when it writes it. A laptop that
reads a device file stamped later than its own clock says it is now has proof that the two
clocks disagree (the file was written before it was read): the writer's clock is ahead of the
reader's by at least the difference. Each laptop publishes what it saw in its device file
(`clocks_ahead`), so every laptop can see all the disagreements:

- one laptop disagreeing with two or more others, more than any of them disagrees with anyone,
  has the wrong clock: it is told so and sends nothing until its clock is fixed (or the user
  confirms the clock is right); the others keep sending and are told which laptop it is;
- two laptops that disagree with no third to tell which is right are both told to check.

Stamps already in the folder play no part: the hybrid clock orders later edits after a
far-future stamp anyway, so a wrong clock on one laptop never stops the others.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from groupdesk.messages import QT_TRANSLATE_NOOP

DAY_MILLIS = 86_400_000


@dataclass(frozen=True)
class ClockReading:
    """One laptop's device file, as far as clocks go."""

    device_id: str
    #: That laptop's own clock when it wrote the file (milliseconds since 1970, UTC).
    written_millis: int
    #: What it published: device → [the written time of that device's file it read, how far
    #: that time was ahead of its own clock then].
    ahead: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Disagreement:
    ahead: str
    behind: str
    millis: int


@dataclass(frozen=True)
class ClockVerdict:
    """The disagreements seen, and the laptop(s) whose clock is wrong by them."""

    disagreements: tuple[Disagreement, ...] = ()
    wrong: frozenset[str] = frozenset()

    def about(self, device_id: str) -> list[Disagreement]:
        return [d for d in self.disagreements if device_id in (d.ahead, d.behind)]


def written_millis(written_at: str) -> int | None:
    """A device file's `written_at` ("2026-11-24T17:11:43Z") in milliseconds, or None."""
    try:
        moment = datetime.fromisoformat(written_at.removesuffix("Z"))
    except ValueError:
        return None
    return int(moment.replace(tzinfo=UTC).timestamp() * 1000)


def seen_ahead(
    readings: list[ClockReading], now_millis: int, tolerance_millis: int
) -> dict[str, tuple[int, int]]:
    """The devices whose files were written later than this clock says it is now (what this
    laptop publishes): device → (the file's written time, how far ahead)."""
    return {
        r.device_id: (r.written_millis, r.written_millis - now_millis)
        for r in readings
        if r.written_millis - now_millis > tolerance_millis
    }


def judge(
    own_id: str,
    own_millis: int,
    readings: list[ClockReading],
    tolerance_millis: int,
) -> ClockVerdict:
    """Every disagreement this laptop knows of (its own view and what others published), and
    whose clock is wrong by them.

    A published disagreement is discounted by how far the ahead laptop's clock has gone back
    since (its newer file, or this laptop's own clock, shows an earlier time): a clock that was
    fixed stops counting as soon as its laptop writes again, before the others resync."""
    latest = {r.device_id: r.written_millis for r in readings}
    latest[own_id] = own_millis
    found: dict[tuple[str, str], int] = {}

    def note(ahead: str, behind: str, based_on: int, millis: int) -> None:
        now_shows = latest.get(ahead, based_on)
        if now_shows < based_on:
            millis -= based_on - now_shows
        if millis > tolerance_millis and ahead != behind:
            found[(ahead, behind)] = max(found.get((ahead, behind), 0), millis)

    for device_id, (based_on, millis) in seen_ahead(readings, own_millis, tolerance_millis).items():
        note(device_id, own_id, based_on, millis)
    for reading in readings:
        if reading.device_id == own_id:
            continue
        for device_id, (based_on, millis) in reading.ahead.items():
            note(device_id, reading.device_id, based_on, millis)
    disagreements = tuple(Disagreement(a, b, m) for (a, b), m in sorted(found.items()))
    partners: dict[str, set[str]] = defaultdict(set)
    for d in disagreements:
        partners[d.ahead].add(d.behind)
        partners[d.behind].add(d.ahead)
    wrong = frozenset(
        device
        for device, others in partners.items()
        if len(others) >= 2 and all(len(partners[o]) < len(others) for o in others)
    )
    return ClockVerdict(disagreements, wrong)


def days(millis: int) -> float:
    """How many days `millis` is, said with one decimal ("400.0 days")."""
    return millis / DAY_MILLIS


#: This laptop's own clock is wrong, by its side of the others: ahead, behind, or some of each.
_OWN_WRONG = {
    "ahead of": QT_TRANSLATE_NOOP(
        "SyncWarnings",
        "This laptop did not send its changes: this computer's clock is {days:.1f} days ahead "
        "of the clocks of {names}. Fix this computer's date and time, then sync again (if its "
        "clock is right after all, sync again and confirm it). Your changes are kept and will "
        "be sent then.",
    ),
    "behind": QT_TRANSLATE_NOOP(
        "SyncWarnings",
        "This laptop did not send its changes: this computer's clock is {days:.1f} days behind "
        "the clocks of {names}. Fix this computer's date and time, then sync again (if its "
        "clock is right after all, sync again and confirm it). Your changes are kept and will "
        "be sent then.",
    ),
    "off from": QT_TRANSLATE_NOOP(
        "SyncWarnings",
        "This laptop did not send its changes: this computer's clock is {days:.1f} days off "
        "from the clocks of {names}. Fix this computer's date and time, then sync again (if "
        "its clock is right after all, sync again and confirm it). Your changes are kept and "
        "will be sent then.",
    ),
}
#: Another laptop's clock is wrong, by its side of the others.
_OTHER_WRONG = {
    "ahead of": QT_TRANSLATE_NOOP(
        "SyncWarnings",
        "{laptop}'s clock is {days:.1f} days ahead of the clocks of {names}: its changes are "
        "read as usual, but ask whoever uses it to fix its date and time.",
    ),
    "behind": QT_TRANSLATE_NOOP(
        "SyncWarnings",
        "{laptop}'s clock is {days:.1f} days behind the clocks of {names}: its changes are "
        "read as usual, but ask whoever uses it to fix its date and time.",
    ),
    "off from": QT_TRANSLATE_NOOP(
        "SyncWarnings",
        "{laptop}'s clock is {days:.1f} days off from the clocks of {names}: its changes are "
        "read as usual, but ask whoever uses it to fix its date and time.",
    ),
}
THIS_COMPUTER = QT_TRANSLATE_NOOP("SyncWarnings", "this computer")


def clock_warnings(
    verdict: ClockVerdict, own_id: str, label: Callable[[str], str]
) -> tuple[bool, list[str]]:
    """Whether this laptop's own clock is the wrong one, and what to tell its user, naming
    the laptops (`label(device id)`); each sentence marked for the Sync page to translate."""
    warnings: list[str] = []
    own_wrong = own_id in verdict.wrong
    for device in sorted(verdict.wrong):
        found = verdict.about(device)
        others = sorted({d.behind if d.ahead == device else d.ahead for d in found}, key=label)
        names = _and([label(o) if o != own_id else THIS_COMPUTER for o in others])
        far = days(max(d.millis for d in found))
        if device == own_id:
            warnings.append(_OWN_WRONG[_side(found, device)].format(days=far, names=names))
        else:
            warnings.append(
                _OTHER_WRONG[_side(found, device)].format(
                    laptop=label(device), days=far, names=names
                )
            )
    for d in verdict.disagreements:
        if d.ahead in verdict.wrong or d.behind in verdict.wrong:
            continue
        pair = [label(x) if x != own_id else THIS_COMPUTER for x in (d.ahead, d.behind)]
        if own_id in (d.ahead, d.behind):
            pair = [THIS_COMPUTER, pair[0] if d.ahead != own_id else pair[1]]
        warnings.append(
            QT_TRANSLATE_NOOP(
                "SyncWarnings",
                "The clocks of {first} and {second} are {days:.1f} days apart, and there is no "
                "third laptop to tell which is right: check the date and time on both.",
            ).format(first=pair[0], second=pair[1], days=days(d.millis))
        )
    return own_wrong, warnings


def _side(found: list[Disagreement], device: str) -> str:
    if all(d.ahead == device for d in found):
        return "ahead of"
    if all(d.behind == device for d in found):
        return "behind"
    return "off from"


def _and(words: list[str]) -> str:
    if len(words) == 1:
        return words[0]
    return QT_TRANSLATE_NOOP("SyncWarnings", "{first} and {last}").format(
        first=", ".join(words[:-1]), last=words[-1]
    )
