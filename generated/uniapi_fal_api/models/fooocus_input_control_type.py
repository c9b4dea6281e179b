from typing import Literal

FooocusInputControlType = Literal["CPDS", "FaceSwap", "ImagePrompt", "PyraCanny"]

FOOOCUS_INPUT_CONTROL_TYPE_VALUES: set[FooocusInputControlType] = {
    "CPDS",
    "FaceSwap",
    "ImagePrompt",
    "PyraCanny",
}


def check_fooocus_input_control_type(value: str) -> FooocusInputControlType:
    if value in FOOOCUS_INPUT_CONTROL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FOOOCUS_INPUT_CONTROL_TYPE_VALUES!r}"
    )
