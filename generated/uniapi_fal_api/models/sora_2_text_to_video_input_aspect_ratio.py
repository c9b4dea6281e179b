from typing import Literal

Sora2TextToVideoInputAspectRatio = Literal["16:9", "9:16"]

SORA_2_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[Sora2TextToVideoInputAspectRatio] = {
    "16:9",
    "9:16",
}


def check_sora_2_text_to_video_input_aspect_ratio(value: str) -> Sora2TextToVideoInputAspectRatio:
    if value in SORA_2_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
