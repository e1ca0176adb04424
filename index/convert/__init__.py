"""Plans as cities publish them (PDF, Word, Excel, web pages) into planbot's text-with-tables form.

One module per format writes lines the parser reads: `#` headings, paragraphs, tables as
tab-separated rows under their header row, and for PDFs a page marker (`<!-- page 11 printed 7 -->`)
at the start of every page. Conversions are cached by the file's hash, so a build converts a file
only when it changed. The libraries come with the `planbot[import]` extra.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

VERSION = 1  # part of the cache key: raise it when a converter's output changes
CONVERTIBLE = {".pdf": "PDF", ".docx": "Word", ".xlsx": "Excel", ".html": "HTML", ".htm": "HTML"}
INSTALL_HINT = "pip install 'planbot[import]'（開発中は pip install -e '.[import]'）"


class ConversionError(Exception):
    """A file that cannot be converted; the message says why and what to do, in Japanese."""


class NeedsText(ConversionError):
    """A scanned PDF: its text is an image (or an invisible OCR layer) and must come from elsewhere."""


@dataclass
class Conversion:
    text: str
    pages: int = 0  # PDF pages (0 for other formats)
    tables: int = 0
    notes: list[str] = field(default_factory=list)  # what a maintainer should look at


def is_convertible(path: Path) -> bool:
    return path.suffix.lower() in CONVERTIBLE


def convert(path: Path, data: bytes | None = None) -> Conversion:
    """The text-with-tables form of one file, by its suffix."""
    suffix = path.suffix.lower()
    kind = CONVERTIBLE.get(suffix)
    if kind is None:
        raise ConversionError(f"{path}: {suffix} は変換できません（PDF・Word・Excel・HTML のみ）")
    data = path.read_bytes() if data is None else data
    try:
        if suffix == ".pdf":
            from index.convert.pdf import convert_pdf as run
        elif suffix == ".docx":
            from index.convert.word import convert_docx as run
        elif suffix == ".xlsx":
            from index.convert.excel import convert_xlsx as run
        else:
            from index.convert.web import convert_html as run
    except ImportError as exc:
        raise ConversionError(f"{path}: {kind} を読むライブラリ（{exc.name}）がありません: {INSTALL_HINT}") from exc
    try:
        return run(data)
    except ConversionError as exc:
        raise type(exc)(f"{path}: {exc}") from exc
    except Exception as exc:  # a damaged or mislabelled file: say which and why, never a traceback
        raise ConversionError(f"{path}: {kind} として読めません（{type(exc).__name__}: {exc}）") from exc


def cached_text(path: Path, data: bytes, cache_dir: Path | None) -> str:
    """The conversion's text, from the cache when this very file (by hash) was converted before."""
    key = f"{hashlib.sha256(data).hexdigest()}.v{VERSION}.txt"
    cached = cache_dir / key if cache_dir else None
    if cached and cached.is_file():
        return cached.read_text(encoding="utf-8")
    text = convert(path, data).text
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(".tmp")
        partial.write_text(text, encoding="utf-8")
        partial.replace(cached)
    return text
