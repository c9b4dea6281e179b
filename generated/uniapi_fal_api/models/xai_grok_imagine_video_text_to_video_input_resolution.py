from typing import Literal

XaiGrokImagineVideoTextToVideoInputResolution = Literal["480p", "720p"]

XAI_GROK_IMAGINE_VIDEO_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    XaiGrokImagineVideoTextToVideoInputResolution
] = {
    "480p",
    "720p",
}


def check_xai_grok_imagine_video_text_to_video_input_resolution(
    value: str,
) -> XaiGrokImagineVideoTextToVideoInputResolution:
    if value in XAI_GROK_IMAGINE_VIDEO_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {XAI_GROK_IMAGINE_VIDEO_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
