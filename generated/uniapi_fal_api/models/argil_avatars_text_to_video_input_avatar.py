from typing import Literal

ArgilAvatarsTextToVideoInputAvatar = Literal[
    "Alex (Masterclass)",
    "Amara (Masterclass)",
    "Brandon (UGC)",
    "Byron (Masterclass)",
    "Calista (Masterclass)",
    "Chen (Masterclass)",
    "Daniel car (UGC)",
    "Dario (Masterclass)",
    "Elena (UGC)",
    "Emma (UGC)",
    "Fabien (Masterclass)",
    "Ines (UGC)",
    "Jasmine (Masterclass)",
    "Jayse (Masterclass)",
    "Lara (Masterclass)",
    "Laurent (UGC)",
    "Maria (Masterclass)",
    "Matteo (UGC)",
    "Mia outdoor (UGC)",
    "Milo (Masterclass)",
    "Noemie car (UGC)",
    "Paul (Masterclass)",
    "Rose (UGC)",
    "Ryan podcast (UGC)",
    "Sienna (Masterclass)",
    "Tyler (Masterclass)",
    "Vanessa (UGC)",
    "Viva (Masterclass)",
]

ARGIL_AVATARS_TEXT_TO_VIDEO_INPUT_AVATAR_VALUES: set[ArgilAvatarsTextToVideoInputAvatar] = {
    "Alex (Masterclass)",
    "Amara (Masterclass)",
    "Brandon (UGC)",
    "Byron (Masterclass)",
    "Calista (Masterclass)",
    "Chen (Masterclass)",
    "Daniel car (UGC)",
    "Dario (Masterclass)",
    "Elena (UGC)",
    "Emma (UGC)",
    "Fabien (Masterclass)",
    "Ines (UGC)",
    "Jasmine (Masterclass)",
    "Jayse (Masterclass)",
    "Lara (Masterclass)",
    "Laurent (UGC)",
    "Maria (Masterclass)",
    "Matteo (UGC)",
    "Mia outdoor (UGC)",
    "Milo (Masterclass)",
    "Noemie car (UGC)",
    "Paul (Masterclass)",
    "Rose (UGC)",
    "Ryan podcast (UGC)",
    "Sienna (Masterclass)",
    "Tyler (Masterclass)",
    "Vanessa (UGC)",
    "Viva (Masterclass)",
}


def check_argil_avatars_text_to_video_input_avatar(
    value: str,
) -> ArgilAvatarsTextToVideoInputAvatar:
    if value in ARGIL_AVATARS_TEXT_TO_VIDEO_INPUT_AVATAR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ARGIL_AVATARS_TEXT_TO_VIDEO_INPUT_AVATAR_VALUES!r}"
    )
