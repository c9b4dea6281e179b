from typing import Literal

KlingVideoV16ProEffectsInputDuration = Literal["10", "5"]

KLING_VIDEO_V16_PRO_EFFECTS_INPUT_DURATION_VALUES: set[KlingVideoV16ProEffectsInputDuration] = {
    "10",
    "5",
}


def check_kling_video_v16_pro_effects_input_duration(
    value: str,
) -> KlingVideoV16ProEffectsInputDuration:
    if value in KLING_VIDEO_V16_PRO_EFFECTS_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V16_PRO_EFFECTS_INPUT_DURATION_VALUES!r}"
    )
