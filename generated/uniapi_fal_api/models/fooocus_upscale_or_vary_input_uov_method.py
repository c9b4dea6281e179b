from typing import Literal

FooocusUpscaleOrVaryInputUovMethod = Literal[
    "Disabled",
    "Upscale (1.5x)",
    "Upscale (2x)",
    "Upscale (Fast 2x)",
    "Vary (Strong)",
    "Vary (Subtle)",
]

FOOOCUS_UPSCALE_OR_VARY_INPUT_UOV_METHOD_VALUES: set[FooocusUpscaleOrVaryInputUovMethod] = {
    "Disabled",
    "Upscale (1.5x)",
    "Upscale (2x)",
    "Upscale (Fast 2x)",
    "Vary (Strong)",
    "Vary (Subtle)",
}


def check_fooocus_upscale_or_vary_input_uov_method(
    value: str,
) -> FooocusUpscaleOrVaryInputUovMethod:
    if value in FOOOCUS_UPSCALE_OR_VARY_INPUT_UOV_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FOOOCUS_UPSCALE_OR_VARY_INPUT_UOV_METHOD_VALUES!r}"
    )
