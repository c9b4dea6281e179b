from typing import Literal

Sora2TextToVideoInputResolution = Literal["720p"]

SORA_2_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[Sora2TextToVideoInputResolution] = {
    "720p",
}


def check_sora_2_text_to_video_input_resolution(value: str) -> Sora2TextToVideoInputResolution:
    if value in SORA_2_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
