from typing import Literal

RifeInputOutputType = Literal["images", "video"]

RIFE_INPUT_OUTPUT_TYPE_VALUES: set[RifeInputOutputType] = {
    "images",
    "video",
}


def check_rife_input_output_type(value: str) -> RifeInputOutputType:
    if value in RIFE_INPUT_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RIFE_INPUT_OUTPUT_TYPE_VALUES!r}"
    )
