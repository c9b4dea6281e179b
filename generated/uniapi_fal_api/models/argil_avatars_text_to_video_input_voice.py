from typing import Literal

ArgilAvatarsTextToVideoInputVoice = Literal[
    "Alice",
    "Bill",
    "Callum",
    "Charlie",
    "Clyde",
    "George",
    "Harry",
    "Jessica",
    "Laura",
    "Liam",
    "Lilly",
    "Luna",
    "Matilda",
    "Oxley",
    "Rachel",
    "River",
    "Roger",
    "Sarah",
    "Thomas",
    "Will",
]

ARGIL_AVATARS_TEXT_TO_VIDEO_INPUT_VOICE_VALUES: set[ArgilAvatarsTextToVideoInputVoice] = {
    "Alice",
    "Bill",
    "Callum",
    "Charlie",
    "Clyde",
    "George",
    "Harry",
    "Jessica",
    "Laura",
    "Liam",
    "Lilly",
    "Luna",
    "Matilda",
    "Oxley",
    "Rachel",
    "River",
    "Roger",
    "Sarah",
    "Thomas",
    "Will",
}


def check_argil_avatars_text_to_video_input_voice(value: str) -> ArgilAvatarsTextToVideoInputVoice:
    if value in ARGIL_AVATARS_TEXT_TO_VIDEO_INPUT_VOICE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ARGIL_AVATARS_TEXT_TO_VIDEO_INPUT_VOICE_VALUES!r}"
    )
