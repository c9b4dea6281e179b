from typing import Literal

PhotomakerInputBasePipeline = Literal["photomaker", "photomaker-style"]

PHOTOMAKER_INPUT_BASE_PIPELINE_VALUES: set[PhotomakerInputBasePipeline] = {
    "photomaker",
    "photomaker-style",
}


def check_photomaker_input_base_pipeline(value: str) -> PhotomakerInputBasePipeline:
    if value in PHOTOMAKER_INPUT_BASE_PIPELINE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHOTOMAKER_INPUT_BASE_PIPELINE_VALUES!r}"
    )
