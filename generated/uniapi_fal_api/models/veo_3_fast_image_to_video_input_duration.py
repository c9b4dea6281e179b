from typing import Literal

Veo3FastImageToVideoInputDuration = Literal["4s", "6s", "8s"]

VEO_3_FAST_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[Veo3FastImageToVideoInputDuration] = {
    "4s",
    "6s",
    "8s",
}


def check_veo_3_fast_image_to_video_input_duration(value: str) -> Veo3FastImageToVideoInputDuration:
    if value in VEO_3_FAST_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_3_FAST_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
