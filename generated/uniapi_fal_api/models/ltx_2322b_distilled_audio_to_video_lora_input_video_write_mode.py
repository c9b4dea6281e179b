from typing import Literal

Ltx2322BDistilledAudioToVideoLoraInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_2322B_DISTILLED_AUDIO_TO_VIDEO_LORA_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx2322BDistilledAudioToVideoLoraInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_2322b_distilled_audio_to_video_lora_input_video_write_mode(
    value: str,
) -> Ltx2322BDistilledAudioToVideoLoraInputVideoWriteMode:
    if value in LTX_2322B_DISTILLED_AUDIO_TO_VIDEO_LORA_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_DISTILLED_AUDIO_TO_VIDEO_LORA_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
