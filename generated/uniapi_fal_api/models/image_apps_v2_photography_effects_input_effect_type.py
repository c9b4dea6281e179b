from typing import Literal

ImageAppsV2PhotographyEffectsInputEffectType = Literal[
    "bokeh_effect",
    "double_exposure",
    "dramatic_lighting",
    "fashion_photography",
    "film",
    "film_grain",
    "golden_hour",
    "high_contrast",
    "instant_camera",
    "light_leaks",
    "portrait_photography",
    "sepia_tone",
    "soft_focus",
    "street_photography",
    "vignette_effect",
    "vintage_film",
]

IMAGE_APPS_V2_PHOTOGRAPHY_EFFECTS_INPUT_EFFECT_TYPE_VALUES: set[
    ImageAppsV2PhotographyEffectsInputEffectType
] = {
    "bokeh_effect",
    "double_exposure",
    "dramatic_lighting",
    "fashion_photography",
    "film",
    "film_grain",
    "golden_hour",
    "high_contrast",
    "instant_camera",
    "light_leaks",
    "portrait_photography",
    "sepia_tone",
    "soft_focus",
    "street_photography",
    "vignette_effect",
    "vintage_film",
}


def check_image_apps_v2_photography_effects_input_effect_type(
    value: str,
) -> ImageAppsV2PhotographyEffectsInputEffectType:
    if value in IMAGE_APPS_V2_PHOTOGRAPHY_EFFECTS_INPUT_EFFECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_APPS_V2_PHOTOGRAPHY_EFFECTS_INPUT_EFFECT_TYPE_VALUES!r}"
    )
