"""The object-store transport: a group's sync files as objects in an S3-compatible bucket.

The sync format is made of immutable files with one writer each, so a file is an object of the
same name under the group's prefix. The store is untrusted like a folder (everything in it is
sealed); what differs is the network:

- a new file is written with a conditional put (`If-None-Match: *`), so two writers can never
  overwrite one object; a store that does not know the header gets a look before the put,
  and the one-writer-per-name rule holds as it does for folders;
- requests that fail on the way (timeouts, 5xx, a dropped connection) are retried with backoff
  a bounded number of times (botocore's "standard" mode), a body cut short half-way is read
  again, then the fault is said in words; a file that cannot be read whole is "not arrived
  yet" (`fmt.SyncFileError`), never applied in part;
- TLS is verified (with a custom CA bundle for a self-hosted store); plain http only on
  loopback or when asked for explicitly (`store_location.parse_store`).

boto3 is imported on first use: a laptop syncing through a folder never pays its import time.
"""

from __future__ import annotations

import io
import json
import tempfile
import time
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

from groupdesk.errors import GroupDeskError, Remedy
from groupdesk.messages import QT_TRANSLATE_NOOP
from groupdesk.services.sync import format as fmt
from groupdesk.services.sync.store_location import StoreLocation
from groupdesk.services.sync.transport import (
    MAX_FILE_BYTES,
    MAX_SMALL_FILE_BYTES,
    FolderManifest,
    Listing,
    Seen,
)

#: Tries of one request (the first and the retries) before the fault is said in words.
ATTEMPTS = 4
#: Seconds to wait for a connection, and for each answer or piece of a body.
TIMEOUT = 20.0
#: Attachment blobs are sealed into memory up to this size, into a temporary file beyond.
_SPOOL_BYTES = 8 << 20
_READ_CHUNK = 1 << 20
#: What a request was doing, said when the store refuses it ("may not {doing}").
_LIST = QT_TRANSLATE_NOOP("SyncSetup", "list the files")
_READ = QT_TRANSLATE_NOOP("SyncSetup", "read the files")
_WRITE = QT_TRANSLATE_NOOP("SyncSetup", "write files")
_DELETE = QT_TRANSLATE_NOOP("SyncSetup", "delete this laptop's old files")
#: Error codes meaning the store does not know the conditional put.
_NO_CONDITIONAL = ("NotImplemented", "501")


class StoreError(GroupDeskError):
    """The object store cannot be used now (unreachable, no such bucket, refused the key)."""


