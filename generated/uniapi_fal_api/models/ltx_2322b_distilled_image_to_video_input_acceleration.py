from typing import Literal

Ltx2322BDistilledImageToVideoInputAcceleration = Literal["full", "high", "none", "regular"]

LTX_2322B_DISTILLED_IMAGE_TO_VIDEO_INPUT_ACCELERATION_VALUES: set[
    Ltx2322BDistilledImageToVideoInputAcceleration
] = {
    "full",
    "high",
    "none",
    "regular",
}


def check_ltx_2322b_distilled_image_to_video_input_acceleration(
    value: str,
) -> Ltx2322BDistilledImageToVideoInputAcceleration:
    if value in LTX_2322B_DISTILLED_IMAGE_TO_VIDEO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_DISTILLED_IMAGE_TO_VIDEO_INPUT_ACCELERATION_VALUES!r}"
    )
