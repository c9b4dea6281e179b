from typing import Literal

DemucsInputModel = Literal[
    "hdemucs_mmi",
    "htdemucs",
    "htdemucs_6s",
    "htdemucs_ft",
    "mdx",
    "mdx_extra",
    "mdx_extra_q",
    "mdx_q",
]

DEMUCS_INPUT_MODEL_VALUES: set[DemucsInputModel] = {
    "hdemucs_mmi",
    "htdemucs",
    "htdemucs_6s",
    "htdemucs_ft",
    "mdx",
    "mdx_extra",
    "mdx_extra_q",
    "mdx_q",
}


def check_demucs_input_model(value: str) -> DemucsInputModel:
    if value in DEMUCS_INPUT_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEMUCS_INPUT_MODEL_VALUES!r}")
