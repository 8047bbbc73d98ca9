"""Reading a roll: an XLSX workbook (every sheet, streamed) or a CSV file in UTF-8 (with or
without BOM) or GBK, as Chinese Excel saves it. Yields one Row per filled line.

What cannot be read at all (not a spreadsheet, an encrypted workbook, an old .xls, an empty
file, one over the size limit) raises RollFileError with a message an editor understands.
"""

import csv
import io
import zipfile
from dataclasses import dataclass

from django.conf import settings
from openpyxl import load_workbook

from exhibits.rolls import columns

# An encrypted XLSX, like an old .xls, is an OLE compound file, not a zip.
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURE = b"PK\x03\x04"


class RollFileError(Exception):
    """The file as a whole cannot be read; the message says why, in Chinese."""


@dataclass(frozen=True)
class Row:
    sheet: str  # the sheet's name; "CSV" for a CSV file
    number: int  # the line number as Excel shows it (the header is line 1)
    values: dict  # {column: text}, only the known columns, stripped


@dataclass
class Sheet:
    """The rows of a roll, and the headers that were ignored."""

    rows: list
    ignored_headers: list


def read_roll(data, filename=""):
    """All rows of a roll given as bytes."""
    limit = settings.ROLL_MAX_BYTES
    if len(data) > limit:
        raise RollFileError(
            f"文件太大（{len(data) / 1_048_576:.1f} MB），上限为 {limit // 1_048_576} MB；"
            "请把名单分成几个文件导入。"
        )
    if not data.strip():
        raise RollFileError("文件是空的。")
    if data.startswith(OLE_SIGNATURE):
        raise RollFileError(
            "这个文件加了密码，或是旧版 Excel 的 .xls 格式：请在 Excel 中取消密码，"
            "并“另存为” Excel 工作簿（.xlsx）后再上传。"
        )
    if data.startswith(ZIP_SIGNATURE):
        return _read_workbook(data)
    if filename.lower().endswith((".xlsx", ".xlsm", ".xls")) or b"\x00" in data[:4096]:
        raise RollFileError("无法识别这个文件：请上传 Excel 工作簿（.xlsx）或 CSV 文件。")
    return _read_csv(_decode(data))


def _read_workbook(data):
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise RollFileError(
            "无法打开这个 Excel 文件，它可能已损坏或不是 Excel 工作簿（.xlsx）。"
        ) from error
    rows, ignored = [], []
    try:
        for worksheet in workbook.worksheets:
            lines = worksheet.iter_rows(values_only=True)
            sheet = _rows(worksheet.title, lines)
            rows += sheet.rows
            ignored += [h for h in sheet.ignored_headers if h not in ignored]
    finally:
        workbook.close()
    if not rows:
        raise RollFileError("文件里没有找到名单：第一行应是表头（姓名、荣誉称号、荣誉年份……）。")
    return Sheet(rows, ignored)


def _decode(data):
    for encoding in ("utf-8-sig", "gb18030"):  # gb18030 reads all of GBK and more
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise RollFileError("无法识别 CSV 文件的文字编码：请用 UTF-8 或 GBK 保存。")


def _read_csv(text):
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    sheet = _rows("CSV", csv.reader(io.StringIO(text), dialect))
    if not sheet.rows:
        raise RollFileError("文件里没有找到名单：第一行应是表头（姓名、荣誉称号、荣誉年份……）。")
    return sheet


def _rows(sheet_name, lines):
    """The header is the first line that has a 姓名 column; lines before it (a title
    such as 2026年度劳动模范名单) are skipped, and so are empty lines after it."""
    header, ignored, rows = None, [], []
    for number, line in enumerate(lines, start=1):
        cells = ["" if cell is None else _text(cell) for cell in line]
        if header is None:
            named = [columns.canonical(cell) for cell in cells]
            if columns.NAME in named:
                header = named
                # 错误 is the column of our own error report, uploaded again once fixed.
                ignored = [
                    c
                    for c, n in zip(cells, named, strict=True)
                    if c and n is None and c != columns.ERROR
                ]
            continue
        if not any(cells):
            continue
        values = {
            column: cell for column, cell in zip(header, cells, strict=False) if column and cell
        }
        rows.append(Row(sheet_name, number, values))
    if header is None:
        return Sheet([], [])
    return Sheet(rows, [f"{sheet_name}：{h}" for h in ignored])


def _text(cell):
    """A cell as text: 1975.0 (a number Excel stored) → "1975"."""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    return str(cell).strip()
