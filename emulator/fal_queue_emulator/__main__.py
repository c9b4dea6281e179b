"""`python -m fal_queue_emulator`: serve the spec's models on a local port.

Loads the bundled spec (`openapi.json`, every model) in a fraction of a second:
validators and outputs are made per model on first use. Prints one line once
listening; `--ready-file` also writes the base URL to a file, so a Makefile or
another process can find the port chosen by `--port 0`. `--any-endpoint` also serves
endpoints the spec does not list.
Random faults come from one `--fault-*-rate` per kind, or from `--fault-mix`
spread over all kinds; the counters are at `GET /_emulator/stats`.
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


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="A local fal.ai queue server for every model in an OpenAPI spec.",
    )
    parser.add_argument("--port", type=int, required=True, help="port to listen on; 0 = free")
    parser.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1)")
    parser.add_argument(
        "--spec",
        type=Path,
        help="bundled OpenAPI document, .json or .yaml "
        "(default: generated/uniapi_fal_api/openapi.json, or the installed SDK's copy)",
    )
    parser.add_argument(
        "--any-endpoint",
        action="store_true",
        help="also accept submits to endpoints the spec does not list (bodies unchecked, "
        "a small generic result)",
    )
    parser.add_argument(
        "--accept-extra-fields",
        action="store_true",
        help="take inputs with fields the spec does not list, as extra_body= sends them "
        "(default: refused with a 422, as the spec's schemas say)",
    )
    parser.add_argument(
        "--queue-seconds", type=float, default=1.0, help="seconds a job is IN_QUEUE (default 1)"
    )
    parser.add_argument(
        "--run-seconds", type=float, default=3.0, help="seconds a job is IN_PROGRESS (default 3)"
    )
    parser.add_argument(
        "--log-interval", type=float, default=0.5, help="seconds between log lines (default 0.5)"
    )
    parser.add_argument(
        "--foreign-base-url",
        help="base of returned status/response URLs (default: the other local host name)",
    )
    parser.add_argument("--api-key", help="accept only this token (default: any token)")
    parser.add_argument(
        "--serve-files",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="serve the result files itself, so downloads work offline (default: on; off: "
        "file URLs as fal gives them, or on a host that never resolves)",
    )
    faults = parser.add_argument_group(
        "random faults",
        "Rates are shares (0 to 1) of the requests each fault applies to, each 0 by "
        "default; --fault-mix replaces the individual rates.",
    )
    for flag, (field, help_text) in _RATE_FLAGS.items():
        faults.add_argument(flag, dest=field, type=float, metavar="RATE", help=help_text)
    faults.add_argument(
        "--fault-mix",
        type=float,
        metavar="TOTAL",
        help="spread TOTAL evenly over all seven fault kinds, with short waits",
    )
    faults.add_argument(
        "--retry-after",
        type=float,
        metavar="SECONDS",
        help="Retry-After of a 429 (default 1, or 0.05 with --fault-mix)",
    )
    faults.add_argument(
        "--slow-seconds",
        type=float,
        metavar="SECONDS",
        help="delay of a slow answer (default 0.2, or 0.05 with --fault-mix)",
    )
    faults.add_argument(
        "--fault-seed", type=int, help="seed for the random faults (default: a new one each run)"
    )
    parser.add_argument("--ready-file", type=Path, help="write the base URL here once listening")
    return parser


_RATE_FLAGS = {
    "--fault-429-rate": ("rate_429", "share answered 429 with Retry-After"),
    "--fault-5xx-rate": ("rate_5xx", "share answered 500/502/503/504 with an HTML page"),
    "--fault-520-rate": ("rate_520", "share answered Cloudflare's 520"),
    "--fault-reset-rate": ("rate_reset", "share whose connection drops mid-response"),
    "--fault-slow-rate": ("rate_slow", "share answered after --slow-seconds (never submits)"),
    "--fault-unknown-status-rate": (
        "rate_unknown_status",
        "share of status requests answered with an unknown status",
    ),
    "--fault-duplicate-events-rate": (
        "rate_duplicate_events",
        "share of status streams that send each event twice",
    ),
}
"""Flag -> FaultConfig field and help."""


def _fault_config(args: argparse.Namespace, parser: argparse.ArgumentParser) -> FaultConfig:
    """The random faults the flags ask for; exits 2 if --fault-mix meets a rate flag."""
    rates: dict[str, float] = {
        field: getattr(args, field)
        for field, _ in _RATE_FLAGS.values()
        if getattr(args, field) is not None
    }
    waits = {
        name: value
        for name, value in (("retry_after", args.retry_after), ("slow_seconds", args.slow_seconds))
        if value is not None
    }
    if args.fault_mix is not None:
        conflicting = [flag for flag, (field, _) in _RATE_FLAGS.items() if field in rates]
        if conflicting:
            parser.error(f"--fault-mix cannot be combined with {', '.join(conflicting)}")
        return FaultConfig.mix(args.fault_mix, seed=args.fault_seed, **waits)
    return FaultConfig(**rates, **waits, seed=args.fault_seed)


def main(argv: Sequence[str] | None = None, *, prog: str = "python -m fal_queue_emulator") -> int:
    """`prog` names the command in `--help` and errors (`uniapi-fal emulator` from the CLI)."""
    parser = _parser(prog)
    args = parser.parse_args(argv)
    try:
        faults = _fault_config(args, parser)
        spec_path = args.spec or default_spec_path()
        config = EmulatorConfig(
            spec_path=spec_path,
            queue_seconds=args.queue_seconds,
            run_seconds=args.run_seconds,
            log_interval=args.log_interval,
            foreign_base_url=args.foreign_base_url,
            api_key=args.api_key,
            faults=faults,
            serve_files=args.serve_files,
            accept_extra_fields=args.accept_extra_fields,
            any_endpoint=args.any_endpoint,
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
