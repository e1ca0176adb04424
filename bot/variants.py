"""Forgiving spelling: character variants (異体字) folded to one form, and kana folded to katakana.

The variant table holds the common 異体字 of Japanese names (髙/高, 﨑/崎, 齋/斉…): general knowledge
of the writing system, the same for every plan, not words of one document.
"""

from __future__ import annotations

import unicodedata

import jaconv

VARIANTS = {
    "髙": "高", "﨑": "崎", "嵜": "崎", "齋": "斉", "齊": "斉", "斎": "斉", "邊": "辺", "邉": "辺", "濵": "浜",
    "濱": "浜", "德": "徳", "櫻": "桜", "廣": "広", "國": "国", "嶋": "島", "嶌": "島", "澤": "沢", "曾": "曽",
    "檜": "桧", "冨": "富", "瀨": "瀬", "塚": "塚", "槇": "槙", "條": "条", "龍": "竜", "彌": "弥", "實": "実",
    "惠": "恵", "榮": "栄", "與": "与", "藏": "蔵", "淺": "浅", "眞": "真", "萬": "万", "壽": "寿", "禮": "礼",
    "瑤": "瑶", "峯": "峰", "舘": "館", "渕": "淵", "籠": "篭", "晉": "晋", "靜": "静", "縣": "県", "驛": "駅",
    "ヶ": "ケ", "ヵ": "カ",
}
_TABLE = str.maketrans(VARIANTS)


def fold(text: str) -> str:
    """NFKC with 異体字 folded: 髙橋 and 高橋, 藤澤 and 藤沢 compare equal."""
    return unicodedata.normalize("NFKC", text).translate(_TABLE)


def katakana(text: str) -> str:
    """Hiragana as katakana (ちーむかいぎ → チームカイギ), to compare typed kana with Sudachi readings."""
    return jaconv.hira2kata(text)
