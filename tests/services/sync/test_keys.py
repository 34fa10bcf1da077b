"""Where the group key may live (issue 15 item 12): a real password store, never a file anyone
with the laptop can read, whatever keyring backends happen to be installed."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import chainer, fail, null
from sync_helpers import setup_group

from groupdesk.services.sync import keys
from groupdesk.services.sync.setup import init_folder


def _plaintext_keyring(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    plaintext = pytest.importorskip("keyrings.alt.file")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    return plaintext.PlaintextKeyring()


def test_a_plaintext_keyring_is_refused_and_the_key_lands_in_no_file(
    laptops, sync_folder, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """With keyrings.alt installed and no Secret Service, `sync init` put the key in
    python_keyring/keyring_pass.cfg in base64."""
    from groupdesk.services.settings import create_group

    ana = laptops("ana")
    create_group(ana.uow(), name="Riverside", currency="EUR")
    keyring.set_keyring(_plaintext_keyring(monkeypatch, tmp_path))
    with pytest.raises(keys.NoKeyringError) as raised:
        init_folder(ana, folder=sync_folder)
    assert "keyrings.alt.file.PlaintextKeyring" in str(raised.value)
    assert "uninstall keyrings.alt" in str(raised.value)
    assert not [p for p in (tmp_path / "xdg").rglob("*") if p.is_file()]
    assert not (sync_folder / "groupdesk-sync.json").exists()


def test_reading_the_key_from_a_plaintext_keyring_is_refused_too(
    laptops, sync_folder, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ana = laptops("ana")
    setup_group(ana, [], sync_folder)
    keyring.set_keyring(_plaintext_keyring(monkeypatch, tmp_path))
    with pytest.raises(keys.NoKeyringError):
        keys.keyring_store().get("any group")


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), chainer.ChainerBackend()],
    ids=["fail", "null", "chain"],
)
def test_no_keyring_at_all_is_refused_saying_what_to_install(backend, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    if isinstance(backend, chainer.ChainerBackend):
        monkeypatch.setattr(chainer.ChainerBackend, "backends", [null.Keyring()])
    keyring.set_keyring(backend)
    with pytest.raises(keys.NoKeyringError) as raised:
        keys.keyring_store().put("group", b"k" * 32)
    assert str(raised.value).startswith(keys.NO_KEYRING)


def test_a_chain_holding_one_insecure_backend_is_refused(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The key could land in any backend of a chain (the next one takes it if one fails)."""
    plaintext = _plaintext_keyring(monkeypatch, tmp_path)
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [keyring.get_keyring(), plaintext])
    assert keys.insecure_backends(chainer.ChainerBackend()) == [
        "keyrings.alt.file.PlaintextKeyring"
    ]


def test_the_test_keyrings_are_accepted(memory_keyring) -> None:  # type: ignore[no-untyped-def]
    keys.keyring_store().put("group", b"k" * 32)
    assert keys.keyring_store().get("group") == b"k" * 32


def test_what_a_user_installs_brings_no_keyrings_alt() -> None:
    """The README's user steps install the app without the test extra (which brings
    keyrings.alt only so these tests can check that it is refused)."""
    import tomllib

    root = Path(__file__).resolve().parents[3]
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not [d for d in project["dependencies"] if d.lower().startswith("keyrings")]
    readme = (root / "README.md").read_text(encoding="utf-8")
    user_steps = readme[readme.index("### Windows and macOS") :].split("\n## ", 1)[0]
    first_installs = [line for line in user_steps.splitlines() if "-m venv" in line]
    assert len(first_installs) == 2  # Windows, macOS
    assert all("pip install -e ." in line and "[test]" not in line for line in first_installs)
