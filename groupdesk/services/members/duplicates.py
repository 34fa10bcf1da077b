"""Finding records that are probably the same person, entered twice (or on two laptops).

Names are compared after folding case and accents and transliterating other scripts to Latin
(anyascii), word by word in sorted order, so "Zoe Nunez", "Núñez, Zoë" and "Зое Нунез" meet, and
so do 李雷 and "Li Lei". Emails and phones are compared in a normal form (phones in international
form, read in the group's country).

Not all pairs: records are first put in blocks that share a key — the same email, phone or
folded name, or one name word — and only pairs within a block are scored. A name, email or phone
shared by more than eight records is common (a popular name, an office number), and sharing it
alone proves nothing. Within a word block, what is compared is the rest of the name (rapidfuzz in
C, one call per record), so "Mia Brown" and "Max Brown" are not taken for one person because they
share a surname, while "Jonathan Smith" and "Jonathon Smith" are. A short word that starts
another ("Sam" and "Samuel", "A." and "Ana") beside a shared word is a short form. A word shared
by very many records is too common to say anything, so such blocks are skipped; those records
still meet through their other words, email or phone.

Then the contact details speak: the same email or phone raises the score, two different emails
(or phones) lower it. The result is a pure function of the records, so every laptop names the
same pairs.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from groupdesk.errors import ValidationError
from groupdesk.models.members import Member
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services import settings
from groupdesk.services.collation import search_key, sort_key
from groupdesk.services.members.fields import phone_region
from groupdesk.services.uow import UnitOfWork

DEFAULT_THRESHOLD = 85
#: Name-word blocks bigger than this are skipped (see the module docstring).
MAX_WORD_BLOCK = 400
#: A name, email or phone shared by more records than this is common (a popular name, an
#: office switchboard, a shared inbox): sharing it alone says nothing about being one person.
MAX_SHARED = 8
#: Name similarity given to "Sam Okafor" and "Samuel Okafor".
SHORT_FORM_SCORE = 88.0
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_NOT_NATIVE = re.compile(r"[\W_]+")
_SEPARATORS = re.compile(r"[\s,;/()]+|\.(?=\S)")


@dataclass(frozen=True)
class DuplicateSide:
    id: str
    full_name: str
    email: str | None
    phone: str | None
    joined_on: date | None
    status: str


@dataclass(frozen=True)
class DuplicatePair:
    first: DuplicateSide
    second: DuplicateSide
    #: 0-100: how likely the two are one person.
    score: int
    #: Why, in words: "same email", "same name", "similar names", "same phone".
    reasons: tuple[str, ...]

    def as_dict(self) -> dict[str, object]:
        return {
            "first_id": self.first.id,
            "first_name": self.first.full_name,
            "second_id": self.second.id,
            "second_name": self.second.full_name,
            "score": self.score,
            "reasons": list(self.reasons),
        }


def _split(name: str, known: dict[str, tuple[str, str]] | None = None) -> list[tuple[str, str]]:
    """(Latin form, own-script form) of each word of a name, folded, without punctuation.

    Apostrophes and hyphens join ("O'Brien" is one word, like "OBrien"); anyascii's marks for
    Arabic letters do not split a word either. `known` keeps each word's forms for one pass
    over many names: the same words recur (transliterating them again was a third of the
    finder at 100,000 members)."""
    known = {} if known is None else known
    words = []
    for word in _SEPARATORS.split(search_key(name)):
        forms = known.get(word)
        if forms is None:
            forms = known[word] = _word_forms(word)
        if forms[0]:
            words.append(forms)
    return words


def _word_forms(word: str) -> tuple[str, str]:
    from anyascii import anyascii

    native = _NOT_NATIVE.sub("", word)
    return _NOT_WORD.sub("", search_key(anyascii(native))), native


def name_words(name: str) -> list[str]:
    """Folded Latin words of a name, in their written order ("Ана Петрова": ana, petrova)."""
    return [latin for latin, _native in _split(name)]


def name_key(name: str) -> str:
    """The name's words, sorted: the same for "Zoë Ñúñez" and "Nunez, Zoe"."""
    return " ".join(sorted(name_words(name)))


def email_key(email: str | None) -> str:
    return (email or "").strip().casefold()


def phone_key(phone: str | None, region: str | None) -> str:
    if not phone:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(phone, region)
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        digits = re.sub(r"\D", "", phone)
        return digits if len(digits) >= 6 else ""


@dataclass(frozen=True)
class Namesake:
    """A live member with the name of someone being added."""

    id: str
    full_name: str


