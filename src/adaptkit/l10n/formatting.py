"""CLDR formatting in templates, following the build's locale (Babel).

Filters and globals added to every build's Jinja environment::

    {{ 1234.5|currency("KGS") }}            1 234,50 сом   (ru in Kyrgyzstan)
    {{ 0.25|percent }}                      25 %
    {{ 1234567|decimal }}                   1 234 567
    {{ effective_date|date }}               1 июл. 2026 г.   (short, medium, long, full, or fields such as
                                            "d MMMM", which CLDR orders for the locale: "1 de julio")
    {{ ["Kenya", "Uganda"]|format_list }}   Kenya и Uganda
    {{ n|plural(one="member", other="members") }}   the form CLDR's plural rules pick for n
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

_SKELETON = re.compile(r"[GyYuQqMLwWdDEecabhHkKmsSvzZ ]+")


def install(environment: Any, locale: Any) -> None:
    """Add the formatting filters for ``locale`` (a babel.Locale) to a Jinja environment."""
    from babel import dates, lists, numbers

    from adaptkit.tables import parse_number

    def to_number(value: Any) -> Decimal | int | float:
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            return value
        try:
            return parse_number(str(value))
        except InvalidOperation:
            raise ValueError(f"{value!r} is not a number") from None

    def currency(value: Any, code: str | None = None, format_type: str = "standard") -> str:
        if code is None:
            code = numbers.get_territory_currencies(locale.territory)[0] if locale.territory else "USD"
        return numbers.format_currency(to_number(value), str(code), locale=locale, format_type=format_type)

    def decimal(value: Any, format: str | None = None) -> str:  # noqa: A002
        return numbers.format_decimal(to_number(value), format=format, locale=locale)

    def percent(value: Any, format: str | None = None) -> str:  # noqa: A002
        return numbers.format_percent(to_number(value), format=format, locale=locale)

    def date(value: Any, format: str = "medium") -> str:  # noqa: A002
        if isinstance(value, str):
            value = dt.date.fromisoformat(value)
        if isinstance(value, dt.datetime):
            return dates.format_datetime(value, format=format, locale=locale)
        if format not in ("short", "medium", "long", "full") and _SKELETON.fullmatch(format):
            # "d MMMM" names the fields, not their order: let CLDR place them ("1 de enero", "January 1")
            text = dates.format_skeleton(format.replace(" ", ""), value, locale=locale)
        else:
            text = dates.format_date(value, format=format, locale=locale)
        if locale.language == "fr" and value.day == 1 and (format in ("long", "full") or "MMMM" in format):
            text = text.replace("1 ", "1er ", 1)  # French writes the first of the month as an ordinal
        return text

    def format_list(values: Any, style: str = "standard") -> str:
        return lists.format_list([str(v) for v in values], style=style, locale=locale)

    def plural(value: Any, **forms: str) -> str:
        if "other" not in forms:
            raise ValueError("plural() needs at least other=...")
        category = locale.plural_form(to_number(value))
        return forms.get(category, forms["other"])

    environment.filters.update(currency=currency, decimal=decimal, percent=percent, date=date,
                               format_list=format_list, plural=plural)
    environment.globals.update(format_list=format_list, plural=plural)
