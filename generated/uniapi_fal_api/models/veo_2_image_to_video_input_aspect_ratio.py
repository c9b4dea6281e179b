from typing import Literal

Veo2ImageToVideoInputAspectRatio = Literal["16:9", "9:16", "auto", "auto_prefer_portrait"]

VEO_2_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[Veo2ImageToVideoInputAspectRatio] = {
    "16:9",
    "9:16",
    "auto",
    "auto_prefer_portrait",
}


def check_veo_2_image_to_video_input_aspect_ratio(value: str) -> Veo2ImageToVideoInputAspectRatio:
    if value in VEO_2_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_2_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
