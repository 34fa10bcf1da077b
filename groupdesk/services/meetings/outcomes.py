"""The decision rules as pure functions: counts and a rule give the outcome, a quorum rule and
who is present give whether the meeting may decide.

Nothing here touches the database, so the rules can be checked for every input (hypothesis)
and the GUI can show the outcome and the quorum state as the counts are typed. The outcome is
always computed, never typed: only "withdrawn" and "deferred" are chosen, as no count says them.

A rule is named by a short text that travels with the decision ("simple majority",
"two thirds", "consensus", or the group's own: a fraction such as "3/5", followed by
"counting abstentions" when abstentions count as votes cast), so a decision recorded years ago
still says how it was decided even after the group changes its settings.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from groupdesk.errors import ValidationError
from groupdesk.registry import QT_TRANSLATE_NOOP

#: The rules a group may choose from, besides its own fraction.
NAMED_RULES = ("simple majority", "two thirds", "consensus")
#: Chosen by the meeting, never computed from counts.
CHOSEN_OUTCOMES = ("withdrawn", "deferred")
#: What makes a group's own rule count abstentions as votes cast ("3/5 counting abstentions").
COUNTING_ABSTENTIONS = "counting abstentions"
#: The count fields in the order a form shows them; a count that takes the total past those
#: present is the one named in the refusal.
COUNT_FIELDS = ("votes_for", "votes_against", "abstentions", "stand_asides", "blocks")


@dataclass(frozen=True)
class Rule:
    """How many of the votes cast must be for a motion to carry it."""

    key: str
    #: The share of votes cast needed.
    share: Fraction
    #: True: more than `share` (a majority is more than half); False: at least `share`.
    strictly_more: bool = False
    abstentions_count: bool = False
    consensus: bool = False


@dataclass(frozen=True)
class Counts:
    """The raw counts of one vote, as the chair read them out."""

    votes_for: int = 0
    votes_against: int = 0
    abstentions: int = 0
    stand_asides: int = 0
    blocks: int = 0

    def total(self) -> int:
        """Everyone who took part in the vote, whatever they said."""
        return sum(getattr(self, name) for name in COUNT_FIELDS)


def parse_rule(text: str, *, field: str = "rule") -> Rule:
    """The rule a text names; a fraction is the group's own ("2/3", "3/5 counting abstentions")."""
    key = " ".join(str(text).lower().split())
    if key == "simple majority":
        return Rule(key, Fraction(1, 2), strictly_more=True)
    if key == "two thirds":
        return Rule(key, Fraction(2, 3))
    if key == "consensus":
        return Rule(key, Fraction(1), consensus=True)
    fraction_text, _, rest = key.partition(" ")
    if rest not in ("", COUNTING_ABSTENTIONS):
        raise ValidationError.single(field, _rule_help(text))
    try:
        share = Fraction(fraction_text)
    except (ValueError, ZeroDivisionError):
        raise ValidationError.single(field, _rule_help(text)) from None
    if not 0 < share <= 1:
        raise ValidationError.single(
            field,
            QT_TRANSLATE_NOOP(
                "MeetingRules", "{text!r}: the share must be above 0 and at most 1"
            ).format(text=text),
        )
    canonical = f"{share.numerator}/{share.denominator}" + (f" {rest}" if rest else "")
    return Rule(canonical, share, abstentions_count=bool(rest))


def _rule_help(text: str) -> str:
    return QT_TRANSLATE_NOOP(
        "MeetingRules",
        "{text!r} is not a decision rule; choose simple majority, two thirds, consensus, or a "
        "share such as 3/5 (add '{counting}' if they count as votes cast)",
    ).format(text=text, counting=COUNTING_ABSTENTIONS)


def votes_cast(counts: Counts, rule: Rule) -> int:
    """For plus against, and abstentions only when the rule counts them as votes cast."""
    return counts.votes_for + counts.votes_against + (counts.abstentions * rule.abstentions_count)


def outcome(counts: Counts, rule: Rule) -> str:
    """Carried or defeated. Consensus carries when someone agrees and nobody blocks; a vote
    carries when the share of votes cast that are for reaches the rule's (more than half for a
    simple majority, so a tie is defeated). No votes cast carries nothing."""
    if rule.consensus:
        return "carried" if counts.votes_for > 0 and counts.blocks == 0 else "defeated"
    cast = votes_cast(counts, rule)
    if cast == 0 or counts.votes_for == 0:
        return "defeated"
    share = Fraction(counts.votes_for, cast)
    reached = share > rule.share if rule.strictly_more else share >= rule.share
    return "carried" if reached else "defeated"


