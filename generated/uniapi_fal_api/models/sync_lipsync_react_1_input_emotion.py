from typing import Literal

SyncLipsyncReact1InputEmotion = Literal[
    "angry", "disgusted", "happy", "neutral", "sad", "surprised"
]

SYNC_LIPSYNC_REACT_1_INPUT_EMOTION_VALUES: set[SyncLipsyncReact1InputEmotion] = {
    "angry",
    "disgusted",
    "happy",
    "neutral",
    "sad",
    "surprised",
}


def check_sync_lipsync_react_1_input_emotion(value: str) -> SyncLipsyncReact1InputEmotion:
    if value in SYNC_LIPSYNC_REACT_1_INPUT_EMOTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SYNC_LIPSYNC_REACT_1_INPUT_EMOTION_VALUES!r}"
    )
