from typing import Literal

Veo31FastImageToVideoInputDuration = Literal["4s", "6s", "8s"]

VEO_31_FAST_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[Veo31FastImageToVideoInputDuration] = {
    "4s",
    "6s",
    "8s",
}


def check_veo_31_fast_image_to_video_input_duration(
    value: str,
) -> Veo31FastImageToVideoInputDuration:
    if value in VEO_31_FAST_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_FAST_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
