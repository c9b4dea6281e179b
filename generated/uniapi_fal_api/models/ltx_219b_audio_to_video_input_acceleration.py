from typing import Literal

Ltx219BAudioToVideoInputAcceleration = Literal["full", "high", "none", "regular"]

LTX_219B_AUDIO_TO_VIDEO_INPUT_ACCELERATION_VALUES: set[Ltx219BAudioToVideoInputAcceleration] = {
    "full",
    "high",
    "none",
    "regular",
}


def check_ltx_219b_audio_to_video_input_acceleration(
    value: str,
) -> Ltx219BAudioToVideoInputAcceleration:
    if value in LTX_219B_AUDIO_TO_VIDEO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_AUDIO_TO_VIDEO_INPUT_ACCELERATION_VALUES!r}"
    )
