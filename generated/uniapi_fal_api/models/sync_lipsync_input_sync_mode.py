from typing import Literal

SyncLipsyncInputSyncMode = Literal["bounce", "cut_off", "loop", "remap", "silence"]

SYNC_LIPSYNC_INPUT_SYNC_MODE_VALUES: set[SyncLipsyncInputSyncMode] = {
    "bounce",
    "cut_off",
    "loop",
    "remap",
    "silence",
}


def check_sync_lipsync_input_sync_mode(value: str) -> SyncLipsyncInputSyncMode:
    if value in SYNC_LIPSYNC_INPUT_SYNC_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SYNC_LIPSYNC_INPUT_SYNC_MODE_VALUES!r}"
    )
