from typing import Literal

SyncLipsyncV3InputSyncMode = Literal["bounce", "cut_off", "loop", "remap", "silence"]

SYNC_LIPSYNC_V3_INPUT_SYNC_MODE_VALUES: set[SyncLipsyncV3InputSyncMode] = {
    "bounce",
    "cut_off",
    "loop",
    "remap",
    "silence",
}


def check_sync_lipsync_v3_input_sync_mode(value: str) -> SyncLipsyncV3InputSyncMode:
    if value in SYNC_LIPSYNC_V3_INPUT_SYNC_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SYNC_LIPSYNC_V3_INPUT_SYNC_MODE_VALUES!r}"
    )
