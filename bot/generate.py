"""The optional answer generator: any OpenAI-compatible chat endpoint writes the answer in the
question's language from the retrieved evidence only; bot.verify checks it before it is sent.

Off unless PLANBOT_LLM_BASE_URL and PLANBOT_LLM_MODEL are set. Whatever goes wrong (timeout, error,
an unsupported claim, a citation that does not exist) the extractive answer is sent instead, and
the verdict is kept with the question in the log.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from bot.answer import Answer, Citation
from bot.sources import passages_for
from bot.verify import Verdict, check

log = logging.getLogger("planbot.generate")
EVIDENCE_CHARS = 1200
LANGUAGE_NAMES = {"ja": "Japanese", "en": "English", "zh": "Chinese", "ko": "Korean", "vi": "Vietnamese",
                  "tl": "Tagalog", "pt": "Portuguese", "ne": "Nepali", "es": "Spanish", "id": "Indonesian",
                  "th": "Thai", "fr": "French", "de": "German"}
INSTRUCTIONS = """You answer residents' questions about a Japanese city's plan documents.
Use only the numbered evidence below; never add facts from elsewhere.
Write the answer in {language}, in two to four short sentences.
After every sentence, cite the evidence it comes from as [n].
Copy numbers, dates and years exactly as the evidence gives them; write Japanese names and terms as written in the evidence, in 「」.
If the evidence does not answer the question, say so in one sentence and cite nothing."""


@dataclass
class Evidence:
    citation: Citation
    text: str


class Generator:
    """One OpenAI-compatible endpoint, through the official client (its base_url points anywhere)."""

    def __init__(self, base_url: str, model: str, api_key: str = "", timeout: float = 10.0) -> None:
        from openai import OpenAI

        self.model = model
        self.timeout = timeout
        self.client = OpenAI(base_url=base_url, api_key=api_key or "not-needed", timeout=timeout, max_retries=0)

    def write(self, question: str, language: str, evidence: list[Evidence]) -> str:
        listed = "\n\n".join(f"[{i}] {e.citation.title} › {e.citation.section}\n{e.text[:EVIDENCE_CHARS]}"
                             for i, e in enumerate(evidence, 1))
        response = self.client.chat.completions.create(
            model=self.model,
            temperature=0,
            messages=[
                {"role": "system", "content": INSTRUCTIONS.format(language=LANGUAGE_NAMES.get(language, language))},
                {"role": "user", "content": f"Question: {question}\n\nEvidence:\n{listed}"},
            ],
        )
        return (response.choices[0].message.content or "").strip()


def evidence_for(engine, answer: Answer) -> list[Evidence]:
    """What the generator may see for an answer: the passages behind its citations (bot.sources)."""
    return [Evidence(c, text) for c, text in passages_for(engine.index, engine.searcher, answer)]


def make_generator(settings) -> Generator | None:
    """The configured generator, or None (the default: answers are extractive only)."""
    if not (settings.llm_base_url and settings.llm_model):
        return None
    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else ""
    return Generator(settings.llm_base_url, settings.llm_model, key, settings.llm_timeout)


def wanted(answer: Answer, japanese_too: bool = False) -> bool:
    """Generate for questions not in Japanese (unless asked to for Japanese too), never over a decline."""
    if answer.kind == "unsupported":
        return True
    return answer.confident and (answer.language != "ja" or japanese_too)


def rewritten(generator: Generator | None, engine, answer: Answer) -> Answer:
    """The answer rewritten by the generator and checked, where one is configured and wanted; else as it was."""
    if generator is None or not wanted(answer, engine.settings.llm_japanese):
        return answer
    evidence = evidence_for(engine, answer)
    return generated(generator, answer, evidence) if evidence else answer


def generated(generator: Generator, fallback: Answer, evidence: list[Evidence]) -> Answer:
    """The generated answer if it passes the check, else `fallback`; the verdict goes into its detail."""
    started = time.perf_counter()
    try:
        text = generator.write(fallback.question, fallback.language, evidence)
    except Exception as exc:  # timeout, refused connection, bad response: the extractive answer stands
        log.warning("generator failed: %s", type(exc).__name__)
        verdict = Verdict(False, [f"generator error: {type(exc).__name__}"])
        text = ""
    else:
        verdict = check(text, [e.text for e in evidence])
    record = {**verdict.to_dict(), "seconds": round(time.perf_counter() - started, 2)}
    if not verdict.passed:
        fallback.detail = {**fallback.detail, "generator": record}
        return fallback
    return Answer(fallback.question, text, fallback.intent, True, [e.citation for e in evidence],
                  fallback.suggestions, fallback.table, "generated", fallback.records,
                  {**fallback.detail, "generator": record}, fallback.language)
