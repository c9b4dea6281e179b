from typing import Literal

PixverseV55EffectsInputResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V55_EFFECTS_INPUT_RESOLUTION_VALUES: set[PixverseV55EffectsInputResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v55_effects_input_resolution(value: str) -> PixverseV55EffectsInputResolution:
    if value in PIXVERSE_V55_EFFECTS_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_EFFECTS_INPUT_RESOLUTION_VALUES!r}"
    )
