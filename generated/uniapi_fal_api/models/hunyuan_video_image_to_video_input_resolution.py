from typing import Literal

HunyuanVideoImageToVideoInputResolution = Literal["720p"]

HUNYUAN_VIDEO_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    HunyuanVideoImageToVideoInputResolution
] = {
    "720p",
}


def check_hunyuan_video_image_to_video_input_resolution(
    value: str,
) -> HunyuanVideoImageToVideoInputResolution:
    if value in HUNYUAN_VIDEO_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_VIDEO_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
