from typing import Literal

FooocusUpscaleOrVaryInputOutputFormat = Literal["jpeg", "png", "webp"]

FOOOCUS_UPSCALE_OR_VARY_INPUT_OUTPUT_FORMAT_VALUES: set[FooocusUpscaleOrVaryInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_fooocus_upscale_or_vary_input_output_format(
    value: str,
) -> FooocusUpscaleOrVaryInputOutputFormat:
    if value in FOOOCUS_UPSCALE_OR_VARY_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FOOOCUS_UPSCALE_OR_VARY_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
