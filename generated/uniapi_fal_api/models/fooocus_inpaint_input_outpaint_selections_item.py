from typing import Literal

FooocusInpaintInputOutpaintSelectionsItem = Literal["Bottom", "Left", "Right", "Top"]

FOOOCUS_INPAINT_INPUT_OUTPAINT_SELECTIONS_ITEM_VALUES: set[
    FooocusInpaintInputOutpaintSelectionsItem
] = {
    "Bottom",
    "Left",
    "Right",
    "Top",
}


def check_fooocus_inpaint_input_outpaint_selections_item(
    value: str,
) -> FooocusInpaintInputOutpaintSelectionsItem:
    if value in FOOOCUS_INPAINT_INPUT_OUTPAINT_SELECTIONS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FOOOCUS_INPAINT_INPUT_OUTPAINT_SELECTIONS_ITEM_VALUES!r}"
    )
