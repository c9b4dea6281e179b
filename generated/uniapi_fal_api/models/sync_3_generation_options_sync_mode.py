from typing import Literal

Sync3GenerationOptionsSyncMode = Literal["bounce", "cut_off", "loop", "remap", "silence"]

SYNC_3_GENERATION_OPTIONS_SYNC_MODE_VALUES: set[Sync3GenerationOptionsSyncMode] = {
    "bounce",
    "cut_off",
    "loop",
    "remap",
    "silence",
}


def check_sync_3_generation_options_sync_mode(value: str) -> Sync3GenerationOptionsSyncMode:
    if value in SYNC_3_GENERATION_OPTIONS_SYNC_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SYNC_3_GENERATION_OPTIONS_SYNC_MODE_VALUES!r}"
    )
