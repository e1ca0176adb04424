"""Load the plan documents named in the corpus manifest (`documents.toml`)."""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path

from index.convert import CONVERTIBLE, ConversionError, cached_text
from index.era import years_in

MANIFEST = "documents.toml"
DOCUMENT_SUFFIXES = {".txt", ".md", *CONVERTIBLE}
DIRECTIONS = ("up", "down")


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
    first_year: int = 0  # fiscal years of the plan's period (0: not given)
    last_year: int = 0
    series: str = ""  # e.g. 総合計画 基本構想: editions of one plan share it
    supersedes: str = ""  # the file of the edition this one replaces
    superseded_by: str = ""  # the title of a successor whose text is not in the corpus yet
    url: str = ""
    aliases: tuple[str, ...] = ()  # names people use for the plan that cannot be derived from its title
    published: str = ""  # when the plan was published (令和6年3月), as the manifest says
    direction: str = ""  # "up" / "down": how the plan's indicators are to move toward their targets
    directions: tuple[tuple[str, str], ...] = ()  # (indicator name, "up" / "down"), overriding `direction`

    def direction_of(self, indicator: str) -> str:
        """The manifest's direction for an indicator of this plan (its own, else the plan's, else "")."""
        key = re.sub(r"\s", "", indicator)
        return next((d for name, d in self.directions if re.sub(r"\s", "", name) == key), self.direction)

    @property
    def plan(self):
        from index.timeline import Plan

        return Plan(self.file, self.title, self.first_year, self.last_year, self.series, self.supersedes,
                    self.superseded_by, self.url)


@dataclass(frozen=True)
class DirectoryColumns:
    """Which table columns make a row a directory entry (an organisation), by words of their labels."""

    name: tuple[str, ...] = ("団体名", "名称")
    founded: tuple[str, ...] = ("設立",)
    area: tuple[str, ...] = ("地域", "地区")
    centre: tuple[str, ...] = ()
    managed: tuple[str, ...] = ()


@dataclass(frozen=True)
class BotConfig:
    """What the manifest's `[bot]` table says about these plans, so no string of one city sits in code.

    home: the municipality the bot serves (its plans come first when a question names none);
    organisation_words: what residents call the organisations of the directory table (協働体…);
    directory: its columns; suggestions: follow-up templates with {area}; fallback_contact: who to
    ask when the plans give no office; english: English words for the plans' terms (協働推進会議…).
    """

    home: str = ""
    organisation_words: tuple[str, ...] = ("団体", "組織")
    directory: DirectoryColumns = field(default_factory=DirectoryColumns)
    area_suggestions: tuple[str, ...] = ()
    fallback_contact: str = ""
    english: dict[str, str] = field(default_factory=dict)  # the plans' own terms for English questions
    plans_url: str = ""  # the city's web page of its plans (the LINE menu's 市の計画ページ)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> BotConfig:
        columns = {k: tuple(v) for k, v in (data.get("directory") or {}).items() if k in DirectoryColumns.__dataclass_fields__}
        return cls(
            home=str(data.get("home", "")),
            organisation_words=tuple(data.get("organisation_words", cls.organisation_words)),
            directory=DirectoryColumns(**columns),
            area_suggestions=tuple(data.get("area_suggestions", ())),
            fallback_contact=str(data.get("fallback_contact", "")),
            english={str(k).lower(): str(v) for k, v in (data.get("english") or {}).items()},
            plans_url=str(data.get("plans_url", "")) if str(data.get("plans_url", "")).startswith("https://") else "",
        )


def municipalities(issuer: str) -> list[str]:
    """The municipalities in an issuer line: 一関市・平泉町 → [一関市, 平泉町]; a note in brackets
    (〇〇市（中心市）) is no municipality."""
    issuer = re.sub(r"[（(][^）)]*[）)]", " ", issuer)
    return re.findall(r"[^\s・、,/と及び]+?[都道府県市区町村]", issuer)


def load_config(corpus_dir: Path) -> BotConfig:
    """The `[bot]` table of the manifest (defaults when it has none)."""
    path = corpus_dir / MANIFEST
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return BotConfig()
    return BotConfig.from_dict(data.get("bot", {}))


def load_corpus(corpus_dir: Path, convert_cache: Path | None = None) -> list[Document]:
    """Read the manifest and every document it names; refuse mismatches and unreadable files.

    A PDF, Word, Excel or HTML file is converted into text (cached by its hash in `convert_cache`).
    """
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
            documents.append(_read_document(corpus_dir / name, entry, convert_cache))
        except CorpusError as exc:
            problems += exc.problems

    problems += _edition_problems(manifest_path, entries, listed)
    unlisted = sorted(
        p.name for p in corpus_dir.iterdir() if p.suffix.lower() in DOCUMENT_SUFFIXES and p.name not in listed
    )
    if unlisted:
        problems.append(
            f"{corpus_dir}: 目録にない文書があります: {', '.join(unlisted)}（{MANIFEST} に登録してください）"
        )
    if problems:
        raise CorpusError(problems)
    return documents


