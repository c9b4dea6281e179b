from typing import Literal

HunyuanVideoV15ImageToVideoInputAspectRatio = Literal["16:9", "9:16"]

HUNYUAN_VIDEO_V15_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    HunyuanVideoV15ImageToVideoInputAspectRatio
] = {
    "16:9",
    "9:16",
}


def check_hunyuan_video_v15_image_to_video_input_aspect_ratio(
    value: str,
) -> HunyuanVideoV15ImageToVideoInputAspectRatio:
    if value in HUNYUAN_VIDEO_V15_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_VIDEO_V15_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
