from typing import Literal

KlingVideoO3StandardTextToVideoInputShotType = Literal["customize", "intelligent"]

KLING_VIDEO_O3_STANDARD_TEXT_TO_VIDEO_INPUT_SHOT_TYPE_VALUES: set[
    KlingVideoO3StandardTextToVideoInputShotType
] = {
    "customize",
    "intelligent",
}


def check_kling_video_o3_standard_text_to_video_input_shot_type(
    value: str,
) -> KlingVideoO3StandardTextToVideoInputShotType:
    if value in KLING_VIDEO_O3_STANDARD_TEXT_TO_VIDEO_INPUT_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O3_STANDARD_TEXT_TO_VIDEO_INPUT_SHOT_TYPE_VALUES!r}"
    )
