"""Settings from the environment or a `.env` file, with defaults that work offline."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _env(name: str) -> AliasChoices:
    """A chat platform setting keeps the platform's usual variable name (LINE_CHANNEL_SECRET…)."""
    return AliasChoices(name, name.lower())


class Settings(BaseSettings):
    """Every planbot setting has a PLANBOT_ variable; secrets are SecretStr so they never print."""

    model_config = SettingsConfigDict(env_prefix="PLANBOT_", env_file=".env", extra="ignore", populate_by_name=True)

    corpus_dir: Path = Path("corpus")
    index_dir: Path = Path("var/index")
    cache_dir: Path = Path("var/cache")
    db: Path = Path("var/planbot.sqlite")
    # PostgreSQL for replicas sharing one state (postgresql://user:pass@host:port/db); SQLite at `db` when unset.
    database_url: SecretStr | None = None
    embedder: str = "e5-small"
    faiss_index: Literal["flat", "hnsw"] = "flat"
    top_k: int = Field(default=3, ge=1, le=20)
    max_question_chars: int = Field(default=500, ge=10)
    keep_builds: int = Field(default=3, ge=2)  # index builds kept for rollback (the live one included)
    log_retention_days: int = Field(default=365, ge=1)
    admin_token: SecretStr | None = None  # enables POST /admin/reload (bearer token)
    api_token: SecretStr | None = None  # enables POST /api/ask (bearer token); the endpoint is off without it
    api_queue: int = Field(default=8, ge=0)  # /api/ask requests waiting beyond this get 503 + Retry-After
    user_questions_per_minute: int = Field(default=10, ge=1)  # per chat user; more are asked to wait
    hash_salt: SecretStr | None = None  # salt of the user-id hashes; else a 0600 file beside the database
    data_key: SecretStr | None = None  # Fernet key sealing push targets and pending events; else a 0600 file
    outbox_give_up_seconds: float = Field(default=3600, gt=0)  # an answer not delivered by then is logged as lost
    outbox_poll_seconds: float = Field(default=2.0, gt=0)
    lease_seconds: float = Field(default=60.0, ge=2)  # an event or parcel a dead replica held is taken up after this
    delivery_timeout: float = Field(default=45.0, gt=0)  # one call to a chat API; shorter than the lease
    delivery_concurrency: int = Field(default=16, ge=1)  # parcels in flight at once (one at a time per recipient)
    web_queue: int = Field(default=8, ge=0)  # web questions waiting beyond this get 503 with Retry-After
    address_questions_per_minute: int = Field(default=30, ge=1)  # web questions from one client address
    chat_question_chars: int = Field(default=200, ge=20)  # longer chat questions: answered on this prefix, with a hint
    trusted_proxies: str = ""  # addresses or networks of the load balancers whose X-Forwarded-For is believed
    staff_login_max_wait: float = Field(default=30.0, ge=1)  # the longest wait a run of failed logins imposes
    log_format: Literal["json", "text"] = "json"
    today: date | None = None  # PLANBOT_TODAY=YYYY-MM-DD answers "as of" that day (tests, what-if); else the clock

    visitor_secret: SecretStr | None = None  # signs web chat visitor tokens; else a 0600 file beside the database
    public_url: str = ""  # this service's https address, so LINE citations can link to its source view
    web_embed_origins: str = ""  # sites that may show the chat page in an iframe (space-separated origins)
    staff_password: SecretStr | None = None  # enables the staff pages (/staff); off without it
    staff_user: str = "staff"

    # The optional answer generator (any OpenAI-compatible endpoint); off unless base URL and model are set.
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: SecretStr | None = None
    llm_timeout: float = Field(default=10.0, gt=0)  # seconds; past it the extractive answer is sent
    llm_japanese: bool = False  # also rewrite Japanese answers (they are extractive and exact without it)

    line_channel_secret: SecretStr | None = Field(default=None, validation_alias=_env("LINE_CHANNEL_SECRET"))
    line_channel_access_token: SecretStr | None = Field(
        default=None, validation_alias=_env("LINE_CHANNEL_ACCESS_TOKEN")
    )
    line_api_base_url: str = Field(default="https://api.line.me", validation_alias=_env("LINE_API_BASE_URL"))
    line_api_data_base_url: str = Field(default="https://api-data.line.me",
                                        validation_alias=_env("LINE_API_DATA_BASE_URL"))  # rich menu images
    font: str | None = None  # a Japanese font file for the rich menu image (default: a system font)
    max_webhook_bytes: int = Field(default=1_000_000, ge=1000)

    slack_signing_secret: SecretStr | None = Field(default=None, validation_alias=_env("SLACK_SIGNING_SECRET"))
    slack_bot_token: SecretStr | None = Field(default=None, validation_alias=_env("SLACK_BOT_TOKEN"))
    slack_api_base_url: str = Field(default="https://slack.com/api/", validation_alias=_env("SLACK_API_BASE_URL"))
    slack_command: str = "/plan"

    @model_validator(mode="after")
    def _timeout_within_lease(self) -> Settings:
        if self.delivery_timeout >= self.lease_seconds:
            raise ValueError("PLANBOT_DELIVERY_TIMEOUT must be shorter than PLANBOT_LEASE_SECONDS")
        return self

    def current_date(self) -> date:
        """The day plan statuses are judged on: PLANBOT_TODAY, or the clock."""
        return self.today or date.today()

    @property
    def embedding_cache(self) -> Path:
        return self.cache_dir / "embeddings.sqlite"
