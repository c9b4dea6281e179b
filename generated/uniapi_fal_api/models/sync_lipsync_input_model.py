from typing import Literal

SyncLipsyncInputModel = Literal["lipsync-1.7.1", "lipsync-1.8.0", "lipsync-1.9.0-beta"]

SYNC_LIPSYNC_INPUT_MODEL_VALUES: set[SyncLipsyncInputModel] = {
    "lipsync-1.7.1",
    "lipsync-1.8.0",
    "lipsync-1.9.0-beta",
}


def check_sync_lipsync_input_model(value: str) -> SyncLipsyncInputModel:
    if value in SYNC_LIPSYNC_INPUT_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SYNC_LIPSYNC_INPUT_MODEL_VALUES!r}"
    )
