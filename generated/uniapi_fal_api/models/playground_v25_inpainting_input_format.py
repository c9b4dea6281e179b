from typing import Literal

PlaygroundV25InpaintingInputFormat = Literal["jpeg", "png"]

PLAYGROUND_V25_INPAINTING_INPUT_FORMAT_VALUES: set[PlaygroundV25InpaintingInputFormat] = {
    "jpeg",
    "png",
}


def check_playground_v25_inpainting_input_format(value: str) -> PlaygroundV25InpaintingInputFormat:
    if value in PLAYGROUND_V25_INPAINTING_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PLAYGROUND_V25_INPAINTING_INPUT_FORMAT_VALUES!r}"
    )
