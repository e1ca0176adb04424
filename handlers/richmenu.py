"""The LINE rich menu: four buttons (よくある質問 / 計画の指標 / 問い合わせ先 / 使い方) drawn with Pillow and
installed as the default menu through the SDK's Messaging API and blob clients.

`planbot line richmenu` is idempotent: it creates the new menu, uploads its image, makes it the
default, and only then deletes the menus it made before, so users never see a gap.
"""

from __future__ import annotations

import io
import shutil
import subprocess
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
)
from PIL import Image, ImageDraw, ImageFont

from bot.config import Settings

NAME = "planbot"  # menus made by planbot carry this name; others are left alone
WIDTH, HEIGHT = 2500, 843  # LINE's compact full-width size
MAX_IMAGE_BYTES = 1_000_000  # LINE's limit for a rich menu image
DATA_HOST = "https://api-data.line.me"
FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
)


@dataclass(frozen=True)
class Button:
    label: str  # shown on the image and sent as the user's message
    data: str  # the postback the LINE handler answers (menu=…)
    color: str


BUTTONS = (
    Button("よくある質問", "menu=faq", "#0B57A4"),
    Button("計画の指標", "menu=indicators", "#0B7A3E"),
    Button("問い合わせ先", "menu=contact", "#7A4B00"),
    Button("使い方", "menu=help", "#5B3A8C"),
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


def areas() -> list[RichMenuArea]:
    """Four equal columns over the whole image, each a postback with the label as the user's message."""
    width = WIDTH // len(BUTTONS)
    return [RichMenuArea(bounds=RichMenuBounds(x=i * width, y=0, width=width if i < len(BUTTONS) - 1 else WIDTH - i * width,
                                               height=HEIGHT),
                         action=PostbackAction(label=b.label, data=b.data, display_text=b.label))
            for i, b in enumerate(BUTTONS)]


def image(font_path: Path) -> bytes:
    """The menu image: one coloured column per button with its label, as PNG within LINE's size limit."""
    canvas = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(canvas)
    font = ImageFont.truetype(str(font_path), 120)
    for area, button in zip(areas(), BUTTONS, strict=True):
        b = area.bounds
        draw.rectangle((b.x + 12, b.y + 12, b.x + b.width - 12, b.y + b.height - 12), fill=button.color)
        left, top, right, bottom = draw.textbbox((0, 0), button.label, font=font)
        draw.text((b.x + (b.width - (right - left)) / 2 - left, (HEIGHT - (bottom - top)) / 2 - top),
                  button.label, font=font, fill="white")
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
    configuration = Configuration(host=settings.line_api_base_url,
                                  access_token=settings.line_channel_access_token.get_secret_value())
    with DataHostClient(configuration, settings.line_api_data_base_url) as client:
        api, blob = MessagingApi(client), MessagingApiBlob(client)
        earlier = [m.rich_menu_id for m in api.get_rich_menu_list().richmenus if m.name == NAME]
        request = RichMenuRequest(size=RichMenuSize(width=WIDTH, height=HEIGHT), selected=True, name=NAME,
                                  chat_bar_text="メニュー", areas=areas())
        menu_id = api.create_rich_menu(request).rich_menu_id
        blob.set_rich_menu_image(menu_id, body=png, _headers={"Content-Type": "image/png"})
        api.set_default_rich_menu(menu_id)
        for old in earlier:
            api.delete_rich_menu(old)
    return menu_id, earlier
