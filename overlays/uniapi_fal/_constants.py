"""Defaults, in one place so the docs and the code cannot disagree."""

from __future__ import annotations

DEFAULT_BASE_URL = "https://api.uniapi.io"
API_KEY_ENV = "UNIAPI_API_KEY"
BASE_URL_ENV = "UNIAPI_BASE_URL"
FAL_KEY_ENV = "FAL_KEY"  # read when the base URL is fal's queue and no UniAPI key is set
FAL_KEY_ID_ENV = "FAL_KEY_ID"  # with FAL_KEY_SECRET: the key is "<id>:<secret>"
FAL_KEY_SECRET_ENV = "FAL_KEY_SECRET"

DEFAULT_TIMEOUT = 60.0  # seconds per HTTP request (not per job: see `timeout=` of run/wait)
DEFAULT_CONNECT_TIMEOUT = 10.0
# AsyncClient: requests in flight at once at most, and its pool's size: a ceiling, not a
# target. Within it the short requests in flight follow the latency (see _concurrency):
# 128 fill a link 150 ms away, and a near server, where the client's CPU is the limit,
# gets only the few that help. The pool opens connections only as they are needed, in
# small shards (see _pool): httpcore's cost per request grows with a pool's size.
DEFAULT_MAX_CONNECTIONS = 256
# Status streams open at once (each holds a connection for its job's life); further waits
# poll, planned by what the streams learn (see _pace). Client: 50 (a thread each).
DEFAULT_MAX_STREAMS = 50
# AsyncClient: at most this many, and at most half its max_connections. A few streams
# learn an endpoint's durations as well as many: 1,000 jobs on the emulator cost 15 %
# more client CPU with 128 streams than with 8, and ended no sooner.
DEFAULT_ASYNC_STREAMS = 8

# Polling when the status stream is not offered (see PollSchedule): every 0.5 s for the
# first 20 polls of a state, then backing off by 1.2x per poll to one every 2 s.
POLL_INITIAL_DELAY = 0.5
POLL_STEADY_POLLS = 20
POLL_FACTOR = 1.2
POLL_MAX_DELAY = 2.0

# fal sends a keep-alive comment about every 15 s; a longer silence means a dead stream.
STREAM_READ_TIMEOUT = 30.0

# Retries of reads (status, result, cancel); submit is retried only when nothing was sent.
DEFAULT_MAX_RETRIES = 5
RETRY_INITIAL_DELAY = 0.5  # full jitter: a random wait in [0, min(max, initial * 2**n)]
RETRY_MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0  # a server asking to wait longer gets a RateLimitError instead
RETRY_DEADLINE = 120.0  # seconds for one call, all attempts and waits included

JOURNAL_ENV = "UNIAPI_FAL_JOURNAL"  # a path, or "off"
LOG_ENV = "UNIAPI_FAL_LOG"  # "debug" or "info"

# A local file given where a URL is expected is sent inline as a data URI up to this size;
# fal accepts data URIs for small inputs only.
MAX_INLINE_FILE_BYTES = 8 * 1024 * 1024

# Downloads of result files (`client.download`).
DEFAULT_DOWNLOAD_TIMEOUT = 600.0
"""Seconds for a whole `download` call (all its files); None turns the deadline off."""
DEFAULT_STALL_TIMEOUT = 30.0
"""Seconds without a byte after which a download is abandoned."""
DEFAULT_MAX_BYTES = 2 * 1024**3
"""The largest file saved (2 GiB), announced or not; None turns the cap off."""
