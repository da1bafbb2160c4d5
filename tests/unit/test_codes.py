"""Badge and group codes: format, verification, and what sloppy scanners and people type."""

from __future__ import annotations

import random
import re
import string

import pytest

from kiosk.domain.codes import (
    CodeKind,
    ParsedCode,
    code_kind,
    display_code,
    new_code,
    new_secret,
    parse_code,
)

SECRET = bytes(range(32))
OTHER_EVENT = bytes(range(1, 33))
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
QR_ALPHANUMERIC = set(string.digits + string.ascii_uppercase + " $%*+-./:")

# One row per physical key: (US QWERTY unshifted, shifted, French AZERTY unshifted, shifted).
# Written key by key, independently of the module's tables, from the printed keycaps.
_KEYS: list[tuple[str, str, str, str]] = [
    ("1", "!", "&", "1"),
    ("2", "@", "é", "2"),
    ("3", "#", '"', "3"),
    ("4", "$", "'", "4"),
    ("5", "%", "(", "5"),
    ("6", "^", "-", "6"),
    ("7", "&", "è", "7"),
    ("8", "*", "_", "8"),
    ("9", "(", "ç", "9"),
    ("0", ")", "à", "0"),
    ("-", "_", ")", "°"),
    ("=", "+", "=", "+"),
    ("q", "Q", "a", "A"),
    ("w", "W", "z", "Z"),
    ("[", "{", "^", "¨"),
    ("]", "}", "$", "£"),
    ("a", "A", "q", "Q"),
    (";", ":", "m", "M"),
    ("'", '"', "ù", "%"),
    ("z", "Z", "w", "W"),
    ("m", "M", ",", "?"),
    (",", "<", ";", "."),
    (".", ">", ":", "/"),
    ("/", "?", "!", "§"),
] + [(ch, ch.upper(), ch, ch.upper()) for ch in "ertyuiopsdfghjklxcvbn"]

QWERTY, AZERTY = 0, 2


def type_on(text: str, scanner: int, host: int, *, shift_inverted: bool = False) -> str:
    """What a host shows when a scanner types ``text`` key by key (Caps Lock inverts Shift)."""
    out = []
    for ch in text:
        found = next(((k, s) for k in _KEYS for s in (0, 1) if k[scanner + s] == ch), None)
        if found is not None:  # AltGr characters such as "]" on AZERTY get lost on the way
            key, shift = found
            out.append(key[host + (shift ^ shift_inverted)])
    return "".join(out)


def expected(code: str) -> ParsedCode:
    return ParsedCode(CodeKind.BADGE if code.startswith("B1") else CodeKind.GROUP, code)


@pytest.fixture(scope="module")
def codes() -> list[str]:
    made = [new_code(CodeKind.BADGE, SECRET) for _ in range(200)]
    made += [new_code(CodeKind.GROUP, SECRET) for _ in range(100)]
    # The layout tests below only mean something if the tricky characters actually occur.
    assert set("AQWZM0123456789") <= set("".join(c[2:] for c in made))
    return made


@pytest.mark.parametrize("kind", list(CodeKind))
def test_round_trip_keeps_kind_and_text(kind: CodeKind) -> None:
    code = new_code(kind, SECRET)
    assert parse_code(code, SECRET) == ParsedCode(kind, code)
    assert code_kind(code) is kind


def test_payload_is_short_qr_alphanumeric_with_tag(codes: list[str]) -> None:
    for code in codes:
        assert len(code) == 24
        assert set(code) <= QR_ALPHANUMERIC
        assert set(code[2:]) <= set(CROCKFORD)
        assert code[:2] in ("B1", "G1")


def test_random_part_carries_at_least_80_bits(codes: list[str]) -> None:
    # 16 characters after the tag, each free to take any of the 32 values: 16 * 5 = 80 bits.
    for position in range(2, 18):
        assert len({code[position] for code in codes}) >= 24
    assert len(set(codes)) == len(codes)


def test_new_secret_is_32_fresh_bytes() -> None:
    assert len(new_secret()) == 32
    assert new_secret() != new_secret()


def test_short_secret_is_refused() -> None:
    with pytest.raises(ValueError):
        new_code(CodeKind.BADGE, b"")
    with pytest.raises(ValueError):
        parse_code("B1", b"short")


def test_wrong_secret_and_other_event_are_rejected(codes: list[str]) -> None:
    for code in codes[:50]:
        assert parse_code(code, OTHER_EVENT) is None
    foreign = new_code(CodeKind.BADGE, new_secret())
    assert parse_code(foreign, SECRET) is None


def test_one_changed_character_is_rejected(codes: list[str]) -> None:
    for code in codes[:40]:
        for i in range(len(code)):
            # The next alphabet character: never an alias nor a layout twin (A/Q, W/Z) of the original.
            changed = code[:i] + CROCKFORD[(CROCKFORD.index(code[i]) + 1) % 32] + code[i + 1 :]
            assert parse_code(changed, SECRET) is None, (code, i)


def test_kind_is_signed_so_a_badge_is_never_a_group(codes: list[str]) -> None:
    for code in codes[:50]:
        swapped = ("G1" if code.startswith("B1") else "B1") + code[2:]
        assert parse_code(swapped, SECRET) is None
        assert code_kind(swapped) is not code_kind(code)


