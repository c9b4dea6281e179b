from typing import Literal

KlingVideoV16StandardEffectsInputDuration = Literal["10", "5"]

KLING_VIDEO_V16_STANDARD_EFFECTS_INPUT_DURATION_VALUES: set[
    KlingVideoV16StandardEffectsInputDuration
] = {
    "10",
    "5",
}


def check_kling_video_v16_standard_effects_input_duration(
    value: str,
) -> KlingVideoV16StandardEffectsInputDuration:
    if value in KLING_VIDEO_V16_STANDARD_EFFECTS_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V16_STANDARD_EFFECTS_INPUT_DURATION_VALUES!r}"
    )
