"""A hostile seeds folder, made on the fly: every case with what must become of it.

Each case is (file name, how to make it, expected outcome). The outcome is
``("document",)`` or ``("reject", stage, words of the message)``; names are
str, or bytes where the name is not UTF-8. Nothing here is checked in as a
binary: the bytes are generated.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable
from pathlib import Path

from pipeline.seeds import MAX_SEED_BYTES

TELEGRAM = (
    "Telegram from Moscow to Beijing, 5 July 1951.\n\n"
    "Comrade Mao Zedong: we agree with the plan outlined by you for the armistice talks at Kaesong.\n\n"
    "Filippov\n"
)
RUSSIAN = "Телеграмма из Москвы, 5 июля 1951 года.\n\nТоварищу Мао Цзэдуну: согласны с вашим планом переговоров в Кэсоне.\n"


def _text(extra: str) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.write_text(f"{TELEGRAM}\n{extra}\n", encoding="utf-8")

    return make


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _symlink(target: str) -> Callable[[Path], None]:
    return lambda path: path.symlink_to(target)


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _folder(path: Path) -> None:
    path.mkdir()
    (path / "inside.txt").write_text(TELEGRAM, encoding="utf-8")


def _unreadable(path: Path) -> None:
    path.write_text(TELEGRAM + "\nUnreadable copy.\n", encoding="utf-8")
    path.chmod(0o000)


def _hard_link(path: Path) -> None:
    os.link(path.parent / "dup-a.txt", path)


DOC = ("document",)
AS_ROOT = os.geteuid() == 0

CASES: list[tuple[str | bytes, Callable[[Path], None], tuple]] = [
    # names that once became SQL or paths
    ("O'Brien.txt", _text("O'Brien"), DOC),
    ('quote".txt', _text("double quote"), DOC),
    ("semi;colon.txt", _text("semicolon"), DOC),
    ("*", _text("a star"), DOC),
    ("?.txt", _text("a question mark"), DOC),
    ("[ab].txt", _text("brackets"), DOC),
    ("dots..in..name...txt", _text("dots"), DOC),
    ("a...b.txt", _text("three dots"), DOC),
    ("a.\u2026b.txt", _text("an ellipsis: once the same Dagster key as a...b.txt"), DOC),
    ("new\nline.txt", _text("newline in the name"), DOC),
    ("tab\tname.txt", _text("tab in the name"), DOC),
    ("-leading-dash.txt", _text("leading dash"), DOC),
    ("--help", _text("an option's name"), DOC),
    ("a" * 246 + ".txt", _text("a 250-byte name"), DOC),
    ("Ж" * 120 + ".txt", _text("a 244-byte Cyrillic name"), DOC),
    ("Телеграмма №709.txt", _text("Unicode name"), DOC),
    (b"caf\xe9-latin1-name.txt", _text("a name that is not UTF-8"), DOC),
    ("'); COPY (SELECT 42) TO 'pwned.txt'; --.txt", _text("SQL in the name"), DOC),
    ("x' UNION SELECT * FROM read_text('etc-passwd') --.txt", _text("SQL in the name, again"), DOC),
    ("$(touch pwned).txt", _text("shell in the name"), DOC),
    ("%s%n{files}.txt", _text("format strings in the name"), DOC),
    ("dataset.duckdb", _text("a release file's name"), DOC),
    ("latest", _text("the pointer's name"), DOC),
    # bytes that are not a document
    ("empty.txt", _bytes(b""), ("reject", "read", "empty")),
    ("spaces.txt", _bytes(b"   \n\t\n  \n"), ("reject", "read", "empty")),
    ("bom-only.txt", _bytes(codecs.BOM_UTF8), ("reject", "read", "no text")),
    ("nbsp-only.txt", _bytes("\u00a0\u3000\n\u200b".encode()), ("reject", "read", "no text")),
    ("image.png.txt", _bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 40), ("reject", "decode", "binary")),
    ("nuls.txt", _bytes(b"\x00" * 8000), ("reject", "decode", "binary")),
    ("controls.txt", _bytes(bytes(range(1, 9)) * 100), ("reject", "decode", "control characters")),
    ("too-big.txt", _bytes(b"a " * (MAX_SEED_BYTES // 2 + 1)), ("reject", "read", "more than the")),
    ("million-lines.txt", _bytes(b"ab\n" * 1_000_000), ("reject", "read", "lines")),
    ("one-long-line.txt", _bytes(b"word " * 60_000), ("reject", "read", "a line of")),
    ("one-long-paragraph.txt", _bytes(("word " * 9 + "end\n").encode() * 3500), ("reject", "parse", "a passage of")),
    # encodings that are documents
    ("utf16le-no-bom-ru.txt", _bytes(RUSSIAN.encode("utf-16-le")), DOC),
    ("utf16be-no-bom-en.txt", _bytes(TELEGRAM.encode("utf-16-be")), DOC),
    ("utf16-bom.txt", _bytes(codecs.BOM_UTF16_LE + RUSSIAN.encode("utf-16-le")), DOC),
    ("cp1251.txt", _bytes(RUSSIAN.encode("cp1251")), DOC),
    ("crlf.txt", _bytes(TELEGRAM.replace("\n", "\r\n").encode() + b"CRLF\r\n"), DOC),
    ("lone-cr.txt", _bytes(TELEGRAM.replace("\n", "\r").encode() + b"CR\r"), DOC),
    # text meant to break the pages made from it
    ("script.txt", _text("<script>alert(1)</script> ![x](https://tracker.example/p.png) | a | b |"), DOC),
    ("rtl.txt", _text("Report\u202etxt.exe dated 10 July 1951"), DOC),
    ("either-day.txt", _text("The delegation arrived in Kaesong on 24 or 25 July 1951 and met the envoys."), DOC),  # a date of alternatives
    # the same bytes under several names: one document, the other names recorded
    ("dup-a.txt", _text("duplicate"), DOC),
    ("dup-b.txt", _text("duplicate"), ("reject", "duplicate", "dup-a.txt")),
    ("dup-c.txt", _text("duplicate"), ("reject", "duplicate", "dup-a.txt")),
    ("dup-hard-link.txt", _hard_link, ("reject", "duplicate", "dup-a.txt")),
    # entries that are not files to read
    ("link-to-system-file.txt", _symlink("/etc/passwd"), ("reject", "skip", "symbolic link")),
    ("link-to-seed.txt", _symlink("O'Brien.txt"), ("reject", "skip", "symbolic link")),
    ("dangling-link.txt", _symlink("/nonexistent/nothing.txt"), ("reject", "skip", "symbolic link")),
    ("link-to-folder", _symlink("/etc"), ("reject", "skip", "symbolic link")),
    ("subfolder", _folder, ("reject", "skip", "folder")),
    (".hidden.txt", _text("hidden"), ("reject", "skip", "hidden")),
    (".DS_Store", _bytes(b"\x00\x00\x00\x01Bud1"), ("reject", "skip", "hidden")),
    ("pipe.txt", _fifo, ("reject", "skip", "not a regular file")),
    ("unreadable.txt", _unreadable, DOC if AS_ROOT else ("reject", "read", "permission denied")),
]


def display(name: str | bytes) -> str:
    """The name as the rejects and documents tables write it."""
    raw = name if isinstance(name, bytes) else os.fsencode(name)
    return raw.decode("utf-8", "backslashreplace")


def make_hostile_seeds(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, make, _ in CASES:
        raw = name if isinstance(name, bytes) else os.fsencode(name)
        make(folder / os.fsdecode(raw))
    return folder


def expectations() -> dict[str, tuple]:
    return {display(name): expected for name, _, expected in CASES}
