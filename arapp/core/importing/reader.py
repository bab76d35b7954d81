"""Read an import file (CSV in any encoding Excel writes in Israel, or XLSX) into a table
of raw cells, numbered as the owner sees the rows in Excel.

The kind of file is decided by its content, not its name: shops receive CSV files called
``.xls`` and workbooks without an extension. Every way a file can be unreadable ends in
:class:`ImportFailed` with a message for the owner, never in a traceback. Each message is a
constant English template with named values (see :class:`ImportRowError`), so the app can
show it translated.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import warnings
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import openpyxl

from arapp.core.errors import ImportFailed, ImportRowError
from arapp.core.importing.fields import cell_text, is_blank

#: Larger files are refused before reading: no shop's list is this big, but a video picked
#: by mistake is, and reading it whole would freeze the app.
MAX_FILE_BYTES = 64 * 1024 * 1024

DELIMITERS = (",", ";", "\t")

_ZIP = b"PK\x03\x04"
# The compound-file container of Excel 97-2003 .xls, which also wraps a password-protected
# .xlsx.
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PDF = b"%PDF"
_IMAGES = {b"\x89PNG": "PNG", b"\xff\xd8\xff": "JPEG", b"GIF8": "GIF"}
# C0 control characters never appear in a spreadsheet saved as text (tab, CR and LF do).
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_HEBREW_LETTER = re.compile("[\u05d0-\u05ea₪]")
_ARABIC_LETTER = re.compile("[\u0620-\u064a\u0671-\u06d3]")
_MARKUP = ("<!doctype", "<html", "<table", "<?xml")


@dataclass(frozen=True, slots=True)
class Table:
    """The cells of an import file, not yet interpreted.

    ``headers`` is row 1 as text (trailing blank header cells dropped). ``rows`` holds
    ``(spreadsheet row number, cells)`` for every row that is not fully blank; the first
    data row is row 2 and blank rows keep their number, so messages match what Excel
    shows. Each row has exactly ``len(headers)`` cells: ``str`` or ``None`` from CSV, the
    typed values (``int``, ``float``, ``datetime`` ...) or ``None`` from XLSX. ``encoding``
    and ``delimiter`` say how a CSV file was read (``None`` for XLSX).
    """

    headers: list[str]
    rows: list[tuple[int, list[object]]]
    encoding: str | None = None
    delimiter: str | None = None


def _failed(reason: str, row: int | None = None, **params: object) -> ImportFailed:
    """The whole file refused for one reason: ``reason`` is a constant English template
    whose named fields ``params`` fill (a test finds these templates for translation)."""
    return ImportFailed([ImportRowError(row, None, reason, **params)])


def read_table(path: Path) -> Table:
    """Read a CSV or XLSX file. Raises :class:`ImportFailed` (one error, row ``None``
    unless a row is named) when the file cannot be read, is empty or has only a header,
    is not a spreadsheet, is damaged, or its text cannot be decoded."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _failed(
                "the file is too large to import (over {limit} MB)", limit=MAX_FILE_BYTES >> 20
            )
        data = path.read_bytes()
    except OSError as exc:
        raise _failed(
            "cannot read the file “{name}”: {problem}",
            name=path.name,
            problem=exc.strerror or exc,
        ) from exc
    return table_from_bytes(data)


def table_from_bytes(data: bytes) -> Table:
    """:func:`read_table` for a file already in memory (a drop, a download)."""
    if not data.strip():
        raise _failed("the file is empty")
    if data.startswith(_ZIP):
        return _read_xlsx(data)
    if data.startswith(_OLE2):
        raise _failed(
            "this is an old Excel 97-2003 (.xls) file or a password-protected workbook; "
            "open it in Excel and save it as .xlsx without a password, or as CSV UTF-8"
        )
    text, encoding = _decode(data)
    if text.lstrip()[:16].lower().startswith(_MARKUP):
        raise _failed(
            "this is a web page (HTML) or XML file, not a spreadsheet; open it in Excel and "
            "save it as .xlsx or as CSV UTF-8"
        )
    return _read_csv(text, encoding)


# --- text --------------------------------------------------------------------------------


