from typing import Literal

XaiGrokImagineImageInputResolution = Literal["1k", "2k"]

XAI_GROK_IMAGINE_IMAGE_INPUT_RESOLUTION_VALUES: set[XaiGrokImagineImageInputResolution] = {
    "1k",
    "2k",
}


def check_xai_grok_imagine_image_input_resolution(value: str) -> XaiGrokImagineImageInputResolution:
    if value in XAI_GROK_IMAGINE_IMAGE_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {XAI_GROK_IMAGINE_IMAGE_INPUT_RESOLUTION_VALUES!r}"
    )
