from typing import Literal

OneToAllAnimation13BInputResolution = Literal["480p", "580p", "720p"]

ONE_TO_ALL_ANIMATION_13B_INPUT_RESOLUTION_VALUES: set[OneToAllAnimation13BInputResolution] = {
    "480p",
    "580p",
    "720p",
}


def check_one_to_all_animation_13b_input_resolution(
    value: str,
) -> OneToAllAnimation13BInputResolution:
    if value in ONE_TO_ALL_ANIMATION_13B_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ONE_TO_ALL_ANIMATION_13B_INPUT_RESOLUTION_VALUES!r}"
    )
