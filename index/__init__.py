"""From plan documents to a searchable index: parse, tokenize, chunk, embed, store, search."""

import os

# OpenMP threads (the bundled embedder, FAISS) spin while they wait by default: on a busy machine
# that multiplied query-embedding time a hundredfold. Sleeping waits cost nothing when idle. Set
# before any OpenMP library loads, which happens only through this package.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
