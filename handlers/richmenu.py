"""The LINE rich menu: six tiles with icons (よくある質問 / 計画の指標 / 問い合わせ先 / 使い方 / 市の計画ページ /
English), drawn with Pillow and installed as the default menu through the SDK's Messaging API and blob clients.

The icons are drawn here from Pillow's shapes (no image file, no licence to track). Each label is set
in the largest size that fits its tile with a margin, measured from the drawn text's box.
`planbot line richmenu` is idempotent: it creates the new menu, uploads its image, makes it the
default, and only then deletes the menus it made before, so users never see a gap.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from linebot.v3.messaging import (
    ApiClient,
    Configuration,
    MessagingApi,
    MessagingApiBlob,
    PostbackAction,
    RichMenuArea,
    RichMenuBounds,
    RichMenuRequest,
    RichMenuSize,
    URIAction,
)
from PIL import Image, ImageDraw, ImageFont

from bot.config import Settings
from index.corpus import load_config

NAME = "planbot"  # menus made by planbot carry this name; others are left alone
WIDTH, HEIGHT = 2500, 1686  # LINE's large full-width size: two rows of three tiles
COLUMNS, ROWS = 3, 2
GUTTER = 10  # between tiles, each side
MARGIN = 48  # at least this much of a tile's colour around its label and icon
LABEL_SIZE = 104  # px; smaller where a label would not fit
ICON_BOX = 330  # px, the square the icon is drawn in
MAX_IMAGE_BYTES = 1_000_000  # LINE's limit for a rich menu image
DATA_HOST = "https://api-data.line.me"
INK = "#FFFFFF"
GUTTER_COLOUR = "#EEEEEE"
FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
    "/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
)

Box = tuple[float, float, float, float]


def _faq(d: ImageDraw.ImageDraw, b: Box, font: Path, tile: str) -> None:
    """A speech bubble with a question mark."""
    x0, y0, x1, y1 = b
    d.rounded_rectangle((x0, y0 + 20, x1, y1 - 70), radius=60, fill=INK)
    d.polygon([(x0 + 70, y1 - 80), (x0 + 70, y1), (x0 + 160, y1 - 80)], fill=INK)
    mark = ImageFont.truetype(str(font), 200)
    d.text(((x0 + x1) / 2, (y0 + y1 - 50) / 2), "?", font=mark, fill=tile, anchor="mm")


def _chart(d: ImageDraw.ImageDraw, b: Box, font: Path, tile: str) -> None:
    """Three rising bars on a base line."""
    x0, y0, x1, y1 = b
    width = (x1 - x0) / 4
    for i, top in enumerate((0.55, 0.3, 0.05)):
        left = x0 + 20 + i * (width + 30)
        d.rectangle((left, y0 + top * (y1 - y0), left + width, y1 - 30), fill=INK)
    d.rectangle((x0, y1 - 22, x1, y1), fill=INK)


def _phone(d: ImageDraw.ImageDraw, b: Box, font: Path, tile: str) -> None:
    """A desk telephone: the handset on its cradle above a body with a dial."""
    x0, y0, x1, y1 = b
    d.rounded_rectangle((x0, y0 + 30, x1, y0 + 110), radius=40, fill=INK)  # the handset
    d.rounded_rectangle((x0 + 10, y0 + 60, x0 + 100, y0 + 170), radius=24, fill=INK)
    d.rounded_rectangle((x1 - 100, y0 + 60, x1 - 10, y0 + 170), radius=24, fill=INK)
    d.polygon([(x0 + 80, y0 + 150), (x1 - 80, y0 + 150), (x1 - 20, y1), (x0 + 20, y1)], fill=INK)  # the body
    cx, cy = (x0 + x1) / 2, y0 + 235
    d.ellipse((cx - 62, cy - 62, cx + 62, cy + 62), outline=tile, width=18)  # the dial
    d.ellipse((cx - 16, cy - 16, cx + 16, cy + 16), fill=tile)


def _guide(d: ImageDraw.ImageDraw, b: Box, font: Path, tile: str) -> None:
    """An information sign: a circle with an i."""
    x0, y0, x1, y1 = b
    d.ellipse(b, outline=INK, width=28)
    cx = (x0 + x1) / 2
    d.ellipse((cx - 28, y0 + 70, cx + 28, y0 + 126), fill=INK)
    d.rounded_rectangle((cx - 26, y0 + 150, cx + 26, y1 - 70), radius=12, fill=INK)


def _page(d: ImageDraw.ImageDraw, b: Box, font: Path, tile: str) -> None:
    """A document with a folded corner and lines of text, and an arrow leading out."""
    x0, y0, x1, y1 = b
    left, right = x0 + 40, x1 - 90
    d.polygon([(left, y0), (right - 70, y0), (right, y0 + 70), (right, y1), (left, y1)], fill=INK)
    for i in range(4):
        y = y0 + 110 + i * 50
        d.rectangle((left + 40, y, right - 40, y + 20), fill=tile)
    d.polygon([(x1 - 60, y1 - 150), (x1, y1 - 100), (x1 - 60, y1 - 50)], fill=INK)


def _globe(d: ImageDraw.ImageDraw, b: Box, font: Path, tile: str) -> None:
    """A globe: a circle with its meridian and parallels."""
    x0, y0, x1, y1 = b
    d.ellipse(b, outline=INK, width=24)
    d.ellipse((x0 + (x1 - x0) * 0.28, y0, x1 - (x1 - x0) * 0.28, y1), outline=INK, width=20)
    cy = (y0 + y1) / 2
    d.line((x0, cy, x1, cy), fill=INK, width=20)
    for dy in (0.27, 0.73):
        y = y0 + dy * (y1 - y0)
        inset = (x1 - x0) * 0.07
        d.line((x0 + inset, y, x1 - inset, y), fill=INK, width=16)


@dataclass(frozen=True)
class Button:
    label: str  # shown on the image and sent as the user's message
    data: str  # the postback the LINE handler answers (menu=…)
    color: str  # white text on it at 4.5:1 or more
    icon: Callable[[ImageDraw.ImageDraw, Box, Path, str], None]  # drawn in white on the tile's colour


BUTTONS = (
    Button("よくある質問", "menu=faq", "#0B57A4", _faq),
    Button("計画の指標", "menu=indicators", "#0B7A3E", _chart),
    Button("問い合わせ先", "menu=contact", "#A34700", _phone),
    Button("使い方", "menu=help", "#6B2FA3", _guide),
    Button("市の計画ページ", "menu=plans", "#5B3A8C", _page),
    Button("English", "menu=english", "#1B4F72", _globe),
)


class FontMissing(RuntimeError):
    pass


def japanese_font(explicit: str | None = None) -> Path:
    """A font that has Japanese: the given path, a known system font, or what fontconfig offers."""
    if explicit:
        return Path(explicit)
    for candidate in FONT_CANDIDATES:
        if Path(candidate).exists():
            return Path(candidate)
    if shutil.which("fc-match"):
        found = subprocess.run(["fc-match", "-f", "%{file}", "sans-serif:lang=ja"], capture_output=True, text=True)
        if found.returncode == 0 and found.stdout and Path(found.stdout).exists():
            return Path(found.stdout)
    raise FontMissing("日本語フォントが見つかりません。apt-get install fonts-noto-cjk を実行するか、"
                      "PLANBOT_FONT にフォントファイルのパスを指定してください。")


def tiles() -> list[tuple[int, int, int, int]]:
    """(x, y, width, height) of each tile, row by row; together they cover the whole image."""
    out = []
    for i in range(len(BUTTONS)):
        column, row = i % COLUMNS, i // COLUMNS
        x, y = column * WIDTH // COLUMNS, row * HEIGHT // ROWS
        out.append((x, y, (column + 1) * WIDTH // COLUMNS - x, (row + 1) * HEIGHT // ROWS - y))
    return out


def areas(plans_url: str = "") -> list[RichMenuArea]:
    """The tiles as tap areas: postbacks with the label as the user's message; the plan page opens
    the city's site where the manifest gives its address (else the bot lists the plans)."""
    out = []
    for (x, y, w, h), b in zip(tiles(), BUTTONS, strict=True):
        if b.data == "menu=plans" and plans_url:
            action = URIAction(label=b.label, uri=plans_url)
        else:
            action = PostbackAction(label=b.label, data=b.data, display_text=b.label)
        out.append(RichMenuArea(bounds=RichMenuBounds(x=x, y=y, width=w, height=h), action=action))
    return out


