from typing import Literal

Reconviagen05InputMultiImageStrategy = Literal[
    "adaptive_guidance_weight",
    "average",
    "average_right",
    "fixed_guidance_rescale",
    "sequential",
    "weighted_average",
]

RECONVIAGEN_05_INPUT_MULTI_IMAGE_STRATEGY_VALUES: set[Reconviagen05InputMultiImageStrategy] = {
    "adaptive_guidance_weight",
    "average",
    "average_right",
    "fixed_guidance_rescale",
    "sequential",
    "weighted_average",
}


def check_reconviagen_05_input_multi_image_strategy(
    value: str,
) -> Reconviagen05InputMultiImageStrategy:
    if value in RECONVIAGEN_05_INPUT_MULTI_IMAGE_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RECONVIAGEN_05_INPUT_MULTI_IMAGE_STRATEGY_VALUES!r}"
    )
