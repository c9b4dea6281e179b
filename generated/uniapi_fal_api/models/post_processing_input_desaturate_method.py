from typing import Literal

PostProcessingInputDesaturateMethod = Literal[
    "average", "lightness", "luminance (Rec.601)", "luminance (Rec.709)"
]

POST_PROCESSING_INPUT_DESATURATE_METHOD_VALUES: set[PostProcessingInputDesaturateMethod] = {
    "average",
    "lightness",
    "luminance (Rec.601)",
    "luminance (Rec.709)",
}


def check_post_processing_input_desaturate_method(
    value: str,
) -> PostProcessingInputDesaturateMethod:
    if value in POST_PROCESSING_INPUT_DESATURATE_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_PROCESSING_INPUT_DESATURATE_METHOD_VALUES!r}"
    )
