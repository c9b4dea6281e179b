from typing import Literal

VeedSubtitlesInputPreset = Literal[
    "ali",
    "backdrop",
    "backdrop2",
    "beans",
    "boo",
    "capri",
    "casper",
    "corpo",
    "diego",
    "flex",
    "fusion",
    "glass",
    "glide",
    "glide2",
    "handwritten",
    "hustle",
    "karl",
    "kitty",
    "lowkey",
    "mint",
    "plain",
    "rizz",
    "shadeplay",
    "simple",
    "slay",
    "sprout",
    "terminal",
    "vegas",
    "vinta",
    "whisper",
]

VEED_SUBTITLES_INPUT_PRESET_VALUES: set[VeedSubtitlesInputPreset] = {
    "ali",
    "backdrop",
    "backdrop2",
    "beans",
    "boo",
    "capri",
    "casper",
    "corpo",
    "diego",
    "flex",
    "fusion",
    "glass",
    "glide",
    "glide2",
    "handwritten",
    "hustle",
    "karl",
    "kitty",
    "lowkey",
    "mint",
    "plain",
    "rizz",
    "shadeplay",
    "simple",
    "slay",
    "sprout",
    "terminal",
    "vegas",
    "vinta",
    "whisper",
}


def check_veed_subtitles_input_preset(value: str) -> VeedSubtitlesInputPreset:
    if value in VEED_SUBTITLES_INPUT_PRESET_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEED_SUBTITLES_INPUT_PRESET_VALUES!r}"
    )
