from typing import Literal

EdittoInputSampler = Literal["dpm++", "euler", "unipc"]

EDITTO_INPUT_SAMPLER_VALUES: set[EdittoInputSampler] = {
    "dpm++",
    "euler",
    "unipc",
}


def check_editto_input_sampler(value: str) -> EdittoInputSampler:
    if value in EDITTO_INPUT_SAMPLER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EDITTO_INPUT_SAMPLER_VALUES!r}")
