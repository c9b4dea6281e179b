from typing import Literal

BerniniRReferenceToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

BERNINI_R_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    BerniniRReferenceToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_bernini_r_reference_to_video_input_aspect_ratio(
    value: str,
) -> BerniniRReferenceToVideoInputAspectRatio:
    if value in BERNINI_R_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BERNINI_R_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
