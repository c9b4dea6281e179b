from typing import Literal

Sora2TextToVideoProInputResolution = Literal["1080p", "720p"]

SORA_2_TEXT_TO_VIDEO_PRO_INPUT_RESOLUTION_VALUES: set[Sora2TextToVideoProInputResolution] = {
    "1080p",
    "720p",
}


def check_sora_2_text_to_video_pro_input_resolution(
    value: str,
) -> Sora2TextToVideoProInputResolution:
    if value in SORA_2_TEXT_TO_VIDEO_PRO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_TEXT_TO_VIDEO_PRO_INPUT_RESOLUTION_VALUES!r}"
    )
