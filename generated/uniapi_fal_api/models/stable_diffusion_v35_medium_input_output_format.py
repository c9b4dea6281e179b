from typing import Literal

StableDiffusionV35MediumInputOutputFormat = Literal["jpeg", "png"]

STABLE_DIFFUSION_V35_MEDIUM_INPUT_OUTPUT_FORMAT_VALUES: set[
    StableDiffusionV35MediumInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_stable_diffusion_v35_medium_input_output_format(
    value: str,
) -> StableDiffusionV35MediumInputOutputFormat:
    if value in STABLE_DIFFUSION_V35_MEDIUM_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STABLE_DIFFUSION_V35_MEDIUM_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
