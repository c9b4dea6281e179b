from typing import Literal

Veo3ImageToVideoInputDuration = Literal["4s", "6s", "8s"]

VEO_3_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[Veo3ImageToVideoInputDuration] = {
    "4s",
    "6s",
    "8s",
}


def check_veo_3_image_to_video_input_duration(value: str) -> Veo3ImageToVideoInputDuration:
    if value in VEO_3_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_3_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