def check_counts(counts: Counts, rule: Rule, *, method: str, present: int, proxies: int) -> None:
    """Refuse counts that cannot be: negative, of the wrong kind for the rule, or more than
    those present plus the proxies they hold. Each message names its field."""
    errors: dict[str, str] = {}
    for name in COUNT_FIELDS:
        if getattr(counts, name) < 0:
            errors[name] = QT_TRANSLATE_NOOP(
                "MeetingRules", "{count} is not a number of people"
            ).format(count=getattr(counts, name))
    if rule.consensus != (method == "consensus"):
        errors["rule"] = QT_TRANSLATE_NOOP(
            "MeetingRules", "a consensus is reached by the consensus method, and only by it"
        )
    elif rule.consensus:
        for name in ("votes_against", "abstentions"):
            if getattr(counts, name):
                errors[name] = QT_TRANSLATE_NOOP(
                    "MeetingRules",
                    "consensus has no votes against or abstentions; record a stand-aside or a "
                    "block",
                )
    else:
        for name in ("stand_asides", "blocks"):
            if getattr(counts, name):
                errors[name] = QT_TRANSLATE_NOOP(
                    "MeetingRules", "stand-asides and blocks are only for a consensus"
                )
    if errors:
        raise ValidationError(errors)
    limit = present + proxies
    running = 0
    for name in COUNT_FIELDS:
        running += getattr(counts, name)
        if running > limit:
            too_many = (
                QT_TRANSLATE_NOOP(
                    "MeetingRules",
                    "{running} people counted but only {present} present and {proxies} proxies",
                )
                if proxies
                else QT_TRANSLATE_NOOP(
                    "MeetingRules", "{running} people counted but only {present} present"
                )
            )
            raise ValidationError.single(
                name, too_many.format(running=running, present=present, proxies=proxies)
            )


@dataclass(frozen=True)
class QuorumRule:
    """A number of people, or a share of the active members; neither means no quorum."""

    number: int | None = None
    share: Fraction | None = None

    @property
    def text(self) -> str:
        if self.number is not None:
            return str(self.number)
        if self.share is not None:
            return f"{self.share.numerator}/{self.share.denominator}"
        return ""


def parse_quorum(text: str | None, *, field: str = "quorum") -> QuorumRule:
    """'' (none), a number of people ('12'), or a share of the active members ('1/3', '40%')."""
    value = (text or "").strip()
    if not value:
        return QuorumRule()
    try:
        if value.isdigit():
            number = int(value)
            if number < 1:
                raise ValueError
            return QuorumRule(number=number)
        share = Fraction(value[:-1]) / 100 if value.endswith("%") else Fraction(value)
    except (ValueError, ZeroDivisionError):
        share = Fraction(-1)
    if not 0 < share <= 1:
        raise ValidationError.single(
            field,
            QT_TRANSLATE_NOOP(
                "MeetingRules",
                "{text!r} is not a quorum; give a number of people (12) or a share of the active "
                "members (1/3 or 40%)",
            ).format(text=text),
        )
    return QuorumRule(share=share)


def quorum_needed(rule: QuorumRule, *, active_members: int) -> int:
    """How many must be present (with valid proxies): a share rounds up, to whole people."""
    if rule.number is not None:
        return rule.number
    if rule.share is not None:
        return max(1, math.ceil(rule.share * active_members))
    return 0


def valid_proxies(
    holders: Iterable[str], *, present: Iterable[str], allowed: bool, names: dict[str, str]
) -> int:
    """How many proxies count: each needs the group to allow proxies and its holder present.
    `holders` has one entry per proxy (a member may hold several); `names` names them."""
    held = list(holders)
    if not held:
        return 0
    if not allowed:
        raise ValidationError.single(
            "proxies",
            QT_TRANSLATE_NOOP("MeetingRules", "this group does not allow voting by proxy"),
        )
    here = set(present)
    absent = [holder for holder in held if holder not in here]
    if absent:
        raise ValidationError.single(
            "proxies",
            QT_TRANSLATE_NOOP(
                "MeetingRules",
                "{name} is not marked present; a proxy counts only if its holder is present",
            ).format(name=names.get(absent[0], absent[0])),
        )
    return len(held)
