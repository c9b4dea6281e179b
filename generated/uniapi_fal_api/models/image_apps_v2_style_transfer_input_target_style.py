from typing import Literal

ImageAppsV2StyleTransferInputTargetStyle = Literal[
    "animated_series",
    "anime",
    "anime_character",
    "anime_game_style",
    "cartoon_3d",
    "cartoon_animation",
    "claymation",
    "comic_book_animation",
    "concept_art",
    "cottagecore",
    "cyberpunk_future",
    "dark_academia",
    "digital_art",
    "dreamcore",
    "hand_drawn_animation",
    "hyperrealistic",
    "impressionist",
    "liminal_space",
    "lofi_aesthetic",
    "outrun",
    "photorealistic",
    "pixel_art",
    "synthwave",
    "vaporwave",
    "weirdcore",
    "y2k",
]

IMAGE_APPS_V2_STYLE_TRANSFER_INPUT_TARGET_STYLE_VALUES: set[
    ImageAppsV2StyleTransferInputTargetStyle
] = {
    "animated_series",
    "anime",
    "anime_character",
    "anime_game_style",
    "cartoon_3d",
    "cartoon_animation",
    "claymation",
    "comic_book_animation",
    "concept_art",
    "cottagecore",
    "cyberpunk_future",
    "dark_academia",
    "digital_art",
    "dreamcore",
    "hand_drawn_animation",
    "hyperrealistic",
    "impressionist",
    "liminal_space",
    "lofi_aesthetic",
    "outrun",
    "photorealistic",
    "pixel_art",
    "synthwave",
    "vaporwave",
    "weirdcore",
    "y2k",
}


def check_image_apps_v2_style_transfer_input_target_style(
    value: str,
) -> ImageAppsV2StyleTransferInputTargetStyle:
    if value in IMAGE_APPS_V2_STYLE_TRANSFER_INPUT_TARGET_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_APPS_V2_STYLE_TRANSFER_INPUT_TARGET_STYLE_VALUES!r}"
    )
