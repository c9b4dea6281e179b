from typing import Literal

FooocusImagePromptInputInpaintMode = Literal[
    "Improve Detail (face, hand, eyes, etc.)",
    "Inpaint or Outpaint (default)",
    "Modify Content (add objects, change background, etc.)",
]

FOOOCUS_IMAGE_PROMPT_INPUT_INPAINT_MODE_VALUES: set[FooocusImagePromptInputInpaintMode] = {
    "Improve Detail (face, hand, eyes, etc.)",
    "Inpaint or Outpaint (default)",
    "Modify Content (add objects, change background, etc.)",
}


def check_fooocus_image_prompt_input_inpaint_mode(value: str) -> FooocusImagePromptInputInpaintMode:
    if value in FOOOCUS_IMAGE_PROMPT_INPUT_INPAINT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FOOOCUS_IMAGE_PROMPT_INPUT_INPAINT_MODE_VALUES!r}"
    )
