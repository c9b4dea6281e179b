from typing import Literal

KlingVideoO3ProReferenceToVideoInputShotType = Literal["customize", "intelligent"]

KLING_VIDEO_O3_PRO_REFERENCE_TO_VIDEO_INPUT_SHOT_TYPE_VALUES: set[
    KlingVideoO3ProReferenceToVideoInputShotType
] = {
    "customize",
    "intelligent",
}


def check_kling_video_o3_pro_reference_to_video_input_shot_type(
    value: str,
) -> KlingVideoO3ProReferenceToVideoInputShotType:
    if value in KLING_VIDEO_O3_PRO_REFERENCE_TO_VIDEO_INPUT_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O3_PRO_REFERENCE_TO_VIDEO_INPUT_SHOT_TYPE_VALUES!r}"
    )
