"""Text from the services as a terminal shows it.

Stored text may hold what was accepted before the API refused control characters, or what came in another way:
an escape sequence can rewrite an auditor's screen, a carriage return or newline forge a line, a bidi override
make text read backwards. Each such character is shown as a visible escape instead (\\x1b, \\n, \\u202e).
"""
import re

_HIDDEN = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match):
    c = match.group()
    return _NAMED.get(c) or (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")


def shown(value):
    """`value` as visible text on one line; None is empty."""
    return "" if value is None else _HIDDEN.sub(_escape, str(value))


def say(line):
    """Prints one line whose parts may hold stored text."""
    print(shown(line))
