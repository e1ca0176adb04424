"""Load the plan documents named in the corpus manifest (`documents.toml`)."""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from pathlib import Path

MANIFEST = "documents.toml"
DOCUMENT_SUFFIXES = {".txt", ".md"}


class CorpusError(Exception):
    """The corpus cannot be used; each problem names its file and the reason."""

    def __init__(self, problems: str | list[str]) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class Document:
    """One plan document: its manifest entry and its text."""

    file: str
    title: str
    issuer: str
    period: str
    text: str
    sha256: str


def load_corpus(corpus_dir: Path) -> list[Document]:
    """Read the manifest and every document it names; refuse mismatches and unreadable files."""
    manifest_path = corpus_dir / MANIFEST
    if not manifest_path.is_file():
        raise CorpusError(f"{manifest_path}: コーパスの目録（{MANIFEST}）がありません")
    try:
        manifest = tomllib.loads(manifest_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CorpusError(f"{manifest_path}: 目録を読めません: {exc}") from exc

    entries = manifest.get("document", [])
    if not entries:
        raise CorpusError(f"{manifest_path}: 文書が1件も登録されていません（[[document]] がありません）")

    documents: list[Document] = []
    problems: list[str] = []
    listed: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        missing = [key for key in ("file", "title") if not str(entry.get(key, "")).strip()]
        if missing:
            problems.append(f"{manifest_path}: {number}件目の文書に {', '.join(missing)} がありません")
            continue
        name = entry["file"]
        if name in listed:
            problems.append(f"{manifest_path}: {name} が2回登録されています")
            continue
        listed.add(name)
        try:
            documents.append(_read_document(corpus_dir / name, entry))
        except CorpusError as exc:
            problems += exc.problems

    unlisted = sorted(
        p.name for p in corpus_dir.iterdir() if p.suffix in DOCUMENT_SUFFIXES and p.name not in listed
    )
    if unlisted:
        problems.append(
            f"{corpus_dir}: 目録にない文書があります: {', '.join(unlisted)}（{MANIFEST} に登録してください）"
        )
    if problems:
        raise CorpusError(problems)
    return documents


def _read_document(path: Path, entry: dict) -> Document:
    if not path.is_file():
        raise CorpusError(f"{path}: 目録に登録されていますがファイルがありません")
    raw = path.read_bytes()
    if not raw.strip():
        raise CorpusError(f"{path}: ファイルが空です")
    if b"\x00" in raw:
        raise CorpusError(f"{path}: バイナリファイルのようです（NUL バイトを含みます）")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: UTF-8 として読めません（{exc.start} バイト目）") from exc
    return Document(
        file=path.name,
        title=entry["title"].strip(),
        issuer=str(entry.get("issuer", "")).strip(),
        period=str(entry.get("period", "")).strip(),
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
    )
