from typing import Literal

KlingVideoV16ProImageToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_V16_PRO_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    KlingVideoV16ProImageToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_v16_pro_image_to_video_input_aspect_ratio(
    value: str,
) -> KlingVideoV16ProImageToVideoInputAspectRatio:
    if value in KLING_VIDEO_V16_PRO_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V16_PRO_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
