from typing import Literal

AceStepAudioInpaintInputGuidanceType = Literal["apg", "cfg", "cfg_star"]

ACE_STEP_AUDIO_INPAINT_INPUT_GUIDANCE_TYPE_VALUES: set[AceStepAudioInpaintInputGuidanceType] = {
    "apg",
    "cfg",
    "cfg_star",
}


def check_ace_step_audio_inpaint_input_guidance_type(
    value: str,
) -> AceStepAudioInpaintInputGuidanceType:
    if value in ACE_STEP_AUDIO_INPAINT_INPUT_GUIDANCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACE_STEP_AUDIO_INPAINT_INPUT_GUIDANCE_TYPE_VALUES!r}"
    )
