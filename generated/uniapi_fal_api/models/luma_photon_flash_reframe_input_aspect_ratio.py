from typing import Literal

LumaPhotonFlashReframeInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "9:21"
]

LUMA_PHOTON_FLASH_REFRAME_INPUT_ASPECT_RATIO_VALUES: set[LumaPhotonFlashReframeInputAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "9:21",
}


def check_luma_photon_flash_reframe_input_aspect_ratio(
    value: str,
) -> LumaPhotonFlashReframeInputAspectRatio:
    if value in LUMA_PHOTON_FLASH_REFRAME_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_PHOTON_FLASH_REFRAME_INPUT_ASPECT_RATIO_VALUES!r}"
    )
