from typing import Literal

PixverseV5EffectsInputResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V5_EFFECTS_INPUT_RESOLUTION_VALUES: set[PixverseV5EffectsInputResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v5_effects_input_resolution(value: str) -> PixverseV5EffectsInputResolution:
    if value in PIXVERSE_V5_EFFECTS_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V5_EFFECTS_INPUT_RESOLUTION_VALUES!r}"
    )
