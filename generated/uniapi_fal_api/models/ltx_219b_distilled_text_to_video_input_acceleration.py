from typing import Literal

Ltx219BDistilledTextToVideoInputAcceleration = Literal["full", "high", "none", "regular"]

LTX_219B_DISTILLED_TEXT_TO_VIDEO_INPUT_ACCELERATION_VALUES: set[
    Ltx219BDistilledTextToVideoInputAcceleration
] = {
    "full",
    "high",
    "none",
    "regular",
}


def check_ltx_219b_distilled_text_to_video_input_acceleration(
    value: str,
) -> Ltx219BDistilledTextToVideoInputAcceleration:
    if value in LTX_219B_DISTILLED_TEXT_TO_VIDEO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_DISTILLED_TEXT_TO_VIDEO_INPUT_ACCELERATION_VALUES!r}"
    )
