from typing import Literal

Veo31LiteImageToVideoInputAspectRatio = Literal["16:9", "9:16", "auto"]

VEO_31_LITE_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[Veo31LiteImageToVideoInputAspectRatio] = {
    "16:9",
    "9:16",
    "auto",
}


def check_veo_31_lite_image_to_video_input_aspect_ratio(
    value: str,
) -> Veo31LiteImageToVideoInputAspectRatio:
    if value in VEO_31_LITE_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_LITE_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
