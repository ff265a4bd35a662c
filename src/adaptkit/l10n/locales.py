"""Locale names: BCP 47 (``pt-BR``, ``es-419``) and underscore (``pt_BR``) both accepted, checked with CLDR."""

from __future__ import annotations

from adaptkit.errors import AdaptkitError


class LocaleError(AdaptkitError):
    """A locale CLDR does not know."""


def parse_locale(name: str):
    """A :class:`babel.Locale` for ``name``; an unknown locale is an error that says so."""
    from babel import Locale, UnknownLocaleError

    text = name.strip().replace("-", "_")
    try:
        return Locale.parse(text)
    except (UnknownLocaleError, ValueError) as exc:
        raise LocaleError(f"unknown locale '{name}' ({exc})",
                          hint="use a language code such as ru, es, pt-BR or es-419") from None


def formatting_locale(locale: str, countries: tuple[str, ...]):
    """The CLDR locale for numbers, money and dates: the language in the region's country when
    the region is one country (``ru`` in Kyrgyzstan formats as ``ru_KG``), else the locale itself."""
    from babel import Locale, UnknownLocaleError

    parsed = parse_locale(locale)
    if parsed.territory is None and len(countries) == 1:
        try:
            return Locale.parse(f"{parsed.language}_{countries[0].upper()}")
        except (UnknownLocaleError, ValueError):
            pass
    return parsed


def language_of(locale: str) -> str:
    return locale.replace("-", "_").split("_")[0].lower()
