"""`planbot line richmenu` against a local stand-in for the LINE API: a valid image and areas, set as
the default, replacing only the menus planbot made before; six tiles whose icons and labels, measured
from the drawn pixels, stay inside their tiles with a margin."""

import io

import pytest
from PIL import Image, ImageChops
from pydantic import SecretStr

from bot.cli import main
from handlers.richmenu import (
    BUTTONS,
    GUTTER,
    HEIGHT,
    MAX_IMAGE_BYTES,
    WIDTH,
    FontMissing,
    areas,
    image,
    install,
    japanese_font,
    tiles,
)
from tests.stub_server import StubAPI


def font_or_skip():
    try:
        return japanese_font()
    except FontMissing as exc:
        pytest.skip(f"no Japanese font installed ({exc}); CI installs fonts-noto-cjk")


def menu(menu_id: str, name: str) -> dict:
    return {"richMenuId": menu_id, "name": name, "size": {"width": WIDTH, "height": HEIGHT}, "selected": True,
            "chatBarText": "メニュー", "areas": []}


@pytest.fixture
def line_api():
    stub = StubAPI()
    stub.routes["/v2/bot/richmenu/list"] = {"richmenus": [menu("old-planbot", "planbot"), menu("campaign", "campaign")]}
    stub.routes["/v2/bot/richmenu"] = {"richMenuId": "new-menu"}
    yield stub
    stub.close()


def configured(settings, stub):
    return settings.model_copy(update={"line_channel_access_token": SecretStr("test-access-token"),
                                       "line_api_base_url": stub.url, "line_api_data_base_url": stub.url})


def test_the_menu_is_created_with_a_valid_image_set_as_default_and_replaces_only_planbots_own(settings, line_api):
    font_or_skip()
    menu_id, replaced = install(configured(settings, line_api))
    assert (menu_id, replaced) == ("new-menu", ["old-planbot"])
    paths = [(path, headers) for path, headers, _ in line_api.requests]
    order = [p for p, _ in paths]
    assert order == ["/v2/bot/richmenu/list", "/v2/bot/richmenu", "/v2/bot/richmenu/new-menu/content",
                     "/v2/bot/user/all/richmenu/new-menu", "/v2/bot/richmenu/old-planbot"]
    assert all({k.lower(): v for k, v in h.items()}["authorization"] == "Bearer test-access-token" for _, h in paths)

    created = line_api.to("/v2/bot/richmenu")[1]
    assert created["size"] == {"width": WIDTH, "height": HEIGHT} and created["name"] == "planbot"
    assert [a["action"]["label"] for a in created["areas"]] == [b.label for b in BUTTONS]
    assert len(created["areas"]) == 6
    covered = 0
    for area in created["areas"]:
        b = area["bounds"]
        assert b["x"] >= 0 and b["x"] + b["width"] <= WIDTH and b["y"] >= 0 and b["y"] + b["height"] <= HEIGHT
        covered += b["width"] * b["height"]
    assert covered == WIDTH * HEIGHT

    [upload] = [body for path, _, body in line_api.requests if path.endswith("/content")]
    png = upload["raw"]
    assert len(png) <= MAX_IMAGE_BYTES
    with Image.open(io.BytesIO(png)) as picture:
        assert picture.format == "PNG" and picture.size == (WIDTH, HEIGHT)
        assert len(picture.convert("RGB").getcolors(1 << 24)) > 4  # labels were drawn, not just blocks of colour


def test_the_command_says_what_it_did_and_fails_clearly_without_a_token(settings, line_api, monkeypatch, capsys):
    font_or_skip()
    monkeypatch.setenv("LINE_CHANNEL_ACCESS_TOKEN", "test-access-token")
    monkeypatch.setenv("LINE_API_BASE_URL", line_api.url)
    monkeypatch.setenv("LINE_API_DATA_BASE_URL", line_api.url)
    assert main(["line", "richmenu"]) == 0
    assert "new-menu を既定にしました" in capsys.readouterr().out
    monkeypatch.delenv("LINE_CHANNEL_ACCESS_TOKEN")
    assert main(["line", "richmenu"]) == 2
    assert "LINE_CHANNEL_ACCESS_TOKEN" in capsys.readouterr().err


def drawn_box(picture: Image.Image, box: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    """The bounding box of the white (drawn) pixels inside `box`, in image coordinates."""
    white = [picture.crop(box).getchannel(i).point(lambda v: 255 if v == 255 else 0) for i in range(3)]
    found = ImageChops.multiply(ImageChops.multiply(white[0], white[1]), white[2]).getbbox()
    return None if found is None else (found[0] + box[0], found[1] + box[1], found[2] + box[0], found[3] + box[1])


def test_every_label_and_icon_is_drawn_inside_its_tile_with_a_margin():
    font = font_or_skip()
    with Image.open(io.BytesIO(image(font))) as png:
        picture = png.convert("RGB")
    margin = 40
    for (x, y, w, h), button in zip(tiles(), BUTTONS, strict=True):
        tile = (x + GUTTER, y + GUTTER, x + w - GUTTER, y + h - GUTTER)
        whole = drawn_box(picture, tile)
        assert whole is not None, button.label
        left, top, right, bottom = whole
        assert left - tile[0] >= margin and tile[2] - right >= margin, (button.label, whole, tile)
        assert top - tile[1] >= margin and tile[3] - bottom >= margin, (button.label, whole, tile)
        lower = (tile[0], y + h // 2 + 40, tile[2], tile[3])  # the label, below the icon
        label = drawn_box(picture, lower)
        assert label is not None and label[2] - label[0] > 150, button.label  # drawn, at a readable size
        assert label[0] - tile[0] >= margin and tile[2] - label[2] >= margin, (button.label, label, tile)
        assert picture.getpixel((tile[0] + 20, tile[1] + 40)) == tuple(int(button.color[i:i + 2], 16) for i in (1, 3, 5))


def test_the_plan_page_tile_opens_the_citys_page_where_the_manifest_gives_it():
    linked = {a.action.to_dict()["type"]: a for a in areas("https://www.city.example.jp/keikaku/")}
    assert linked["uri"].action.uri == "https://www.city.example.jp/keikaku/"
    assert all(a.action.to_dict()["type"] == "postback" for a in areas(""))  # else the bot lists the plans
