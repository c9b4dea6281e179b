from typing import Literal

HunyuanVideoImageToVideoInputAspectRatio = Literal["16:9", "9:16"]

HUNYUAN_VIDEO_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    HunyuanVideoImageToVideoInputAspectRatio
] = {
    "16:9",
    "9:16",
}


def check_hunyuan_video_image_to_video_input_aspect_ratio(
    value: str,
) -> HunyuanVideoImageToVideoInputAspectRatio:
    if value in HUNYUAN_VIDEO_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_VIDEO_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
