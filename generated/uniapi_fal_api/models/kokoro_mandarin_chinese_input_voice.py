from typing import Literal

KokoroMandarinChineseInputVoice = Literal[
    "zf_xiaobei",
    "zf_xiaoni",
    "zf_xiaoxiao",
    "zf_xiaoyi",
    "zm_yunjian",
    "zm_yunxi",
    "zm_yunxia",
    "zm_yunyang",
]

KOKORO_MANDARIN_CHINESE_INPUT_VOICE_VALUES: set[KokoroMandarinChineseInputVoice] = {
    "zf_xiaobei",
    "zf_xiaoni",
    "zf_xiaoxiao",
    "zf_xiaoyi",
    "zm_yunjian",
    "zm_yunxi",
    "zm_yunxia",
    "zm_yunyang",
}


def check_kokoro_mandarin_chinese_input_voice(value: str) -> KokoroMandarinChineseInputVoice:
    if value in KOKORO_MANDARIN_CHINESE_INPUT_VOICE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KOKORO_MANDARIN_CHINESE_INPUT_VOICE_VALUES!r}"
    )
