"""Sort and search keys follow the value in effect on every laptop, and never conflict."""

from __future__ import annotations

from sync_helpers import add_member, edit_member, member, setup_group, state, sync

from groupdesk.services.collation import sort_key
from groupdesk.services.members.records import list_members
from groupdesk.services.members.skills import add_skill, skill_key
from groupdesk.services.sync.conflicts import list_conflicts, resolve_conflict


def _rename(laptop, member_id: str, name: str) -> None:  # type: ignore[no-untyped-def]
    """As the Edit member dialog does: the name with its sort key."""
    edit_member(laptop, member_id, full_name=name, sort_key=sort_key(name))


def test_resolving_a_name_conflict_sorts_by_the_name_kept_everywhere(laptops, sync_folder) -> None:  # type: ignore[no-untyped-def]
    ana, sam, lee = laptops("ana"), laptops("sam"), laptops("lee")
    setup_group(ana, [sam, lee], sync_folder, names=["Ana's laptop", "Sam's laptop", "Lee's"])
    renamed = add_member(ana, "Mina Moss", sort_key=sort_key("Mina Moss"))
    for name in ("Beth Brook", "Yara Young"):
        add_member(ana, name, sort_key=sort_key(name))
    sync(ana, sam, lee)
    _rename(ana, renamed, "Aaron Able")
    sam.test_clock.millis = ana.test_clock.millis + 10_000
    _rename(sam, renamed, "Zack Zorn")
    sync(ana, sam, lee, ana)
    for laptop in (ana, sam, lee):
        [conflict] = list_conflicts(laptop.uow())  # the name only, not its sort key
        assert (conflict.field, conflict.mine, conflict.theirs) == (
            "full_name",
            "Zack Zorn",
            "Aaron Able",
        )
    resolve_conflict(ana.uow(), conflict_id=list_conflicts(ana.uow())[0].id, keep="theirs")
    sync(ana, sam, lee)
    for laptop in (ana, sam, lee):
        assert member(laptop, renamed).sort_key == sort_key("Aaron Able")
        names = [m.full_name for m in list_members(laptop.uow())]
        assert names == ["Aaron Able", "Beth Brook", "Yara Young"]
        assert list_conflicts(laptop.uow()) == []
    assert state(ana) == state(sam) == state(lee)


def test_a_stale_key_that_arrives_is_computed_again_from_the_name(laptops, sync_folder) -> None:  # type: ignore[no-untyped-def]
    """A laptop (an older version, a bulk tool) that sent a name without its key: every laptop
    computes the key from the name in effect, the sender too once the name comes back."""
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_folder)
    member_id = add_member(ana, "Mina Moss", sort_key=sort_key("Mina Moss"))
    sync(ana, sam)
    edit_member(ana, member_id, full_name="Aaron Able")  # the key left behind
    sync(ana, sam)
    assert member(sam, member_id).sort_key == sort_key("Aaron Able")


def test_the_same_skill_named_two_ways_keeps_one_key_and_no_key_conflict(
    laptops, sync_folder
) -> None:  # type: ignore[no-untyped-def]
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_folder)
    member_id = add_member(ana, "Mina Moss", sort_key=sort_key("Mina Moss"))
    sync(ana, sam)
    add_skill(ana.uow(), member_id=member_id, name="First aid")
    sam.test_clock.millis = ana.test_clock.millis + 10_000
    add_skill(sam.uow(), member_id=member_id, name="FIRST AID")
    sync(ana, sam, ana)
    fields = {c.field for c in list_conflicts(ana.uow())}
    assert "name_key" not in fields and "name" in fields
    assert state(ana) == state(sam)
    with sam.uow() as uow:
        keys = uow.session.connection().exec_driver_sql("SELECT name, name_key FROM member_skills")
        assert [tuple(k) for k in keys] == [("FIRST AID", skill_key("First aid"))]


def test_an_items_name_key_follows_the_name_kept_and_never_conflicts(laptops, sync_folder) -> None:  # type: ignore[no-untyped-def]
    """The Resources list sorts by each item's stored fold (`name_key`): renamed on two
    laptops at once, the name is the one conflict, and once it is settled every laptop lists
    the item where the name kept puts it."""
    from groupdesk.services.resources.records import add_item, list_items, update_item

    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_folder)
    tent = add_item(ana.uow(), values={"name": "Tent"}).id
    for name in ("Beamer", "Mower"):
        add_item(ana.uow(), values={"name": name})
    sync(ana, sam)
    update_item(ana.uow(), item_id=tent, changes={"name": "Échelle"})
    sam.test_clock.millis = ana.test_clock.millis + 10_000
    update_item(sam.uow(), item_id=tent, changes={"name": "Zelt"})
    sync(ana, sam, ana)
    for laptop in (ana, sam):
        [conflict] = list_conflicts(laptop.uow())
        assert (conflict.field, conflict.mine, conflict.theirs) == ("name", "Zelt", "Échelle")
    resolve_conflict(ana.uow(), conflict_id=list_conflicts(ana.uow())[0].id, keep="theirs")
    sync(ana, sam)
    for laptop in (ana, sam):
        assert [row.name for row in list_items(laptop.uow())] == ["Beamer", "Échelle", "Mower"]
        assert list_conflicts(laptop.uow()) == []
    assert state(ana) == state(sam)
