from typing import Literal

PixverseV45EffectsInputResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V45_EFFECTS_INPUT_RESOLUTION_VALUES: set[PixverseV45EffectsInputResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v45_effects_input_resolution(value: str) -> PixverseV45EffectsInputResolution:
    if value in PIXVERSE_V45_EFFECTS_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V45_EFFECTS_INPUT_RESOLUTION_VALUES!r}"
    )
