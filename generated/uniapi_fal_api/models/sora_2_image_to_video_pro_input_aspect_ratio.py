from typing import Literal

Sora2ImageToVideoProInputAspectRatio = Literal["16:9", "9:16", "auto"]

SORA_2_IMAGE_TO_VIDEO_PRO_INPUT_ASPECT_RATIO_VALUES: set[Sora2ImageToVideoProInputAspectRatio] = {
    "16:9",
    "9:16",
    "auto",
}


def check_sora_2_image_to_video_pro_input_aspect_ratio(
    value: str,
) -> Sora2ImageToVideoProInputAspectRatio:
    if value in SORA_2_IMAGE_TO_VIDEO_PRO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_IMAGE_TO_VIDEO_PRO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
