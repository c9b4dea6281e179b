from typing import Literal

FooocusImagePromptInputOutpaintSelectionsItem = Literal["Bottom", "Left", "Right", "Top"]

FOOOCUS_IMAGE_PROMPT_INPUT_OUTPAINT_SELECTIONS_ITEM_VALUES: set[
    FooocusImagePromptInputOutpaintSelectionsItem
] = {
    "Bottom",
    "Left",
    "Right",
    "Top",
}


def check_fooocus_image_prompt_input_outpaint_selections_item(
    value: str,
) -> FooocusImagePromptInputOutpaintSelectionsItem:
    if value in FOOOCUS_IMAGE_PROMPT_INPUT_OUTPAINT_SELECTIONS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FOOOCUS_IMAGE_PROMPT_INPUT_OUTPAINT_SELECTIONS_ITEM_VALUES!r}"
    )
