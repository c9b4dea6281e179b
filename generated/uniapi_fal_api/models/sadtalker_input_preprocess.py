from typing import Literal

SadtalkerInputPreprocess = Literal["crop", "extcrop", "extfull", "full", "resize"]

SADTALKER_INPUT_PREPROCESS_VALUES: set[SadtalkerInputPreprocess] = {
    "crop",
    "extcrop",
    "extfull",
    "full",
    "resize",
}


def check_sadtalker_input_preprocess(value: str) -> SadtalkerInputPreprocess:
    if value in SADTALKER_INPUT_PREPROCESS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SADTALKER_INPUT_PREPROCESS_VALUES!r}"
    )
