from typing import Literal

KlingVideoV1StandardEffectsInputDuration = Literal["10", "5"]

KLING_VIDEO_V1_STANDARD_EFFECTS_INPUT_DURATION_VALUES: set[
    KlingVideoV1StandardEffectsInputDuration
] = {
    "10",
    "5",
}


def check_kling_video_v1_standard_effects_input_duration(
    value: str,
) -> KlingVideoV1StandardEffectsInputDuration:
    if value in KLING_VIDEO_V1_STANDARD_EFFECTS_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V1_STANDARD_EFFECTS_INPUT_DURATION_VALUES!r}"
    )
