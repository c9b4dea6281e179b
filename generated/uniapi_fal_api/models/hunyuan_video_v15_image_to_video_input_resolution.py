from typing import Literal

HunyuanVideoV15ImageToVideoInputResolution = Literal["480p"]

HUNYUAN_VIDEO_V15_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    HunyuanVideoV15ImageToVideoInputResolution
] = {
    "480p",
}


def check_hunyuan_video_v15_image_to_video_input_resolution(
    value: str,
) -> HunyuanVideoV15ImageToVideoInputResolution:
    if value in HUNYUAN_VIDEO_V15_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_VIDEO_V15_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
