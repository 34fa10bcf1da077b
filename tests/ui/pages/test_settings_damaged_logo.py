"""The Settings page over a group whose logo record is damaged (issue 15 item 10): it opened
with a crash; now it opens, the logo shown as not there, and the rest of the page works."""

from __future__ import annotations

import pytest
from support.gui import settle

from groupdesk.services.settings import get_settings, set_logo

pytestmark = pytest.mark.gui


def test_the_settings_page_opens_over_a_damaged_logo_record(  # type: ignore[no-untyped-def]
    qtbot, app_context, main_window, logo_png
) -> None:
    set_logo(app_context.uow(), image=logo_png)
    logo_id = get_settings(app_context.uow()).logo_attachment_id
    with app_context.uow() as uow:
        uow.session.connection().exec_driver_sql(
            "UPDATE attachments SET sha256 = 'not-a-digest' WHERE id = ?", (logo_id,)
        )
        uow.commit()
    page = main_window.show_page("settings")
    settle()
    assert page.logo_preview.text() == "Logo not arrived yet"  # its file can never be found
    assert page.isVisible()
