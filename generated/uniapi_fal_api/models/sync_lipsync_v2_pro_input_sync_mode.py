from typing import Literal

SyncLipsyncV2ProInputSyncMode = Literal["bounce", "cut_off", "loop", "remap", "silence"]

SYNC_LIPSYNC_V2_PRO_INPUT_SYNC_MODE_VALUES: set[SyncLipsyncV2ProInputSyncMode] = {
    "bounce",
    "cut_off",
    "loop",
    "remap",
    "silence",
}


def check_sync_lipsync_v2_pro_input_sync_mode(value: str) -> SyncLipsyncV2ProInputSyncMode:
    if value in SYNC_LIPSYNC_V2_PRO_INPUT_SYNC_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SYNC_LIPSYNC_V2_PRO_INPUT_SYNC_MODE_VALUES!r}"
    )
