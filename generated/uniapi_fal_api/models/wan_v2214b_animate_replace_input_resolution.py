from typing import Literal

WanV2214BAnimateReplaceInputResolution = Literal["480p", "580p", "720p"]

WAN_V2214B_ANIMATE_REPLACE_INPUT_RESOLUTION_VALUES: set[WanV2214BAnimateReplaceInputResolution] = {
    "480p",
    "580p",
    "720p",
}


def check_wan_v2214b_animate_replace_input_resolution(
    value: str,
) -> WanV2214BAnimateReplaceInputResolution:
    if value in WAN_V2214B_ANIMATE_REPLACE_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V2214B_ANIMATE_REPLACE_INPUT_RESOLUTION_VALUES!r}"
    )