def fitted_font(draw: ImageDraw.ImageDraw, label: str, font_path: Path, room: float) -> ImageFont.FreeTypeFont:
    """The label's font at LABEL_SIZE, or smaller until its drawn box fits `room` pixels."""
    size = LABEL_SIZE
    while True:
        font = ImageFont.truetype(str(font_path), size)
        left, _, right, _ = draw.textbbox((0, 0), label, font=font)
        if right - left <= room or size <= 40:
            return font
        size -= 4


def image(font_path: Path) -> bytes:
    """The menu image: a coloured tile per button with its icon and label, as PNG within LINE's size limit."""
    canvas = Image.new("RGB", (WIDTH, HEIGHT), GUTTER_COLOUR)
    draw = ImageDraw.Draw(canvas)
    for (x, y, w, h), button in zip(tiles(), BUTTONS, strict=True):
        tile = (x + GUTTER, y + GUTTER, x + w - GUTTER, y + h - GUTTER)
        draw.rounded_rectangle(tile, radius=36, fill=button.color)
        cx = x + w / 2
        icon_top = y + GUTTER + MARGIN + 60
        button.icon(draw, (cx - ICON_BOX / 2, icon_top, cx + ICON_BOX / 2, icon_top + ICON_BOX), font_path, button.color)
        font = fitted_font(draw, button.label, font_path, w - 2 * GUTTER - 2 * MARGIN)
        label_middle = (icon_top + ICON_BOX + y + h - GUTTER - MARGIN) / 2
        draw.text((cx, label_middle), button.label, font=font, fill=INK, anchor="mm")
    out = io.BytesIO()
    canvas.save(out, format="PNG", optimize=True)
    data = out.getvalue()
    if len(data) > MAX_IMAGE_BYTES:
        raise ValueError(f"rich menu image is {len(data)} bytes, over LINE's {MAX_IMAGE_BYTES}")
    return data


