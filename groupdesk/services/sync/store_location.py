"""Where a group's object store is (`s3://BUCKET/PREFIX` at an endpoint), checked before any
request is made, and its secret in the OS keyring.

Kept apart from `transport_s3` so that setting up, showing the status and the CLI can read a
location without importing the S3 client library (it is imported only to talk to the store).
"""

from __future__ import annotations

import ipaddress
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from groupdesk.errors import ValidationError
from groupdesk.messages import QT_TRANSLATE_NOOP
from groupdesk.services.sync import keys

SCHEME = "s3://"
#: S3's rule for bucket names (3–63 lowercase letters, digits, dots and dashes).
_BUCKET = re.compile(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")
_PREFIX_PART = re.compile(r"[A-Za-z0-9._-]+")


def is_store_url(text: str) -> bool:
    """Whether `text` names an object store rather than a folder."""
    return text.strip().lower().startswith(SCHEME)


@dataclass(frozen=True)
class StoreLocation:
    """A bucket (and a prefix in it, so several groups can share one bucket) at an endpoint."""

    bucket: str
    prefix: str
    endpoint: str
    key_id: str
    region: str = "us-east-1"
    ca_bundle: str | None = None
    insecure: bool = False

    def url(self) -> str:
        return f"{SCHEME}{self.bucket}/{self.prefix}".rstrip("/")

    def key_prefix(self) -> str:
        """What every object name of the group starts with ("" or "riverside/")."""
        return f"{self.prefix}/" if self.prefix else ""

    def describe(self, *, capital: bool = False) -> str:
        place = (
            QT_TRANSLATE_NOOP("SyncSetup", "The object store {url} at {endpoint}")
            if capital
            else QT_TRANSLATE_NOOP("SyncSetup", "the object store {url} at {endpoint}")
        )
        return place.format(url=self.url(), endpoint=self.endpoint)

    def secret_user(self) -> str:
        """The keyring user name the secret is kept under: one per endpoint and key id."""
        return f"s3 {self.endpoint} {self.key_id}"

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> StoreLocation:
        raw: dict[str, Any] = json.loads(text)
        return cls(**raw)


def parse_store(
    url: str,
    *,
    endpoint: str,
    key_id: str,
    region: str = "",
    ca_bundle: str | None = None,
    insecure: bool = False,
) -> StoreLocation:
    """The location `url` names at `endpoint`; ValidationError saying what is wrong.

    Why plain http is refused except on this computer: the key id and every object name would
    cross the network readable (the content stays sealed); a test server on loopback needs none."""
    errors: dict[str, str] = {}
    if not is_store_url(url):
        errors["store"] = QT_TRANSLATE_NOOP(
            "SyncSetup", "write the store as s3://BUCKET or s3://BUCKET/PREFIX"
        )
    rest = url.strip()[len(SCHEME) :]
    bucket, _, prefix = rest.partition("/")
    prefix = prefix.strip("/")
    if "store" not in errors and not _BUCKET.fullmatch(bucket):
        errors["bucket"] = QT_TRANSLATE_NOOP(
            "SyncSetup",
            "{bucket!r} is not a bucket name: 3 to 63 lowercase letters, digits, dots or dashes",
        ).format(bucket=bucket)
    if prefix and not all(_PREFIX_PART.fullmatch(part) for part in prefix.split("/")):
        errors["prefix"] = QT_TRANSLATE_NOOP(
            "SyncSetup",
            "the prefix after the bucket may hold letters, digits, dots, dashes and "
            "underscores, in parts separated by /",
        )
    endpoint = endpoint.strip().rstrip("/")
    parts = urlsplit(endpoint)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        errors["endpoint"] = QT_TRANSLATE_NOOP(
            "SyncSetup", "give the store's address, like https://s3.example.org"
        )
    elif parts.scheme == "http" and not insecure and not is_loopback(parts.hostname):
        errors["endpoint"] = QT_TRANSLATE_NOOP(
            "SyncSetup",
            "plain http:// sends the key id and the names of the files unprotected: use "
            "https://, or allow it explicitly as insecure",
        )
    if not key_id.strip():
        errors["key_id"] = QT_TRANSLATE_NOOP(
            "SyncSetup", "give the access key id the store gave for this group"
        )
    if ca_bundle and not Path(ca_bundle).is_file():
        errors["ca_bundle"] = QT_TRANSLATE_NOOP(
            "SyncSetup", "{file} is not a file: give the CA certificate file (.pem)"
        ).format(file=str(ca_bundle))
    if errors:
        raise ValidationError(errors)
    return StoreLocation(
        bucket=bucket,
        prefix=prefix,
        endpoint=endpoint,
        key_id=key_id.strip(),
        region=region.strip() or "us-east-1",
        ca_bundle=ca_bundle or None,
        insecure=insecure,
    )


@dataclass(frozen=True)
class StoreAccess:
    """A store and the secret of its key id, as typed in the set-up dialog (kept out of any
    repr, so it never reaches a log or an error report)."""

    location: StoreLocation
    secret: str = field(repr=False)


def store_access(
    url: str,
    *,
    endpoint: str,
    key_id: str,
    secret: str,
    region: str = "",
    ca_bundle: str | None = None,
    insecure: bool = False,
) -> StoreAccess:
    """`parse_store` with the secret checked too, every field's problem said at once."""
    missing = (
        {}
        if secret.strip()
        else {"secret": QT_TRANSLATE_NOOP("SyncSetup", "give the secret that goes with the key id")}
    )
    try:
        location = parse_store(
            url,
            endpoint=endpoint,
            key_id=key_id,
            region=region,
            ca_bundle=ca_bundle,
            insecure=insecure,
        )
    except ValidationError as problem:
        raise ValidationError({**problem.errors, **missing}) from None
    if missing:
        raise ValidationError(missing)
    return StoreAccess(location, secret.strip())


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def folder_words(folder: str, *, capital: bool = False) -> str:
    """A sync folder named in a sentence (`Transport.describe`), marked for the GUI."""
    place = (
        QT_TRANSLATE_NOOP("SyncSetup", "The sync folder {folder}")
        if capital
        else QT_TRANSLATE_NOOP("SyncSetup", "the sync folder {folder}")
    )
    return place.format(folder=folder)


def keep_secret(store: keys.KeyStore, location: StoreLocation, secret: str) -> None:
    """Put the store's secret in the keyring (never the database, a sync file or a log)."""
    store.put(location.secret_user(), secret.encode("utf-8"))
    if store.get(location.secret_user()) != secret.encode("utf-8"):
        raise keys.NoKeyringError(keys.NO_KEYRING)


def load_secret(store: keys.KeyStore, location: StoreLocation) -> str:
    secret = store.get(location.secret_user())
    if secret is None:
        raise keys.MissingKeyError(
            QT_TRANSLATE_NOOP(
                "SyncSetup",
                "This computer's keyring holds no secret for the access key id {key_id} of the "
                "object store {url} at {endpoint}: join the store again to type it.",
            ).format(key_id=location.key_id, url=location.url(), endpoint=location.endpoint)
        )
    return secret.decode("utf-8")
