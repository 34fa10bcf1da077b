"""The sealing rules of `groupdesk.services.sync.crypto`, byte by byte: what opens, what is
refused, and the sentence a typed join code or passphrase gets."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from groupdesk.errors import ValidationError
from groupdesk.messages import Message
from groupdesk.services.sync import crypto

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
GROUP = "0190e2a4-0000-7000-8000-00000000000a"
PREFIX = b"GroupDeskBlob\ngroup\n"


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


def _sealed_stream(data: bytes, key: bytes = KEY) -> bytes:
    out = io.BytesIO()
    crypto.encrypt_stream(key, io.BytesIO(data), out, PREFIX)
    return out.getvalue()


def _opened_stream(blob: bytes, key: bytes = KEY, prefix: bytes = PREFIX) -> bytes:
    out = io.BytesIO()
    crypto.decrypt_stream(key, io.BytesIO(blob), out, prefix)
    return out.getvalue()


def _chunks(blob: bytes) -> tuple[bytes, list[bytes]]:
    """The stream's head (prefix and stream id) and its length-prefixed chunks as written."""
    at = len(PREFIX) + 8
    head, chunks = blob[:at], []
    while at < len(blob):
        (length,) = struct.unpack(">I", blob[at : at + 4])
        chunks.append(blob[at : at + 4 + length])
        at += 4 + length
    return head, chunks


# Sealing whole files


def test_a_sealed_file_opens_with_its_key_and_associated_data() -> None:
    sealed = crypto.seal(KEY, b"the body", b"the header")
    assert crypto.unseal(KEY, sealed, b"the header") == b"the body"


def test_each_seal_takes_a_fresh_nonce() -> None:
    first, second = crypto.seal(KEY, b"same", b""), crypto.seal(KEY, b"same", b"")
    assert first[: crypto.NONCE_BYTES] != second[: crypto.NONCE_BYTES]
    assert first != second


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(lambda s: (OTHER_KEY, s, b"header"), id="another key"),
        pytest.param(lambda s: (KEY, s, b"headeR"), id="changed header"),
        pytest.param(lambda s: (KEY, _flip(s, 3), b"header"), id="changed nonce"),
        pytest.param(lambda s: (KEY, _flip(s, crypto.NONCE_BYTES), b"header"), id="changed body"),
        pytest.param(lambda s: (KEY, _flip(s, len(s) - 1), b"header"), id="changed tag"),
        pytest.param(lambda s: (KEY, s[:-1], b"header"), id="cut short"),
        pytest.param(lambda s: (KEY, s + b"\0", b"header"), id="grown"),
        pytest.param(lambda s: (KEY, s[: crypto.NONCE_BYTES + 3], b"header"), id="too short"),
    ],
)
def test_a_sealed_file_changed_in_any_way_fails_authentication(tamper) -> None:  # type: ignore[no-untyped-def]
    sealed = crypto.seal(KEY, b"the body of a change file", b"header")
    key, broken, associated = tamper(sealed)
    with pytest.raises(crypto.DecryptError):
        crypto.unseal(key, broken, associated)


@settings(max_examples=50, deadline=None)
@given(
    plain=st.binary(max_size=300),
    associated=st.binary(max_size=50),
    at=st.integers(min_value=0),
)
def test_any_single_bit_changed_anywhere_is_refused(
    plain: bytes, associated: bytes, at: int
) -> None:
    sealed = crypto.seal(KEY, plain, associated)
    assert crypto.unseal(KEY, sealed, associated) == plain
    with pytest.raises(crypto.DecryptError):
        crypto.unseal(KEY, _flip(sealed, at % len(sealed)), associated)


# Derived keys and public fingerprints


def test_each_purpose_has_its_own_subkey_the_same_on_every_laptop() -> None:
    purposes = ["files", "attachment-names", "attachment-blobs", "key-check"]
    keys = [crypto.subkey(KEY, purpose) for purpose in purposes]
    assert len(set(keys)) == len(purposes)
    assert all(len(k) == crypto.KEY_BYTES and k != KEY for k in keys)
    assert crypto.subkey(KEY, "files") == crypto.subkey(bytes(KEY), "files")
    assert crypto.subkey(OTHER_KEY, "files") != crypto.subkey(KEY, "files")


def test_the_key_check_value_tells_keys_and_groups_apart() -> None:
    check = crypto.key_check_value(KEY, GROUP)
    assert check == crypto.key_check_value(KEY, GROUP)
    assert len(check) == 32 and int(check, 16) >= 0
    assert check != crypto.key_check_value(OTHER_KEY, GROUP)
    assert check != crypto.key_check_value(KEY, GROUP[:-1] + "b")


