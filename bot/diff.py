"""What changed between two index builds, in plain Japanese: documents, sections and facts."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from index.facts import Facts

SHOW = 20  # lines listed per kind of change; the rest are counted


@dataclass
class Snapshot:
    """A build as the diff sees it: documents, section texts and facts (no vectors needed)."""

    name: str
    documents: dict[str, dict]  # file → {"title", "sha256"}
    sections: dict[tuple[str, str], str]  # (title, section path) → text
    facts: Facts


def snapshot(directory: Path) -> Snapshot:
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    chunks = json.loads((directory / "chunks.json").read_text(encoding="utf-8"))
    extra = json.loads((directory / "extra.json").read_text(encoding="utf-8"))
    sections: dict[tuple[str, str], list[str]] = defaultdict(list)
    for c in chunks:
        sections[(c["title"], c["section"])].append(c["text"])
    return Snapshot(
        name=directory.resolve().name,
        documents={d["file"]: d for d in manifest.get("corpus", [])},
        sections={key: "\n".join(texts) for key, texts in sections.items()},
        facts=Facts.from_dict(extra.get("facts", {})),
    )


def edition_snapshot(directory: Path, file: str) -> Snapshot:
    """One document of a build as a snapshot of its own, its sections keyed without the title,
    so that two editions of a plan (different files and titles) compare section by section."""
    whole = snapshot(directory)
    doc = whole.documents.get(file)
    if doc is None:
        raise ValueError(f"{file} はこのビルドにありません")
    facts = Facts(**{
        name: [f for f in getattr(whole.facts, name) if f.source.file == file] for name in Facts.__dataclass_fields__
    })
    sections = {("", s): text for (t, s), text in whole.sections.items() if t == doc["title"]}
    return Snapshot(f"{doc['title']}（{file}）", {"edition": doc}, sections, facts)


def _place(title: str, section: str) -> str:
    return f"{title} › {section}" if title else section


def _changes(label: str, old: dict, new: dict, describe, compare) -> list[str]:
    """Added, removed and changed items of one kind, keyed alike in both builds."""
    lines = [f"{label}が追加されました: {describe(new[k])}" for k in new if k not in old]
    lines += [f"{label}がなくなりました: {describe(old[k])}" for k in old if k not in new]
    for key in old.keys() & new.keys():
        lines += compare(old[key], new[key])
    return lines


def _field_changes(name: str, old, new, fields: dict[str, str]) -> list[str]:
    return [f"{name} {label}: {getattr(old, f) or '—'} → {getattr(new, f) or '—'}"
            for f, label in fields.items() if getattr(old, f) != getattr(new, f)]


def diff(old: Snapshot, new: Snapshot) -> dict[str, list[str]]:
    """Changes grouped by kind, each line readable on its own."""
    out: dict[str, list[str]] = {}
    out["文書"] = (
        [f"文書が追加されました: {d['title']}（{f}）" for f, d in new.documents.items() if f not in old.documents]
        + [f"文書がなくなりました: {d['title']}（{f}）" for f, d in old.documents.items() if f not in new.documents]
        + [f"文書が改訂されました: {d['title']}（{f}）" for f, d in new.documents.items()
           if f in old.documents and old.documents[f].get("sha256") != d.get("sha256")]
    )
    out["セクション"] = (
        [f"追加: {_place(t, s)}" for (t, s) in new.sections if (t, s) not in old.sections]
        + [f"削除: {_place(t, s)}" for (t, s) in old.sections if (t, s) not in new.sections]
        + [f"変更: {_place(t, s)}" for (t, s), text in new.sections.items()
           if (t, s) in old.sections and old.sections[(t, s)] != text]
    )
    o, n = old.facts, new.facts
    out["成果指標"] = _changes(
        "成果指標", {i.name: i for i in o.indicators}, {i.name: i for i in n.indicators},
        lambda i: f"{i.name}（目標 {i.target}{i.unit}）",
        lambda a, b: _field_changes(a.name, a, b, {"current": "現状", "target": "目標", "unit": "単位",
                                                   "current_label": "現状の年度", "target_label": "目標の年度"}),
    ) + _changes(
        "目標", {(t.subject, t.year): t for t in o.targets}, {(t.subject, t.year): t for t in n.targets},
        lambda t: f"{t.year}の{t.subject} {t.value}",
        lambda a, b: _field_changes(f"{a.year}の{a.subject}", a, b, {"value": "目標"}),
    )
    out["団体"] = _changes(
        "団体", {g.name: g for g in o.organisations}, {g.name: g for g in n.organisations},
        lambda g: f"{g.name}（{'・'.join(x for x in (g.area, g.centre) if x)}、設立 {g.founded}）",
        lambda a, b: _field_changes(a.name, a, b, {"area": "地域", "centre": "エリア",
                                                   "founded": "設立", "managed": "指定"}),
    ) + _changes(
        "担当窓口", {f.name: f for f in o.offices}, {f.name: f for f in n.offices},
        lambda f: f"{f.name} TEL {f.tel}",
        lambda a, b: _field_changes(a.name, a, b, {"address": "住所", "tel": "TEL", "fax": "FAX"}),
    )
    key = lambda e: (e.name, e.venue, e.area)  # noqa: E731
    out["日程"] = _changes(
        "日程", {key(e): e for e in o.events}, {key(e): e for e in n.events},
        lambda e: f"{e.venue or e.name} {e.date}",
        lambda a, b: _field_changes(a.venue or a.name, a, b, {"date": "日程", "participants": "参加者数"}),
    ) + _changes(
        "事業", {p.number: p for p in o.projects}, {p.number: p for p in n.projects},
        lambda p: f"事業{p.number}「{p.name}」",
        lambda a, b: _field_changes(f"事業{a.number}「{a.name}」", a, b, {"name": "名称", "status": "区分", "plan": "年次計画"}),
    )
    out["用語"] = _changes(
        "用語", {t.term: t for t in o.terms if t.definition}, {t.term: t for t in n.terms if t.definition},
        lambda t: t.term,
        lambda a, b: [f"用語「{a.term}」の定義が変わりました"] if a.definition != b.definition else [],
    )
    return {kind: sorted(lines) for kind, lines in out.items() if lines}


def format_diff(old: Snapshot, new: Snapshot, changes: dict[str, list[str]]) -> str:
    if not changes:
        return f"変更はありません（{old.name} → {new.name}）"
    lines = [f"改訂の差分: {old.name} → {new.name}"]
    for kind, items in changes.items():
        lines.append(f"【{kind}】{len(items)}件")
        lines += [f"  ・{item}" for item in items[:SHOW]]
        if len(items) > SHOW:
            lines.append(f"  ほか{len(items) - SHOW}件")
    return "\n".join(lines)
