"""Exports: Word (clean, bracketed, redline), Markdown and standalone HTML."""
