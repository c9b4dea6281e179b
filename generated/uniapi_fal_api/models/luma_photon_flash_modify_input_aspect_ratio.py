from typing import Literal

LumaPhotonFlashModifyInputAspectRatio = Literal["16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "9:21"]

LUMA_PHOTON_FLASH_MODIFY_INPUT_ASPECT_RATIO_VALUES: set[LumaPhotonFlashModifyInputAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "9:21",
}


def check_luma_photon_flash_modify_input_aspect_ratio(
    value: str,
) -> LumaPhotonFlashModifyInputAspectRatio:
    if value in LUMA_PHOTON_FLASH_MODIFY_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_PHOTON_FLASH_MODIFY_INPUT_ASPECT_RATIO_VALUES!r}"
    )
