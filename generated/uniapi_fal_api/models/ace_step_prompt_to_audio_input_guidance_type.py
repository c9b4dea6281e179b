from typing import Literal

AceStepPromptToAudioInputGuidanceType = Literal["apg", "cfg", "cfg_star"]

ACE_STEP_PROMPT_TO_AUDIO_INPUT_GUIDANCE_TYPE_VALUES: set[AceStepPromptToAudioInputGuidanceType] = {
    "apg",
    "cfg",
    "cfg_star",
}


def check_ace_step_prompt_to_audio_input_guidance_type(
    value: str,
) -> AceStepPromptToAudioInputGuidanceType:
    if value in ACE_STEP_PROMPT_TO_AUDIO_INPUT_GUIDANCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACE_STEP_PROMPT_TO_AUDIO_INPUT_GUIDANCE_TYPE_VALUES!r}"
    )
