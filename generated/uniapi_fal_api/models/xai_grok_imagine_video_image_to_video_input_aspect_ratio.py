from typing import Literal

XaiGrokImagineVideoImageToVideoInputAspectRatio = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "auto"
]

XAI_GROK_IMAGINE_VIDEO_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    XaiGrokImagineVideoImageToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "auto",
}


def check_xai_grok_imagine_video_image_to_video_input_aspect_ratio(
    value: str,
) -> XaiGrokImagineVideoImageToVideoInputAspectRatio:
    if value in XAI_GROK_IMAGINE_VIDEO_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {XAI_GROK_IMAGINE_VIDEO_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
