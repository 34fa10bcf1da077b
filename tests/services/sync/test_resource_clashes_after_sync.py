"""Two laptops offline lend (or book) the same gazebo for the same days: sync cannot refuse
either, so after it both records are kept on both laptops and the clash is shown on both, until
a person ends or moves one (issue 12 item 4)."""

from __future__ import annotations

from datetime import timedelta

from sync_helpers import add_member, setup_group, state, sync

from groupdesk.errors import ValidationError
from groupdesk.services.resources.availability import item_loan_history
from groupdesk.services.resources.clashes import list_clashes
from groupdesk.services.resources.loans import lend, return_loan
from groupdesk.services.resources.records import add_item
from groupdesk.services.resources.reservations import item_reservations, move_reservation, reserve
from groupdesk.services.workspace import Workspace


def _two_laptops(laptops, sync_folder) -> tuple[Workspace, Workspace, dict[str, str], str]:  # type: ignore[no-untyped-def]
    ana_laptop, sam_laptop = laptops("ana"), laptops("sam")
    setup_group(ana_laptop, [sam_laptop], sync_folder, names=["Ana's laptop", "Sam's laptop"])
    people = {name: add_member(ana_laptop, name) for name in ("Ana Silva", "Sam Okafor")}
    gazebo = add_item(ana_laptop.uow(), values={"name": "Gazebo"}).id
    sync(ana_laptop, sam_laptop)
    sam_laptop.test_clock.millis = ana_laptop.test_clock.millis + 10_000
    return ana_laptop, sam_laptop, people, gazebo


def test_two_laptops_lending_the_gazebo_offline_show_the_clash_on_both_with_both_loans_kept(
    laptops, sync_folder
) -> None:  # type: ignore[no-untyped-def]
    ana_laptop, sam_laptop, people, gazebo = _two_laptops(laptops, sync_folder)
    today = ana_laptop.today()
    due = today + timedelta(days=3)
    to_ana = lend(ana_laptop.uow(), item_id=gazebo, borrower_id=people["Ana Silva"], due_on=due)
    to_sam = lend(sam_laptop.uow(), item_id=gazebo, borrower_id=people["Sam Okafor"], due_on=due)
    sync(ana_laptop, sam_laptop, ana_laptop)

    assert state(ana_laptop) == state(sam_laptop)
    for laptop in (ana_laptop, sam_laptop):
        loans = item_loan_history(laptop.uow(), item_id=gazebo)
        assert {loan.id for loan in loans} == {to_ana.id, to_sam.id}
        [clash] = list_clashes(laptop.uow())
        assert clash.item_name == "Gazebo"
        assert {h.record_id for h in clash.holdings} == {to_ana.id, to_sam.id}
        assert {h.who for h in clash.holdings} == {"Ana Silva", "Sam Okafor"}
        assert "Gazebo is out with Ana Silva" in clash.sentence("en_GB")
        assert list_clashes(laptop.uow(), item_id=gazebo) == [clash]

    # A person resolves it on one laptop: Sam never really had it; the other laptop sees that.
    return_loan(sam_laptop.uow(), loan_id=to_sam.id)
    sync(sam_laptop, ana_laptop)
    assert list_clashes(ana_laptop.uow()) == [] and list_clashes(sam_laptop.uow()) == []


def test_two_laptops_booking_the_gazebo_offline_show_the_clash_until_one_is_moved(
    laptops, sync_folder
) -> None:  # type: ignore[no-untyped-def]
    ana_laptop, sam_laptop, people, gazebo = _two_laptops(laptops, sync_folder)
    first = ana_laptop.today() + timedelta(days=10)
    days = {"starts_on": first, "ends_on": first + timedelta(days=2)}
    mine = reserve(ana_laptop.uow(), item_id=gazebo, member_id=people["Ana Silva"], **days)
    theirs = reserve(sam_laptop.uow(), item_id=gazebo, member_id=people["Sam Okafor"], **days)
    sync(ana_laptop, sam_laptop, ana_laptop)

    for laptop in (ana_laptop, sam_laptop):
        booked = item_reservations(laptop.uow(), item_id=gazebo)
        assert {b.id for b in booked} == {mine.id, theirs.id}
        [clash] = list_clashes(laptop.uow())
        assert {h.record_id for h in clash.holdings} == {mine.id, theirs.id}
        assert clash.first_day == first
        try:  # and a third booking of those days is refused on either laptop
            reserve(laptop.uow(), item_id=gazebo, member_id=people["Ana Silva"], **days)
        except ValidationError as refused:
            assert "Gazebo is reserved by" in refused.errors["starts_on"]
        else:
            raise AssertionError("a third booking of clashing days was accepted")

    later = first + timedelta(days=5)
    move_reservation(sam_laptop.uow(), reservation_id=theirs.id, starts_on=later, ends_on=later)
    sync(sam_laptop, ana_laptop)
    assert list_clashes(ana_laptop.uow()) == [] and list_clashes(sam_laptop.uow()) == []
