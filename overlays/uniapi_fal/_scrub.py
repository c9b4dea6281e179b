"""Scrubbing what a server sent before it reaches a message, attribute, log line or file.

A server may echo the key back (in a body, a header, an error type), or send terminal
escapes, control characters or lone surrogates that garble or spoof a terminal and break
encoders. Each client owns one `Scrubber` holding its own key: redaction is per client,
so one client's key never blanks text in another's messages.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, quote_plus

from ._exceptions import ConfigurationError, MissingAPIKeyError

MASK = "****"
MIN_KEY_LENGTH = 16
"""UniAPI and fal keys are far longer. A short key could also be an everyday word, which
blanking it in server answers (`Scrubber.json`) would corrupt."""

# The patterns below are compiled on first use (`_unsafe`, `_credential_header`), not on
# `import uniapi_fal`: together ~0.9 ms, and most processes never see text that needs them.

# Terminal escape sequences (ECMA-48): CSI (ESC [ or 8-bit 0x9B), control strings (OSC,
# DCS, SOS, PM, APC) up to their terminator or the next control character, and the other
# two-byte escapes. Removing every control character already disarms them; this also
# drops their printable residue ("[31m").
_ANSI = (
    r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x00-\x1f\x7f-\x9f]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]?"
)
_LINE_BREAK = "\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]"
# C0 and C1 controls but \t and \n, DEL, and the bidirectional controls that reorder
# what a terminal shows ("Trojan Source").
_CONTROL = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
_SURROGATE = "[\ud800-\udfff]"
_PERCENT = re.compile("%([0-9A-F]{2})")
_CREDENTIAL_HEADER = (
    r"^(?:proxy-)?authorization$|cookie|token|secret|passw|api[-_]?key|^x-auth|session"
    r"|credential"
)


_Pattern = re.Pattern[str]


@functools.cache
def _unsafe() -> tuple[_Pattern, _Pattern, _Pattern, _Pattern]:
    """What `Scrubber.text` needs for text that is not plain printable ASCII: the
    surrogate, ANSI, line break and control patterns."""
    return (
        re.compile(_SURROGATE),
        re.compile(_ANSI),
        re.compile(_LINE_BREAK),
        re.compile(_CONTROL),
    )


@functools.cache
def _credential_header() -> re.Pattern[str]:
    return re.compile(_CREDENTIAL_HEADER, re.IGNORECASE)


_SCHEMES = frozenset({"basic", "bearer", "digest", "key", "negotiate", "token"})
"""Authorization schemes shown before the mask; anything else might be the secret itself."""


def _encoded_pattern(encoded: str) -> str:
    """A regex for a percent-encoded form, its hex digits in either case (%3a, %3A)."""
    out = []
    position = 0
    for match in _PERCENT.finditer(encoded):
        out.append(re.escape(encoded[position : match.start()]))
        digits = "".join(f"[{c}{c.lower()}]" if c.isalpha() else c for c in match.group(1))
        out.append("%" + digits)
        position = match.end()
    out.append(re.escape(encoded[position:]))
    return "".join(out)


def _as_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode("utf-8", "replace")
    try:
        return str(value)
    except Exception:  # a hostile __str__ must not replace the error being reported
        return f"<{type(value).__name__} that cannot be shown>"


class Scrubber:
    """Blanks one client's secrets and makes server text safe to show and store."""

    __slots__ = ("_pattern",)

    def __init__(self, secrets: Iterable[str]) -> None:
        forms: dict[str, int] = {}
        for secret in secrets:
            if not isinstance(secret, str):
                raise TypeError(f"a secret must be a str, not {type(secret).__name__}")
            if not secret:
                continue  # an empty secret would match everywhere
            forms[re.escape(secret)] = len(secret)
            for encoded in (quote(secret, safe=""), quote_plus(secret, safe="")):
                if encoded != secret:
                    forms[_encoded_pattern(encoded)] = len(encoded)
        # Longest first: a secret that contains another is blanked whole, not around it.
        ordered = sorted(forms, key=lambda form: forms[form], reverse=True)
        self._pattern = re.compile("|".join(ordered)) if ordered else None

    def _mask(self, text: str) -> str:
        return self._pattern.sub(MASK, text) if self._pattern is not None else text

    def also(self, secret: str) -> Scrubber:
        """This scrubber, blanking `secret` as well (a token a server handed out)."""
        patterns = [p.pattern for p in (Scrubber([secret])._pattern, self._pattern) if p]
        joined = Scrubber(())
        joined._pattern = re.compile("|".join(patterns)) if patterns else None
        return joined

    def text(self, value: object, limit: int = 300, *, multiline: bool = False) -> str:
        """`str(value)` (bytes decoded as UTF-8) made safe to show, at most `limit` characters
        plus a marker saying how many more were cut.

        Secrets become `****`; terminal escapes and control characters are removed (`\\n`
        and `\\t` kept with `multiline=True`, else spaces); lone surrogates become U+FFFD.
        Secrets are blanked before and after the removal (removing a character must not
        join a secret's pieces) and before the cut (none is left half-visible).
        """
        if limit < 0:
            raise ValueError(f"limit must be >= 0 characters, not {limit}")
        text = self._mask(_as_text(value))
        if not (text.isascii() and text.isprintable()):
            surrogate, ansi, line_break, control = _unsafe()
            text = surrogate.sub("\ufffd", text)
            text = ansi.sub("", text)
            text = line_break.sub("\n", text)
            if not multiline:
                text = text.replace("\n", " ").replace("\t", " ")
            text = control.sub("", text)
            text = self._mask(text)
        if len(text) <= limit:
            return text
        return f"{text[:limit]}… [{len(text) - limit} more characters cut]"

    def json(self, value: Any) -> Any:
        """A copy of JSON data with the secrets blanked in every string, keys included.

        Strings are not cut or cleaned: this is data, kept as sent. Walked without
        recursion; containers met twice are copied once (so a cycle cannot loop).
        """
        if self._pattern is None and not isinstance(value, dict | list):
            return value
        copies: dict[int, Any] = {}
        root: list[Any] = [None]
        stack: list[tuple[Any, Any, Any]] = [(value, root, 0)]
        while stack:
            source, parent, slot = stack.pop()
            if isinstance(source, str):
                parent[slot] = self._mask(source)
            elif isinstance(source, dict | list | tuple):
                copy = copies.get(id(source))
                if copy is None:
                    if isinstance(source, dict):
                        copy = {}
                        for key, child in source.items():
                            new_key = self._mask(key) if isinstance(key, str) else key
                            copy[new_key] = None
                            stack.append((child, copy, new_key))
                    else:
                        copy = [None] * len(source)
                        stack.extend((child, copy, i) for i, child in enumerate(source))
                    copies[id(source)] = copy
                parent[slot] = copy
            else:
                parent[slot] = source
        return root[0]

    def headers(self, headers: Mapping[str, str]) -> dict[str, str]:
        """Headers safe to log: credential-looking ones masked (`Key ****`), all scrubbed."""
        shown: dict[str, str] = {}
        for name, value in headers.items():
            shown_name = self.text(name, 100)
            if _credential_header().search(name):
                scheme, space, rest = value.strip().partition(" ")
                known = space and rest and scheme.lower() in _SCHEMES
                shown[shown_name] = f"{scheme} {MASK}" if known else MASK
            else:
                shown[shown_name] = self.text(value)
        return shown


