from typing import Literal

VideoPromptGeneratorInputSpecialEffects = Literal[
    "Analog glitches",
    "CGI enhancement",
    "Chromatic aberration",
    "Color grading",
    "Digital distortion",
    "Double exposure",
    "Holographic overlay",
    "Lens flare artistry",
    "Light painting",
    "Miniature integration",
    "Mixed media composite",
    "Motion capture",
    "Nanosecond exposures",
    "Neural style transfer",
    "None",
    "Particle systems",
    "Practical effects",
    "Projection mapping",
    "Smoke diffusion",
    "Weather simulation",
    "Wire removal",
]

VIDEO_PROMPT_GENERATOR_INPUT_SPECIAL_EFFECTS_VALUES: set[
    VideoPromptGeneratorInputSpecialEffects
] = {
    "Analog glitches",
    "CGI enhancement",
    "Chromatic aberration",
    "Color grading",
    "Digital distortion",
    "Double exposure",
    "Holographic overlay",
    "Lens flare artistry",
    "Light painting",
    "Miniature integration",
    "Mixed media composite",
    "Motion capture",
    "Nanosecond exposures",
    "Neural style transfer",
    "None",
    "Particle systems",
    "Practical effects",
    "Projection mapping",
    "Smoke diffusion",
    "Weather simulation",
    "Wire removal",
}


def check_video_prompt_generator_input_special_effects(
    value: str,
) -> VideoPromptGeneratorInputSpecialEffects:
    if value in VIDEO_PROMPT_GENERATOR_INPUT_SPECIAL_EFFECTS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_PROMPT_GENERATOR_INPUT_SPECIAL_EFFECTS_VALUES!r}"
    )
