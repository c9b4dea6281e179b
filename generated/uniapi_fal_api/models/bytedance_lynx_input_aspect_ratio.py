from typing import Literal

BytedanceLynxInputAspectRatio = Literal["16:9", "1:1", "9:16"]

BYTEDANCE_LYNX_INPUT_ASPECT_RATIO_VALUES: set[BytedanceLynxInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_bytedance_lynx_input_aspect_ratio(value: str) -> BytedanceLynxInputAspectRatio:
    if value in BYTEDANCE_LYNX_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_LYNX_INPUT_ASPECT_RATIO_VALUES!r}"
    )
