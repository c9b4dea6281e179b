from typing import Literal

AceStepAudioOutpaintInputGuidanceType = Literal["apg", "cfg", "cfg_star"]

ACE_STEP_AUDIO_OUTPAINT_INPUT_GUIDANCE_TYPE_VALUES: set[AceStepAudioOutpaintInputGuidanceType] = {
    "apg",
    "cfg",
    "cfg_star",
}


def check_ace_step_audio_outpaint_input_guidance_type(
    value: str,
) -> AceStepAudioOutpaintInputGuidanceType:
    if value in ACE_STEP_AUDIO_OUTPAINT_INPUT_GUIDANCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACE_STEP_AUDIO_OUTPAINT_INPUT_GUIDANCE_TYPE_VALUES!r}"
    )
