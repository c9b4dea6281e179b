from typing import Literal

KlingVideoV15ProEffectsInputDuration = Literal["10", "5"]

KLING_VIDEO_V15_PRO_EFFECTS_INPUT_DURATION_VALUES: set[KlingVideoV15ProEffectsInputDuration] = {
    "10",
    "5",
}


def check_kling_video_v15_pro_effects_input_duration(
    value: str,
) -> KlingVideoV15ProEffectsInputDuration:
    if value in KLING_VIDEO_V15_PRO_EFFECTS_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V15_PRO_EFFECTS_INPUT_DURATION_VALUES!r}"
    )
