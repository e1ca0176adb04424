"""Draw plan-like PDFs with reportlab and IPAexGothic, character by character in shuffled order.

Text drawn in reading order makes every extractor look right; real PDFs draw text in whatever
order the layout program chose. Every character here is its own draw call, and the calls of a page
are shuffled (seeded), so a reader must use positions, as it must on real plans.
"""

from __future__ import annotations

import random
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "IPAexGothic"
CANDIDATES = ["/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"]
WIDTH, HEIGHT = A4


def font_path() -> Path | None:
    """IPAexGothic (Debian fonts-ipaexfont), where fontconfig or the usual paths have it."""
    for candidate in CANDIDATES:
        if Path(candidate).is_file():
            return Path(candidate)
    try:
        found = subprocess.run(["fc-list", "IPAexGothic", "file"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    files = [line.split(":")[0].strip() for line in found.splitlines() if line.strip()]
    return Path(files[0]) if files else None


def register_font() -> bool:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return True
    path = font_path()
    if path is None:
        return False
    pdfmetrics.registerFont(TTFont(FONT, str(path)))
    return True


def width_of(text: str, size: float) -> float:
    if not register_font():
        raise RuntimeError("IPAexGothic がありません（apt-get install fonts-ipaexfont）")
    return pdfmetrics.stringWidth(text, FONT, size)


@dataclass
class Page:
    """Draw calls of one page; y is measured from the top of the page, like a layout program's ruler."""

    ops: list[tuple] = field(default_factory=list)

    def text(self, x: float, y: float, text: str, size: float = 10.5, bold: bool = False) -> float:
        """A line of text from (x, y); a fake-bold line is drawn twice, the second copy shifted a little."""
        for ch in text:
            if ch != " ":
                self.ops.append(("char", x, y, ch, size))
                if bold:
                    self.ops.append(("char", x + 0.4, y, ch, size))
            x += width_of(ch, size)
        return x

    def spread(self, x: float, y: float, text: str, box: float, size: float = 10.5) -> None:
        """均等割り付け: the letters spread evenly over a box `box` points wide."""
        letters = [ch for ch in text if ch.strip()]
        used = sum(width_of(ch, size) for ch in letters)
        gap = (box - used) / max(len(letters) - 1, 1)
        for ch in letters:
            self.ops.append(("char", x, y, ch, size))
            x += width_of(ch, size) + gap

    def vertical(self, x: float, y: float, text: str, size: float = 10.5) -> float:
        """A column of vertical writing from (x, y) downwards; returns where it ends."""
        for ch in text:
            self.ops.append(("char", x, y, ch, size))
            y += size * 1.1
        return y

    def paragraph(self, x: float, y: float, width: float, text: str, size: float = 10.5,
                  leading: float = 1.7) -> float:
        """Text wrapped at `width` like a typeset paragraph; returns the y below it."""
        line = ""
        for ch in text:
            if width_of(line + ch, size) > width:
                self.text(x, y, line, size)
                y += size * leading
                line = ""
            line += ch
        if line:
            self.text(x, y, line, size)
            y += size * leading
        return y

    def rule(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.ops.append(("line", x0, y0, x1, y1))

    def image(self, path: Path) -> None:
        self.ops.append(("image", str(path)))


@dataclass
class Document:
    pages: list[Page] = field(default_factory=list)
    producer: str = ""
    invisible: bool = False  # draw text in render mode 3 (the OCR layer of a scan)

    def page(self) -> Page:
        self.pages.append(Page())
        return self.pages[-1]

    def save(self, path: Path, seed: int = 7) -> Path:
        if not register_font():
            raise RuntimeError("IPAexGothic がありません（apt-get install fonts-ipaexfont）")
        c = canvas.Canvas(str(path), pagesize=A4)
        if self.producer:
            c.setProducer(self.producer)
        rng = random.Random(seed)
        for page in self.pages:
            ops = list(page.ops)
            rng.shuffle(ops)
            for op in sorted(ops, key=lambda o: o[0] != "image"):  # a scan's image lies under its text
                if op[0] == "char":
                    _, x, y, ch, size = op
                    t = c.beginText(x, HEIGHT - y - size * 0.88)
                    t.setFont(FONT, size)
                    if self.invisible:
                        t.setTextRenderMode(3)
                    t.textOut(ch)
                    c.drawText(t)
                elif op[0] == "line":
                    _, x0, y0, x1, y1 = op
                    c.setLineWidth(0.6)
                    c.line(x0, HEIGHT - y0, x1, HEIGHT - y1)
                else:
                    c.drawImage(op[1], 0, 0, WIDTH, HEIGHT)
            c.showPage()
        c.save()
        return path


def ruled_table(page: Page, x: float, y: float, widths: list[float], rows: list[list[str]],
                merged: dict[tuple[int, int], int] | None = None, size: float = 9.5, height: float = 22.0,
                vertical: set[tuple[int, int]] = frozenset()) -> float:
    """A table with all its rules; merged {(row, col): rows spanned} draws one tall cell, its text
    written downwards when (row, col) is in `vertical`. Returns the y below the table."""
    merged = merged or {}
    covered = {(r + k, c) for (r, c), n in merged.items() for k in range(1, n)}
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    bottom = y + height * len(rows)
    page.rule(xs[0], y, xs[-1], y)
    for r, row in enumerate(rows):
        top = y + r * height
        for c, cell in enumerate(row):
            if (r, c) in covered:
                continue
            span = merged.get((r, c), 1)
            cell_bottom = top + span * height
            page.rule(xs[c], top, xs[c], cell_bottom)
            page.rule(xs[c + 1], top, xs[c + 1], cell_bottom)
            page.rule(xs[c], cell_bottom, xs[c + 1], cell_bottom)
            if (r, c) in vertical:
                page.vertical(xs[c] + (widths[c] - size) / 2, top + 4, cell, size)
            else:
                page.text(xs[c] + 3, top + (span * height - size) / 2, cell, size)
    return bottom
