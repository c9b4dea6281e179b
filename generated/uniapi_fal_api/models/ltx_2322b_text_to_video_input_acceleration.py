from typing import Literal

Ltx2322BTextToVideoInputAcceleration = Literal["full", "high", "none", "regular"]

LTX_2322B_TEXT_TO_VIDEO_INPUT_ACCELERATION_VALUES: set[Ltx2322BTextToVideoInputAcceleration] = {
    "full",
    "high",
    "none",
    "regular",
}


def check_ltx_2322b_text_to_video_input_acceleration(
    value: str,
) -> Ltx2322BTextToVideoInputAcceleration:
    if value in LTX_2322B_TEXT_TO_VIDEO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_TEXT_TO_VIDEO_INPUT_ACCELERATION_VALUES!r}"
    )
