"""Contact blocks: an office name, a 〒 address in any prefecture, TEL and FAX, in a few consecutive paragraphs."""

from __future__ import annotations

import re

from index.extract.common import source
from index.facts import Office
from index.parse import ParsedDocument

_TEL = re.compile(r"(?:TEL|Tel|電話(?:番号)?|℡|☎|☏)\s*[:：]?\s*(\d{2,5}(?:-\d{1,4}-|\(\d{1,4}\))\d{3,4}"
                  r"(?:\s*\(代\)|\s*\(?内線\s*[:：]?\s*\d{1,6}\)?)?)")  # 0191-21-2111 (代), 0123(45)6789, 内線 2315 kept
_FAX = re.compile(r"(?:FAX|Fax|ファクス|ファックス)\s*[:：]?\s*(\d{2,5}(?:-\d{1,4}-|\(\d{1,4}\))\d{3,4})")
_ADDRESS = re.compile(
    r"(〒\s*[\d-]+\s*)?((?:東京都|北海道|京都府|大阪府|[^\s/|、。:]{2,3}県)[^\s/|]+?)(?=\s|/|\||TEL|Tel|FAX|電話|℡|☎|☏|$)"
)
_POSTAL_ADDRESS = re.compile(r"〒\s*[\d-]+\s*[^\s/|]+")  # 〒998-0101 楓谷町中央一丁目5番地: no prefecture written
OFFICE_NAME = re.compile(r"^[^。、\d:〒]{2,40}(?:課|部|室|係|局|センター|役場|役所)$")
_BEFORE_PHONE = re.compile(r"\s*[(（]?\s*(?:TEL|Tel|電話|℡|☎|☏).*$")
_LABEL = re.compile(r"^[【\[［]?(?:発\s*行(?:\s*者)?|編\s*集(?:・発行)?|お?問い?合わ?せ先?|担\s*当(?:\s*課)?|所\s*管)[】\]］]?"
                    r"\s*[:：]?\s+")
_NOTE = re.compile(r"\s*[(（][^()（）]{1,30}[)）]$")  # 保健予防係（霧ヶ沢町保健センター）: where the office sits
# a colophon's label before the office (編 集 〇〇市 〇〇課): not part of its name


def extract_offices(doc: ParsedDocument, issuer: str = "") -> list[Office]:
    out = []
    for section in doc.sections:
        blocks = section.blocks
        for i, block in enumerate(blocks):
            tel = _TEL.search(block.text)
            if not tel:
                continue
            window = blocks[max(0, i - 4) : i + 3]
            text = " ".join(b.text for b in window)
            lines = [_LABEL.sub("", _BEFORE_PHONE.sub("", b.text.split("〒")[0]).rsplit(":", 1)[-1].strip())
                     for b in blocks[max(0, i - 4) : i + 1]]
            names = [line for line in lines if OFFICE_NAME.match(_NOTE.sub("", line))]
            address = _ADDRESS.search(text) or _POSTAL_ADDRESS.search(text)
            fax = _FAX.search(text)
            out.append(Office(
                name=names[-1] if names else issuer,  # never a nameless office (担当は（〒…）です)
                address=address.group(0).strip() if address else "",
                tel=tel.group(1),
                fax=fax.group(1) if fax else "",
                source=source(doc, section, window[0].start_line, window[-1].end_line),
                issuer=issuer,
            ))
    return out
