from typing import Literal

FooocusInpaintInputInpaintEngine = Literal["None", "v1", "v2.5", "v2.6"]

FOOOCUS_INPAINT_INPUT_INPAINT_ENGINE_VALUES: set[FooocusInpaintInputInpaintEngine] = {
    "None",
    "v1",
    "v2.5",
    "v2.6",
}


def check_fooocus_inpaint_input_inpaint_engine(value: str) -> FooocusInpaintInputInpaintEngine:
    if value in FOOOCUS_INPAINT_INPUT_INPAINT_ENGINE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FOOOCUS_INPAINT_INPUT_INPAINT_ENGINE_VALUES!r}"
    )
