from typing import Literal

ViduQ3TextToVideoTurboInputAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

VIDU_Q3_TEXT_TO_VIDEO_TURBO_INPUT_ASPECT_RATIO_VALUES: set[
    ViduQ3TextToVideoTurboInputAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_vidu_q3_text_to_video_turbo_input_aspect_ratio(
    value: str,
) -> ViduQ3TextToVideoTurboInputAspectRatio:
    if value in VIDU_Q3_TEXT_TO_VIDEO_TURBO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q3_TEXT_TO_VIDEO_TURBO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
