"""The group key and everything sealed with it: AES-256-GCM files, chunked attachment blobs,
the key check value, the join code and the passphrase-wrapped key.

The group key is 32 random bytes made on the first laptop. Files are never sealed with it
directly: HKDF-SHA256 derives one subkey per purpose, so the key check value or the blob names
reveal nothing about the file key. Every layout here is documented in docs/sync-format.md.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import struct
from collections.abc import Callable
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from groupdesk.errors import ValidationError
from groupdesk.messages import QT_TRANSLATE_NOOP

KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
#: Attachment blobs are sealed in chunks of this many plaintext bytes (memory stays flat).
CHUNK_BYTES = 1 << 20
#: scrypt cost that GroupDesk 0.1 wrote for the sync folder's passphrase-wrapped key (32 MiB,
#: about 0.1 s a guess): still opened, never written. Backups' sealing key uses it too.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
#: Argon2id cost of the passphrase-wrapped key: 256 MiB and four passes, about 1 s a guess on
#: one core (measured in docs/security.md). A folder that asks for any other cost is refused
#: before any work: anyone who can write to the folder can write its numbers.
ARGON2_COST: dict[str, int] = {"memory_kib": 256 * 1024, "iterations": 4, "lanes": 1}
MIN_PASSPHRASE = 10
#: zxcvbn score a passphrase needs (3: about 10^8 guesses or more, years at 1 s a guess).
MIN_PASSPHRASE_SCORE = 3
_JOIN_CHECK_BYTES = 3


class DecryptError(Exception):
    """The bytes were not sealed with this key (or were changed after sealing)."""


def new_group_key() -> bytes:
    return os.urandom(KEY_BYTES)


def subkey(key: bytes, purpose: str) -> bytes:
    """A key for one purpose only ("files", "attachment-names", "key-check"), by HKDF-SHA256."""
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=f"groupdesk {purpose}".encode()
    ).derive(key)


def key_check_value(key: bytes, group_id: str) -> str:
    """A short public fingerprint of the key for this group: tells a wrong key from a damaged
    file without revealing anything about the key."""
    mac = hmac.new(subkey(key, "key-check"), group_id.encode(), hashlib.sha256)
    return mac.hexdigest()[:32]


def seal(key: bytes, plaintext: bytes, associated: bytes) -> bytes:
    """nonce ‖ AES-256-GCM(ciphertext ‖ tag), with a fresh random nonce."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, associated)


def unseal(key: bytes, sealed: bytes, associated: bytes) -> bytes:
    if len(sealed) < NONCE_BYTES + TAG_BYTES:
        raise DecryptError("too short")
    try:
        return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], associated)
    except InvalidTag:
        raise DecryptError("authentication failed") from None


def attachment_name(key: bytes, sha256: str) -> str:
    """The blob name of an attachment: HMAC-SHA256 of its content hash under a subkey, so the
    folder does not reveal which files the group holds, yet every laptop names a file alike."""
    return hmac.new(subkey(key, "attachment-names"), sha256.encode(), hashlib.sha256).hexdigest()


# Chunked blobs: prefix ‖ 8-byte random stream id, then chunks of
# [4-byte big-endian length of sealed chunk][sealed chunk]. Chunk i's nonce is
# stream id ‖ i (4 bytes); its associated data is prefix ‖ i ‖ last-flag, so chunks cannot be
# reordered, dropped or cut off without failing.


def _chunk_nonce(stream_id: bytes, index: int) -> bytes:
    return stream_id + struct.pack(">I", index)


def _chunk_aad(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">I?", index, last)


def encrypt_stream(
    key: bytes,
    source: BinaryIO,
    target: BinaryIO,
    prefix: bytes,
    *,
    progress: Callable[[int], None] | None = None,
) -> None:
    aead = AESGCM(key)
    stream_id = os.urandom(8)
    target.write(prefix + stream_id)
    index = 0
    chunk = source.read(CHUNK_BYTES)
    while True:
        following = source.read(CHUNK_BYTES)
        last = not following
        sealed = aead.encrypt(
            _chunk_nonce(stream_id, index), chunk, _chunk_aad(prefix, index, last)
        )
        target.write(struct.pack(">I", len(sealed)) + sealed)
        if progress is not None:
            progress(len(chunk))
        if last:
            return
        chunk, index = following, index + 1


