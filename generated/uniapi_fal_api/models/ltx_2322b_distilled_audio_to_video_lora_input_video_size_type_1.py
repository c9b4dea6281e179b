from typing import Literal

Ltx2322BDistilledAudioToVideoLoraInputVideoSizeType1 = Literal[
    "auto",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
]

LTX_2322B_DISTILLED_AUDIO_TO_VIDEO_LORA_INPUT_VIDEO_SIZE_TYPE_1_VALUES: set[
    Ltx2322BDistilledAudioToVideoLoraInputVideoSizeType1
] = {
    "auto",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_ltx_2322b_distilled_audio_to_video_lora_input_video_size_type_1(
    value: str,
) -> Ltx2322BDistilledAudioToVideoLoraInputVideoSizeType1:
    if value in LTX_2322B_DISTILLED_AUDIO_TO_VIDEO_LORA_INPUT_VIDEO_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_DISTILLED_AUDIO_TO_VIDEO_LORA_INPUT_VIDEO_SIZE_TYPE_1_VALUES!r}"
    )
