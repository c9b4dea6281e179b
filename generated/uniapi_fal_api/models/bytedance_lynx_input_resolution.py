from typing import Literal

BytedanceLynxInputResolution = Literal["480p", "580p", "720p"]

BYTEDANCE_LYNX_INPUT_RESOLUTION_VALUES: set[BytedanceLynxInputResolution] = {
    "480p",
    "580p",
    "720p",
}


def check_bytedance_lynx_input_resolution(value: str) -> BytedanceLynxInputResolution:
    if value in BYTEDANCE_LYNX_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_LYNX_INPUT_RESOLUTION_VALUES!r}"
    )
