from typing import Literal

XaiGrokImagineVideoImageToVideoInputResolution = Literal["480p", "720p"]

XAI_GROK_IMAGINE_VIDEO_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    XaiGrokImagineVideoImageToVideoInputResolution
] = {
    "480p",
    "720p",
}


def check_xai_grok_imagine_video_image_to_video_input_resolution(
    value: str,
) -> XaiGrokImagineVideoImageToVideoInputResolution:
    if value in XAI_GROK_IMAGINE_VIDEO_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {XAI_GROK_IMAGINE_VIDEO_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
