from typing import Literal

Ltx219BDistilledVideoToVideoInputAcceleration = Literal["full", "high", "none", "regular"]

LTX_219B_DISTILLED_VIDEO_TO_VIDEO_INPUT_ACCELERATION_VALUES: set[
    Ltx219BDistilledVideoToVideoInputAcceleration
] = {
    "full",
    "high",
    "none",
    "regular",
}


def check_ltx_219b_distilled_video_to_video_input_acceleration(
    value: str,
) -> Ltx219BDistilledVideoToVideoInputAcceleration:
    if value in LTX_219B_DISTILLED_VIDEO_TO_VIDEO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_DISTILLED_VIDEO_TO_VIDEO_INPUT_ACCELERATION_VALUES!r}"
    )
