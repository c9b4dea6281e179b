from typing import Literal

XaiGrokImagineImageQualityEditInputResolution = Literal["1k", "2k"]

XAI_GROK_IMAGINE_IMAGE_QUALITY_EDIT_INPUT_RESOLUTION_VALUES: set[
    XaiGrokImagineImageQualityEditInputResolution
] = {
    "1k",
    "2k",
}


def check_xai_grok_imagine_image_quality_edit_input_resolution(
    value: str,
) -> XaiGrokImagineImageQualityEditInputResolution:
    if value in XAI_GROK_IMAGINE_IMAGE_QUALITY_EDIT_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {XAI_GROK_IMAGINE_IMAGE_QUALITY_EDIT_INPUT_RESOLUTION_VALUES!r}"
    )