class DataHostClient(ApiClient):
    """The SDK pins uploads to api-data.line.me; this sends them to the configured data host instead
    (the same host in production, a local stub in tests)."""

    def __init__(self, configuration: Configuration, data_host: str) -> None:
        super().__init__(configuration)
        self.data_host = data_host.rstrip("/")

    def call_api(self, *args, _host=None, **kwargs):
        if _host == DATA_HOST:
            _host = self.data_host
        return super().call_api(*args, _host=_host, **kwargs)


def install(settings: Settings, font: str | None = None) -> tuple[str, list[str]]:
    """Create, upload and set the default rich menu; delete planbot's earlier ones. Returns (new id, deleted ids)."""
    if settings.line_channel_access_token is None:
        raise ValueError("LINE_CHANNEL_ACCESS_TOKEN が設定されていません。")
    png = image(japanese_font(font))
    plans_url = load_config(settings.corpus_dir).plans_url
    configuration = Configuration(host=settings.line_api_base_url,
                                  access_token=settings.line_channel_access_token.get_secret_value())
    with DataHostClient(configuration, settings.line_api_data_base_url) as client:
        api, blob = MessagingApi(client), MessagingApiBlob(client)
        earlier = [m.rich_menu_id for m in api.get_rich_menu_list().richmenus if m.name == NAME]
        request = RichMenuRequest(size=RichMenuSize(width=WIDTH, height=HEIGHT), selected=True, name=NAME,
                                  chat_bar_text="メニュー", areas=areas(plans_url))
        menu_id = api.create_rich_menu(request).rich_menu_id
        blob.set_rich_menu_image(menu_id, body=png, _headers={"Content-Type": "image/png"})
        api.set_default_rich_menu(menu_id)
        for old in earlier:
            api.delete_rich_menu(old)
    return menu_id, earlier
