from typing import Literal

Sora2TextToVideoProInputAspectRatio = Literal["16:9", "9:16"]

SORA_2_TEXT_TO_VIDEO_PRO_INPUT_ASPECT_RATIO_VALUES: set[Sora2TextToVideoProInputAspectRatio] = {
    "16:9",
    "9:16",
}


def check_sora_2_text_to_video_pro_input_aspect_ratio(
    value: str,
) -> Sora2TextToVideoProInputAspectRatio:
    if value in SORA_2_TEXT_TO_VIDEO_PRO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_TEXT_TO_VIDEO_PRO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
