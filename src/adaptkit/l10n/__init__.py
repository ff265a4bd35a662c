"""Localisation: translation units, gettext catalogs, CLDR formatting, scripts and direction."""
