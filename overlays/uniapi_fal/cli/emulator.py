"""`emulator`: the local fal queue, for trying the CLI and for tests (emulator extra)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command(
        "emulator",
        context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
        add_help_option=False,
    )
    def emulator(ctx: typer.Context) -> None:
        """Start the local fal-queue emulator; options as `uniapi-fal emulator --help`.

        Example: uniapi-fal emulator --port 8080
        """
        try:
            from fal_queue_emulator.__main__ import main as emulator_main
        except ImportError as exc:
            raise SystemExit(
                f"the emulator needs the emulator extra ({exc.name} is missing): "
                "pip install 'uniapi-fal[emulator]'"
            ) from None
        raise typer.Exit(emulator_main(list(ctx.args), prog="uniapi-fal emulator"))
