"""One exception family for everything a user can get wrong.

Every error knows *where* it happened so that the command line can print a
single line a person can act on::

    error: manual.docx: body ¶42 "Budgets and donors…": 'donor' is undefined — add it with --set or --data

``AdaptkitError`` is the base; the CLI catches it, prints ``str(err)`` and exits 1.
Anything else escaping the core is a bug and is reported as such.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Location:
    """A place in a Word document, as a person would look for it."""

    part: str  # "body", "header 1", "footnotes", "core properties", ...
    paragraph: int | None = None  # 1-based, in document order within the part
    excerpt: str = ""  # first words of the paragraph
    heading: str = ""  # nearest heading above, when the paragraph itself is blank
    table: int | None = None  # 1-based, in document order within the part
    row: int | None = None
    cell: int | None = None

    def __str__(self) -> str:
        text = self.part
        if self.paragraph is not None:
            text += f" ¶{self.paragraph}"
            if self.excerpt:
                text += f' "{self.excerpt}"'
            elif self.heading:
                text += f' (under "{self.heading}")'
        if self.table is not None:
            text += f", table {self.table} row {self.row} cell {self.cell}"
        return text


class AdaptkitError(Exception):
    """An error the user can fix: bad input, a bad template, an unwritable path."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        where: Location | str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.where = where
        self.hint = hint

    def __str__(self) -> str:
        parts = [p for p in (self.file, str(self.where) if self.where else None) if p]
        parts.append(self.message)
        text = ": ".join(parts)
        if self.hint:
            text += f" — {self.hint}"
        return " ".join(text.split())  # always one line


class DocumentError(AdaptkitError):
    """The file is not a readable Word document."""


class TemplateError(AdaptkitError):
    """The template's tags are wrong: syntax, structure, unknown names."""


class RenderError(AdaptkitError):
    """Rendering failed on the given data (undefined value, sandbox refusal...)."""


class DataError(AdaptkitError):
    """A data file or a --set value is unreadable or incomplete."""


class LibraryError(AdaptkitError):
    """A template id or template.yaml is wrong."""


class OutputError(AdaptkitError):
    """The output could not be written."""