class ObjectStore:
    """The object-store transport (`transport.Transport`)."""

    def __init__(
        self,
        location: StoreLocation,
        secret: str,
        *,
        attempts: int = ATTEMPTS,
        timeout: float = TIMEOUT,
    ) -> None:
        self.location = location
        self._secret = secret
        self._attempts = attempts
        self._timeout = timeout
        self._prefix = location.key_prefix()
        self._client_made: Any = None
        self._modified: dict[str, float] = {}
        self._conditional = True

    def __repr__(self) -> str:
        return f"ObjectStore({self.location.url()} at {self.location.endpoint})"

    def describe(self, *, capital: bool = False) -> str:
        return self.location.describe(capital=capital)

    # Talking to the store -------------------------------------------------------------

    def _client(self) -> Any:
        if self._client_made is None:
            try:
                import boto3
                from botocore.config import Config
            except ImportError:
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "SyncSetup",
                        "This GroupDesk was installed without the part that talks to object "
                        "stores (boto3): install GroupDesk with its 'store' extra to sync "
                        "through the object store {url} at {endpoint}.",
                    ).format(**self._where())
                ) from None
            config = Config(
                connect_timeout=self._timeout,
                read_timeout=self._timeout,
                retries={"mode": "standard", "max_attempts": self._attempts},
                # Checksums that only AWS checks: other stores refuse or ignore them, and
                # every sealed file is authenticated on reading anyway.
                request_checksum_calculation="when_required",
                response_checksum_validation="when_required",
                s3={"addressing_style": "path"},
            )
            self._client_made = boto3.session.Session().client(
                "s3",
                endpoint_url=self.location.endpoint,
                region_name=self.location.region,
                aws_access_key_id=self.location.key_id,
                aws_secret_access_key=self._secret,
                verify=self.location.ca_bundle or True,
                config=config,
            )
        return self._client_made

    def _call(self, doing: str, operation: str, **arguments: Any) -> Any:
        """One request; a fault the retries did not cure becomes a StoreError in words."""
        from botocore.exceptions import BotoCoreError, ClientError

        client = self._client()
        try:
            return getattr(client, operation)(Bucket=self.location.bucket, **arguments)
        except ClientError as problem:
            if _code(problem) in ("NoSuchKey", "404", "PreconditionFailed", "412"):
                raise
            if _code(problem) in _NO_CONDITIONAL and "IfNoneMatch" in arguments:
                raise
            raise self._refused(problem, doing) from None
        except BotoCoreError as problem:
            raise self._unreachable(problem) from None

    def _unreachable(self, problem: Exception) -> StoreError:
        from botocore.exceptions import ReadTimeoutError

        if isinstance(problem, ReadTimeoutError):  # it answered the call, then said nothing
            if float(self._timeout).is_integer():
                return StoreError(
                    QT_TRANSLATE_NOOP(
                        "SyncSetup",
                        "The object store {url} at {endpoint} did not answer within %n second(s) "
                        "(timed out, tried {attempts} times): the store or the network is too "
                        "slow now. Nothing was lost: this laptop keeps all its records and tries "
                        "again at the next sync.",
                        "",
                        0,
                    ).format(n=int(self._timeout), **self._where())
                )
            return StoreError(
                QT_TRANSLATE_NOOP(
                    "SyncSetup",
                    "The object store {url} at {endpoint} did not answer within {seconds:g} "
                    "seconds (timed out, tried {attempts} times): the store or the network is too "
                    "slow now. Nothing was lost: this laptop keeps all its records and tries "
                    "again at the next sync.",
                ).format(seconds=self._timeout, **self._where())
            )
        return StoreError(
            QT_TRANSLATE_NOOP(
                "SyncSetup",
                "The object store {url} at {endpoint} cannot be reached ({problem}, tried "
                "{attempts} times). Nothing was lost: this laptop keeps all its records and "
                "tries again at the next sync.",
            ).format(problem=type(problem).__name__, **self._where())
        )

    def _where(self) -> dict[str, object]:
        """The store as its sentences name it: "the object store {url} at {endpoint}"."""
        return {
            "url": self.location.url(),
            "endpoint": self.location.endpoint,
            "attempts": self._attempts,
            "key_id": self.location.key_id,
        }

    def _refused(self, problem: Exception, doing: str) -> StoreError:
        code = _code(problem)
        where = self._where()
        if code == "NoSuchBucket":
            return StoreError(
                QT_TRANSLATE_NOOP(
                    "SyncSetup",
                    "The bucket {bucket} does not exist at {endpoint}: check its name, or ask "
                    "whoever runs the store to make it.",
                ).format(bucket=self.location.bucket, **where)
            )
        if code in ("InvalidAccessKeyId", "InvalidClientTokenId"):
            return StoreError(
                QT_TRANSLATE_NOOP(
                    "SyncSetup",
                    "The object store {url} at {endpoint} does not know the access key id "
                    "{key_id}: check the key id the store gave for this group.",
                ).format(**where)
            )
        if code == "SignatureDoesNotMatch":
            return StoreError(
                QT_TRANSLATE_NOOP(
                    "SyncSetup",
                    "The object store {url} at {endpoint} refused the secret of the access key "
                    "id {key_id}: type the secret again (join the store again).",
                ).format(**where)
            )
        if code in ("AccessDenied", "403", "Forbidden"):
            return StoreError(
                QT_TRANSLATE_NOOP(
                    "SyncSetup",
                    "The access key id {key_id} may not {doing} in the object store {url} at "
                    "{endpoint}: ask whoever runs the store to allow it.",
                ).format(doing=doing, **where)
            )
        return StoreError(
            QT_TRANSLATE_NOOP(
                "SyncSetup",
                "The object store {url} at {endpoint} could not {doing} ({code}, HTTP {status}, "
                "tried {attempts} times). Nothing was lost: try again later.",
            ).format(doing=doing, code=code or "error", status=str(_status(problem)), **where)
        )

    # The group's identity -------------------------------------------------------------

    def manifest(self) -> FolderManifest:
        try:
            raw = json.loads(self.read(fmt.FOLDER_FILE, limit=MAX_SMALL_FILE_BYTES))
            manifest = FolderManifest.from_json(raw)
        except fmt.SyncFileError as problem:
            if problem.reason == _GONE:
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "SyncSetup",
                        "The object store {url} at {endpoint} holds no GroupDesk group (it has no "
                        "{file}): check the bucket and prefix.",
                    ).format(file=fmt.FOLDER_FILE, **self._where())
                ) from None
            raise StoreError(f"{fmt.FOLDER_FILE} in {self.describe()} {problem.reason}.") from None
        except (ValueError, KeyError, TypeError, AttributeError) as problem:
            raise StoreError(
                f"{fmt.FOLDER_FILE} in {self.describe()} is damaged or not GroupDesk's ({problem})."
            ) from None
        if manifest.format_version > fmt.FORMAT_VERSION:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "SyncSetup",
                    "The object store {url} at {endpoint} was made by a newer GroupDesk (format "
                    "{version}); update GroupDesk on this laptop to use it.",
                ).format(version=str(manifest.format_version), **self._where())
            )
        return manifest

    def create(self, manifest: FolderManifest) -> None:
        """Make the group's place in the bucket; refuses a prefix that already holds one."""
        self._call(_LIST, "list_objects_v2", Prefix=self._prefix, MaxKeys=1)
        if self.exists(fmt.FOLDER_FILE):
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "SyncSetup",
                    "The object store {url} at {endpoint} already holds a group. To use it, join "
                    "it instead.",
                ).format(**self._where()),
                remedy=Remedy("join_sync_folder", self.location.url()),
            )
        text = json.dumps(manifest.to_json(), indent=2, ensure_ascii=False) + "\n"
        self.write_once(fmt.FOLDER_FILE, text.encode("utf-8"))

    # Listing and reading --------------------------------------------------------------

    def listing(self, seen: Seen | None = None) -> Listing:
        """The group's objects, a page (1,000 names) per request.

        Without `seen`, every object. With it, what may be new: the device files and
        snapshots in one listing (the names after `changes/`), this laptop's own change files
        whole, and of each other device only the change files above those read here, and
        only if its device file changed since or some of them are still unread
        (`Seen.active`); the attachment blobs when first needed. Device files are listed
        before change files: a laptop writes its change file before its device file, so a
        device file seen unchanged vouches for the change files listed after it."""
        self._modified = {}
        listing = Listing()
        if seen is None:
            for name, item in self._objects(""):
                self._take(listing, name, item)
            return listing
        own = seen.device_id
        # This laptop's own files are listed whole: one gone from the store is sent again.
        listing.read_up_to = {d: top for d, top in seen.read_up_to.items() if d != own}
        listing.blob_lister = lambda: (name for name, _ in self._objects("attachments/"))
        for name, item in self._objects("", start_after="changes0", stop_past="snapshots0"):
            self._take(listing, name, item)
        listing.own_unchanged = seen.tags.get(own) is not None and (
            listing.tags.get(own) == seen.tags[own]
        )
        for device_id, tag in sorted(listing.tags.items()):
            if device_id == own or not seen.active(device_id, tag):
                continue
            above = seen.read_up_to.get(device_id, 0)
            folder = f"changes/{device_id}/"
            after = fmt.file_name("changes", device_id, above) if above else None
            for name, item in self._objects(folder, start_after=after):
                self._take(listing, name, item)
        for name, item in self._objects(f"changes/{own}/"):
            self._take(listing, name, item)
        return listing

    def _objects(
        self, under: str, *, start_after: str | None = None, stop_past: str | None = None
    ) -> Iterator[tuple[str, Any]]:
        """(name, listed object) under the group's prefix + `under`, after `start_after`,
        until a name sorts past `stop_past`."""
        token: str | None = None
        while True:
            arguments: dict[str, Any] = {"Prefix": self._prefix + under}
            if token:
                arguments["ContinuationToken"] = token
            elif start_after:
                arguments["StartAfter"] = self._prefix + start_after
            page = self._call(_LIST, "list_objects_v2", **arguments)
            for item in page.get("Contents", []):
                name = str(item["Key"])[len(self._prefix) :]
                if stop_past is not None and name > stop_past:
                    return
                yield name, item
            if not page.get("IsTruncated"):
                return
            token = page.get("NextContinuationToken")

    def _take(self, listing: Listing, name: str, item: Any) -> None:
        """Add one listed object to `listing` by where it lies."""
        self._modified[name] = item["LastModified"].timestamp()
        part = name.split("/", 1)[0]
        if part == "attachments":
            listing.add_blob(name)
        elif part == "changes" and name.count("/") == 2:
            if not listing.add(name):
                listing.renamed.append(name)
        elif part in ("devices", "snapshots") and listing.add(name) and part == "devices":
            listing.tags[listing.entries[name].device_id] = _tag(item.get("ETag"))

    def _get(self, name: str, limit: int) -> Any:
        """The store's answer for `name` (its body still to read), checked against `limit`."""
        from botocore.exceptions import ClientError

        try:
            answer = self._call(_READ, "get_object", Key=self._prefix + name)
        except ClientError:
            raise fmt.SyncFileError(name, _GONE) from None
        size = int(answer.get("ContentLength") or 0)
        if size > limit:
            answer["Body"].close()
            raise fmt.SyncFileError(
                name,
                QT_TRANSLATE_NOOP(
                    "SyncFiles",
                    "is {size:,} bytes, more than a sync file can be ({limit:,}): left alone",
                ).format(size=size, limit=limit),
            )
        return answer

    def read(self, name: str, *, limit: int = MAX_FILE_BYTES) -> bytes:
        """The whole of `name`; a body cut short is read again from the start, and after the
        last try the file is "not arrived yet" (`fmt.SyncFileError`)."""
        from botocore.exceptions import BotoCoreError

        for attempt in range(1, self._attempts + 1):
            answer = self._get(name, limit)
            try:
                data: bytes = answer["Body"].read()
            except (BotoCoreError, OSError) as problem:
                if attempt == self._attempts:
                    raise fmt.SyncFileError(
                        name,
                        QT_TRANSLATE_NOOP(
                            "SyncFiles",
                            "could not be read whole ({problem}, tried {attempts} times): tried "
                            "again at the next sync",
                        ).format(problem=type(problem).__name__, attempts=self._attempts),
                    ) from None
                time.sleep(min(2.0, 0.1 * 2**attempt))
                continue
            finally:
                answer["Body"].close()
            if len(data) > limit:
                raise fmt.SyncFileError(
                    name, QT_TRANSLATE_NOOP("SyncFiles", "grew past the size a sync file can be")
                )
            return data
        raise AssertionError("unreachable: the loop returns or raises")  # pragma: no cover

    def open_regular(self, name: str, *, limit: int) -> BinaryIO:
        """`name` for reading in chunks (attachment blobs, authenticated chunk by chunk: a
        body cut short fails its last chunk and the attachment stays pending)."""
        body = self._get(name, limit)["Body"]
        return io.BufferedReader(_Body(body, name), buffer_size=_READ_CHUNK)

    def modified(self, name: str) -> float:
        if name not in self._modified:
            answer = self._call(_READ, "head_object", Key=self._prefix + name)
            self._modified[name] = answer["LastModified"].timestamp()
        return self._modified[name]

    def exists(self, name: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self._call(_READ, "head_object", Key=self._prefix + name)
        except ClientError:
            return False
        return True

    # Writing --------------------------------------------------------------------------

    def write_once(self, name: str, data: bytes | BinaryIO) -> None:
        """Put a new object; FileExistsError if the name is taken."""
        from botocore.exceptions import ClientError

        key = self._prefix + name
        if self._conditional:
            try:
                self._call(_WRITE, "put_object", Key=key, Body=data, IfNoneMatch="*")
                return
            except ClientError as problem:
                if _code(problem) in ("PreconditionFailed", "412"):
                    raise FileExistsError(name) from None
                if _code(problem) not in _NO_CONDITIONAL:
                    raise self._refused(problem, _WRITE) from None
                self._conditional = False
                if not isinstance(data, bytes):
                    data.seek(0)
        if self.exists(name):
            raise FileExistsError(name)
        self._call(_WRITE, "put_object", Key=key, Body=data)

    def write_replacing(self, name: str, data: bytes) -> str | None:
        answer = self._call(_WRITE, "put_object", Key=self._prefix + name, Body=data)
        return _tag(answer.get("ETag")) or None

    def write_stream(self, name: str, writer: Callable[[BinaryIO], Any]) -> None:
        with tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES) as spool:
            writer(spool)  # type: ignore[arg-type]  # a binary file in all but name
            spool.seek(0)
            self.write_once(name, spool)  # type: ignore[arg-type]  # as above

    def delete(self, name: str) -> None:
        self._call(_DELETE, "delete_object", Key=self._prefix + name)


_GONE = QT_TRANSLATE_NOOP("SyncFiles", "is not in the store (any more)")


class _Body(io.RawIOBase):
    """A response body as a raw stream, so `io.BufferedReader` makes it a binary file; a
    connection dropped half-way is said as the file not read whole."""

    def __init__(self, body: Any, name: str) -> None:
        self._body = body
        self._name = name

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        from botocore.exceptions import BotoCoreError

        try:
            chunk: bytes = self._body.read(len(buffer))
        except (BotoCoreError, OSError) as problem:
            raise OSError(f"{self._name} could not be read whole ({problem})") from None
        buffer[: len(chunk)] = chunk
        return len(chunk)

    def close(self) -> None:
        self._body.close()
        super().close()


def _tag(etag: object) -> str:
    """An ETag as listed and as answered to a put alike (some stores quote it, some not)."""
    return str(etag or "").strip('"')


def _code(problem: Exception) -> str:
    return str(getattr(problem, "response", {}).get("Error", {}).get("Code", ""))


def _status(problem: Exception) -> int:
    metadata = getattr(problem, "response", {}).get("ResponseMetadata", {})
    return int(metadata.get("HTTPStatusCode", 0))
