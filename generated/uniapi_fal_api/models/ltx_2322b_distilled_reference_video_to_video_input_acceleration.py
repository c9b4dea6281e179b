from typing import Literal

Ltx2322BDistilledReferenceVideoToVideoInputAcceleration = Literal["full", "high", "none", "regular"]

LTX_2322B_DISTILLED_REFERENCE_VIDEO_TO_VIDEO_INPUT_ACCELERATION_VALUES: set[
    Ltx2322BDistilledReferenceVideoToVideoInputAcceleration
] = {
    "full",
    "high",
    "none",
    "regular",
}


def check_ltx_2322b_distilled_reference_video_to_video_input_acceleration(
    value: str,
) -> Ltx2322BDistilledReferenceVideoToVideoInputAcceleration:
    if value in LTX_2322B_DISTILLED_REFERENCE_VIDEO_TO_VIDEO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_DISTILLED_REFERENCE_VIDEO_TO_VIDEO_INPUT_ACCELERATION_VALUES!r}"
    )
