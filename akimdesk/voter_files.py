"""Reading voter-list files (CSV in any common encoding, or XLSX) into a header and rows."""

from __future__ import annotations

import csv
import io
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from akimdesk.core.errors import BadInput
from akimdesk.core.message import Message, os_error_message
from akimdesk.core.voters import VoterRow, column_key, gc_paused, parse_voter_rows

Progress = Callable[[int], None]
Cells = list[Any]
Row = tuple[int, Cells]

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_DELIMITERS = (";", ",", "\t")
_SNIFF_CHARS = 32768
_HEADER_SEARCH_ROWS = 30
_PROGRESS_EVERY = 5000
_CONTROL = frozenset(chr(c) for c in range(32)) - {"\t", "\n", "\r"}


def read_voter_file(path: Path, progress: Progress | None = None) -> tuple[Cells, list[Row]]:
    """The header cells and the (row number, cells) data rows of a CSV or XLSX voter list."""
    _, header, rows = read_voter_table(path, progress)
    return header, rows


def read_voter_table(path: Path, progress: Progress | None = None) -> tuple[int, Cells, list[Row]]:
    """Like read_voter_file, but also gives the row number the header was found on."""
    path = Path(path)
    data = _read_bytes(path)
    with gc_paused():
        if data.startswith(_ZIP_MAGIC):
            records = _xlsx_records(path, data, progress)
        elif data.startswith(_OLE_MAGIC):
            raise _unreadable(path, Message("file-reason-old-workbook"))
        else:
            text = _decode(path, data)
            del data  # a big list is then held once (as text), not twice, while it is parsed
            records = _csv_records(path, text, progress)
            del text
        if progress is not None:
            progress(len(records))
        return _split_header(path, records)


def load_voter_list(
    path: Path,
    *,
    election_date: date,
    today: date,
    progress: Progress | None = None,
) -> list[VoterRow]:
    """Read and validate a voter-list file; raises BadInput or InputRejected."""
    header_row, header, rows = read_voter_table(Path(path), progress)
    return parse_voter_rows(
        Path(path).name, header, rows,
        election_date=election_date, today=today, header_row=header_row,
    )


def _unreadable(path: Path, reason: Message) -> BadInput:
    return BadInput("file-unreadable", file=str(path), reason=reason)


def _read_bytes(path: Path) -> bytes:
    if path.is_dir():
        raise _unreadable(path, Message("os-error-is-a-folder"))
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise _unreadable(path, Message("os-error-not-found")) from None
    except OSError as exc:
        raise _unreadable(path, os_error_message(exc)) from None


def _decode(path: Path, data: bytes) -> str:
    if data.startswith(_UTF16_BOMS):
        # Excel's "Unicode text" export is UTF-16 with a byte-order mark.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _unreadable(path, Message("file-reason-broken-utf16")) from None
    if data.startswith(_UTF8_BOM):
        try:
            return data[len(_UTF8_BOM):].decode("utf-8")
        except UnicodeDecodeError:
            raise _unreadable(path, Message("file-reason-broken-utf8")) from None
    if b"\x00" in data:
        raise _unreadable(path, Message("file-reason-not-text"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1251")
        except UnicodeDecodeError:
            raise _unreadable(path, Message("file-reason-unknown-encoding")) from None
    sample = text[:65536]
    if sample and sum(map(_CONTROL.__contains__, sample)) * 200 > len(sample):
        raise _unreadable(path, Message("file-reason-not-text"))
    return text


def _choose_delimiter(text: str) -> str:
    """The delimiter giving the header the most columns, preferring one the next rows agree with."""
    head = text[:_SNIFF_CHARS]
    best, best_score = ",", (-1, -1)
    for delimiter in _DELIMITERS:
        reader = csv.reader(io.StringIO(head, newline=""), delimiter=delimiter)
        try:
            records = [record for record in reader if record]
        except csv.Error:
            continue
        if not records or len(records[0]) < 2:
            continue
        width = len(records[0])
        # The last sampled record may be cut short, so it does not vote.
        agreeing = sum(1 for r in records[1:-1] if len(r) == width)
        score = (agreeing, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _counted(records: Iterable[Cells], progress: Progress | None) -> list[Cells]:
    if progress is None:
        return list(records)
    result: list[Cells] = []
    for record in records:
        result.append(record)
        if len(result) % _PROGRESS_EVERY == 0:
            progress(len(result))
    return result


# A line and its ending, as a file opened with newline="" gives them: "\r\n", "\n" or "\r".
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def _lines(text: str) -> Iterator[str]:
    """The lines of `text` one at a time (an io.StringIO would first copy the whole text at 4 bytes a letter)."""
    return map(re.Match.group, _LINE.finditer(text))


def _csv_records(path: Path, text: str, progress: Progress | None) -> list[Cells]:
    reader = csv.reader(_lines(text), delimiter=_choose_delimiter(text))
    try:
        return _counted(reader, progress)
    except csv.Error:
        raise _unreadable(path, Message("file-reason-malformed-csv")) from None


def _xlsx_records(path: Path, data: bytes, progress: Progress | None) -> list[Cells]:
    # openpyxl takes a while to import and only workbooks need it.
    from openpyxl import load_workbook

    workbook = None
    try:
        with warnings.catch_warnings():
            # Workbooks from other programs often lack styles openpyxl expects; that is harmless.
            warnings.simplefilter("ignore")
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            if not workbook.worksheets:
                raise _unreadable(path, Message("file-reason-no-worksheet"))
            sheet = workbook.worksheets[0]
            # Some programs write a wrong used range, which would cut the list short.
            sheet.reset_dimensions()
            return _counted(map(list, sheet.iter_rows(values_only=True)), progress)
    except BadInput:
        raise
    except Exception:  # openpyxl and zipfile raise many unrelated exception types
        raise _unreadable(path, Message("file-reason-not-a-workbook")) from None
    finally:
        if workbook is not None:
            workbook.close()


def _is_blank(cells: Cells) -> bool:
    for cell in cells:
        if cell is not None and (not isinstance(cell, str) or cell.strip()):
            return False
    return True


def _header_index(records: list[Cells]) -> int | None:
    """Index of the header: the first record naming three known columns, else the first filled."""
    first = None
    for index, cells in enumerate(records[:_HEADER_SEARCH_ROWS]):
        if _is_blank(cells):
            continue
        if first is None:
            first = index
        # Official lists often carry a title such as the precinct name above the header.
        if len({key for key in map(column_key, cells) if key is not None}) >= 3:
            return index
    if first is None:
        first = next((i for i, cells in enumerate(records) if not _is_blank(cells)), None)
    return first


def _split_header(path: Path, records: list[Cells]) -> tuple[int, Cells, list[Row]]:
    start = _header_index(records)
    if start is None:
        raise _unreadable(path, Message("file-reason-no-header"))
    rows = [
        (number, cells)
        for number, cells in enumerate(records[start + 1:], start + 2)
        if not _is_blank(cells)
    ]
    return start + 1, records[start], rows
