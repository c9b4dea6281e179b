"""`uniapi_fal._scrub`: secrets blanked per client, server text made safe, keys checked.

The property tests draw secrets from an alphabet the surrounding text never uses (upper
case letters), so "no letter of the secret survives" is checkable exactly, wherever the
secret sits: inside control characters or escapes, encoded, or across the cut point.
"""

from __future__ import annotations

import unicodedata
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from uniapi_fal._exceptions import ConfigurationError, MissingAPIKeyError
from uniapi_fal._scrub import MASK, MIN_KEY_LENGTH, Scrubber, validate_api_key

KEY = "fal-KEY:0123-ABCD"
SECRET_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

secrets = st.text(alphabet=SECRET_LETTERS + "0123456789:/_-+.", min_size=8, max_size=40).filter(
    lambda s: any(c in SECRET_LETTERS for c in s)
)
filler = st.text(
    alphabet=st.characters(
        exclude_characters=SECRET_LETTERS,
        exclude_categories=(),  # surrogates included
    ),
    max_size=60,
)
# What may be slipped between a secret's characters and is then removed, joining them.
# Not a lone ESC or CSI: that takes the next character as its final byte, as a terminal
# would, so what remains is no longer the secret (the server changed it, not us).
removable = st.sampled_from(
    [
        "\x00",
        "\x07",
        "\x08",
        "\x7f",
        "\x80",
        "\x1b[0m",
        "\x1b[1;31m",
        "\x1b]0;t\x07",
        "\x1b]8;;http://x\x1b\\",
        "\u202e",
        "\u2066",
        "\x9d2;x\x9c",
    ]
)


def visible_secret_letters(text: str) -> set[str]:
    return set(text) & set(SECRET_LETTERS)


@given(
    secret=secrets,
    before=filler,
    after=filler,
    encoded=st.booleans(),
    limit=st.integers(min_value=0, max_value=150),
    multiline=st.booleans(),
)
def test_a_secret_anywhere_never_shows(
    secret: str, before: str, after: str, encoded: bool, limit: int, multiline: bool
) -> None:
    shown = quote(secret, safe="") if encoded else secret
    out = Scrubber([secret]).text(before + shown + after, limit, multiline=multiline)
    assert not visible_secret_letters(out)
    assert secret not in out


@given(secret=secrets, pad=st.integers(min_value=0, max_value=60), cut_into=st.integers(0, 40))
def test_a_secret_across_the_cut_point_never_shows_half(
    secret: str, pad: int, cut_into: int
) -> None:
    text = "x" * pad + secret + "y" * 10
    limit = pad + cut_into % len(secret)  # the cut falls inside the secret
    out = Scrubber([secret]).text(text, limit)
    assert not visible_secret_letters(out)
    assert out.startswith("x" * pad)


@given(secret=secrets, junk=st.lists(removable, min_size=1, max_size=5), data=st.data())
def test_a_secret_split_by_removed_characters_never_shows(
    secret: str, junk: list[str], data: st.DataObject
) -> None:
    pieces = list(secret)
    for item in junk:
        at = data.draw(st.integers(min_value=1, max_value=len(pieces) - 1))
        pieces.insert(at, item)
    out = Scrubber([secret]).text("id " + "".join(pieces) + " end")
    assert not visible_secret_letters(out)


@given(st.text(max_size=200), st.booleans())
def test_no_control_character_escape_or_surrogate_survives(text: str, multiline: bool) -> None:
    out = Scrubber([]).text(text, 1000, multiline=multiline)
    allowed = "\n\t" if multiline else ""
    for char in out:
        category = unicodedata.category(char)
        assert category != "Cs"
        assert category != "Cc" or char in allowed
        assert char not in BIDI and char not in "\u2028\u2029"


@given(st.text(max_size=400), st.integers(min_value=0, max_value=300))
def test_text_is_cut_to_the_limit_with_a_count(text: str, limit: int) -> None:
    full = Scrubber([]).text(text, 10_000)
    out = Scrubber([]).text(text, limit)
    if len(full) <= limit:
        assert out == full
    else:
        assert out == f"{full[:limit]}… [{len(full) - limit} more characters cut]"


