from typing import Literal

VeedAvatarsTextToVideoInputAvatarId = Literal[
    "aisha_vertical_walking",
    "aisha_walking",
    "any_female_primary",
    "any_female_side",
    "any_female_vertical_primary",
    "any_female_vertical_secondary",
    "any_female_vertical_walking",
    "any_male_primary",
    "any_male_side",
    "any_male_vertical_primary",
    "any_male_vertical_secondary",
    "elena_primary",
    "elena_side",
    "elena_vertical_primary",
    "elena_vertical_secondary",
    "emily_primary",
    "emily_side",
    "emily_vertical_primary",
    "emily_vertical_secondary",
    "jasmine_vertical_primary",
    "jasmine_vertical_secondary",
    "jasmine_vertical_walking",
    "marcus_primary",
    "marcus_side",
    "marcus_vertical_primary",
    "marcus_vertical_secondary",
    "mira_vertical_primary",
    "mira_vertical_secondary",
]

VEED_AVATARS_TEXT_TO_VIDEO_INPUT_AVATAR_ID_VALUES: set[VeedAvatarsTextToVideoInputAvatarId] = {
    "aisha_vertical_walking",
    "aisha_walking",
    "any_female_primary",
    "any_female_side",
    "any_female_vertical_primary",
    "any_female_vertical_secondary",
    "any_female_vertical_walking",
    "any_male_primary",
    "any_male_side",
    "any_male_vertical_primary",
    "any_male_vertical_secondary",
    "elena_primary",
    "elena_side",
    "elena_vertical_primary",
    "elena_vertical_secondary",
    "emily_primary",
    "emily_side",
    "emily_vertical_primary",
    "emily_vertical_secondary",
    "jasmine_vertical_primary",
    "jasmine_vertical_secondary",
    "jasmine_vertical_walking",
    "marcus_primary",
    "marcus_side",
    "marcus_vertical_primary",
    "marcus_vertical_secondary",
    "mira_vertical_primary",
    "mira_vertical_secondary",
}


def check_veed_avatars_text_to_video_input_avatar_id(
    value: str,
) -> VeedAvatarsTextToVideoInputAvatarId:
    if value in VEED_AVATARS_TEXT_TO_VIDEO_INPUT_AVATAR_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEED_AVATARS_TEXT_TO_VIDEO_INPUT_AVATAR_ID_VALUES!r}"
    )
