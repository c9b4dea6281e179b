from typing import Literal

PixverseV4EffectsInputResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V4_EFFECTS_INPUT_RESOLUTION_VALUES: set[PixverseV4EffectsInputResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v4_effects_input_resolution(value: str) -> PixverseV4EffectsInputResolution:
    if value in PIXVERSE_V4_EFFECTS_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V4_EFFECTS_INPUT_RESOLUTION_VALUES!r}"
    )
