from typing import Literal

ClarityaiCrystalUpscalerInputOutputFormat = Literal["jpg", "png"]

CLARITYAI_CRYSTAL_UPSCALER_INPUT_OUTPUT_FORMAT_VALUES: set[
    ClarityaiCrystalUpscalerInputOutputFormat
] = {
    "jpg",
    "png",
}


def check_clarityai_crystal_upscaler_input_output_format(
    value: str,
) -> ClarityaiCrystalUpscalerInputOutputFormat:
    if value in CLARITYAI_CRYSTAL_UPSCALER_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLARITYAI_CRYSTAL_UPSCALER_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