def test_an_attachment_is_named_alike_by_every_laptop_of_the_group_and_hides_its_hash() -> None:
    sha = "ab" * 32
    name = crypto.attachment_name(KEY, sha)
    assert name == crypto.attachment_name(KEY, sha)
    assert len(name) == 64 and name != sha
    assert name != crypto.attachment_name(OTHER_KEY, sha)
    assert name != crypto.attachment_name(KEY, "cd" * 32)


# Chunked attachment blobs


@pytest.mark.parametrize(
    "size",
    [
        0,
        1,
        crypto.CHUNK_BYTES - 1,
        crypto.CHUNK_BYTES,
        crypto.CHUNK_BYTES + 1,
        2 * crypto.CHUNK_BYTES,
    ],
    ids=lambda n: f"{n} bytes",
)
def test_a_blob_of_any_size_comes_back_whole(size: int) -> None:
    data = bytes(i % 251 for i in range(size))
    assert _opened_stream(_sealed_stream(data)) == data


def test_a_blob_reports_its_progress_chunk_by_chunk() -> None:
    seen: list[int] = []
    data = b"x" * (crypto.CHUNK_BYTES + 10)
    crypto.encrypt_stream(KEY, io.BytesIO(data), io.BytesIO(), PREFIX, progress=seen.append)
    assert seen == [crypto.CHUNK_BYTES, 10]


def test_a_blob_whose_last_chunk_was_dropped_at_a_chunk_boundary_is_refused() -> None:
    head, chunks = _chunks(_sealed_stream(b"y" * (2 * crypto.CHUNK_BYTES)))
    assert len(chunks) == 2
    with pytest.raises(crypto.DecryptError, match="authentication failed"):
        _opened_stream(head + chunks[0])


def test_a_blob_whose_chunks_were_swapped_is_refused() -> None:
    head, chunks = _chunks(_sealed_stream(b"a" * crypto.CHUNK_BYTES + b"b" * crypto.CHUNK_BYTES))
    with pytest.raises(crypto.DecryptError, match="authentication failed"):
        _opened_stream(head + chunks[1] + chunks[0])


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda blob: (blob, OTHER_KEY, PREFIX), "authentication failed"),
        (lambda blob: (blob, KEY, b"GroupDeskBlob\nother\n"), "not a blob of this group"),
        (lambda blob: (blob[: len(PREFIX) + 5], KEY, PREFIX), "cut short"),
        (lambda blob: (blob[: len(PREFIX) + 10], KEY, PREFIX), "cut short"),
        (lambda blob: (blob[:-3], KEY, PREFIX), "cut short|authentication failed"),
        (lambda blob: (blob + b"more", KEY, PREFIX), "cut short|damaged|authentication failed"),
    ],
    ids=["another key", "another group", "no stream id", "no chunk", "cut", "grown"],
)
def test_a_blob_of_another_key_or_group_or_cut_or_grown_is_refused(make, reason: str) -> None:  # type: ignore[no-untyped-def]
    blob, key, prefix = make(_sealed_stream(b"the attached file"))
    with pytest.raises(crypto.DecryptError, match=reason):
        _opened_stream(blob, key, prefix)


def test_a_chunk_claiming_more_than_a_chunk_is_refused_before_reading_it() -> None:
    head, _ = _chunks(_sealed_stream(b"z"))
    huge = struct.pack(">I", crypto.CHUNK_BYTES + crypto.TAG_BYTES + 1)
    with pytest.raises(crypto.DecryptError, match="damaged chunk length"):
        _opened_stream(head + huge + b"\0" * 32)


# The join code


@settings(max_examples=50, deadline=None)
@given(key=st.binary(min_size=crypto.KEY_BYTES, max_size=crypto.KEY_BYTES))
def test_every_key_comes_back_from_its_join_code_however_it_is_typed(key: bytes) -> None:
    code = crypto.join_code(key)
    assert all(len(group) == 4 for group in code.split("-")[:-1])
    assert crypto.key_from_join_code(code) == key
    assert crypto.key_from_join_code(f"  {code.lower().replace('-', ' ')} ") == key
    # Digits read for the letters they look like: 0 for O, 1 for I, 8 for B.
    look_alike = code.replace("O", "0").replace("I", "1").replace("B", "8")
    assert crypto.key_from_join_code(look_alike) == key


