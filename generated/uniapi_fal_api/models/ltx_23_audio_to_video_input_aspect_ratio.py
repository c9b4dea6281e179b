from typing import Literal

Ltx23AudioToVideoInputAspectRatio = Literal["16:9", "9:16", "auto"]

LTX_23_AUDIO_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[Ltx23AudioToVideoInputAspectRatio] = {
    "16:9",
    "9:16",
    "auto",
}


def check_ltx_23_audio_to_video_input_aspect_ratio(value: str) -> Ltx23AudioToVideoInputAspectRatio:
    if value in LTX_23_AUDIO_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_AUDIO_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