def test_tolerates_case_whitespace_prefix_and_control_characters(codes: list[str]) -> None:
    code = codes[0]
    forms = [
        code.lower(),
        code[:9].lower() + code[9:],
        f"  {code}\r\n",
        f"\t{code}\n",
        f"]Q1{code}",
        f"]q3{code}\r",
        f"\x02{code}\x03",
        f"\x1b{code[:10]}\x00{code[10:]}\x7f",
        " ".join(code[i : i + 4] for i in range(0, 24, 4)),
    ]
    for form in forms:
        assert parse_code(form, SECRET) == ParsedCode(CodeKind.BADGE, code), repr(form)


def test_display_form_is_grouped_and_reads_back(codes: list[str]) -> None:
    for code in codes:
        shown = display_code(code)
        assert re.fullmatch(r"[BG]1(-[0-9A-Z]{4}){4}-[0-9A-Z]{6}", shown)
        assert shown.replace("-", "") == code
        assert parse_code(shown, SECRET) == expected(code)
        assert parse_code(shown.lower(), SECRET) == expected(code)
        assert code_kind(shown) is code_kind(code)


def test_display_code_refuses_non_codes() -> None:
    for bad in ("", "B1", "hello", "X1" + "0" * 22, "B1" + "U" * 22):
        with pytest.raises(ValueError):
            display_code(bad)


def test_crockford_aliases_typed_by_people() -> None:
    code = next(c for c in (new_code(CodeKind.BADGE, SECRET) for _ in range(2000)) if "0" in c[2:] and "1" in c[2:])
    typed = code[:2] + code[2:].replace("0", "O").replace("1", "l")
    assert parse_code(typed, SECRET) == ParsedCode(CodeKind.BADGE, code)
    assert parse_code(display_code(code).replace("1", "I").lower(), SECRET) == ParsedCode(CodeKind.BADGE, code)


def test_typing_helper_models_known_garbling() -> None:
    assert type_on("AQWZM1234567890", QWERTY, AZERTY) == "QAZW?&é\"'(-è_çà"
    assert type_on("]Q1", QWERTY, AZERTY) == "$A&"
    assert type_on("AQWZM1234567890", AZERTY, QWERTY) == "QAZW:!@#$%^&*()"


@pytest.mark.parametrize(
    ("scanner", "host", "inverted"),
    [
        (QWERTY, AZERTY, False),  # the usual case at a French fair: scanner left at its US default
        (QWERTY, AZERTY, True),  # ... with Caps Lock on: digits right, letters still swapped
        (AZERTY, QWERTY, False),  # French-configured scanner on a US PC
        (AZERTY, QWERTY, True),
        (AZERTY, AZERTY, True),  # matching layouts, Caps Lock on: digit row becomes &é"'(-è_çà
    ],
)
def test_layout_garbled_scans_read_back(codes: list[str], scanner: int, host: int, inverted: bool) -> None:
    changed = 0
    for code in codes:
        garbled = type_on(code, scanner, host, shift_inverted=inverted)
        changed += garbled.upper() != code
        assert parse_code(garbled, SECRET) == expected(code), (code, garbled)
        with_prefix = type_on("]Q1" + code, scanner, host, shift_inverted=inverted) + "\r\n"
        assert parse_code(with_prefix, SECRET) == expected(code), with_prefix
    assert changed > len(codes) * 0.9


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   \r\n",
        "https://example.com/ticket/123",
        "3017620422003",
        "B1",
        "🎟️🙂🚀",
        "مرحبا بكم في المعرض",
        "欢迎参观展览会",
        "B1" + "0" * 22,
        "\ud800\udfff",
    ],
)
def test_garbage_is_rejected(raw: str) -> None:
    assert parse_code(raw, SECRET) is None


def test_truncated_codes_are_rejected(codes: list[str]) -> None:
    for code in codes[:50]:
        assert parse_code(code[:-1], SECRET) is None
        assert parse_code(code[1:], SECRET) is None
        assert parse_code(display_code(code)[:-2], SECRET) is None


def test_random_noise_of_any_length_is_rejected() -> None:
    rng = random.Random(20240611)
    pools = [CROCKFORD, CROCKFORD + "&é\"'(-è_çà?,;:!@#$%^*()", "".join(map(chr, range(0x20, 0x3000)))]
    for pool in pools:
        for length in (23, 24, 25, 60, 199, 10_000):
            for _ in range(30 if length < 1000 else 2):
                raw = "".join(rng.choices(pool, k=length))
                assert parse_code(raw, SECRET) is None


def test_many_candidate_windows_are_rejected() -> None:
    assert parse_code("B1" * 99, SECRET) is None
    assert parse_code("G1B1&é" * 33, SECRET) is None


def test_code_kind_reads_the_tag_only() -> None:
    assert code_kind("B1XXXX") is CodeKind.BADGE
    assert code_kind(" g1-abcd") is CodeKind.GROUP
    for raw in ("", "B", "B2", "Q1B1", "🙂"):
        assert code_kind(raw) is None
