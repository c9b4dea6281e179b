from typing import Literal

ImageAppsV2HairChangeInputTargetHairstyle = Literal[
    "afro",
    "bangs",
    "bob_cut",
    "braids",
    "bun",
    "buzz_cut",
    "curly_hair",
    "dreadlocks",
    "high_ponytail",
    "long_hair",
    "medium_long_hair",
    "middle_part",
    "mohawk",
    "pixie_cut",
    "short_hair",
    "side_part",
    "straight_hair",
    "wavy_hair",
]

IMAGE_APPS_V2_HAIR_CHANGE_INPUT_TARGET_HAIRSTYLE_VALUES: set[
    ImageAppsV2HairChangeInputTargetHairstyle
] = {
    "afro",
    "bangs",
    "bob_cut",
    "braids",
    "bun",
    "buzz_cut",
    "curly_hair",
    "dreadlocks",
    "high_ponytail",
    "long_hair",
    "medium_long_hair",
    "middle_part",
    "mohawk",
    "pixie_cut",
    "short_hair",
    "side_part",
    "straight_hair",
    "wavy_hair",
}


def check_image_apps_v2_hair_change_input_target_hairstyle(
    value: str,
) -> ImageAppsV2HairChangeInputTargetHairstyle:
    if value in IMAGE_APPS_V2_HAIR_CHANGE_INPUT_TARGET_HAIRSTYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_APPS_V2_HAIR_CHANGE_INPUT_TARGET_HAIRSTYLE_VALUES!r}"
    )
