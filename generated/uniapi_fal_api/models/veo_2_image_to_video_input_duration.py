from typing import Literal

Veo2ImageToVideoInputDuration = Literal["5s", "6s", "7s", "8s"]

VEO_2_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[Veo2ImageToVideoInputDuration] = {
    "5s",
    "6s",
    "7s",
    "8s",
}


def check_veo_2_image_to_video_input_duration(value: str) -> Veo2ImageToVideoInputDuration:
    if value in VEO_2_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_2_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
