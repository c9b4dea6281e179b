from typing import Literal

ChronoEditInputOutputFormat = Literal["jpeg", "png", "webp"]

CHRONO_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[ChronoEditInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_chrono_edit_input_output_format(value: str) -> ChronoEditInputOutputFormat:
    if value in CHRONO_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHRONO_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
