from typing import Literal

BytedanceOmnihumanV15InputResolution = Literal["1080p", "720p"]

BYTEDANCE_OMNIHUMAN_V15_INPUT_RESOLUTION_VALUES: set[BytedanceOmnihumanV15InputResolution] = {
    "1080p",
    "720p",
}


def check_bytedance_omnihuman_v15_input_resolution(
    value: str,
) -> BytedanceOmnihumanV15InputResolution:
    if value in BYTEDANCE_OMNIHUMAN_V15_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_OMNIHUMAN_V15_INPUT_RESOLUTION_VALUES!r}"
    )
