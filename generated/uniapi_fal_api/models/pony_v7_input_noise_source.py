from typing import Literal

PonyV7InputNoiseSource = Literal["cpu", "gpu"]

PONY_V7_INPUT_NOISE_SOURCE_VALUES: set[PonyV7InputNoiseSource] = {
    "cpu",
    "gpu",
}


def check_pony_v7_input_noise_source(value: str) -> PonyV7InputNoiseSource:
    if value in PONY_V7_INPUT_NOISE_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PONY_V7_INPUT_NOISE_SOURCE_VALUES!r}"
    )