def namesakes(uow: UnitOfWork, *, full_name: str) -> list[Namesake]:
    """Live members called `full_name`, case, accents and spacing aside: a hint when adding
    someone who may already be here, never a refusal (two people can share a name). One range
    read on the sort-key index (the folded name comes first in it), quick at 100,000 members."""
    folded = sort_key(full_name).partition("\x00")[0]
    if not folded:
        return []
    with uow:
        rows = uow.session.execute(
            select(Member.id, Member.full_name)
            .where(
                Member.sort_key >= f"{folded}\x00",
                Member.sort_key < f"{folded}\x01",
                Member.deleted_at.is_(None),
                Member.merged_into_id.is_(None),
                Member.erased_at.is_(None),
            )
            .order_by(Member.sort_key, Member.id)
        ).all()
    return [Namesake(*row) for row in rows]


def find_duplicates(uow: UnitOfWork, *, threshold: int = DEFAULT_THRESHOLD) -> list[DuplicatePair]:
    """Pairs of live records that are probably one person, most likely first."""
    if not 0 <= threshold <= 100:
        raise ValidationError.single(
            "threshold", f"{threshold} is not a score; give one from 0 to 100 (85 is usual)"
        )
    region = phone_region(settings.get_settings(uow).locale)
    return pairs_among(live_sides(uow), region=region, threshold=threshold)


def live_sides(uow: UnitOfWork) -> list[DuplicateSide]:
    """Every live record (not deleted, merged or forgotten), as the finder compares them."""
    with uow:
        rows = uow.session.execute(
            select(
                Member.id,
                Member.full_name,
                Member.email,
                Member.phone,
                Member.joined_on,
                Member.status,
            )
            .where(
                Member.deleted_at.is_(None),
                Member.merged_into_id.is_(None),
                Member.erased_at.is_(None),
            )
            .order_by(Member.id)
        ).all()
    return [DuplicateSide(*row) for row in rows]


def pairs_among(
    sides: list[DuplicateSide], *, region: str | None, threshold: int = DEFAULT_THRESHOLD
) -> list[DuplicatePair]:
    """The likely duplicate pairs among `sides` (a pure function of them; see the module)."""
    known_words: dict[str, tuple[str, str]] = {}
    split = [_split(s.full_name, known_words) for s in sides]
    words = [[latin for latin, _n in parts] for parts in split]
    natives = [
        [native for _l, native in parts] if not all(n.isascii() for _l, n in parts) else None
        for parts in split
    ]
    emails = [email_key(s.email) for s in sides]
    phones = _phone_keys([s.phone for s in sides], region)
    name_scores = _name_candidates(words, natives, floor=max(0, threshold - 25))
    for a, b in _contact_candidates(emails, phones):
        if natives[a] is not None and natives[b] is not None:
            compared = _aligned_score(natives[a] or [], natives[b] or [])
        else:
            compared = _aligned_score(words[a], words[b])
        name_scores.setdefault((a, b), compared)

    pairs = []
    for (a, b), name_score in name_scores.items():
        score, reasons = _score(name_score, (emails[a], emails[b]), (phones[a], phones[b]))
        if score >= threshold:
            first, second = sorted((sides[a], sides[b]), key=lambda s: s.id)
            pairs.append(DuplicatePair(first, second, score, reasons))
    pairs.sort(key=lambda p: (-p.score, p.first.id, p.second.id))
    return pairs


def _phone_keys(phones: list[str | None], region: str | None) -> list[str]:
    """`phone_key` of each phone, each distinct phone read once (numbers shared by several
    records, such as a family's or an office's, are common)."""
    known: dict[str | None, str] = {}
    keys = []
    for phone in phones:
        key = known.get(phone)
        if key is None:
            key = known[phone] = phone_key(phone, region)
        keys.append(key)
    return keys


def _pairs_in(members: list[int]) -> list[tuple[int, int]]:
    return [(a, b) for i, a in enumerate(members) for b in members[i + 1 :]]


def _contact_candidates(emails: list[str], phones: list[str]) -> set[tuple[int, int]]:
    blocks: dict[str, list[int]] = defaultdict(list)
    for index, (email, phone) in enumerate(zip(emails, phones, strict=True)):
        if email:
            blocks["e:" + email].append(index)
        if phone:
            blocks["p:" + phone].append(index)
    return {
        pair
        for members in blocks.values()
        if 2 <= len(members) <= MAX_SHARED
        for pair in _pairs_in(members)
    }


