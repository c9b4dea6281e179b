from typing import Literal

StableDiffusionV15InputFormat = Literal["jpeg", "png"]

STABLE_DIFFUSION_V15_INPUT_FORMAT_VALUES: set[StableDiffusionV15InputFormat] = {
    "jpeg",
    "png",
}


def check_stable_diffusion_v15_input_format(value: str) -> StableDiffusionV15InputFormat:
    if value in STABLE_DIFFUSION_V15_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STABLE_DIFFUSION_V15_INPUT_FORMAT_VALUES!r}"
    )
