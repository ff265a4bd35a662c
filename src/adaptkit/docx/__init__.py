"""The run-aware Word engine: load a .docx, see its text through Word's run noise, render tags."""

from adaptkit.docx.render import RenderResult, render_docx

__all__ = ["RenderResult", "render_docx"]
