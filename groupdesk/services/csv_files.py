"""Reading and writing the CSV files people's spreadsheets and banks make, for every import and
export (members, a bank's statement of a grant's expenses).

Reading: the encoding is found (a byte-order mark, valid UTF-8, else the likelier of Excel's
Windows and Mac encodings), the separator too (Excel's `sep=` line, else the one the header
line holds most of), and each row comes with the line it starts on, so a report can name it.
Writing: UTF-8 with a BOM and every cell a spreadsheet would run as a formula neutralised
(OWASP's advice), replacing the file whole, never leaving it half-written.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from groupdesk.errors import ValidationError
from groupdesk.services.collation import search_key
from groupdesk.services.output_files import write_output

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: What may follow a leading + or - in a value a spreadsheet takes as it is: digits, spaces and
#: the punctuation of phone numbers and amounts.
_PLAIN_NUMBER = re.compile(r"[0-9 ().\-/]*[0-9][0-9 ().\-/]*")
_UTF8_BOM = b"\xef\xbb\xbf"

if TYPE_CHECKING:
    from _csv import Reader as _Reader


def header_key(header: str) -> str:
    """A header as it is matched: case, accents, spaces and punctuation forgiven."""
    return re.sub(r"[^a-z0-9]", "", search_key(header))


@dataclass(frozen=True)
class Decoded:
    text: str
    #: The encoding's name as people know it ("UTF-8", "Mac Roman").
    encoding: str
    #: True when the bytes could be read in other encodings too and this one was chosen as
    #: the likeliest: the person should look at a sample of the names.
    guessed: bool = False
    #: The other encodings the file may be in (names as in ENCODINGS), likeliest first.
    alternatives: tuple[str, ...] = ()


#: Encodings a person may choose when the guess was wrong: name → Python codec.
ENCODINGS: dict[str, str] = {
    "UTF-8": "utf-8-sig",
    "UTF-16": "utf-16",
    "Windows-1252": "cp1252",
    "Mac Roman": "mac_roman",
    "ISO-8859-15": "iso8859_15",
    "Windows-1250": "cp1250",
}
#: The single-byte encodings a file that is not UTF-8 is most likely in: Excel's "CSV" on
#: Windows, and on a Mac.
_LIKELY = ("Windows-1252", "Mac Roman")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode(data: bytes, *, encoding: str | None = None) -> Decoded:
    """The text of a CSV file and the encoding it was in: the `encoding` named, else a UTF-8
    or UTF-16 file known by its byte-order mark (Excel's "Unicode Text" is UTF-16), else UTF-8
    if the bytes are valid UTF-8, else a guess between Windows-1252 and Mac Roman by which
    reads as words (accented letters inside words, not punctuation or capitals)."""
    if encoding is not None:
        if encoding not in ENCODINGS:
            raise ValidationError.single(
                "encoding", f"{encoding!r} is not one of {', '.join(ENCODINGS)}"
            )
        text = data.decode(ENCODINGS[encoding], errors="replace")
        return Decoded(text.removeprefix("\ufeff"), encoding)
    if data.startswith(_UTF8_BOM):
        return Decoded(data[len(_UTF8_BOM) :].decode("utf-8", errors="replace"), "UTF-8 with BOM")
    if data.startswith(_UTF16_BOMS):
        return Decoded(data.decode("utf-16", errors="replace").removeprefix("\ufeff"), "UTF-16")
    try:
        return Decoded(data.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError:
        pass
    texts = {name: data.decode(ENCODINGS[name], errors="replace") for name in _LIKELY}
    ranked = sorted(_LIKELY, key=lambda name: _oddness(texts[name], mac=name == "Mac Roman"))
    return Decoded(texts[ranked[0]], ranked[0], True, (*ranked[1:], "ISO-8859-15", "Windows-1250"))


def _oddness(text: str, *, mac: bool) -> int:
    """How unlike written words the non-ASCII characters of `text` look: a capital after a
    small letter ("CafŽ"), punctuation between letters ("„œ–ez"), a lone accented letter. Old
    Mac files end lines with a carriage return alone, which counts for Mac Roman."""
    odd = 0
    padded = f" {text} "
    for at, char in enumerate(padded):
        if char.isascii():
            continue
        before, after = padded[at - 1], padded[at + 1]
        if char == "\ufffd":
            odd += 3
        elif char.isalpha():
            odd += 2 * (char.isupper() and before.islower())
            odd += not before.isalpha() and not after.isalpha()
        elif before.isalpha() and after.isalpha() and char not in "’‘·":
            odd += 2
    lone_cr = "\r" in text and "\n" not in text
    return odd - 3 * (lone_cr and mac)


def read_file(path: Path | None, data: bytes | None) -> bytes:
    """The bytes to import: `data` if given, else the file at `path`, or a sentence saying why
    it cannot be read."""
    if data is not None:
        return data
    if path is None:
        raise ValidationError.single("file", "choose a file to import")
    try:
        return path.read_bytes()
    except OSError as problem:
        raise ValidationError.single(
            "file", f"{path} cannot be read ({problem.strerror})"
        ) from None


def skip_sep_line(text: str) -> tuple[str | None, bool]:
    """Excel's `sep=;` first line: the separator it names, and whether the file has one."""
    first = text.split("\n", 1)[0].strip().strip('"')
    if first.lower().startswith("sep=") and len(first) == 5:
        return first[4], True
    return None, False


def sniff_dialect(text: str) -> type[csv.Dialect]:
    """Excel's CSV dialect, with the separator its `sep=` line names, else that of the header
    line: comma, semicolon (Excel in many European locales) or tab, whichever it holds most of
    (outside quotes)."""
    named, _has_line = skip_sep_line(text)
    first_line = text.split("\n", 1)[0]
    unquoted = re.sub(r'"[^"]*"', "", first_line)
    delimiter = named or max(",;\t", key=lambda d: (unquoted.count(d), d == ","))

    class Dialect(csv.excel):
        pass

    Dialect.delimiter = delimiter
    return Dialect


class CsvRow(NamedTuple):
    """A row of the file: the line it starts on, and its cells (or why it is not CSV). A
    NamedTuple, as there is one per row (a frozen dataclass cost a tenth of a 100,000-row
    import's reading)."""

    line: int
    cells: Sequence[str]
    #: The csv module's complaint when the row cannot be read (its cells are then empty).
    problem: str | None = None

    @property
    def blank(self) -> bool:
        return self.problem is None and not "".join(self.cells).strip()


@dataclass(frozen=True)
class RowError:
    """A problem with one row of an imported file, named as a person finds it: by its line,
    the column's header, and whose row it is ("line 14 (Ana Petrova), Email: …")."""

    line: int
    #: The column's header as in the file; None for a problem with the whole row.
    column: str | None
    message: str
    #: The row's name cell, so the person can find the row ("" if it has none).
    who: str = ""

    def __str__(self) -> str:
        where = f"line {self.line} ({self.who})" if self.who else f"line {self.line}"
        return (
            f"{where}, {self.column}: {self.message}" if self.column else f"{where}: {self.message}"
        )


def open_table(text: str) -> tuple[list[str], Iterator[CsvRow]]:
    """The header line and the rows after it, in the file's own separator (after Excel's `sep=`
    line). A file that is empty, or whose first line is not CSV, is a ValidationError on
    "file"; a later row that is not CSV comes with its `problem` and reading goes on."""
    if not text.strip():
        raise ValidationError.single("file", "the file is empty")
    reader = csv.reader(io.StringIO(text, newline=""), dialect=sniff_dialect(text))
    try:
        if skip_sep_line(text)[1]:
            next(reader)
        headers = next(reader)
    except csv.Error as problem:
        raise ValidationError.single("file", f"line 1 is not CSV ({problem})") from None
    except StopIteration:
        raise ValidationError.single("file", "the file has no header line") from None
    return headers, _rows(reader)


def _rows(reader: _Reader) -> Iterator[CsvRow]:
    line = reader.line_num
    while True:
        start = line + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as problem:
            yield CsvRow(start, (), str(problem))
        else:
            yield CsvRow(start, cells)
        line = reader.line_num


def peek(text: str, *, rows: int = 50) -> tuple[tuple[str, ...], dict[str, str]]:
    """The headers of a file and the first value of each column in its first `rows` rows, so a
    person choosing what each column is can see what it holds; a file that is not CSV gives
    what could be read of it."""
    try:
        headers, body = open_table(text)
    except ValidationError:
        return (), {}
    examples: dict[str, str] = {}
    for _count, row in zip(range(rows), body, strict=False):
        if row.problem is not None:
            break
        for header, cell in zip(headers, row.cells, strict=False):
            if cell.strip():
                examples.setdefault(header, cell.strip())
    return tuple(headers), examples


def runs_as_formula(cell: str) -> bool:
    """Whether a spreadsheet would evaluate the cell: it starts (after any tabs, carriage
    returns and spaces) with = or @, or with + or - followed by more than a number. A phone
    number ("+44 7700 900301") or a negative amount is a plain value: it has no letters,
    references or functions for a spreadsheet to run."""
    if not cell.startswith(_FORMULA_START):
        return False
    rest = cell.lstrip("\t\r ")
    if rest.startswith(("=", "@")):
        return True
    return rest.startswith(("+", "-")) and not _PLAIN_NUMBER.fullmatch(rest[1:])


def neutralise(cell: str) -> str:
    """A cell a spreadsheet will show as text, never run as a formula (OWASP's advice: a leading
    apostrophe), left as it is when a spreadsheet would not run it. A value that already reads
    as marked ("'@home") is marked again, so the import gives back its apostrophe; the import
    trims it, so it is trimmed here first."""
    if runs_as_formula(cell):
        return f"'{cell}"
    return f"'{cell.strip()}" if _reads_as_marked(cell.strip()) else cell


def unneutralise(cell: str) -> str:
    """Undo `neutralise`, so an exported file imports as it was (files written before phone
    numbers were left plain too: "'+44 7700 900301")."""
    return cell[1:] if _reads_as_marked(cell) else cell


def _reads_as_marked(cell: str) -> bool:
    """An apostrophe, then any more, then what a spreadsheet could run: `unneutralise` drops
    the first apostrophe."""
    return cell.startswith("'") and cell[1:].lstrip("'")[:1] in _FORMULA_START and cell[1:] != ""


def write_rows(rows: list[list[str]]) -> bytes:
    """CSV bytes in UTF-8 with a BOM (so Excel reads accents and scripts), CRLF line ends."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows([[neutralise(cell) for cell in row] for row in rows])
    return _UTF8_BOM + buffer.getvalue().encode("utf-8")


def write_csv_file(path: Path, rows: list[list[str]]) -> None:
    """`rows` (a header first) written to `path` as `write_rows` writes them, replacing the file
    whole: a reader never sees it half-written."""
    write_output(path, write_rows(rows), field="file")
