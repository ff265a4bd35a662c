"""Region plugins bundled with adaptkit.

Each subpackage is an ordinary adaptkit plugin, found through the ``adaptkit``
entry point group exactly like a third-party plugin (see pyproject.toml). They
can be switched off with ``ADAPTKIT_DISABLE_PLUGINS``.
"""
