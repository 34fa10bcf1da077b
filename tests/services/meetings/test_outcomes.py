"""The decision rules, for all counts: outcome, quorum, and the counts refused."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from groupdesk.errors import ValidationError
from groupdesk.services.meetings.outcomes import (
    Counts,
    Rule,
    check_counts,
    outcome,
    parse_quorum,
    parse_rule,
    quorum_needed,
    valid_proxies,
)

people = st.integers(min_value=0, max_value=500)
shares = st.fractions(min_value=Fraction(1, 20), max_value=1, max_denominator=20)
vote_rules = st.one_of(
    st.sampled_from([parse_rule("simple majority"), parse_rule("two thirds")]),
    st.builds(
        lambda share, counting: parse_rule(
            f"{share.numerator}/{share.denominator}" + (" counting abstentions" if counting else "")
        ),
        shares,
        st.booleans(),
    ),
)
votes = st.builds(Counts, people, people, people)


@given(votes, vote_rules)
def test_a_vote_carries_exactly_when_the_share_for_reaches_the_rule(
    counts: Counts, rule: Rule
) -> None:
    cast = counts.votes_for + counts.votes_against
    cast += counts.abstentions if rule.abstentions_count else 0
    if cast == 0 or counts.votes_for == 0:
        expected = False
    elif rule.strictly_more:
        expected = counts.votes_for * rule.share.denominator > rule.share.numerator * cast
    else:
        expected = counts.votes_for * rule.share.denominator >= rule.share.numerator * cast
    assert outcome(counts, rule) == ("carried" if expected else "defeated")


@given(votes, vote_rules, st.integers(min_value=1, max_value=50))
def test_more_votes_for_never_turn_carried_into_defeated(
    counts: Counts, rule: Rule, more: int
) -> None:
    more_for = Counts(counts.votes_for + more, counts.votes_against, counts.abstentions)
    if outcome(counts, rule) == "carried":
        assert outcome(more_for, rule) == "carried"


@given(votes, vote_rules, st.integers(min_value=1, max_value=50))
def test_more_votes_against_never_turn_defeated_into_carried(
    counts: Counts, rule: Rule, more: int
) -> None:
    more_against = Counts(counts.votes_for, counts.votes_against + more, counts.abstentions)
    if outcome(counts, rule) == "defeated":
        assert outcome(more_against, rule) == "defeated"


@given(people, people)
def test_a_tie_is_defeated_under_simple_majority_whatever_the_abstentions(
    tied: int, abstaining: int
) -> None:
    assert outcome(Counts(tied, tied, abstaining), parse_rule("simple majority")) == "defeated"


@given(vote_rules.filter(lambda rule: not rule.consensus))
def test_no_votes_cast_carries_nothing(rule: Rule) -> None:
    assert outcome(Counts(), rule) == "defeated"


@given(people, people, st.integers(min_value=1, max_value=500))
def test_consensus_with_a_block_never_carries(agree: int, aside: int, blocks: int) -> None:
    consensus = parse_rule("consensus")
    assert outcome(Counts(agree, stand_asides=aside, blocks=blocks), consensus) == "defeated"
    assert outcome(Counts(agree + 1, stand_asides=aside), consensus) == "carried"


def test_abstentions_count_as_votes_cast_only_when_the_rule_says_so() -> None:
    counts = Counts(votes_for=6, votes_against=3, abstentions=2)
    assert outcome(counts, parse_rule("two thirds")) == "carried"
    assert outcome(counts, parse_rule("2/3 counting abstentions")) == "defeated"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Simple  Majority", "simple majority"),
        ("6/10", "3/5"),
        ("1/2 Counting abstentions", "1/2 counting abstentions"),
    ],
)
def test_rule_names_are_read_in_one_spelling(text: str, key: str) -> None:
    assert parse_rule(text).key == key


@pytest.mark.parametrize("text", ["most", "0/3", "4/3", "1/0", "3/5 if sunny"])
def test_a_rule_that_is_not_one_is_refused_naming_the_field(text: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_rule(text)
    assert repr(text) in refused.value.errors["rule"]


@given(votes, st.integers(min_value=0, max_value=1500), st.integers(min_value=0, max_value=20))
def test_counts_above_those_present_and_their_proxies_are_refused(
    counts: Counts, present: int, proxies: int
) -> None:
    rule = parse_rule("simple majority")
    if counts.total() <= present + proxies:
        check_counts(counts, rule, method="show of hands", present=present, proxies=proxies)
    else:
        with pytest.raises(ValidationError) as refused:
            check_counts(counts, rule, method="show of hands", present=present, proxies=proxies)
        (field,) = refused.value.errors
        assert field in ("votes_for", "votes_against", "abstentions")
        assert f"only {present} present" in refused.value.errors[field]


def test_the_count_that_passes_those_present_is_the_one_named() -> None:
    with pytest.raises(ValidationError) as refused:
        check_counts(
            Counts(5, 4, 3), parse_rule("two thirds"), method="secret ballot", present=10, proxies=0
        )
    assert refused.value.errors == {"abstentions": "12 people counted but only 10 present"}


def test_consensus_counts_and_the_consensus_method_go_together() -> None:
    consensus = parse_rule("consensus")
    with pytest.raises(ValidationError) as refused:
        check_counts(Counts(3, 1), consensus, method="consensus", present=9, proxies=0)
    assert "votes_against" in refused.value.errors
    with pytest.raises(ValidationError) as refused:
        check_counts(Counts(3), consensus, method="show of hands", present=9, proxies=0)
    assert "rule" in refused.value.errors
    with pytest.raises(ValidationError) as refused:
        check_counts(
            Counts(3, blocks=1),
            parse_rule("simple majority"),
            method="show of hands",
            present=9,
            proxies=0,
        )
    assert "blocks" in refused.value.errors


@given(shares, st.integers(min_value=0, max_value=20_000))
def test_a_share_quorum_rounds_up_to_whole_people(share: Fraction, active: int) -> None:
    needed = quorum_needed(
        parse_quorum(f"{share.numerator}/{share.denominator}"), active_members=active
    )
    assert needed >= 1
    assert needed >= share * active > needed - 1 or needed == 1


def test_quorum_rules_read_as_a_number_or_a_share() -> None:
    assert quorum_needed(parse_quorum("12"), active_members=100) == 12
    assert quorum_needed(parse_quorum("1/3"), active_members=100) == 34
    assert quorum_needed(parse_quorum("40%"), active_members=11) == 5
    assert quorum_needed(parse_quorum(""), active_members=100) == 0
    for bad in ("0", "lots", "150%", "-1/3"):
        with pytest.raises(ValidationError) as refused:
            parse_quorum(bad)
        assert "quorum" in refused.value.errors


def test_a_proxy_counts_only_when_allowed_and_its_holder_is_present() -> None:
    names = {"m1": "Ana Silva", "m2": "Ben Ode"}
    assert valid_proxies(["m1", "m1"], present=["m1"], allowed=True, names=names) == 2
    with pytest.raises(ValidationError, match="does not allow"):
        valid_proxies(["m1"], present=["m1"], allowed=False, names=names)
    with pytest.raises(ValidationError, match="Ben Ode is not marked present"):
        valid_proxies(["m1", "m2"], present=["m1"], allowed=True, names=names)
    assert valid_proxies([], present=[], allowed=False, names=names) == 0
