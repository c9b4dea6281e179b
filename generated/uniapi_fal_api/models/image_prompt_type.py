from typing import Literal

ImagePromptType = Literal["CPDS", "FaceSwap", "ImagePrompt", "PyraCanny"]

IMAGE_PROMPT_TYPE_VALUES: set[ImagePromptType] = {
    "CPDS",
    "FaceSwap",
    "ImagePrompt",
    "PyraCanny",
}


def check_image_prompt_type(value: str) -> ImagePromptType:
    if value in IMAGE_PROMPT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_PROMPT_TYPE_VALUES!r}")
