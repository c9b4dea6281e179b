from typing import Literal

AceStepAudioToAudioInputGuidanceType = Literal["apg", "cfg", "cfg_star"]

ACE_STEP_AUDIO_TO_AUDIO_INPUT_GUIDANCE_TYPE_VALUES: set[AceStepAudioToAudioInputGuidanceType] = {
    "apg",
    "cfg",
    "cfg_star",
}


def check_ace_step_audio_to_audio_input_guidance_type(
    value: str,
) -> AceStepAudioToAudioInputGuidanceType:
    if value in ACE_STEP_AUDIO_TO_AUDIO_INPUT_GUIDANCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACE_STEP_AUDIO_TO_AUDIO_INPUT_GUIDANCE_TYPE_VALUES!r}"
    )
