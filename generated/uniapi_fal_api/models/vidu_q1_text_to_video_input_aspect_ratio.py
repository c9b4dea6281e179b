from typing import Literal

ViduQ1TextToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

VIDU_Q1_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[ViduQ1TextToVideoInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_vidu_q1_text_to_video_input_aspect_ratio(value: str) -> ViduQ1TextToVideoInputAspectRatio:
    if value in VIDU_Q1_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q1_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
