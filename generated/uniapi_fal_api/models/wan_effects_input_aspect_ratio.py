from typing import Literal

WanEffectsInputAspectRatio = Literal["16:9", "1:1", "9:16"]

WAN_EFFECTS_INPUT_ASPECT_RATIO_VALUES: set[WanEffectsInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_wan_effects_input_aspect_ratio(value: str) -> WanEffectsInputAspectRatio:
    if value in WAN_EFFECTS_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_EFFECTS_INPUT_ASPECT_RATIO_VALUES!r}"
    )
