from typing import Literal

XaiGrokImagineVideoV15ImageToVideoInputResolution = Literal["1080p", "480p", "720p"]

XAI_GROK_IMAGINE_VIDEO_V15_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    XaiGrokImagineVideoV15ImageToVideoInputResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_xai_grok_imagine_video_v15_image_to_video_input_resolution(
    value: str,
) -> XaiGrokImagineVideoV15ImageToVideoInputResolution:
    if value in XAI_GROK_IMAGINE_VIDEO_V15_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {XAI_GROK_IMAGINE_VIDEO_V15_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
