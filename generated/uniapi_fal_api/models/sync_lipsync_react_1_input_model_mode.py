from typing import Literal

SyncLipsyncReact1InputModelMode = Literal["face", "head", "lips"]

SYNC_LIPSYNC_REACT_1_INPUT_MODEL_MODE_VALUES: set[SyncLipsyncReact1InputModelMode] = {
    "face",
    "head",
    "lips",
}


def check_sync_lipsync_react_1_input_model_mode(value: str) -> SyncLipsyncReact1InputModelMode:
    if value in SYNC_LIPSYNC_REACT_1_INPUT_MODEL_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SYNC_LIPSYNC_REACT_1_INPUT_MODEL_MODE_VALUES!r}"
    )
