from typing import Literal

StableDiffusionV35LargeInputOutputFormat = Literal["jpeg", "png"]

STABLE_DIFFUSION_V35_LARGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    StableDiffusionV35LargeInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_stable_diffusion_v35_large_input_output_format(
    value: str,
) -> StableDiffusionV35LargeInputOutputFormat:
    if value in STABLE_DIFFUSION_V35_LARGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STABLE_DIFFUSION_V35_LARGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
