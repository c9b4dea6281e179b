from typing import Literal

PostProcessingDesaturateInputDesaturateMethod = Literal[
    "average", "lightness", "luminance (Rec.601)", "luminance (Rec.709)"
]

POST_PROCESSING_DESATURATE_INPUT_DESATURATE_METHOD_VALUES: set[
    PostProcessingDesaturateInputDesaturateMethod
] = {
    "average",
    "lightness",
    "luminance (Rec.601)",
    "luminance (Rec.709)",
}


def check_post_processing_desaturate_input_desaturate_method(
    value: str,
) -> PostProcessingDesaturateInputDesaturateMethod:
    if value in POST_PROCESSING_DESATURATE_INPUT_DESATURATE_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_PROCESSING_DESATURATE_INPUT_DESATURATE_METHOD_VALUES!r}"
    )
