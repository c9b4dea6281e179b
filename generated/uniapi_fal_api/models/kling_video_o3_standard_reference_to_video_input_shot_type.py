from typing import Literal

KlingVideoO3StandardReferenceToVideoInputShotType = Literal["customize", "intelligent"]

KLING_VIDEO_O3_STANDARD_REFERENCE_TO_VIDEO_INPUT_SHOT_TYPE_VALUES: set[
    KlingVideoO3StandardReferenceToVideoInputShotType
] = {
    "customize",
    "intelligent",
}


def check_kling_video_o3_standard_reference_to_video_input_shot_type(
    value: str,
) -> KlingVideoO3StandardReferenceToVideoInputShotType:
    if value in KLING_VIDEO_O3_STANDARD_REFERENCE_TO_VIDEO_INPUT_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O3_STANDARD_REFERENCE_TO_VIDEO_INPUT_SHOT_TYPE_VALUES!r}"
    )
