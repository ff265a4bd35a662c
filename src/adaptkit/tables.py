"""Reporting-sheet data: tables from CSV, XLSX, YAML or JSON, checked and computed.

Sheets (budgets and workplans, financial and activity reports) read tables:

``donors``
    ``code``, ``name``.
``budget_lines``
    ``code``, ``description``, then one column per donor code holding that
    donor's amount; optional ``actual:<DONOR>`` columns with what was spent,
    and ``share:<DONOR>`` columns with an allocation key in percent (they must
    add up to 100). In YAML or JSON the same is ``amounts: {DONOR: n}``,
    ``actuals: {...}``, ``shares: {...}``.
``activities``
    ``code``, ``title``, ``quarters`` (``"1,3"``), ``responsible``; optional counts
    ``participants`` and ``organisations``.
``indicators``
    ``code``, ``indicator``, ``baseline``, ``target``, optional ``actual``.

A CSV file is one table, named after the file (``budget_lines.csv``); an XLSX
workbook holds one table per sheet, named after the sheet. adaptkit then
computes what reports need — each line's total, actual total and variance;
each donor's total, actual and share of the budget; the budget's totals; each
indicator's progress — so templates never do arithmetic. A bad value is an
error naming the file, sheet, row and column.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from adaptkit.errors import DataError

REQUIRED = {
    "donors": ("code", "name"),
    "budget_lines": ("code", "description"),
    "activities": ("code", "title"),
    "indicators": ("indicator", "baseline", "target"),
}
# Budget-line columns that are not donor amounts.
_LINE_FIELDS = {"code", "description", "category", "activity", "unit", "quantity", "unit_cost", "notes", "note",
                "comment", "comments", "explanation", "responsible", "status", "amounts", "actuals", "shares"}
_NUMBER_FIELDS = {"indicators": ("baseline", "target", "actual"), "budget_lines": ("quantity", "unit_cost"),
                  "activities": ("participants", "organisations")}
TABLE_SUFFIXES = (".csv", ".xlsx")


@dataclass(frozen=True)
class Origin:
    """Where a row came from, for messages."""

    file: str
    sheet: str | None
    row: int  # 1-based, as the spreadsheet numbers it (the header is row 1)
    columns: dict[str, str]  # column name -> letter ("C")

    def place(self, column: str | None = None) -> str:
        where = f"sheet {self.sheet} " if self.sheet else ""
        where += f"row {self.row}"
        if column is not None:
            letter = self.columns.get(column)
            where += f" column {letter} ({column})" if letter else f" column {column}"
        return where


class Row(dict):
    """A table row: a mapping templates read like any other, that remembers where it came from."""

    origin: Origin | None = None


def load_table_file(path: Path) -> dict[str, list[Row]]:
    """Tables from a .csv (one table) or an .xlsx (one table per sheet)."""
    name = str(path)
    if not path.is_file():
        raise DataError("data file not found", file=name, hint="check the path given to --data")
    if path.suffix.lower() == ".csv":
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise DataError("not UTF-8 text", file=name, hint="save the CSV as UTF-8") from None
        rows = list(csv.reader(io.StringIO(text)))
        return {path.stem: _rows(rows, name, None, path.stem)}
    try:
        import openpyxl

        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        raise DataError(f"not a readable .xlsx workbook ({type(exc).__name__})", file=name,
                        hint="save it from Excel or LibreOffice as .xlsx") from None
    try:
        return {sheet.title: _rows([list(r) for r in sheet.iter_rows(values_only=True)], name, sheet.title,
                                   sheet.title) for sheet in workbook.worksheets}
    finally:
        workbook.close()


def _rows(rows: list[list[Any]], file: str, sheet: str | None, table: str) -> list[Row]:
    rows = [row for row in rows if any(cell not in (None, "") for cell in row)]
    if not rows:
        return []
    header = [str(cell).strip() if cell is not None else "" for cell in rows[0]]
    columns = {name: _letter(index) for index, name in enumerate(header) if name}
    for required in REQUIRED.get(table, ()):
        if required not in columns:
            where = f"sheet {sheet}" if sheet else None
            raise DataError(f"missing column '{required}' in table {table}", file=file, where=where,
                            hint=f"the first row must name the columns: {', '.join(REQUIRED[table])}, ...")
    result = []
    for number, values in enumerate(rows[1:], 2):
        row = Row({name: _cell(values[index] if index < len(values) else None)
                   for index, name in enumerate(header) if name})
        row.origin = Origin(file, sheet, number, columns)
        result.append(row)
    return result


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value if value else None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


# -- computing what reports need -------------------------------------------------------------


def prepare(context: dict[str, Any]) -> None:
    """Check the tables in ``context`` and add the computed values, in place."""
    donors = context.get("donors")
    if not _is_table(donors):
        donors = None  # a plain list of names under this name is the template's own business
    codes = [str(d.get("code")) for d in donors] if donors is not None else None
    lines = context.get("budget_lines")
    if _is_table(lines) and lines:
        context["budget"] = _budget(lines, codes)
        if donors is not None:
            by_donor = context["budget"]["by_donor"]
            actual_by_donor = context["budget"]["actual_by_donor"]
            total = context["budget"]["total"]
            for donor in donors:
                code = str(donor.get("code"))
                donor["total"] = by_donor.get(code, Decimal(0))
                donor["share"] = (donor["total"] / total) if total else Decimal(0)
                donor["actual"] = actual_by_donor.get(code, Decimal(0))
                donor["variance"] = donor["total"] - donor["actual"]
    activities = context.get("activities")
    if _is_table(activities):
        for index, activity in enumerate(activities, 1):
            for field in _NUMBER_FIELDS["activities"]:  # counts, so that templates can add them up
                if activity.get(field) not in (None, ""):
                    activity[field] = _number(activity[field], activity, "activities", index, field)
            quarters = activity.get("quarters")
            if isinstance(quarters, (str, int)):
                activity["quarters"] = _quarters(quarters, activity, index)
    indicators = context.get("indicators")
    if _is_table(indicators):
        for index, indicator in enumerate(indicators, 1):
            for field in _NUMBER_FIELDS["indicators"]:
                if indicator.get(field) not in (None, ""):
                    indicator[field] = _number(indicator[field], indicator, "indicators", index, field)
            baseline, target, actual = (indicator.get(f) for f in ("baseline", "target", "actual"))
            if actual is not None and baseline is not None and target is not None and target != baseline:
                indicator["progress"] = (actual - baseline) / (target - baseline)


def _is_table(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(row, dict) for row in value)


def _budget(lines: list[Any], donor_codes: list[str] | None) -> dict[str, Any]:
    by_donor: dict[str, Decimal] = {code: Decimal(0) for code in donor_codes or []}
    actual_by_donor: dict[str, Decimal] = {code: Decimal(0) for code in donor_codes or []}
    total = actual_total = Decimal(0)
    for index, line in enumerate(lines, 1):
        if not isinstance(line, dict):
            raise DataError(f"budget_lines item {index} must be a mapping", hint="write code, description, amounts")
        amounts = _money_map(line, "amounts", "", donor_codes, index)
        actuals = _money_map(line, "actuals", "actual:", donor_codes, index)
        shares = _money_map(line, "shares", "share:", donor_codes, index)
        for code in donor_codes or []:  # a blank cell is a zero, so templates can show every donor
            amounts.setdefault(code, Decimal(0))
        line["amounts"], line["actuals"], line["shares"] = amounts, actuals, shares
        line["total"] = sum(amounts.values(), Decimal(0))
        line["actual_total"] = sum(actuals.values(), Decimal(0))
        line["variance"] = line["total"] - line["actual_total"]
        line["variance_share"] = (line["variance"] / line["total"]) if line["total"] else Decimal(0)
        if shares and abs(sum(shares.values()) - 100) > Decimal("0.01"):
            origin = getattr(line, "origin", None)
            first = next(iter(shares))
            raise DataError(
                f"the donor shares of budget line {line.get('code')} add up to {sum(shares.values())}%, not 100%",
                file=origin.file if origin else None,
                where=origin.place(f"share:{first}") if origin else f"budget_lines item {index}",
                hint="an allocation key must share the whole cost: make the share:<DONOR> columns add up to 100",
            )
        for code, amount in amounts.items():
            by_donor[code] = by_donor.get(code, Decimal(0)) + amount
        for code, amount in actuals.items():
            actual_by_donor[code] = actual_by_donor.get(code, Decimal(0)) + amount
        total += line["total"]
        actual_total += line["actual_total"]
    return {"total": total, "by_donor": by_donor, "actual_total": actual_total, "actual_by_donor": actual_by_donor,
            "variance": total - actual_total, "variance_share": ((total - actual_total) / total) if total else 0}


def _money_map(line: dict, key: str, prefix: str, donor_codes: list[str] | None, index: int) -> dict[str, Decimal]:
    """A line's amounts per donor, from ``key: {DONOR: n}`` or from ``<prefix>DONOR`` columns."""
    values: dict[str, Any] = {}
    if isinstance(line.get(key), dict):
        values.update(line[key])
    for column, value in list(line.items()):
        if column in _LINE_FIELDS or not isinstance(column, str):
            continue
        if prefix and column.startswith(prefix):
            values[column[len(prefix):]] = value
        elif not prefix and ":" not in column:
            values[column] = value
    origin = getattr(line, "origin", None)
    result: dict[str, Decimal] = {}
    for code, value in values.items():
        column = f"{prefix}{code}" if origin else code
        if donor_codes is not None and str(code) not in donor_codes:
            raise DataError(
                f"unknown donor '{code}' in budget line {line.get('code')}",
                file=origin.file if origin else None,
                where=origin.place(column) if origin else f"budget_lines item {index}",
                hint=f"the donors are {', '.join(donor_codes) or 'not listed'}: add it to the donors table or fix "
                "the column name",
            )
        if value in (None, ""):
            continue
        result[str(code)] = _number(value, line, "budget_lines", index, column)
    return result


