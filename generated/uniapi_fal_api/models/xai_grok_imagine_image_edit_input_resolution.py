from typing import Literal

XaiGrokImagineImageEditInputResolution = Literal["1k", "2k"]

XAI_GROK_IMAGINE_IMAGE_EDIT_INPUT_RESOLUTION_VALUES: set[XaiGrokImagineImageEditInputResolution] = {
    "1k",
    "2k",
}


def check_xai_grok_imagine_image_edit_input_resolution(
    value: str,
) -> XaiGrokImagineImageEditInputResolution:
    if value in XAI_GROK_IMAGINE_IMAGE_EDIT_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {XAI_GROK_IMAGINE_IMAGE_EDIT_INPUT_RESOLUTION_VALUES!r}"
    )
