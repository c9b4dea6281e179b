from typing import Literal

FooocusImagePromptInputOutputFormat = Literal["jpeg", "png", "webp"]

FOOOCUS_IMAGE_PROMPT_INPUT_OUTPUT_FORMAT_VALUES: set[FooocusImagePromptInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_fooocus_image_prompt_input_output_format(
    value: str,
) -> FooocusImagePromptInputOutputFormat:
    if value in FOOOCUS_IMAGE_PROMPT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FOOOCUS_IMAGE_PROMPT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
