from typing import Literal

Veo3ImageToVideoInputAspectRatio = Literal["16:9", "9:16", "auto"]

VEO_3_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[Veo3ImageToVideoInputAspectRatio] = {
    "16:9",
    "9:16",
    "auto",
}


def check_veo_3_image_to_video_input_aspect_ratio(value: str) -> Veo3ImageToVideoInputAspectRatio:
    if value in VEO_3_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_3_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
