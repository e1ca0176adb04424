# planbot: the answering service with its index built in.
# BASE: the official Python image by default; scripts/container.sh builds on a Debian base made with debootstrap.
# EXTRAS=st adds the production embedders (torch's CPU build from its own index); EXTRAS= leaves them out.
ARG BASE=python:3.11-slim
FROM ${BASE}
ARG EXTRAS=st
ARG TORCH_INDEX=https://download.pytorch.org/whl/cpu
# A CA bundle for pip where a proxy re-signs TLS (scripts/container.sh mounts the host's); unset, pip's own.
ARG PIP_CERT

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PATH=/opt/venv/bin:$PATH \
    PLANBOT_CORPUS_DIR=/app/corpus PLANBOT_INDEX_DIR=/app/var/index PLANBOT_CACHE_DIR=/app/var/cache \
    PLANBOT_DB=/app/var/planbot.sqlite

# gcc builds wheels that have none for this platform; the IPA Gothic font draws the LINE rich menu
# (`planbot line richmenu`). A plain Debian base brings Python from Debian (the Python image has its own).
RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libgomp1 fonts-ipafont-gothic ca-certificates \
    && (python3 -m venv --help >/dev/null 2>&1 || apt-get install -y --no-install-recommends python3 python3-venv python3-dev) \
    && rm -rf /var/lib/apt/lists/* \
    && python3 -m venv /opt/venv

WORKDIR /app
# CPU-only torch first (for sentence-transformers models), so pip never pulls the CUDA build.
RUN case ",${EXTRAS}," in *,st,*) pip install --index-url "${TORCH_INDEX}" torch==2.13.0 ;; esac
COPY pyproject.toml README.md ./
COPY bot bot
COPY index index
COPY handlers handlers
# SudachiPy's dictionary (sudachidict-core) comes in as a dependency.
RUN pip install ".${EXTRAS:+[${EXTRAS}]}"

COPY corpus corpus
RUN useradd --create-home --uid 10001 planbot && mkdir -p /app/var && chown -R planbot /app
USER planbot
# The index is built into the image, so the container answers from its first request.
RUN planbot build

EXPOSE 8000
# The service: LINE and Slack webhooks, the chat page at /, the staff pages (with PLANBOT_STAFF_PASSWORD).
# Behind a load balancer set PLANBOT_TRUSTED_PROXIES to its address; replicas share PLANBOT_DATABASE_URL.
CMD ["planbot", "serve", "--host", "0.0.0.0", "--port", "8000"]
