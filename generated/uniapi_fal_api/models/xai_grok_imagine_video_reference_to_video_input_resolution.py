from typing import Literal

XaiGrokImagineVideoReferenceToVideoInputResolution = Literal["480p", "720p"]

XAI_GROK_IMAGINE_VIDEO_REFERENCE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    XaiGrokImagineVideoReferenceToVideoInputResolution
] = {
    "480p",
    "720p",
}


def check_xai_grok_imagine_video_reference_to_video_input_resolution(
    value: str,
) -> XaiGrokImagineVideoReferenceToVideoInputResolution:
    if value in XAI_GROK_IMAGINE_VIDEO_REFERENCE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {XAI_GROK_IMAGINE_VIDEO_REFERENCE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
