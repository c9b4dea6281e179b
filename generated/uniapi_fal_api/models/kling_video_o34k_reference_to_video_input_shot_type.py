from typing import Literal

KlingVideoO34KReferenceToVideoInputShotType = Literal["customize", "intelligent"]

KLING_VIDEO_O34K_REFERENCE_TO_VIDEO_INPUT_SHOT_TYPE_VALUES: set[
    KlingVideoO34KReferenceToVideoInputShotType
] = {
    "customize",
    "intelligent",
}


def check_kling_video_o34k_reference_to_video_input_shot_type(
    value: str,
) -> KlingVideoO34KReferenceToVideoInputShotType:
    if value in KLING_VIDEO_O34K_REFERENCE_TO_VIDEO_INPUT_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O34K_REFERENCE_TO_VIDEO_INPUT_SHOT_TYPE_VALUES!r}"
    )
