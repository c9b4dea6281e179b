from typing import Literal

SadtalkerReferenceInputPreprocess = Literal["crop", "extcrop", "extfull", "full", "resize"]

SADTALKER_REFERENCE_INPUT_PREPROCESS_VALUES: set[SadtalkerReferenceInputPreprocess] = {
    "crop",
    "extcrop",
    "extfull",
    "full",
    "resize",
}


def check_sadtalker_reference_input_preprocess(value: str) -> SadtalkerReferenceInputPreprocess:
    if value in SADTALKER_REFERENCE_INPUT_PREPROCESS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SADTALKER_REFERENCE_INPUT_PREPROCESS_VALUES!r}"
    )