def decode_text(data: bytes) -> str:
    """The text of a CSV file: UTF-8 with or without BOM, UTF-16 (Excel's "Unicode Text"),
    or else Windows-1255 (Hebrew Excel) or Windows-1256 (Arabic Excel), whichever reads
    more letters of its own script (Hebrew on a tie: the shop is in Israel). Raises
    :class:`ImportFailed` for binary data and for damaged UTF-8 or UTF-16."""
    return _decode(data)[0]


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data, "utf-8-sig"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16"), "utf-16"
    utf16 = _bomless_utf16(data)
    if utf16:
        return _strict(data, utf16), utf16
    _refuse_binary(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if _mostly_utf8(data):
            # Legacy code pages would "read" these bytes too, as mojibake; better to stop.
            raise _failed(
                "the file is UTF-8 text with a damaged character on line {line}; fix that "
                "line or open it in Excel and save it as .xlsx or as CSV UTF-8",
                line=_line_of(data, exc.start),
            ) from None
    return _legacy(data)


def _strict(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _failed(
            "the file says it is {encoding} text but has an invalid character on line {line}; "
            "open it in Excel and save it as .xlsx or as CSV UTF-8",
            encoding=encoding.split("-sig")[0].upper(),
            line=_line_of(data, exc.start, encoding),
        ) from None
    _refuse_binary(text.encode("utf-8"))
    # Junk that happens to start with a byte-order mark decodes to characters no text
    # holds (unassigned, private use, the replacement mark): it is no spreadsheet, and not
    # one with "only the header row" (issue #21, defect 11).
    if any(unicodedata.category(ch) in ("Cn", "Co", "Cs") or ch == "\ufffd" for ch in text):
        raise _failed("this file is not a CSV or Excel (.xlsx) file: it holds binary data")
    return text


def _line_of(data: bytes, offset: int, encoding: str = "utf-8") -> int:
    return data[:offset].decode(encoding, errors="replace").count("\n") + 1


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes sit at every other position, as the high byte of
    Latin digits, commas and newlines in UTF-16 does; never for other binary data, which
    has NULs at both positions."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    if even.count(0) == 0 and odd.count(0) >= len(odd) // 5:
        return "utf-16-le"
    if odd.count(0) == 0 and even.count(0) >= len(even) // 5:
        return "utf-16-be"
    return None


def _refuse_binary(data: bytes) -> None:
    # A trailing Ctrl-Z is the end-of-file mark some old DOS programs append.
    if _CONTROL.search(data.rstrip(b"\x1a")):
        if data.startswith(_PDF):
            raise _failed("this file is a PDF document, not a CSV or Excel (.xlsx) file")
        for magic, image in _IMAGES.items():
            if data.startswith(magic):
                raise _failed(
                    "this file is a {image} image, not a CSV or Excel (.xlsx) file", image=image
                )
        raise _failed("this file is not a CSV or Excel (.xlsx) file: it holds binary data")


def _mostly_utf8(data: bytes) -> bool:
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd")
    return sum(1 for ch in text if ord(ch) > 127) - damaged > damaged


def _legacy(data: bytes) -> tuple[str, str]:
    """The code page that reads as text of its script (no garbage: see
    :func:`_refuse_mojibake`), and of those the one with more letters of its script."""
    best: tuple[bool, int, str, str] | None = None
    for encoding, letters in (("cp1255", _HEBREW_LETTER), ("cp1256", _ARABIC_LETTER)):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidate = (not _garbled(text, _LEGACY_ALLOWED[encoding]),
                     len(letters.findall(text)), text, encoding)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    assert best is not None  # every byte is defined in cp1256
    return best[2], best[3]


def sniff_delimiter(text: str) -> str:
    """The delimiter among ``,`` ``;`` and tab that splits the header line into the most
    columns (a comma on a tie, as in any CSV)."""
    first_line = text.split("\n", 1)[0].rstrip("\r")

    def columns(delimiter: str) -> int:
        try:
            return len(next(csv.reader([first_line], delimiter=delimiter), []))
        except csv.Error:
            return 0

    return max(DELIMITERS, key=columns)


def _read_csv(text: str, encoding: str) -> Table:
    text = text.rstrip("\x1a")
    # Excel writes and honours a first line "sep=;" that names the delimiter; it is not a row.
    directive = re.match(r"sep=(.)\r?\n", text, re.IGNORECASE)
    if directive:
        delimiter, text = directive[1], text[directive.end() :]
    else:
        delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        records: list[Sequence[object]] = list(reader)
    except csv.Error as exc:
        raise _failed(
            "the CSV file is malformed on line {line}: {problem}",
            line=reader.line_num,
            problem=exc,
        ) from None
    if encoding in _LEGACY_ALLOWED:
        _refuse_mojibake(records, encoding)
    return _table(records, encoding=encoding, delimiter=delimiter)


#: Besides ASCII and the letters of its own script, what a Hebrew or an Arabic Windows
#: spreadsheet holds: the shekel and euro signs, dashes, curly quotes, ellipsis, a
#: no-break space, multiplication and degree signs (issue #21, defect 6).
_COMMON = "₪€–—“”‘’„…\u00a0×÷°"
_LEGACY_ALLOWED = {
    "cp1255": re.compile(f"[\u0591-\u05f4\ufb1d-\ufb4f{_COMMON}]"),
    "cp1256": re.compile(f"[\u0600-\u06ff\u200c-\u200f{_COMMON}]"),
}
_LATIN = re.compile("[A-Za-z]")
_WORD = re.compile(r"[^\W\d_]+")


def _refuse_mojibake(records: list[Sequence[object]], encoding: str) -> None:
    """A file with no UTF-8 marks is read as Windows Hebrew or Arabic; text in another
    code page (Latin-1 "Café", Mac Roman, Shift-JIS) decodes too, as garbage. Refuse it,
    naming the first cell that does not read as Hebrew or Arabic text: a character from
    neither script, or a word that mixes Latin letters with the script's."""
    allowed = _LEGACY_ALLOWED[encoding]
    header = records[0] if records else []
    for number, record in enumerate(records, start=1):
        for index, cell in enumerate(record):
            text = str(cell)
            if text.isascii() or not _garbled(text, allowed):
                continue
            column = str(header[index]) if number > 1 and index < len(header) else None
            raise ImportFailed([ImportRowError(
                number, column,
                "the text “{text}” reads as garbage: the file is not UTF-8, Windows Hebrew or "
                "Windows Arabic text; open it in Excel and save it as .xlsx or as CSV UTF-8",
                text=text[:40],
            )])


def _garbled(text: str, allowed: re.Pattern[str]) -> bool:
    if any(not ch.isascii() and not allowed.match(ch) for ch in text):
        return True
    # A run of letters mixing the script's with Latin ones ("Cafי") is no word of either.
    return any(_LATIN.search(word) and not word.isascii() for word in _WORD.findall(text))


# --- XLSX --------------------------------------------------------------------------------


#: A workbook's limits, checked before openpyxl reads it (issue #21, defect 7: a 355 KB
#: workbook of a million rows took two minutes and 6 GB). No shop imports more rows than
#: this at once; the uncompressed size stops a "zip bomb".
MAX_XLSX_ROWS = 250_000
MAX_XLSX_UNCOMPRESSED = 512 * 1024 * 1024


def _refuse_oversized_xlsx(data: bytes) -> None:
    """Count the rows of every worksheet by streaming its XML, without parsing it."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return  # _read_xlsx says it is damaged
    with archive:
        members = archive.infolist()
        if sum(m.file_size for m in members) > MAX_XLSX_UNCOMPRESSED:
            raise _failed(
                "the workbook is too large to import (over {limit} MB unpacked)",
                limit=MAX_XLSX_UNCOMPRESSED >> 20,
            )
        unpacked = 0
        for member in members:
            if not (member.filename.startswith("xl/worksheets/")
                    and member.filename.endswith(".xml")):
                continue
            rows, tail = 0, b""
            try:
                with archive.open(member) as stream:
                    while chunk := stream.read(1 << 20):
                        unpacked += len(chunk)
                        if unpacked > MAX_XLSX_UNCOMPRESSED:  # the sizes it claims may lie
                            raise _failed(
                                "the workbook is too large to import (over {limit} MB "
                                "unpacked)", limit=MAX_XLSX_UNCOMPRESSED >> 20,
                            )
                        window = tail + chunk
                        rows += window.count(b"<row ") + window.count(b"<row>")
                        rows -= tail.count(b"<row ") + tail.count(b"<row>")
                        tail = window[-5:]
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError):
                return  # damaged: _read_xlsx says so
            if rows > MAX_XLSX_ROWS:
                raise _failed(
                    "the workbook has {rows} rows; at most {limit} can be imported at once: "
                    "split it into smaller files",
                    rows=rows, limit=MAX_XLSX_ROWS,
                )


def _read_xlsx(data: bytes) -> Table:
    _refuse_oversized_xlsx(data)
    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it drops; values are unaffected.
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                sheets = book.worksheets
                if not sheets:
                    raise _failed("the workbook has no worksheet")
                # The sheet the owner sees on opening the file, unless that is a chart.
                sheet = book.active if book.active in sheets else sheets[0]
                # Some programs write a wrong size into the sheet; read what is there.
                sheet.reset_dimensions()
                records: list[Sequence[object]] = list(sheet.iter_rows(values_only=True))
            finally:
                book.close()
    except ImportFailed:
        raise
    except zipfile.BadZipFile:
        raise _failed(
            "the Excel file is damaged or incomplete (perhaps not fully copied or downloaded); "
            "open it in Excel and save it again"
        ) from None
    except Exception:
        # openpyxl reports a damaged or foreign archive (a .docx, an .ods) with whatever its
        # zip and XML layers raise; for the owner each means the same thing.
        raise _failed(
            "the file could not be read as an Excel workbook; open it in Excel and save it as "
            ".xlsx or as CSV UTF-8"
        ) from None
    return _table(records, encoding=None, delimiter=None)


# --- both --------------------------------------------------------------------------------


def _table(
    records: list[Sequence[object]], *, encoding: str | None, delimiter: str | None
) -> Table:
    """Header from the first record, blank rows dropped, each row cut or padded to the
    header's width."""
    if all(is_blank(value) for record in records for value in record):
        raise _failed("the file is empty")
    headers = [cell_text(value) for value in records[0]]
    while headers and not headers[-1]:
        headers.pop()
    if not headers:
        raise _failed("row 1 must hold the column names, but it is empty", row=1)
    width = len(headers)
    rows: list[tuple[int, list[object]]] = []
    misaligned: list[ImportRowError] = []
    for number, record in enumerate(records[1:], start=2):
        cells = list(record)
        if all(is_blank(value) for value in cells):
            continue
        used = max(i for i, value in enumerate(cells) if not is_blank(value)) + 1
        # In CSV a value past the last header is almost always an unquoted delimiter inside a
        # value (1,234.50): the row's cells are shifted, so none can be trusted. In XLSX it
        # is a note beside the table, ignored like an unknown column.
        if delimiter is not None and used > width:
            misaligned.append(_misaligned(number, used, width, delimiter))
        rows.append((number, cells[:width] + [None] * (width - len(cells))))
    if misaligned:
        raise ImportFailed(misaligned)
    if not rows:
        raise _failed("the file has only the header row; there are no rows to import")
    return Table(headers, rows, encoding, delimiter)


def _misaligned(row: int, used: int, width: int, delimiter: str) -> ImportRowError:
    if delimiter == ",":
        return ImportRowError(
            row,
            None,
            "this row has {used} values but the header has {width} columns; a value that "
            "contains a comma (like 1,234.50) must be inside double quotes",
            used=used,
            width=width,
        )
    if delimiter == ";":
        return ImportRowError(
            row,
            None,
            "this row has {used} values but the header has {width} columns; a value that "
            "contains a semicolon must be inside double quotes",
            used=used,
            width=width,
        )
    if delimiter == "\t":
        return ImportRowError(
            row,
            None,
            "this row has {used} values but the header has {width} columns; a value that "
            "contains a tab must be inside double quotes",
            used=used,
            width=width,
        )
    return ImportRowError(
        row,
        None,
        "this row has {used} values but the header has {width} columns; a value that "
        "contains “{delimiter}” must be inside double quotes",
        used=used,
        width=width,
        delimiter=delimiter if delimiter.isprintable() else repr(delimiter)[1:-1],
    )
