from typing import Literal

FfmpegApiMergeAudiosInputOutputFormatType0 = Literal[
    "alaw_8000",
    "mp3_22050_32",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
]

FFMPEG_API_MERGE_AUDIOS_INPUT_OUTPUT_FORMAT_TYPE_0_VALUES: set[
    FfmpegApiMergeAudiosInputOutputFormatType0
] = {
    "alaw_8000",
    "mp3_22050_32",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
}


def check_ffmpeg_api_merge_audios_input_output_format_type_0(
    value: str,
) -> FfmpegApiMergeAudiosInputOutputFormatType0:
    if value in FFMPEG_API_MERGE_AUDIOS_INPUT_OUTPUT_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FFMPEG_API_MERGE_AUDIOS_INPUT_OUTPUT_FORMAT_TYPE_0_VALUES!r}"
    )
