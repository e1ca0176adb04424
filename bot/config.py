"""Settings from the environment or a `.env` file, with defaults that work offline."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every setting has a PLANBOT_ variable; secrets of the chat platforms use their usual names."""

    model_config = SettingsConfigDict(env_prefix="PLANBOT_", env_file=".env", extra="ignore")

    corpus_dir: Path = Path("corpus")
    index_dir: Path = Path("var/index")
    cache_dir: Path = Path("var/cache")
    embedder: str = "e5-small"
    faiss_index: Literal["flat", "hnsw"] = "flat"
    top_k: int = Field(default=3, ge=1, le=20)
    max_question_chars: int = Field(default=500, ge=10)

    @property
    def embedding_cache(self) -> Path:
        return self.cache_dir / "embeddings.sqlite"


def get_settings() -> Settings:
    return Settings()
