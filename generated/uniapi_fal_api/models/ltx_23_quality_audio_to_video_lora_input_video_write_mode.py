from typing import Literal

Ltx23QualityAudioToVideoLoraInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_23_QUALITY_AUDIO_TO_VIDEO_LORA_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx23QualityAudioToVideoLoraInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_23_quality_audio_to_video_lora_input_video_write_mode(
    value: str,
) -> Ltx23QualityAudioToVideoLoraInputVideoWriteMode:
    if value in LTX_23_QUALITY_AUDIO_TO_VIDEO_LORA_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_AUDIO_TO_VIDEO_LORA_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
