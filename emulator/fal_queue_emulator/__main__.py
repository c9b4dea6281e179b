"""`python -m fal_queue_emulator`: serve the spec's models on a local port.

Prints one line once listening; `--ready-file` also writes the base URL to a
file, so a Makefile or another process can find the port chosen by `--port 0`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ._config import EmulatorConfig
from ._faults import FaultConfig
from ._server import serve
from ._spec import SpecError, default_spec_path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m fal_queue_emulator",
        description="A local fal.ai queue server for every model in an OpenAPI spec.",
    )
    parser.add_argument("--port", type=int, required=True, help="port to listen on; 0 = free")
    parser.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1)")
    parser.add_argument("--spec", type=Path, help="OpenAPI document (default openapi/openapi.yaml)")
    parser.add_argument("--queue-seconds", type=float, default=1.0, help="time IN_QUEUE")
    parser.add_argument("--run-seconds", type=float, default=3.0, help="time IN_PROGRESS")
    parser.add_argument("--log-interval", type=float, default=0.5, help="seconds per log line")
    parser.add_argument(
        "--foreign-base-url",
        help="base of returned status/response URLs (default: the other local host name)",
    )
    parser.add_argument("--api-key", help="accept only this token (default: any token)")
    parser.add_argument("--fault-429-rate", type=float, default=0.0, help="share answered 429")
    parser.add_argument("--fault-500-rate", type=float, default=0.0, help="share answered 500")
    parser.add_argument("--fault-seed", type=int, help="seed for the random faults")
    parser.add_argument("--ready-file", type=Path, help="write the base URL here once listening")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        spec_path = args.spec or default_spec_path()
        config = EmulatorConfig(
            spec_path=spec_path,
            queue_seconds=args.queue_seconds,
            run_seconds=args.run_seconds,
            log_interval=args.log_interval,
            foreign_base_url=args.foreign_base_url,
            api_key=args.api_key,
            faults=FaultConfig(
                rate_429=args.fault_429_rate,
                rate_500=args.fault_500_rate,
                seed=args.fault_seed,
            ),
        )
    except (SpecError, ValueError) as exc:
        print(f"fal-queue-emulator: {exc}", file=sys.stderr)
        return 2

    def ready(base_url: str) -> None:
        if args.ready_file is not None:
            temporary = args.ready_file.with_name(args.ready_file.name + ".tmp")
            temporary.write_text(base_url + "\n", encoding="utf-8")
            temporary.replace(args.ready_file)  # readers never see half a URL
        print(f"fal-queue-emulator listening on {base_url}", flush=True)

    try:
        serve(config, host=args.host, port=args.port, on_ready=ready)
    except (SpecError, OSError) as exc:
        print(f"fal-queue-emulator: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