def validate_api_key(value: object, source: str) -> str:
    """`value` if it can be an API key, else `ConfigurationError` saying what to fix.

    Refused: anything but a str, whitespace or control characters anywhere (a newline
    left by reading a file is the usual one), non-ASCII characters, fewer than
    `MIN_KEY_LENGTH` characters. The message names `source` ("api_key=",
    "UNIAPI_API_KEY") and at most the key's length, never the key.
    """
    where = f"the API key from {source}"
    if isinstance(value, bytes | bytearray):
        raise ConfigurationError(
            f"{where} is {type(value).__name__}, not a str: decode it first (key.decode('ascii'))"
        )
    if not isinstance(value, str):
        raise ConfigurationError(
            f"{where} has type {type(value).__name__}, not str: pass the key as text"
        )
    if not value.strip():
        raise MissingAPIKeyError(
            f"{where} is {'empty' if not value else 'blank'}: set it to your UniAPI (or fal) key"
        )
    stripped = value.rstrip("\r\n")
    if stripped != value and _clean_key(stripped):
        raise ConfigurationError(
            f"{where} ends with a newline (as read from a file?): remove the trailing "
            f"newline, e.g. with .strip()"
        )
    if value != value.strip() and _clean_key(value.strip()):
        raise ConfigurationError(
            f"{where} starts or ends with whitespace: remove it, e.g. with .strip()"
        )
    for position, char in enumerate(value):
        if char.isspace() or not char.isprintable():
            kind = "whitespace" if char.isspace() else "a control character"
            raise ConfigurationError(
                f"{where} contains {kind} (U+{ord(char):04X}) at position {position} of "
                f"{len(value)}: a key has none; copy it again from your dashboard"
            )
        if not char.isascii():
            raise ConfigurationError(
                f"{where} contains a non-ASCII character (U+{ord(char):04X}) at position "
                f"{position} of {len(value)}: keys are ASCII; was it pasted through a word "
                f"processor? Copy it again from your dashboard"
            )
    if len(value) < MIN_KEY_LENGTH:
        raise ConfigurationError(
            f"{where} is only {len(value)} characters long; a key has at least "
            f"{MIN_KEY_LENGTH}: check that it was copied whole"
        )
    return value


def _clean_key(value: str) -> bool:
    return bool(value) and value.isascii() and value.isprintable() and " " not in value
