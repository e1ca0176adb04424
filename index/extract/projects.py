"""事業N sections: status (新規 / 継続 / 拡充…), content and the year-by-year plan (検討 / 実施 / →)."""

from __future__ import annotations

import re

from index.extract.common import source
from index.facts import Project
from index.parse import ParsedDocument, normalize

STATUSES = "新規|継続|拡充|重点|廃止|統合|完了"
_PROJECT = re.compile(rf"^事業\s*(\d+)\s+(.+?)(?:\s*\(?({STATUSES})\)?)?$")


def extract_projects(doc: ParsedDocument) -> list[Project]:
    out = []
    for section in doc.sections:
        m = _PROJECT.match(normalize(section.title))
        if not m:
            continue
        rows = [b for b in section.blocks if b.kind == "row"]
        content = ""
        plan: list[tuple[str, str]] = []
        for k, row in enumerate(rows):
            values = [v for _, v in row.cells]
            if values and values[0] == "内容":
                content = next((v for v in values[1:] if v and v != "実施年度"), "")
            years = [(i, v) for i, v in enumerate(values) if re.fullmatch(r"\d+年度", v)]
            if years and k + 1 < len(rows):
                steps = [v for _, v in rows[k + 1].cells]
                previous = ""
                for i, year in years:
                    step = steps[i] if i < len(steps) else ""
                    previous = previous if step in ("→", "") else step
                    plan.append((year, previous))
        if not content:
            content = next((b.text for b in section.blocks if b.kind == "text"), "")
        out.append(Project(m.group(1), m.group(2).strip(), m.group(3) or "", content, plan,
                           source(doc, section, section.start_line, section.end_line)))
    return out
