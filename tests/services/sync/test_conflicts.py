"""How conflicts and history name the laptops: by the name each gave itself."""

from __future__ import annotations

from groupdesk.services.sync.conflicts import device_label


def test_a_laptop_is_named_by_its_own_name_or_said_to_be_another_laptop() -> None:
    names = {"01a24227-aaaa-7000-8000-00000000abcd": "Ana's laptop"}
    assert device_label(names, "01a24227-aaaa-7000-8000-00000000abcd") == "Ana's laptop"
    # A laptop whose name has not arrived was 'laptop 01a24227' / 'laptop …c0ffee': no word
    # a volunteer uses. The end of the id still tells two such laptops apart.
    assert device_label(names, "01a24227-bbbb-7000-8000-000000c0ffee") == (
        "another laptop (…c0ffee)"
    )