def decrypt_stream(key: bytes, source: BinaryIO, target: BinaryIO, prefix: bytes) -> None:
    """Reverse `encrypt_stream`; raises DecryptError on any change, cut or wrong key."""
    aead = AESGCM(key)
    if source.read(len(prefix)) != prefix:
        raise DecryptError("not a blob of this group")
    stream_id = source.read(8)
    if len(stream_id) != 8:
        raise DecryptError("cut short")
    index = 0
    while True:
        length_bytes = source.read(4)
        if len(length_bytes) != 4:
            raise DecryptError("cut short")
        (length,) = struct.unpack(">I", length_bytes)
        if length > CHUNK_BYTES + TAG_BYTES:
            raise DecryptError("damaged chunk length")
        sealed = source.read(length)
        if len(sealed) != length:
            raise DecryptError("cut short")
        nonce = _chunk_nonce(stream_id, index)
        at_end = source.read(1) == b""
        if not at_end:
            source.seek(-1, os.SEEK_CUR)
        try:
            plain = aead.decrypt(nonce, sealed, _chunk_aad(prefix, index, at_end))
        except InvalidTag:
            raise DecryptError(
                "authentication failed (damaged, cut short or another key)"
            ) from None
        target.write(plain)
        if at_end:
            return
        index += 1


# Join code: the key and a 3-byte checksum in base32, in groups of four letters.

_BASE32_FIXES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def join_code(key: bytes) -> str:
    check = hashlib.sha256(b"groupdesk join code" + key).digest()[:_JOIN_CHECK_BYTES]
    text = base64.b32encode(key + check).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def key_from_join_code(code: str) -> bytes:
    """The key in a typed join code; a typo gets a message, never a wrong key."""
    letters = "".join(ch for ch in code.upper() if ch.isalnum()).translate(_BASE32_FIXES)
    expected = len(join_code(bytes(KEY_BYTES)).replace("-", ""))
    if len(letters) != expected:
        raise ValidationError.single(
            "code",
            QT_TRANSLATE_NOOP(
                "SyncSetup", "a join code has {expected} letters and digits; this one has {count}"
            ).format(expected=expected, count=len(letters)),
        )
    try:
        raw = base64.b32decode(letters + "=" * (-len(letters) % 8))
    except ValueError:
        raise ValidationError.single(
            "code",
            QT_TRANSLATE_NOOP(
                "SyncSetup", "a join code holds only the letters A–Z and the digits 2–7"
            ),
        ) from None
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if hashlib.sha256(b"groupdesk join code" + key).digest()[:_JOIN_CHECK_BYTES] != check:
        raise ValidationError.single(
            "code",
            QT_TRANSLATE_NOOP(
                "SyncSetup", "this join code has a typing mistake: check each group of four letters"
            ),
        )
    return key


# The key wrapped with the group passphrase (Argon2id; scrypt for folders made by 0.1), kept in
# the folder's groupdesk-sync.json.


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def passphrase_key(
    passphrase: str, salt: bytes, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P
) -> bytes:
    """A key made from a passphrase by scrypt (slow on purpose: guessing costs as much)."""
    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def argon2_key(passphrase: str, salt: bytes, cost: dict[str, int]) -> bytes:
    """A key made from a passphrase by Argon2id at `cost` (memory-hard: a guess costs as much
    memory as time, so graphics cards gain little)."""
    return Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=cost["iterations"],
        lanes=cost["lanes"],
        memory_cost=cost["memory_kib"],
    ).derive(passphrase.encode("utf-8"))


def wrap_key(key: bytes, passphrase: str, group_id: str) -> dict[str, object]:
    check_passphrase(passphrase)
    salt = os.urandom(16)
    kek = argon2_key(passphrase, salt, ARGON2_COST)
    sealed = seal(kek, key, group_id.encode())
    return {"kdf": "argon2id", **ARGON2_COST, "salt": _b64(salt), "sealed_key": _b64(sealed)}


