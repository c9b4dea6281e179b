from typing import Literal

PixverseV35EffectsInputResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V35_EFFECTS_INPUT_RESOLUTION_VALUES: set[PixverseV35EffectsInputResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v35_effects_input_resolution(value: str) -> PixverseV35EffectsInputResolution:
    if value in PIXVERSE_V35_EFFECTS_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V35_EFFECTS_INPUT_RESOLUTION_VALUES!r}"
    )
