from typing import Literal

Ltx23ExtendVideoInputMode = Literal["end", "start"]

LTX_23_EXTEND_VIDEO_INPUT_MODE_VALUES: set[Ltx23ExtendVideoInputMode] = {
    "end",
    "start",
}


def check_ltx_23_extend_video_input_mode(value: str) -> Ltx23ExtendVideoInputMode:
    if value in LTX_23_EXTEND_VIDEO_INPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_EXTEND_VIDEO_INPUT_MODE_VALUES!r}"
    )