def _entry_kek(wrapped: dict[str, object], passphrase: str, salt: bytes) -> bytes:
    """The key-encrypting key of a passphrase entry, only at a cost GroupDesk writes: a folder
    asking for 4 GB of memory or two minutes of work is refused before any work."""
    kdf = wrapped.get("kdf")
    if kdf == "argon2id":
        cost = {name: wrapped.get(name) for name in ARGON2_COST}
        if cost != ARGON2_COST:
            raise ValueError(f"Argon2id cost {cost} is not the one GroupDesk writes")
        return argon2_key(passphrase, salt, ARGON2_COST)
    if kdf == "scrypt":
        cost = {name: wrapped.get(name) for name in ("n", "r", "p")}
        if cost != {"n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}:
            raise ValueError(f"scrypt cost {cost} is not the one GroupDesk wrote")
        return passphrase_key(passphrase, salt)
    raise ValueError(f"unknown kdf {str(kdf)[:40]!r}")


def unwrap_key(wrapped: object, passphrase: str, group_id: str) -> bytes:
    """The group key from the folder's passphrase entry (untrusted: the folder file is not
    sealed, so anything may stand there)."""
    try:
        if not isinstance(wrapped, dict):
            raise TypeError(f"not a JSON object: {str(wrapped)[:40]!r}")
        salt = base64.b64decode(str(wrapped["salt"]), validate=True)
        sealed = base64.b64decode(str(wrapped["sealed_key"]), validate=True)
        if len(salt) > 64 or len(sealed) > 256:
            raise ValueError("salt or sealed key too long")
        kek = _entry_kek(wrapped, passphrase, salt)
    except (KeyError, ValueError, TypeError) as problem:
        raise ValidationError.single(
            "passphrase", f"the sync folder's passphrase entry is damaged ({problem})"
        ) from None
    try:
        return unseal(kek, sealed, group_id.encode())
    except DecryptError:
        raise ValidationError.single(
            "passphrase",
            QT_TRANSLATE_NOOP(
                "SyncSetup", "this is not the group's passphrase for this sync folder"
            ),
        ) from None


_TOO_EASY = QT_TRANSLATE_NOOP(
    "SyncSetup",
    "this passphrase is too easy to guess (about 10^{power} guesses); use four or more words "
    "that do not belong together",
)
_TOO_EASY_BECAUSE = QT_TRANSLATE_NOOP(
    "SyncSetup",
    "this passphrase is too easy to guess (about 10^{power} guesses: {reason}); use four or "
    "more words that do not belong together",
)
#: zxcvbn's reasons (its `feedback.warning`, a fixed set of English sentences) as a clause of
#: the refusal, marked so that a screen says them in its language; the English is zxcvbn's.
_GUESSABLE = {
    "Straight rows of keys are easy to guess.": QT_TRANSLATE_NOOP(
        "Passphrases", "straight rows of keys are easy to guess"
    ),
    "Short keyboard patterns are easy to guess.": QT_TRANSLATE_NOOP(
        "Passphrases", "short keyboard patterns are easy to guess"
    ),
    'Repeats like "aaa" are easy to guess.': QT_TRANSLATE_NOOP(
        "Passphrases", 'repeats like "aaa" are easy to guess'
    ),
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': QT_TRANSLATE_NOOP(
        "Passphrases", 'repeats like "abcabcabc" are only slightly harder to guess than "abc"'
    ),
    'Sequences like "abc" or "6543" are easy to guess.': QT_TRANSLATE_NOOP(
        "Passphrases", 'sequences like "abc" or "6543" are easy to guess'
    ),
    "Recent years are easy to guess.": QT_TRANSLATE_NOOP(
        "Passphrases", "recent years are easy to guess"
    ),
    "Dates are often easy to guess.": QT_TRANSLATE_NOOP(
        "Passphrases", "dates are often easy to guess"
    ),
    "This is a top-10 common password.": QT_TRANSLATE_NOOP(
        "Passphrases", "this is a top-10 common password"
    ),
    "This is a top-100 common password.": QT_TRANSLATE_NOOP(
        "Passphrases", "this is a top-100 common password"
    ),
    "This is a very common password.": QT_TRANSLATE_NOOP(
        "Passphrases", "this is a very common password"
    ),
    "This is similar to a commonly used password.": QT_TRANSLATE_NOOP(
        "Passphrases", "this is similar to a commonly used password"
    ),
    "A word by itself is easy to guess.": QT_TRANSLATE_NOOP(
        "Passphrases", "a word by itself is easy to guess"
    ),
    "Names and surnames by themselves are easy to guess.": QT_TRANSLATE_NOOP(
        "Passphrases", "names and surnames by themselves are easy to guess"
    ),
    "Common names and surnames are easy to guess.": QT_TRANSLATE_NOOP(
        "Passphrases", "common names and surnames are easy to guess"
    ),
}


def check_passphrase(passphrase: str) -> str:
    """Refuse a passphrase that is short or easy to guess, saying why: the wrapped key lies in
    the folder, so anyone who can read the folder can guess offline at their leisure."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError.single(
            "passphrase",
            QT_TRANSLATE_NOOP(
                "SyncSetup", "use at least {count} characters (a few words are easy to remember)"
            ).format(count=MIN_PASSPHRASE),
        )
    from zxcvbn import zxcvbn

    strength = zxcvbn(passphrase[:200])
    if strength["score"] < MIN_PASSPHRASE_SCORE:
        power = int(strength["guesses_log10"])
        reason = _GUESSABLE.get(str(strength["feedback"]["warning"] or ""))
        if reason is None:  # no reason given, or one this list does not know: none said
            refusal = _TOO_EASY.format(power=power)
        else:
            refusal = _TOO_EASY_BECAUSE.format(power=power, reason=reason)
        raise ValidationError.single("passphrase", refusal)
    return passphrase
