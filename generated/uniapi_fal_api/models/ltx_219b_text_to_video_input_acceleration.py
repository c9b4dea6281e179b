from typing import Literal

Ltx219BTextToVideoInputAcceleration = Literal["full", "high", "none", "regular"]

LTX_219B_TEXT_TO_VIDEO_INPUT_ACCELERATION_VALUES: set[Ltx219BTextToVideoInputAcceleration] = {
    "full",
    "high",
    "none",
    "regular",
}


def check_ltx_219b_text_to_video_input_acceleration(
    value: str,
) -> Ltx219BTextToVideoInputAcceleration:
    if value in LTX_219B_TEXT_TO_VIDEO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_TEXT_TO_VIDEO_INPUT_ACCELERATION_VALUES!r}"
    )