_NOTE = re.compile(r"【[^】]*】|［[^］]*］|\[[^\]]*\]")


def _stated_years(entry: dict) -> tuple[int, int]:
    """First and last fiscal year read from the free-text period (令和6年度～令和10年度) when not given;
    a note in lenticular or square brackets (【次期（令和9年度～）策定中】) is not the period."""
    text = str(entry.get("period", ""))
    years = years_in(_NOTE.sub("", text)) or years_in(text)
    return (min(years), max(years)) if years else (0, 0)


def _year(entry: dict, key: str) -> int:
    value = entry.get(key, 0)
    return value if isinstance(value, int) and not isinstance(value, bool) else -1


def _edition_problems(manifest_path: Path, entries: list[dict], listed: set[str]) -> list[str]:
    """Periods that are not years or end before they start; `supersedes` naming no document."""
    problems = []
    for entry in entries:
        name = entry.get("file", "?")
        first, last = _year(entry, "first_year"), _year(entry, "last_year")
        if first < 0 or last < 0:
            problems.append(f"{manifest_path}: {name} の first_year / last_year は西暦の年度（整数）で書いてください")
        elif first and last and last < first:
            problems.append(f"{manifest_path}: {name} の計画期間が逆です（{first}年度から{last}年度）")
        directions = entry.get("directions", {})
        if not isinstance(directions, dict):
            problems.append(f"{manifest_path}: {name} の directions は表（指標名 = \"up\" / \"down\"）で書いてください")
            directions = {}
        said = [("direction", entry.get("direction", "up")), *((f"directions の「{k}」", v) for k, v in directions.items())]
        for where, value in said:
            if value not in DIRECTIONS:
                problems.append(f"{manifest_path}: {name} の {where} は \"up\"（増やす）か \"down\"（減らす）で"
                                f"書いてください（\"{value}\" とあります）")
        target = entry.get("supersedes")
        if target and target not in listed:
            problems.append(f"{manifest_path}: {name} の supersedes = \"{target}\" に当たる文書が目録にありません")
        if target and target == name:
            problems.append(f"{manifest_path}: {name} が自分自身を supersedes に指定しています")
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            problems.append(f"{manifest_path}: {name} の aliases は呼び名の文字列のリストで書いてください"
                            '（例: aliases = ["〇〇プラン"]）')
    return problems


def _read_text(path: Path, raw: bytes, convert_cache: Path | None) -> str:
    """The document's text: a text file as it is, a PDF, Word, Excel or HTML file converted."""
    if path.suffix.lower() in CONVERTIBLE:
        try:
            return cached_text(path, raw, convert_cache)
        except ConversionError as exc:
            raise CorpusError(str(exc)) from exc
    if b"\x00" in raw:
        raise CorpusError(f"{path}: バイナリファイルのようです（NUL バイトを含みます）")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: UTF-8 として読めません（{exc.start} バイト目）") from exc


def _read_document(path: Path, entry: dict, convert_cache: Path | None = None) -> Document:
    if not path.is_file():
        raise CorpusError(f"{path}: 目録に登録されていますがファイルがありません")
    raw = path.read_bytes()
    if not raw.strip():
        raise CorpusError(f"{path}: ファイルが空です")
    text = _read_text(path, raw, convert_cache)
    if not text.strip():
        raise CorpusError(f"{path}: 変換しても文字がありません（画像だけの文書か確認してください）")
    return Document(
        file=path.name,
        title=entry["title"].strip(),
        issuer=str(entry.get("issuer", "")).strip(),
        period=str(entry.get("period", "")).strip(),
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        first_year=max(_year(entry, "first_year"), 0) or _stated_years(entry)[0],
        last_year=max(_year(entry, "last_year"), 0) or _stated_years(entry)[1],
        series=str(entry.get("series", "")).strip(),
        supersedes=str(entry.get("supersedes", "")).strip(),
        superseded_by=str(entry.get("superseded_by", "")).strip(),
        url=str(entry.get("url", "")).strip(),
        published=str(entry.get("published", "")).strip(),
        aliases=tuple(a.strip() for a in entry.get("aliases", []) if isinstance(a, str) and a.strip())
        if isinstance(entry.get("aliases", []), list) else (),
        direction=entry.get("direction", "") if entry.get("direction") in DIRECTIONS else "",
        directions=tuple((str(k), v) for k, v in (entry.get("directions") or {}).items()
                         if v in DIRECTIONS) if isinstance(entry.get("directions"), dict) else (),
    )