def _name_candidates(
    words: list[list[str]], natives: list[list[str] | None], *, floor: float
) -> dict[tuple[int, int], float]:
    """(a, b) → name similarity 0-100, for pairs whose names are alike (see module docstring).

    `natives[i]` holds the own-script words of a name not in Latin letters (else None): two
    such names are compared in their own script, where a transliteration without vowels
    (Arabic "Ahmad" and "Muhammad" both end "hmd") would make them look alike."""
    from rapidfuzz import fuzz, process

    scores: dict[tuple[int, int], float] = {}

    refined_scores: dict[tuple[int, int], float] = {}

    def refined(a: int, b: int) -> float:
        """Similarity of the words the two names do not share (in their own script when both
        are written in another script than Latin)."""
        key = (a, b) if a < b else (b, a)
        if key not in refined_scores:
            if natives[a] is not None and natives[b] is not None:
                first, second = natives[a] or [], natives[b] or []
            else:
                first, second = words[a], words[b]
            only_first = sorted(set(first) - set(second))
            only_second = sorted(set(second) - set(first))
            refined_scores[key] = (
                100.0
                if not only_first and not only_second
                else fuzz.ratio(" ".join(only_first), " ".join(only_second))
            )
        return refined_scores[key]

    def note(a: int, b: int, score: float) -> None:
        key = (a, b) if a < b else (b, a)
        if score > scores.get(key, -1.0):
            scores[key] = score

    same: dict[str, list[int]] = defaultdict(list)
    by_word: dict[str, list[int]] = defaultdict(list)
    short_forms: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, name in enumerate(words):
        if not name:
            continue
        for key in {" ".join(sorted(name)), "".join(name), "".join(sorted(name))}:
            same[key].append(index)
        for word in set(name):
            by_word[word].append(index)
        if len(name) >= 2 and natives[index] is None:  # short forms are a Latin-script habit
            for word in set(name):
                for other in name:
                    if other != word and len(other) <= 3:
                        short_forms[(word, other)].append(index)
    common = {i for members in same.values() if len(members) > MAX_SHARED for i in members}
    beside_short_words = {word for word, _short in short_forms}
    for members in same.values():
        if 2 <= len(members) <= MAX_SHARED:
            for a, b in _pairs_in(members):
                note(a, b, 100.0)
    for word, members in by_word.items():
        if not 2 <= len(members) <= MAX_WORD_BLOCK:
            continue
        rests = [" ".join(w for w in sorted(words[m]) if w != word) for m in members]
        for position, a in enumerate(members[:-1]):
            if not rests[position]:
                continue
            for _match, score, offset in process.extract(
                rests[position],
                rests[position + 1 :],
                scorer=fuzz.ratio,
                score_cutoff=floor,
                limit=None,
            ):
                b = members[position + 1 + offset]
                score = refined(a, b)
                if score >= floor and (score < 100 or not (a in common and b in common)):
                    note(a, b, score)
        # A short word beside the shared one that starts a longer word of another name.
        if word not in beside_short_words:
            continue
        for b in members:
            for other in words[b]:
                if other == word:
                    continue
                for length in range(1, min(3, len(other) - 1) + 1):
                    for a in short_forms.get((word, other[:length]), ()):
                        if a != b and len(words[a]) == len(words[b]):
                            note(a, b, SHORT_FORM_SCORE)
    return scores


def _aligned_score(first: list[str], second: list[str]) -> float:
    """Name similarity of two names met through their email or phone: each word of the shorter
    name against its best match in the other (a short form counts as a near match)."""
    from rapidfuzz import fuzz

    if not first or not second:
        return 0.0
    if sorted(first) == sorted(second) or "".join(first) == "".join(second):
        return 100.0
    shorter, longer = sorted((first, second), key=len)
    total = 0.0
    for word in shorter:
        best = 0.0
        for other in longer:
            score = fuzz.ratio(word, other)
            if len(word) != len(other) and min(len(word), len(other)) <= 3:
                short, long_ = sorted((word, other), key=len)
                if long_.startswith(short):
                    score = max(score, SHORT_FORM_SCORE)
            best = max(best, score)
        total += best
    return total / len(shorter) * math.sqrt(len(shorter) / len(longer))


def _score(
    name_score: float, emails: tuple[str, str], phones: tuple[str, str]
) -> tuple[int, tuple[str, ...]]:
    """How likely one person, from the name similarity and the contact details."""
    score = name_score
    reasons = []
    if name_score >= 100:
        reasons.append(QT_TRANSLATE_NOOP("DuplicatesDialog", "same name"))
    elif name_score >= 80:
        reasons.append(QT_TRANSLATE_NOOP("DuplicatesDialog", "similar names"))
    if emails[0] and emails[0] == emails[1]:
        reasons.append(QT_TRANSLATE_NOOP("DuplicatesDialog", "same email"))
        score = max(score, 95.0)
    elif emails[0] and emails[1]:
        score -= 10
    if phones[0] and phones[0] == phones[1]:
        reasons.append(QT_TRANSLATE_NOOP("DuplicatesDialog", "same phone"))
        score = min(100.0, score + 15)
    elif phones[0] and phones[1]:
        score -= 10
    return round(max(0.0, score)), tuple(reasons)
