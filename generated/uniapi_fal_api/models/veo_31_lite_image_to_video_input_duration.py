from typing import Literal

Veo31LiteImageToVideoInputDuration = Literal["4s", "6s", "8s"]

VEO_31_LITE_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[Veo31LiteImageToVideoInputDuration] = {
    "4s",
    "6s",
    "8s",
}


def check_veo_31_lite_image_to_video_input_duration(
    value: str,
) -> Veo31LiteImageToVideoInputDuration:
    if value in VEO_31_LITE_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_LITE_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
