from typing import Literal

Ltx2322BDistilledImageToVideoInputInterpolationDirection = Literal["backward", "forward"]

LTX_2322B_DISTILLED_IMAGE_TO_VIDEO_INPUT_INTERPOLATION_DIRECTION_VALUES: set[
    Ltx2322BDistilledImageToVideoInputInterpolationDirection
] = {
    "backward",
    "forward",
}


def check_ltx_2322b_distilled_image_to_video_input_interpolation_direction(
    value: str,
) -> Ltx2322BDistilledImageToVideoInputInterpolationDirection:
    if value in LTX_2322B_DISTILLED_IMAGE_TO_VIDEO_INPUT_INTERPOLATION_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_DISTILLED_IMAGE_TO_VIDEO_INPUT_INTERPOLATION_DIRECTION_VALUES!r}"
    )