def test_a_join_code_with_a_typing_mistake_gets_a_sentence_never_a_wrong_key() -> None:
    code = crypto.join_code(KEY)
    typo = ("B" if code[0] != "B" else "C") + code[1:]
    with pytest.raises(ValidationError) as raised:
        crypto.key_from_join_code(typo)
    assert raised.value.errors == {
        "code": "this join code has a typing mistake: check each group of four letters"
    }


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("ABCD-EFGH", "a join code has 56 letters and digits; this one has 8"),
        ("9" * 56, "a join code holds only the letters A–Z and the digits 2–7"),
    ],
)
def test_a_join_code_of_the_wrong_length_or_letters_says_so(typed: str, message: str) -> None:
    with pytest.raises(ValidationError) as raised:
        crypto.key_from_join_code(typed)
    assert raised.value.errors == {"code": message}


# The passphrase-wrapped key (at the test-only cheap Argon2id cost, except where the real cost
# is the point)


@pytest.mark.usefixtures("cheap_passphrase_kdf")
def test_the_passphrase_unwraps_the_key_for_its_group_only() -> None:
    wrapped = crypto.wrap_key(KEY, "correct horse battery", GROUP)
    assert crypto.unwrap_key(wrapped, "correct horse battery", GROUP) == KEY
    assert "correct horse" not in str(wrapped) and KEY.hex() not in str(wrapped)
    for passphrase, group in [
        ("correct horse battery!", GROUP),
        ("correct horse battery", GROUP[:-1] + "b"),
    ]:
        with pytest.raises(ValidationError) as raised:
            crypto.unwrap_key(wrapped, passphrase, group)
        assert raised.value.errors == {
            "passphrase": "this is not the group's passphrase for this sync folder"
        }


@pytest.mark.usefixtures("cheap_passphrase_kdf")
def test_a_short_passphrase_is_refused_with_how_long_it_must_be() -> None:
    with pytest.raises(ValidationError) as raised:
        crypto.wrap_key(KEY, "too short", GROUP)
    assert raised.value.errors == {
        "passphrase": "use at least 10 characters (a few words are easy to remember)"
    }


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        ({"kdf": "argon2"}, "unknown kdf 'argon2'"),
        ({"memory_kib": 2**22}, "is not the one GroupDesk writes"),
        ({"salt": "not base64!"}, ""),
        ({"sealed_key": "%%%"}, ""),
    ],
    ids=["kdf", "cost", "salt", "sealed key"],
)
@pytest.mark.usefixtures("cheap_passphrase_kdf")
def test_a_damaged_passphrase_entry_says_it_is_damaged(
    change: dict[str, object], detail: str
) -> None:
    wrapped = crypto.wrap_key(KEY, "correct horse battery", GROUP) | change
    with pytest.raises(ValidationError) as raised:
        crypto.unwrap_key(wrapped, "correct horse battery", GROUP)
    message = raised.value.errors["passphrase"]
    assert message.startswith("the sync folder's passphrase entry is damaged (")
    assert detail in message


@pytest.mark.parametrize("entry", ["scrypt", ["scrypt"], 7], ids=["text", "list", "number"])
def test_a_passphrase_entry_that_is_not_an_object_says_it_is_damaged(entry: object) -> None:
    """The folder's groupdesk-sync.json is not sealed: anything can stand there."""
    with pytest.raises(ValidationError) as raised:
        crypto.unwrap_key(entry, "correct horse battery", GROUP)
    assert raised.value.errors["passphrase"].startswith(
        "the sync folder's passphrase entry is damaged ("
    )


@pytest.mark.parametrize(
    ("passphrase", "why"),
    [
        ("aaaaaaaaaa", 'repeats like "aaa" are easy to guess'),
        ("1234567890", "this is a top-100 common password"),
        ("password123!", "this is similar to a commonly used password"),
    ],
)
def test_a_passphrase_easy_to_guess_is_refused_with_its_strength_and_why(
    passphrase: str, why: str
) -> None:
    """Issue 15 item 13: ten characters were enough, however guessable."""
    with pytest.raises(ValidationError) as raised:
        crypto.check_passphrase(passphrase)
    message = raised.value.errors["passphrase"]
    assert message.startswith("this passphrase is too easy to guess (about 10^")
    assert f"guesses: {why}); use four or more words that do not belong together" in message


def test_a_few_unrelated_words_make_a_passphrase_good_enough() -> None:
    for passphrase in ("river clean-up 2026", "tidy garden shed monday"):
        assert crypto.check_passphrase(passphrase) == passphrase


