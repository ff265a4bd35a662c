"""The run-aware Word engine: load a .docx, see its text through Word's run noise, render tags."""

from adaptkit.docx.package import DocxPackage
from adaptkit.docx.render import RenderResult, render_docx, render_package

__all__ = ["DocxPackage", "RenderResult", "render_docx", "render_package"]
