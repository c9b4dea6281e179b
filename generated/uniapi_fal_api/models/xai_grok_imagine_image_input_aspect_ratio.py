from typing import Literal

XaiGrokImagineImageInputAspectRatio = Literal[
    "16:9",
    "19.5:9",
    "1:1",
    "1:2",
    "20:9",
    "2:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "9:19.5",
    "9:20",
]

XAI_GROK_IMAGINE_IMAGE_INPUT_ASPECT_RATIO_VALUES: set[XaiGrokImagineImageInputAspectRatio] = {
    "16:9",
    "19.5:9",
    "1:1",
    "1:2",
    "20:9",
    "2:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "9:19.5",
    "9:20",
}


def check_xai_grok_imagine_image_input_aspect_ratio(
    value: str,
) -> XaiGrokImagineImageInputAspectRatio:
    if value in XAI_GROK_IMAGINE_IMAGE_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {XAI_GROK_IMAGINE_IMAGE_INPUT_ASPECT_RATIO_VALUES!r}"
    )
