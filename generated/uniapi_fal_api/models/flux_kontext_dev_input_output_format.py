from typing import Literal

FluxKontextDevInputOutputFormat = Literal["jpeg", "png"]

FLUX_KONTEXT_DEV_INPUT_OUTPUT_FORMAT_VALUES: set[FluxKontextDevInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_kontext_dev_input_output_format(value: str) -> FluxKontextDevInputOutputFormat:
    if value in FLUX_KONTEXT_DEV_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KONTEXT_DEV_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
