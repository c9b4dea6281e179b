from typing import Literal

ViduReferenceToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

VIDU_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[ViduReferenceToVideoInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_vidu_reference_to_video_input_aspect_ratio(
    value: str,
) -> ViduReferenceToVideoInputAspectRatio:
    if value in VIDU_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
