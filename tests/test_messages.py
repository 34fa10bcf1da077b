"""A service's sentence: English wherever it is used as text, and still translatable."""

from __future__ import annotations

import copy
import json
from dataclasses import asdict, dataclass
from datetime import date, datetime

import pytest

from groupdesk.errors import ValidationError
from groupdesk.messages import Message, as_json, from_json, sentence
from groupdesk.registry import QT_TRANSLATE_NOOP


def test_a_marked_sentence_is_its_english_and_keeps_its_template_and_values() -> None:
    said = QT_TRANSLATE_NOOP("MemberFields", "{day} is in the future").format(day=date(2030, 1, 2))
    assert said == "2030-01-02 is in the future"  # what the CLI prints
    assert isinstance(said, Message)
    assert (said.context, said.template) == ("MemberFields", "{day} is in the future")
    assert said.arguments == {"day": date(2030, 1, 2)}


def test_values_are_named_so_a_translation_may_reorder_them() -> None:
    with pytest.raises(TypeError):
        QT_TRANSLATE_NOOP("MemberFields", "{} is in the future").format(date(2030, 1, 2))


def test_a_sentence_survives_copies_and_a_report_turned_into_json() -> None:
    @dataclass(frozen=True)
    class Report:
        line: str

    said = QT_TRANSLATE_NOOP("Ctx", "Read {count} files.").format(count=3)
    for copied in (copy.deepcopy(said), copy.copy(said)):
        assert isinstance(copied, Message) and copied.arguments == {"count": 3}
    assert asdict(Report(said)) == {"line": "Read 3 files."}


def test_a_refusal_reworded_keeps_its_kind_and_fields_and_the_original_stays_english() -> None:
    refusal = ValidationError.single("email", QT_TRANSLATE_NOOP("Ctx", "not an address"))
    reworded = refusal.reworded(lambda text: text.upper())
    assert type(reworded) is ValidationError
    assert reworded.errors == {"email": "NOT AN ADDRESS"}
    assert str(reworded) == "email: NOT AN ADDRESS"
    assert str(refusal) == "email: not an address"


def test_the_sentence_of_a_caught_error_stays_translatable() -> None:
    said = QT_TRANSLATE_NOOP("Ctx", "{text!r} is not a date").format(text="31/02")
    assert isinstance(sentence(ValueError(said)), Message)
    assert sentence(ValueError("plain", 2)) == "('plain', 2)"


def test_a_count_s_english_says_one_and_many() -> None:
    files = QT_TRANSLATE_NOOP("SyncReport", "Read %n file(s) from %n laptop(s).", "", 0)
    assert files.format(n=1) == "Read 1 file from 1 laptop."
    assert files.format(n=3) == "Read 3 files from 3 laptops."
    assert files.format(n=1200) == "Read 1,200 files from 1,200 laptops."  # was "1200"


def test_a_sentence_kept_as_json_comes_back_whole() -> None:
    inner = QT_TRANSLATE_NOOP("SyncReport", "%n file(s)", "", 0).format(n=2)
    said = QT_TRANSLATE_NOOP(
        "SyncWarnings", "{files} on {day} at {moment}, {days:.1f} days"
    ).format(files=inner, day=date(2026, 4, 1), moment=datetime(2026, 4, 1, 9, 30), days=400.0)
    back = from_json(json.loads(json.dumps(as_json(said))))
    assert (
        isinstance(back, Message)
        and back == said == "2 files on 2026-04-01 at 2026-04-01 09:30:00, 400.0 days"
    )
    assert (back.context, back.template, back.arguments) == (
        said.context,
        said.template,
        said.arguments,
    )
    assert from_json("plain English") == "plain English"
