from typing import Literal

FooocusImagePromptInputUovMethod = Literal[
    "Disabled",
    "Upscale (1.5x)",
    "Upscale (2x)",
    "Upscale (Fast 2x)",
    "Vary (Strong)",
    "Vary (Subtle)",
]

FOOOCUS_IMAGE_PROMPT_INPUT_UOV_METHOD_VALUES: set[FooocusImagePromptInputUovMethod] = {
    "Disabled",
    "Upscale (1.5x)",
    "Upscale (2x)",
    "Upscale (Fast 2x)",
    "Vary (Strong)",
    "Vary (Subtle)",
}


def check_fooocus_image_prompt_input_uov_method(value: str) -> FooocusImagePromptInputUovMethod:
    if value in FOOOCUS_IMAGE_PROMPT_INPUT_UOV_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FOOOCUS_IMAGE_PROMPT_INPUT_UOV_METHOD_VALUES!r}"
    )
