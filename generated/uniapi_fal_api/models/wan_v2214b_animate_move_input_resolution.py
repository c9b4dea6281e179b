from typing import Literal

WanV2214BAnimateMoveInputResolution = Literal["480p", "580p", "720p"]

WAN_V2214B_ANIMATE_MOVE_INPUT_RESOLUTION_VALUES: set[WanV2214BAnimateMoveInputResolution] = {
    "480p",
    "580p",
    "720p",
}


def check_wan_v2214b_animate_move_input_resolution(
    value: str,
) -> WanV2214BAnimateMoveInputResolution:
    if value in WAN_V2214B_ANIMATE_MOVE_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V2214B_ANIMATE_MOVE_INPUT_RESOLUTION_VALUES!r}"
    )
