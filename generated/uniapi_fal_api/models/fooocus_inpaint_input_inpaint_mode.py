from typing import Literal

FooocusInpaintInputInpaintMode = Literal[
    "Improve Detail (face, hand, eyes, etc.)",
    "Inpaint or Outpaint (default)",
    "Modify Content (add objects, change background, etc.)",
]

FOOOCUS_INPAINT_INPUT_INPAINT_MODE_VALUES: set[FooocusInpaintInputInpaintMode] = {
    "Improve Detail (face, hand, eyes, etc.)",
    "Inpaint or Outpaint (default)",
    "Modify Content (add objects, change background, etc.)",
}


def check_fooocus_inpaint_input_inpaint_mode(value: str) -> FooocusInpaintInputInpaintMode:
    if value in FOOOCUS_INPAINT_INPUT_INPAINT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FOOOCUS_INPAINT_INPUT_INPAINT_MODE_VALUES!r}"
    )