def _number(value: Any, row: Any, table: str, index: int, column: str) -> Decimal:
    """A number from a cell: 1250.5, "1,250.50", "1 250,50" and "1.250,50" all read as 1250.5."""
    if isinstance(value, bool):
        value = None
    try:
        if value is None:
            raise InvalidOperation
        if isinstance(value, (int, float, Decimal)):
            return Decimal(str(value))
        return parse_number(str(value))
    except InvalidOperation:
        origin = getattr(row, "origin", None)
        raise DataError(
            f"{value!r} is not a number",
            file=origin.file if origin else None,
            where=origin.place(column) if origin else f"{table} item {index}, {column}",
            hint="write plain numbers such as 1250.50, without currency signs",
        ) from None


def parse_number(text: str) -> Decimal:
    """A number typed by a person: 1250.5, "1,250.50", "1 250,50" and "1.250,50" all read as 1250.5.

    Raises :class:`decimal.InvalidOperation` for anything else."""
    return Decimal(_plain_number(text))


def _plain_number(text: str) -> str:
    text = "".join(text.split()).replace("\u00a0", "").replace("\u202f", "").replace("'", "")
    if "," in text and "." in text:  # the last separator is the decimal one
        return text.replace(".", "").replace(",", ".") if text.rfind(",") > text.rfind(".") else text.replace(",", "")
    if "," in text:
        whole, _, fraction = text.rpartition(",")
        return text.replace(",", "") if len(fraction) == 3 and whole.replace(",", "").lstrip("-").isdigit() \
            else text.replace(",", ".")
    return text


def _quarters(value: str | int, row: Any, index: int) -> list[int]:
    quarters = []
    for part in str(value).replace(";", ",").split(","):
        part = part.strip().upper().lstrip("Q")
        if not part:
            continue
        if part not in ("1", "2", "3", "4"):
            origin = getattr(row, "origin", None)
            raise DataError(f"{value!r} is not a list of quarters", file=origin.file if origin else None,
                            where=origin.place("quarters") if origin else f"activities item {index}",
                            hint='write the quarters 1 to 4, separated by commas, e.g. "1,3"')
        quarters.append(int(part))
    return quarters
