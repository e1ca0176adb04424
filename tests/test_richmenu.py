"""`planbot line richmenu` against a local stand-in for the LINE API: a valid image and areas, set as
the default, replacing only the menus planbot made before."""

import io

import pytest
from PIL import Image
from pydantic import SecretStr

from bot.cli import main
from handlers.richmenu import BUTTONS, HEIGHT, MAX_IMAGE_BYTES, WIDTH, FontMissing, install, japanese_font
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
    assert [a["action"]["displayText"] for a in created["areas"]] == [b.label for b in BUTTONS]
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