def test_new_passphrase_entries_use_argon2id_at_the_measured_cost() -> None:
    """At least 256 MiB and four passes: about a second a guess (docs/security.md)."""
    assert crypto.ARGON2_COST["memory_kib"] >= 256 * 1024
    assert crypto.ARGON2_COST["iterations"] >= 4


@pytest.mark.usefixtures("cheap_passphrase_kdf")
def test_a_passphrase_entry_written_by_groupdesk_0_1_with_scrypt_still_opens() -> None:
    import base64
    import os

    salt = os.urandom(16)
    kek = crypto.passphrase_key("correct horse battery", salt)
    old = {
        "kdf": "scrypt", "n": 2**15, "r": 8, "p": 1,
        "salt": base64.b64encode(salt).decode(),
        "sealed_key": base64.b64encode(crypto.seal(kek, KEY, GROUP.encode())).decode(),
    }  # fmt: skip
    assert crypto.unwrap_key(old, "correct horse battery", GROUP) == KEY


@pytest.mark.parametrize(
    "cost",
    [
        {"kdf": "scrypt", "n": 2**20, "r": 32, "p": 16},
        {"kdf": "scrypt", "n": 2**16, "r": 8, "p": 1},
        {"kdf": "argon2id", "memory_kib": 4 * 1024 * 1024, "iterations": 4, "lanes": 1},
        {"kdf": "argon2id", "memory_kib": 256 * 1024, "iterations": 1000, "lanes": 1},
    ],
    ids=["scrypt-4GB", "scrypt-other", "argon2-4GB", "argon2-1000-passes"],
)
def test_a_passphrase_entry_asking_for_another_cost_is_refused_before_any_work(
    cost: dict[str, object],
) -> None:
    """Issue 15 item 6: n=2^20, r=32, p=16 made `join` take 4.2 GB for over two minutes."""
    import time

    entry = {"salt": "AAAAAAAAAAAAAAAAAAAAAA==", "sealed_key": "AAAA", **cost}
    started = time.perf_counter()
    with pytest.raises(ValidationError) as raised:
        crypto.unwrap_key(entry, "correct horse battery", GROUP)
    assert time.perf_counter() - started < 0.5
    message = raised.value.errors["passphrase"]
    assert message.startswith("the sync folder's passphrase entry is damaged (")
    assert "is not the one GroupDesk wr" in message


def _zxcvbn_warnings() -> set[str]:
    """Every warning the installed zxcvbn can give: the `_("…")` strings its feedback module
    assigns to `warning` or puts under a 'warning' key."""
    import ast

    import zxcvbn.feedback

    tree = ast.parse(Path(zxcvbn.feedback.__file__).read_text(encoding="utf-8"))
    said: set[str] = set()

    def text(node: ast.AST | None) -> str | None:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_":
            [argument] = node.args
            assert isinstance(argument, ast.Constant)
            return str(argument.value)
        return None

    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "warning" for t in node.targets
        ):
            said.add(text(node.value) or "")
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and key.value == "warning":
                    said.add(text(value) or "")
    return said - {""}


def _refused_for(warning: str, monkeypatch: pytest.MonkeyPatch) -> ValidationError:
    import zxcvbn

    weak = {"score": 0, "guesses_log10": 2.5, "feedback": {"warning": warning}}
    monkeypatch.setattr(zxcvbn, "zxcvbn", lambda _text: weak)
    with pytest.raises(ValidationError) as raised:
        crypto.check_passphrase("some passphrase")
    return raised.value


def test_each_reason_zxcvbn_can_give_is_marked_for_translation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """zxcvbn's reasons are a fixed set of English sentences; each is said as a marked clause
    of the refusal (its English zxcvbn's), so a screen says it in the reader's language."""
    warnings = _zxcvbn_warnings()
    assert len(warnings) >= 14
    for warning in sorted(warnings):
        message = _refused_for(warning, monkeypatch).errors["passphrase"]
        assert isinstance(message, Message)
        reason = message.arguments.get("reason")
        assert isinstance(reason, Message) and reason.context == "Passphrases", warning
        assert reason == warning[0].lower() + warning[1:].rstrip(".")


def test_a_reason_zxcvbn_gives_that_the_app_does_not_know_is_left_out_not_said_in_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    message = _refused_for("Some reason a newer zxcvbn gives.", monkeypatch).errors["passphrase"]
    assert isinstance(message, Message) and "reason" not in message.arguments
    assert message == (
        "this passphrase is too easy to guess (about 10^2 guesses); use four or more words that "
        "do not belong together"
    )
