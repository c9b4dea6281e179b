from typing import Literal

Veo31ReferenceToVideoInputAspectRatio = Literal["16:9", "9:16"]

VEO_31_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[Veo31ReferenceToVideoInputAspectRatio] = {
    "16:9",
    "9:16",
}


def check_veo_31_reference_to_video_input_aspect_ratio(
    value: str,
) -> Veo31ReferenceToVideoInputAspectRatio:
    if value in VEO_31_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
