from typing import Literal

PhotaEnhanceInputOutputFormat = Literal["jpeg", "png"]

PHOTA_ENHANCE_INPUT_OUTPUT_FORMAT_VALUES: set[PhotaEnhanceInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_phota_enhance_input_output_format(value: str) -> PhotaEnhanceInputOutputFormat:
    if value in PHOTA_ENHANCE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHOTA_ENHANCE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
