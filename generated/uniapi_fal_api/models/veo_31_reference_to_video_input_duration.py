from typing import Literal

Veo31ReferenceToVideoInputDuration = Literal["8s"]

VEO_31_REFERENCE_TO_VIDEO_INPUT_DURATION_VALUES: set[Veo31ReferenceToVideoInputDuration] = {
    "8s",
}


def check_veo_31_reference_to_video_input_duration(
    value: str,
) -> Veo31ReferenceToVideoInputDuration:
    if value in VEO_31_REFERENCE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_REFERENCE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
