"""Where a citation points: the city's published document (at its page when known), for every surface."""

from __future__ import annotations

from bot.answer import Citation


def document_link(citation: Citation) -> str:
    """`url#page=N` when the cited PDF page is known, the document's `url` otherwise, "" without one."""
    if not citation.url:
        return ""
    return f"{citation.url}#page={citation.page}" if citation.page else citation.url