def test_cleaning_examples() -> None:
    scrub = Scrubber([KEY])
    assert scrub.text("plain") == "plain"
    assert scrub.text(f"echo: {KEY}!") == "echo: ****!"
    assert scrub.text("\x1b[31mred\x1b[0m and \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\") == (
        "red and link"
    )
    assert scrub.text("a\r\nb\tc\rd\x00e\u2028f") == "a b c de f"
    assert scrub.text("a\r\nb\tc\rd\x00e", multiline=True) == "a\nb\tc\nde"
    assert scrub.text("lone \ud800 surrogate") == "lone \ufffd surrogate"
    assert scrub.text("\u202egnp.exe") == "gnp.exe"
    assert scrub.text("x" * 500) == "x" * 300 + "… [200 more characters cut]"
    assert scrub.text("abc", 0) == "… [3 more characters cut]"
    with pytest.raises(ValueError, match="limit"):
        scrub.text("abc", -1)


def test_text_accepts_any_object() -> None:
    scrub = Scrubber([KEY])
    assert scrub.text(KEY.encode() + b"\xff") == "****\ufffd"
    assert scrub.text({"detail": KEY}) == "{'detail': '****'}"
    assert scrub.text(ValueError(f"bad key {KEY}")) == "bad key ****"
    assert scrub.text(None) == "None"

    class Hostile:
        def __str__(self) -> str:
            raise RuntimeError("no")

    assert scrub.text(Hostile()) == "<Hostile that cannot be shown>"


def test_encoded_forms_are_blanked_in_either_hex_case() -> None:
    scrub = Scrubber(["abcd:efgh/ijkl mn"])
    assert scrub.text("k=abcd%3Aefgh%2Fijkl%20mn") == "k=****"
    assert scrub.text("k=abcd%3aefgh%2fijkl%20mn") == "k=****"
    assert scrub.text("k=abcd%3Aefgh%2Fijkl+mn") == "k=****"


def test_redaction_belongs_to_one_scrubber() -> None:
    one, two = Scrubber(["sk-one-0123456789"]), Scrubber(["sk-two-0123456789"])
    text = "sk-one-0123456789 sk-two-0123456789 fal-ai/flux/dev"
    assert one.text(text) == "**** sk-two-0123456789 fal-ai/flux/dev"
    assert two.text(text) == "sk-one-0123456789 **** fal-ai/flux/dev"
    assert Scrubber([]).text(text) == text
    assert Scrubber([""]).text("abc") == "abc"  # an empty secret matches nothing
    with pytest.raises(TypeError, match="must be a str"):
        Scrubber([b"bytes"])  # type: ignore[list-item]


def test_the_longest_secret_is_blanked_whole() -> None:
    scrub = Scrubber(["abcdefgh", "abcdefghijkl"])
    assert scrub.text("x abcdefghijkl y abcdefgh") == "x **** y ****"


# --------------------------------------------------------------------------- json


def test_json_blanks_every_string_and_key_and_copies() -> None:
    data: dict[str, Any] = {
        "detail": [{"msg": f"bad {KEY}", "loc": ["body", KEY], "n": 3, "ok": True}],
        KEY: None,
        "f": 1.5,
        "t": (KEY, 2),
        "long": "z" * 5000 + "\n\x00",
    }
    out = Scrubber([KEY]).json(data)
    assert out == {
        "detail": [{"msg": "bad ****", "loc": ["body", "****"], "n": 3, "ok": True}],
        "****": None,
        "f": 1.5,
        "t": ["****", 2],
        "long": "z" * 5000 + "\n\x00",  # data: neither cut nor cleaned
    }
    assert data["detail"][0]["msg"] == f"bad {KEY}"  # the original is untouched
    assert Scrubber([]).json(data) == {**data, "t": [KEY, 2]}
    assert Scrubber([]).json(data) is not data
    assert Scrubber([KEY]).json(KEY) == "****"
    assert Scrubber([KEY]).json(7) == 7


def test_json_is_iterative_and_survives_cycles() -> None:
    deep: Any = [KEY]
    for _ in range(50_000):
        deep = [deep]
    out = Scrubber([KEY]).json(deep)
    for _ in range(50_000):
        out = out[0]
    assert out == ["****"]
    loop: list[Any] = [KEY]
    loop.append(loop)
    copy = Scrubber([KEY]).json(loop)
    assert copy[0] == "****" and copy[1] is copy


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=30), children, max_size=4)
    ),
    max_leaves=25,
)


