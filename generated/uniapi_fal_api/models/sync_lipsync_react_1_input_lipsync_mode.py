from typing import Literal

SyncLipsyncReact1InputLipsyncMode = Literal["bounce", "cut_off", "loop", "remap", "silence"]

SYNC_LIPSYNC_REACT_1_INPUT_LIPSYNC_MODE_VALUES: set[SyncLipsyncReact1InputLipsyncMode] = {
    "bounce",
    "cut_off",
    "loop",
    "remap",
    "silence",
}


def check_sync_lipsync_react_1_input_lipsync_mode(value: str) -> SyncLipsyncReact1InputLipsyncMode:
    if value in SYNC_LIPSYNC_REACT_1_INPUT_LIPSYNC_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SYNC_LIPSYNC_REACT_1_INPUT_LIPSYNC_MODE_VALUES!r}"
    )
