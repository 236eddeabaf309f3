"""The printable worksheet and answer key (reportlab).

This package is a leaf: the core never imports it. ``versions`` is headless; the other
modules import reportlab, so import them only when a PDF is being made.
"""
