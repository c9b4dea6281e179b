from typing import Literal

SyncLipsyncV2InputModel = Literal["lipsync-2", "lipsync-2-pro"]

SYNC_LIPSYNC_V2_INPUT_MODEL_VALUES: set[SyncLipsyncV2InputModel] = {
    "lipsync-2",
    "lipsync-2-pro",
}


def check_sync_lipsync_v2_input_model(value: str) -> SyncLipsyncV2InputModel:
    if value in SYNC_LIPSYNC_V2_INPUT_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SYNC_LIPSYNC_V2_INPUT_MODEL_VALUES!r}"
    )
