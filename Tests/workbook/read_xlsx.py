#!/usr/bin/python3
"""Reads a workbook with openpyxl (Debian's python3-openpyxl, installed by `make deps`) — a reader neuvo's authors
did not write — and prints it as JSON for the tests: each sheet's name, frozen panes, column widths and every
non-empty cell's value, type (`n` number, `s` text, `d` date-time, `f` formula, `b` boolean) and number format.
Date-times are written `YYYY-MM-DDTHH:MM:SS`, as the spreadsheet shows them (no zone).

    /usr/bin/python3 Tests/workbook/read_xlsx.py FILE.xlsx
"""

import datetime
import json
import sys

import openpyxl


def cell(c):
    value = c.value
    if isinstance(value, datetime.datetime):
        return {"v": value.strftime("%Y-%m-%dT%H:%M:%S"), "t": "d", "f": c.number_format}
    if isinstance(value, bool):
        return {"v": value, "t": "b", "f": c.number_format}
    if isinstance(value, (int, float)):
        return {"v": value, "t": "n", "f": c.number_format}
    return {"v": value, "t": "f" if c.data_type == "f" else "s", "f": c.number_format, "bold": bool(c.font and c.font.b)}


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    sheets = []
    for sheet in book.worksheets:
        rows = []
        for row in sheet.iter_rows():
            cells = [cell(c) if c.value is not None else None for c in row]
            while cells and cells[-1] is None:
                cells.pop()
            rows.append(cells)
        while rows and not rows[-1]:
            rows.pop()
        widths = {key: dim.width for key, dim in sheet.column_dimensions.items() if dim.width}
        sheets.append({"name": sheet.title, "freeze": sheet.freeze_panes, "widths": widths, "rows": rows})
    json.dump({"sheets": sheets}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