@given(json_values, secrets)
def test_json_output_has_no_secret_and_keeps_the_shape(value: Any, secret: str) -> None:
    planted = {"planted": [value, secret, {secret: secret + "x"}]}
    out = Scrubber([secret]).json(planted)
    assert secret not in repr(out)
    assert out["planted"][1] == MASK and out["planted"][2] == {MASK: MASK + "x"}
    assert Scrubber([]).json(planted) == planted


# ------------------------------------------------------------------------ headers


def test_headers_mask_credentials_and_scrub_the_rest() -> None:
    scrub = Scrubber([KEY])
    shown = scrub.headers(
        httpx.Headers(
            {
                "Authorization": f"Key {KEY}",
                "Proxy-Authorization": "Basic dXNlcjpwYXNz",
                "Cookie": "session=abc",
                "Set-Cookie": "id=1",
                "X-Api-Key": "anything",
                "X-Auth-Token": "t",
                "X-Echo": f"you sent {KEY}",
                "X-Fal-Error-Type": "\x1b[2Jbad",
                "Content-Type": "application/json",
            }
        )
    )
    assert shown == {
        "authorization": "Key ****",
        "proxy-authorization": "Basic ****",
        "cookie": "****",
        "set-cookie": "****",
        "x-api-key": "****",
        "x-auth-token": "****",
        "x-echo": "you sent ****",
        "x-fal-error-type": "bad",
        "content-type": "application/json",
    }


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Bearer tok", "Bearer ****"),
        ("sk-raw-key-without-scheme", "****"),
        ("sk-raw-key with-space", "****"),  # not a known scheme: could be the secret
        ("Key", "****"),
        ("", "****"),
    ],
)
def test_authorization_shows_only_a_known_scheme(value: str, expected: str) -> None:
    assert Scrubber([]).headers({"Authorization": value}) == {"Authorization": expected}


# ------------------------------------------------------------------- api keys


@pytest.mark.parametrize(
    "key", ["sk-0123456789abcd", KEY, "abcdefghijklmnop", "a" * 200, "x:y/z+=_-.~!0123456"]
)
def test_good_keys_are_returned_unchanged(key: str) -> None:
    assert validate_api_key(key, "api_key=") == key


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (b"sk-0123456789", r"api_key= is bytes, not a str: decode it"),
        (bytearray(b"sk-0123456789"), "is bytearray, not a str"),
        (123456789, "has type int, not str: pass the key as text"),
        (None, "has type NoneType, not str"),
        ("sk-0123456789\n", "ends with a newline .*remove the trailing newline"),
        ("sk-0123456789\r\n", "remove the trailing newline"),
        (" sk-0123456789", "starts or ends with whitespace"),
        ("sk-0123456789 ", "starts or ends with whitespace"),
        ("sk-0123 456789", r"contains whitespace \(U\+0020\) at position 7 of 14"),
        ("sk-0123\t456789", r"whitespace \(U\+0009\)"),
        ("sk-01234\x00567", r"a control character \(U\+0000\) at position 8"),
        ("sk-01234\u200b567", r"a control character \(U\+200B\)"),
        ("sk-0123456789\u00e9", r"non-ASCII character \(U\+00E9\) at position 13 of 14"),
        ("sk-012", r"only 6 characters long; a key has at least 16"),
    ],
)
def test_bad_keys_say_what_to_fix_without_the_key(value: object, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message) as info:
        validate_api_key(value, "api_key=")
    text = str(info.value)
    assert "the API key from api_key=" in text
    if isinstance(value, str | bytes | bytearray):
        assert "0123" not in text and "456789" not in text


@pytest.mark.parametrize("value", ["", "   ", "\n"])
def test_an_empty_key_is_a_missing_key(value: str) -> None:
    with pytest.raises(MissingAPIKeyError, match="UNIAPI_API_KEY is (empty|blank)"):
        validate_api_key(value, "UNIAPI_API_KEY")


@given(st.text(max_size=30) | st.binary(max_size=12) | st.integers())
def test_the_key_check_accepts_exactly_what_it_promises(value: object) -> None:
    try:
        key = validate_api_key(value, "UNIAPI_API_KEY")
    except ConfigurationError as exc:
        assert "UNIAPI_API_KEY" in str(exc)
        if isinstance(value, str) and len(value.strip()) >= 6:
            assert value.strip() not in str(exc)
        return
    assert isinstance(value, str) and key == value
    assert len(key) >= MIN_KEY_LENGTH and key.isascii() and key.isprintable() and " " not in key
