"""Shared inline markup helpers.

Inline markup in block text:
  **bold**            bold run
  {{fn:text}}         footnote (ODT renders a real footnote; others render a marker + note at end)
"""
import re

TOKEN_RE = re.compile(r"(\*\*|\{\{fn:.*?\}\})", re.S)


def runs(text):
    """Split text into a list of (kind, value, bold) where kind is 'text' or 'fn'."""
    out = []
    bold = False
    for part in TOKEN_RE.split(text):
        if not part:
            continue
        if part == "**":
            bold = not bold
        elif part.startswith("{{fn:"):
            out.append(("fn", part[5:-2], bold))
        else:
            out.append(("text", part, bold))
    return out


def plain(text):
    """Text without markup (footnotes dropped)."""
    return "".join(v for k, v, b in runs(text) if k == "text")
