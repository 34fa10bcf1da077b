"""The group's settings: created once, edited with messages that name the field and the value."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from groupdesk.errors import SetupError, ValidationError
from groupdesk.models import Attachment, Change, GroupSettings
from groupdesk.services.settings import (
    create_group,
    defaults_for_locale,
    get_settings,
    has_group,
    set_logo,
    update_settings,
)
from groupdesk.services.thumbnails import MAX_IMAGE_BYTES
from groupdesk.services.workspace import Workspace

UNREADABLE = (
    "“{}” could not be read as a picture: it may be damaged, or not really a JPEG or PNG. "
    "Attach it again, saved as a JPEG or PNG."
)


def count(workspace: Workspace, model: type) -> int:
    with workspace.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_new_group_keeps_what_was_given(workspace: Workspace) -> None:
    assert not has_group(workspace.uow())
    group = create_group(
        workspace.uow(),
        name="  Riverside Neighbours ",
        currency="gbp",
        locale="fr-fr",
        paper_size="letter",
        financial_year_start="04-06",
    )
    assert group == get_settings(workspace.uow())
    assert (group.name, group.currency, group.locale, group.paper_size) == (
        "Riverside Neighbours",
        "GBP",
        "fr_FR",
        "Letter",
    )
    assert group.financial_year_start == "04-06"
    assert has_group(workspace.uow())


def test_a_new_group_has_sensible_defaults(workspace: Workspace) -> None:
    group = create_group(workspace.uow(), name="Tenants Together")
    assert (group.currency, group.locale, group.paper_size) == ("EUR", "en_GB", "A4")
    assert group.financial_year_start == "01-01"
    assert group.not_seen_weeks == 8
    assert group.logo_attachment_id is None


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("currency", "XYZ", "'XYZ' is not an ISO 4217 currency code"),
        ("currency", "euro", "'euro' is not an ISO 4217 currency code"),
        ("locale", "xx_YY", "'xx_YY' is not a locale"),
        ("locale", "", "'' is not a locale"),
        ("paper_size", "A5", "'A5' is not a paper size; choose A4 or Letter"),
        ("financial_year_start", "02-30", "02-30 is not a day of the year"),
        ("financial_year_start", "13-01", "13-01 is not a day of the year"),
        ("financial_year_start", "April", "'April' is not a month and day like 04-01"),
        ("name", "", "the group needs a name"),
        ("name", "   ", "the group needs a name"),
        ("name", "x" * 201, "keep the name under 200 characters"),
    ],
)
def test_a_bad_value_is_refused_naming_the_field_and_value(
    workspace: Workspace, field: str, value: str, message: str
) -> None:
    values = {"name": "Riverside", field: value}
    with pytest.raises(ValidationError) as refused:
        create_group(workspace.uow(), **values)
    assert list(refused.value.errors) == [field]
    assert message in refused.value.errors[field]
    assert str(refused.value).startswith(f"{field}: ")
    assert count(workspace, GroupSettings) == 0
    assert count(workspace, Change) == 0


def test_every_bad_field_is_named_at_once(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as refused:
        create_group(
            workspace.uow(),
            name="",
            currency="XYZ",
            locale="nowhere",
            paper_size="A3",
            financial_year_start="02-30",
        )
    assert set(refused.value.errors) == {
        "name",
        "currency",
        "locale",
        "paper_size",
        "financial_year_start",
    }


def test_a_second_group_in_one_folder_is_refused_and_the_first_is_kept(
    group_workspace: Workspace,
) -> None:
    changes_before = count(group_workspace, Change)
    with pytest.raises(SetupError, match="already holds the group 'Test Group'"):
        create_group(group_workspace.uow(), name="Another Group")
    assert get_settings(group_workspace.uow()).name == "Test Group"
    assert count(group_workspace, GroupSettings) == 1
    assert count(group_workspace, Change) == changes_before


def test_settings_of_a_folder_without_a_group_say_so(workspace: Workspace) -> None:
    with pytest.raises(SetupError, match="no group yet"):
        get_settings(workspace.uow())
    with pytest.raises(SetupError, match="no group yet"):
        update_settings(workspace.uow(), name="X")


def test_an_update_saves_the_changed_fields(group_workspace: Workspace) -> None:
    updated = update_settings(
        group_workspace.uow(),
        name="Zoë's Garden",
        currency="PLN",
        financial_year_start_month=4,
        financial_year_start_day=6,
        not_seen_weeks=12,
    )
    assert updated == get_settings(group_workspace.uow())
    assert (updated.name, updated.currency, updated.not_seen_weeks) == ("Zoë's Garden", "PLN", 12)
    assert updated.financial_year_start == "04-06"
    assert updated.paper_size == "A4"  # untouched


def test_a_refused_update_changes_nothing(group_workspace: Workspace) -> None:
    before = get_settings(group_workspace.uow())
    changes_before = count(group_workspace, Change)
    with pytest.raises(ValidationError) as refused:
        update_settings(group_workspace.uow(), name="New name", currency="ABC")
    assert refused.value.errors == {
        "currency": "'ABC' is not an ISO 4217 currency code (like EUR, GBP, USD)"
    }
    assert get_settings(group_workspace.uow()) == before
    assert count(group_workspace, Change) == changes_before


def test_a_month_changed_alone_must_make_a_date_with_the_stored_day(
    group_workspace: Workspace,
) -> None:
    update_settings(
        group_workspace.uow(), financial_year_start_month=1, financial_year_start_day=31
    )
    with pytest.raises(ValidationError) as refused:
        update_settings(group_workspace.uow(), financial_year_start_month=2)
    assert refused.value.errors == {"financial_year_start": "02-31 is not a day of the year"}
    assert get_settings(group_workspace.uow()).financial_year_start == "01-31"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"not_seen_weeks": 0}, "not_seen_weeks"),
        ({"not_seen_weeks": "many"}, "not_seen_weeks"),
        ({"financial_year_start_month": "April"}, "financial_year_start"),
        ({"colour": "green"}, "colour"),
        ({"id": "another-id"}, "id"),
    ],
)
def test_other_bad_updates_are_refused_by_field(
    group_workspace: Workspace, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        update_settings(group_workspace.uow(), **changes)
    assert list(refused.value.errors) == [field]


def test_a_logo_is_stored_under_the_hash_of_its_content(
    group_workspace: Workspace, logo_png: Path
) -> None:
    group = set_logo(group_workspace.uow(), image=logo_png)
    content = logo_png.read_bytes()
    sha = hashlib.sha256(content).hexdigest()
    stored = group_workspace.paths.attachments / sha
    assert stored.read_bytes() == content
    with group_workspace.uow() as uow:
        attachment = uow.session.get(Attachment, group.logo_attachment_id)
        assert attachment is not None
        assert (attachment.sha256, attachment.filename, attachment.media_type) == (
            sha,
            "logo.png",
            "image/png",
        )
        assert attachment.size == len(content)
    assert get_settings(group_workspace.uow()).logo_attachment_id == group.logo_attachment_id


def test_the_same_logo_twice_is_stored_once(group_workspace: Workspace, logo_png: Path) -> None:
    set_logo(group_workspace.uow(), image=logo_png)
    copy = logo_png.with_name("our logo (copy).PNG")
    copy.write_bytes(logo_png.read_bytes())
    set_logo(group_workspace.uow(), image=copy)
    assert len(list(group_workspace.paths.attachments.iterdir())) == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("minutes.pdf", b"%PDF-1.7 ...", "“minutes.pdf” is not a JPEG or PNG picture."),
        ("photo.gif", b"GIF89a...", "“photo.gif” is not a JPEG or PNG picture."),
        # the name says PNG, the bytes do not
        ("logo.png", b"not really a picture", UNREADABLE.format("logo.png")),
        ("logo.jpg", b"", UNREADABLE.format("logo.jpg")),
        (
            "logo.jpg",
            b"\xff\xd8\xff\xe0 a JPEG's first bytes, then nothing",
            UNREADABLE.format("logo.jpg"),
        ),
    ],
)
def test_a_logo_that_is_not_a_png_or_jpeg_is_refused_and_nothing_is_stored(
    group_workspace: Workspace, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError) as refused:
        set_logo(group_workspace.uow(), image=path)
    assert refused.value.errors == {"logo": message}
    assert list(group_workspace.paths.attachments.iterdir()) == []
    assert count(group_workspace, Attachment) == 0
    assert get_settings(group_workspace.uow()).logo_attachment_id is None


def test_a_logo_over_the_picture_size_limit_is_refused(
    group_workspace: Workspace, tmp_path: Path, logo_png: Path
) -> None:
    scan = tmp_path / "scan.png"
    scan.write_bytes(logo_png.read_bytes())
    with scan.open("r+b") as stream:
        stream.truncate(MAX_IMAGE_BYTES + 1)
    with pytest.raises(ValidationError) as refused:
        set_logo(group_workspace.uow(), image=scan)
    assert refused.value.errors["logo"].startswith(
        "“scan.png” is 25.1 MB; a picture can be at most"
    )
    assert count(group_workspace, Attachment) == 0


def test_a_logo_that_does_not_exist_is_refused_on_the_logo_field(
    group_workspace: Workspace, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError) as refused:
        set_logo(group_workspace.uow(), image=tmp_path / "gone.png")
    assert list(refused.value.errors) == ["logo"]


def test_a_jpeg_logo_is_accepted(group_workspace: Workspace, tmp_path: Path) -> None:
    jpeg = tmp_path / "logo.jpeg"
    Image.new("RGB", (120, 60), "navy").save(jpeg, format="JPEG")
    group = set_logo(group_workspace.uow(), image=jpeg)
    with group_workspace.uow() as uow:
        attachment = uow.session.get(Attachment, group.logo_attachment_id)
        assert attachment is not None and attachment.media_type == "image/jpeg"


@pytest.mark.parametrize("code", ["DEM", "XXX", "XTS"])
def test_currencies_no_longer_in_use_or_for_testing_are_refused(
    group_workspace: Workspace, code: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        update_settings(group_workspace.uow(), currency=code)
    assert code in refused.value.errors["currency"]


@pytest.mark.parametrize("code", ["C", "C.UTF-8", "POSIX", "en_US_POSIX", ""])
def test_a_computer_with_no_language_set_is_offered_the_fallback(code: str) -> None:
    # Babel 2.19 reads "C" as en_US_POSIX: the group must not be offered US dollars and Letter.
    assert defaults_for_locale(code) == ("en_GB", "EUR", "A4")


@pytest.mark.parametrize(
    ("code", "expected"),
    [("fr_CA", ("fr_CA", "CAD", "Letter")), ("de_DE.UTF-8", ("de_DE", "EUR", "A4"))],
)
def test_a_computer_locale_suggests_its_currency_and_paper(
    code: str, expected: tuple[str, str, str]
) -> None:
    assert defaults_for_locale(code) == expected


def test_the_meeting_rules_are_stored_in_one_spelling_and_bad_ones_named(
    group_workspace: Workspace,
) -> None:
    group = get_settings(group_workspace.uow())
    assert (group.quorum, group.decision_rule, group.proxies_allowed) == (
        "",
        "simple majority",
        False,
    )
    updated = update_settings(
        group_workspace.uow(),
        quorum="40%",
        decision_rule="6/10 Counting abstentions",
        proxies_allowed=True,
    )
    assert (updated.quorum, updated.decision_rule, updated.proxies_allowed) == (
        "2/5",
        "3/5 counting abstentions",
        True,
    )
    with pytest.raises(ValidationError) as refused:
        update_settings(group_workspace.uow(), quorum="most", decision_rule="loudest")
    assert set(refused.value.errors) == {"quorum", "decision_rule"}
