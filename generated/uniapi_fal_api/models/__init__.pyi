from .ace_step_audio_inpaint_input import (
    AceStepAudioInpaintInput as AceStepAudioInpaintInput,
)
from .ace_step_audio_inpaint_input_end_time_relative_to import (
    AceStepAudioInpaintInputEndTimeRelativeTo as AceStepAudioInpaintInputEndTimeRelativeTo,
)
from .ace_step_audio_inpaint_input_guidance_type import (
    AceStepAudioInpaintInputGuidanceType as AceStepAudioInpaintInputGuidanceType,
)
from .ace_step_audio_inpaint_input_scheduler import (
    AceStepAudioInpaintInputScheduler as AceStepAudioInpaintInputScheduler,
)
from .ace_step_audio_inpaint_input_start_time_relative_to import (
    AceStepAudioInpaintInputStartTimeRelativeTo as AceStepAudioInpaintInputStartTimeRelativeTo,
)
from .ace_step_audio_inpaint_output import (
    AceStepAudioInpaintOutput as AceStepAudioInpaintOutput,
)
from .ace_step_audio_outpaint_input import (
    AceStepAudioOutpaintInput as AceStepAudioOutpaintInput,
)
from .ace_step_audio_outpaint_input_guidance_type import (
    AceStepAudioOutpaintInputGuidanceType as AceStepAudioOutpaintInputGuidanceType,
)
from .ace_step_audio_outpaint_input_scheduler import (
    AceStepAudioOutpaintInputScheduler as AceStepAudioOutpaintInputScheduler,
)
from .ace_step_audio_outpaint_output import (
    AceStepAudioOutpaintOutput as AceStepAudioOutpaintOutput,
)
from .ace_step_audio_to_audio_input import (
    AceStepAudioToAudioInput as AceStepAudioToAudioInput,
)
from .ace_step_audio_to_audio_input_edit_mode import (
    AceStepAudioToAudioInputEditMode as AceStepAudioToAudioInputEditMode,
)
from .ace_step_audio_to_audio_input_guidance_type import (
    AceStepAudioToAudioInputGuidanceType as AceStepAudioToAudioInputGuidanceType,
)
from .ace_step_audio_to_audio_input_scheduler import (
    AceStepAudioToAudioInputScheduler as AceStepAudioToAudioInputScheduler,
)
from .ace_step_audio_to_audio_output import (
    AceStepAudioToAudioOutput as AceStepAudioToAudioOutput,
)
from .ace_step_input import AceStepInput as AceStepInput
from .ace_step_input_guidance_type import (
    AceStepInputGuidanceType as AceStepInputGuidanceType,
)
from .ace_step_input_scheduler import AceStepInputScheduler as AceStepInputScheduler
from .ace_step_output import AceStepOutput as AceStepOutput
from .ace_step_prompt_to_audio_input import (
    AceStepPromptToAudioInput as AceStepPromptToAudioInput,
)
from .ace_step_prompt_to_audio_input_guidance_type import (
    AceStepPromptToAudioInputGuidanceType as AceStepPromptToAudioInputGuidanceType,
)
from .ace_step_prompt_to_audio_input_scheduler import (
    AceStepPromptToAudioInputScheduler as AceStepPromptToAudioInputScheduler,
)
from .ace_step_prompt_to_audio_output import (
    AceStepPromptToAudioOutput as AceStepPromptToAudioOutput,
)
from .aesthetics import Aesthetics as Aesthetics
from .ai_avatar_input import AiAvatarInput as AiAvatarInput
from .ai_avatar_input_acceleration import (
    AiAvatarInputAcceleration as AiAvatarInputAcceleration,
)
from .ai_avatar_input_resolution import (
    AiAvatarInputResolution as AiAvatarInputResolution,
)
from .ai_avatar_multi_input import AiAvatarMultiInput as AiAvatarMultiInput
from .ai_avatar_multi_input_acceleration import (
    AiAvatarMultiInputAcceleration as AiAvatarMultiInputAcceleration,
)
from .ai_avatar_multi_input_resolution import (
    AiAvatarMultiInputResolution as AiAvatarMultiInputResolution,
)
from .ai_avatar_multi_output import AiAvatarMultiOutput as AiAvatarMultiOutput
from .ai_avatar_multi_text_input import AiAvatarMultiTextInput as AiAvatarMultiTextInput
from .ai_avatar_multi_text_input_acceleration import (
    AiAvatarMultiTextInputAcceleration as AiAvatarMultiTextInputAcceleration,
)
from .ai_avatar_multi_text_input_resolution import (
    AiAvatarMultiTextInputResolution as AiAvatarMultiTextInputResolution,
)
from .ai_avatar_multi_text_input_voice_1 import (
    AiAvatarMultiTextInputVoice1 as AiAvatarMultiTextInputVoice1,
)
from .ai_avatar_multi_text_input_voice_2 import (
    AiAvatarMultiTextInputVoice2 as AiAvatarMultiTextInputVoice2,
)
from .ai_avatar_multi_text_output import (
    AiAvatarMultiTextOutput as AiAvatarMultiTextOutput,
)
from .ai_avatar_output import AiAvatarOutput as AiAvatarOutput
from .ai_avatar_single_text_input import (
    AiAvatarSingleTextInput as AiAvatarSingleTextInput,
)
from .ai_avatar_single_text_input_acceleration import (
    AiAvatarSingleTextInputAcceleration as AiAvatarSingleTextInputAcceleration,
)
from .ai_avatar_single_text_input_resolution import (
    AiAvatarSingleTextInputResolution as AiAvatarSingleTextInputResolution,
)
from .ai_avatar_single_text_input_voice import (
    AiAvatarSingleTextInputVoice as AiAvatarSingleTextInputVoice,
)
from .ai_avatar_single_text_output import (
    AiAvatarSingleTextOutput as AiAvatarSingleTextOutput,
)
from .amt_interpolation_frame_interpolation_input import (
    AmtInterpolationFrameInterpolationInput as AmtInterpolationFrameInterpolationInput,
)
from .amt_interpolation_frame_interpolation_output import (
    AmtInterpolationFrameInterpolationOutput as AmtInterpolationFrameInterpolationOutput,
)
from .amt_interpolation_input import AmtInterpolationInput as AmtInterpolationInput
from .amt_interpolation_output import AmtInterpolationOutput as AmtInterpolationOutput
from .animatediff_sparsectrl_lcm_input import (
    AnimatediffSparsectrlLcmInput as AnimatediffSparsectrlLcmInput,
)
from .animatediff_sparsectrl_lcm_input_controlnet_type import (
    AnimatediffSparsectrlLcmInputControlnetType as AnimatediffSparsectrlLcmInputControlnetType,
)
from .animatediff_sparsectrl_lcm_output import (
    AnimatediffSparsectrlLcmOutput as AnimatediffSparsectrlLcmOutput,
)
from .arbiter_image_image_input import ArbiterImageImageInput as ArbiterImageImageInput
from .arbiter_image_image_input_measurements_item import (
    ArbiterImageImageInputMeasurementsItem as ArbiterImageImageInputMeasurementsItem,
)
from .arbiter_image_image_output import (
    ArbiterImageImageOutput as ArbiterImageImageOutput,
)
from .arbiter_image_image_output_values_item import (
    ArbiterImageImageOutputValuesItem as ArbiterImageImageOutputValuesItem,
)
from .arbiter_image_image_output_values_item_additional_property_type_1 import (
    ArbiterImageImageOutputValuesItemAdditionalPropertyType1 as ArbiterImageImageOutputValuesItemAdditionalPropertyType1,
)
from .arbiter_image_input import ArbiterImageInput as ArbiterImageInput
from .arbiter_image_input_measurements_item import (
    ArbiterImageInputMeasurementsItem as ArbiterImageInputMeasurementsItem,
)
from .arbiter_image_output import ArbiterImageOutput as ArbiterImageOutput
from .arbiter_image_output_values_item import (
    ArbiterImageOutputValuesItem as ArbiterImageOutputValuesItem,
)
from .arbiter_image_output_values_item_additional_property_type_1 import (
    ArbiterImageOutputValuesItemAdditionalPropertyType1 as ArbiterImageOutputValuesItemAdditionalPropertyType1,
)
from .arbiter_image_text_input import ArbiterImageTextInput as ArbiterImageTextInput
from .arbiter_image_text_input_measurements_item import (
    ArbiterImageTextInputMeasurementsItem as ArbiterImageTextInputMeasurementsItem,
)
from .arbiter_image_text_output import ArbiterImageTextOutput as ArbiterImageTextOutput
from .arbiter_image_text_output_values_item import (
    ArbiterImageTextOutputValuesItem as ArbiterImageTextOutputValuesItem,
)
from .arbiter_image_text_output_values_item_additional_property_type_1 import (
    ArbiterImageTextOutputValuesItemAdditionalPropertyType1 as ArbiterImageTextOutputValuesItemAdditionalPropertyType1,
)
from .argil_avatars_audio_to_video_input import (
    ArgilAvatarsAudioToVideoInput as ArgilAvatarsAudioToVideoInput,
)
from .argil_avatars_audio_to_video_input_avatar import (
    ArgilAvatarsAudioToVideoInputAvatar as ArgilAvatarsAudioToVideoInputAvatar,
)
from .argil_avatars_audio_to_video_output import (
    ArgilAvatarsAudioToVideoOutput as ArgilAvatarsAudioToVideoOutput,
)
from .argil_avatars_text_to_video_input import (
    ArgilAvatarsTextToVideoInput as ArgilAvatarsTextToVideoInput,
)
from .argil_avatars_text_to_video_input_avatar import (
    ArgilAvatarsTextToVideoInputAvatar as ArgilAvatarsTextToVideoInputAvatar,
)
from .argil_avatars_text_to_video_input_voice import (
    ArgilAvatarsTextToVideoInputVoice as ArgilAvatarsTextToVideoInputVoice,
)
from .argil_avatars_text_to_video_output import (
    ArgilAvatarsTextToVideoOutput as ArgilAvatarsTextToVideoOutput,
)
from .audio import Audio as Audio
from .audio_file import AudioFile as AudioFile
from .audio_file_v7fecf5 import AudioFileV7FECF5 as AudioFileV7FECF5
from .audio_file_vc78ba0 import AudioFileVC78BA0 as AudioFileVC78BA0
from .audio_output import AudioOutput as AudioOutput
from .audio_setting import AudioSetting as AudioSetting
from .audio_setting_bitrate import AudioSettingBitrate as AudioSettingBitrate
from .audio_setting_channel import AudioSettingChannel as AudioSettingChannel
from .audio_setting_format import AudioSettingFormat as AudioSettingFormat
from .audio_setting_sample_rate import AudioSettingSampleRate as AudioSettingSampleRate
from .audio_setting_v6b2df2 import AudioSettingV6B2DF2 as AudioSettingV6B2DF2
from .audio_setting_v6b2df2_bitrate import (
    AudioSettingV6B2DF2Bitrate as AudioSettingV6B2DF2Bitrate,
)
from .audio_setting_v6b2df2_format import (
    AudioSettingV6B2DF2Format as AudioSettingV6B2DF2Format,
)
from .audio_setting_v6b2df2_sample_rate import (
    AudioSettingV6B2DF2SampleRate as AudioSettingV6B2DF2SampleRate,
)
from .audio_time_span import AudioTimeSpan as AudioTimeSpan
from .audio_understanding_input import (
    AudioUnderstandingInput as AudioUnderstandingInput,
)
from .audio_understanding_output import (
    AudioUnderstandingOutput as AudioUnderstandingOutput,
)
from .audio_vb4cc40 import AudioVB4CC40 as AudioVB4CC40
from .aura_flow_input import AuraFlowInput as AuraFlowInput
from .aura_flow_output import AuraFlowOutput as AuraFlowOutput
from .auto_caption_input import AutoCaptionInput as AutoCaptionInput
from .auto_caption_output import AutoCaptionOutput as AutoCaptionOutput
from .bagel_input import BagelInput as BagelInput
from .bagel_output import BagelOutput as BagelOutput
from .bagel_output_timings import BagelOutputTimings as BagelOutputTimings
from .bagel_understand_input import BagelUnderstandInput as BagelUnderstandInput
from .bagel_understand_output import BagelUnderstandOutput as BagelUnderstandOutput
from .bagel_understand_output_timings import (
    BagelUnderstandOutputTimings as BagelUnderstandOutputTimings,
)
from .beatoven_music_generation_input import (
    BeatovenMusicGenerationInput as BeatovenMusicGenerationInput,
)
from .beatoven_music_generation_output import (
    BeatovenMusicGenerationOutput as BeatovenMusicGenerationOutput,
)
from .beatoven_music_generation_output_metadata import (
    BeatovenMusicGenerationOutputMetadata as BeatovenMusicGenerationOutputMetadata,
)
from .beatoven_sound_effect_generation_input import (
    BeatovenSoundEffectGenerationInput as BeatovenSoundEffectGenerationInput,
)
from .beatoven_sound_effect_generation_output import (
    BeatovenSoundEffectGenerationOutput as BeatovenSoundEffectGenerationOutput,
)
from .beatoven_sound_effect_generation_output_metadata import (
    BeatovenSoundEffectGenerationOutputMetadata as BeatovenSoundEffectGenerationOutputMetadata,
)
from .ben_v2_video_input import BenV2VideoInput as BenV2VideoInput
from .ben_v2_video_output import BenV2VideoOutput as BenV2VideoOutput
from .birefnet_v2_video_input import BirefnetV2VideoInput as BirefnetV2VideoInput
from .birefnet_v2_video_input_model import (
    BirefnetV2VideoInputModel as BirefnetV2VideoInputModel,
)
from .birefnet_v2_video_input_operating_resolution import (
    BirefnetV2VideoInputOperatingResolution as BirefnetV2VideoInputOperatingResolution,
)
from .birefnet_v2_video_input_video_output_type import (
    BirefnetV2VideoInputVideoOutputType as BirefnetV2VideoInputVideoOutputType,
)
from .birefnet_v2_video_input_video_quality import (
    BirefnetV2VideoInputVideoQuality as BirefnetV2VideoInputVideoQuality,
)
from .birefnet_v2_video_input_video_write_mode import (
    BirefnetV2VideoInputVideoWriteMode as BirefnetV2VideoInputVideoWriteMode,
)
from .birefnet_v2_video_output import BirefnetV2VideoOutput as BirefnetV2VideoOutput
from .bounding_box import BoundingBox as BoundingBox
from .box_prompt import BoxPrompt as BoxPrompt
from .box_prompt_base import BoxPromptBase as BoxPromptBase
from .bria_fibo_edit_edit_structured_instruction_input import (
    BriaFiboEditEditStructuredInstructionInput as BriaFiboEditEditStructuredInstructionInput,
)
from .bria_fibo_edit_edit_structured_instruction_output import (
    BriaFiboEditEditStructuredInstructionOutput as BriaFiboEditEditStructuredInstructionOutput,
)
from .bria_fibo_generate_input import BriaFiboGenerateInput as BriaFiboGenerateInput
from .bria_fibo_generate_input_aspect_ratio import (
    BriaFiboGenerateInputAspectRatio as BriaFiboGenerateInputAspectRatio,
)
from .bria_fibo_generate_output import BriaFiboGenerateOutput as BriaFiboGenerateOutput
from .bria_fibo_generate_output_images_item import (
    BriaFiboGenerateOutputImagesItem as BriaFiboGenerateOutputImagesItem,
)
from .bria_fibo_generate_output_structured_prompt import (
    BriaFiboGenerateOutputStructuredPrompt as BriaFiboGenerateOutputStructuredPrompt,
)
from .bria_fibo_generate_structured_prompt_input import (
    BriaFiboGenerateStructuredPromptInput as BriaFiboGenerateStructuredPromptInput,
)
from .bria_fibo_generate_structured_prompt_output import (
    BriaFiboGenerateStructuredPromptOutput as BriaFiboGenerateStructuredPromptOutput,
)
from .bria_fibo_lite_generate_input import (
    BriaFiboLiteGenerateInput as BriaFiboLiteGenerateInput,
)
from .bria_fibo_lite_generate_input_aspect_ratio import (
    BriaFiboLiteGenerateInputAspectRatio as BriaFiboLiteGenerateInputAspectRatio,
)
from .bria_fibo_lite_generate_output import (
    BriaFiboLiteGenerateOutput as BriaFiboLiteGenerateOutput,
)
from .bria_fibo_lite_generate_output_images_item import (
    BriaFiboLiteGenerateOutputImagesItem as BriaFiboLiteGenerateOutputImagesItem,
)
from .bria_fibo_lite_generate_output_structured_prompt import (
    BriaFiboLiteGenerateOutputStructuredPrompt as BriaFiboLiteGenerateOutputStructuredPrompt,
)
from .bria_fibo_lite_generate_structured_prompt_input import (
    BriaFiboLiteGenerateStructuredPromptInput as BriaFiboLiteGenerateStructuredPromptInput,
)
from .bria_fibo_lite_generate_structured_prompt_lite_input import (
    BriaFiboLiteGenerateStructuredPromptLiteInput as BriaFiboLiteGenerateStructuredPromptLiteInput,
)
from .bria_fibo_lite_generate_structured_prompt_lite_output import (
    BriaFiboLiteGenerateStructuredPromptLiteOutput as BriaFiboLiteGenerateStructuredPromptLiteOutput,
)
from .bria_fibo_lite_generate_structured_prompt_output import (
    BriaFiboLiteGenerateStructuredPromptOutput as BriaFiboLiteGenerateStructuredPromptOutput,
)
from .bria_fibo_vlm_aesthetics import BriaFiboVlmAesthetics as BriaFiboVlmAesthetics
from .bria_fibo_vlm_structured_prompt import (
    BriaFiboVlmStructuredPrompt as BriaFiboVlmStructuredPrompt,
)
from .bria_text_to_image_32_input import (
    BriaTextToImage32Input as BriaTextToImage32Input,
)
from .bria_text_to_image_32_input_aspect_ratio import (
    BriaTextToImage32InputAspectRatio as BriaTextToImage32InputAspectRatio,
)
from .bria_text_to_image_32_output import (
    BriaTextToImage32Output as BriaTextToImage32Output,
)
from .bria_text_to_image_base_input import (
    BriaTextToImageBaseInput as BriaTextToImageBaseInput,
)
from .bria_text_to_image_base_input_aspect_ratio import (
    BriaTextToImageBaseInputAspectRatio as BriaTextToImageBaseInputAspectRatio,
)
from .bria_text_to_image_base_input_medium import (
    BriaTextToImageBaseInputMedium as BriaTextToImageBaseInputMedium,
)
from .bria_text_to_image_base_output import (
    BriaTextToImageBaseOutput as BriaTextToImageBaseOutput,
)
from .bria_text_to_image_fast_input import (
    BriaTextToImageFastInput as BriaTextToImageFastInput,
)
from .bria_text_to_image_fast_input_aspect_ratio import (
    BriaTextToImageFastInputAspectRatio as BriaTextToImageFastInputAspectRatio,
)
from .bria_text_to_image_fast_input_medium import (
    BriaTextToImageFastInputMedium as BriaTextToImageFastInputMedium,
)
from .bria_text_to_image_fast_output import (
    BriaTextToImageFastOutput as BriaTextToImageFastOutput,
)
from .bria_text_to_image_hd_input import (
    BriaTextToImageHdInput as BriaTextToImageHdInput,
)
from .bria_text_to_image_hd_input_aspect_ratio import (
    BriaTextToImageHdInputAspectRatio as BriaTextToImageHdInputAspectRatio,
)
from .bria_text_to_image_hd_input_medium import (
    BriaTextToImageHdInputMedium as BriaTextToImageHdInputMedium,
)
from .bria_text_to_image_hd_output import (
    BriaTextToImageHdOutput as BriaTextToImageHdOutput,
)
from .bria_video_background_removal_input import (
    BriaVideoBackgroundRemovalInput as BriaVideoBackgroundRemovalInput,
)
from .bria_video_background_removal_input_background_color import (
    BriaVideoBackgroundRemovalInputBackgroundColor as BriaVideoBackgroundRemovalInputBackgroundColor,
)
from .bria_video_background_removal_input_output_container_and_codec import (
    BriaVideoBackgroundRemovalInputOutputContainerAndCodec as BriaVideoBackgroundRemovalInputOutputContainerAndCodec,
)
from .bria_video_background_removal_output import (
    BriaVideoBackgroundRemovalOutput as BriaVideoBackgroundRemovalOutput,
)
from .bria_video_erase_keypoints_input import (
    BriaVideoEraseKeypointsInput as BriaVideoEraseKeypointsInput,
)
from .bria_video_erase_keypoints_input_output_container_and_codec import (
    BriaVideoEraseKeypointsInputOutputContainerAndCodec as BriaVideoEraseKeypointsInputOutputContainerAndCodec,
)
from .bria_video_erase_keypoints_output import (
    BriaVideoEraseKeypointsOutput as BriaVideoEraseKeypointsOutput,
)
from .bria_video_erase_mask_input import (
    BriaVideoEraseMaskInput as BriaVideoEraseMaskInput,
)
from .bria_video_erase_mask_input_output_container_and_codec import (
    BriaVideoEraseMaskInputOutputContainerAndCodec as BriaVideoEraseMaskInputOutputContainerAndCodec,
)
from .bria_video_erase_mask_output import (
    BriaVideoEraseMaskOutput as BriaVideoEraseMaskOutput,
)
from .bria_video_erase_prompt_input import (
    BriaVideoErasePromptInput as BriaVideoErasePromptInput,
)
from .bria_video_erase_prompt_input_output_container_and_codec import (
    BriaVideoErasePromptInputOutputContainerAndCodec as BriaVideoErasePromptInputOutputContainerAndCodec,
)
from .bria_video_erase_prompt_output import (
    BriaVideoErasePromptOutput as BriaVideoErasePromptOutput,
)
from .bria_video_eraser_erase_keypoints_input import (
    BriaVideoEraserEraseKeypointsInput as BriaVideoEraserEraseKeypointsInput,
)
from .bria_video_eraser_erase_keypoints_input_output_container_and_codec import (
    BriaVideoEraserEraseKeypointsInputOutputContainerAndCodec as BriaVideoEraserEraseKeypointsInputOutputContainerAndCodec,
)
from .bria_video_eraser_erase_keypoints_output import (
    BriaVideoEraserEraseKeypointsOutput as BriaVideoEraserEraseKeypointsOutput,
)
from .bria_video_eraser_erase_mask_input import (
    BriaVideoEraserEraseMaskInput as BriaVideoEraserEraseMaskInput,
)
from .bria_video_eraser_erase_mask_input_output_container_and_codec import (
    BriaVideoEraserEraseMaskInputOutputContainerAndCodec as BriaVideoEraserEraseMaskInputOutputContainerAndCodec,
)
from .bria_video_eraser_erase_mask_output import (
    BriaVideoEraserEraseMaskOutput as BriaVideoEraserEraseMaskOutput,
)
from .bria_video_eraser_erase_prompt_input import (
    BriaVideoEraserErasePromptInput as BriaVideoEraserErasePromptInput,
)
from .bria_video_eraser_erase_prompt_input_output_container_and_codec import (
    BriaVideoEraserErasePromptInputOutputContainerAndCodec as BriaVideoEraserErasePromptInputOutputContainerAndCodec,
)
from .bria_video_eraser_erase_prompt_output import (
    BriaVideoEraserErasePromptOutput as BriaVideoEraserErasePromptOutput,
)
from .bria_video_increase_resolution_input import (
    BriaVideoIncreaseResolutionInput as BriaVideoIncreaseResolutionInput,
)
from .bria_video_increase_resolution_input_desired_increase import (
    BriaVideoIncreaseResolutionInputDesiredIncrease as BriaVideoIncreaseResolutionInputDesiredIncrease,
)
from .bria_video_increase_resolution_input_output_container_and_codec import (
    BriaVideoIncreaseResolutionInputOutputContainerAndCodec as BriaVideoIncreaseResolutionInputOutputContainerAndCodec,
)
from .bria_video_increase_resolution_output import (
    BriaVideoIncreaseResolutionOutput as BriaVideoIncreaseResolutionOutput,
)
from .bytedance_dreamina_v31_text_to_image_input import (
    BytedanceDreaminaV31TextToImageInput as BytedanceDreaminaV31TextToImageInput,
)
from .bytedance_dreamina_v31_text_to_image_input_image_size_type_1 import (
    BytedanceDreaminaV31TextToImageInputImageSizeType1 as BytedanceDreaminaV31TextToImageInputImageSizeType1,
)
from .bytedance_dreamina_v31_text_to_image_output import (
    BytedanceDreaminaV31TextToImageOutput as BytedanceDreaminaV31TextToImageOutput,
)
from .bytedance_lynx_input import BytedanceLynxInput as BytedanceLynxInput
from .bytedance_lynx_input_aspect_ratio import (
    BytedanceLynxInputAspectRatio as BytedanceLynxInputAspectRatio,
)
from .bytedance_lynx_input_resolution import (
    BytedanceLynxInputResolution as BytedanceLynxInputResolution,
)
from .bytedance_lynx_output import BytedanceLynxOutput as BytedanceLynxOutput
from .bytedance_omnihuman_input import (
    BytedanceOmnihumanInput as BytedanceOmnihumanInput,
)
from .bytedance_omnihuman_output import (
    BytedanceOmnihumanOutput as BytedanceOmnihumanOutput,
)
from .bytedance_seed_3d_image_to_3d_input import (
    BytedanceSeed3DImageTo3DInput as BytedanceSeed3DImageTo3DInput,
)
from .bytedance_seed_3d_image_to_3d_output import (
    BytedanceSeed3DImageTo3DOutput as BytedanceSeed3DImageTo3DOutput,
)
from .bytedance_seedance_v1_lite_image_to_video_input import (
    BytedanceSeedanceV1LiteImageToVideoInput as BytedanceSeedanceV1LiteImageToVideoInput,
)
from .bytedance_seedance_v1_lite_image_to_video_input_aspect_ratio import (
    BytedanceSeedanceV1LiteImageToVideoInputAspectRatio as BytedanceSeedanceV1LiteImageToVideoInputAspectRatio,
)
from .bytedance_seedance_v1_lite_image_to_video_input_duration import (
    BytedanceSeedanceV1LiteImageToVideoInputDuration as BytedanceSeedanceV1LiteImageToVideoInputDuration,
)
from .bytedance_seedance_v1_lite_image_to_video_input_resolution import (
    BytedanceSeedanceV1LiteImageToVideoInputResolution as BytedanceSeedanceV1LiteImageToVideoInputResolution,
)
from .bytedance_seedance_v1_lite_image_to_video_output import (
    BytedanceSeedanceV1LiteImageToVideoOutput as BytedanceSeedanceV1LiteImageToVideoOutput,
)
from .bytedance_seedance_v1_lite_reference_to_video_input import (
    BytedanceSeedanceV1LiteReferenceToVideoInput as BytedanceSeedanceV1LiteReferenceToVideoInput,
)
from .bytedance_seedance_v1_lite_reference_to_video_input_aspect_ratio import (
    BytedanceSeedanceV1LiteReferenceToVideoInputAspectRatio as BytedanceSeedanceV1LiteReferenceToVideoInputAspectRatio,
)
from .bytedance_seedance_v1_lite_reference_to_video_input_duration import (
    BytedanceSeedanceV1LiteReferenceToVideoInputDuration as BytedanceSeedanceV1LiteReferenceToVideoInputDuration,
)
from .bytedance_seedance_v1_lite_reference_to_video_input_resolution import (
    BytedanceSeedanceV1LiteReferenceToVideoInputResolution as BytedanceSeedanceV1LiteReferenceToVideoInputResolution,
)
from .bytedance_seedance_v1_lite_reference_to_video_output import (
    BytedanceSeedanceV1LiteReferenceToVideoOutput as BytedanceSeedanceV1LiteReferenceToVideoOutput,
)
from .bytedance_seedance_v1_lite_text_to_video_input import (
    BytedanceSeedanceV1LiteTextToVideoInput as BytedanceSeedanceV1LiteTextToVideoInput,
)
from .bytedance_seedance_v1_lite_text_to_video_input_aspect_ratio import (
    BytedanceSeedanceV1LiteTextToVideoInputAspectRatio as BytedanceSeedanceV1LiteTextToVideoInputAspectRatio,
)
from .bytedance_seedance_v1_lite_text_to_video_input_duration import (
    BytedanceSeedanceV1LiteTextToVideoInputDuration as BytedanceSeedanceV1LiteTextToVideoInputDuration,
)
from .bytedance_seedance_v1_lite_text_to_video_input_resolution import (
    BytedanceSeedanceV1LiteTextToVideoInputResolution as BytedanceSeedanceV1LiteTextToVideoInputResolution,
)
from .bytedance_seedance_v1_lite_text_to_video_output import (
    BytedanceSeedanceV1LiteTextToVideoOutput as BytedanceSeedanceV1LiteTextToVideoOutput,
)
from .bytedance_seedance_v1_pro_fast_text_to_video_input import (
    BytedanceSeedanceV1ProFastTextToVideoInput as BytedanceSeedanceV1ProFastTextToVideoInput,
)
from .bytedance_seedance_v1_pro_fast_text_to_video_input_aspect_ratio import (
    BytedanceSeedanceV1ProFastTextToVideoInputAspectRatio as BytedanceSeedanceV1ProFastTextToVideoInputAspectRatio,
)
from .bytedance_seedance_v1_pro_fast_text_to_video_input_duration import (
    BytedanceSeedanceV1ProFastTextToVideoInputDuration as BytedanceSeedanceV1ProFastTextToVideoInputDuration,
)
from .bytedance_seedance_v1_pro_fast_text_to_video_input_resolution import (
    BytedanceSeedanceV1ProFastTextToVideoInputResolution as BytedanceSeedanceV1ProFastTextToVideoInputResolution,
)
from .bytedance_seedance_v1_pro_fast_text_to_video_output import (
    BytedanceSeedanceV1ProFastTextToVideoOutput as BytedanceSeedanceV1ProFastTextToVideoOutput,
)
from .bytedance_seedance_v1_pro_image_to_video_input import (
    BytedanceSeedanceV1ProImageToVideoInput as BytedanceSeedanceV1ProImageToVideoInput,
)
from .bytedance_seedance_v1_pro_image_to_video_input_aspect_ratio import (
    BytedanceSeedanceV1ProImageToVideoInputAspectRatio as BytedanceSeedanceV1ProImageToVideoInputAspectRatio,
)
from .bytedance_seedance_v1_pro_image_to_video_input_duration import (
    BytedanceSeedanceV1ProImageToVideoInputDuration as BytedanceSeedanceV1ProImageToVideoInputDuration,
)
from .bytedance_seedance_v1_pro_image_to_video_input_resolution import (
    BytedanceSeedanceV1ProImageToVideoInputResolution as BytedanceSeedanceV1ProImageToVideoInputResolution,
)
from .bytedance_seedance_v1_pro_image_to_video_output import (
    BytedanceSeedanceV1ProImageToVideoOutput as BytedanceSeedanceV1ProImageToVideoOutput,
)
from .bytedance_seedance_v15_pro_image_to_video_input import (
    BytedanceSeedanceV15ProImageToVideoInput as BytedanceSeedanceV15ProImageToVideoInput,
)
from .bytedance_seedance_v15_pro_image_to_video_input_aspect_ratio import (
    BytedanceSeedanceV15ProImageToVideoInputAspectRatio as BytedanceSeedanceV15ProImageToVideoInputAspectRatio,
)
from .bytedance_seedance_v15_pro_image_to_video_input_duration import (
    BytedanceSeedanceV15ProImageToVideoInputDuration as BytedanceSeedanceV15ProImageToVideoInputDuration,
)
from .bytedance_seedance_v15_pro_image_to_video_input_resolution import (
    BytedanceSeedanceV15ProImageToVideoInputResolution as BytedanceSeedanceV15ProImageToVideoInputResolution,
)
from .bytedance_seedance_v15_pro_image_to_video_output import (
    BytedanceSeedanceV15ProImageToVideoOutput as BytedanceSeedanceV15ProImageToVideoOutput,
)
from .bytedance_seedance_v15_pro_text_to_video_input import (
    BytedanceSeedanceV15ProTextToVideoInput as BytedanceSeedanceV15ProTextToVideoInput,
)
from .bytedance_seedance_v15_pro_text_to_video_input_aspect_ratio import (
    BytedanceSeedanceV15ProTextToVideoInputAspectRatio as BytedanceSeedanceV15ProTextToVideoInputAspectRatio,
)
from .bytedance_seedance_v15_pro_text_to_video_input_duration import (
    BytedanceSeedanceV15ProTextToVideoInputDuration as BytedanceSeedanceV15ProTextToVideoInputDuration,
)
from .bytedance_seedance_v15_pro_text_to_video_input_resolution import (
    BytedanceSeedanceV15ProTextToVideoInputResolution as BytedanceSeedanceV15ProTextToVideoInputResolution,
)
from .bytedance_seedance_v15_pro_text_to_video_output import (
    BytedanceSeedanceV15ProTextToVideoOutput as BytedanceSeedanceV15ProTextToVideoOutput,
)
from .bytedance_seedream_v4_text_to_image_input import (
    BytedanceSeedreamV4TextToImageInput as BytedanceSeedreamV4TextToImageInput,
)
from .bytedance_seedream_v4_text_to_image_input_enhance_prompt_mode import (
    BytedanceSeedreamV4TextToImageInputEnhancePromptMode as BytedanceSeedreamV4TextToImageInputEnhancePromptMode,
)
from .bytedance_seedream_v4_text_to_image_input_image_size_type_1 import (
    BytedanceSeedreamV4TextToImageInputImageSizeType1 as BytedanceSeedreamV4TextToImageInputImageSizeType1,
)
from .bytedance_seedream_v4_text_to_image_output import (
    BytedanceSeedreamV4TextToImageOutput as BytedanceSeedreamV4TextToImageOutput,
)
from .bytedance_seedream_v45_text_to_image_input import (
    BytedanceSeedreamV45TextToImageInput as BytedanceSeedreamV45TextToImageInput,
)
from .bytedance_seedream_v45_text_to_image_input_image_size_type_1 import (
    BytedanceSeedreamV45TextToImageInputImageSizeType1 as BytedanceSeedreamV45TextToImageInputImageSizeType1,
)
from .bytedance_seedream_v45_text_to_image_output import (
    BytedanceSeedreamV45TextToImageOutput as BytedanceSeedreamV45TextToImageOutput,
)
from .bytedance_upscaler_upscale_video_input import (
    BytedanceUpscalerUpscaleVideoInput as BytedanceUpscalerUpscaleVideoInput,
)
from .bytedance_upscaler_upscale_video_input_target_fps import (
    BytedanceUpscalerUpscaleVideoInputTargetFps as BytedanceUpscalerUpscaleVideoInputTargetFps,
)
from .bytedance_upscaler_upscale_video_input_target_resolution import (
    BytedanceUpscalerUpscaleVideoInputTargetResolution as BytedanceUpscalerUpscaleVideoInputTargetResolution,
)
from .bytedance_upscaler_upscale_video_output import (
    BytedanceUpscalerUpscaleVideoOutput as BytedanceUpscalerUpscaleVideoOutput,
)
from .bytedance_video_stylize_input import (
    BytedanceVideoStylizeInput as BytedanceVideoStylizeInput,
)
from .bytedance_video_stylize_output import (
    BytedanceVideoStylizeOutput as BytedanceVideoStylizeOutput,
)
from .camera_control import CameraControl as CameraControl
from .camera_control_movement_type import (
    CameraControlMovementType as CameraControlMovementType,
)
from .cancel_status import CancelStatus as CancelStatus
from .cassetteai_music_generator_input import (
    CassetteaiMusicGeneratorInput as CassetteaiMusicGeneratorInput,
)
from .cassetteai_music_generator_output import (
    CassetteaiMusicGeneratorOutput as CassetteaiMusicGeneratorOutput,
)
from .cassetteai_sound_effects_generator_input import (
    CassetteaiSoundEffectsGeneratorInput as CassetteaiSoundEffectsGeneratorInput,
)
from .cassetteai_sound_effects_generator_output import (
    CassetteaiSoundEffectsGeneratorOutput as CassetteaiSoundEffectsGeneratorOutput,
)
from .cassetteai_video_sound_effects_generator_input import (
    CassetteaiVideoSoundEffectsGeneratorInput as CassetteaiVideoSoundEffectsGeneratorInput,
)
from .cassetteai_video_sound_effects_generator_output import (
    CassetteaiVideoSoundEffectsGeneratorOutput as CassetteaiVideoSoundEffectsGeneratorOutput,
)
from .chatterbox_speech_to_speech_input import (
    ChatterboxSpeechToSpeechInput as ChatterboxSpeechToSpeechInput,
)
from .chatterbox_speech_to_speech_output import (
    ChatterboxSpeechToSpeechOutput as ChatterboxSpeechToSpeechOutput,
)
from .chatterbox_text_to_speech_input import (
    ChatterboxTextToSpeechInput as ChatterboxTextToSpeechInput,
)
from .chatterbox_text_to_speech_multilingual_input import (
    ChatterboxTextToSpeechMultilingualInput as ChatterboxTextToSpeechMultilingualInput,
)
from .chatterbox_text_to_speech_multilingual_input_custom_audio_language import (
    ChatterboxTextToSpeechMultilingualInputCustomAudioLanguage as ChatterboxTextToSpeechMultilingualInputCustomAudioLanguage,
)
from .chatterbox_text_to_speech_multilingual_output import (
    ChatterboxTextToSpeechMultilingualOutput as ChatterboxTextToSpeechMultilingualOutput,
)
from .chatterbox_text_to_speech_output import (
    ChatterboxTextToSpeechOutput as ChatterboxTextToSpeechOutput,
)
from .clarityai_crystal_video_upscaler_input import (
    ClarityaiCrystalVideoUpscalerInput as ClarityaiCrystalVideoUpscalerInput,
)
from .clarityai_crystal_video_upscaler_output import (
    ClarityaiCrystalVideoUpscalerOutput as ClarityaiCrystalVideoUpscalerOutput,
)
from .cogvideox_5b_image_to_video_input import (
    Cogvideox5BImageToVideoInput as Cogvideox5BImageToVideoInput,
)
from .cogvideox_5b_image_to_video_input_video_size_type_1 import (
    Cogvideox5BImageToVideoInputVideoSizeType1 as Cogvideox5BImageToVideoInputVideoSizeType1,
)
from .cogvideox_5b_image_to_video_output import (
    Cogvideox5BImageToVideoOutput as Cogvideox5BImageToVideoOutput,
)
from .cogvideox_5b_image_to_video_output_timings import (
    Cogvideox5BImageToVideoOutputTimings as Cogvideox5BImageToVideoOutputTimings,
)
from .cogvideox_5b_input import Cogvideox5BInput as Cogvideox5BInput
from .cogvideox_5b_input_video_size_type_1 import (
    Cogvideox5BInputVideoSizeType1 as Cogvideox5BInputVideoSizeType1,
)
from .cogvideox_5b_output import Cogvideox5BOutput as Cogvideox5BOutput
from .cogvideox_5b_output_timings import (
    Cogvideox5BOutputTimings as Cogvideox5BOutputTimings,
)
from .cogvideox_5b_video_to_video_input import (
    Cogvideox5BVideoToVideoInput as Cogvideox5BVideoToVideoInput,
)
from .cogvideox_5b_video_to_video_input_video_size_type_1 import (
    Cogvideox5BVideoToVideoInputVideoSizeType1 as Cogvideox5BVideoToVideoInputVideoSizeType1,
)
from .cogvideox_5b_video_to_video_output import (
    Cogvideox5BVideoToVideoOutput as Cogvideox5BVideoToVideoOutput,
)
from .cogvideox_5b_video_to_video_output_timings import (
    Cogvideox5BVideoToVideoOutputTimings as Cogvideox5BVideoToVideoOutputTimings,
)
from .cogview_4_input import Cogview4Input as Cogview4Input
from .cogview_4_input_image_size_type_1 import (
    Cogview4InputImageSizeType1 as Cogview4InputImageSizeType1,
)
from .cogview_4_input_output_format import (
    Cogview4InputOutputFormat as Cogview4InputOutputFormat,
)
from .cogview_4_output import Cogview4Output as Cogview4Output
from .cogview_4_output_timings import Cogview4OutputTimings as Cogview4OutputTimings
from .color_palette import ColorPalette as ColorPalette
from .color_palette_member import ColorPaletteMember as ColorPaletteMember
from .color_palette_name_type_0 import ColorPaletteNameType0 as ColorPaletteNameType0
from .completion_usage import CompletionUsage as CompletionUsage
from .control_lora_weight import ControlLoraWeight as ControlLoraWeight
from .control_lora_weight_preprocess import (
    ControlLoraWeightPreprocess as ControlLoraWeightPreprocess,
)
from .control_lora_weight_scale_type_0 import (
    ControlLoraWeightScaleType0 as ControlLoraWeightScaleType0,
)
from .control_net import ControlNet as ControlNet
from .control_net_union import ControlNetUnion as ControlNetUnion
from .control_net_union_input import ControlNetUnionInput as ControlNetUnionInput
from .control_net_union_input_control_mode import (
    ControlNetUnionInputControlMode as ControlNetUnionInputControlMode,
)
from .control_net_v32a801 import ControlNetV32A801 as ControlNetV32A801
from .control_net_v727050 import ControlNetV727050 as ControlNetV727050
from .controlnext_input import ControlnextInput as ControlnextInput
from .controlnext_output import ControlnextOutput as ControlnextOutput
from .creatify_aurora_input import CreatifyAuroraInput as CreatifyAuroraInput
from .creatify_aurora_input_resolution import (
    CreatifyAuroraInputResolution as CreatifyAuroraInputResolution,
)
from .creatify_aurora_output import CreatifyAuroraOutput as CreatifyAuroraOutput
from .csm_1b_input import Csm1BInput as Csm1BInput
from .csm_1b_output import Csm1BOutput as Csm1BOutput
from .decart_lucy_5b_image_to_video_input import (
    DecartLucy5BImageToVideoInput as DecartLucy5BImageToVideoInput,
)
from .decart_lucy_5b_image_to_video_input_aspect_ratio import (
    DecartLucy5BImageToVideoInputAspectRatio as DecartLucy5BImageToVideoInputAspectRatio,
)
from .decart_lucy_5b_image_to_video_input_resolution import (
    DecartLucy5BImageToVideoInputResolution as DecartLucy5BImageToVideoInputResolution,
)
from .decart_lucy_5b_image_to_video_output import (
    DecartLucy5BImageToVideoOutput as DecartLucy5BImageToVideoOutput,
)
from .decart_lucy_14b_image_to_video_input import (
    DecartLucy14BImageToVideoInput as DecartLucy14BImageToVideoInput,
)
from .decart_lucy_14b_image_to_video_input_aspect_ratio import (
    DecartLucy14BImageToVideoInputAspectRatio as DecartLucy14BImageToVideoInputAspectRatio,
)
from .decart_lucy_14b_image_to_video_input_resolution import (
    DecartLucy14BImageToVideoInputResolution as DecartLucy14BImageToVideoInputResolution,
)
from .decart_lucy_14b_image_to_video_output import (
    DecartLucy14BImageToVideoOutput as DecartLucy14BImageToVideoOutput,
)
from .decart_lucy_edit_dev_input import DecartLucyEditDevInput as DecartLucyEditDevInput
from .decart_lucy_edit_dev_output import (
    DecartLucyEditDevOutput as DecartLucyEditDevOutput,
)
from .decart_lucy_edit_fast_input import (
    DecartLucyEditFastInput as DecartLucyEditFastInput,
)
from .decart_lucy_edit_fast_output import (
    DecartLucyEditFastOutput as DecartLucyEditFastOutput,
)
from .decart_lucy_edit_pro_input import DecartLucyEditProInput as DecartLucyEditProInput
from .decart_lucy_edit_pro_input_resolution import (
    DecartLucyEditProInputResolution as DecartLucyEditProInputResolution,
)
from .decart_lucy_edit_pro_output import (
    DecartLucyEditProOutput as DecartLucyEditProOutput,
)
from .decart_lucy_restyle_input import DecartLucyRestyleInput as DecartLucyRestyleInput
from .decart_lucy_restyle_input_resolution import (
    DecartLucyRestyleInputResolution as DecartLucyRestyleInputResolution,
)
from .decart_lucy_restyle_output import (
    DecartLucyRestyleOutput as DecartLucyRestyleOutput,
)
from .deep_filter_net_timings import DeepFilterNetTimings as DeepFilterNetTimings
from .deepfilternet_3_input import Deepfilternet3Input as Deepfilternet3Input
from .deepfilternet_3_input_audio_format import (
    Deepfilternet3InputAudioFormat as Deepfilternet3InputAudioFormat,
)
from .deepfilternet_3_output import Deepfilternet3Output as Deepfilternet3Output
from .demucs_input import DemucsInput as DemucsInput
from .demucs_input_model import DemucsInputModel as DemucsInputModel
from .demucs_input_output_format import (
    DemucsInputOutputFormat as DemucsInputOutputFormat,
)
from .demucs_input_stems_type_0_item import (
    DemucsInputStemsType0Item as DemucsInputStemsType0Item,
)
from .demucs_output import DemucsOutput as DemucsOutput
from .dia_tts_input import DiaTtsInput as DiaTtsInput
from .dia_tts_output import DiaTtsOutput as DiaTtsOutput
from .dia_tts_voice_clone_input import DiaTtsVoiceCloneInput as DiaTtsVoiceCloneInput
from .dia_tts_voice_clone_output import DiaTtsVoiceCloneOutput as DiaTtsVoiceCloneOutput
from .dialogue_block import DialogueBlock as DialogueBlock
from .diarization_segment import DiarizationSegment as DiarizationSegment
from .diffrhythm_input import DiffrhythmInput as DiffrhythmInput
from .diffrhythm_input_music_duration import (
    DiffrhythmInputMusicDuration as DiffrhythmInputMusicDuration,
)
from .diffrhythm_input_scheduler import (
    DiffrhythmInputScheduler as DiffrhythmInputScheduler,
)
from .diffrhythm_output import DiffrhythmOutput as DiffrhythmOutput
from .diffusion_edge_input import DiffusionEdgeInput as DiffusionEdgeInput
from .diffusion_edge_output import DiffusionEdgeOutput as DiffusionEdgeOutput
from .dreamo_input import DreamoInput as DreamoInput
from .dreamo_input_first_reference_task import (
    DreamoInputFirstReferenceTask as DreamoInputFirstReferenceTask,
)
from .dreamo_input_image_size_type_1 import (
    DreamoInputImageSizeType1 as DreamoInputImageSizeType1,
)
from .dreamo_input_second_reference_task import (
    DreamoInputSecondReferenceTask as DreamoInputSecondReferenceTask,
)
from .dreamo_output import DreamoOutput as DreamoOutput
from .dreamo_output_timings import DreamoOutputTimings as DreamoOutputTimings
from .dreamshaper_input import DreamshaperInput as DreamshaperInput
from .dreamshaper_input_format import DreamshaperInputFormat as DreamshaperInputFormat
from .dreamshaper_input_image_size_type_1 import (
    DreamshaperInputImageSizeType1 as DreamshaperInputImageSizeType1,
)
from .dreamshaper_input_model_name import (
    DreamshaperInputModelName as DreamshaperInputModelName,
)
from .dreamshaper_input_safety_checker_version import (
    DreamshaperInputSafetyCheckerVersion as DreamshaperInputSafetyCheckerVersion,
)
from .dreamshaper_output import DreamshaperOutput as DreamshaperOutput
from .dreamshaper_output_timings import (
    DreamshaperOutputTimings as DreamshaperOutputTimings,
)
from .dubbing_input import DubbingInput as DubbingInput
from .dubbing_input_target_language import (
    DubbingInputTargetLanguage as DubbingInputTargetLanguage,
)
from .dubbing_output import DubbingOutput as DubbingOutput
from .dwpose_video_input import DwposeVideoInput as DwposeVideoInput
from .dwpose_video_input_draw_mode import (
    DwposeVideoInputDrawMode as DwposeVideoInputDrawMode,
)
from .dwpose_video_output import DwposeVideoOutput as DwposeVideoOutput
from .dynamic_mask import DynamicMask as DynamicMask
from .easy_control_weight import EasyControlWeight as EasyControlWeight
from .easy_control_weight_image_control_type import (
    EasyControlWeightImageControlType as EasyControlWeightImageControlType,
)
from .echomimic_v3_input import EchomimicV3Input as EchomimicV3Input
from .echomimic_v3_output import EchomimicV3Output as EchomimicV3Output
from .editto_input import EdittoInput as EdittoInput
from .editto_input_acceleration_type_0 import (
    EdittoInputAccelerationType0 as EdittoInputAccelerationType0,
)
from .editto_input_aspect_ratio import EdittoInputAspectRatio as EdittoInputAspectRatio
from .editto_input_resolution import EdittoInputResolution as EdittoInputResolution
from .editto_input_sampler import EdittoInputSampler as EdittoInputSampler
from .editto_input_video_quality import (
    EdittoInputVideoQuality as EdittoInputVideoQuality,
)
from .editto_input_video_write_mode import (
    EdittoInputVideoWriteMode as EdittoInputVideoWriteMode,
)
from .editto_output import EdittoOutput as EdittoOutput
from .elevenlabs_audio_isolation_input import (
    ElevenlabsAudioIsolationInput as ElevenlabsAudioIsolationInput,
)
from .elevenlabs_audio_isolation_output import (
    ElevenlabsAudioIsolationOutput as ElevenlabsAudioIsolationOutput,
)
from .elevenlabs_dubbing_input import ElevenlabsDubbingInput as ElevenlabsDubbingInput
from .elevenlabs_dubbing_output import (
    ElevenlabsDubbingOutput as ElevenlabsDubbingOutput,
)
from .elevenlabs_music_input import ElevenlabsMusicInput as ElevenlabsMusicInput
from .elevenlabs_music_input_output_format import (
    ElevenlabsMusicInputOutputFormat as ElevenlabsMusicInputOutputFormat,
)
from .elevenlabs_music_output import ElevenlabsMusicOutput as ElevenlabsMusicOutput
from .elevenlabs_speech_to_text_input import (
    ElevenlabsSpeechToTextInput as ElevenlabsSpeechToTextInput,
)
from .elevenlabs_speech_to_text_output import (
    ElevenlabsSpeechToTextOutput as ElevenlabsSpeechToTextOutput,
)
from .elevenlabs_speech_to_text_scribe_v2_input import (
    ElevenlabsSpeechToTextScribeV2Input as ElevenlabsSpeechToTextScribeV2Input,
)
from .elevenlabs_speech_to_text_scribe_v2_output import (
    ElevenlabsSpeechToTextScribeV2Output as ElevenlabsSpeechToTextScribeV2Output,
)
from .elevenlabs_text_to_dialogue_eleven_v3_input import (
    ElevenlabsTextToDialogueElevenV3Input as ElevenlabsTextToDialogueElevenV3Input,
)
from .elevenlabs_text_to_dialogue_eleven_v3_output import (
    ElevenlabsTextToDialogueElevenV3Output as ElevenlabsTextToDialogueElevenV3Output,
)
from .elevenlabs_tts_eleven_v3_input import (
    ElevenlabsTtsElevenV3Input as ElevenlabsTtsElevenV3Input,
)
from .elevenlabs_tts_eleven_v3_output import (
    ElevenlabsTtsElevenV3Output as ElevenlabsTtsElevenV3Output,
)
from .elevenlabs_tts_multilingual_v2_input import (
    ElevenlabsTtsMultilingualV2Input as ElevenlabsTtsMultilingualV2Input,
)
from .elevenlabs_tts_multilingual_v2_output import (
    ElevenlabsTtsMultilingualV2Output as ElevenlabsTtsMultilingualV2Output,
)
from .elevenlabs_tts_turbo_v25_input import (
    ElevenlabsTtsTurboV25Input as ElevenlabsTtsTurboV25Input,
)
from .elevenlabs_tts_turbo_v25_output import (
    ElevenlabsTtsTurboV25Output as ElevenlabsTtsTurboV25Output,
)
from .elevenlabs_voice_changer_input import (
    ElevenlabsVoiceChangerInput as ElevenlabsVoiceChangerInput,
)
from .elevenlabs_voice_changer_input_output_format import (
    ElevenlabsVoiceChangerInputOutputFormat as ElevenlabsVoiceChangerInputOutputFormat,
)
from .elevenlabs_voice_changer_output import (
    ElevenlabsVoiceChangerOutput as ElevenlabsVoiceChangerOutput,
)
from .embedding import Embedding as Embedding
from .emotional_strengths import EmotionalStrengths as EmotionalStrengths
from .emu_35_image_text_to_image_input import (
    Emu35ImageTextToImageInput as Emu35ImageTextToImageInput,
)
from .emu_35_image_text_to_image_input_aspect_ratio import (
    Emu35ImageTextToImageInputAspectRatio as Emu35ImageTextToImageInputAspectRatio,
)
from .emu_35_image_text_to_image_input_output_format import (
    Emu35ImageTextToImageInputOutputFormat as Emu35ImageTextToImageInputOutputFormat,
)
from .emu_35_image_text_to_image_input_resolution import (
    Emu35ImageTextToImageInputResolution as Emu35ImageTextToImageInputResolution,
)
from .emu_35_image_text_to_image_output import (
    Emu35ImageTextToImageOutput as Emu35ImageTextToImageOutput,
)
from .error_detail import ErrorDetail as ErrorDetail
from .extend_video_conditioning_input import (
    ExtendVideoConditioningInput as ExtendVideoConditioningInput,
)
from .f5_tts_input import F5TtsInput as F5TtsInput
from .f5_tts_input_model_type import F5TtsInputModelType as F5TtsInputModelType
from .f5_tts_output import F5TtsOutput as F5TtsOutput
from .f_lite_standard_input import FLiteStandardInput as FLiteStandardInput
from .f_lite_standard_input_image_size_type_1 import (
    FLiteStandardInputImageSizeType1 as FLiteStandardInputImageSizeType1,
)
from .f_lite_standard_output import FLiteStandardOutput as FLiteStandardOutput
from .f_lite_standard_output_timings import (
    FLiteStandardOutputTimings as FLiteStandardOutputTimings,
)
from .f_lite_texture_input import FLiteTextureInput as FLiteTextureInput
from .f_lite_texture_input_image_size_type_1 import (
    FLiteTextureInputImageSizeType1 as FLiteTextureInputImageSizeType1,
)
from .f_lite_texture_output import FLiteTextureOutput as FLiteTextureOutput
from .f_lite_texture_output_timings import (
    FLiteTextureOutputTimings as FLiteTextureOutputTimings,
)
from .fal_ai_flux_2_klein_lo_ra_input import (
    FalAiFlux2KleinLoRAInput as FalAiFlux2KleinLoRAInput,
)
from .fal_file import FalFile as FalFile
from .fal_file_v6ba6d6 import FalFileV6BA6D6 as FalFileV6BA6D6
from .fal_file_vb4cc40 import FalFileVB4CC40 as FalFileVB4CC40
from .fal_file_vc80c16 import FalFileVC80C16 as FalFileVC80C16
from .fast_animatediff_text_to_video_input import (
    FastAnimatediffTextToVideoInput as FastAnimatediffTextToVideoInput,
)
from .fast_animatediff_text_to_video_input_motions_item import (
    FastAnimatediffTextToVideoInputMotionsItem as FastAnimatediffTextToVideoInputMotionsItem,
)
from .fast_animatediff_text_to_video_input_video_size_type_1 import (
    FastAnimatediffTextToVideoInputVideoSizeType1 as FastAnimatediffTextToVideoInputVideoSizeType1,
)
from .fast_animatediff_text_to_video_output import (
    FastAnimatediffTextToVideoOutput as FastAnimatediffTextToVideoOutput,
)
from .fast_animatediff_turbo_text_to_video_input import (
    FastAnimatediffTurboTextToVideoInput as FastAnimatediffTurboTextToVideoInput,
)
from .fast_animatediff_turbo_text_to_video_input_motions_item import (
    FastAnimatediffTurboTextToVideoInputMotionsItem as FastAnimatediffTurboTextToVideoInputMotionsItem,
)
from .fast_animatediff_turbo_text_to_video_input_video_size_type_1 import (
    FastAnimatediffTurboTextToVideoInputVideoSizeType1 as FastAnimatediffTurboTextToVideoInputVideoSizeType1,
)
from .fast_animatediff_turbo_text_to_video_output import (
    FastAnimatediffTurboTextToVideoOutput as FastAnimatediffTurboTextToVideoOutput,
)
from .fast_animatediff_turbo_video_to_video_input import (
    FastAnimatediffTurboVideoToVideoInput as FastAnimatediffTurboVideoToVideoInput,
)
from .fast_animatediff_turbo_video_to_video_input_motions_item import (
    FastAnimatediffTurboVideoToVideoInputMotionsItem as FastAnimatediffTurboVideoToVideoInputMotionsItem,
)
from .fast_animatediff_turbo_video_to_video_output import (
    FastAnimatediffTurboVideoToVideoOutput as FastAnimatediffTurboVideoToVideoOutput,
)
from .fast_animatediff_video_to_video_input import (
    FastAnimatediffVideoToVideoInput as FastAnimatediffVideoToVideoInput,
)
from .fast_animatediff_video_to_video_input_motions_item import (
    FastAnimatediffVideoToVideoInputMotionsItem as FastAnimatediffVideoToVideoInputMotionsItem,
)
from .fast_animatediff_video_to_video_output import (
    FastAnimatediffVideoToVideoOutput as FastAnimatediffVideoToVideoOutput,
)
from .fast_fooocus_sdxl_image_to_image_input import (
    FastFooocusSdxlImageToImageInput as FastFooocusSdxlImageToImageInput,
)
from .fast_fooocus_sdxl_image_to_image_input_format import (
    FastFooocusSdxlImageToImageInputFormat as FastFooocusSdxlImageToImageInputFormat,
)
from .fast_fooocus_sdxl_image_to_image_input_image_size_type_0_type_1 import (
    FastFooocusSdxlImageToImageInputImageSizeType0Type1 as FastFooocusSdxlImageToImageInputImageSizeType0Type1,
)
from .fast_fooocus_sdxl_image_to_image_input_safety_checker_version import (
    FastFooocusSdxlImageToImageInputSafetyCheckerVersion as FastFooocusSdxlImageToImageInputSafetyCheckerVersion,
)
from .fast_fooocus_sdxl_image_to_image_output import (
    FastFooocusSdxlImageToImageOutput as FastFooocusSdxlImageToImageOutput,
)
from .fast_fooocus_sdxl_image_to_image_output_timings import (
    FastFooocusSdxlImageToImageOutputTimings as FastFooocusSdxlImageToImageOutputTimings,
)
from .fast_fooocus_sdxl_input import FastFooocusSdxlInput as FastFooocusSdxlInput
from .fast_fooocus_sdxl_input_format import (
    FastFooocusSdxlInputFormat as FastFooocusSdxlInputFormat,
)
from .fast_fooocus_sdxl_input_image_size_type_1 import (
    FastFooocusSdxlInputImageSizeType1 as FastFooocusSdxlInputImageSizeType1,
)
from .fast_fooocus_sdxl_input_safety_checker_version import (
    FastFooocusSdxlInputSafetyCheckerVersion as FastFooocusSdxlInputSafetyCheckerVersion,
)
from .fast_fooocus_sdxl_output import FastFooocusSdxlOutput as FastFooocusSdxlOutput
from .fast_fooocus_sdxl_output_timings import (
    FastFooocusSdxlOutputTimings as FastFooocusSdxlOutputTimings,
)
from .fast_lightning_sdxl_input import FastLightningSdxlInput as FastLightningSdxlInput
from .fast_lightning_sdxl_input_format import (
    FastLightningSdxlInputFormat as FastLightningSdxlInputFormat,
)
from .fast_lightning_sdxl_input_image_size_type_1 import (
    FastLightningSdxlInputImageSizeType1 as FastLightningSdxlInputImageSizeType1,
)
from .fast_lightning_sdxl_input_num_inference_steps import (
    FastLightningSdxlInputNumInferenceSteps as FastLightningSdxlInputNumInferenceSteps,
)
from .fast_lightning_sdxl_input_safety_checker_version import (
    FastLightningSdxlInputSafetyCheckerVersion as FastLightningSdxlInputSafetyCheckerVersion,
)
from .fast_lightning_sdxl_output import (
    FastLightningSdxlOutput as FastLightningSdxlOutput,
)
from .fast_lightning_sdxl_output_timings import (
    FastLightningSdxlOutputTimings as FastLightningSdxlOutputTimings,
)
from .fast_sdxl_controlnet_canny_input import (
    FastSdxlControlnetCannyInput as FastSdxlControlnetCannyInput,
)
from .fast_sdxl_controlnet_canny_input_image_size_type_0_type_1 import (
    FastSdxlControlnetCannyInputImageSizeType0Type1 as FastSdxlControlnetCannyInputImageSizeType0Type1,
)
from .fast_sdxl_controlnet_canny_output import (
    FastSdxlControlnetCannyOutput as FastSdxlControlnetCannyOutput,
)
from .fast_sdxl_controlnet_canny_output_timings import (
    FastSdxlControlnetCannyOutputTimings as FastSdxlControlnetCannyOutputTimings,
)
from .fast_sdxl_input import FastSdxlInput as FastSdxlInput
from .fast_sdxl_input_format import FastSdxlInputFormat as FastSdxlInputFormat
from .fast_sdxl_input_image_size_type_1 import (
    FastSdxlInputImageSizeType1 as FastSdxlInputImageSizeType1,
)
from .fast_sdxl_input_safety_checker_version import (
    FastSdxlInputSafetyCheckerVersion as FastSdxlInputSafetyCheckerVersion,
)
from .fast_sdxl_output import FastSdxlOutput as FastSdxlOutput
from .fast_sdxl_output_timings import FastSdxlOutputTimings as FastSdxlOutputTimings
from .fast_svd_lcm_input import FastSvdLcmInput as FastSvdLcmInput
from .fast_svd_lcm_output import FastSvdLcmOutput as FastSvdLcmOutput
from .fast_svd_lcm_text_to_video_input import (
    FastSvdLcmTextToVideoInput as FastSvdLcmTextToVideoInput,
)
from .fast_svd_lcm_text_to_video_input_video_size_type_1 import (
    FastSvdLcmTextToVideoInputVideoSizeType1 as FastSvdLcmTextToVideoInputVideoSizeType1,
)
from .fast_svd_lcm_text_to_video_output import (
    FastSvdLcmTextToVideoOutput as FastSvdLcmTextToVideoOutput,
)
from .fast_svd_text_to_video_input import (
    FastSvdTextToVideoInput as FastSvdTextToVideoInput,
)
from .fast_svd_text_to_video_input_deep_cache import (
    FastSvdTextToVideoInputDeepCache as FastSvdTextToVideoInputDeepCache,
)
from .fast_svd_text_to_video_input_video_size_type_1 import (
    FastSvdTextToVideoInputVideoSizeType1 as FastSvdTextToVideoInputVideoSizeType1,
)
from .fast_svd_text_to_video_output import (
    FastSvdTextToVideoOutput as FastSvdTextToVideoOutput,
)
from .ffmpeg_api_compose_input import FfmpegApiComposeInput as FfmpegApiComposeInput
from .ffmpeg_api_compose_output import FfmpegApiComposeOutput as FfmpegApiComposeOutput
from .ffmpeg_api_loudnorm_input import FfmpegApiLoudnormInput as FfmpegApiLoudnormInput
from .ffmpeg_api_loudnorm_output import (
    FfmpegApiLoudnormOutput as FfmpegApiLoudnormOutput,
)
from .ffmpeg_api_merge_audio_video_input import (
    FfmpegApiMergeAudioVideoInput as FfmpegApiMergeAudioVideoInput,
)
from .ffmpeg_api_merge_audio_video_output import (
    FfmpegApiMergeAudioVideoOutput as FfmpegApiMergeAudioVideoOutput,
)
from .ffmpeg_api_merge_audios_input import (
    FfmpegApiMergeAudiosInput as FfmpegApiMergeAudiosInput,
)
from .ffmpeg_api_merge_audios_input_output_format_type_0 import (
    FfmpegApiMergeAudiosInputOutputFormatType0 as FfmpegApiMergeAudiosInputOutputFormatType0,
)
from .ffmpeg_api_merge_audios_output import (
    FfmpegApiMergeAudiosOutput as FfmpegApiMergeAudiosOutput,
)
from .ffmpeg_api_merge_videos_input import (
    FfmpegApiMergeVideosInput as FfmpegApiMergeVideosInput,
)
from .ffmpeg_api_merge_videos_input_resolution_type_1 import (
    FfmpegApiMergeVideosInputResolutionType1 as FfmpegApiMergeVideosInputResolutionType1,
)
from .ffmpeg_api_merge_videos_output import (
    FfmpegApiMergeVideosOutput as FfmpegApiMergeVideosOutput,
)
from .ffmpeg_api_merge_videos_output_metadata import (
    FfmpegApiMergeVideosOutputMetadata as FfmpegApiMergeVideosOutputMetadata,
)
from .ffmpeg_api_waveform_input import FfmpegApiWaveformInput as FfmpegApiWaveformInput
from .ffmpeg_api_waveform_output import (
    FfmpegApiWaveformOutput as FfmpegApiWaveformOutput,
)
from .film_video_input import FilmVideoInput as FilmVideoInput
from .film_video_input_video_quality import (
    FilmVideoInputVideoQuality as FilmVideoInputVideoQuality,
)
from .film_video_input_video_write_mode import (
    FilmVideoInputVideoWriteMode as FilmVideoInputVideoWriteMode,
)
from .film_video_output import FilmVideoOutput as FilmVideoOutput
from .flashvsr_upscale_video_input import (
    FlashvsrUpscaleVideoInput as FlashvsrUpscaleVideoInput,
)
from .flashvsr_upscale_video_input_acceleration import (
    FlashvsrUpscaleVideoInputAcceleration as FlashvsrUpscaleVideoInputAcceleration,
)
from .flashvsr_upscale_video_input_output_format import (
    FlashvsrUpscaleVideoInputOutputFormat as FlashvsrUpscaleVideoInputOutputFormat,
)
from .flashvsr_upscale_video_input_output_quality import (
    FlashvsrUpscaleVideoInputOutputQuality as FlashvsrUpscaleVideoInputOutputQuality,
)
from .flashvsr_upscale_video_input_output_write_mode import (
    FlashvsrUpscaleVideoInputOutputWriteMode as FlashvsrUpscaleVideoInputOutputWriteMode,
)
from .flashvsr_upscale_video_output import (
    FlashvsrUpscaleVideoOutput as FlashvsrUpscaleVideoOutput,
)
from .florence_2_large_caption_input import (
    Florence2LargeCaptionInput as Florence2LargeCaptionInput,
)
from .florence_2_large_caption_output import (
    Florence2LargeCaptionOutput as Florence2LargeCaptionOutput,
)
from .florence_2_large_detailed_caption_input import (
    Florence2LargeDetailedCaptionInput as Florence2LargeDetailedCaptionInput,
)
from .florence_2_large_detailed_caption_output import (
    Florence2LargeDetailedCaptionOutput as Florence2LargeDetailedCaptionOutput,
)
from .florence_2_large_more_detailed_caption_input import (
    Florence2LargeMoreDetailedCaptionInput as Florence2LargeMoreDetailedCaptionInput,
)
from .florence_2_large_more_detailed_caption_output import (
    Florence2LargeMoreDetailedCaptionOutput as Florence2LargeMoreDetailedCaptionOutput,
)
from .florence_2_large_ocr_input import Florence2LargeOcrInput as Florence2LargeOcrInput
from .florence_2_large_ocr_output import (
    Florence2LargeOcrOutput as Florence2LargeOcrOutput,
)
from .florence_2_large_region_to_category_input import (
    Florence2LargeRegionToCategoryInput as Florence2LargeRegionToCategoryInput,
)
from .florence_2_large_region_to_category_output import (
    Florence2LargeRegionToCategoryOutput as Florence2LargeRegionToCategoryOutput,
)
from .flux_1_dev_input import Flux1DevInput as Flux1DevInput
from .flux_1_dev_input_acceleration import (
    Flux1DevInputAcceleration as Flux1DevInputAcceleration,
)
from .flux_1_dev_input_image_size_type_1 import (
    Flux1DevInputImageSizeType1 as Flux1DevInputImageSizeType1,
)
from .flux_1_dev_input_output_format import (
    Flux1DevInputOutputFormat as Flux1DevInputOutputFormat,
)
from .flux_1_dev_output import Flux1DevOutput as Flux1DevOutput
from .flux_1_dev_output_timings import Flux1DevOutputTimings as Flux1DevOutputTimings
from .flux_1_krea_input import Flux1KreaInput as Flux1KreaInput
from .flux_1_krea_input_acceleration import (
    Flux1KreaInputAcceleration as Flux1KreaInputAcceleration,
)
from .flux_1_krea_input_image_size_type_1 import (
    Flux1KreaInputImageSizeType1 as Flux1KreaInputImageSizeType1,
)
from .flux_1_krea_input_output_format import (
    Flux1KreaInputOutputFormat as Flux1KreaInputOutputFormat,
)
from .flux_1_krea_output import Flux1KreaOutput as Flux1KreaOutput
from .flux_1_krea_output_timings import Flux1KreaOutputTimings as Flux1KreaOutputTimings
from .flux_1_schnell_input import Flux1SchnellInput as Flux1SchnellInput
from .flux_1_schnell_input_acceleration import (
    Flux1SchnellInputAcceleration as Flux1SchnellInputAcceleration,
)
from .flux_1_schnell_input_image_size_type_1 import (
    Flux1SchnellInputImageSizeType1 as Flux1SchnellInputImageSizeType1,
)
from .flux_1_schnell_input_output_format import (
    Flux1SchnellInputOutputFormat as Flux1SchnellInputOutputFormat,
)
from .flux_1_schnell_output import Flux1SchnellOutput as Flux1SchnellOutput
from .flux_1_schnell_output_timings import (
    Flux1SchnellOutputTimings as Flux1SchnellOutputTimings,
)
from .flux_1_srpo_input import Flux1SrpoInput as Flux1SrpoInput
from .flux_1_srpo_input_acceleration import (
    Flux1SrpoInputAcceleration as Flux1SrpoInputAcceleration,
)
from .flux_1_srpo_input_image_size_type_1 import (
    Flux1SrpoInputImageSizeType1 as Flux1SrpoInputImageSizeType1,
)
from .flux_1_srpo_input_output_format import (
    Flux1SrpoInputOutputFormat as Flux1SrpoInputOutputFormat,
)
from .flux_1_srpo_output import Flux1SrpoOutput as Flux1SrpoOutput
from .flux_1_srpo_output_timings import Flux1SrpoOutputTimings as Flux1SrpoOutputTimings
from .flux_2_flash_input import Flux2FlashInput as Flux2FlashInput
from .flux_2_flash_input_image_size_type_1 import (
    Flux2FlashInputImageSizeType1 as Flux2FlashInputImageSizeType1,
)
from .flux_2_flash_input_output_format import (
    Flux2FlashInputOutputFormat as Flux2FlashInputOutputFormat,
)
from .flux_2_flash_output import Flux2FlashOutput as Flux2FlashOutput
from .flux_2_flash_output_timings import (
    Flux2FlashOutputTimings as Flux2FlashOutputTimings,
)
from .flux_2_flex_input import Flux2FlexInput as Flux2FlexInput
from .flux_2_flex_input_image_size_type_1 import (
    Flux2FlexInputImageSizeType1 as Flux2FlexInputImageSizeType1,
)
from .flux_2_flex_input_output_format import (
    Flux2FlexInputOutputFormat as Flux2FlexInputOutputFormat,
)
from .flux_2_flex_input_safety_tolerance import (
    Flux2FlexInputSafetyTolerance as Flux2FlexInputSafetyTolerance,
)
from .flux_2_flex_output import Flux2FlexOutput as Flux2FlexOutput
from .flux_2_input import Flux2Input as Flux2Input
from .flux_2_input_acceleration import Flux2InputAcceleration as Flux2InputAcceleration
from .flux_2_input_image_size_type_1 import (
    Flux2InputImageSizeType1 as Flux2InputImageSizeType1,
)
from .flux_2_input_output_format import Flux2InputOutputFormat as Flux2InputOutputFormat
from .flux_2_klein_4b_base_input import Flux2Klein4BBaseInput as Flux2Klein4BBaseInput
from .flux_2_klein_4b_base_input_acceleration import (
    Flux2Klein4BBaseInputAcceleration as Flux2Klein4BBaseInputAcceleration,
)
from .flux_2_klein_4b_base_input_image_size_type_1 import (
    Flux2Klein4BBaseInputImageSizeType1 as Flux2Klein4BBaseInputImageSizeType1,
)
from .flux_2_klein_4b_base_input_output_format import (
    Flux2Klein4BBaseInputOutputFormat as Flux2Klein4BBaseInputOutputFormat,
)
from .flux_2_klein_4b_base_lora_input import (
    Flux2Klein4BBaseLoraInput as Flux2Klein4BBaseLoraInput,
)
from .flux_2_klein_4b_base_lora_input_acceleration import (
    Flux2Klein4BBaseLoraInputAcceleration as Flux2Klein4BBaseLoraInputAcceleration,
)
from .flux_2_klein_4b_base_lora_input_image_size_type_1 import (
    Flux2Klein4BBaseLoraInputImageSizeType1 as Flux2Klein4BBaseLoraInputImageSizeType1,
)
from .flux_2_klein_4b_base_lora_input_output_format import (
    Flux2Klein4BBaseLoraInputOutputFormat as Flux2Klein4BBaseLoraInputOutputFormat,
)
from .flux_2_klein_4b_base_lora_output import (
    Flux2Klein4BBaseLoraOutput as Flux2Klein4BBaseLoraOutput,
)
from .flux_2_klein_4b_base_lora_output_timings import (
    Flux2Klein4BBaseLoraOutputTimings as Flux2Klein4BBaseLoraOutputTimings,
)
from .flux_2_klein_4b_base_output import (
    Flux2Klein4BBaseOutput as Flux2Klein4BBaseOutput,
)
from .flux_2_klein_4b_base_output_timings import (
    Flux2Klein4BBaseOutputTimings as Flux2Klein4BBaseOutputTimings,
)
from .flux_2_klein_4b_base_trainer_edit_input import (
    Flux2Klein4BBaseTrainerEditInput as Flux2Klein4BBaseTrainerEditInput,
)
from .flux_2_klein_4b_base_trainer_edit_input_output_lora_format import (
    Flux2Klein4BBaseTrainerEditInputOutputLoraFormat as Flux2Klein4BBaseTrainerEditInputOutputLoraFormat,
)
from .flux_2_klein_4b_base_trainer_edit_output import (
    Flux2Klein4BBaseTrainerEditOutput as Flux2Klein4BBaseTrainerEditOutput,
)
from .flux_2_klein_4b_base_trainer_input import (
    Flux2Klein4BBaseTrainerInput as Flux2Klein4BBaseTrainerInput,
)
from .flux_2_klein_4b_base_trainer_input_output_lora_format import (
    Flux2Klein4BBaseTrainerInputOutputLoraFormat as Flux2Klein4BBaseTrainerInputOutputLoraFormat,
)
from .flux_2_klein_4b_base_trainer_output import (
    Flux2Klein4BBaseTrainerOutput as Flux2Klein4BBaseTrainerOutput,
)
from .flux_2_klein_4b_input import Flux2Klein4BInput as Flux2Klein4BInput
from .flux_2_klein_4b_input_image_size_type_1 import (
    Flux2Klein4BInputImageSizeType1 as Flux2Klein4BInputImageSizeType1,
)
from .flux_2_klein_4b_input_output_format import (
    Flux2Klein4BInputOutputFormat as Flux2Klein4BInputOutputFormat,
)
from .flux_2_klein_4b_output import Flux2Klein4BOutput as Flux2Klein4BOutput
from .flux_2_klein_4b_output_timings import (
    Flux2Klein4BOutputTimings as Flux2Klein4BOutputTimings,
)
from .flux_2_klein_9b_base_input import Flux2Klein9BBaseInput as Flux2Klein9BBaseInput
from .flux_2_klein_9b_base_input_acceleration import (
    Flux2Klein9BBaseInputAcceleration as Flux2Klein9BBaseInputAcceleration,
)
from .flux_2_klein_9b_base_input_image_size_type_1 import (
    Flux2Klein9BBaseInputImageSizeType1 as Flux2Klein9BBaseInputImageSizeType1,
)
from .flux_2_klein_9b_base_input_output_format import (
    Flux2Klein9BBaseInputOutputFormat as Flux2Klein9BBaseInputOutputFormat,
)
from .flux_2_klein_9b_base_lora_input import (
    Flux2Klein9BBaseLoraInput as Flux2Klein9BBaseLoraInput,
)
from .flux_2_klein_9b_base_lora_input_acceleration import (
    Flux2Klein9BBaseLoraInputAcceleration as Flux2Klein9BBaseLoraInputAcceleration,
)
from .flux_2_klein_9b_base_lora_input_image_size_type_1 import (
    Flux2Klein9BBaseLoraInputImageSizeType1 as Flux2Klein9BBaseLoraInputImageSizeType1,
)
from .flux_2_klein_9b_base_lora_input_output_format import (
    Flux2Klein9BBaseLoraInputOutputFormat as Flux2Klein9BBaseLoraInputOutputFormat,
)
from .flux_2_klein_9b_base_lora_output import (
    Flux2Klein9BBaseLoraOutput as Flux2Klein9BBaseLoraOutput,
)
from .flux_2_klein_9b_base_lora_output_timings import (
    Flux2Klein9BBaseLoraOutputTimings as Flux2Klein9BBaseLoraOutputTimings,
)
from .flux_2_klein_9b_base_output import (
    Flux2Klein9BBaseOutput as Flux2Klein9BBaseOutput,
)
from .flux_2_klein_9b_base_output_timings import (
    Flux2Klein9BBaseOutputTimings as Flux2Klein9BBaseOutputTimings,
)
from .flux_2_klein_9b_base_trainer_edit_input import (
    Flux2Klein9BBaseTrainerEditInput as Flux2Klein9BBaseTrainerEditInput,
)
from .flux_2_klein_9b_base_trainer_edit_input_output_lora_format import (
    Flux2Klein9BBaseTrainerEditInputOutputLoraFormat as Flux2Klein9BBaseTrainerEditInputOutputLoraFormat,
)
from .flux_2_klein_9b_base_trainer_edit_output import (
    Flux2Klein9BBaseTrainerEditOutput as Flux2Klein9BBaseTrainerEditOutput,
)
from .flux_2_klein_9b_base_trainer_input import (
    Flux2Klein9BBaseTrainerInput as Flux2Klein9BBaseTrainerInput,
)
from .flux_2_klein_9b_base_trainer_input_output_lora_format import (
    Flux2Klein9BBaseTrainerInputOutputLoraFormat as Flux2Klein9BBaseTrainerInputOutputLoraFormat,
)
from .flux_2_klein_9b_base_trainer_output import (
    Flux2Klein9BBaseTrainerOutput as Flux2Klein9BBaseTrainerOutput,
)
from .flux_2_klein_9b_input import Flux2Klein9BInput as Flux2Klein9BInput
from .flux_2_klein_9b_input_image_size_type_1 import (
    Flux2Klein9BInputImageSizeType1 as Flux2Klein9BInputImageSizeType1,
)
from .flux_2_klein_9b_input_output_format import (
    Flux2Klein9BInputOutputFormat as Flux2Klein9BInputOutputFormat,
)
from .flux_2_klein_9b_output import Flux2Klein9BOutput as Flux2Klein9BOutput
from .flux_2_klein_9b_output_timings import (
    Flux2Klein9BOutputTimings as Flux2Klein9BOutputTimings,
)
from .flux_2_lora_gallery_ballpoint_pen_sketch_input import (
    Flux2LoraGalleryBallpointPenSketchInput as Flux2LoraGalleryBallpointPenSketchInput,
)
from .flux_2_lora_gallery_ballpoint_pen_sketch_input_acceleration import (
    Flux2LoraGalleryBallpointPenSketchInputAcceleration as Flux2LoraGalleryBallpointPenSketchInputAcceleration,
)
from .flux_2_lora_gallery_ballpoint_pen_sketch_input_image_size_type_1 import (
    Flux2LoraGalleryBallpointPenSketchInputImageSizeType1 as Flux2LoraGalleryBallpointPenSketchInputImageSizeType1,
)
from .flux_2_lora_gallery_ballpoint_pen_sketch_input_output_format import (
    Flux2LoraGalleryBallpointPenSketchInputOutputFormat as Flux2LoraGalleryBallpointPenSketchInputOutputFormat,
)
from .flux_2_lora_gallery_ballpoint_pen_sketch_output import (
    Flux2LoraGalleryBallpointPenSketchOutput as Flux2LoraGalleryBallpointPenSketchOutput,
)
from .flux_2_lora_gallery_digital_comic_art_input import (
    Flux2LoraGalleryDigitalComicArtInput as Flux2LoraGalleryDigitalComicArtInput,
)
from .flux_2_lora_gallery_digital_comic_art_input_acceleration import (
    Flux2LoraGalleryDigitalComicArtInputAcceleration as Flux2LoraGalleryDigitalComicArtInputAcceleration,
)
from .flux_2_lora_gallery_digital_comic_art_input_image_size_type_1 import (
    Flux2LoraGalleryDigitalComicArtInputImageSizeType1 as Flux2LoraGalleryDigitalComicArtInputImageSizeType1,
)
from .flux_2_lora_gallery_digital_comic_art_input_output_format import (
    Flux2LoraGalleryDigitalComicArtInputOutputFormat as Flux2LoraGalleryDigitalComicArtInputOutputFormat,
)
from .flux_2_lora_gallery_digital_comic_art_output import (
    Flux2LoraGalleryDigitalComicArtOutput as Flux2LoraGalleryDigitalComicArtOutput,
)
from .flux_2_lora_gallery_hdr_style_input import (
    Flux2LoraGalleryHdrStyleInput as Flux2LoraGalleryHdrStyleInput,
)
from .flux_2_lora_gallery_hdr_style_input_acceleration import (
    Flux2LoraGalleryHdrStyleInputAcceleration as Flux2LoraGalleryHdrStyleInputAcceleration,
)
from .flux_2_lora_gallery_hdr_style_input_image_size_type_1 import (
    Flux2LoraGalleryHdrStyleInputImageSizeType1 as Flux2LoraGalleryHdrStyleInputImageSizeType1,
)
from .flux_2_lora_gallery_hdr_style_input_output_format import (
    Flux2LoraGalleryHdrStyleInputOutputFormat as Flux2LoraGalleryHdrStyleInputOutputFormat,
)
from .flux_2_lora_gallery_hdr_style_output import (
    Flux2LoraGalleryHdrStyleOutput as Flux2LoraGalleryHdrStyleOutput,
)
from .flux_2_lora_gallery_realism_input import (
    Flux2LoraGalleryRealismInput as Flux2LoraGalleryRealismInput,
)
from .flux_2_lora_gallery_realism_input_acceleration import (
    Flux2LoraGalleryRealismInputAcceleration as Flux2LoraGalleryRealismInputAcceleration,
)
from .flux_2_lora_gallery_realism_input_image_size_type_1 import (
    Flux2LoraGalleryRealismInputImageSizeType1 as Flux2LoraGalleryRealismInputImageSizeType1,
)
from .flux_2_lora_gallery_realism_input_output_format import (
    Flux2LoraGalleryRealismInputOutputFormat as Flux2LoraGalleryRealismInputOutputFormat,
)
from .flux_2_lora_gallery_realism_output import (
    Flux2LoraGalleryRealismOutput as Flux2LoraGalleryRealismOutput,
)
from .flux_2_lora_gallery_satellite_view_style_input import (
    Flux2LoraGallerySatelliteViewStyleInput as Flux2LoraGallerySatelliteViewStyleInput,
)
from .flux_2_lora_gallery_satellite_view_style_input_acceleration import (
    Flux2LoraGallerySatelliteViewStyleInputAcceleration as Flux2LoraGallerySatelliteViewStyleInputAcceleration,
)
from .flux_2_lora_gallery_satellite_view_style_input_image_size_type_1 import (
    Flux2LoraGallerySatelliteViewStyleInputImageSizeType1 as Flux2LoraGallerySatelliteViewStyleInputImageSizeType1,
)
from .flux_2_lora_gallery_satellite_view_style_input_output_format import (
    Flux2LoraGallerySatelliteViewStyleInputOutputFormat as Flux2LoraGallerySatelliteViewStyleInputOutputFormat,
)
from .flux_2_lora_gallery_satellite_view_style_output import (
    Flux2LoraGallerySatelliteViewStyleOutput as Flux2LoraGallerySatelliteViewStyleOutput,
)
from .flux_2_lora_input import Flux2LoraInput as Flux2LoraInput
from .flux_2_lora_input_acceleration import (
    Flux2LoraInputAcceleration as Flux2LoraInputAcceleration,
)
from .flux_2_lora_input_image_size_type_1 import (
    Flux2LoraInputImageSizeType1 as Flux2LoraInputImageSizeType1,
)
from .flux_2_lora_input_output_format import (
    Flux2LoraInputOutputFormat as Flux2LoraInputOutputFormat,
)
from .flux_2_lora_output import Flux2LoraOutput as Flux2LoraOutput
from .flux_2_lora_output_timings import Flux2LoraOutputTimings as Flux2LoraOutputTimings
from .flux_2_max_input import Flux2MaxInput as Flux2MaxInput
from .flux_2_max_input_image_size_type_1 import (
    Flux2MaxInputImageSizeType1 as Flux2MaxInputImageSizeType1,
)
from .flux_2_max_input_output_format import (
    Flux2MaxInputOutputFormat as Flux2MaxInputOutputFormat,
)
from .flux_2_max_input_safety_tolerance import (
    Flux2MaxInputSafetyTolerance as Flux2MaxInputSafetyTolerance,
)
from .flux_2_max_output import Flux2MaxOutput as Flux2MaxOutput
from .flux_2_output import Flux2Output as Flux2Output
from .flux_2_output_timings import Flux2OutputTimings as Flux2OutputTimings
from .flux_2_pro_input import Flux2ProInput as Flux2ProInput
from .flux_2_pro_input_image_size_type_1 import (
    Flux2ProInputImageSizeType1 as Flux2ProInputImageSizeType1,
)
from .flux_2_pro_input_output_format import (
    Flux2ProInputOutputFormat as Flux2ProInputOutputFormat,
)
from .flux_2_pro_input_safety_tolerance import (
    Flux2ProInputSafetyTolerance as Flux2ProInputSafetyTolerance,
)
from .flux_2_pro_output import Flux2ProOutput as Flux2ProOutput
from .flux_2_trainer_edit_input import Flux2TrainerEditInput as Flux2TrainerEditInput
from .flux_2_trainer_edit_input_output_lora_format import (
    Flux2TrainerEditInputOutputLoraFormat as Flux2TrainerEditInputOutputLoraFormat,
)
from .flux_2_trainer_edit_output import Flux2TrainerEditOutput as Flux2TrainerEditOutput
from .flux_2_trainer_input import Flux2TrainerInput as Flux2TrainerInput
from .flux_2_trainer_input_output_lora_format import (
    Flux2TrainerInputOutputLoraFormat as Flux2TrainerInputOutputLoraFormat,
)
from .flux_2_trainer_output import Flux2TrainerOutput as Flux2TrainerOutput
from .flux_2_trainer_v2_edit_input import (
    Flux2TrainerV2EditInput as Flux2TrainerV2EditInput,
)
from .flux_2_trainer_v2_edit_input_output_lora_format import (
    Flux2TrainerV2EditInputOutputLoraFormat as Flux2TrainerV2EditInputOutputLoraFormat,
)
from .flux_2_trainer_v2_edit_output import (
    Flux2TrainerV2EditOutput as Flux2TrainerV2EditOutput,
)
from .flux_2_trainer_v2_input import Flux2TrainerV2Input as Flux2TrainerV2Input
from .flux_2_trainer_v2_input_output_lora_format import (
    Flux2TrainerV2InputOutputLoraFormat as Flux2TrainerV2InputOutputLoraFormat,
)
from .flux_2_trainer_v2_output import Flux2TrainerV2Output as Flux2TrainerV2Output
from .flux_2_turbo_input import Flux2TurboInput as Flux2TurboInput
from .flux_2_turbo_input_image_size_type_1 import (
    Flux2TurboInputImageSizeType1 as Flux2TurboInputImageSizeType1,
)
from .flux_2_turbo_input_output_format import (
    Flux2TurboInputOutputFormat as Flux2TurboInputOutputFormat,
)
from .flux_2_turbo_output import Flux2TurboOutput as Flux2TurboOutput
from .flux_2_turbo_output_timings import (
    Flux2TurboOutputTimings as Flux2TurboOutputTimings,
)
from .flux_control_lora_canny_input import (
    FluxControlLoraCannyInput as FluxControlLoraCannyInput,
)
from .flux_control_lora_canny_input_image_size_type_1 import (
    FluxControlLoraCannyInputImageSizeType1 as FluxControlLoraCannyInputImageSizeType1,
)
from .flux_control_lora_canny_input_output_format import (
    FluxControlLoraCannyInputOutputFormat as FluxControlLoraCannyInputOutputFormat,
)
from .flux_control_lora_canny_output import (
    FluxControlLoraCannyOutput as FluxControlLoraCannyOutput,
)
from .flux_control_lora_canny_output_timings import (
    FluxControlLoraCannyOutputTimings as FluxControlLoraCannyOutputTimings,
)
from .flux_control_lora_depth_input import (
    FluxControlLoraDepthInput as FluxControlLoraDepthInput,
)
from .flux_control_lora_depth_input_image_size_type_1 import (
    FluxControlLoraDepthInputImageSizeType1 as FluxControlLoraDepthInputImageSizeType1,
)
from .flux_control_lora_depth_input_output_format import (
    FluxControlLoraDepthInputOutputFormat as FluxControlLoraDepthInputOutputFormat,
)
from .flux_control_lora_depth_output import (
    FluxControlLoraDepthOutput as FluxControlLoraDepthOutput,
)
from .flux_control_lora_depth_output_timings import (
    FluxControlLoraDepthOutputTimings as FluxControlLoraDepthOutputTimings,
)
from .flux_dev_input import FluxDevInput as FluxDevInput
from .flux_dev_input_acceleration import (
    FluxDevInputAcceleration as FluxDevInputAcceleration,
)
from .flux_dev_input_image_size_type_1 import (
    FluxDevInputImageSizeType1 as FluxDevInputImageSizeType1,
)
from .flux_dev_input_output_format import (
    FluxDevInputOutputFormat as FluxDevInputOutputFormat,
)
from .flux_dev_output import FluxDevOutput as FluxDevOutput
from .flux_dev_output_timings import FluxDevOutputTimings as FluxDevOutputTimings
from .flux_general_input import FluxGeneralInput as FluxGeneralInput
from .flux_general_input_image_size_type_1 import (
    FluxGeneralInputImageSizeType1 as FluxGeneralInputImageSizeType1,
)
from .flux_general_input_output_format import (
    FluxGeneralInputOutputFormat as FluxGeneralInputOutputFormat,
)
from .flux_general_input_scheduler import (
    FluxGeneralInputScheduler as FluxGeneralInputScheduler,
)
from .flux_general_input_sigma_schedule import (
    FluxGeneralInputSigmaSchedule as FluxGeneralInputSigmaSchedule,
)
from .flux_general_output import FluxGeneralOutput as FluxGeneralOutput
from .flux_general_output_timings import (
    FluxGeneralOutputTimings as FluxGeneralOutputTimings,
)
from .flux_kontext_trainer_input import (
    FluxKontextTrainerInput as FluxKontextTrainerInput,
)
from .flux_kontext_trainer_input_output_lora_format import (
    FluxKontextTrainerInputOutputLoraFormat as FluxKontextTrainerInputOutputLoraFormat,
)
from .flux_kontext_trainer_output import (
    FluxKontextTrainerOutput as FluxKontextTrainerOutput,
)
from .flux_krea_lora_stream_input import (
    FluxKreaLoraStreamInput as FluxKreaLoraStreamInput,
)
from .flux_krea_lora_stream_input_image_size_type_1 import (
    FluxKreaLoraStreamInputImageSizeType1 as FluxKreaLoraStreamInputImageSizeType1,
)
from .flux_krea_lora_stream_input_output_format import (
    FluxKreaLoraStreamInputOutputFormat as FluxKreaLoraStreamInputOutputFormat,
)
from .flux_krea_lora_stream_output import (
    FluxKreaLoraStreamOutput as FluxKreaLoraStreamOutput,
)
from .flux_krea_lora_stream_output_timings import (
    FluxKreaLoraStreamOutputTimings as FluxKreaLoraStreamOutputTimings,
)
from .flux_krea_trainer_input import FluxKreaTrainerInput as FluxKreaTrainerInput
from .flux_krea_trainer_output import FluxKreaTrainerOutput as FluxKreaTrainerOutput
from .flux_lora_fast_training_input import (
    FluxLoraFastTrainingInput as FluxLoraFastTrainingInput,
)
from .flux_lora_fast_training_output import (
    FluxLoraFastTrainingOutput as FluxLoraFastTrainingOutput,
)
from .flux_lora_inpainting_input import (
    FluxLoraInpaintingInput as FluxLoraInpaintingInput,
)
from .flux_lora_inpainting_input_image_size_type_1 import (
    FluxLoraInpaintingInputImageSizeType1 as FluxLoraInpaintingInputImageSizeType1,
)
from .flux_lora_inpainting_input_output_format import (
    FluxLoraInpaintingInputOutputFormat as FluxLoraInpaintingInputOutputFormat,
)
from .flux_lora_inpainting_output import (
    FluxLoraInpaintingOutput as FluxLoraInpaintingOutput,
)
from .flux_lora_inpainting_output_timings import (
    FluxLoraInpaintingOutputTimings as FluxLoraInpaintingOutputTimings,
)
from .flux_lora_input import FluxLoraInput as FluxLoraInput
from .flux_lora_input_image_size_type_1 import (
    FluxLoraInputImageSizeType1 as FluxLoraInputImageSizeType1,
)
from .flux_lora_input_output_format import (
    FluxLoraInputOutputFormat as FluxLoraInputOutputFormat,
)
from .flux_lora_output import FluxLoraOutput as FluxLoraOutput
from .flux_lora_output_timings import FluxLoraOutputTimings as FluxLoraOutputTimings
from .flux_lora_portrait_trainer_input import (
    FluxLoraPortraitTrainerInput as FluxLoraPortraitTrainerInput,
)
from .flux_lora_portrait_trainer_output import (
    FluxLoraPortraitTrainerOutput as FluxLoraPortraitTrainerOutput,
)
from .flux_pro_kontext_max_text_to_image_input import (
    FluxProKontextMaxTextToImageInput as FluxProKontextMaxTextToImageInput,
)
from .flux_pro_kontext_max_text_to_image_input_aspect_ratio import (
    FluxProKontextMaxTextToImageInputAspectRatio as FluxProKontextMaxTextToImageInputAspectRatio,
)
from .flux_pro_kontext_max_text_to_image_input_output_format import (
    FluxProKontextMaxTextToImageInputOutputFormat as FluxProKontextMaxTextToImageInputOutputFormat,
)
from .flux_pro_kontext_max_text_to_image_input_safety_tolerance import (
    FluxProKontextMaxTextToImageInputSafetyTolerance as FluxProKontextMaxTextToImageInputSafetyTolerance,
)
from .flux_pro_kontext_max_text_to_image_output import (
    FluxProKontextMaxTextToImageOutput as FluxProKontextMaxTextToImageOutput,
)
from .flux_pro_kontext_max_text_to_image_output_timings import (
    FluxProKontextMaxTextToImageOutputTimings as FluxProKontextMaxTextToImageOutputTimings,
)
from .flux_pro_kontext_text_to_image_input import (
    FluxProKontextTextToImageInput as FluxProKontextTextToImageInput,
)
from .flux_pro_kontext_text_to_image_input_aspect_ratio import (
    FluxProKontextTextToImageInputAspectRatio as FluxProKontextTextToImageInputAspectRatio,
)
from .flux_pro_kontext_text_to_image_input_output_format import (
    FluxProKontextTextToImageInputOutputFormat as FluxProKontextTextToImageInputOutputFormat,
)
from .flux_pro_kontext_text_to_image_input_safety_tolerance import (
    FluxProKontextTextToImageInputSafetyTolerance as FluxProKontextTextToImageInputSafetyTolerance,
)
from .flux_pro_kontext_text_to_image_output import (
    FluxProKontextTextToImageOutput as FluxProKontextTextToImageOutput,
)
from .flux_pro_kontext_text_to_image_output_timings import (
    FluxProKontextTextToImageOutputTimings as FluxProKontextTextToImageOutputTimings,
)
from .flux_pro_v11_input import FluxProV11Input as FluxProV11Input
from .flux_pro_v11_input_image_size_type_1 import (
    FluxProV11InputImageSizeType1 as FluxProV11InputImageSizeType1,
)
from .flux_pro_v11_input_output_format import (
    FluxProV11InputOutputFormat as FluxProV11InputOutputFormat,
)
from .flux_pro_v11_input_safety_tolerance import (
    FluxProV11InputSafetyTolerance as FluxProV11InputSafetyTolerance,
)
from .flux_pro_v11_output import FluxProV11Output as FluxProV11Output
from .flux_pro_v11_output_timings import (
    FluxProV11OutputTimings as FluxProV11OutputTimings,
)
from .flux_pro_v11_ultra_finetuned_input import (
    FluxProV11UltraFinetunedInput as FluxProV11UltraFinetunedInput,
)
from .flux_pro_v11_ultra_finetuned_input_aspect_ratio_type_0 import (
    FluxProV11UltraFinetunedInputAspectRatioType0 as FluxProV11UltraFinetunedInputAspectRatioType0,
)
from .flux_pro_v11_ultra_finetuned_input_output_format import (
    FluxProV11UltraFinetunedInputOutputFormat as FluxProV11UltraFinetunedInputOutputFormat,
)
from .flux_pro_v11_ultra_finetuned_input_safety_tolerance import (
    FluxProV11UltraFinetunedInputSafetyTolerance as FluxProV11UltraFinetunedInputSafetyTolerance,
)
from .flux_pro_v11_ultra_finetuned_output import (
    FluxProV11UltraFinetunedOutput as FluxProV11UltraFinetunedOutput,
)
from .flux_pro_v11_ultra_finetuned_output_timings import (
    FluxProV11UltraFinetunedOutputTimings as FluxProV11UltraFinetunedOutputTimings,
)
from .flux_pro_v11_ultra_input import FluxProV11UltraInput as FluxProV11UltraInput
from .flux_pro_v11_ultra_input_aspect_ratio_type_0 import (
    FluxProV11UltraInputAspectRatioType0 as FluxProV11UltraInputAspectRatioType0,
)
from .flux_pro_v11_ultra_input_output_format import (
    FluxProV11UltraInputOutputFormat as FluxProV11UltraInputOutputFormat,
)
from .flux_pro_v11_ultra_input_safety_tolerance import (
    FluxProV11UltraInputSafetyTolerance as FluxProV11UltraInputSafetyTolerance,
)
from .flux_pro_v11_ultra_output import FluxProV11UltraOutput as FluxProV11UltraOutput
from .flux_pro_v11_ultra_output_timings import (
    FluxProV11UltraOutputTimings as FluxProV11UltraOutputTimings,
)
from .flux_schnell_input import FluxSchnellInput as FluxSchnellInput
from .flux_schnell_input_acceleration import (
    FluxSchnellInputAcceleration as FluxSchnellInputAcceleration,
)
from .flux_schnell_input_image_size_type_1 import (
    FluxSchnellInputImageSizeType1 as FluxSchnellInputImageSizeType1,
)
from .flux_schnell_input_output_format import (
    FluxSchnellInputOutputFormat as FluxSchnellInputOutputFormat,
)
from .flux_schnell_output import FluxSchnellOutput as FluxSchnellOutput
from .flux_schnell_output_timings import (
    FluxSchnellOutputTimings as FluxSchnellOutputTimings,
)
from .flux_srpo_input import FluxSrpoInput as FluxSrpoInput
from .flux_srpo_input_acceleration import (
    FluxSrpoInputAcceleration as FluxSrpoInputAcceleration,
)
from .flux_srpo_input_image_size_type_1 import (
    FluxSrpoInputImageSizeType1 as FluxSrpoInputImageSizeType1,
)
from .flux_srpo_input_output_format import (
    FluxSrpoInputOutputFormat as FluxSrpoInputOutputFormat,
)
from .flux_srpo_output import FluxSrpoOutput as FluxSrpoOutput
from .flux_srpo_output_timings import FluxSrpoOutputTimings as FluxSrpoOutputTimings
from .flux_subject_input import FluxSubjectInput as FluxSubjectInput
from .flux_subject_input_image_size_type_1 import (
    FluxSubjectInputImageSizeType1 as FluxSubjectInputImageSizeType1,
)
from .flux_subject_input_output_format import (
    FluxSubjectInputOutputFormat as FluxSubjectInputOutputFormat,
)
from .flux_subject_output import FluxSubjectOutput as FluxSubjectOutput
from .flux_subject_output_timings import (
    FluxSubjectOutputTimings as FluxSubjectOutputTimings,
)
from .fooocus_image_prompt_input import (
    FooocusImagePromptInput as FooocusImagePromptInput,
)
from .fooocus_image_prompt_input_inpaint_mode import (
    FooocusImagePromptInputInpaintMode as FooocusImagePromptInputInpaintMode,
)
from .fooocus_image_prompt_input_outpaint_selections_item import (
    FooocusImagePromptInputOutpaintSelectionsItem as FooocusImagePromptInputOutpaintSelectionsItem,
)
from .fooocus_image_prompt_input_output_format import (
    FooocusImagePromptInputOutputFormat as FooocusImagePromptInputOutputFormat,
)
from .fooocus_image_prompt_input_performance import (
    FooocusImagePromptInputPerformance as FooocusImagePromptInputPerformance,
)
from .fooocus_image_prompt_input_refiner_model import (
    FooocusImagePromptInputRefinerModel as FooocusImagePromptInputRefinerModel,
)
from .fooocus_image_prompt_input_styles_item import (
    FooocusImagePromptInputStylesItem as FooocusImagePromptInputStylesItem,
)
from .fooocus_image_prompt_input_uov_method import (
    FooocusImagePromptInputUovMethod as FooocusImagePromptInputUovMethod,
)
from .fooocus_image_prompt_output import (
    FooocusImagePromptOutput as FooocusImagePromptOutput,
)
from .fooocus_image_prompt_output_timings import (
    FooocusImagePromptOutputTimings as FooocusImagePromptOutputTimings,
)
from .fooocus_inpaint_input import FooocusInpaintInput as FooocusInpaintInput
from .fooocus_inpaint_input_inpaint_engine import (
    FooocusInpaintInputInpaintEngine as FooocusInpaintInputInpaintEngine,
)
from .fooocus_inpaint_input_inpaint_mode import (
    FooocusInpaintInputInpaintMode as FooocusInpaintInputInpaintMode,
)
from .fooocus_inpaint_input_outpaint_selections_item import (
    FooocusInpaintInputOutpaintSelectionsItem as FooocusInpaintInputOutpaintSelectionsItem,
)
from .fooocus_inpaint_input_output_format import (
    FooocusInpaintInputOutputFormat as FooocusInpaintInputOutputFormat,
)
from .fooocus_inpaint_input_performance import (
    FooocusInpaintInputPerformance as FooocusInpaintInputPerformance,
)
from .fooocus_inpaint_input_refiner_model import (
    FooocusInpaintInputRefinerModel as FooocusInpaintInputRefinerModel,
)
from .fooocus_inpaint_input_styles_item import (
    FooocusInpaintInputStylesItem as FooocusInpaintInputStylesItem,
)
from .fooocus_inpaint_output import FooocusInpaintOutput as FooocusInpaintOutput
from .fooocus_inpaint_output_timings import (
    FooocusInpaintOutputTimings as FooocusInpaintOutputTimings,
)
from .fooocus_input import FooocusInput as FooocusInput
from .fooocus_input_control_type import (
    FooocusInputControlType as FooocusInputControlType,
)
from .fooocus_input_output_format import (
    FooocusInputOutputFormat as FooocusInputOutputFormat,
)
from .fooocus_input_performance import (
    FooocusInputPerformance as FooocusInputPerformance,
)
from .fooocus_input_refiner_model import (
    FooocusInputRefinerModel as FooocusInputRefinerModel,
)
from .fooocus_input_styles_item import FooocusInputStylesItem as FooocusInputStylesItem
from .fooocus_output import FooocusOutput as FooocusOutput
from .fooocus_output_timings import FooocusOutputTimings as FooocusOutputTimings
from .fooocus_upscale_or_vary_input import (
    FooocusUpscaleOrVaryInput as FooocusUpscaleOrVaryInput,
)
from .fooocus_upscale_or_vary_input_output_format import (
    FooocusUpscaleOrVaryInputOutputFormat as FooocusUpscaleOrVaryInputOutputFormat,
)
from .fooocus_upscale_or_vary_input_performance import (
    FooocusUpscaleOrVaryInputPerformance as FooocusUpscaleOrVaryInputPerformance,
)
from .fooocus_upscale_or_vary_input_refiner_model import (
    FooocusUpscaleOrVaryInputRefinerModel as FooocusUpscaleOrVaryInputRefinerModel,
)
from .fooocus_upscale_or_vary_input_styles_item import (
    FooocusUpscaleOrVaryInputStylesItem as FooocusUpscaleOrVaryInputStylesItem,
)
from .fooocus_upscale_or_vary_input_uov_method import (
    FooocusUpscaleOrVaryInputUovMethod as FooocusUpscaleOrVaryInputUovMethod,
)
from .fooocus_upscale_or_vary_output import (
    FooocusUpscaleOrVaryOutput as FooocusUpscaleOrVaryOutput,
)
from .fooocus_upscale_or_vary_output_timings import (
    FooocusUpscaleOrVaryOutputTimings as FooocusUpscaleOrVaryOutputTimings,
)
from .frame import Frame as Frame
from .framepack_f1_input import FramepackF1Input as FramepackF1Input
from .framepack_f1_input_aspect_ratio import (
    FramepackF1InputAspectRatio as FramepackF1InputAspectRatio,
)
from .framepack_f1_input_resolution import (
    FramepackF1InputResolution as FramepackF1InputResolution,
)
from .framepack_f1_output import FramepackF1Output as FramepackF1Output
from .framepack_flf_2v_input import FramepackFlf2VInput as FramepackFlf2VInput
from .framepack_flf_2v_input_aspect_ratio import (
    FramepackFlf2VInputAspectRatio as FramepackFlf2VInputAspectRatio,
)
from .framepack_flf_2v_input_resolution import (
    FramepackFlf2VInputResolution as FramepackFlf2VInputResolution,
)
from .framepack_flf_2v_output import FramepackFlf2VOutput as FramepackFlf2VOutput
from .framepack_input import FramepackInput as FramepackInput
from .framepack_input_aspect_ratio import (
    FramepackInputAspectRatio as FramepackInputAspectRatio,
)
from .framepack_input_resolution import (
    FramepackInputResolution as FramepackInputResolution,
)
from .framepack_output import FramepackOutput as FramepackOutput
from .get_result_response_200 import GetResultResponse200 as GetResultResponse200
from .get_status_logs import GetStatusLogs as GetStatusLogs
from .glm_image_input import GlmImageInput as GlmImageInput
from .glm_image_input_image_size_type_1 import (
    GlmImageInputImageSizeType1 as GlmImageInputImageSizeType1,
)
from .glm_image_input_output_format import (
    GlmImageInputOutputFormat as GlmImageInputOutputFormat,
)
from .glm_image_output import GlmImageOutput as GlmImageOutput
from .glm_image_output_timings import GlmImageOutputTimings as GlmImageOutputTimings
from .got_ocr_v2_input import GotOcrV2Input as GotOcrV2Input
from .got_ocr_v2_output import GotOcrV2Output as GotOcrV2Output
from .gpt_image_1_mini_input import GptImage1MiniInput as GptImage1MiniInput
from .gpt_image_1_mini_input_background import (
    GptImage1MiniInputBackground as GptImage1MiniInputBackground,
)
from .gpt_image_1_mini_input_image_size import (
    GptImage1MiniInputImageSize as GptImage1MiniInputImageSize,
)
from .gpt_image_1_mini_input_output_format import (
    GptImage1MiniInputOutputFormat as GptImage1MiniInputOutputFormat,
)
from .gpt_image_1_mini_input_quality import (
    GptImage1MiniInputQuality as GptImage1MiniInputQuality,
)
from .gpt_image_1_mini_output import GptImage1MiniOutput as GptImage1MiniOutput
from .gpt_image_1_text_to_image_input import (
    GptImage1TextToImageInput as GptImage1TextToImageInput,
)
from .gpt_image_1_text_to_image_input_background import (
    GptImage1TextToImageInputBackground as GptImage1TextToImageInputBackground,
)
from .gpt_image_1_text_to_image_input_image_size import (
    GptImage1TextToImageInputImageSize as GptImage1TextToImageInputImageSize,
)
from .gpt_image_1_text_to_image_input_output_format import (
    GptImage1TextToImageInputOutputFormat as GptImage1TextToImageInputOutputFormat,
)
from .gpt_image_1_text_to_image_input_quality import (
    GptImage1TextToImageInputQuality as GptImage1TextToImageInputQuality,
)
from .gpt_image_1_text_to_image_output import (
    GptImage1TextToImageOutput as GptImage1TextToImageOutput,
)
from .gpt_image_15_input import GptImage15Input as GptImage15Input
from .gpt_image_15_input_background import (
    GptImage15InputBackground as GptImage15InputBackground,
)
from .gpt_image_15_input_image_size import (
    GptImage15InputImageSize as GptImage15InputImageSize,
)
from .gpt_image_15_input_output_format import (
    GptImage15InputOutputFormat as GptImage15InputOutputFormat,
)
from .gpt_image_15_input_quality import GptImage15InputQuality as GptImage15InputQuality
from .gpt_image_15_output import GptImage15Output as GptImage15Output
from .guidance_input import GuidanceInput as GuidanceInput
from .guidance_input_method import GuidanceInputMethod as GuidanceInputMethod
from .half_moon_ai_ai_detector_detect_image_input import (
    HalfMoonAiAiDetectorDetectImageInput as HalfMoonAiAiDetectorDetectImageInput,
)
from .half_moon_ai_ai_detector_detect_image_output import (
    HalfMoonAiAiDetectorDetectImageOutput as HalfMoonAiAiDetectorDetectImageOutput,
)
from .half_moon_ai_ai_detector_detect_text_input import (
    HalfMoonAiAiDetectorDetectTextInput as HalfMoonAiAiDetectorDetectTextInput,
)
from .half_moon_ai_ai_detector_detect_text_output import (
    HalfMoonAiAiDetectorDetectTextOutput as HalfMoonAiAiDetectorDetectTextOutput,
)
from .half_moon_ai_ai_face_swap_faceswapvideo_input import (
    HalfMoonAiAiFaceSwapFaceswapvideoInput as HalfMoonAiAiFaceSwapFaceswapvideoInput,
)
from .half_moon_ai_ai_face_swap_faceswapvideo_output import (
    HalfMoonAiAiFaceSwapFaceswapvideoOutput as HalfMoonAiAiFaceSwapFaceswapvideoOutput,
)
from .hidream_i1_dev_input import HidreamI1DevInput as HidreamI1DevInput
from .hidream_i1_dev_input_image_size_type_1 import (
    HidreamI1DevInputImageSizeType1 as HidreamI1DevInputImageSizeType1,
)
from .hidream_i1_dev_input_output_format import (
    HidreamI1DevInputOutputFormat as HidreamI1DevInputOutputFormat,
)
from .hidream_i1_dev_output import HidreamI1DevOutput as HidreamI1DevOutput
from .hidream_i1_dev_output_timings import (
    HidreamI1DevOutputTimings as HidreamI1DevOutputTimings,
)
from .hidream_i1_full_input import HidreamI1FullInput as HidreamI1FullInput
from .hidream_i1_full_input_image_size_type_1 import (
    HidreamI1FullInputImageSizeType1 as HidreamI1FullInputImageSizeType1,
)
from .hidream_i1_full_input_output_format import (
    HidreamI1FullInputOutputFormat as HidreamI1FullInputOutputFormat,
)
from .hidream_i1_full_output import HidreamI1FullOutput as HidreamI1FullOutput
from .http_validation_error import HTTPValidationError as HTTPValidationError
from .hunyuan_3dv2_input import Hunyuan3DV2Input as Hunyuan3DV2Input
from .hunyuan_3dv2_mini_input import Hunyuan3DV2MiniInput as Hunyuan3DV2MiniInput
from .hunyuan_3dv2_mini_output import Hunyuan3DV2MiniOutput as Hunyuan3DV2MiniOutput
from .hunyuan_3dv2_mini_turbo_input import (
    Hunyuan3DV2MiniTurboInput as Hunyuan3DV2MiniTurboInput,
)
from .hunyuan_3dv2_mini_turbo_output import (
    Hunyuan3DV2MiniTurboOutput as Hunyuan3DV2MiniTurboOutput,
)
from .hunyuan_3dv2_multi_view_input import (
    Hunyuan3DV2MultiViewInput as Hunyuan3DV2MultiViewInput,
)
from .hunyuan_3dv2_multi_view_output import (
    Hunyuan3DV2MultiViewOutput as Hunyuan3DV2MultiViewOutput,
)
from .hunyuan_3dv2_multi_view_turbo_input import (
    Hunyuan3DV2MultiViewTurboInput as Hunyuan3DV2MultiViewTurboInput,
)
from .hunyuan_3dv2_multi_view_turbo_output import (
    Hunyuan3DV2MultiViewTurboOutput as Hunyuan3DV2MultiViewTurboOutput,
)
from .hunyuan_3dv2_output import Hunyuan3DV2Output as Hunyuan3DV2Output
from .hunyuan_3dv2_turbo_input import Hunyuan3DV2TurboInput as Hunyuan3DV2TurboInput
from .hunyuan_3dv2_turbo_output import Hunyuan3DV2TurboOutput as Hunyuan3DV2TurboOutput
from .hunyuan_3dv3_sketch_to_3d_input import (
    Hunyuan3DV3SketchTo3DInput as Hunyuan3DV3SketchTo3DInput,
)
from .hunyuan_3dv3_sketch_to_3d_output import (
    Hunyuan3DV3SketchTo3DOutput as Hunyuan3DV3SketchTo3DOutput,
)
from .hunyuan_3dv3_text_to_3d_input import (
    Hunyuan3DV3TextTo3DInput as Hunyuan3DV3TextTo3DInput,
)
from .hunyuan_3dv3_text_to_3d_input_generate_type import (
    Hunyuan3DV3TextTo3DInputGenerateType as Hunyuan3DV3TextTo3DInputGenerateType,
)
from .hunyuan_3dv3_text_to_3d_input_polygon_type import (
    Hunyuan3DV3TextTo3DInputPolygonType as Hunyuan3DV3TextTo3DInputPolygonType,
)
from .hunyuan_3dv3_text_to_3d_output import (
    Hunyuan3DV3TextTo3DOutput as Hunyuan3DV3TextTo3DOutput,
)
from .hunyuan_3dv21_input import Hunyuan3DV21Input as Hunyuan3DV21Input
from .hunyuan_3dv21_output import Hunyuan3DV21Output as Hunyuan3DV21Output
from .hunyuan_avatar_input import HunyuanAvatarInput as HunyuanAvatarInput
from .hunyuan_avatar_output import HunyuanAvatarOutput as HunyuanAvatarOutput
from .hunyuan_image_v3_text_to_image_input import (
    HunyuanImageV3TextToImageInput as HunyuanImageV3TextToImageInput,
)
from .hunyuan_image_v3_text_to_image_input_image_size_type_1 import (
    HunyuanImageV3TextToImageInputImageSizeType1 as HunyuanImageV3TextToImageInputImageSizeType1,
)
from .hunyuan_image_v3_text_to_image_input_output_format import (
    HunyuanImageV3TextToImageInputOutputFormat as HunyuanImageV3TextToImageInputOutputFormat,
)
from .hunyuan_image_v3_text_to_image_output import (
    HunyuanImageV3TextToImageOutput as HunyuanImageV3TextToImageOutput,
)
from .hunyuan_image_v21_text_to_image_input import (
    HunyuanImageV21TextToImageInput as HunyuanImageV21TextToImageInput,
)
from .hunyuan_image_v21_text_to_image_input_image_size_type_1 import (
    HunyuanImageV21TextToImageInputImageSizeType1 as HunyuanImageV21TextToImageInputImageSizeType1,
)
from .hunyuan_image_v21_text_to_image_input_output_format import (
    HunyuanImageV21TextToImageInputOutputFormat as HunyuanImageV21TextToImageInputOutputFormat,
)
from .hunyuan_image_v21_text_to_image_output import (
    HunyuanImageV21TextToImageOutput as HunyuanImageV21TextToImageOutput,
)
from .hunyuan_motion_fast_input import HunyuanMotionFastInput as HunyuanMotionFastInput
from .hunyuan_motion_fast_input_output_format import (
    HunyuanMotionFastInputOutputFormat as HunyuanMotionFastInputOutputFormat,
)
from .hunyuan_motion_fast_output import (
    HunyuanMotionFastOutput as HunyuanMotionFastOutput,
)
from .hunyuan_portrait_input import HunyuanPortraitInput as HunyuanPortraitInput
from .hunyuan_portrait_output import HunyuanPortraitOutput as HunyuanPortraitOutput
from .hunyuan_video_image_to_video_input import (
    HunyuanVideoImageToVideoInput as HunyuanVideoImageToVideoInput,
)
from .hunyuan_video_image_to_video_input_aspect_ratio import (
    HunyuanVideoImageToVideoInputAspectRatio as HunyuanVideoImageToVideoInputAspectRatio,
)
from .hunyuan_video_image_to_video_input_num_frames import (
    HunyuanVideoImageToVideoInputNumFrames as HunyuanVideoImageToVideoInputNumFrames,
)
from .hunyuan_video_image_to_video_input_resolution import (
    HunyuanVideoImageToVideoInputResolution as HunyuanVideoImageToVideoInputResolution,
)
from .hunyuan_video_image_to_video_output import (
    HunyuanVideoImageToVideoOutput as HunyuanVideoImageToVideoOutput,
)
from .hunyuan_video_img_2_vid_lora_input import (
    HunyuanVideoImg2VidLoraInput as HunyuanVideoImg2VidLoraInput,
)
from .hunyuan_video_img_2_vid_lora_output import (
    HunyuanVideoImg2VidLoraOutput as HunyuanVideoImg2VidLoraOutput,
)
from .hunyuan_video_input import HunyuanVideoInput as HunyuanVideoInput
from .hunyuan_video_input_aspect_ratio import (
    HunyuanVideoInputAspectRatio as HunyuanVideoInputAspectRatio,
)
from .hunyuan_video_input_num_frames import (
    HunyuanVideoInputNumFrames as HunyuanVideoInputNumFrames,
)
from .hunyuan_video_input_resolution import (
    HunyuanVideoInputResolution as HunyuanVideoInputResolution,
)
from .hunyuan_video_lora_input import HunyuanVideoLoraInput as HunyuanVideoLoraInput
from .hunyuan_video_lora_input_aspect_ratio import (
    HunyuanVideoLoraInputAspectRatio as HunyuanVideoLoraInputAspectRatio,
)
from .hunyuan_video_lora_input_num_frames import (
    HunyuanVideoLoraInputNumFrames as HunyuanVideoLoraInputNumFrames,
)
from .hunyuan_video_lora_input_resolution import (
    HunyuanVideoLoraInputResolution as HunyuanVideoLoraInputResolution,
)
from .hunyuan_video_lora_output import HunyuanVideoLoraOutput as HunyuanVideoLoraOutput
from .hunyuan_video_lora_training_input import (
    HunyuanVideoLoraTrainingInput as HunyuanVideoLoraTrainingInput,
)
from .hunyuan_video_lora_training_output import (
    HunyuanVideoLoraTrainingOutput as HunyuanVideoLoraTrainingOutput,
)
from .hunyuan_video_lora_video_to_video_input import (
    HunyuanVideoLoraVideoToVideoInput as HunyuanVideoLoraVideoToVideoInput,
)
from .hunyuan_video_lora_video_to_video_input_aspect_ratio import (
    HunyuanVideoLoraVideoToVideoInputAspectRatio as HunyuanVideoLoraVideoToVideoInputAspectRatio,
)
from .hunyuan_video_lora_video_to_video_input_num_frames import (
    HunyuanVideoLoraVideoToVideoInputNumFrames as HunyuanVideoLoraVideoToVideoInputNumFrames,
)
from .hunyuan_video_lora_video_to_video_input_resolution import (
    HunyuanVideoLoraVideoToVideoInputResolution as HunyuanVideoLoraVideoToVideoInputResolution,
)
from .hunyuan_video_lora_video_to_video_output import (
    HunyuanVideoLoraVideoToVideoOutput as HunyuanVideoLoraVideoToVideoOutput,
)
from .hunyuan_video_output import HunyuanVideoOutput as HunyuanVideoOutput
from .hunyuan_video_v15_image_to_video_input import (
    HunyuanVideoV15ImageToVideoInput as HunyuanVideoV15ImageToVideoInput,
)
from .hunyuan_video_v15_image_to_video_input_aspect_ratio import (
    HunyuanVideoV15ImageToVideoInputAspectRatio as HunyuanVideoV15ImageToVideoInputAspectRatio,
)
from .hunyuan_video_v15_image_to_video_input_resolution import (
    HunyuanVideoV15ImageToVideoInputResolution as HunyuanVideoV15ImageToVideoInputResolution,
)
from .hunyuan_video_v15_image_to_video_output import (
    HunyuanVideoV15ImageToVideoOutput as HunyuanVideoV15ImageToVideoOutput,
)
from .hunyuan_video_v15_text_to_video_input import (
    HunyuanVideoV15TextToVideoInput as HunyuanVideoV15TextToVideoInput,
)
from .hunyuan_video_v15_text_to_video_input_aspect_ratio import (
    HunyuanVideoV15TextToVideoInputAspectRatio as HunyuanVideoV15TextToVideoInputAspectRatio,
)
from .hunyuan_video_v15_text_to_video_input_resolution import (
    HunyuanVideoV15TextToVideoInputResolution as HunyuanVideoV15TextToVideoInputResolution,
)
from .hunyuan_video_v15_text_to_video_output import (
    HunyuanVideoV15TextToVideoOutput as HunyuanVideoV15TextToVideoOutput,
)
from .hunyuan_video_video_to_video_input import (
    HunyuanVideoVideoToVideoInput as HunyuanVideoVideoToVideoInput,
)
from .hunyuan_video_video_to_video_input_aspect_ratio import (
    HunyuanVideoVideoToVideoInputAspectRatio as HunyuanVideoVideoToVideoInputAspectRatio,
)
from .hunyuan_video_video_to_video_input_num_frames import (
    HunyuanVideoVideoToVideoInputNumFrames as HunyuanVideoVideoToVideoInputNumFrames,
)
from .hunyuan_video_video_to_video_input_resolution import (
    HunyuanVideoVideoToVideoInputResolution as HunyuanVideoVideoToVideoInputResolution,
)
from .hunyuan_video_video_to_video_output import (
    HunyuanVideoVideoToVideoOutput as HunyuanVideoVideoToVideoOutput,
)
from .hunyuan_world_image_to_world_input import (
    HunyuanWorldImageToWorldInput as HunyuanWorldImageToWorldInput,
)
from .hunyuan_world_image_to_world_output import (
    HunyuanWorldImageToWorldOutput as HunyuanWorldImageToWorldOutput,
)
from .hyper_3d_rodin_input import Hyper3DRodinInput as Hyper3DRodinInput
from .hyper_3d_rodin_input_addons import (
    Hyper3DRodinInputAddons as Hyper3DRodinInputAddons,
)
from .hyper_3d_rodin_input_condition_mode import (
    Hyper3DRodinInputConditionMode as Hyper3DRodinInputConditionMode,
)
from .hyper_3d_rodin_input_geometry_file_format import (
    Hyper3DRodinInputGeometryFileFormat as Hyper3DRodinInputGeometryFileFormat,
)
from .hyper_3d_rodin_input_material import (
    Hyper3DRodinInputMaterial as Hyper3DRodinInputMaterial,
)
from .hyper_3d_rodin_input_quality import (
    Hyper3DRodinInputQuality as Hyper3DRodinInputQuality,
)
from .hyper_3d_rodin_input_tier import Hyper3DRodinInputTier as Hyper3DRodinInputTier
from .hyper_3d_rodin_output import Hyper3DRodinOutput as Hyper3DRodinOutput
from .hyper_3d_rodin_v2_input import Hyper3DRodinV2Input as Hyper3DRodinV2Input
from .hyper_3d_rodin_v2_input_addons import (
    Hyper3DRodinV2InputAddons as Hyper3DRodinV2InputAddons,
)
from .hyper_3d_rodin_v2_input_geometry_file_format import (
    Hyper3DRodinV2InputGeometryFileFormat as Hyper3DRodinV2InputGeometryFileFormat,
)
from .hyper_3d_rodin_v2_input_material import (
    Hyper3DRodinV2InputMaterial as Hyper3DRodinV2InputMaterial,
)
from .hyper_3d_rodin_v2_input_quality_mesh_option import (
    Hyper3DRodinV2InputQualityMeshOption as Hyper3DRodinV2InputQualityMeshOption,
)
from .hyper_3d_rodin_v2_output import Hyper3DRodinV2Output as Hyper3DRodinV2Output
from .ideogram_v2_input import IdeogramV2Input as IdeogramV2Input
from .ideogram_v2_input_aspect_ratio import (
    IdeogramV2InputAspectRatio as IdeogramV2InputAspectRatio,
)
from .ideogram_v2_input_style import IdeogramV2InputStyle as IdeogramV2InputStyle
from .ideogram_v2_output import IdeogramV2Output as IdeogramV2Output
from .ideogram_v2_turbo_input import IdeogramV2TurboInput as IdeogramV2TurboInput
from .ideogram_v2_turbo_input_aspect_ratio import (
    IdeogramV2TurboInputAspectRatio as IdeogramV2TurboInputAspectRatio,
)
from .ideogram_v2_turbo_input_style import (
    IdeogramV2TurboInputStyle as IdeogramV2TurboInputStyle,
)
from .ideogram_v2_turbo_output import IdeogramV2TurboOutput as IdeogramV2TurboOutput
from .ideogram_v2a_input import IdeogramV2AInput as IdeogramV2AInput
from .ideogram_v2a_input_aspect_ratio import (
    IdeogramV2AInputAspectRatio as IdeogramV2AInputAspectRatio,
)
from .ideogram_v2a_input_style import IdeogramV2AInputStyle as IdeogramV2AInputStyle
from .ideogram_v2a_output import IdeogramV2AOutput as IdeogramV2AOutput
from .ideogram_v2a_turbo_input import IdeogramV2ATurboInput as IdeogramV2ATurboInput
from .ideogram_v2a_turbo_input_aspect_ratio import (
    IdeogramV2ATurboInputAspectRatio as IdeogramV2ATurboInputAspectRatio,
)
from .ideogram_v2a_turbo_input_style import (
    IdeogramV2ATurboInputStyle as IdeogramV2ATurboInputStyle,
)
from .ideogram_v2a_turbo_output import IdeogramV2ATurboOutput as IdeogramV2ATurboOutput
from .ideogram_v3_input import IdeogramV3Input as IdeogramV3Input
from .ideogram_v3_input_image_size_type_1 import (
    IdeogramV3InputImageSizeType1 as IdeogramV3InputImageSizeType1,
)
from .ideogram_v3_input_rendering_speed import (
    IdeogramV3InputRenderingSpeed as IdeogramV3InputRenderingSpeed,
)
from .ideogram_v3_input_style_preset_type_0 import (
    IdeogramV3InputStylePresetType0 as IdeogramV3InputStylePresetType0,
)
from .ideogram_v3_input_style_type_0 import (
    IdeogramV3InputStyleType0 as IdeogramV3InputStyleType0,
)
from .ideogram_v3_output import IdeogramV3Output as IdeogramV3Output
from .illusion_diffusion_input import IllusionDiffusionInput as IllusionDiffusionInput
from .illusion_diffusion_input_image_size_type_1 import (
    IllusionDiffusionInputImageSizeType1 as IllusionDiffusionInputImageSizeType1,
)
from .illusion_diffusion_input_scheduler import (
    IllusionDiffusionInputScheduler as IllusionDiffusionInputScheduler,
)
from .illusion_diffusion_output import (
    IllusionDiffusionOutput as IllusionDiffusionOutput,
)
from .image import Image as Image
from .image_condition import ImageCondition as ImageCondition
from .image_conditioning_input import ImageConditioningInput as ImageConditioningInput
from .image_conditioning_input_v7adbc4 import (
    ImageConditioningInputV7ADBC4 as ImageConditioningInputV7ADBC4,
)
from .image_conditioning_input_vfe2634 import (
    ImageConditioningInputVFE2634 as ImageConditioningInputVFE2634,
)
from .image_file import ImageFile as ImageFile
from .image_fill_input import ImageFillInput as ImageFillInput
from .image_input import ImageInput as ImageInput
from .image_output import ImageOutput as ImageOutput
from .image_prompt import ImagePrompt as ImagePrompt
from .image_prompt_type import ImagePromptType as ImagePromptType
from .image_size import ImageSize as ImageSize
from .image_v3c472c import ImageV3C472C as ImageV3C472C
from .image_v4f8c29 import ImageV4F8C29 as ImageV4F8C29
from .image_v728bb4 import ImageV728BB4 as ImageV728BB4
from .image_vd157ef import ImageVD157EF as ImageVD157EF
from .imagen_3_fast_input import Imagen3FastInput as Imagen3FastInput
from .imagen_3_fast_input_aspect_ratio import (
    Imagen3FastInputAspectRatio as Imagen3FastInputAspectRatio,
)
from .imagen_3_fast_output import Imagen3FastOutput as Imagen3FastOutput
from .imagen_4_preview_fast_input import (
    Imagen4PreviewFastInput as Imagen4PreviewFastInput,
)
from .imagen_4_preview_fast_input_aspect_ratio import (
    Imagen4PreviewFastInputAspectRatio as Imagen4PreviewFastInputAspectRatio,
)
from .imagen_4_preview_fast_input_output_format import (
    Imagen4PreviewFastInputOutputFormat as Imagen4PreviewFastInputOutputFormat,
)
from .imagen_4_preview_fast_output import (
    Imagen4PreviewFastOutput as Imagen4PreviewFastOutput,
)
from .imagen_4_preview_input import Imagen4PreviewInput as Imagen4PreviewInput
from .imagen_4_preview_input_aspect_ratio import (
    Imagen4PreviewInputAspectRatio as Imagen4PreviewInputAspectRatio,
)
from .imagen_4_preview_input_output_format import (
    Imagen4PreviewInputOutputFormat as Imagen4PreviewInputOutputFormat,
)
from .imagen_4_preview_input_resolution import (
    Imagen4PreviewInputResolution as Imagen4PreviewInputResolution,
)
from .imagen_4_preview_output import Imagen4PreviewOutput as Imagen4PreviewOutput
from .imagen_4_preview_ultra_input import (
    Imagen4PreviewUltraInput as Imagen4PreviewUltraInput,
)
from .imagen_4_preview_ultra_input_aspect_ratio import (
    Imagen4PreviewUltraInputAspectRatio as Imagen4PreviewUltraInputAspectRatio,
)
from .imagen_4_preview_ultra_input_output_format import (
    Imagen4PreviewUltraInputOutputFormat as Imagen4PreviewUltraInputOutputFormat,
)
from .imagen_4_preview_ultra_input_resolution import (
    Imagen4PreviewUltraInputResolution as Imagen4PreviewUltraInputResolution,
)
from .imagen_4_preview_ultra_output import (
    Imagen4PreviewUltraOutput as Imagen4PreviewUltraOutput,
)
from .imageutils_nsfw_input import ImageutilsNsfwInput as ImageutilsNsfwInput
from .imageutils_nsfw_output import ImageutilsNsfwOutput as ImageutilsNsfwOutput
from .imagineart_15_preview_text_to_image_input import (
    Imagineart15PreviewTextToImageInput as Imagineart15PreviewTextToImageInput,
)
from .imagineart_15_preview_text_to_image_input_aspect_ratio import (
    Imagineart15PreviewTextToImageInputAspectRatio as Imagineart15PreviewTextToImageInputAspectRatio,
)
from .imagineart_15_preview_text_to_image_output import (
    Imagineart15PreviewTextToImageOutput as Imagineart15PreviewTextToImageOutput,
)
from .imagineart_15_pro_preview_text_to_image_input import (
    Imagineart15ProPreviewTextToImageInput as Imagineart15ProPreviewTextToImageInput,
)
from .imagineart_15_pro_preview_text_to_image_input_aspect_ratio import (
    Imagineart15ProPreviewTextToImageInputAspectRatio as Imagineart15ProPreviewTextToImageInputAspectRatio,
)
from .imagineart_15_pro_preview_text_to_image_output import (
    Imagineart15ProPreviewTextToImageOutput as Imagineart15ProPreviewTextToImageOutput,
)
from .index_tts_2_text_to_speech_input import (
    IndexTts2TextToSpeechInput as IndexTts2TextToSpeechInput,
)
from .index_tts_2_text_to_speech_output import (
    IndexTts2TextToSpeechOutput as IndexTts2TextToSpeechOutput,
)
from .infinitalk_input import InfinitalkInput as InfinitalkInput
from .infinitalk_input_acceleration import (
    InfinitalkInputAcceleration as InfinitalkInputAcceleration,
)
from .infinitalk_input_resolution import (
    InfinitalkInputResolution as InfinitalkInputResolution,
)
from .infinitalk_output import InfinitalkOutput as InfinitalkOutput
from .infinitalk_single_text_input import (
    InfinitalkSingleTextInput as InfinitalkSingleTextInput,
)
from .infinitalk_single_text_input_acceleration import (
    InfinitalkSingleTextInputAcceleration as InfinitalkSingleTextInputAcceleration,
)
from .infinitalk_single_text_input_resolution import (
    InfinitalkSingleTextInputResolution as InfinitalkSingleTextInputResolution,
)
from .infinitalk_single_text_input_voice import (
    InfinitalkSingleTextInputVoice as InfinitalkSingleTextInputVoice,
)
from .infinitalk_single_text_output import (
    InfinitalkSingleTextOutput as InfinitalkSingleTextOutput,
)
from .infinitalk_video_to_video_input import (
    InfinitalkVideoToVideoInput as InfinitalkVideoToVideoInput,
)
from .infinitalk_video_to_video_input_acceleration import (
    InfinitalkVideoToVideoInputAcceleration as InfinitalkVideoToVideoInputAcceleration,
)
from .infinitalk_video_to_video_input_resolution import (
    InfinitalkVideoToVideoInputResolution as InfinitalkVideoToVideoInputResolution,
)
from .infinitalk_video_to_video_output import (
    InfinitalkVideoToVideoOutput as InfinitalkVideoToVideoOutput,
)
from .infinity_star_text_to_video_input import (
    InfinityStarTextToVideoInput as InfinityStarTextToVideoInput,
)
from .infinity_star_text_to_video_input_aspect_ratio import (
    InfinityStarTextToVideoInputAspectRatio as InfinityStarTextToVideoInputAspectRatio,
)
from .infinity_star_text_to_video_output import (
    InfinityStarTextToVideoOutput as InfinityStarTextToVideoOutput,
)
from .inpaint_section import InpaintSection as InpaintSection
from .ip_adapter import IPAdapter as IPAdapter
from .ip_adapter_v163454 import IPAdapterV163454 as IPAdapterV163454
from .ip_adapter_v163454_scale_json import (
    IPAdapterV163454ScaleJson as IPAdapterV163454ScaleJson,
)
from .janus_input import JanusInput as JanusInput
from .janus_input_image_size_type_1 import (
    JanusInputImageSizeType1 as JanusInputImageSizeType1,
)
from .janus_output import JanusOutput as JanusOutput
from .janus_output_timings import JanusOutputTimings as JanusOutputTimings
from .kandinsky_5_pro_image_to_video_input import (
    Kandinsky5ProImageToVideoInput as Kandinsky5ProImageToVideoInput,
)
from .kandinsky_5_pro_image_to_video_input_acceleration import (
    Kandinsky5ProImageToVideoInputAcceleration as Kandinsky5ProImageToVideoInputAcceleration,
)
from .kandinsky_5_pro_image_to_video_input_duration import (
    Kandinsky5ProImageToVideoInputDuration as Kandinsky5ProImageToVideoInputDuration,
)
from .kandinsky_5_pro_image_to_video_input_resolution import (
    Kandinsky5ProImageToVideoInputResolution as Kandinsky5ProImageToVideoInputResolution,
)
from .kandinsky_5_pro_image_to_video_output import (
    Kandinsky5ProImageToVideoOutput as Kandinsky5ProImageToVideoOutput,
)
from .kandinsky_5_pro_text_to_video_input import (
    Kandinsky5ProTextToVideoInput as Kandinsky5ProTextToVideoInput,
)
from .kandinsky_5_pro_text_to_video_input_acceleration import (
    Kandinsky5ProTextToVideoInputAcceleration as Kandinsky5ProTextToVideoInputAcceleration,
)
from .kandinsky_5_pro_text_to_video_input_aspect_ratio import (
    Kandinsky5ProTextToVideoInputAspectRatio as Kandinsky5ProTextToVideoInputAspectRatio,
)
from .kandinsky_5_pro_text_to_video_input_duration import (
    Kandinsky5ProTextToVideoInputDuration as Kandinsky5ProTextToVideoInputDuration,
)
from .kandinsky_5_pro_text_to_video_input_resolution import (
    Kandinsky5ProTextToVideoInputResolution as Kandinsky5ProTextToVideoInputResolution,
)
from .kandinsky_5_pro_text_to_video_output import (
    Kandinsky5ProTextToVideoOutput as Kandinsky5ProTextToVideoOutput,
)
from .kandinsky_5_text_to_video_distill_input import (
    Kandinsky5TextToVideoDistillInput as Kandinsky5TextToVideoDistillInput,
)
from .kandinsky_5_text_to_video_distill_input_aspect_ratio import (
    Kandinsky5TextToVideoDistillInputAspectRatio as Kandinsky5TextToVideoDistillInputAspectRatio,
)
from .kandinsky_5_text_to_video_distill_input_duration import (
    Kandinsky5TextToVideoDistillInputDuration as Kandinsky5TextToVideoDistillInputDuration,
)
from .kandinsky_5_text_to_video_distill_input_resolution import (
    Kandinsky5TextToVideoDistillInputResolution as Kandinsky5TextToVideoDistillInputResolution,
)
from .kandinsky_5_text_to_video_distill_output import (
    Kandinsky5TextToVideoDistillOutput as Kandinsky5TextToVideoDistillOutput,
)
from .kandinsky_5_text_to_video_input import (
    Kandinsky5TextToVideoInput as Kandinsky5TextToVideoInput,
)
from .kandinsky_5_text_to_video_input_aspect_ratio import (
    Kandinsky5TextToVideoInputAspectRatio as Kandinsky5TextToVideoInputAspectRatio,
)
from .kandinsky_5_text_to_video_input_duration import (
    Kandinsky5TextToVideoInputDuration as Kandinsky5TextToVideoInputDuration,
)
from .kandinsky_5_text_to_video_input_resolution import (
    Kandinsky5TextToVideoInputResolution as Kandinsky5TextToVideoInputResolution,
)
from .kandinsky_5_text_to_video_output import (
    Kandinsky5TextToVideoOutput as Kandinsky5TextToVideoOutput,
)
from .keyframe import Keyframe as Keyframe
from .keyframe_transition import KeyframeTransition as KeyframeTransition
from .kling_video_ai_avatar_v2_pro_input import (
    KlingVideoAiAvatarV2ProInput as KlingVideoAiAvatarV2ProInput,
)
from .kling_video_ai_avatar_v2_pro_output import (
    KlingVideoAiAvatarV2ProOutput as KlingVideoAiAvatarV2ProOutput,
)
from .kling_video_ai_avatar_v2_standard_input import (
    KlingVideoAiAvatarV2StandardInput as KlingVideoAiAvatarV2StandardInput,
)
from .kling_video_ai_avatar_v2_standard_output import (
    KlingVideoAiAvatarV2StandardOutput as KlingVideoAiAvatarV2StandardOutput,
)
from .kling_video_create_voice_input import (
    KlingVideoCreateVoiceInput as KlingVideoCreateVoiceInput,
)
from .kling_video_create_voice_output import (
    KlingVideoCreateVoiceOutput as KlingVideoCreateVoiceOutput,
)
from .kling_video_lipsync_audio_to_video_input import (
    KlingVideoLipsyncAudioToVideoInput as KlingVideoLipsyncAudioToVideoInput,
)
from .kling_video_lipsync_audio_to_video_output import (
    KlingVideoLipsyncAudioToVideoOutput as KlingVideoLipsyncAudioToVideoOutput,
)
from .kling_video_o1_image_to_video_input import (
    KlingVideoO1ImageToVideoInput as KlingVideoO1ImageToVideoInput,
)
from .kling_video_o1_image_to_video_input_duration import (
    KlingVideoO1ImageToVideoInputDuration as KlingVideoO1ImageToVideoInputDuration,
)
from .kling_video_o1_image_to_video_output import (
    KlingVideoO1ImageToVideoOutput as KlingVideoO1ImageToVideoOutput,
)
from .kling_video_o1_reference_to_video_input import (
    KlingVideoO1ReferenceToVideoInput as KlingVideoO1ReferenceToVideoInput,
)
from .kling_video_o1_reference_to_video_input_aspect_ratio import (
    KlingVideoO1ReferenceToVideoInputAspectRatio as KlingVideoO1ReferenceToVideoInputAspectRatio,
)
from .kling_video_o1_reference_to_video_input_duration import (
    KlingVideoO1ReferenceToVideoInputDuration as KlingVideoO1ReferenceToVideoInputDuration,
)
from .kling_video_o1_reference_to_video_output import (
    KlingVideoO1ReferenceToVideoOutput as KlingVideoO1ReferenceToVideoOutput,
)
from .kling_video_o1_standard_image_to_video_input import (
    KlingVideoO1StandardImageToVideoInput as KlingVideoO1StandardImageToVideoInput,
)
from .kling_video_o1_standard_image_to_video_input_duration import (
    KlingVideoO1StandardImageToVideoInputDuration as KlingVideoO1StandardImageToVideoInputDuration,
)
from .kling_video_o1_standard_image_to_video_output import (
    KlingVideoO1StandardImageToVideoOutput as KlingVideoO1StandardImageToVideoOutput,
)
from .kling_video_o1_standard_video_to_video_edit_input import (
    KlingVideoO1StandardVideoToVideoEditInput as KlingVideoO1StandardVideoToVideoEditInput,
)
from .kling_video_o1_standard_video_to_video_edit_output import (
    KlingVideoO1StandardVideoToVideoEditOutput as KlingVideoO1StandardVideoToVideoEditOutput,
)
from .kling_video_o1_standard_video_to_video_reference_input import (
    KlingVideoO1StandardVideoToVideoReferenceInput as KlingVideoO1StandardVideoToVideoReferenceInput,
)
from .kling_video_o1_standard_video_to_video_reference_input_aspect_ratio import (
    KlingVideoO1StandardVideoToVideoReferenceInputAspectRatio as KlingVideoO1StandardVideoToVideoReferenceInputAspectRatio,
)
from .kling_video_o1_standard_video_to_video_reference_input_duration import (
    KlingVideoO1StandardVideoToVideoReferenceInputDuration as KlingVideoO1StandardVideoToVideoReferenceInputDuration,
)
from .kling_video_o1_standard_video_to_video_reference_output import (
    KlingVideoO1StandardVideoToVideoReferenceOutput as KlingVideoO1StandardVideoToVideoReferenceOutput,
)
from .kling_video_o1_video_to_video_edit_input import (
    KlingVideoO1VideoToVideoEditInput as KlingVideoO1VideoToVideoEditInput,
)
from .kling_video_o1_video_to_video_edit_output import (
    KlingVideoO1VideoToVideoEditOutput as KlingVideoO1VideoToVideoEditOutput,
)
from .kling_video_o1_video_to_video_reference_input import (
    KlingVideoO1VideoToVideoReferenceInput as KlingVideoO1VideoToVideoReferenceInput,
)
from .kling_video_o1_video_to_video_reference_input_aspect_ratio import (
    KlingVideoO1VideoToVideoReferenceInputAspectRatio as KlingVideoO1VideoToVideoReferenceInputAspectRatio,
)
from .kling_video_o1_video_to_video_reference_input_duration import (
    KlingVideoO1VideoToVideoReferenceInputDuration as KlingVideoO1VideoToVideoReferenceInputDuration,
)
from .kling_video_o1_video_to_video_reference_output import (
    KlingVideoO1VideoToVideoReferenceOutput as KlingVideoO1VideoToVideoReferenceOutput,
)
from .kling_video_v1_standard_ai_avatar_input import (
    KlingVideoV1StandardAiAvatarInput as KlingVideoV1StandardAiAvatarInput,
)
from .kling_video_v1_standard_ai_avatar_output import (
    KlingVideoV1StandardAiAvatarOutput as KlingVideoV1StandardAiAvatarOutput,
)
from .kling_video_v1_standard_effects_input import (
    KlingVideoV1StandardEffectsInput as KlingVideoV1StandardEffectsInput,
)
from .kling_video_v1_standard_effects_input_duration import (
    KlingVideoV1StandardEffectsInputDuration as KlingVideoV1StandardEffectsInputDuration,
)
from .kling_video_v1_standard_effects_input_effect_scene import (
    KlingVideoV1StandardEffectsInputEffectScene as KlingVideoV1StandardEffectsInputEffectScene,
)
from .kling_video_v1_standard_effects_output import (
    KlingVideoV1StandardEffectsOutput as KlingVideoV1StandardEffectsOutput,
)
from .kling_video_v1_standard_text_to_video_input import (
    KlingVideoV1StandardTextToVideoInput as KlingVideoV1StandardTextToVideoInput,
)
from .kling_video_v1_standard_text_to_video_input_aspect_ratio import (
    KlingVideoV1StandardTextToVideoInputAspectRatio as KlingVideoV1StandardTextToVideoInputAspectRatio,
)
from .kling_video_v1_standard_text_to_video_input_camera_control import (
    KlingVideoV1StandardTextToVideoInputCameraControl as KlingVideoV1StandardTextToVideoInputCameraControl,
)
from .kling_video_v1_standard_text_to_video_input_duration import (
    KlingVideoV1StandardTextToVideoInputDuration as KlingVideoV1StandardTextToVideoInputDuration,
)
from .kling_video_v1_standard_text_to_video_output import (
    KlingVideoV1StandardTextToVideoOutput as KlingVideoV1StandardTextToVideoOutput,
)
from .kling_video_v1_tts_input import KlingVideoV1TtsInput as KlingVideoV1TtsInput
from .kling_video_v1_tts_input_voice_id import (
    KlingVideoV1TtsInputVoiceId as KlingVideoV1TtsInputVoiceId,
)
from .kling_video_v1_tts_output import KlingVideoV1TtsOutput as KlingVideoV1TtsOutput
from .kling_video_v2_master_image_to_video_input import (
    KlingVideoV2MasterImageToVideoInput as KlingVideoV2MasterImageToVideoInput,
)
from .kling_video_v2_master_image_to_video_input_duration import (
    KlingVideoV2MasterImageToVideoInputDuration as KlingVideoV2MasterImageToVideoInputDuration,
)
from .kling_video_v2_master_image_to_video_output import (
    KlingVideoV2MasterImageToVideoOutput as KlingVideoV2MasterImageToVideoOutput,
)
from .kling_video_v2_master_text_to_video_input import (
    KlingVideoV2MasterTextToVideoInput as KlingVideoV2MasterTextToVideoInput,
)
from .kling_video_v2_master_text_to_video_input_aspect_ratio import (
    KlingVideoV2MasterTextToVideoInputAspectRatio as KlingVideoV2MasterTextToVideoInputAspectRatio,
)
from .kling_video_v2_master_text_to_video_input_duration import (
    KlingVideoV2MasterTextToVideoInputDuration as KlingVideoV2MasterTextToVideoInputDuration,
)
from .kling_video_v2_master_text_to_video_output import (
    KlingVideoV2MasterTextToVideoOutput as KlingVideoV2MasterTextToVideoOutput,
)
from .kling_video_v15_pro_effects_input import (
    KlingVideoV15ProEffectsInput as KlingVideoV15ProEffectsInput,
)
from .kling_video_v15_pro_effects_input_duration import (
    KlingVideoV15ProEffectsInputDuration as KlingVideoV15ProEffectsInputDuration,
)
from .kling_video_v15_pro_effects_input_effect_scene import (
    KlingVideoV15ProEffectsInputEffectScene as KlingVideoV15ProEffectsInputEffectScene,
)
from .kling_video_v15_pro_effects_output import (
    KlingVideoV15ProEffectsOutput as KlingVideoV15ProEffectsOutput,
)
from .kling_video_v15_pro_image_to_video_input import (
    KlingVideoV15ProImageToVideoInput as KlingVideoV15ProImageToVideoInput,
)
from .kling_video_v15_pro_image_to_video_input_aspect_ratio import (
    KlingVideoV15ProImageToVideoInputAspectRatio as KlingVideoV15ProImageToVideoInputAspectRatio,
)
from .kling_video_v15_pro_image_to_video_input_duration import (
    KlingVideoV15ProImageToVideoInputDuration as KlingVideoV15ProImageToVideoInputDuration,
)
from .kling_video_v15_pro_image_to_video_output import (
    KlingVideoV15ProImageToVideoOutput as KlingVideoV15ProImageToVideoOutput,
)
from .kling_video_v15_pro_text_to_video_input import (
    KlingVideoV15ProTextToVideoInput as KlingVideoV15ProTextToVideoInput,
)
from .kling_video_v15_pro_text_to_video_input_aspect_ratio import (
    KlingVideoV15ProTextToVideoInputAspectRatio as KlingVideoV15ProTextToVideoInputAspectRatio,
)
from .kling_video_v15_pro_text_to_video_input_duration import (
    KlingVideoV15ProTextToVideoInputDuration as KlingVideoV15ProTextToVideoInputDuration,
)
from .kling_video_v15_pro_text_to_video_output import (
    KlingVideoV15ProTextToVideoOutput as KlingVideoV15ProTextToVideoOutput,
)
from .kling_video_v16_pro_effects_input import (
    KlingVideoV16ProEffectsInput as KlingVideoV16ProEffectsInput,
)
from .kling_video_v16_pro_effects_input_duration import (
    KlingVideoV16ProEffectsInputDuration as KlingVideoV16ProEffectsInputDuration,
)
from .kling_video_v16_pro_effects_input_effect_scene import (
    KlingVideoV16ProEffectsInputEffectScene as KlingVideoV16ProEffectsInputEffectScene,
)
from .kling_video_v16_pro_effects_output import (
    KlingVideoV16ProEffectsOutput as KlingVideoV16ProEffectsOutput,
)
from .kling_video_v16_pro_elements_input import (
    KlingVideoV16ProElementsInput as KlingVideoV16ProElementsInput,
)
from .kling_video_v16_pro_elements_input_aspect_ratio import (
    KlingVideoV16ProElementsInputAspectRatio as KlingVideoV16ProElementsInputAspectRatio,
)
from .kling_video_v16_pro_elements_input_duration import (
    KlingVideoV16ProElementsInputDuration as KlingVideoV16ProElementsInputDuration,
)
from .kling_video_v16_pro_elements_output import (
    KlingVideoV16ProElementsOutput as KlingVideoV16ProElementsOutput,
)
from .kling_video_v16_pro_image_to_video_input import (
    KlingVideoV16ProImageToVideoInput as KlingVideoV16ProImageToVideoInput,
)
from .kling_video_v16_pro_image_to_video_input_aspect_ratio import (
    KlingVideoV16ProImageToVideoInputAspectRatio as KlingVideoV16ProImageToVideoInputAspectRatio,
)
from .kling_video_v16_pro_image_to_video_input_duration import (
    KlingVideoV16ProImageToVideoInputDuration as KlingVideoV16ProImageToVideoInputDuration,
)
from .kling_video_v16_pro_image_to_video_output import (
    KlingVideoV16ProImageToVideoOutput as KlingVideoV16ProImageToVideoOutput,
)
from .kling_video_v16_pro_text_to_video_input import (
    KlingVideoV16ProTextToVideoInput as KlingVideoV16ProTextToVideoInput,
)
from .kling_video_v16_pro_text_to_video_input_aspect_ratio import (
    KlingVideoV16ProTextToVideoInputAspectRatio as KlingVideoV16ProTextToVideoInputAspectRatio,
)
from .kling_video_v16_pro_text_to_video_input_duration import (
    KlingVideoV16ProTextToVideoInputDuration as KlingVideoV16ProTextToVideoInputDuration,
)
from .kling_video_v16_pro_text_to_video_output import (
    KlingVideoV16ProTextToVideoOutput as KlingVideoV16ProTextToVideoOutput,
)
from .kling_video_v16_standard_effects_input import (
    KlingVideoV16StandardEffectsInput as KlingVideoV16StandardEffectsInput,
)
from .kling_video_v16_standard_effects_input_duration import (
    KlingVideoV16StandardEffectsInputDuration as KlingVideoV16StandardEffectsInputDuration,
)
from .kling_video_v16_standard_effects_input_effect_scene import (
    KlingVideoV16StandardEffectsInputEffectScene as KlingVideoV16StandardEffectsInputEffectScene,
)
from .kling_video_v16_standard_effects_output import (
    KlingVideoV16StandardEffectsOutput as KlingVideoV16StandardEffectsOutput,
)
from .kling_video_v16_standard_elements_input import (
    KlingVideoV16StandardElementsInput as KlingVideoV16StandardElementsInput,
)
from .kling_video_v16_standard_elements_input_aspect_ratio import (
    KlingVideoV16StandardElementsInputAspectRatio as KlingVideoV16StandardElementsInputAspectRatio,
)
from .kling_video_v16_standard_elements_input_duration import (
    KlingVideoV16StandardElementsInputDuration as KlingVideoV16StandardElementsInputDuration,
)
from .kling_video_v16_standard_elements_output import (
    KlingVideoV16StandardElementsOutput as KlingVideoV16StandardElementsOutput,
)
from .kling_video_v16_standard_image_to_video_input import (
    KlingVideoV16StandardImageToVideoInput as KlingVideoV16StandardImageToVideoInput,
)
from .kling_video_v16_standard_image_to_video_input_duration import (
    KlingVideoV16StandardImageToVideoInputDuration as KlingVideoV16StandardImageToVideoInputDuration,
)
from .kling_video_v16_standard_image_to_video_output import (
    KlingVideoV16StandardImageToVideoOutput as KlingVideoV16StandardImageToVideoOutput,
)
from .kling_video_v16_standard_text_to_video_input import (
    KlingVideoV16StandardTextToVideoInput as KlingVideoV16StandardTextToVideoInput,
)
from .kling_video_v16_standard_text_to_video_input_aspect_ratio import (
    KlingVideoV16StandardTextToVideoInputAspectRatio as KlingVideoV16StandardTextToVideoInputAspectRatio,
)
from .kling_video_v16_standard_text_to_video_input_duration import (
    KlingVideoV16StandardTextToVideoInputDuration as KlingVideoV16StandardTextToVideoInputDuration,
)
from .kling_video_v16_standard_text_to_video_output import (
    KlingVideoV16StandardTextToVideoOutput as KlingVideoV16StandardTextToVideoOutput,
)
from .kling_video_v21_master_image_to_video_input import (
    KlingVideoV21MasterImageToVideoInput as KlingVideoV21MasterImageToVideoInput,
)
from .kling_video_v21_master_image_to_video_input_duration import (
    KlingVideoV21MasterImageToVideoInputDuration as KlingVideoV21MasterImageToVideoInputDuration,
)
from .kling_video_v21_master_image_to_video_output import (
    KlingVideoV21MasterImageToVideoOutput as KlingVideoV21MasterImageToVideoOutput,
)
from .kling_video_v21_master_text_to_video_input import (
    KlingVideoV21MasterTextToVideoInput as KlingVideoV21MasterTextToVideoInput,
)
from .kling_video_v21_master_text_to_video_input_aspect_ratio import (
    KlingVideoV21MasterTextToVideoInputAspectRatio as KlingVideoV21MasterTextToVideoInputAspectRatio,
)
from .kling_video_v21_master_text_to_video_input_duration import (
    KlingVideoV21MasterTextToVideoInputDuration as KlingVideoV21MasterTextToVideoInputDuration,
)
from .kling_video_v21_master_text_to_video_output import (
    KlingVideoV21MasterTextToVideoOutput as KlingVideoV21MasterTextToVideoOutput,
)
from .kling_video_v21_pro_image_to_video_input import (
    KlingVideoV21ProImageToVideoInput as KlingVideoV21ProImageToVideoInput,
)
from .kling_video_v21_pro_image_to_video_input_duration import (
    KlingVideoV21ProImageToVideoInputDuration as KlingVideoV21ProImageToVideoInputDuration,
)
from .kling_video_v21_pro_image_to_video_output import (
    KlingVideoV21ProImageToVideoOutput as KlingVideoV21ProImageToVideoOutput,
)
from .kling_video_v21_standard_image_to_video_input import (
    KlingVideoV21StandardImageToVideoInput as KlingVideoV21StandardImageToVideoInput,
)
from .kling_video_v21_standard_image_to_video_input_aspect_ratio import (
    KlingVideoV21StandardImageToVideoInputAspectRatio as KlingVideoV21StandardImageToVideoInputAspectRatio,
)
from .kling_video_v21_standard_image_to_video_input_duration import (
    KlingVideoV21StandardImageToVideoInputDuration as KlingVideoV21StandardImageToVideoInputDuration,
)
from .kling_video_v21_standard_image_to_video_output import (
    KlingVideoV21StandardImageToVideoOutput as KlingVideoV21StandardImageToVideoOutput,
)
from .kling_video_v25_turbo_pro_image_to_video_input import (
    KlingVideoV25TurboProImageToVideoInput as KlingVideoV25TurboProImageToVideoInput,
)
from .kling_video_v25_turbo_pro_image_to_video_input_duration import (
    KlingVideoV25TurboProImageToVideoInputDuration as KlingVideoV25TurboProImageToVideoInputDuration,
)
from .kling_video_v25_turbo_pro_image_to_video_output import (
    KlingVideoV25TurboProImageToVideoOutput as KlingVideoV25TurboProImageToVideoOutput,
)
from .kling_video_v25_turbo_pro_text_to_video_input import (
    KlingVideoV25TurboProTextToVideoInput as KlingVideoV25TurboProTextToVideoInput,
)
from .kling_video_v25_turbo_pro_text_to_video_input_aspect_ratio import (
    KlingVideoV25TurboProTextToVideoInputAspectRatio as KlingVideoV25TurboProTextToVideoInputAspectRatio,
)
from .kling_video_v25_turbo_pro_text_to_video_input_duration import (
    KlingVideoV25TurboProTextToVideoInputDuration as KlingVideoV25TurboProTextToVideoInputDuration,
)
from .kling_video_v25_turbo_pro_text_to_video_output import (
    KlingVideoV25TurboProTextToVideoOutput as KlingVideoV25TurboProTextToVideoOutput,
)
from .kling_video_v25_turbo_standard_image_to_video_input import (
    KlingVideoV25TurboStandardImageToVideoInput as KlingVideoV25TurboStandardImageToVideoInput,
)
from .kling_video_v25_turbo_standard_image_to_video_input_duration import (
    KlingVideoV25TurboStandardImageToVideoInputDuration as KlingVideoV25TurboStandardImageToVideoInputDuration,
)
from .kling_video_v25_turbo_standard_image_to_video_output import (
    KlingVideoV25TurboStandardImageToVideoOutput as KlingVideoV25TurboStandardImageToVideoOutput,
)
from .kling_video_v26_pro_image_to_video_input import (
    KlingVideoV26ProImageToVideoInput as KlingVideoV26ProImageToVideoInput,
)
from .kling_video_v26_pro_image_to_video_input_duration import (
    KlingVideoV26ProImageToVideoInputDuration as KlingVideoV26ProImageToVideoInputDuration,
)
from .kling_video_v26_pro_image_to_video_output import (
    KlingVideoV26ProImageToVideoOutput as KlingVideoV26ProImageToVideoOutput,
)
from .kling_video_v26_pro_motion_control_input import (
    KlingVideoV26ProMotionControlInput as KlingVideoV26ProMotionControlInput,
)
from .kling_video_v26_pro_motion_control_input_character_orientation import (
    KlingVideoV26ProMotionControlInputCharacterOrientation as KlingVideoV26ProMotionControlInputCharacterOrientation,
)
from .kling_video_v26_pro_motion_control_output import (
    KlingVideoV26ProMotionControlOutput as KlingVideoV26ProMotionControlOutput,
)
from .kling_video_v26_pro_text_to_video_input import (
    KlingVideoV26ProTextToVideoInput as KlingVideoV26ProTextToVideoInput,
)
from .kling_video_v26_pro_text_to_video_input_aspect_ratio import (
    KlingVideoV26ProTextToVideoInputAspectRatio as KlingVideoV26ProTextToVideoInputAspectRatio,
)
from .kling_video_v26_pro_text_to_video_input_duration import (
    KlingVideoV26ProTextToVideoInputDuration as KlingVideoV26ProTextToVideoInputDuration,
)
from .kling_video_v26_pro_text_to_video_output import (
    KlingVideoV26ProTextToVideoOutput as KlingVideoV26ProTextToVideoOutput,
)
from .kling_video_v26_standard_motion_control_input import (
    KlingVideoV26StandardMotionControlInput as KlingVideoV26StandardMotionControlInput,
)
from .kling_video_v26_standard_motion_control_input_character_orientation import (
    KlingVideoV26StandardMotionControlInputCharacterOrientation as KlingVideoV26StandardMotionControlInputCharacterOrientation,
)
from .kling_video_v26_standard_motion_control_output import (
    KlingVideoV26StandardMotionControlOutput as KlingVideoV26StandardMotionControlOutput,
)
from .kling_video_video_to_audio_input import (
    KlingVideoVideoToAudioInput as KlingVideoVideoToAudioInput,
)
from .kling_video_video_to_audio_output import (
    KlingVideoVideoToAudioOutput as KlingVideoVideoToAudioOutput,
)
from .kokoro_brazilian_portuguese_input import (
    KokoroBrazilianPortugueseInput as KokoroBrazilianPortugueseInput,
)
from .kokoro_brazilian_portuguese_input_voice import (
    KokoroBrazilianPortugueseInputVoice as KokoroBrazilianPortugueseInputVoice,
)
from .kokoro_brazilian_portuguese_output import (
    KokoroBrazilianPortugueseOutput as KokoroBrazilianPortugueseOutput,
)
from .kokoro_british_english_input import (
    KokoroBritishEnglishInput as KokoroBritishEnglishInput,
)
from .kokoro_british_english_input_voice import (
    KokoroBritishEnglishInputVoice as KokoroBritishEnglishInputVoice,
)
from .kokoro_british_english_output import (
    KokoroBritishEnglishOutput as KokoroBritishEnglishOutput,
)
from .kokoro_french_input import KokoroFrenchInput as KokoroFrenchInput
from .kokoro_french_input_voice import KokoroFrenchInputVoice as KokoroFrenchInputVoice
from .kokoro_french_output import KokoroFrenchOutput as KokoroFrenchOutput
from .kokoro_italian_input import KokoroItalianInput as KokoroItalianInput
from .kokoro_italian_input_voice import (
    KokoroItalianInputVoice as KokoroItalianInputVoice,
)
from .kokoro_italian_output import KokoroItalianOutput as KokoroItalianOutput
from .kokoro_japanese_input import KokoroJapaneseInput as KokoroJapaneseInput
from .kokoro_japanese_input_voice import (
    KokoroJapaneseInputVoice as KokoroJapaneseInputVoice,
)
from .kokoro_japanese_output import KokoroJapaneseOutput as KokoroJapaneseOutput
from .kokoro_mandarin_chinese_input import (
    KokoroMandarinChineseInput as KokoroMandarinChineseInput,
)
from .kokoro_mandarin_chinese_input_voice import (
    KokoroMandarinChineseInputVoice as KokoroMandarinChineseInputVoice,
)
from .kokoro_mandarin_chinese_output import (
    KokoroMandarinChineseOutput as KokoroMandarinChineseOutput,
)
from .kokoro_spanish_input import KokoroSpanishInput as KokoroSpanishInput
from .kokoro_spanish_input_voice import (
    KokoroSpanishInputVoice as KokoroSpanishInputVoice,
)
from .kokoro_spanish_output import KokoroSpanishOutput as KokoroSpanishOutput
from .kolors_input import KolorsInput as KolorsInput
from .kolors_input_image_size_type_1 import (
    KolorsInputImageSizeType1 as KolorsInputImageSizeType1,
)
from .kolors_input_output_format import (
    KolorsInputOutputFormat as KolorsInputOutputFormat,
)
from .kolors_input_scheduler import KolorsInputScheduler as KolorsInputScheduler
from .kolors_output import KolorsOutput as KolorsOutput
from .kolors_output_timings import KolorsOutputTimings as KolorsOutputTimings
from .krea_wan_14b_text_to_video_input import (
    KreaWan14BTextToVideoInput as KreaWan14BTextToVideoInput,
)
from .krea_wan_14b_text_to_video_output import (
    KreaWan14BTextToVideoOutput as KreaWan14BTextToVideoOutput,
)
from .krea_wan_14b_video_to_video_input import (
    KreaWan14BVideoToVideoInput as KreaWan14BVideoToVideoInput,
)
from .krea_wan_14b_video_to_video_output import (
    KreaWan14BVideoToVideoOutput as KreaWan14BVideoToVideoOutput,
)
from .latentsync_input import LatentsyncInput as LatentsyncInput
from .latentsync_input_loop_mode import (
    LatentsyncInputLoopMode as LatentsyncInputLoopMode,
)
from .latentsync_output import LatentsyncOutput as LatentsyncOutput
from .layer_diffusion_input import LayerDiffusionInput as LayerDiffusionInput
from .layer_diffusion_output import LayerDiffusionOutput as LayerDiffusionOutput
from .lcm_input import LcmInput as LcmInput
from .lcm_input_image_size_type_1 import (
    LcmInputImageSizeType1 as LcmInputImageSizeType1,
)
from .lcm_input_model import LcmInputModel as LcmInputModel
from .lcm_output import LcmOutput as LcmOutput
from .lcm_output_timings import LcmOutputTimings as LcmOutputTimings
from .lighting import Lighting as Lighting
from .lightning_models_input import LightningModelsInput as LightningModelsInput
from .lightning_models_input_format import (
    LightningModelsInputFormat as LightningModelsInputFormat,
)
from .lightning_models_input_image_size_type_1 import (
    LightningModelsInputImageSizeType1 as LightningModelsInputImageSizeType1,
)
from .lightning_models_input_safety_checker_version import (
    LightningModelsInputSafetyCheckerVersion as LightningModelsInputSafetyCheckerVersion,
)
from .lightning_models_input_scheduler import (
    LightningModelsInputScheduler as LightningModelsInputScheduler,
)
from .lightning_models_output import LightningModelsOutput as LightningModelsOutput
from .lightning_models_output_timings import (
    LightningModelsOutputTimings as LightningModelsOutputTimings,
)
from .lightx_recamera_input import LightxRecameraInput as LightxRecameraInput
from .lightx_recamera_input_camera import (
    LightxRecameraInputCamera as LightxRecameraInputCamera,
)
from .lightx_recamera_input_mode import (
    LightxRecameraInputMode as LightxRecameraInputMode,
)
from .lightx_recamera_output import LightxRecameraOutput as LightxRecameraOutput
from .lightx_relight_input import LightxRelightInput as LightxRelightInput
from .lightx_relight_input_relit_cond_type import (
    LightxRelightInputRelitCondType as LightxRelightInputRelitCondType,
)
from .lightx_relight_output import LightxRelightOutput as LightxRelightOutput
from .live_avatar_input import LiveAvatarInput as LiveAvatarInput
from .live_avatar_input_acceleration import (
    LiveAvatarInputAcceleration as LiveAvatarInputAcceleration,
)
from .live_avatar_output import LiveAvatarOutput as LiveAvatarOutput
from .live_portrait_input import LivePortraitInput as LivePortraitInput
from .live_portrait_output import LivePortraitOutput as LivePortraitOutput
from .llava_next_input import LlavaNextInput as LlavaNextInput
from .llava_next_output import LlavaNextOutput as LlavaNextOutput
from .lo_ra_input import LoRAInput as LoRAInput
from .lo_ra_input_v16d282 import LoRAInputV16D282 as LoRAInputV16D282
from .lo_ra_weight import LoRAWeight as LoRAWeight
from .lo_ra_weight_ve53469 import LoRAWeightVE53469 as LoRAWeightVE53469
from .lo_ra_weight_ve53469_transformer import (
    LoRAWeightVE53469Transformer as LoRAWeightVE53469Transformer,
)
from .log_entry import LogEntry as LogEntry
from .longcat_image_input import LongcatImageInput as LongcatImageInput
from .longcat_image_input_acceleration import (
    LongcatImageInputAcceleration as LongcatImageInputAcceleration,
)
from .longcat_image_input_image_size_type_1 import (
    LongcatImageInputImageSizeType1 as LongcatImageInputImageSizeType1,
)
from .longcat_image_input_output_format import (
    LongcatImageInputOutputFormat as LongcatImageInputOutputFormat,
)
from .longcat_image_output import LongcatImageOutput as LongcatImageOutput
from .longcat_image_output_timings import (
    LongcatImageOutputTimings as LongcatImageOutputTimings,
)
from .longcat_multi_avatar_image_audio_to_video_input import (
    LongcatMultiAvatarImageAudioToVideoInput as LongcatMultiAvatarImageAudioToVideoInput,
)
from .longcat_multi_avatar_image_audio_to_video_input_audio_type import (
    LongcatMultiAvatarImageAudioToVideoInputAudioType as LongcatMultiAvatarImageAudioToVideoInputAudioType,
)
from .longcat_multi_avatar_image_audio_to_video_input_resolution import (
    LongcatMultiAvatarImageAudioToVideoInputResolution as LongcatMultiAvatarImageAudioToVideoInputResolution,
)
from .longcat_multi_avatar_image_audio_to_video_output import (
    LongcatMultiAvatarImageAudioToVideoOutput as LongcatMultiAvatarImageAudioToVideoOutput,
)
from .longcat_single_avatar_audio_to_video_input import (
    LongcatSingleAvatarAudioToVideoInput as LongcatSingleAvatarAudioToVideoInput,
)
from .longcat_single_avatar_audio_to_video_input_resolution import (
    LongcatSingleAvatarAudioToVideoInputResolution as LongcatSingleAvatarAudioToVideoInputResolution,
)
from .longcat_single_avatar_audio_to_video_output import (
    LongcatSingleAvatarAudioToVideoOutput as LongcatSingleAvatarAudioToVideoOutput,
)
from .longcat_single_avatar_image_audio_to_video_input import (
    LongcatSingleAvatarImageAudioToVideoInput as LongcatSingleAvatarImageAudioToVideoInput,
)
from .longcat_single_avatar_image_audio_to_video_input_resolution import (
    LongcatSingleAvatarImageAudioToVideoInputResolution as LongcatSingleAvatarImageAudioToVideoInputResolution,
)
from .longcat_single_avatar_image_audio_to_video_output import (
    LongcatSingleAvatarImageAudioToVideoOutput as LongcatSingleAvatarImageAudioToVideoOutput,
)
from .longcat_video_distilled_image_to_video_480p_input import (
    LongcatVideoDistilledImageToVideo480PInput as LongcatVideoDistilledImageToVideo480PInput,
)
from .longcat_video_distilled_image_to_video_480p_input_video_output_type import (
    LongcatVideoDistilledImageToVideo480PInputVideoOutputType as LongcatVideoDistilledImageToVideo480PInputVideoOutputType,
)
from .longcat_video_distilled_image_to_video_480p_input_video_quality import (
    LongcatVideoDistilledImageToVideo480PInputVideoQuality as LongcatVideoDistilledImageToVideo480PInputVideoQuality,
)
from .longcat_video_distilled_image_to_video_480p_input_video_write_mode import (
    LongcatVideoDistilledImageToVideo480PInputVideoWriteMode as LongcatVideoDistilledImageToVideo480PInputVideoWriteMode,
)
from .longcat_video_distilled_image_to_video_480p_output import (
    LongcatVideoDistilledImageToVideo480POutput as LongcatVideoDistilledImageToVideo480POutput,
)
from .longcat_video_distilled_image_to_video_720p_input import (
    LongcatVideoDistilledImageToVideo720PInput as LongcatVideoDistilledImageToVideo720PInput,
)
from .longcat_video_distilled_image_to_video_720p_input_video_output_type import (
    LongcatVideoDistilledImageToVideo720PInputVideoOutputType as LongcatVideoDistilledImageToVideo720PInputVideoOutputType,
)
from .longcat_video_distilled_image_to_video_720p_input_video_quality import (
    LongcatVideoDistilledImageToVideo720PInputVideoQuality as LongcatVideoDistilledImageToVideo720PInputVideoQuality,
)
from .longcat_video_distilled_image_to_video_720p_input_video_write_mode import (
    LongcatVideoDistilledImageToVideo720PInputVideoWriteMode as LongcatVideoDistilledImageToVideo720PInputVideoWriteMode,
)
from .longcat_video_distilled_image_to_video_720p_output import (
    LongcatVideoDistilledImageToVideo720POutput as LongcatVideoDistilledImageToVideo720POutput,
)
from .longcat_video_distilled_text_to_video_480p_input import (
    LongcatVideoDistilledTextToVideo480PInput as LongcatVideoDistilledTextToVideo480PInput,
)
from .longcat_video_distilled_text_to_video_480p_input_aspect_ratio import (
    LongcatVideoDistilledTextToVideo480PInputAspectRatio as LongcatVideoDistilledTextToVideo480PInputAspectRatio,
)
from .longcat_video_distilled_text_to_video_480p_input_video_output_type import (
    LongcatVideoDistilledTextToVideo480PInputVideoOutputType as LongcatVideoDistilledTextToVideo480PInputVideoOutputType,
)
from .longcat_video_distilled_text_to_video_480p_input_video_quality import (
    LongcatVideoDistilledTextToVideo480PInputVideoQuality as LongcatVideoDistilledTextToVideo480PInputVideoQuality,
)
from .longcat_video_distilled_text_to_video_480p_input_video_write_mode import (
    LongcatVideoDistilledTextToVideo480PInputVideoWriteMode as LongcatVideoDistilledTextToVideo480PInputVideoWriteMode,
)
from .longcat_video_distilled_text_to_video_480p_output import (
    LongcatVideoDistilledTextToVideo480POutput as LongcatVideoDistilledTextToVideo480POutput,
)
from .longcat_video_distilled_text_to_video_720p_input import (
    LongcatVideoDistilledTextToVideo720PInput as LongcatVideoDistilledTextToVideo720PInput,
)
from .longcat_video_distilled_text_to_video_720p_input_aspect_ratio import (
    LongcatVideoDistilledTextToVideo720PInputAspectRatio as LongcatVideoDistilledTextToVideo720PInputAspectRatio,
)
from .longcat_video_distilled_text_to_video_720p_input_video_output_type import (
    LongcatVideoDistilledTextToVideo720PInputVideoOutputType as LongcatVideoDistilledTextToVideo720PInputVideoOutputType,
)
from .longcat_video_distilled_text_to_video_720p_input_video_quality import (
    LongcatVideoDistilledTextToVideo720PInputVideoQuality as LongcatVideoDistilledTextToVideo720PInputVideoQuality,
)
from .longcat_video_distilled_text_to_video_720p_input_video_write_mode import (
    LongcatVideoDistilledTextToVideo720PInputVideoWriteMode as LongcatVideoDistilledTextToVideo720PInputVideoWriteMode,
)
from .longcat_video_distilled_text_to_video_720p_output import (
    LongcatVideoDistilledTextToVideo720POutput as LongcatVideoDistilledTextToVideo720POutput,
)
from .longcat_video_image_to_video_480p_input import (
    LongcatVideoImageToVideo480PInput as LongcatVideoImageToVideo480PInput,
)
from .longcat_video_image_to_video_480p_input_acceleration import (
    LongcatVideoImageToVideo480PInputAcceleration as LongcatVideoImageToVideo480PInputAcceleration,
)
from .longcat_video_image_to_video_480p_input_video_output_type import (
    LongcatVideoImageToVideo480PInputVideoOutputType as LongcatVideoImageToVideo480PInputVideoOutputType,
)
from .longcat_video_image_to_video_480p_input_video_quality import (
    LongcatVideoImageToVideo480PInputVideoQuality as LongcatVideoImageToVideo480PInputVideoQuality,
)
from .longcat_video_image_to_video_480p_input_video_write_mode import (
    LongcatVideoImageToVideo480PInputVideoWriteMode as LongcatVideoImageToVideo480PInputVideoWriteMode,
)
from .longcat_video_image_to_video_480p_output import (
    LongcatVideoImageToVideo480POutput as LongcatVideoImageToVideo480POutput,
)
from .longcat_video_image_to_video_720p_input import (
    LongcatVideoImageToVideo720PInput as LongcatVideoImageToVideo720PInput,
)
from .longcat_video_image_to_video_720p_input_acceleration import (
    LongcatVideoImageToVideo720PInputAcceleration as LongcatVideoImageToVideo720PInputAcceleration,
)
from .longcat_video_image_to_video_720p_input_video_output_type import (
    LongcatVideoImageToVideo720PInputVideoOutputType as LongcatVideoImageToVideo720PInputVideoOutputType,
)
from .longcat_video_image_to_video_720p_input_video_quality import (
    LongcatVideoImageToVideo720PInputVideoQuality as LongcatVideoImageToVideo720PInputVideoQuality,
)
from .longcat_video_image_to_video_720p_input_video_write_mode import (
    LongcatVideoImageToVideo720PInputVideoWriteMode as LongcatVideoImageToVideo720PInputVideoWriteMode,
)
from .longcat_video_image_to_video_720p_output import (
    LongcatVideoImageToVideo720POutput as LongcatVideoImageToVideo720POutput,
)
from .longcat_video_text_to_video_480p_input import (
    LongcatVideoTextToVideo480PInput as LongcatVideoTextToVideo480PInput,
)
from .longcat_video_text_to_video_480p_input_acceleration import (
    LongcatVideoTextToVideo480PInputAcceleration as LongcatVideoTextToVideo480PInputAcceleration,
)
from .longcat_video_text_to_video_480p_input_aspect_ratio import (
    LongcatVideoTextToVideo480PInputAspectRatio as LongcatVideoTextToVideo480PInputAspectRatio,
)
from .longcat_video_text_to_video_480p_input_video_output_type import (
    LongcatVideoTextToVideo480PInputVideoOutputType as LongcatVideoTextToVideo480PInputVideoOutputType,
)
from .longcat_video_text_to_video_480p_input_video_quality import (
    LongcatVideoTextToVideo480PInputVideoQuality as LongcatVideoTextToVideo480PInputVideoQuality,
)
from .longcat_video_text_to_video_480p_input_video_write_mode import (
    LongcatVideoTextToVideo480PInputVideoWriteMode as LongcatVideoTextToVideo480PInputVideoWriteMode,
)
from .longcat_video_text_to_video_480p_output import (
    LongcatVideoTextToVideo480POutput as LongcatVideoTextToVideo480POutput,
)
from .longcat_video_text_to_video_720p_input import (
    LongcatVideoTextToVideo720PInput as LongcatVideoTextToVideo720PInput,
)
from .longcat_video_text_to_video_720p_input_acceleration import (
    LongcatVideoTextToVideo720PInputAcceleration as LongcatVideoTextToVideo720PInputAcceleration,
)
from .longcat_video_text_to_video_720p_input_aspect_ratio import (
    LongcatVideoTextToVideo720PInputAspectRatio as LongcatVideoTextToVideo720PInputAspectRatio,
)
from .longcat_video_text_to_video_720p_input_video_output_type import (
    LongcatVideoTextToVideo720PInputVideoOutputType as LongcatVideoTextToVideo720PInputVideoOutputType,
)
from .longcat_video_text_to_video_720p_input_video_quality import (
    LongcatVideoTextToVideo720PInputVideoQuality as LongcatVideoTextToVideo720PInputVideoQuality,
)
from .longcat_video_text_to_video_720p_input_video_write_mode import (
    LongcatVideoTextToVideo720PInputVideoWriteMode as LongcatVideoTextToVideo720PInputVideoWriteMode,
)
from .longcat_video_text_to_video_720p_output import (
    LongcatVideoTextToVideo720POutput as LongcatVideoTextToVideo720POutput,
)
from .lora_input import LoraInput as LoraInput
from .lora_input_image_format import LoraInputImageFormat as LoraInputImageFormat
from .lora_input_image_size_type_1 import (
    LoraInputImageSizeType1 as LoraInputImageSizeType1,
)
from .lora_input_prediction_type import (
    LoraInputPredictionType as LoraInputPredictionType,
)
from .lora_input_scheduler import LoraInputScheduler as LoraInputScheduler
from .lora_output import LoraOutput as LoraOutput
from .lora_weight import LoraWeight as LoraWeight
from .lora_weight_v8af06b import LoraWeightV8AF06B as LoraWeightV8AF06B
from .lora_weight_va6140d import LoraWeightVA6140D as LoraWeightVA6140D
from .lora_weight_vc2b0d4 import LoraWeightVC2B0D4 as LoraWeightVC2B0D4
from .lora_weight_vc2b0d4_scale_type_0 import (
    LoraWeightVC2B0D4ScaleType0 as LoraWeightVC2B0D4ScaleType0,
)
from .lora_weight_vd00495 import LoraWeightVD00495 as LoraWeightVD00495
from .lora_weight_vf430d9 import LoraWeightVF430D9 as LoraWeightVF430D9
from .loudness_normalization_setting import (
    LoudnessNormalizationSetting as LoudnessNormalizationSetting,
)
from .loudnorm_summary import LoudnormSummary as LoudnormSummary
from .ltx_2_image_to_video_fast_input import (
    Ltx2ImageToVideoFastInput as Ltx2ImageToVideoFastInput,
)
from .ltx_2_image_to_video_fast_input_aspect_ratio import (
    Ltx2ImageToVideoFastInputAspectRatio as Ltx2ImageToVideoFastInputAspectRatio,
)
from .ltx_2_image_to_video_fast_input_duration import (
    Ltx2ImageToVideoFastInputDuration as Ltx2ImageToVideoFastInputDuration,
)
from .ltx_2_image_to_video_fast_input_fps import (
    Ltx2ImageToVideoFastInputFps as Ltx2ImageToVideoFastInputFps,
)
from .ltx_2_image_to_video_fast_input_resolution import (
    Ltx2ImageToVideoFastInputResolution as Ltx2ImageToVideoFastInputResolution,
)
from .ltx_2_image_to_video_fast_output import (
    Ltx2ImageToVideoFastOutput as Ltx2ImageToVideoFastOutput,
)
from .ltx_2_image_to_video_input import Ltx2ImageToVideoInput as Ltx2ImageToVideoInput
from .ltx_2_image_to_video_input_aspect_ratio import (
    Ltx2ImageToVideoInputAspectRatio as Ltx2ImageToVideoInputAspectRatio,
)
from .ltx_2_image_to_video_input_duration import (
    Ltx2ImageToVideoInputDuration as Ltx2ImageToVideoInputDuration,
)
from .ltx_2_image_to_video_input_fps import (
    Ltx2ImageToVideoInputFps as Ltx2ImageToVideoInputFps,
)
from .ltx_2_image_to_video_input_resolution import (
    Ltx2ImageToVideoInputResolution as Ltx2ImageToVideoInputResolution,
)
from .ltx_2_image_to_video_output import (
    Ltx2ImageToVideoOutput as Ltx2ImageToVideoOutput,
)
from .ltx_2_retake_video_input import Ltx2RetakeVideoInput as Ltx2RetakeVideoInput
from .ltx_2_retake_video_input_retake_mode import (
    Ltx2RetakeVideoInputRetakeMode as Ltx2RetakeVideoInputRetakeMode,
)
from .ltx_2_retake_video_output import Ltx2RetakeVideoOutput as Ltx2RetakeVideoOutput
from .ltx_2_text_to_video_input import Ltx2TextToVideoInput as Ltx2TextToVideoInput
from .ltx_2_text_to_video_input_aspect_ratio import (
    Ltx2TextToVideoInputAspectRatio as Ltx2TextToVideoInputAspectRatio,
)
from .ltx_2_text_to_video_input_duration import (
    Ltx2TextToVideoInputDuration as Ltx2TextToVideoInputDuration,
)
from .ltx_2_text_to_video_input_fps import (
    Ltx2TextToVideoInputFps as Ltx2TextToVideoInputFps,
)
from .ltx_2_text_to_video_input_resolution import (
    Ltx2TextToVideoInputResolution as Ltx2TextToVideoInputResolution,
)
from .ltx_2_text_to_video_output import Ltx2TextToVideoOutput as Ltx2TextToVideoOutput
from .ltx_2v2v_trainer_input import Ltx2V2VTrainerInput as Ltx2V2VTrainerInput
from .ltx_2v2v_trainer_input_aspect_ratio import (
    Ltx2V2VTrainerInputAspectRatio as Ltx2V2VTrainerInputAspectRatio,
)
from .ltx_2v2v_trainer_input_rank import (
    Ltx2V2VTrainerInputRank as Ltx2V2VTrainerInputRank,
)
from .ltx_2v2v_trainer_input_resolution import (
    Ltx2V2VTrainerInputResolution as Ltx2V2VTrainerInputResolution,
)
from .ltx_2v2v_trainer_input_validation_aspect_ratio import (
    Ltx2V2VTrainerInputValidationAspectRatio as Ltx2V2VTrainerInputValidationAspectRatio,
)
from .ltx_2v2v_trainer_input_validation_resolution import (
    Ltx2V2VTrainerInputValidationResolution as Ltx2V2VTrainerInputValidationResolution,
)
from .ltx_2v2v_trainer_output import Ltx2V2VTrainerOutput as Ltx2V2VTrainerOutput
from .ltx_219b_audio_to_video_input import (
    Ltx219BAudioToVideoInput as Ltx219BAudioToVideoInput,
)
from .ltx_219b_audio_to_video_input_acceleration import (
    Ltx219BAudioToVideoInputAcceleration as Ltx219BAudioToVideoInputAcceleration,
)
from .ltx_219b_audio_to_video_input_camera_lora import (
    Ltx219BAudioToVideoInputCameraLora as Ltx219BAudioToVideoInputCameraLora,
)
from .ltx_219b_audio_to_video_input_video_output_type import (
    Ltx219BAudioToVideoInputVideoOutputType as Ltx219BAudioToVideoInputVideoOutputType,
)
from .ltx_219b_audio_to_video_input_video_quality import (
    Ltx219BAudioToVideoInputVideoQuality as Ltx219BAudioToVideoInputVideoQuality,
)
from .ltx_219b_audio_to_video_input_video_size_type_1 import (
    Ltx219BAudioToVideoInputVideoSizeType1 as Ltx219BAudioToVideoInputVideoSizeType1,
)
from .ltx_219b_audio_to_video_input_video_write_mode import (
    Ltx219BAudioToVideoInputVideoWriteMode as Ltx219BAudioToVideoInputVideoWriteMode,
)
from .ltx_219b_audio_to_video_lora_input import (
    Ltx219BAudioToVideoLoraInput as Ltx219BAudioToVideoLoraInput,
)
from .ltx_219b_audio_to_video_lora_input_acceleration import (
    Ltx219BAudioToVideoLoraInputAcceleration as Ltx219BAudioToVideoLoraInputAcceleration,
)
from .ltx_219b_audio_to_video_lora_input_camera_lora import (
    Ltx219BAudioToVideoLoraInputCameraLora as Ltx219BAudioToVideoLoraInputCameraLora,
)
from .ltx_219b_audio_to_video_lora_input_video_output_type import (
    Ltx219BAudioToVideoLoraInputVideoOutputType as Ltx219BAudioToVideoLoraInputVideoOutputType,
)
from .ltx_219b_audio_to_video_lora_input_video_quality import (
    Ltx219BAudioToVideoLoraInputVideoQuality as Ltx219BAudioToVideoLoraInputVideoQuality,
)
from .ltx_219b_audio_to_video_lora_input_video_size_type_1 import (
    Ltx219BAudioToVideoLoraInputVideoSizeType1 as Ltx219BAudioToVideoLoraInputVideoSizeType1,
)
from .ltx_219b_audio_to_video_lora_input_video_write_mode import (
    Ltx219BAudioToVideoLoraInputVideoWriteMode as Ltx219BAudioToVideoLoraInputVideoWriteMode,
)
from .ltx_219b_audio_to_video_lora_output import (
    Ltx219BAudioToVideoLoraOutput as Ltx219BAudioToVideoLoraOutput,
)
from .ltx_219b_audio_to_video_output import (
    Ltx219BAudioToVideoOutput as Ltx219BAudioToVideoOutput,
)
from .ltx_219b_distilled_audio_to_video_input import (
    Ltx219BDistilledAudioToVideoInput as Ltx219BDistilledAudioToVideoInput,
)
from .ltx_219b_distilled_audio_to_video_input_acceleration import (
    Ltx219BDistilledAudioToVideoInputAcceleration as Ltx219BDistilledAudioToVideoInputAcceleration,
)
from .ltx_219b_distilled_audio_to_video_input_camera_lora import (
    Ltx219BDistilledAudioToVideoInputCameraLora as Ltx219BDistilledAudioToVideoInputCameraLora,
)
from .ltx_219b_distilled_audio_to_video_input_video_output_type import (
    Ltx219BDistilledAudioToVideoInputVideoOutputType as Ltx219BDistilledAudioToVideoInputVideoOutputType,
)
from .ltx_219b_distilled_audio_to_video_input_video_quality import (
    Ltx219BDistilledAudioToVideoInputVideoQuality as Ltx219BDistilledAudioToVideoInputVideoQuality,
)
from .ltx_219b_distilled_audio_to_video_input_video_size_type_1 import (
    Ltx219BDistilledAudioToVideoInputVideoSizeType1 as Ltx219BDistilledAudioToVideoInputVideoSizeType1,
)
from .ltx_219b_distilled_audio_to_video_input_video_write_mode import (
    Ltx219BDistilledAudioToVideoInputVideoWriteMode as Ltx219BDistilledAudioToVideoInputVideoWriteMode,
)
from .ltx_219b_distilled_audio_to_video_lora_input import (
    Ltx219BDistilledAudioToVideoLoraInput as Ltx219BDistilledAudioToVideoLoraInput,
)
from .ltx_219b_distilled_audio_to_video_lora_input_acceleration import (
    Ltx219BDistilledAudioToVideoLoraInputAcceleration as Ltx219BDistilledAudioToVideoLoraInputAcceleration,
)
from .ltx_219b_distilled_audio_to_video_lora_input_camera_lora import (
    Ltx219BDistilledAudioToVideoLoraInputCameraLora as Ltx219BDistilledAudioToVideoLoraInputCameraLora,
)
from .ltx_219b_distilled_audio_to_video_lora_input_video_output_type import (
    Ltx219BDistilledAudioToVideoLoraInputVideoOutputType as Ltx219BDistilledAudioToVideoLoraInputVideoOutputType,
)
from .ltx_219b_distilled_audio_to_video_lora_input_video_quality import (
    Ltx219BDistilledAudioToVideoLoraInputVideoQuality as Ltx219BDistilledAudioToVideoLoraInputVideoQuality,
)
from .ltx_219b_distilled_audio_to_video_lora_input_video_size_type_1 import (
    Ltx219BDistilledAudioToVideoLoraInputVideoSizeType1 as Ltx219BDistilledAudioToVideoLoraInputVideoSizeType1,
)
from .ltx_219b_distilled_audio_to_video_lora_input_video_write_mode import (
    Ltx219BDistilledAudioToVideoLoraInputVideoWriteMode as Ltx219BDistilledAudioToVideoLoraInputVideoWriteMode,
)
from .ltx_219b_distilled_audio_to_video_lora_output import (
    Ltx219BDistilledAudioToVideoLoraOutput as Ltx219BDistilledAudioToVideoLoraOutput,
)
from .ltx_219b_distilled_audio_to_video_output import (
    Ltx219BDistilledAudioToVideoOutput as Ltx219BDistilledAudioToVideoOutput,
)
from .ltx_219b_distilled_extend_video_input import (
    Ltx219BDistilledExtendVideoInput as Ltx219BDistilledExtendVideoInput,
)
from .ltx_219b_distilled_extend_video_input_acceleration import (
    Ltx219BDistilledExtendVideoInputAcceleration as Ltx219BDistilledExtendVideoInputAcceleration,
)
from .ltx_219b_distilled_extend_video_input_camera_lora import (
    Ltx219BDistilledExtendVideoInputCameraLora as Ltx219BDistilledExtendVideoInputCameraLora,
)
from .ltx_219b_distilled_extend_video_input_video_output_type import (
    Ltx219BDistilledExtendVideoInputVideoOutputType as Ltx219BDistilledExtendVideoInputVideoOutputType,
)
from .ltx_219b_distilled_extend_video_input_video_quality import (
    Ltx219BDistilledExtendVideoInputVideoQuality as Ltx219BDistilledExtendVideoInputVideoQuality,
)
from .ltx_219b_distilled_extend_video_input_video_size_type_1 import (
    Ltx219BDistilledExtendVideoInputVideoSizeType1 as Ltx219BDistilledExtendVideoInputVideoSizeType1,
)
from .ltx_219b_distilled_extend_video_input_video_write_mode import (
    Ltx219BDistilledExtendVideoInputVideoWriteMode as Ltx219BDistilledExtendVideoInputVideoWriteMode,
)
from .ltx_219b_distilled_extend_video_output import (
    Ltx219BDistilledExtendVideoOutput as Ltx219BDistilledExtendVideoOutput,
)
from .ltx_219b_distilled_image_to_video_input import (
    Ltx219BDistilledImageToVideoInput as Ltx219BDistilledImageToVideoInput,
)
from .ltx_219b_distilled_image_to_video_input_acceleration import (
    Ltx219BDistilledImageToVideoInputAcceleration as Ltx219BDistilledImageToVideoInputAcceleration,
)
from .ltx_219b_distilled_image_to_video_input_camera_lora import (
    Ltx219BDistilledImageToVideoInputCameraLora as Ltx219BDistilledImageToVideoInputCameraLora,
)
from .ltx_219b_distilled_image_to_video_input_video_output_type import (
    Ltx219BDistilledImageToVideoInputVideoOutputType as Ltx219BDistilledImageToVideoInputVideoOutputType,
)
from .ltx_219b_distilled_image_to_video_input_video_quality import (
    Ltx219BDistilledImageToVideoInputVideoQuality as Ltx219BDistilledImageToVideoInputVideoQuality,
)
from .ltx_219b_distilled_image_to_video_input_video_size_type_1 import (
    Ltx219BDistilledImageToVideoInputVideoSizeType1 as Ltx219BDistilledImageToVideoInputVideoSizeType1,
)
from .ltx_219b_distilled_image_to_video_input_video_write_mode import (
    Ltx219BDistilledImageToVideoInputVideoWriteMode as Ltx219BDistilledImageToVideoInputVideoWriteMode,
)
from .ltx_219b_distilled_image_to_video_output import (
    Ltx219BDistilledImageToVideoOutput as Ltx219BDistilledImageToVideoOutput,
)
from .ltx_219b_distilled_text_to_video_input import (
    Ltx219BDistilledTextToVideoInput as Ltx219BDistilledTextToVideoInput,
)
from .ltx_219b_distilled_text_to_video_input_acceleration import (
    Ltx219BDistilledTextToVideoInputAcceleration as Ltx219BDistilledTextToVideoInputAcceleration,
)
from .ltx_219b_distilled_text_to_video_input_camera_lora import (
    Ltx219BDistilledTextToVideoInputCameraLora as Ltx219BDistilledTextToVideoInputCameraLora,
)
from .ltx_219b_distilled_text_to_video_input_video_output_type import (
    Ltx219BDistilledTextToVideoInputVideoOutputType as Ltx219BDistilledTextToVideoInputVideoOutputType,
)
from .ltx_219b_distilled_text_to_video_input_video_quality import (
    Ltx219BDistilledTextToVideoInputVideoQuality as Ltx219BDistilledTextToVideoInputVideoQuality,
)
from .ltx_219b_distilled_text_to_video_input_video_size_type_1 import (
    Ltx219BDistilledTextToVideoInputVideoSizeType1 as Ltx219BDistilledTextToVideoInputVideoSizeType1,
)
from .ltx_219b_distilled_text_to_video_input_video_write_mode import (
    Ltx219BDistilledTextToVideoInputVideoWriteMode as Ltx219BDistilledTextToVideoInputVideoWriteMode,
)
from .ltx_219b_distilled_text_to_video_lora_input import (
    Ltx219BDistilledTextToVideoLoraInput as Ltx219BDistilledTextToVideoLoraInput,
)
from .ltx_219b_distilled_text_to_video_lora_input_acceleration import (
    Ltx219BDistilledTextToVideoLoraInputAcceleration as Ltx219BDistilledTextToVideoLoraInputAcceleration,
)
from .ltx_219b_distilled_text_to_video_lora_input_camera_lora import (
    Ltx219BDistilledTextToVideoLoraInputCameraLora as Ltx219BDistilledTextToVideoLoraInputCameraLora,
)
from .ltx_219b_distilled_text_to_video_lora_input_video_output_type import (
    Ltx219BDistilledTextToVideoLoraInputVideoOutputType as Ltx219BDistilledTextToVideoLoraInputVideoOutputType,
)
from .ltx_219b_distilled_text_to_video_lora_input_video_quality import (
    Ltx219BDistilledTextToVideoLoraInputVideoQuality as Ltx219BDistilledTextToVideoLoraInputVideoQuality,
)
from .ltx_219b_distilled_text_to_video_lora_input_video_size_type_1 import (
    Ltx219BDistilledTextToVideoLoraInputVideoSizeType1 as Ltx219BDistilledTextToVideoLoraInputVideoSizeType1,
)
from .ltx_219b_distilled_text_to_video_lora_input_video_write_mode import (
    Ltx219BDistilledTextToVideoLoraInputVideoWriteMode as Ltx219BDistilledTextToVideoLoraInputVideoWriteMode,
)
from .ltx_219b_distilled_text_to_video_lora_output import (
    Ltx219BDistilledTextToVideoLoraOutput as Ltx219BDistilledTextToVideoLoraOutput,
)
from .ltx_219b_distilled_text_to_video_output import (
    Ltx219BDistilledTextToVideoOutput as Ltx219BDistilledTextToVideoOutput,
)
from .ltx_219b_distilled_video_to_video_input import (
    Ltx219BDistilledVideoToVideoInput as Ltx219BDistilledVideoToVideoInput,
)
from .ltx_219b_distilled_video_to_video_input_acceleration import (
    Ltx219BDistilledVideoToVideoInputAcceleration as Ltx219BDistilledVideoToVideoInputAcceleration,
)
from .ltx_219b_distilled_video_to_video_input_camera_lora import (
    Ltx219BDistilledVideoToVideoInputCameraLora as Ltx219BDistilledVideoToVideoInputCameraLora,
)
from .ltx_219b_distilled_video_to_video_input_ic_lora import (
    Ltx219BDistilledVideoToVideoInputIcLora as Ltx219BDistilledVideoToVideoInputIcLora,
)
from .ltx_219b_distilled_video_to_video_input_preprocessor import (
    Ltx219BDistilledVideoToVideoInputPreprocessor as Ltx219BDistilledVideoToVideoInputPreprocessor,
)
from .ltx_219b_distilled_video_to_video_input_video_output_type import (
    Ltx219BDistilledVideoToVideoInputVideoOutputType as Ltx219BDistilledVideoToVideoInputVideoOutputType,
)
from .ltx_219b_distilled_video_to_video_input_video_quality import (
    Ltx219BDistilledVideoToVideoInputVideoQuality as Ltx219BDistilledVideoToVideoInputVideoQuality,
)
from .ltx_219b_distilled_video_to_video_input_video_size_type_1 import (
    Ltx219BDistilledVideoToVideoInputVideoSizeType1 as Ltx219BDistilledVideoToVideoInputVideoSizeType1,
)
from .ltx_219b_distilled_video_to_video_input_video_write_mode import (
    Ltx219BDistilledVideoToVideoInputVideoWriteMode as Ltx219BDistilledVideoToVideoInputVideoWriteMode,
)
from .ltx_219b_distilled_video_to_video_lora_input import (
    Ltx219BDistilledVideoToVideoLoraInput as Ltx219BDistilledVideoToVideoLoraInput,
)
from .ltx_219b_distilled_video_to_video_lora_input_acceleration import (
    Ltx219BDistilledVideoToVideoLoraInputAcceleration as Ltx219BDistilledVideoToVideoLoraInputAcceleration,
)
from .ltx_219b_distilled_video_to_video_lora_input_camera_lora import (
    Ltx219BDistilledVideoToVideoLoraInputCameraLora as Ltx219BDistilledVideoToVideoLoraInputCameraLora,
)
from .ltx_219b_distilled_video_to_video_lora_input_ic_lora import (
    Ltx219BDistilledVideoToVideoLoraInputIcLora as Ltx219BDistilledVideoToVideoLoraInputIcLora,
)
from .ltx_219b_distilled_video_to_video_lora_input_preprocessor import (
    Ltx219BDistilledVideoToVideoLoraInputPreprocessor as Ltx219BDistilledVideoToVideoLoraInputPreprocessor,
)
from .ltx_219b_distilled_video_to_video_lora_input_video_output_type import (
    Ltx219BDistilledVideoToVideoLoraInputVideoOutputType as Ltx219BDistilledVideoToVideoLoraInputVideoOutputType,
)
from .ltx_219b_distilled_video_to_video_lora_input_video_quality import (
    Ltx219BDistilledVideoToVideoLoraInputVideoQuality as Ltx219BDistilledVideoToVideoLoraInputVideoQuality,
)
from .ltx_219b_distilled_video_to_video_lora_input_video_size_type_1 import (
    Ltx219BDistilledVideoToVideoLoraInputVideoSizeType1 as Ltx219BDistilledVideoToVideoLoraInputVideoSizeType1,
)
from .ltx_219b_distilled_video_to_video_lora_input_video_write_mode import (
    Ltx219BDistilledVideoToVideoLoraInputVideoWriteMode as Ltx219BDistilledVideoToVideoLoraInputVideoWriteMode,
)
from .ltx_219b_distilled_video_to_video_lora_output import (
    Ltx219BDistilledVideoToVideoLoraOutput as Ltx219BDistilledVideoToVideoLoraOutput,
)
from .ltx_219b_distilled_video_to_video_output import (
    Ltx219BDistilledVideoToVideoOutput as Ltx219BDistilledVideoToVideoOutput,
)
from .ltx_219b_extend_video_input import (
    Ltx219BExtendVideoInput as Ltx219BExtendVideoInput,
)
from .ltx_219b_extend_video_input_acceleration import (
    Ltx219BExtendVideoInputAcceleration as Ltx219BExtendVideoInputAcceleration,
)
from .ltx_219b_extend_video_input_camera_lora import (
    Ltx219BExtendVideoInputCameraLora as Ltx219BExtendVideoInputCameraLora,
)
from .ltx_219b_extend_video_input_video_output_type import (
    Ltx219BExtendVideoInputVideoOutputType as Ltx219BExtendVideoInputVideoOutputType,
)
from .ltx_219b_extend_video_input_video_quality import (
    Ltx219BExtendVideoInputVideoQuality as Ltx219BExtendVideoInputVideoQuality,
)
from .ltx_219b_extend_video_input_video_size_type_1 import (
    Ltx219BExtendVideoInputVideoSizeType1 as Ltx219BExtendVideoInputVideoSizeType1,
)
from .ltx_219b_extend_video_input_video_write_mode import (
    Ltx219BExtendVideoInputVideoWriteMode as Ltx219BExtendVideoInputVideoWriteMode,
)
from .ltx_219b_extend_video_output import (
    Ltx219BExtendVideoOutput as Ltx219BExtendVideoOutput,
)
from .ltx_219b_image_to_video_input import (
    Ltx219BImageToVideoInput as Ltx219BImageToVideoInput,
)
from .ltx_219b_image_to_video_input_acceleration import (
    Ltx219BImageToVideoInputAcceleration as Ltx219BImageToVideoInputAcceleration,
)
from .ltx_219b_image_to_video_input_camera_lora import (
    Ltx219BImageToVideoInputCameraLora as Ltx219BImageToVideoInputCameraLora,
)
from .ltx_219b_image_to_video_input_video_output_type import (
    Ltx219BImageToVideoInputVideoOutputType as Ltx219BImageToVideoInputVideoOutputType,
)
from .ltx_219b_image_to_video_input_video_quality import (
    Ltx219BImageToVideoInputVideoQuality as Ltx219BImageToVideoInputVideoQuality,
)
from .ltx_219b_image_to_video_input_video_size_type_1 import (
    Ltx219BImageToVideoInputVideoSizeType1 as Ltx219BImageToVideoInputVideoSizeType1,
)
from .ltx_219b_image_to_video_input_video_write_mode import (
    Ltx219BImageToVideoInputVideoWriteMode as Ltx219BImageToVideoInputVideoWriteMode,
)
from .ltx_219b_image_to_video_lora_input import (
    Ltx219BImageToVideoLoraInput as Ltx219BImageToVideoLoraInput,
)
from .ltx_219b_image_to_video_lora_input_acceleration import (
    Ltx219BImageToVideoLoraInputAcceleration as Ltx219BImageToVideoLoraInputAcceleration,
)
from .ltx_219b_image_to_video_lora_input_camera_lora import (
    Ltx219BImageToVideoLoraInputCameraLora as Ltx219BImageToVideoLoraInputCameraLora,
)
from .ltx_219b_image_to_video_lora_input_video_output_type import (
    Ltx219BImageToVideoLoraInputVideoOutputType as Ltx219BImageToVideoLoraInputVideoOutputType,
)
from .ltx_219b_image_to_video_lora_input_video_quality import (
    Ltx219BImageToVideoLoraInputVideoQuality as Ltx219BImageToVideoLoraInputVideoQuality,
)
from .ltx_219b_image_to_video_lora_input_video_size_type_1 import (
    Ltx219BImageToVideoLoraInputVideoSizeType1 as Ltx219BImageToVideoLoraInputVideoSizeType1,
)
from .ltx_219b_image_to_video_lora_input_video_write_mode import (
    Ltx219BImageToVideoLoraInputVideoWriteMode as Ltx219BImageToVideoLoraInputVideoWriteMode,
)
from .ltx_219b_image_to_video_lora_output import (
    Ltx219BImageToVideoLoraOutput as Ltx219BImageToVideoLoraOutput,
)
from .ltx_219b_image_to_video_output import (
    Ltx219BImageToVideoOutput as Ltx219BImageToVideoOutput,
)
from .ltx_219b_text_to_video_input import (
    Ltx219BTextToVideoInput as Ltx219BTextToVideoInput,
)
from .ltx_219b_text_to_video_input_acceleration import (
    Ltx219BTextToVideoInputAcceleration as Ltx219BTextToVideoInputAcceleration,
)
from .ltx_219b_text_to_video_input_camera_lora import (
    Ltx219BTextToVideoInputCameraLora as Ltx219BTextToVideoInputCameraLora,
)
from .ltx_219b_text_to_video_input_video_output_type import (
    Ltx219BTextToVideoInputVideoOutputType as Ltx219BTextToVideoInputVideoOutputType,
)
from .ltx_219b_text_to_video_input_video_quality import (
    Ltx219BTextToVideoInputVideoQuality as Ltx219BTextToVideoInputVideoQuality,
)
from .ltx_219b_text_to_video_input_video_size_type_1 import (
    Ltx219BTextToVideoInputVideoSizeType1 as Ltx219BTextToVideoInputVideoSizeType1,
)
from .ltx_219b_text_to_video_input_video_write_mode import (
    Ltx219BTextToVideoInputVideoWriteMode as Ltx219BTextToVideoInputVideoWriteMode,
)
from .ltx_219b_text_to_video_lora_input import (
    Ltx219BTextToVideoLoraInput as Ltx219BTextToVideoLoraInput,
)
from .ltx_219b_text_to_video_lora_input_acceleration import (
    Ltx219BTextToVideoLoraInputAcceleration as Ltx219BTextToVideoLoraInputAcceleration,
)
from .ltx_219b_text_to_video_lora_input_camera_lora import (
    Ltx219BTextToVideoLoraInputCameraLora as Ltx219BTextToVideoLoraInputCameraLora,
)
from .ltx_219b_text_to_video_lora_input_video_output_type import (
    Ltx219BTextToVideoLoraInputVideoOutputType as Ltx219BTextToVideoLoraInputVideoOutputType,
)
from .ltx_219b_text_to_video_lora_input_video_quality import (
    Ltx219BTextToVideoLoraInputVideoQuality as Ltx219BTextToVideoLoraInputVideoQuality,
)
from .ltx_219b_text_to_video_lora_input_video_size_type_1 import (
    Ltx219BTextToVideoLoraInputVideoSizeType1 as Ltx219BTextToVideoLoraInputVideoSizeType1,
)
from .ltx_219b_text_to_video_lora_input_video_write_mode import (
    Ltx219BTextToVideoLoraInputVideoWriteMode as Ltx219BTextToVideoLoraInputVideoWriteMode,
)
from .ltx_219b_text_to_video_lora_output import (
    Ltx219BTextToVideoLoraOutput as Ltx219BTextToVideoLoraOutput,
)
from .ltx_219b_text_to_video_output import (
    Ltx219BTextToVideoOutput as Ltx219BTextToVideoOutput,
)
from .ltx_219b_video_to_video_input import (
    Ltx219BVideoToVideoInput as Ltx219BVideoToVideoInput,
)
from .ltx_219b_video_to_video_input_acceleration import (
    Ltx219BVideoToVideoInputAcceleration as Ltx219BVideoToVideoInputAcceleration,
)
from .ltx_219b_video_to_video_input_camera_lora import (
    Ltx219BVideoToVideoInputCameraLora as Ltx219BVideoToVideoInputCameraLora,
)
from .ltx_219b_video_to_video_input_ic_lora import (
    Ltx219BVideoToVideoInputIcLora as Ltx219BVideoToVideoInputIcLora,
)
from .ltx_219b_video_to_video_input_preprocessor import (
    Ltx219BVideoToVideoInputPreprocessor as Ltx219BVideoToVideoInputPreprocessor,
)
from .ltx_219b_video_to_video_input_video_output_type import (
    Ltx219BVideoToVideoInputVideoOutputType as Ltx219BVideoToVideoInputVideoOutputType,
)
from .ltx_219b_video_to_video_input_video_quality import (
    Ltx219BVideoToVideoInputVideoQuality as Ltx219BVideoToVideoInputVideoQuality,
)
from .ltx_219b_video_to_video_input_video_size_type_1 import (
    Ltx219BVideoToVideoInputVideoSizeType1 as Ltx219BVideoToVideoInputVideoSizeType1,
)
from .ltx_219b_video_to_video_input_video_write_mode import (
    Ltx219BVideoToVideoInputVideoWriteMode as Ltx219BVideoToVideoInputVideoWriteMode,
)
from .ltx_219b_video_to_video_lora_input import (
    Ltx219BVideoToVideoLoraInput as Ltx219BVideoToVideoLoraInput,
)
from .ltx_219b_video_to_video_lora_input_acceleration import (
    Ltx219BVideoToVideoLoraInputAcceleration as Ltx219BVideoToVideoLoraInputAcceleration,
)
from .ltx_219b_video_to_video_lora_input_camera_lora import (
    Ltx219BVideoToVideoLoraInputCameraLora as Ltx219BVideoToVideoLoraInputCameraLora,
)
from .ltx_219b_video_to_video_lora_input_ic_lora import (
    Ltx219BVideoToVideoLoraInputIcLora as Ltx219BVideoToVideoLoraInputIcLora,
)
from .ltx_219b_video_to_video_lora_input_preprocessor import (
    Ltx219BVideoToVideoLoraInputPreprocessor as Ltx219BVideoToVideoLoraInputPreprocessor,
)
from .ltx_219b_video_to_video_lora_input_video_output_type import (
    Ltx219BVideoToVideoLoraInputVideoOutputType as Ltx219BVideoToVideoLoraInputVideoOutputType,
)
from .ltx_219b_video_to_video_lora_input_video_quality import (
    Ltx219BVideoToVideoLoraInputVideoQuality as Ltx219BVideoToVideoLoraInputVideoQuality,
)
from .ltx_219b_video_to_video_lora_input_video_size_type_1 import (
    Ltx219BVideoToVideoLoraInputVideoSizeType1 as Ltx219BVideoToVideoLoraInputVideoSizeType1,
)
from .ltx_219b_video_to_video_lora_input_video_write_mode import (
    Ltx219BVideoToVideoLoraInputVideoWriteMode as Ltx219BVideoToVideoLoraInputVideoWriteMode,
)
from .ltx_219b_video_to_video_lora_output import (
    Ltx219BVideoToVideoLoraOutput as Ltx219BVideoToVideoLoraOutput,
)
from .ltx_219b_video_to_video_output import (
    Ltx219BVideoToVideoOutput as Ltx219BVideoToVideoOutput,
)
from .ltx_video_13b_dev_extend_input import (
    LtxVideo13BDevExtendInput as LtxVideo13BDevExtendInput,
)
from .ltx_video_13b_dev_extend_input_aspect_ratio import (
    LtxVideo13BDevExtendInputAspectRatio as LtxVideo13BDevExtendInputAspectRatio,
)
from .ltx_video_13b_dev_extend_input_resolution import (
    LtxVideo13BDevExtendInputResolution as LtxVideo13BDevExtendInputResolution,
)
from .ltx_video_13b_dev_extend_output import (
    LtxVideo13BDevExtendOutput as LtxVideo13BDevExtendOutput,
)
from .ltx_video_13b_dev_image_to_video_input import (
    LtxVideo13BDevImageToVideoInput as LtxVideo13BDevImageToVideoInput,
)
from .ltx_video_13b_dev_image_to_video_input_aspect_ratio import (
    LtxVideo13BDevImageToVideoInputAspectRatio as LtxVideo13BDevImageToVideoInputAspectRatio,
)
from .ltx_video_13b_dev_image_to_video_input_resolution import (
    LtxVideo13BDevImageToVideoInputResolution as LtxVideo13BDevImageToVideoInputResolution,
)
from .ltx_video_13b_dev_image_to_video_output import (
    LtxVideo13BDevImageToVideoOutput as LtxVideo13BDevImageToVideoOutput,
)
from .ltx_video_13b_dev_input import LtxVideo13BDevInput as LtxVideo13BDevInput
from .ltx_video_13b_dev_input_aspect_ratio import (
    LtxVideo13BDevInputAspectRatio as LtxVideo13BDevInputAspectRatio,
)
from .ltx_video_13b_dev_input_resolution import (
    LtxVideo13BDevInputResolution as LtxVideo13BDevInputResolution,
)
from .ltx_video_13b_dev_multiconditioning_input import (
    LtxVideo13BDevMulticonditioningInput as LtxVideo13BDevMulticonditioningInput,
)
from .ltx_video_13b_dev_multiconditioning_input_aspect_ratio import (
    LtxVideo13BDevMulticonditioningInputAspectRatio as LtxVideo13BDevMulticonditioningInputAspectRatio,
)
from .ltx_video_13b_dev_multiconditioning_input_resolution import (
    LtxVideo13BDevMulticonditioningInputResolution as LtxVideo13BDevMulticonditioningInputResolution,
)
from .ltx_video_13b_dev_multiconditioning_output import (
    LtxVideo13BDevMulticonditioningOutput as LtxVideo13BDevMulticonditioningOutput,
)
from .ltx_video_13b_dev_output import LtxVideo13BDevOutput as LtxVideo13BDevOutput
from .ltx_video_13b_distilled_extend_input import (
    LtxVideo13BDistilledExtendInput as LtxVideo13BDistilledExtendInput,
)
from .ltx_video_13b_distilled_extend_input_aspect_ratio import (
    LtxVideo13BDistilledExtendInputAspectRatio as LtxVideo13BDistilledExtendInputAspectRatio,
)
from .ltx_video_13b_distilled_extend_input_resolution import (
    LtxVideo13BDistilledExtendInputResolution as LtxVideo13BDistilledExtendInputResolution,
)
from .ltx_video_13b_distilled_extend_output import (
    LtxVideo13BDistilledExtendOutput as LtxVideo13BDistilledExtendOutput,
)
from .ltx_video_13b_distilled_input import (
    LtxVideo13BDistilledInput as LtxVideo13BDistilledInput,
)
from .ltx_video_13b_distilled_input_aspect_ratio import (
    LtxVideo13BDistilledInputAspectRatio as LtxVideo13BDistilledInputAspectRatio,
)
from .ltx_video_13b_distilled_input_resolution import (
    LtxVideo13BDistilledInputResolution as LtxVideo13BDistilledInputResolution,
)
from .ltx_video_13b_distilled_multiconditioning_input import (
    LtxVideo13BDistilledMulticonditioningInput as LtxVideo13BDistilledMulticonditioningInput,
)
from .ltx_video_13b_distilled_multiconditioning_input_aspect_ratio import (
    LtxVideo13BDistilledMulticonditioningInputAspectRatio as LtxVideo13BDistilledMulticonditioningInputAspectRatio,
)
from .ltx_video_13b_distilled_multiconditioning_input_resolution import (
    LtxVideo13BDistilledMulticonditioningInputResolution as LtxVideo13BDistilledMulticonditioningInputResolution,
)
from .ltx_video_13b_distilled_multiconditioning_output import (
    LtxVideo13BDistilledMulticonditioningOutput as LtxVideo13BDistilledMulticonditioningOutput,
)
from .ltx_video_13b_distilled_output import (
    LtxVideo13BDistilledOutput as LtxVideo13BDistilledOutput,
)
from .ltx_video_image_to_video_input import (
    LtxVideoImageToVideoInput as LtxVideoImageToVideoInput,
)
from .ltx_video_image_to_video_output import (
    LtxVideoImageToVideoOutput as LtxVideoImageToVideoOutput,
)
from .ltx_video_input import LtxVideoInput as LtxVideoInput
from .ltx_video_lora_image_to_video_input import (
    LtxVideoLoraImageToVideoInput as LtxVideoLoraImageToVideoInput,
)
from .ltx_video_lora_image_to_video_input_aspect_ratio import (
    LtxVideoLoraImageToVideoInputAspectRatio as LtxVideoLoraImageToVideoInputAspectRatio,
)
from .ltx_video_lora_image_to_video_input_resolution import (
    LtxVideoLoraImageToVideoInputResolution as LtxVideoLoraImageToVideoInputResolution,
)
from .ltx_video_lora_image_to_video_output import (
    LtxVideoLoraImageToVideoOutput as LtxVideoLoraImageToVideoOutput,
)
from .ltx_video_lora_multiconditioning_input import (
    LtxVideoLoraMulticonditioningInput as LtxVideoLoraMulticonditioningInput,
)
from .ltx_video_lora_multiconditioning_input_aspect_ratio import (
    LtxVideoLoraMulticonditioningInputAspectRatio as LtxVideoLoraMulticonditioningInputAspectRatio,
)
from .ltx_video_lora_multiconditioning_input_resolution import (
    LtxVideoLoraMulticonditioningInputResolution as LtxVideoLoraMulticonditioningInputResolution,
)
from .ltx_video_lora_multiconditioning_output import (
    LtxVideoLoraMulticonditioningOutput as LtxVideoLoraMulticonditioningOutput,
)
from .ltx_video_output import LtxVideoOutput as LtxVideoOutput
from .ltx_video_trainer_input import LtxVideoTrainerInput as LtxVideoTrainerInput
from .ltx_video_trainer_input_aspect_ratio import (
    LtxVideoTrainerInputAspectRatio as LtxVideoTrainerInputAspectRatio,
)
from .ltx_video_trainer_input_rank import (
    LtxVideoTrainerInputRank as LtxVideoTrainerInputRank,
)
from .ltx_video_trainer_input_resolution import (
    LtxVideoTrainerInputResolution as LtxVideoTrainerInputResolution,
)
from .ltx_video_trainer_input_validation_aspect_ratio import (
    LtxVideoTrainerInputValidationAspectRatio as LtxVideoTrainerInputValidationAspectRatio,
)
from .ltx_video_trainer_input_validation_resolution import (
    LtxVideoTrainerInputValidationResolution as LtxVideoTrainerInputValidationResolution,
)
from .ltx_video_trainer_output import LtxVideoTrainerOutput as LtxVideoTrainerOutput
from .ltx_video_v095_extend_input import (
    LtxVideoV095ExtendInput as LtxVideoV095ExtendInput,
)
from .ltx_video_v095_extend_input_aspect_ratio import (
    LtxVideoV095ExtendInputAspectRatio as LtxVideoV095ExtendInputAspectRatio,
)
from .ltx_video_v095_extend_input_resolution import (
    LtxVideoV095ExtendInputResolution as LtxVideoV095ExtendInputResolution,
)
from .ltx_video_v095_extend_output import (
    LtxVideoV095ExtendOutput as LtxVideoV095ExtendOutput,
)
from .ltx_video_v095_input import LtxVideoV095Input as LtxVideoV095Input
from .ltx_video_v095_input_aspect_ratio import (
    LtxVideoV095InputAspectRatio as LtxVideoV095InputAspectRatio,
)
from .ltx_video_v095_input_resolution import (
    LtxVideoV095InputResolution as LtxVideoV095InputResolution,
)
from .ltx_video_v095_multiconditioning_input import (
    LtxVideoV095MulticonditioningInput as LtxVideoV095MulticonditioningInput,
)
from .ltx_video_v095_multiconditioning_input_aspect_ratio import (
    LtxVideoV095MulticonditioningInputAspectRatio as LtxVideoV095MulticonditioningInputAspectRatio,
)
from .ltx_video_v095_multiconditioning_input_resolution import (
    LtxVideoV095MulticonditioningInputResolution as LtxVideoV095MulticonditioningInputResolution,
)
from .ltx_video_v095_multiconditioning_output import (
    LtxVideoV095MulticonditioningOutput as LtxVideoV095MulticonditioningOutput,
)
from .ltx_video_v095_output import LtxVideoV095Output as LtxVideoV095Output
from .ltxv_13b098_distilled_extend_input import (
    Ltxv13B098DistilledExtendInput as Ltxv13B098DistilledExtendInput,
)
from .ltxv_13b098_distilled_extend_input_aspect_ratio import (
    Ltxv13B098DistilledExtendInputAspectRatio as Ltxv13B098DistilledExtendInputAspectRatio,
)
from .ltxv_13b098_distilled_extend_input_resolution import (
    Ltxv13B098DistilledExtendInputResolution as Ltxv13B098DistilledExtendInputResolution,
)
from .ltxv_13b098_distilled_extend_output import (
    Ltxv13B098DistilledExtendOutput as Ltxv13B098DistilledExtendOutput,
)
from .ltxv_13b098_distilled_image_to_video_input import (
    Ltxv13B098DistilledImageToVideoInput as Ltxv13B098DistilledImageToVideoInput,
)
from .ltxv_13b098_distilled_image_to_video_input_aspect_ratio import (
    Ltxv13B098DistilledImageToVideoInputAspectRatio as Ltxv13B098DistilledImageToVideoInputAspectRatio,
)
from .ltxv_13b098_distilled_image_to_video_input_resolution import (
    Ltxv13B098DistilledImageToVideoInputResolution as Ltxv13B098DistilledImageToVideoInputResolution,
)
from .ltxv_13b098_distilled_image_to_video_output import (
    Ltxv13B098DistilledImageToVideoOutput as Ltxv13B098DistilledImageToVideoOutput,
)
from .ltxv_13b098_distilled_input import (
    Ltxv13B098DistilledInput as Ltxv13B098DistilledInput,
)
from .ltxv_13b098_distilled_input_aspect_ratio import (
    Ltxv13B098DistilledInputAspectRatio as Ltxv13B098DistilledInputAspectRatio,
)
from .ltxv_13b098_distilled_input_resolution import (
    Ltxv13B098DistilledInputResolution as Ltxv13B098DistilledInputResolution,
)
from .ltxv_13b098_distilled_multiconditioning_input import (
    Ltxv13B098DistilledMulticonditioningInput as Ltxv13B098DistilledMulticonditioningInput,
)
from .ltxv_13b098_distilled_multiconditioning_input_aspect_ratio import (
    Ltxv13B098DistilledMulticonditioningInputAspectRatio as Ltxv13B098DistilledMulticonditioningInputAspectRatio,
)
from .ltxv_13b098_distilled_multiconditioning_input_resolution import (
    Ltxv13B098DistilledMulticonditioningInputResolution as Ltxv13B098DistilledMulticonditioningInputResolution,
)
from .ltxv_13b098_distilled_multiconditioning_output import (
    Ltxv13B098DistilledMulticonditioningOutput as Ltxv13B098DistilledMulticonditioningOutput,
)
from .ltxv_13b098_distilled_output import (
    Ltxv13B098DistilledOutput as Ltxv13B098DistilledOutput,
)
from .luma_dream_machine_ray_2_flash_image_to_video_input import (
    LumaDreamMachineRay2FlashImageToVideoInput as LumaDreamMachineRay2FlashImageToVideoInput,
)
from .luma_dream_machine_ray_2_flash_image_to_video_input_aspect_ratio import (
    LumaDreamMachineRay2FlashImageToVideoInputAspectRatio as LumaDreamMachineRay2FlashImageToVideoInputAspectRatio,
)
from .luma_dream_machine_ray_2_flash_image_to_video_input_duration import (
    LumaDreamMachineRay2FlashImageToVideoInputDuration as LumaDreamMachineRay2FlashImageToVideoInputDuration,
)
from .luma_dream_machine_ray_2_flash_image_to_video_input_resolution import (
    LumaDreamMachineRay2FlashImageToVideoInputResolution as LumaDreamMachineRay2FlashImageToVideoInputResolution,
)
from .luma_dream_machine_ray_2_flash_image_to_video_output import (
    LumaDreamMachineRay2FlashImageToVideoOutput as LumaDreamMachineRay2FlashImageToVideoOutput,
)
from .luma_dream_machine_ray_2_flash_input import (
    LumaDreamMachineRay2FlashInput as LumaDreamMachineRay2FlashInput,
)
from .luma_dream_machine_ray_2_flash_input_aspect_ratio import (
    LumaDreamMachineRay2FlashInputAspectRatio as LumaDreamMachineRay2FlashInputAspectRatio,
)
from .luma_dream_machine_ray_2_flash_input_duration import (
    LumaDreamMachineRay2FlashInputDuration as LumaDreamMachineRay2FlashInputDuration,
)
from .luma_dream_machine_ray_2_flash_input_resolution import (
    LumaDreamMachineRay2FlashInputResolution as LumaDreamMachineRay2FlashInputResolution,
)
from .luma_dream_machine_ray_2_flash_modify_input import (
    LumaDreamMachineRay2FlashModifyInput as LumaDreamMachineRay2FlashModifyInput,
)
from .luma_dream_machine_ray_2_flash_modify_input_mode import (
    LumaDreamMachineRay2FlashModifyInputMode as LumaDreamMachineRay2FlashModifyInputMode,
)
from .luma_dream_machine_ray_2_flash_modify_output import (
    LumaDreamMachineRay2FlashModifyOutput as LumaDreamMachineRay2FlashModifyOutput,
)
from .luma_dream_machine_ray_2_flash_output import (
    LumaDreamMachineRay2FlashOutput as LumaDreamMachineRay2FlashOutput,
)
from .luma_dream_machine_ray_2_flash_reframe_input import (
    LumaDreamMachineRay2FlashReframeInput as LumaDreamMachineRay2FlashReframeInput,
)
from .luma_dream_machine_ray_2_flash_reframe_input_aspect_ratio import (
    LumaDreamMachineRay2FlashReframeInputAspectRatio as LumaDreamMachineRay2FlashReframeInputAspectRatio,
)
from .luma_dream_machine_ray_2_flash_reframe_output import (
    LumaDreamMachineRay2FlashReframeOutput as LumaDreamMachineRay2FlashReframeOutput,
)
from .luma_dream_machine_ray_2_image_to_video_input import (
    LumaDreamMachineRay2ImageToVideoInput as LumaDreamMachineRay2ImageToVideoInput,
)
from .luma_dream_machine_ray_2_image_to_video_input_aspect_ratio import (
    LumaDreamMachineRay2ImageToVideoInputAspectRatio as LumaDreamMachineRay2ImageToVideoInputAspectRatio,
)
from .luma_dream_machine_ray_2_image_to_video_input_duration import (
    LumaDreamMachineRay2ImageToVideoInputDuration as LumaDreamMachineRay2ImageToVideoInputDuration,
)
from .luma_dream_machine_ray_2_image_to_video_input_resolution import (
    LumaDreamMachineRay2ImageToVideoInputResolution as LumaDreamMachineRay2ImageToVideoInputResolution,
)
from .luma_dream_machine_ray_2_image_to_video_output import (
    LumaDreamMachineRay2ImageToVideoOutput as LumaDreamMachineRay2ImageToVideoOutput,
)
from .luma_dream_machine_ray_2_input import (
    LumaDreamMachineRay2Input as LumaDreamMachineRay2Input,
)
from .luma_dream_machine_ray_2_input_aspect_ratio import (
    LumaDreamMachineRay2InputAspectRatio as LumaDreamMachineRay2InputAspectRatio,
)
from .luma_dream_machine_ray_2_input_duration import (
    LumaDreamMachineRay2InputDuration as LumaDreamMachineRay2InputDuration,
)
from .luma_dream_machine_ray_2_input_resolution import (
    LumaDreamMachineRay2InputResolution as LumaDreamMachineRay2InputResolution,
)
from .luma_dream_machine_ray_2_modify_input import (
    LumaDreamMachineRay2ModifyInput as LumaDreamMachineRay2ModifyInput,
)
from .luma_dream_machine_ray_2_modify_input_mode import (
    LumaDreamMachineRay2ModifyInputMode as LumaDreamMachineRay2ModifyInputMode,
)
from .luma_dream_machine_ray_2_modify_output import (
    LumaDreamMachineRay2ModifyOutput as LumaDreamMachineRay2ModifyOutput,
)
from .luma_dream_machine_ray_2_output import (
    LumaDreamMachineRay2Output as LumaDreamMachineRay2Output,
)
from .luma_dream_machine_ray_2_reframe_input import (
    LumaDreamMachineRay2ReframeInput as LumaDreamMachineRay2ReframeInput,
)
from .luma_dream_machine_ray_2_reframe_input_aspect_ratio import (
    LumaDreamMachineRay2ReframeInputAspectRatio as LumaDreamMachineRay2ReframeInputAspectRatio,
)
from .luma_dream_machine_ray_2_reframe_output import (
    LumaDreamMachineRay2ReframeOutput as LumaDreamMachineRay2ReframeOutput,
)
from .luma_photon_flash_input import LumaPhotonFlashInput as LumaPhotonFlashInput
from .luma_photon_flash_input_aspect_ratio import (
    LumaPhotonFlashInputAspectRatio as LumaPhotonFlashInputAspectRatio,
)
from .luma_photon_flash_output import LumaPhotonFlashOutput as LumaPhotonFlashOutput
from .luma_photon_input import LumaPhotonInput as LumaPhotonInput
from .luma_photon_input_aspect_ratio import (
    LumaPhotonInputAspectRatio as LumaPhotonInputAspectRatio,
)
from .luma_photon_output import LumaPhotonOutput as LumaPhotonOutput
from .lumina_image_v2_input import LuminaImageV2Input as LuminaImageV2Input
from .lumina_image_v2_input_image_size_type_1 import (
    LuminaImageV2InputImageSizeType1 as LuminaImageV2InputImageSizeType1,
)
from .lumina_image_v2_input_output_format import (
    LuminaImageV2InputOutputFormat as LuminaImageV2InputOutputFormat,
)
from .lumina_image_v2_output import LuminaImageV2Output as LuminaImageV2Output
from .lumina_image_v2_output_timings import (
    LuminaImageV2OutputTimings as LuminaImageV2OutputTimings,
)
from .lyria_2_input import Lyria2Input as Lyria2Input
from .lyria_2_output import Lyria2Output as Lyria2Output
from .magi_distilled_extend_video_input import (
    MagiDistilledExtendVideoInput as MagiDistilledExtendVideoInput,
)
from .magi_distilled_extend_video_input_aspect_ratio import (
    MagiDistilledExtendVideoInputAspectRatio as MagiDistilledExtendVideoInputAspectRatio,
)
from .magi_distilled_extend_video_input_num_inference_steps import (
    MagiDistilledExtendVideoInputNumInferenceSteps as MagiDistilledExtendVideoInputNumInferenceSteps,
)
from .magi_distilled_extend_video_input_resolution import (
    MagiDistilledExtendVideoInputResolution as MagiDistilledExtendVideoInputResolution,
)
from .magi_distilled_extend_video_output import (
    MagiDistilledExtendVideoOutput as MagiDistilledExtendVideoOutput,
)
from .magi_distilled_image_to_video_input import (
    MagiDistilledImageToVideoInput as MagiDistilledImageToVideoInput,
)
from .magi_distilled_image_to_video_input_aspect_ratio import (
    MagiDistilledImageToVideoInputAspectRatio as MagiDistilledImageToVideoInputAspectRatio,
)
from .magi_distilled_image_to_video_input_num_inference_steps import (
    MagiDistilledImageToVideoInputNumInferenceSteps as MagiDistilledImageToVideoInputNumInferenceSteps,
)
from .magi_distilled_image_to_video_input_resolution import (
    MagiDistilledImageToVideoInputResolution as MagiDistilledImageToVideoInputResolution,
)
from .magi_distilled_image_to_video_output import (
    MagiDistilledImageToVideoOutput as MagiDistilledImageToVideoOutput,
)
from .magi_distilled_input import MagiDistilledInput as MagiDistilledInput
from .magi_distilled_input_aspect_ratio import (
    MagiDistilledInputAspectRatio as MagiDistilledInputAspectRatio,
)
from .magi_distilled_input_num_inference_steps import (
    MagiDistilledInputNumInferenceSteps as MagiDistilledInputNumInferenceSteps,
)
from .magi_distilled_input_resolution import (
    MagiDistilledInputResolution as MagiDistilledInputResolution,
)
from .magi_distilled_output import MagiDistilledOutput as MagiDistilledOutput
from .magi_extend_video_input import MagiExtendVideoInput as MagiExtendVideoInput
from .magi_extend_video_input_aspect_ratio import (
    MagiExtendVideoInputAspectRatio as MagiExtendVideoInputAspectRatio,
)
from .magi_extend_video_input_num_inference_steps import (
    MagiExtendVideoInputNumInferenceSteps as MagiExtendVideoInputNumInferenceSteps,
)
from .magi_extend_video_input_resolution import (
    MagiExtendVideoInputResolution as MagiExtendVideoInputResolution,
)
from .magi_extend_video_output import MagiExtendVideoOutput as MagiExtendVideoOutput
from .magi_image_to_video_input import MagiImageToVideoInput as MagiImageToVideoInput
from .magi_image_to_video_input_aspect_ratio import (
    MagiImageToVideoInputAspectRatio as MagiImageToVideoInputAspectRatio,
)
from .magi_image_to_video_input_num_inference_steps import (
    MagiImageToVideoInputNumInferenceSteps as MagiImageToVideoInputNumInferenceSteps,
)
from .magi_image_to_video_input_resolution import (
    MagiImageToVideoInputResolution as MagiImageToVideoInputResolution,
)
from .magi_image_to_video_output import MagiImageToVideoOutput as MagiImageToVideoOutput
from .magi_input import MagiInput as MagiInput
from .magi_input_aspect_ratio import MagiInputAspectRatio as MagiInputAspectRatio
from .magi_input_num_inference_steps import (
    MagiInputNumInferenceSteps as MagiInputNumInferenceSteps,
)
from .magi_input_resolution import MagiInputResolution as MagiInputResolution
from .magi_output import MagiOutput as MagiOutput
from .maya_batch_input import MayaBatchInput as MayaBatchInput
from .maya_batch_input_output_format import (
    MayaBatchInputOutputFormat as MayaBatchInputOutputFormat,
)
from .maya_batch_input_sample_rate import (
    MayaBatchInputSampleRate as MayaBatchInputSampleRate,
)
from .maya_batch_output import MayaBatchOutput as MayaBatchOutput
from .maya_input import MayaInput as MayaInput
from .maya_input_output_format import MayaInputOutputFormat as MayaInputOutputFormat
from .maya_input_sample_rate import MayaInputSampleRate as MayaInputSampleRate
from .maya_output import MayaOutput as MayaOutput
from .meshy_v5_multi_image_to_3d_input import (
    MeshyV5MultiImageTo3DInput as MeshyV5MultiImageTo3DInput,
)
from .meshy_v5_multi_image_to_3d_input_symmetry_mode import (
    MeshyV5MultiImageTo3DInputSymmetryMode as MeshyV5MultiImageTo3DInputSymmetryMode,
)
from .meshy_v5_multi_image_to_3d_input_topology import (
    MeshyV5MultiImageTo3DInputTopology as MeshyV5MultiImageTo3DInputTopology,
)
from .meshy_v5_multi_image_to_3d_output import (
    MeshyV5MultiImageTo3DOutput as MeshyV5MultiImageTo3DOutput,
)
from .meshy_v5_remesh_input import MeshyV5RemeshInput as MeshyV5RemeshInput
from .meshy_v5_remesh_input_origin_at import (
    MeshyV5RemeshInputOriginAt as MeshyV5RemeshInputOriginAt,
)
from .meshy_v5_remesh_input_target_formats_item import (
    MeshyV5RemeshInputTargetFormatsItem as MeshyV5RemeshInputTargetFormatsItem,
)
from .meshy_v5_remesh_input_topology import (
    MeshyV5RemeshInputTopology as MeshyV5RemeshInputTopology,
)
from .meshy_v5_remesh_output import MeshyV5RemeshOutput as MeshyV5RemeshOutput
from .meshy_v5_retexture_input import MeshyV5RetextureInput as MeshyV5RetextureInput
from .meshy_v5_retexture_output import MeshyV5RetextureOutput as MeshyV5RetextureOutput
from .meshy_v6_preview_image_to_3d_input import (
    MeshyV6PreviewImageTo3DInput as MeshyV6PreviewImageTo3DInput,
)
from .meshy_v6_preview_image_to_3d_input_symmetry_mode import (
    MeshyV6PreviewImageTo3DInputSymmetryMode as MeshyV6PreviewImageTo3DInputSymmetryMode,
)
from .meshy_v6_preview_image_to_3d_input_topology import (
    MeshyV6PreviewImageTo3DInputTopology as MeshyV6PreviewImageTo3DInputTopology,
)
from .meshy_v6_preview_image_to_3d_output import (
    MeshyV6PreviewImageTo3DOutput as MeshyV6PreviewImageTo3DOutput,
)
from .meshy_v6_preview_text_to_3d_input import (
    MeshyV6PreviewTextTo3DInput as MeshyV6PreviewTextTo3DInput,
)
from .meshy_v6_preview_text_to_3d_input_art_style import (
    MeshyV6PreviewTextTo3DInputArtStyle as MeshyV6PreviewTextTo3DInputArtStyle,
)
from .meshy_v6_preview_text_to_3d_input_mode import (
    MeshyV6PreviewTextTo3DInputMode as MeshyV6PreviewTextTo3DInputMode,
)
from .meshy_v6_preview_text_to_3d_input_symmetry_mode import (
    MeshyV6PreviewTextTo3DInputSymmetryMode as MeshyV6PreviewTextTo3DInputSymmetryMode,
)
from .meshy_v6_preview_text_to_3d_input_topology import (
    MeshyV6PreviewTextTo3DInputTopology as MeshyV6PreviewTextTo3DInputTopology,
)
from .meshy_v6_preview_text_to_3d_output import (
    MeshyV6PreviewTextTo3DOutput as MeshyV6PreviewTextTo3DOutput,
)
from .minimax_hailuo_02_fast_image_to_video_input import (
    MinimaxHailuo02FastImageToVideoInput as MinimaxHailuo02FastImageToVideoInput,
)
from .minimax_hailuo_02_fast_image_to_video_input_duration import (
    MinimaxHailuo02FastImageToVideoInputDuration as MinimaxHailuo02FastImageToVideoInputDuration,
)
from .minimax_hailuo_02_fast_image_to_video_output import (
    MinimaxHailuo02FastImageToVideoOutput as MinimaxHailuo02FastImageToVideoOutput,
)
from .minimax_hailuo_02_pro_image_to_video_input import (
    MinimaxHailuo02ProImageToVideoInput as MinimaxHailuo02ProImageToVideoInput,
)
from .minimax_hailuo_02_pro_image_to_video_output import (
    MinimaxHailuo02ProImageToVideoOutput as MinimaxHailuo02ProImageToVideoOutput,
)
from .minimax_hailuo_02_standard_image_to_video_input import (
    MinimaxHailuo02StandardImageToVideoInput as MinimaxHailuo02StandardImageToVideoInput,
)
from .minimax_hailuo_02_standard_image_to_video_input_duration import (
    MinimaxHailuo02StandardImageToVideoInputDuration as MinimaxHailuo02StandardImageToVideoInputDuration,
)
from .minimax_hailuo_02_standard_image_to_video_input_resolution import (
    MinimaxHailuo02StandardImageToVideoInputResolution as MinimaxHailuo02StandardImageToVideoInputResolution,
)
from .minimax_hailuo_02_standard_image_to_video_output import (
    MinimaxHailuo02StandardImageToVideoOutput as MinimaxHailuo02StandardImageToVideoOutput,
)
from .minimax_hailuo_02_standard_text_to_video_input import (
    MinimaxHailuo02StandardTextToVideoInput as MinimaxHailuo02StandardTextToVideoInput,
)
from .minimax_hailuo_02_standard_text_to_video_input_duration import (
    MinimaxHailuo02StandardTextToVideoInputDuration as MinimaxHailuo02StandardTextToVideoInputDuration,
)
from .minimax_hailuo_02_standard_text_to_video_output import (
    MinimaxHailuo02StandardTextToVideoOutput as MinimaxHailuo02StandardTextToVideoOutput,
)
from .minimax_hailuo_23_fast_pro_image_to_video_input import (
    MinimaxHailuo23FastProImageToVideoInput as MinimaxHailuo23FastProImageToVideoInput,
)
from .minimax_hailuo_23_fast_pro_image_to_video_output import (
    MinimaxHailuo23FastProImageToVideoOutput as MinimaxHailuo23FastProImageToVideoOutput,
)
from .minimax_hailuo_23_fast_standard_image_to_video_input import (
    MinimaxHailuo23FastStandardImageToVideoInput as MinimaxHailuo23FastStandardImageToVideoInput,
)
from .minimax_hailuo_23_fast_standard_image_to_video_input_duration import (
    MinimaxHailuo23FastStandardImageToVideoInputDuration as MinimaxHailuo23FastStandardImageToVideoInputDuration,
)
from .minimax_hailuo_23_fast_standard_image_to_video_output import (
    MinimaxHailuo23FastStandardImageToVideoOutput as MinimaxHailuo23FastStandardImageToVideoOutput,
)
from .minimax_hailuo_23_pro_image_to_video_input import (
    MinimaxHailuo23ProImageToVideoInput as MinimaxHailuo23ProImageToVideoInput,
)
from .minimax_hailuo_23_pro_image_to_video_output import (
    MinimaxHailuo23ProImageToVideoOutput as MinimaxHailuo23ProImageToVideoOutput,
)
from .minimax_hailuo_23_pro_text_to_video_input import (
    MinimaxHailuo23ProTextToVideoInput as MinimaxHailuo23ProTextToVideoInput,
)
from .minimax_hailuo_23_pro_text_to_video_output import (
    MinimaxHailuo23ProTextToVideoOutput as MinimaxHailuo23ProTextToVideoOutput,
)
from .minimax_hailuo_23_standard_image_to_video_input import (
    MinimaxHailuo23StandardImageToVideoInput as MinimaxHailuo23StandardImageToVideoInput,
)
from .minimax_hailuo_23_standard_image_to_video_input_duration import (
    MinimaxHailuo23StandardImageToVideoInputDuration as MinimaxHailuo23StandardImageToVideoInputDuration,
)
from .minimax_hailuo_23_standard_image_to_video_output import (
    MinimaxHailuo23StandardImageToVideoOutput as MinimaxHailuo23StandardImageToVideoOutput,
)
from .minimax_hailuo_23_standard_text_to_video_input import (
    MinimaxHailuo23StandardTextToVideoInput as MinimaxHailuo23StandardTextToVideoInput,
)
from .minimax_hailuo_23_standard_text_to_video_input_duration import (
    MinimaxHailuo23StandardTextToVideoInputDuration as MinimaxHailuo23StandardTextToVideoInputDuration,
)
from .minimax_hailuo_23_standard_text_to_video_output import (
    MinimaxHailuo23StandardTextToVideoOutput as MinimaxHailuo23StandardTextToVideoOutput,
)
from .minimax_image_01_input import MinimaxImage01Input as MinimaxImage01Input
from .minimax_image_01_input_aspect_ratio import (
    MinimaxImage01InputAspectRatio as MinimaxImage01InputAspectRatio,
)
from .minimax_image_01_output import MinimaxImage01Output as MinimaxImage01Output
from .minimax_music_input import MinimaxMusicInput as MinimaxMusicInput
from .minimax_music_output import MinimaxMusicOutput as MinimaxMusicOutput
from .minimax_music_v2_input import MinimaxMusicV2Input as MinimaxMusicV2Input
from .minimax_music_v2_output import MinimaxMusicV2Output as MinimaxMusicV2Output
from .minimax_music_v15_input import MinimaxMusicV15Input as MinimaxMusicV15Input
from .minimax_music_v15_output import MinimaxMusicV15Output as MinimaxMusicV15Output
from .minimax_preview_speech_25_hd_input import (
    MinimaxPreviewSpeech25HdInput as MinimaxPreviewSpeech25HdInput,
)
from .minimax_preview_speech_25_hd_input_language_boost import (
    MinimaxPreviewSpeech25HdInputLanguageBoost as MinimaxPreviewSpeech25HdInputLanguageBoost,
)
from .minimax_preview_speech_25_hd_input_output_format import (
    MinimaxPreviewSpeech25HdInputOutputFormat as MinimaxPreviewSpeech25HdInputOutputFormat,
)
from .minimax_preview_speech_25_hd_output import (
    MinimaxPreviewSpeech25HdOutput as MinimaxPreviewSpeech25HdOutput,
)
from .minimax_preview_speech_25_turbo_input import (
    MinimaxPreviewSpeech25TurboInput as MinimaxPreviewSpeech25TurboInput,
)
from .minimax_preview_speech_25_turbo_input_language_boost import (
    MinimaxPreviewSpeech25TurboInputLanguageBoost as MinimaxPreviewSpeech25TurboInputLanguageBoost,
)
from .minimax_preview_speech_25_turbo_input_output_format import (
    MinimaxPreviewSpeech25TurboInputOutputFormat as MinimaxPreviewSpeech25TurboInputOutputFormat,
)
from .minimax_preview_speech_25_turbo_output import (
    MinimaxPreviewSpeech25TurboOutput as MinimaxPreviewSpeech25TurboOutput,
)
from .minimax_speech_02_hd_input import MinimaxSpeech02HdInput as MinimaxSpeech02HdInput
from .minimax_speech_02_hd_input_language_boost import (
    MinimaxSpeech02HdInputLanguageBoost as MinimaxSpeech02HdInputLanguageBoost,
)
from .minimax_speech_02_hd_input_output_format import (
    MinimaxSpeech02HdInputOutputFormat as MinimaxSpeech02HdInputOutputFormat,
)
from .minimax_speech_02_hd_output import (
    MinimaxSpeech02HdOutput as MinimaxSpeech02HdOutput,
)
from .minimax_speech_02_turbo_input import (
    MinimaxSpeech02TurboInput as MinimaxSpeech02TurboInput,
)
from .minimax_speech_02_turbo_input_language_boost import (
    MinimaxSpeech02TurboInputLanguageBoost as MinimaxSpeech02TurboInputLanguageBoost,
)
from .minimax_speech_02_turbo_input_output_format import (
    MinimaxSpeech02TurboInputOutputFormat as MinimaxSpeech02TurboInputOutputFormat,
)
from .minimax_speech_02_turbo_output import (
    MinimaxSpeech02TurboOutput as MinimaxSpeech02TurboOutput,
)
from .minimax_speech_26_hd_input import MinimaxSpeech26HdInput as MinimaxSpeech26HdInput
from .minimax_speech_26_hd_input_language_boost import (
    MinimaxSpeech26HdInputLanguageBoost as MinimaxSpeech26HdInputLanguageBoost,
)
from .minimax_speech_26_hd_input_output_format import (
    MinimaxSpeech26HdInputOutputFormat as MinimaxSpeech26HdInputOutputFormat,
)
from .minimax_speech_26_hd_output import (
    MinimaxSpeech26HdOutput as MinimaxSpeech26HdOutput,
)
from .minimax_speech_26_turbo_input import (
    MinimaxSpeech26TurboInput as MinimaxSpeech26TurboInput,
)
from .minimax_speech_26_turbo_input_language_boost import (
    MinimaxSpeech26TurboInputLanguageBoost as MinimaxSpeech26TurboInputLanguageBoost,
)
from .minimax_speech_26_turbo_input_output_format import (
    MinimaxSpeech26TurboInputOutputFormat as MinimaxSpeech26TurboInputOutputFormat,
)
from .minimax_speech_26_turbo_output import (
    MinimaxSpeech26TurboOutput as MinimaxSpeech26TurboOutput,
)
from .minimax_video_01_director_image_to_video_input import (
    MinimaxVideo01DirectorImageToVideoInput as MinimaxVideo01DirectorImageToVideoInput,
)
from .minimax_video_01_director_image_to_video_output import (
    MinimaxVideo01DirectorImageToVideoOutput as MinimaxVideo01DirectorImageToVideoOutput,
)
from .minimax_video_01_director_input import (
    MinimaxVideo01DirectorInput as MinimaxVideo01DirectorInput,
)
from .minimax_video_01_director_output import (
    MinimaxVideo01DirectorOutput as MinimaxVideo01DirectorOutput,
)
from .minimax_video_01_image_to_video_input import (
    MinimaxVideo01ImageToVideoInput as MinimaxVideo01ImageToVideoInput,
)
from .minimax_video_01_image_to_video_output import (
    MinimaxVideo01ImageToVideoOutput as MinimaxVideo01ImageToVideoOutput,
)
from .minimax_video_01_input import MinimaxVideo01Input as MinimaxVideo01Input
from .minimax_video_01_live_image_to_video_input import (
    MinimaxVideo01LiveImageToVideoInput as MinimaxVideo01LiveImageToVideoInput,
)
from .minimax_video_01_live_image_to_video_output import (
    MinimaxVideo01LiveImageToVideoOutput as MinimaxVideo01LiveImageToVideoOutput,
)
from .minimax_video_01_live_input import (
    MinimaxVideo01LiveInput as MinimaxVideo01LiveInput,
)
from .minimax_video_01_live_output import (
    MinimaxVideo01LiveOutput as MinimaxVideo01LiveOutput,
)
from .minimax_video_01_output import MinimaxVideo01Output as MinimaxVideo01Output
from .minimax_voice_design_input import (
    MinimaxVoiceDesignInput as MinimaxVoiceDesignInput,
)
from .minimax_voice_design_output import (
    MinimaxVoiceDesignOutput as MinimaxVoiceDesignOutput,
)
from .mirelo_ai_sfx_v1_video_to_audio_input import (
    MireloAiSfxV1VideoToAudioInput as MireloAiSfxV1VideoToAudioInput,
)
from .mirelo_ai_sfx_v1_video_to_audio_output import (
    MireloAiSfxV1VideoToAudioOutput as MireloAiSfxV1VideoToAudioOutput,
)
from .mirelo_ai_sfx_v1_video_to_video_input import (
    MireloAiSfxV1VideoToVideoInput as MireloAiSfxV1VideoToVideoInput,
)
from .mirelo_ai_sfx_v1_video_to_video_output import (
    MireloAiSfxV1VideoToVideoOutput as MireloAiSfxV1VideoToVideoOutput,
)
from .mirelo_ai_sfx_v15_video_to_audio_input import (
    MireloAiSfxV15VideoToAudioInput as MireloAiSfxV15VideoToAudioInput,
)
from .mirelo_ai_sfx_v15_video_to_audio_output import (
    MireloAiSfxV15VideoToAudioOutput as MireloAiSfxV15VideoToAudioOutput,
)
from .mirelo_ai_sfx_v15_video_to_video_input import (
    MireloAiSfxV15VideoToVideoInput as MireloAiSfxV15VideoToVideoInput,
)
from .mirelo_ai_sfx_v15_video_to_video_output import (
    MireloAiSfxV15VideoToVideoOutput as MireloAiSfxV15VideoToVideoOutput,
)
from .mmaudio_v2_input import MmaudioV2Input as MmaudioV2Input
from .mmaudio_v2_output import MmaudioV2Output as MmaudioV2Output
from .mochi_v1_input import MochiV1Input as MochiV1Input
from .mochi_v1_output import MochiV1Output as MochiV1Output
from .model_urls import ModelUrls as ModelUrls
from .model_urls_vbf7642 import ModelUrlsVBF7642 as ModelUrlsVBF7642
from .moondream_2_input import Moondream2Input as Moondream2Input
from .moondream_2_object_detection_input import (
    Moondream2ObjectDetectionInput as Moondream2ObjectDetectionInput,
)
from .moondream_2_object_detection_output import (
    Moondream2ObjectDetectionOutput as Moondream2ObjectDetectionOutput,
)
from .moondream_2_object_detection_output_objects_item import (
    Moondream2ObjectDetectionOutputObjectsItem as Moondream2ObjectDetectionOutputObjectsItem,
)
from .moondream_2_output import Moondream2Output as Moondream2Output
from .moondream_2_point_object_detection_input import (
    Moondream2PointObjectDetectionInput as Moondream2PointObjectDetectionInput,
)
from .moondream_2_point_object_detection_output import (
    Moondream2PointObjectDetectionOutput as Moondream2PointObjectDetectionOutput,
)
from .moondream_2_point_object_detection_output_objects_item import (
    Moondream2PointObjectDetectionOutputObjectsItem as Moondream2PointObjectDetectionOutputObjectsItem,
)
from .moondream_2_visual_query_input import (
    Moondream2VisualQueryInput as Moondream2VisualQueryInput,
)
from .moondream_2_visual_query_output import (
    Moondream2VisualQueryOutput as Moondream2VisualQueryOutput,
)
from .moondream_3_preview_caption_input import (
    Moondream3PreviewCaptionInput as Moondream3PreviewCaptionInput,
)
from .moondream_3_preview_caption_input_length import (
    Moondream3PreviewCaptionInputLength as Moondream3PreviewCaptionInputLength,
)
from .moondream_3_preview_caption_output import (
    Moondream3PreviewCaptionOutput as Moondream3PreviewCaptionOutput,
)
from .moondream_3_preview_detect_input import (
    Moondream3PreviewDetectInput as Moondream3PreviewDetectInput,
)
from .moondream_3_preview_detect_output import (
    Moondream3PreviewDetectOutput as Moondream3PreviewDetectOutput,
)
from .moondream_3_preview_point_input import (
    Moondream3PreviewPointInput as Moondream3PreviewPointInput,
)
from .moondream_3_preview_point_output import (
    Moondream3PreviewPointOutput as Moondream3PreviewPointOutput,
)
from .moondream_3_preview_query_input import (
    Moondream3PreviewQueryInput as Moondream3PreviewQueryInput,
)
from .moondream_3_preview_query_output import (
    Moondream3PreviewQueryOutput as Moondream3PreviewQueryOutput,
)
from .moondream_batched_input import MoondreamBatchedInput as MoondreamBatchedInput
from .moondream_batched_input_model_id import (
    MoondreamBatchedInputModelId as MoondreamBatchedInputModelId,
)
from .moondream_batched_output import MoondreamBatchedOutput as MoondreamBatchedOutput
from .moondream_batched_output_timings import (
    MoondreamBatchedOutputTimings as MoondreamBatchedOutputTimings,
)
from .moondream_input_param import MoondreamInputParam as MoondreamInputParam
from .moondream_next_batch_input import (
    MoondreamNextBatchInput as MoondreamNextBatchInput,
)
from .moondream_next_batch_output import (
    MoondreamNextBatchOutput as MoondreamNextBatchOutput,
)
from .moondream_next_input import MoondreamNextInput as MoondreamNextInput
from .moondream_next_input_task_type import (
    MoondreamNextInputTaskType as MoondreamNextInputTaskType,
)
from .moondream_next_output import MoondreamNextOutput as MoondreamNextOutput
from .moonvalley_marey_i2v_input import (
    MoonvalleyMareyI2VInput as MoonvalleyMareyI2VInput,
)
from .moonvalley_marey_i2v_input_dimensions import (
    MoonvalleyMareyI2VInputDimensions as MoonvalleyMareyI2VInputDimensions,
)
from .moonvalley_marey_i2v_input_duration import (
    MoonvalleyMareyI2VInputDuration as MoonvalleyMareyI2VInputDuration,
)
from .moonvalley_marey_i2v_output import (
    MoonvalleyMareyI2VOutput as MoonvalleyMareyI2VOutput,
)
from .moonvalley_marey_motion_transfer_input import (
    MoonvalleyMareyMotionTransferInput as MoonvalleyMareyMotionTransferInput,
)
from .moonvalley_marey_motion_transfer_output import (
    MoonvalleyMareyMotionTransferOutput as MoonvalleyMareyMotionTransferOutput,
)
from .moonvalley_marey_pose_transfer_input import (
    MoonvalleyMareyPoseTransferInput as MoonvalleyMareyPoseTransferInput,
)
from .moonvalley_marey_pose_transfer_output import (
    MoonvalleyMareyPoseTransferOutput as MoonvalleyMareyPoseTransferOutput,
)
from .moonvalley_marey_t2v_input import (
    MoonvalleyMareyT2VInput as MoonvalleyMareyT2VInput,
)
from .moonvalley_marey_t2v_input_dimensions import (
    MoonvalleyMareyT2VInputDimensions as MoonvalleyMareyT2VInputDimensions,
)
from .moonvalley_marey_t2v_input_duration import (
    MoonvalleyMareyT2VInputDuration as MoonvalleyMareyT2VInputDuration,
)
from .moonvalley_marey_t2v_output import (
    MoonvalleyMareyT2VOutput as MoonvalleyMareyT2VOutput,
)
from .musetalk_input import MusetalkInput as MusetalkInput
from .musetalk_output import MusetalkOutput as MusetalkOutput
from .music_composition_plan import MusicCompositionPlan as MusicCompositionPlan
from .music_section import MusicSection as MusicSection
from .nano_banana_input import NanoBananaInput as NanoBananaInput
from .nano_banana_input_aspect_ratio import (
    NanoBananaInputAspectRatio as NanoBananaInputAspectRatio,
)
from .nano_banana_input_output_format import (
    NanoBananaInputOutputFormat as NanoBananaInputOutputFormat,
)
from .nano_banana_output import NanoBananaOutput as NanoBananaOutput
from .nano_banana_pro_input import NanoBananaProInput as NanoBananaProInput
from .nano_banana_pro_input_aspect_ratio import (
    NanoBananaProInputAspectRatio as NanoBananaProInputAspectRatio,
)
from .nano_banana_pro_input_output_format import (
    NanoBananaProInputOutputFormat as NanoBananaProInputOutputFormat,
)
from .nano_banana_pro_input_resolution import (
    NanoBananaProInputResolution as NanoBananaProInputResolution,
)
from .nano_banana_pro_output import NanoBananaProOutput as NanoBananaProOutput
from .nemotron_asr_input import NemotronAsrInput as NemotronAsrInput
from .nemotron_asr_input_acceleration import (
    NemotronAsrInputAcceleration as NemotronAsrInputAcceleration,
)
from .nemotron_asr_output import NemotronAsrOutput as NemotronAsrOutput
from .nemotron_asr_stream_input import NemotronAsrStreamInput as NemotronAsrStreamInput
from .nemotron_asr_stream_input_acceleration import (
    NemotronAsrStreamInputAcceleration as NemotronAsrStreamInputAcceleration,
)
from .nemotron_asr_stream_output import (
    NemotronAsrStreamOutput as NemotronAsrStreamOutput,
)
from .nova_sr_input import NovaSrInput as NovaSrInput
from .nova_sr_input_audio_format import NovaSrInputAudioFormat as NovaSrInputAudioFormat
from .nova_sr_output import NovaSrOutput as NovaSrOutput
from .nova_sr_timings import NovaSRTimings as NovaSRTimings
from .object_ import Object as Object
from .omni_video_element_input import OmniVideoElementInput as OmniVideoElementInput
from .omnigen_v1_input import OmnigenV1Input as OmnigenV1Input
from .omnigen_v1_input_image_size_type_1 import (
    OmnigenV1InputImageSizeType1 as OmnigenV1InputImageSizeType1,
)
from .omnigen_v1_input_output_format import (
    OmnigenV1InputOutputFormat as OmnigenV1InputOutputFormat,
)
from .omnigen_v1_output import OmnigenV1Output as OmnigenV1Output
from .omnigen_v1_output_timings import OmnigenV1OutputTimings as OmnigenV1OutputTimings
from .omnigen_v2_input import OmnigenV2Input as OmnigenV2Input
from .omnigen_v2_input_image_size_type_1 import (
    OmnigenV2InputImageSizeType1 as OmnigenV2InputImageSizeType1,
)
from .omnigen_v2_input_output_format import (
    OmnigenV2InputOutputFormat as OmnigenV2InputOutputFormat,
)
from .omnigen_v2_input_scheduler import (
    OmnigenV2InputScheduler as OmnigenV2InputScheduler,
)
from .omnigen_v2_output import OmnigenV2Output as OmnigenV2Output
from .omnigen_v2_output_timings import OmnigenV2OutputTimings as OmnigenV2OutputTimings
from .omnipart_input import OmnipartInput as OmnipartInput
from .omnipart_output import OmnipartOutput as OmnipartOutput
from .one_to_all_animation_13b_input import (
    OneToAllAnimation13BInput as OneToAllAnimation13BInput,
)
from .one_to_all_animation_13b_input_resolution import (
    OneToAllAnimation13BInputResolution as OneToAllAnimation13BInputResolution,
)
from .one_to_all_animation_13b_output import (
    OneToAllAnimation13BOutput as OneToAllAnimation13BOutput,
)
from .one_to_all_animation_14b_input import (
    OneToAllAnimation14BInput as OneToAllAnimation14BInput,
)
from .one_to_all_animation_14b_input_resolution import (
    OneToAllAnimation14BInputResolution as OneToAllAnimation14BInputResolution,
)
from .one_to_all_animation_14b_output import (
    OneToAllAnimation14BOutput as OneToAllAnimation14BOutput,
)
from .openrouter_router_audio_input import (
    OpenrouterRouterAudioInput as OpenrouterRouterAudioInput,
)
from .openrouter_router_audio_output import (
    OpenrouterRouterAudioOutput as OpenrouterRouterAudioOutput,
)
from .openrouter_router_input import OpenrouterRouterInput as OpenrouterRouterInput
from .openrouter_router_openai_v1_chat_completions_input import (
    OpenrouterRouterOpenaiV1ChatCompletionsInput as OpenrouterRouterOpenaiV1ChatCompletionsInput,
)
from .openrouter_router_openai_v1_chat_completions_output import (
    OpenrouterRouterOpenaiV1ChatCompletionsOutput as OpenrouterRouterOpenaiV1ChatCompletionsOutput,
)
from .openrouter_router_openai_v1_embeddings_input import (
    OpenrouterRouterOpenaiV1EmbeddingsInput as OpenrouterRouterOpenaiV1EmbeddingsInput,
)
from .openrouter_router_openai_v1_embeddings_output import (
    OpenrouterRouterOpenaiV1EmbeddingsOutput as OpenrouterRouterOpenaiV1EmbeddingsOutput,
)
from .openrouter_router_openai_v1_responses_input import (
    OpenrouterRouterOpenaiV1ResponsesInput as OpenrouterRouterOpenaiV1ResponsesInput,
)
from .openrouter_router_openai_v1_responses_output import (
    OpenrouterRouterOpenaiV1ResponsesOutput as OpenrouterRouterOpenaiV1ResponsesOutput,
)
from .openrouter_router_output import OpenrouterRouterOutput as OpenrouterRouterOutput
from .openrouter_router_video_enterprise_input import (
    OpenrouterRouterVideoEnterpriseInput as OpenrouterRouterVideoEnterpriseInput,
)
from .openrouter_router_video_enterprise_output import (
    OpenrouterRouterVideoEnterpriseOutput as OpenrouterRouterVideoEnterpriseOutput,
)
from .openrouter_router_video_input import (
    OpenrouterRouterVideoInput as OpenrouterRouterVideoInput,
)
from .openrouter_router_video_output import (
    OpenrouterRouterVideoOutput as OpenrouterRouterVideoOutput,
)
from .openrouter_router_vision_input import (
    OpenrouterRouterVisionInput as OpenrouterRouterVisionInput,
)
from .openrouter_router_vision_output import (
    OpenrouterRouterVisionOutput as OpenrouterRouterVisionOutput,
)
from .orpheus_tts_input import OrpheusTtsInput as OrpheusTtsInput
from .orpheus_tts_input_voice import OrpheusTtsInputVoice as OrpheusTtsInputVoice
from .orpheus_tts_output import OrpheusTtsOutput as OrpheusTtsOutput
from .ovi_image_to_video_input import OviImageToVideoInput as OviImageToVideoInput
from .ovi_image_to_video_output import OviImageToVideoOutput as OviImageToVideoOutput
from .ovis_image_input import OvisImageInput as OvisImageInput
from .ovis_image_input_acceleration import (
    OvisImageInputAcceleration as OvisImageInputAcceleration,
)
from .ovis_image_input_image_size_type_1 import (
    OvisImageInputImageSizeType1 as OvisImageInputImageSizeType1,
)
from .ovis_image_input_output_format import (
    OvisImageInputOutputFormat as OvisImageInputOutputFormat,
)
from .ovis_image_output import OvisImageOutput as OvisImageOutput
from .ovis_image_output_timings import OvisImageOutputTimings as OvisImageOutputTimings
from .perceptron_isaac_01_input import PerceptronIsaac01Input as PerceptronIsaac01Input
from .perceptron_isaac_01_input_response_style import (
    PerceptronIsaac01InputResponseStyle as PerceptronIsaac01InputResponseStyle,
)
from .perceptron_isaac_01_openai_v1_chat_completions_input import (
    PerceptronIsaac01OpenaiV1ChatCompletionsInput as PerceptronIsaac01OpenaiV1ChatCompletionsInput,
)
from .perceptron_isaac_01_openai_v1_chat_completions_output import (
    PerceptronIsaac01OpenaiV1ChatCompletionsOutput as PerceptronIsaac01OpenaiV1ChatCompletionsOutput,
)
from .perceptron_isaac_01_output import (
    PerceptronIsaac01Output as PerceptronIsaac01Output,
)
from .photographic_characteristics import (
    PhotographicCharacteristics as PhotographicCharacteristics,
)
from .piflow_input import PiflowInput as PiflowInput
from .piflow_input_image_size_type_1 import (
    PiflowInputImageSizeType1 as PiflowInputImageSizeType1,
)
from .piflow_input_output_format import (
    PiflowInputOutputFormat as PiflowInputOutputFormat,
)
from .piflow_output import PiflowOutput as PiflowOutput
from .pika_v2_pikadditions_input import (
    PikaV2PikadditionsInput as PikaV2PikadditionsInput,
)
from .pika_v2_pikadditions_output import (
    PikaV2PikadditionsOutput as PikaV2PikadditionsOutput,
)
from .pika_v2_turbo_image_to_video_input import (
    PikaV2TurboImageToVideoInput as PikaV2TurboImageToVideoInput,
)
from .pika_v2_turbo_image_to_video_input_resolution import (
    PikaV2TurboImageToVideoInputResolution as PikaV2TurboImageToVideoInputResolution,
)
from .pika_v2_turbo_image_to_video_output import (
    PikaV2TurboImageToVideoOutput as PikaV2TurboImageToVideoOutput,
)
from .pika_v2_turbo_text_to_video_input import (
    PikaV2TurboTextToVideoInput as PikaV2TurboTextToVideoInput,
)
from .pika_v2_turbo_text_to_video_input_aspect_ratio import (
    PikaV2TurboTextToVideoInputAspectRatio as PikaV2TurboTextToVideoInputAspectRatio,
)
from .pika_v2_turbo_text_to_video_input_resolution import (
    PikaV2TurboTextToVideoInputResolution as PikaV2TurboTextToVideoInputResolution,
)
from .pika_v2_turbo_text_to_video_output import (
    PikaV2TurboTextToVideoOutput as PikaV2TurboTextToVideoOutput,
)
from .pika_v15_pikaffects_input import PikaV15PikaffectsInput as PikaV15PikaffectsInput
from .pika_v15_pikaffects_input_pikaffect import (
    PikaV15PikaffectsInputPikaffect as PikaV15PikaffectsInputPikaffect,
)
from .pika_v15_pikaffects_output import (
    PikaV15PikaffectsOutput as PikaV15PikaffectsOutput,
)
from .pika_v21_image_to_video_input import (
    PikaV21ImageToVideoInput as PikaV21ImageToVideoInput,
)
from .pika_v21_image_to_video_input_resolution import (
    PikaV21ImageToVideoInputResolution as PikaV21ImageToVideoInputResolution,
)
from .pika_v21_image_to_video_output import (
    PikaV21ImageToVideoOutput as PikaV21ImageToVideoOutput,
)
from .pika_v21_text_to_video_input import (
    PikaV21TextToVideoInput as PikaV21TextToVideoInput,
)
from .pika_v21_text_to_video_input_aspect_ratio import (
    PikaV21TextToVideoInputAspectRatio as PikaV21TextToVideoInputAspectRatio,
)
from .pika_v21_text_to_video_input_resolution import (
    PikaV21TextToVideoInputResolution as PikaV21TextToVideoInputResolution,
)
from .pika_v21_text_to_video_output import (
    PikaV21TextToVideoOutput as PikaV21TextToVideoOutput,
)
from .pika_v22_image_to_video_input import (
    PikaV22ImageToVideoInput as PikaV22ImageToVideoInput,
)
from .pika_v22_image_to_video_input_duration import (
    PikaV22ImageToVideoInputDuration as PikaV22ImageToVideoInputDuration,
)
from .pika_v22_image_to_video_input_resolution import (
    PikaV22ImageToVideoInputResolution as PikaV22ImageToVideoInputResolution,
)
from .pika_v22_image_to_video_output import (
    PikaV22ImageToVideoOutput as PikaV22ImageToVideoOutput,
)
from .pika_v22_pikaframes_input import PikaV22PikaframesInput as PikaV22PikaframesInput
from .pika_v22_pikaframes_input_resolution import (
    PikaV22PikaframesInputResolution as PikaV22PikaframesInputResolution,
)
from .pika_v22_pikaframes_output import (
    PikaV22PikaframesOutput as PikaV22PikaframesOutput,
)
from .pika_v22_pikascenes_input import PikaV22PikascenesInput as PikaV22PikascenesInput
from .pika_v22_pikascenes_input_aspect_ratio import (
    PikaV22PikascenesInputAspectRatio as PikaV22PikascenesInputAspectRatio,
)
from .pika_v22_pikascenes_input_duration import (
    PikaV22PikascenesInputDuration as PikaV22PikascenesInputDuration,
)
from .pika_v22_pikascenes_input_ingredients_mode import (
    PikaV22PikascenesInputIngredientsMode as PikaV22PikascenesInputIngredientsMode,
)
from .pika_v22_pikascenes_input_resolution import (
    PikaV22PikascenesInputResolution as PikaV22PikascenesInputResolution,
)
from .pika_v22_pikascenes_output import (
    PikaV22PikascenesOutput as PikaV22PikascenesOutput,
)
from .pika_v22_text_to_video_input import (
    PikaV22TextToVideoInput as PikaV22TextToVideoInput,
)
from .pika_v22_text_to_video_input_aspect_ratio import (
    PikaV22TextToVideoInputAspectRatio as PikaV22TextToVideoInputAspectRatio,
)
from .pika_v22_text_to_video_input_duration import (
    PikaV22TextToVideoInputDuration as PikaV22TextToVideoInputDuration,
)
from .pika_v22_text_to_video_input_resolution import (
    PikaV22TextToVideoInputResolution as PikaV22TextToVideoInputResolution,
)
from .pika_v22_text_to_video_output import (
    PikaV22TextToVideoOutput as PikaV22TextToVideoOutput,
)
from .pixart_sigma_input import PixartSigmaInput as PixartSigmaInput
from .pixart_sigma_input_image_size_type_1 import (
    PixartSigmaInputImageSizeType1 as PixartSigmaInputImageSizeType1,
)
from .pixart_sigma_input_scheduler import (
    PixartSigmaInputScheduler as PixartSigmaInputScheduler,
)
from .pixart_sigma_input_style import PixartSigmaInputStyle as PixartSigmaInputStyle
from .pixart_sigma_output import PixartSigmaOutput as PixartSigmaOutput
from .pixart_sigma_output_timings import (
    PixartSigmaOutputTimings as PixartSigmaOutputTimings,
)
from .pixverse_extend_input import PixverseExtendInput as PixverseExtendInput
from .pixverse_extend_input_duration import (
    PixverseExtendInputDuration as PixverseExtendInputDuration,
)
from .pixverse_extend_input_model import (
    PixverseExtendInputModel as PixverseExtendInputModel,
)
from .pixverse_extend_input_resolution import (
    PixverseExtendInputResolution as PixverseExtendInputResolution,
)
from .pixverse_extend_input_style import (
    PixverseExtendInputStyle as PixverseExtendInputStyle,
)
from .pixverse_extend_output import PixverseExtendOutput as PixverseExtendOutput
from .pixverse_lipsync_input import PixverseLipsyncInput as PixverseLipsyncInput
from .pixverse_lipsync_input_voice_id import (
    PixverseLipsyncInputVoiceId as PixverseLipsyncInputVoiceId,
)
from .pixverse_lipsync_output import PixverseLipsyncOutput as PixverseLipsyncOutput
from .pixverse_sound_effects_input import (
    PixverseSoundEffectsInput as PixverseSoundEffectsInput,
)
from .pixverse_sound_effects_output import (
    PixverseSoundEffectsOutput as PixverseSoundEffectsOutput,
)
from .pixverse_swap_input import PixverseSwapInput as PixverseSwapInput
from .pixverse_swap_input_mode import PixverseSwapInputMode as PixverseSwapInputMode
from .pixverse_swap_input_resolution import (
    PixverseSwapInputResolution as PixverseSwapInputResolution,
)
from .pixverse_swap_output import PixverseSwapOutput as PixverseSwapOutput
from .pixverse_v4_effects_input import PixverseV4EffectsInput as PixverseV4EffectsInput
from .pixverse_v4_effects_input_duration import (
    PixverseV4EffectsInputDuration as PixverseV4EffectsInputDuration,
)
from .pixverse_v4_effects_input_effect import (
    PixverseV4EffectsInputEffect as PixverseV4EffectsInputEffect,
)
from .pixverse_v4_effects_input_resolution import (
    PixverseV4EffectsInputResolution as PixverseV4EffectsInputResolution,
)
from .pixverse_v4_effects_output import (
    PixverseV4EffectsOutput as PixverseV4EffectsOutput,
)
from .pixverse_v4_image_to_video_fast_input import (
    PixverseV4ImageToVideoFastInput as PixverseV4ImageToVideoFastInput,
)
from .pixverse_v4_image_to_video_fast_input_camera_movement import (
    PixverseV4ImageToVideoFastInputCameraMovement as PixverseV4ImageToVideoFastInputCameraMovement,
)
from .pixverse_v4_image_to_video_fast_input_resolution import (
    PixverseV4ImageToVideoFastInputResolution as PixverseV4ImageToVideoFastInputResolution,
)
from .pixverse_v4_image_to_video_fast_input_style import (
    PixverseV4ImageToVideoFastInputStyle as PixverseV4ImageToVideoFastInputStyle,
)
from .pixverse_v4_image_to_video_fast_output import (
    PixverseV4ImageToVideoFastOutput as PixverseV4ImageToVideoFastOutput,
)
from .pixverse_v4_image_to_video_input import (
    PixverseV4ImageToVideoInput as PixverseV4ImageToVideoInput,
)
from .pixverse_v4_image_to_video_input_camera_movement import (
    PixverseV4ImageToVideoInputCameraMovement as PixverseV4ImageToVideoInputCameraMovement,
)
from .pixverse_v4_image_to_video_input_duration import (
    PixverseV4ImageToVideoInputDuration as PixverseV4ImageToVideoInputDuration,
)
from .pixverse_v4_image_to_video_input_resolution import (
    PixverseV4ImageToVideoInputResolution as PixverseV4ImageToVideoInputResolution,
)
from .pixverse_v4_image_to_video_input_style import (
    PixverseV4ImageToVideoInputStyle as PixverseV4ImageToVideoInputStyle,
)
from .pixverse_v4_image_to_video_output import (
    PixverseV4ImageToVideoOutput as PixverseV4ImageToVideoOutput,
)
from .pixverse_v4_text_to_video_fast_input import (
    PixverseV4TextToVideoFastInput as PixverseV4TextToVideoFastInput,
)
from .pixverse_v4_text_to_video_fast_input_aspect_ratio import (
    PixverseV4TextToVideoFastInputAspectRatio as PixverseV4TextToVideoFastInputAspectRatio,
)
from .pixverse_v4_text_to_video_fast_input_resolution import (
    PixverseV4TextToVideoFastInputResolution as PixverseV4TextToVideoFastInputResolution,
)
from .pixverse_v4_text_to_video_fast_input_style import (
    PixverseV4TextToVideoFastInputStyle as PixverseV4TextToVideoFastInputStyle,
)
from .pixverse_v4_text_to_video_fast_output import (
    PixverseV4TextToVideoFastOutput as PixverseV4TextToVideoFastOutput,
)
from .pixverse_v4_text_to_video_input import (
    PixverseV4TextToVideoInput as PixverseV4TextToVideoInput,
)
from .pixverse_v4_text_to_video_input_aspect_ratio import (
    PixverseV4TextToVideoInputAspectRatio as PixverseV4TextToVideoInputAspectRatio,
)
from .pixverse_v4_text_to_video_input_duration import (
    PixverseV4TextToVideoInputDuration as PixverseV4TextToVideoInputDuration,
)
from .pixverse_v4_text_to_video_input_resolution import (
    PixverseV4TextToVideoInputResolution as PixverseV4TextToVideoInputResolution,
)
from .pixverse_v4_text_to_video_input_style import (
    PixverseV4TextToVideoInputStyle as PixverseV4TextToVideoInputStyle,
)
from .pixverse_v4_text_to_video_output import (
    PixverseV4TextToVideoOutput as PixverseV4TextToVideoOutput,
)
from .pixverse_v5_image_to_video_input import (
    PixverseV5ImageToVideoInput as PixverseV5ImageToVideoInput,
)
from .pixverse_v5_image_to_video_input_duration import (
    PixverseV5ImageToVideoInputDuration as PixverseV5ImageToVideoInputDuration,
)
from .pixverse_v5_image_to_video_input_resolution import (
    PixverseV5ImageToVideoInputResolution as PixverseV5ImageToVideoInputResolution,
)
from .pixverse_v5_image_to_video_input_style import (
    PixverseV5ImageToVideoInputStyle as PixverseV5ImageToVideoInputStyle,
)
from .pixverse_v5_image_to_video_output import (
    PixverseV5ImageToVideoOutput as PixverseV5ImageToVideoOutput,
)
from .pixverse_v5_text_to_video_input import (
    PixverseV5TextToVideoInput as PixverseV5TextToVideoInput,
)
from .pixverse_v5_text_to_video_input_aspect_ratio import (
    PixverseV5TextToVideoInputAspectRatio as PixverseV5TextToVideoInputAspectRatio,
)
from .pixverse_v5_text_to_video_input_duration import (
    PixverseV5TextToVideoInputDuration as PixverseV5TextToVideoInputDuration,
)
from .pixverse_v5_text_to_video_input_resolution import (
    PixverseV5TextToVideoInputResolution as PixverseV5TextToVideoInputResolution,
)
from .pixverse_v5_text_to_video_input_style import (
    PixverseV5TextToVideoInputStyle as PixverseV5TextToVideoInputStyle,
)
from .pixverse_v5_text_to_video_output import (
    PixverseV5TextToVideoOutput as PixverseV5TextToVideoOutput,
)
from .pixverse_v5_transition_input import (
    PixverseV5TransitionInput as PixverseV5TransitionInput,
)
from .pixverse_v5_transition_input_aspect_ratio import (
    PixverseV5TransitionInputAspectRatio as PixverseV5TransitionInputAspectRatio,
)
from .pixverse_v5_transition_input_duration import (
    PixverseV5TransitionInputDuration as PixverseV5TransitionInputDuration,
)
from .pixverse_v5_transition_input_resolution import (
    PixverseV5TransitionInputResolution as PixverseV5TransitionInputResolution,
)
from .pixverse_v5_transition_input_style import (
    PixverseV5TransitionInputStyle as PixverseV5TransitionInputStyle,
)
from .pixverse_v5_transition_output import (
    PixverseV5TransitionOutput as PixverseV5TransitionOutput,
)
from .pixverse_v35_effects_input import (
    PixverseV35EffectsInput as PixverseV35EffectsInput,
)
from .pixverse_v35_effects_input_duration import (
    PixverseV35EffectsInputDuration as PixverseV35EffectsInputDuration,
)
from .pixverse_v35_effects_input_effect import (
    PixverseV35EffectsInputEffect as PixverseV35EffectsInputEffect,
)
from .pixverse_v35_effects_input_resolution import (
    PixverseV35EffectsInputResolution as PixverseV35EffectsInputResolution,
)
from .pixverse_v35_effects_output import (
    PixverseV35EffectsOutput as PixverseV35EffectsOutput,
)
from .pixverse_v35_image_to_video_fast_input import (
    PixverseV35ImageToVideoFastInput as PixverseV35ImageToVideoFastInput,
)
from .pixverse_v35_image_to_video_fast_input_resolution import (
    PixverseV35ImageToVideoFastInputResolution as PixverseV35ImageToVideoFastInputResolution,
)
from .pixverse_v35_image_to_video_fast_input_style import (
    PixverseV35ImageToVideoFastInputStyle as PixverseV35ImageToVideoFastInputStyle,
)
from .pixverse_v35_image_to_video_fast_output import (
    PixverseV35ImageToVideoFastOutput as PixverseV35ImageToVideoFastOutput,
)
from .pixverse_v35_image_to_video_input import (
    PixverseV35ImageToVideoInput as PixverseV35ImageToVideoInput,
)
from .pixverse_v35_image_to_video_input_duration import (
    PixverseV35ImageToVideoInputDuration as PixverseV35ImageToVideoInputDuration,
)
from .pixverse_v35_image_to_video_input_resolution import (
    PixverseV35ImageToVideoInputResolution as PixverseV35ImageToVideoInputResolution,
)
from .pixverse_v35_image_to_video_input_style import (
    PixverseV35ImageToVideoInputStyle as PixverseV35ImageToVideoInputStyle,
)
from .pixverse_v35_image_to_video_output import (
    PixverseV35ImageToVideoOutput as PixverseV35ImageToVideoOutput,
)
from .pixverse_v35_text_to_video_fast_input import (
    PixverseV35TextToVideoFastInput as PixverseV35TextToVideoFastInput,
)
from .pixverse_v35_text_to_video_fast_input_aspect_ratio import (
    PixverseV35TextToVideoFastInputAspectRatio as PixverseV35TextToVideoFastInputAspectRatio,
)
from .pixverse_v35_text_to_video_fast_input_resolution import (
    PixverseV35TextToVideoFastInputResolution as PixverseV35TextToVideoFastInputResolution,
)
from .pixverse_v35_text_to_video_fast_input_style import (
    PixverseV35TextToVideoFastInputStyle as PixverseV35TextToVideoFastInputStyle,
)
from .pixverse_v35_text_to_video_fast_output import (
    PixverseV35TextToVideoFastOutput as PixverseV35TextToVideoFastOutput,
)
from .pixverse_v35_text_to_video_input import (
    PixverseV35TextToVideoInput as PixverseV35TextToVideoInput,
)
from .pixverse_v35_text_to_video_input_aspect_ratio import (
    PixverseV35TextToVideoInputAspectRatio as PixverseV35TextToVideoInputAspectRatio,
)
from .pixverse_v35_text_to_video_input_duration import (
    PixverseV35TextToVideoInputDuration as PixverseV35TextToVideoInputDuration,
)
from .pixverse_v35_text_to_video_input_resolution import (
    PixverseV35TextToVideoInputResolution as PixverseV35TextToVideoInputResolution,
)
from .pixverse_v35_text_to_video_input_style import (
    PixverseV35TextToVideoInputStyle as PixverseV35TextToVideoInputStyle,
)
from .pixverse_v35_text_to_video_output import (
    PixverseV35TextToVideoOutput as PixverseV35TextToVideoOutput,
)
from .pixverse_v35_transition_input import (
    PixverseV35TransitionInput as PixverseV35TransitionInput,
)
from .pixverse_v35_transition_input_aspect_ratio import (
    PixverseV35TransitionInputAspectRatio as PixverseV35TransitionInputAspectRatio,
)
from .pixverse_v35_transition_input_duration import (
    PixverseV35TransitionInputDuration as PixverseV35TransitionInputDuration,
)
from .pixverse_v35_transition_input_resolution import (
    PixverseV35TransitionInputResolution as PixverseV35TransitionInputResolution,
)
from .pixverse_v35_transition_input_style import (
    PixverseV35TransitionInputStyle as PixverseV35TransitionInputStyle,
)
from .pixverse_v35_transition_output import (
    PixverseV35TransitionOutput as PixverseV35TransitionOutput,
)
from .pixverse_v45_effects_input import (
    PixverseV45EffectsInput as PixverseV45EffectsInput,
)
from .pixverse_v45_effects_input_duration import (
    PixverseV45EffectsInputDuration as PixverseV45EffectsInputDuration,
)
from .pixverse_v45_effects_input_effect import (
    PixverseV45EffectsInputEffect as PixverseV45EffectsInputEffect,
)
from .pixverse_v45_effects_input_resolution import (
    PixverseV45EffectsInputResolution as PixverseV45EffectsInputResolution,
)
from .pixverse_v45_effects_output import (
    PixverseV45EffectsOutput as PixverseV45EffectsOutput,
)
from .pixverse_v45_image_to_video_fast_input import (
    PixverseV45ImageToVideoFastInput as PixverseV45ImageToVideoFastInput,
)
from .pixverse_v45_image_to_video_fast_input_camera_movement import (
    PixverseV45ImageToVideoFastInputCameraMovement as PixverseV45ImageToVideoFastInputCameraMovement,
)
from .pixverse_v45_image_to_video_fast_input_resolution import (
    PixverseV45ImageToVideoFastInputResolution as PixverseV45ImageToVideoFastInputResolution,
)
from .pixverse_v45_image_to_video_fast_input_style import (
    PixverseV45ImageToVideoFastInputStyle as PixverseV45ImageToVideoFastInputStyle,
)
from .pixverse_v45_image_to_video_fast_output import (
    PixverseV45ImageToVideoFastOutput as PixverseV45ImageToVideoFastOutput,
)
from .pixverse_v45_image_to_video_input import (
    PixverseV45ImageToVideoInput as PixverseV45ImageToVideoInput,
)
from .pixverse_v45_image_to_video_input_camera_movement import (
    PixverseV45ImageToVideoInputCameraMovement as PixverseV45ImageToVideoInputCameraMovement,
)
from .pixverse_v45_image_to_video_input_duration import (
    PixverseV45ImageToVideoInputDuration as PixverseV45ImageToVideoInputDuration,
)
from .pixverse_v45_image_to_video_input_resolution import (
    PixverseV45ImageToVideoInputResolution as PixverseV45ImageToVideoInputResolution,
)
from .pixverse_v45_image_to_video_input_style import (
    PixverseV45ImageToVideoInputStyle as PixverseV45ImageToVideoInputStyle,
)
from .pixverse_v45_image_to_video_output import (
    PixverseV45ImageToVideoOutput as PixverseV45ImageToVideoOutput,
)
from .pixverse_v45_text_to_video_fast_input import (
    PixverseV45TextToVideoFastInput as PixverseV45TextToVideoFastInput,
)
from .pixverse_v45_text_to_video_fast_input_aspect_ratio import (
    PixverseV45TextToVideoFastInputAspectRatio as PixverseV45TextToVideoFastInputAspectRatio,
)
from .pixverse_v45_text_to_video_fast_input_resolution import (
    PixverseV45TextToVideoFastInputResolution as PixverseV45TextToVideoFastInputResolution,
)
from .pixverse_v45_text_to_video_fast_input_style import (
    PixverseV45TextToVideoFastInputStyle as PixverseV45TextToVideoFastInputStyle,
)
from .pixverse_v45_text_to_video_fast_output import (
    PixverseV45TextToVideoFastOutput as PixverseV45TextToVideoFastOutput,
)
from .pixverse_v45_text_to_video_input import (
    PixverseV45TextToVideoInput as PixverseV45TextToVideoInput,
)
from .pixverse_v45_text_to_video_input_aspect_ratio import (
    PixverseV45TextToVideoInputAspectRatio as PixverseV45TextToVideoInputAspectRatio,
)
from .pixverse_v45_text_to_video_input_duration import (
    PixverseV45TextToVideoInputDuration as PixverseV45TextToVideoInputDuration,
)
from .pixverse_v45_text_to_video_input_resolution import (
    PixverseV45TextToVideoInputResolution as PixverseV45TextToVideoInputResolution,
)
from .pixverse_v45_text_to_video_input_style import (
    PixverseV45TextToVideoInputStyle as PixverseV45TextToVideoInputStyle,
)
from .pixverse_v45_text_to_video_output import (
    PixverseV45TextToVideoOutput as PixverseV45TextToVideoOutput,
)
from .pixverse_v55_effects_input import (
    PixverseV55EffectsInput as PixverseV55EffectsInput,
)
from .pixverse_v55_effects_input_duration import (
    PixverseV55EffectsInputDuration as PixverseV55EffectsInputDuration,
)
from .pixverse_v55_effects_input_effect import (
    PixverseV55EffectsInputEffect as PixverseV55EffectsInputEffect,
)
from .pixverse_v55_effects_input_resolution import (
    PixverseV55EffectsInputResolution as PixverseV55EffectsInputResolution,
)
from .pixverse_v55_effects_input_thinking_type import (
    PixverseV55EffectsInputThinkingType as PixverseV55EffectsInputThinkingType,
)
from .pixverse_v55_effects_output import (
    PixverseV55EffectsOutput as PixverseV55EffectsOutput,
)
from .pixverse_v55_image_to_video_input import (
    PixverseV55ImageToVideoInput as PixverseV55ImageToVideoInput,
)
from .pixverse_v55_image_to_video_input_duration import (
    PixverseV55ImageToVideoInputDuration as PixverseV55ImageToVideoInputDuration,
)
from .pixverse_v55_image_to_video_input_resolution import (
    PixverseV55ImageToVideoInputResolution as PixverseV55ImageToVideoInputResolution,
)
from .pixverse_v55_image_to_video_input_style import (
    PixverseV55ImageToVideoInputStyle as PixverseV55ImageToVideoInputStyle,
)
from .pixverse_v55_image_to_video_input_thinking_type import (
    PixverseV55ImageToVideoInputThinkingType as PixverseV55ImageToVideoInputThinkingType,
)
from .pixverse_v55_image_to_video_output import (
    PixverseV55ImageToVideoOutput as PixverseV55ImageToVideoOutput,
)
from .pixverse_v55_text_to_video_input import (
    PixverseV55TextToVideoInput as PixverseV55TextToVideoInput,
)
from .pixverse_v55_text_to_video_input_aspect_ratio import (
    PixverseV55TextToVideoInputAspectRatio as PixverseV55TextToVideoInputAspectRatio,
)
from .pixverse_v55_text_to_video_input_duration import (
    PixverseV55TextToVideoInputDuration as PixverseV55TextToVideoInputDuration,
)
from .pixverse_v55_text_to_video_input_resolution import (
    PixverseV55TextToVideoInputResolution as PixverseV55TextToVideoInputResolution,
)
from .pixverse_v55_text_to_video_input_style import (
    PixverseV55TextToVideoInputStyle as PixverseV55TextToVideoInputStyle,
)
from .pixverse_v55_text_to_video_input_thinking_type import (
    PixverseV55TextToVideoInputThinkingType as PixverseV55TextToVideoInputThinkingType,
)
from .pixverse_v55_text_to_video_output import (
    PixverseV55TextToVideoOutput as PixverseV55TextToVideoOutput,
)
from .pixverse_v55_transition_input import (
    PixverseV55TransitionInput as PixverseV55TransitionInput,
)
from .pixverse_v55_transition_input_aspect_ratio import (
    PixverseV55TransitionInputAspectRatio as PixverseV55TransitionInputAspectRatio,
)
from .pixverse_v55_transition_input_duration import (
    PixverseV55TransitionInputDuration as PixverseV55TransitionInputDuration,
)
from .pixverse_v55_transition_input_resolution import (
    PixverseV55TransitionInputResolution as PixverseV55TransitionInputResolution,
)
from .pixverse_v55_transition_input_style import (
    PixverseV55TransitionInputStyle as PixverseV55TransitionInputStyle,
)
from .pixverse_v55_transition_input_thinking_type import (
    PixverseV55TransitionInputThinkingType as PixverseV55TransitionInputThinkingType,
)
from .pixverse_v55_transition_output import (
    PixverseV55TransitionOutput as PixverseV55TransitionOutput,
)
from .pixverse_v56_image_to_video_input import (
    PixverseV56ImageToVideoInput as PixverseV56ImageToVideoInput,
)
from .pixverse_v56_image_to_video_input_duration import (
    PixverseV56ImageToVideoInputDuration as PixverseV56ImageToVideoInputDuration,
)
from .pixverse_v56_image_to_video_input_resolution import (
    PixverseV56ImageToVideoInputResolution as PixverseV56ImageToVideoInputResolution,
)
from .pixverse_v56_image_to_video_input_style import (
    PixverseV56ImageToVideoInputStyle as PixverseV56ImageToVideoInputStyle,
)
from .pixverse_v56_image_to_video_input_thinking_type import (
    PixverseV56ImageToVideoInputThinkingType as PixverseV56ImageToVideoInputThinkingType,
)
from .pixverse_v56_image_to_video_output import (
    PixverseV56ImageToVideoOutput as PixverseV56ImageToVideoOutput,
)
from .pixverse_v56_text_to_video_input import (
    PixverseV56TextToVideoInput as PixverseV56TextToVideoInput,
)
from .pixverse_v56_text_to_video_input_aspect_ratio import (
    PixverseV56TextToVideoInputAspectRatio as PixverseV56TextToVideoInputAspectRatio,
)
from .pixverse_v56_text_to_video_input_duration import (
    PixverseV56TextToVideoInputDuration as PixverseV56TextToVideoInputDuration,
)
from .pixverse_v56_text_to_video_input_resolution import (
    PixverseV56TextToVideoInputResolution as PixverseV56TextToVideoInputResolution,
)
from .pixverse_v56_text_to_video_input_style import (
    PixverseV56TextToVideoInputStyle as PixverseV56TextToVideoInputStyle,
)
from .pixverse_v56_text_to_video_input_thinking_type import (
    PixverseV56TextToVideoInputThinkingType as PixverseV56TextToVideoInputThinkingType,
)
from .pixverse_v56_text_to_video_output import (
    PixverseV56TextToVideoOutput as PixverseV56TextToVideoOutput,
)
from .pixverse_v56_transition_input import (
    PixverseV56TransitionInput as PixverseV56TransitionInput,
)
from .pixverse_v56_transition_input_aspect_ratio import (
    PixverseV56TransitionInputAspectRatio as PixverseV56TransitionInputAspectRatio,
)
from .pixverse_v56_transition_input_duration import (
    PixverseV56TransitionInputDuration as PixverseV56TransitionInputDuration,
)
from .pixverse_v56_transition_input_resolution import (
    PixverseV56TransitionInputResolution as PixverseV56TransitionInputResolution,
)
from .pixverse_v56_transition_input_style import (
    PixverseV56TransitionInputStyle as PixverseV56TransitionInputStyle,
)
from .pixverse_v56_transition_input_thinking_type import (
    PixverseV56TransitionInputThinkingType as PixverseV56TransitionInputThinkingType,
)
from .pixverse_v56_transition_output import (
    PixverseV56TransitionOutput as PixverseV56TransitionOutput,
)
from .playground_v25_input import PlaygroundV25Input as PlaygroundV25Input
from .playground_v25_input_format import (
    PlaygroundV25InputFormat as PlaygroundV25InputFormat,
)
from .playground_v25_input_image_size_type_1 import (
    PlaygroundV25InputImageSizeType1 as PlaygroundV25InputImageSizeType1,
)
from .playground_v25_input_safety_checker_version import (
    PlaygroundV25InputSafetyCheckerVersion as PlaygroundV25InputSafetyCheckerVersion,
)
from .playground_v25_output import PlaygroundV25Output as PlaygroundV25Output
from .playground_v25_output_timings import (
    PlaygroundV25OutputTimings as PlaygroundV25OutputTimings,
)
from .point import Point as Point
from .point_prompt import PointPrompt as PointPrompt
from .point_prompt_base import PointPromptBase as PointPromptBase
from .point_prompt_base_label import PointPromptBaseLabel as PointPromptBaseLabel
from .point_prompt_label import PointPromptLabel as PointPromptLabel
from .pony_v7_input import PonyV7Input as PonyV7Input
from .pony_v7_input_image_size_type_1 import (
    PonyV7InputImageSizeType1 as PonyV7InputImageSizeType1,
)
from .pony_v7_input_noise_source import PonyV7InputNoiseSource as PonyV7InputNoiseSource
from .pony_v7_input_output_format import (
    PonyV7InputOutputFormat as PonyV7InputOutputFormat,
)
from .pony_v7_output import PonyV7Output as PonyV7Output
from .pony_v7_output_timings import PonyV7OutputTimings as PonyV7OutputTimings
from .prompt_object import PromptObject as PromptObject
from .pronunciation_dict import PronunciationDict as PronunciationDict
from .pronunciation_dictionary_locator import (
    PronunciationDictionaryLocator as PronunciationDictionaryLocator,
)
from .pshuman_input import PshumanInput as PshumanInput
from .pshuman_output import PshumanOutput as PshumanOutput
from .queue_status import QueueStatus as QueueStatus
from .queue_status_metrics import QueueStatusMetrics as QueueStatusMetrics
from .queue_submitted import QueueSubmitted as QueueSubmitted
from .queue_submitted_metrics import QueueSubmittedMetrics as QueueSubmittedMetrics
from .qwen_3_guard_input import Qwen3GuardInput as Qwen3GuardInput
from .qwen_3_guard_output import Qwen3GuardOutput as Qwen3GuardOutput
from .qwen_3_guard_output_categories_item import (
    Qwen3GuardOutputCategoriesItem as Qwen3GuardOutputCategoriesItem,
)
from .qwen_3_guard_output_label import Qwen3GuardOutputLabel as Qwen3GuardOutputLabel
from .qwen_3_tts_clone_voice_06b_input import (
    Qwen3TtsCloneVoice06BInput as Qwen3TtsCloneVoice06BInput,
)
from .qwen_3_tts_clone_voice_06b_output import (
    Qwen3TtsCloneVoice06BOutput as Qwen3TtsCloneVoice06BOutput,
)
from .qwen_3_tts_clone_voice_17b_input import (
    Qwen3TtsCloneVoice17BInput as Qwen3TtsCloneVoice17BInput,
)
from .qwen_3_tts_clone_voice_17b_output import (
    Qwen3TtsCloneVoice17BOutput as Qwen3TtsCloneVoice17BOutput,
)
from .qwen_3_tts_text_to_speech_06b_input import (
    Qwen3TtsTextToSpeech06BInput as Qwen3TtsTextToSpeech06BInput,
)
from .qwen_3_tts_text_to_speech_06b_input_language import (
    Qwen3TtsTextToSpeech06BInputLanguage as Qwen3TtsTextToSpeech06BInputLanguage,
)
from .qwen_3_tts_text_to_speech_06b_input_voice import (
    Qwen3TtsTextToSpeech06BInputVoice as Qwen3TtsTextToSpeech06BInputVoice,
)
from .qwen_3_tts_text_to_speech_06b_output import (
    Qwen3TtsTextToSpeech06BOutput as Qwen3TtsTextToSpeech06BOutput,
)
from .qwen_3_tts_text_to_speech_17b_input import (
    Qwen3TtsTextToSpeech17BInput as Qwen3TtsTextToSpeech17BInput,
)
from .qwen_3_tts_text_to_speech_17b_input_language import (
    Qwen3TtsTextToSpeech17BInputLanguage as Qwen3TtsTextToSpeech17BInputLanguage,
)
from .qwen_3_tts_text_to_speech_17b_input_voice import (
    Qwen3TtsTextToSpeech17BInputVoice as Qwen3TtsTextToSpeech17BInputVoice,
)
from .qwen_3_tts_text_to_speech_17b_output import (
    Qwen3TtsTextToSpeech17BOutput as Qwen3TtsTextToSpeech17BOutput,
)
from .qwen_3_tts_voice_design_17b_input import (
    Qwen3TtsVoiceDesign17BInput as Qwen3TtsVoiceDesign17BInput,
)
from .qwen_3_tts_voice_design_17b_input_language import (
    Qwen3TtsVoiceDesign17BInputLanguage as Qwen3TtsVoiceDesign17BInputLanguage,
)
from .qwen_3_tts_voice_design_17b_output import (
    Qwen3TtsVoiceDesign17BOutput as Qwen3TtsVoiceDesign17BOutput,
)
from .qwen_image_2512_input import QwenImage2512Input as QwenImage2512Input
from .qwen_image_2512_input_acceleration import (
    QwenImage2512InputAcceleration as QwenImage2512InputAcceleration,
)
from .qwen_image_2512_input_image_size_type_1 import (
    QwenImage2512InputImageSizeType1 as QwenImage2512InputImageSizeType1,
)
from .qwen_image_2512_input_output_format import (
    QwenImage2512InputOutputFormat as QwenImage2512InputOutputFormat,
)
from .qwen_image_2512_lora_input import QwenImage2512LoraInput as QwenImage2512LoraInput
from .qwen_image_2512_lora_input_acceleration import (
    QwenImage2512LoraInputAcceleration as QwenImage2512LoraInputAcceleration,
)
from .qwen_image_2512_lora_input_image_size_type_1 import (
    QwenImage2512LoraInputImageSizeType1 as QwenImage2512LoraInputImageSizeType1,
)
from .qwen_image_2512_lora_input_output_format import (
    QwenImage2512LoraInputOutputFormat as QwenImage2512LoraInputOutputFormat,
)
from .qwen_image_2512_lora_output import (
    QwenImage2512LoraOutput as QwenImage2512LoraOutput,
)
from .qwen_image_2512_lora_output_timings import (
    QwenImage2512LoraOutputTimings as QwenImage2512LoraOutputTimings,
)
from .qwen_image_2512_output import QwenImage2512Output as QwenImage2512Output
from .qwen_image_2512_output_timings import (
    QwenImage2512OutputTimings as QwenImage2512OutputTimings,
)
from .qwen_image_2512_trainer_input import (
    QwenImage2512TrainerInput as QwenImage2512TrainerInput,
)
from .qwen_image_2512_trainer_output import (
    QwenImage2512TrainerOutput as QwenImage2512TrainerOutput,
)
from .qwen_image_2512_trainer_v2_input import (
    QwenImage2512TrainerV2Input as QwenImage2512TrainerV2Input,
)
from .qwen_image_2512_trainer_v2_output import (
    QwenImage2512TrainerV2Output as QwenImage2512TrainerV2Output,
)
from .qwen_image_edit_2509_trainer_input import (
    QwenImageEdit2509TrainerInput as QwenImageEdit2509TrainerInput,
)
from .qwen_image_edit_2509_trainer_output import (
    QwenImageEdit2509TrainerOutput as QwenImageEdit2509TrainerOutput,
)
from .qwen_image_edit_2511_trainer_input import (
    QwenImageEdit2511TrainerInput as QwenImageEdit2511TrainerInput,
)
from .qwen_image_edit_2511_trainer_output import (
    QwenImageEdit2511TrainerOutput as QwenImageEdit2511TrainerOutput,
)
from .qwen_image_edit_plus_trainer_input import (
    QwenImageEditPlusTrainerInput as QwenImageEditPlusTrainerInput,
)
from .qwen_image_edit_plus_trainer_output import (
    QwenImageEditPlusTrainerOutput as QwenImageEditPlusTrainerOutput,
)
from .qwen_image_edit_trainer_input import (
    QwenImageEditTrainerInput as QwenImageEditTrainerInput,
)
from .qwen_image_edit_trainer_output import (
    QwenImageEditTrainerOutput as QwenImageEditTrainerOutput,
)
from .qwen_image_input import QwenImageInput as QwenImageInput
from .qwen_image_input_acceleration import (
    QwenImageInputAcceleration as QwenImageInputAcceleration,
)
from .qwen_image_input_image_size_type_1 import (
    QwenImageInputImageSizeType1 as QwenImageInputImageSizeType1,
)
from .qwen_image_input_output_format import (
    QwenImageInputOutputFormat as QwenImageInputOutputFormat,
)
from .qwen_image_layered_trainer_input import (
    QwenImageLayeredTrainerInput as QwenImageLayeredTrainerInput,
)
from .qwen_image_layered_trainer_output import (
    QwenImageLayeredTrainerOutput as QwenImageLayeredTrainerOutput,
)
from .qwen_image_output import QwenImageOutput as QwenImageOutput
from .qwen_image_output_timings import QwenImageOutputTimings as QwenImageOutputTimings
from .realistic_vision_input import RealisticVisionInput as RealisticVisionInput
from .realistic_vision_input_format import (
    RealisticVisionInputFormat as RealisticVisionInputFormat,
)
from .realistic_vision_input_image_size_type_1 import (
    RealisticVisionInputImageSizeType1 as RealisticVisionInputImageSizeType1,
)
from .realistic_vision_input_safety_checker_version import (
    RealisticVisionInputSafetyCheckerVersion as RealisticVisionInputSafetyCheckerVersion,
)
from .realistic_vision_output import RealisticVisionOutput as RealisticVisionOutput
from .realistic_vision_output_timings import (
    RealisticVisionOutputTimings as RealisticVisionOutputTimings,
)
from .recraft_20b_input import Recraft20BInput as Recraft20BInput
from .recraft_20b_input_image_size_type_1 import (
    Recraft20BInputImageSizeType1 as Recraft20BInputImageSizeType1,
)
from .recraft_20b_input_style import Recraft20BInputStyle as Recraft20BInputStyle
from .recraft_20b_output import Recraft20BOutput as Recraft20BOutput
from .recraft_v3_create_style_input import (
    RecraftV3CreateStyleInput as RecraftV3CreateStyleInput,
)
from .recraft_v3_create_style_input_base_style import (
    RecraftV3CreateStyleInputBaseStyle as RecraftV3CreateStyleInputBaseStyle,
)
from .recraft_v3_create_style_output import (
    RecraftV3CreateStyleOutput as RecraftV3CreateStyleOutput,
)
from .recraft_v3_text_to_image_input import (
    RecraftV3TextToImageInput as RecraftV3TextToImageInput,
)
from .recraft_v3_text_to_image_input_image_size_type_1 import (
    RecraftV3TextToImageInputImageSizeType1 as RecraftV3TextToImageInputImageSizeType1,
)
from .recraft_v3_text_to_image_input_style import (
    RecraftV3TextToImageInputStyle as RecraftV3TextToImageInputStyle,
)
from .recraft_v3_text_to_image_output import (
    RecraftV3TextToImageOutput as RecraftV3TextToImageOutput,
)
from .reference_image_input import ReferenceImageInput as ReferenceImageInput
from .region import Region as Region
from .registry_image_fast_sdxl_models_image import (
    RegistryImageFastSdxlModelsImage as RegistryImageFastSdxlModelsImage,
)
from .relight_parameters import RelightParameters as RelightParameters
from .relight_parameters_bg_source import (
    RelightParametersBgSource as RelightParametersBgSource,
)
from .resemble_ai_chatterboxhd_speech_to_speech_input import (
    ResembleAiChatterboxhdSpeechToSpeechInput as ResembleAiChatterboxhdSpeechToSpeechInput,
)
from .resemble_ai_chatterboxhd_speech_to_speech_input_target_voice import (
    ResembleAiChatterboxhdSpeechToSpeechInputTargetVoice as ResembleAiChatterboxhdSpeechToSpeechInputTargetVoice,
)
from .resemble_ai_chatterboxhd_speech_to_speech_output import (
    ResembleAiChatterboxhdSpeechToSpeechOutput as ResembleAiChatterboxhdSpeechToSpeechOutput,
)
from .resemble_ai_chatterboxhd_text_to_speech_input import (
    ResembleAiChatterboxhdTextToSpeechInput as ResembleAiChatterboxhdTextToSpeechInput,
)
from .resemble_ai_chatterboxhd_text_to_speech_input_voice import (
    ResembleAiChatterboxhdTextToSpeechInputVoice as ResembleAiChatterboxhdTextToSpeechInputVoice,
)
from .resemble_ai_chatterboxhd_text_to_speech_output import (
    ResembleAiChatterboxhdTextToSpeechOutput as ResembleAiChatterboxhdTextToSpeechOutput,
)
from .reve_text_to_image_input import ReveTextToImageInput as ReveTextToImageInput
from .reve_text_to_image_input_aspect_ratio import (
    ReveTextToImageInputAspectRatio as ReveTextToImageInputAspectRatio,
)
from .reve_text_to_image_input_output_format import (
    ReveTextToImageInputOutputFormat as ReveTextToImageInputOutputFormat,
)
from .reve_text_to_image_output import ReveTextToImageOutput as ReveTextToImageOutput
from .rgb_color import RGBColor as RGBColor
from .rife_video_input import RifeVideoInput as RifeVideoInput
from .rife_video_output import RifeVideoOutput as RifeVideoOutput
from .rundiffusion_fal_juggernaut_flux_base_input import (
    RundiffusionFalJuggernautFluxBaseInput as RundiffusionFalJuggernautFluxBaseInput,
)
from .rundiffusion_fal_juggernaut_flux_base_input_image_size_type_1 import (
    RundiffusionFalJuggernautFluxBaseInputImageSizeType1 as RundiffusionFalJuggernautFluxBaseInputImageSizeType1,
)
from .rundiffusion_fal_juggernaut_flux_base_input_output_format import (
    RundiffusionFalJuggernautFluxBaseInputOutputFormat as RundiffusionFalJuggernautFluxBaseInputOutputFormat,
)
from .rundiffusion_fal_juggernaut_flux_base_output import (
    RundiffusionFalJuggernautFluxBaseOutput as RundiffusionFalJuggernautFluxBaseOutput,
)
from .rundiffusion_fal_juggernaut_flux_base_output_timings import (
    RundiffusionFalJuggernautFluxBaseOutputTimings as RundiffusionFalJuggernautFluxBaseOutputTimings,
)
from .rundiffusion_fal_juggernaut_flux_lightning_input import (
    RundiffusionFalJuggernautFluxLightningInput as RundiffusionFalJuggernautFluxLightningInput,
)
from .rundiffusion_fal_juggernaut_flux_lightning_input_image_size_type_1 import (
    RundiffusionFalJuggernautFluxLightningInputImageSizeType1 as RundiffusionFalJuggernautFluxLightningInputImageSizeType1,
)
from .rundiffusion_fal_juggernaut_flux_lightning_input_output_format import (
    RundiffusionFalJuggernautFluxLightningInputOutputFormat as RundiffusionFalJuggernautFluxLightningInputOutputFormat,
)
from .rundiffusion_fal_juggernaut_flux_lightning_output import (
    RundiffusionFalJuggernautFluxLightningOutput as RundiffusionFalJuggernautFluxLightningOutput,
)
from .rundiffusion_fal_juggernaut_flux_lightning_output_timings import (
    RundiffusionFalJuggernautFluxLightningOutputTimings as RundiffusionFalJuggernautFluxLightningOutputTimings,
)
from .rundiffusion_fal_juggernaut_flux_lora_input import (
    RundiffusionFalJuggernautFluxLoraInput as RundiffusionFalJuggernautFluxLoraInput,
)
from .rundiffusion_fal_juggernaut_flux_lora_input_image_size_type_1 import (
    RundiffusionFalJuggernautFluxLoraInputImageSizeType1 as RundiffusionFalJuggernautFluxLoraInputImageSizeType1,
)
from .rundiffusion_fal_juggernaut_flux_lora_input_output_format import (
    RundiffusionFalJuggernautFluxLoraInputOutputFormat as RundiffusionFalJuggernautFluxLoraInputOutputFormat,
)
from .rundiffusion_fal_juggernaut_flux_lora_output import (
    RundiffusionFalJuggernautFluxLoraOutput as RundiffusionFalJuggernautFluxLoraOutput,
)
from .rundiffusion_fal_juggernaut_flux_lora_output_timings import (
    RundiffusionFalJuggernautFluxLoraOutputTimings as RundiffusionFalJuggernautFluxLoraOutputTimings,
)
from .rundiffusion_fal_juggernaut_flux_pro_input import (
    RundiffusionFalJuggernautFluxProInput as RundiffusionFalJuggernautFluxProInput,
)
from .rundiffusion_fal_juggernaut_flux_pro_input_image_size_type_1 import (
    RundiffusionFalJuggernautFluxProInputImageSizeType1 as RundiffusionFalJuggernautFluxProInputImageSizeType1,
)
from .rundiffusion_fal_juggernaut_flux_pro_input_output_format import (
    RundiffusionFalJuggernautFluxProInputOutputFormat as RundiffusionFalJuggernautFluxProInputOutputFormat,
)
from .rundiffusion_fal_juggernaut_flux_pro_output import (
    RundiffusionFalJuggernautFluxProOutput as RundiffusionFalJuggernautFluxProOutput,
)
from .rundiffusion_fal_juggernaut_flux_pro_output_timings import (
    RundiffusionFalJuggernautFluxProOutputTimings as RundiffusionFalJuggernautFluxProOutputTimings,
)
from .rundiffusion_fal_rundiffusion_photo_flux_input import (
    RundiffusionFalRundiffusionPhotoFluxInput as RundiffusionFalRundiffusionPhotoFluxInput,
)
from .rundiffusion_fal_rundiffusion_photo_flux_input_image_size_type_1 import (
    RundiffusionFalRundiffusionPhotoFluxInputImageSizeType1 as RundiffusionFalRundiffusionPhotoFluxInputImageSizeType1,
)
from .rundiffusion_fal_rundiffusion_photo_flux_input_output_format import (
    RundiffusionFalRundiffusionPhotoFluxInputOutputFormat as RundiffusionFalRundiffusionPhotoFluxInputOutputFormat,
)
from .rundiffusion_fal_rundiffusion_photo_flux_output import (
    RundiffusionFalRundiffusionPhotoFluxOutput as RundiffusionFalRundiffusionPhotoFluxOutput,
)
from .rundiffusion_fal_rundiffusion_photo_flux_output_timings import (
    RundiffusionFalRundiffusionPhotoFluxOutputTimings as RundiffusionFalRundiffusionPhotoFluxOutputTimings,
)
from .sa_2_va_4b_image_input import Sa2Va4BImageInput as Sa2Va4BImageInput
from .sa_2_va_4b_image_output import Sa2Va4BImageOutput as Sa2Va4BImageOutput
from .sa_2_va_4b_video_input import Sa2Va4BVideoInput as Sa2Va4BVideoInput
from .sa_2_va_4b_video_output import Sa2Va4BVideoOutput as Sa2Va4BVideoOutput
from .sa_2_va_8b_image_input import Sa2Va8BImageInput as Sa2Va8BImageInput
from .sa_2_va_8b_image_output import Sa2Va8BImageOutput as Sa2Va8BImageOutput
from .sa_2_va_8b_video_input import Sa2Va8BVideoInput as Sa2Va8BVideoInput
from .sa_2_va_8b_video_output import Sa2Va8BVideoOutput as Sa2Va8BVideoOutput
from .sadtalker_input import SadtalkerInput as SadtalkerInput
from .sadtalker_input_face_enhancer import (
    SadtalkerInputFaceEnhancer as SadtalkerInputFaceEnhancer,
)
from .sadtalker_input_face_model_resolution import (
    SadtalkerInputFaceModelResolution as SadtalkerInputFaceModelResolution,
)
from .sadtalker_input_preprocess import (
    SadtalkerInputPreprocess as SadtalkerInputPreprocess,
)
from .sadtalker_output import SadtalkerOutput as SadtalkerOutput
from .sadtalker_reference_input import (
    SadtalkerReferenceInput as SadtalkerReferenceInput,
)
from .sadtalker_reference_input_face_enhancer import (
    SadtalkerReferenceInputFaceEnhancer as SadtalkerReferenceInputFaceEnhancer,
)
from .sadtalker_reference_input_face_model_resolution import (
    SadtalkerReferenceInputFaceModelResolution as SadtalkerReferenceInputFaceModelResolution,
)
from .sadtalker_reference_input_preprocess import (
    SadtalkerReferenceInputPreprocess as SadtalkerReferenceInputPreprocess,
)
from .sadtalker_reference_output import (
    SadtalkerReferenceOutput as SadtalkerReferenceOutput,
)
from .sam3d_body_alignment_info import SAM3DBodyAlignmentInfo as SAM3DBodyAlignmentInfo
from .sam3d_body_metadata import SAM3DBodyMetadata as SAM3DBodyMetadata
from .sam3d_body_person_metadata import (
    SAM3DBodyPersonMetadata as SAM3DBodyPersonMetadata,
)
from .sam_3_image_embed_input import Sam3ImageEmbedInput as Sam3ImageEmbedInput
from .sam_3_image_embed_output import Sam3ImageEmbedOutput as Sam3ImageEmbedOutput
from .sam_3_video_input import Sam3VideoInput as Sam3VideoInput
from .sam_3_video_output import Sam3VideoOutput as Sam3VideoOutput
from .sam_3_video_rle_input import Sam3VideoRleInput as Sam3VideoRleInput
from .sam_3_video_rle_output import Sam3VideoRleOutput as Sam3VideoRleOutput
from .sam_33d_align_input import Sam33DAlignInput as Sam33DAlignInput
from .sam_33d_align_output import Sam33DAlignOutput as Sam33DAlignOutput
from .sam_33d_body_input import Sam33DBodyInput as Sam33DBodyInput
from .sam_33d_body_output import Sam33DBodyOutput as Sam33DBodyOutput
from .sam_audio_separate_input import SamAudioSeparateInput as SamAudioSeparateInput
from .sam_audio_separate_input_acceleration import (
    SamAudioSeparateInputAcceleration as SamAudioSeparateInputAcceleration,
)
from .sam_audio_separate_input_output_format import (
    SamAudioSeparateInputOutputFormat as SamAudioSeparateInputOutputFormat,
)
from .sam_audio_separate_output import SamAudioSeparateOutput as SamAudioSeparateOutput
from .sam_audio_span_separate_input import (
    SamAudioSpanSeparateInput as SamAudioSpanSeparateInput,
)
from .sam_audio_span_separate_input_acceleration import (
    SamAudioSpanSeparateInputAcceleration as SamAudioSpanSeparateInputAcceleration,
)
from .sam_audio_span_separate_input_output_format import (
    SamAudioSpanSeparateInputOutputFormat as SamAudioSpanSeparateInputOutputFormat,
)
from .sam_audio_span_separate_output import (
    SamAudioSpanSeparateOutput as SamAudioSpanSeparateOutput,
)
from .sam_audio_visual_separate_input import (
    SamAudioVisualSeparateInput as SamAudioVisualSeparateInput,
)
from .sam_audio_visual_separate_input_acceleration import (
    SamAudioVisualSeparateInputAcceleration as SamAudioVisualSeparateInputAcceleration,
)
from .sam_audio_visual_separate_input_output_format import (
    SamAudioVisualSeparateInputOutputFormat as SamAudioVisualSeparateInputOutputFormat,
)
from .sam_audio_visual_separate_output import (
    SamAudioVisualSeparateOutput as SamAudioVisualSeparateOutput,
)
from .sana_input import SanaInput as SanaInput
from .sana_input_image_size_type_1 import (
    SanaInputImageSizeType1 as SanaInputImageSizeType1,
)
from .sana_input_output_format import SanaInputOutputFormat as SanaInputOutputFormat
from .sana_input_style_name import SanaInputStyleName as SanaInputStyleName
from .sana_output import SanaOutput as SanaOutput
from .sana_output_timings import SanaOutputTimings as SanaOutputTimings
from .sana_sprint_input import SanaSprintInput as SanaSprintInput
from .sana_sprint_input_image_size_type_1 import (
    SanaSprintInputImageSizeType1 as SanaSprintInputImageSizeType1,
)
from .sana_sprint_input_output_format import (
    SanaSprintInputOutputFormat as SanaSprintInputOutputFormat,
)
from .sana_sprint_input_style_name import (
    SanaSprintInputStyleName as SanaSprintInputStyleName,
)
from .sana_sprint_output import SanaSprintOutput as SanaSprintOutput
from .sana_sprint_output_timings import (
    SanaSprintOutputTimings as SanaSprintOutputTimings,
)
from .sana_v1516b_input import SanaV1516BInput as SanaV1516BInput
from .sana_v1516b_input_image_size_type_1 import (
    SanaV1516BInputImageSizeType1 as SanaV1516BInputImageSizeType1,
)
from .sana_v1516b_input_output_format import (
    SanaV1516BInputOutputFormat as SanaV1516BInputOutputFormat,
)
from .sana_v1516b_input_style_name import (
    SanaV1516BInputStyleName as SanaV1516BInputStyleName,
)
from .sana_v1516b_output import SanaV1516BOutput as SanaV1516BOutput
from .sana_v1516b_output_timings import (
    SanaV1516BOutputTimings as SanaV1516BOutputTimings,
)
from .sana_v1548b_input import SanaV1548BInput as SanaV1548BInput
from .sana_v1548b_input_image_size_type_1 import (
    SanaV1548BInputImageSizeType1 as SanaV1548BInputImageSizeType1,
)
from .sana_v1548b_input_output_format import (
    SanaV1548BInputOutputFormat as SanaV1548BInputOutputFormat,
)
from .sana_v1548b_input_style_name import (
    SanaV1548BInputStyleName as SanaV1548BInputStyleName,
)
from .sana_v1548b_output import SanaV1548BOutput as SanaV1548BOutput
from .sana_v1548b_output_timings import (
    SanaV1548BOutputTimings as SanaV1548BOutputTimings,
)
from .sana_video_input import SanaVideoInput as SanaVideoInput
from .sana_video_input_resolution import (
    SanaVideoInputResolution as SanaVideoInputResolution,
)
from .sana_video_output import SanaVideoOutput as SanaVideoOutput
from .scail_input import ScailInput as ScailInput
from .scail_input_resolution import ScailInputResolution as ScailInputResolution
from .scail_output import ScailOutput as ScailOutput
from .sdxl_controlnet_union_input import (
    SdxlControlnetUnionInput as SdxlControlnetUnionInput,
)
from .sdxl_controlnet_union_input_format import (
    SdxlControlnetUnionInputFormat as SdxlControlnetUnionInputFormat,
)
from .sdxl_controlnet_union_input_image_size_type_0_type_1 import (
    SdxlControlnetUnionInputImageSizeType0Type1 as SdxlControlnetUnionInputImageSizeType0Type1,
)
from .sdxl_controlnet_union_input_safety_checker_version import (
    SdxlControlnetUnionInputSafetyCheckerVersion as SdxlControlnetUnionInputSafetyCheckerVersion,
)
from .sdxl_controlnet_union_output import (
    SdxlControlnetUnionOutput as SdxlControlnetUnionOutput,
)
from .sdxl_controlnet_union_output_timings import (
    SdxlControlnetUnionOutputTimings as SdxlControlnetUnionOutputTimings,
)
from .seedvr_upscale_video_input import (
    SeedvrUpscaleVideoInput as SeedvrUpscaleVideoInput,
)
from .seedvr_upscale_video_input_output_format import (
    SeedvrUpscaleVideoInputOutputFormat as SeedvrUpscaleVideoInputOutputFormat,
)
from .seedvr_upscale_video_input_output_quality import (
    SeedvrUpscaleVideoInputOutputQuality as SeedvrUpscaleVideoInputOutputQuality,
)
from .seedvr_upscale_video_input_output_write_mode import (
    SeedvrUpscaleVideoInputOutputWriteMode as SeedvrUpscaleVideoInputOutputWriteMode,
)
from .seedvr_upscale_video_input_target_resolution import (
    SeedvrUpscaleVideoInputTargetResolution as SeedvrUpscaleVideoInputTargetResolution,
)
from .seedvr_upscale_video_input_upscale_mode import (
    SeedvrUpscaleVideoInputUpscaleMode as SeedvrUpscaleVideoInputUpscaleMode,
)
from .seedvr_upscale_video_output import (
    SeedvrUpscaleVideoOutput as SeedvrUpscaleVideoOutput,
)
from .semantic_image_input import SemanticImageInput as SemanticImageInput
from .sigmas_input import SigmasInput as SigmasInput
from .sigmas_input_method import SigmasInputMethod as SigmasInputMethod
from .silero_vad_input import SileroVadInput as SileroVadInput
from .silero_vad_output import SileroVadOutput as SileroVadOutput
from .sky_raccoon_input import SkyRaccoonInput as SkyRaccoonInput
from .sky_raccoon_input_image_size_type_1 import (
    SkyRaccoonInputImageSizeType1 as SkyRaccoonInputImageSizeType1,
)
from .sky_raccoon_output import SkyRaccoonOutput as SkyRaccoonOutput
from .skyreels_i2v_input import SkyreelsI2VInput as SkyreelsI2VInput
from .skyreels_i2v_input_aspect_ratio import (
    SkyreelsI2VInputAspectRatio as SkyreelsI2VInputAspectRatio,
)
from .skyreels_i2v_output import SkyreelsI2VOutput as SkyreelsI2VOutput
from .smart_turn_input import SmartTurnInput as SmartTurnInput
from .smart_turn_output import SmartTurnOutput as SmartTurnOutput
from .smart_turn_output_metrics import SmartTurnOutputMetrics as SmartTurnOutputMetrics
from .sonauto_v2_extend_input import SonautoV2ExtendInput as SonautoV2ExtendInput
from .sonauto_v2_extend_input_output_bit_rate_type_0 import (
    SonautoV2ExtendInputOutputBitRateType0 as SonautoV2ExtendInputOutputBitRateType0,
)
from .sonauto_v2_extend_input_output_format import (
    SonautoV2ExtendInputOutputFormat as SonautoV2ExtendInputOutputFormat,
)
from .sonauto_v2_extend_input_side import (
    SonautoV2ExtendInputSide as SonautoV2ExtendInputSide,
)
from .sonauto_v2_extend_output import SonautoV2ExtendOutput as SonautoV2ExtendOutput
from .sonauto_v2_inpaint_input import SonautoV2InpaintInput as SonautoV2InpaintInput
from .sonauto_v2_inpaint_input_output_bit_rate_type_0 import (
    SonautoV2InpaintInputOutputBitRateType0 as SonautoV2InpaintInputOutputBitRateType0,
)
from .sonauto_v2_inpaint_input_output_format import (
    SonautoV2InpaintInputOutputFormat as SonautoV2InpaintInputOutputFormat,
)
from .sonauto_v2_inpaint_output import SonautoV2InpaintOutput as SonautoV2InpaintOutput
from .sonauto_v2_text_to_music_input import (
    SonautoV2TextToMusicInput as SonautoV2TextToMusicInput,
)
from .sonauto_v2_text_to_music_input_output_bit_rate_type_0 import (
    SonautoV2TextToMusicInputOutputBitRateType0 as SonautoV2TextToMusicInputOutputBitRateType0,
)
from .sonauto_v2_text_to_music_input_output_format import (
    SonautoV2TextToMusicInputOutputFormat as SonautoV2TextToMusicInputOutputFormat,
)
from .sonauto_v2_text_to_music_output import (
    SonautoV2TextToMusicOutput as SonautoV2TextToMusicOutput,
)
from .sora_2_image_to_video_input import (
    Sora2ImageToVideoInput as Sora2ImageToVideoInput,
)
from .sora_2_image_to_video_input_aspect_ratio import (
    Sora2ImageToVideoInputAspectRatio as Sora2ImageToVideoInputAspectRatio,
)
from .sora_2_image_to_video_input_duration import (
    Sora2ImageToVideoInputDuration as Sora2ImageToVideoInputDuration,
)
from .sora_2_image_to_video_input_model import (
    Sora2ImageToVideoInputModel as Sora2ImageToVideoInputModel,
)
from .sora_2_image_to_video_input_resolution import (
    Sora2ImageToVideoInputResolution as Sora2ImageToVideoInputResolution,
)
from .sora_2_image_to_video_output import (
    Sora2ImageToVideoOutput as Sora2ImageToVideoOutput,
)
from .sora_2_image_to_video_pro_input import (
    Sora2ImageToVideoProInput as Sora2ImageToVideoProInput,
)
from .sora_2_image_to_video_pro_input_aspect_ratio import (
    Sora2ImageToVideoProInputAspectRatio as Sora2ImageToVideoProInputAspectRatio,
)
from .sora_2_image_to_video_pro_input_duration import (
    Sora2ImageToVideoProInputDuration as Sora2ImageToVideoProInputDuration,
)
from .sora_2_image_to_video_pro_input_resolution import (
    Sora2ImageToVideoProInputResolution as Sora2ImageToVideoProInputResolution,
)
from .sora_2_image_to_video_pro_output import (
    Sora2ImageToVideoProOutput as Sora2ImageToVideoProOutput,
)
from .sora_2_text_to_video_input import Sora2TextToVideoInput as Sora2TextToVideoInput
from .sora_2_text_to_video_input_aspect_ratio import (
    Sora2TextToVideoInputAspectRatio as Sora2TextToVideoInputAspectRatio,
)
from .sora_2_text_to_video_input_duration import (
    Sora2TextToVideoInputDuration as Sora2TextToVideoInputDuration,
)
from .sora_2_text_to_video_input_model import (
    Sora2TextToVideoInputModel as Sora2TextToVideoInputModel,
)
from .sora_2_text_to_video_input_resolution import (
    Sora2TextToVideoInputResolution as Sora2TextToVideoInputResolution,
)
from .sora_2_text_to_video_output import (
    Sora2TextToVideoOutput as Sora2TextToVideoOutput,
)
from .sora_2_text_to_video_pro_input import (
    Sora2TextToVideoProInput as Sora2TextToVideoProInput,
)
from .sora_2_text_to_video_pro_input_aspect_ratio import (
    Sora2TextToVideoProInputAspectRatio as Sora2TextToVideoProInputAspectRatio,
)
from .sora_2_text_to_video_pro_input_duration import (
    Sora2TextToVideoProInputDuration as Sora2TextToVideoProInputDuration,
)
from .sora_2_text_to_video_pro_input_resolution import (
    Sora2TextToVideoProInputResolution as Sora2TextToVideoProInputResolution,
)
from .sora_2_text_to_video_pro_output import (
    Sora2TextToVideoProOutput as Sora2TextToVideoProOutput,
)
from .sora_2_video_to_video_remix_input import (
    Sora2VideoToVideoRemixInput as Sora2VideoToVideoRemixInput,
)
from .sora_2_video_to_video_remix_output import (
    Sora2VideoToVideoRemixOutput as Sora2VideoToVideoRemixOutput,
)
from .speaker import Speaker as Speaker
from .speech_timestamp import SpeechTimestamp as SpeechTimestamp
from .speech_to_text_input import SpeechToTextInput as SpeechToTextInput
from .speech_to_text_output import SpeechToTextOutput as SpeechToTextOutput
from .speech_to_text_stream_input import (
    SpeechToTextStreamInput as SpeechToTextStreamInput,
)
from .speech_to_text_stream_output import (
    SpeechToTextStreamOutput as SpeechToTextStreamOutput,
)
from .speech_to_text_turbo_input import SpeechToTextTurboInput as SpeechToTextTurboInput
from .speech_to_text_turbo_output import (
    SpeechToTextTurboOutput as SpeechToTextTurboOutput,
)
from .speech_to_text_turbo_stream_input import (
    SpeechToTextTurboStreamInput as SpeechToTextTurboStreamInput,
)
from .speech_to_text_turbo_stream_output import (
    SpeechToTextTurboStreamOutput as SpeechToTextTurboStreamOutput,
)
from .stable_audio_25_audio_to_audio_input import (
    StableAudio25AudioToAudioInput as StableAudio25AudioToAudioInput,
)
from .stable_audio_25_audio_to_audio_output import (
    StableAudio25AudioToAudioOutput as StableAudio25AudioToAudioOutput,
)
from .stable_audio_25_inpaint_input import (
    StableAudio25InpaintInput as StableAudio25InpaintInput,
)
from .stable_audio_25_inpaint_output import (
    StableAudio25InpaintOutput as StableAudio25InpaintOutput,
)
from .stable_audio_25_text_to_audio_input import (
    StableAudio25TextToAudioInput as StableAudio25TextToAudioInput,
)
from .stable_audio_25_text_to_audio_output import (
    StableAudio25TextToAudioOutput as StableAudio25TextToAudioOutput,
)
from .stable_avatar_input import StableAvatarInput as StableAvatarInput
from .stable_avatar_input_aspect_ratio import (
    StableAvatarInputAspectRatio as StableAvatarInputAspectRatio,
)
from .stable_avatar_output import StableAvatarOutput as StableAvatarOutput
from .stable_cascade_input import StableCascadeInput as StableCascadeInput
from .stable_cascade_input_image_size_type_1 import (
    StableCascadeInputImageSizeType1 as StableCascadeInputImageSizeType1,
)
from .stable_cascade_output import StableCascadeOutput as StableCascadeOutput
from .stable_cascade_output_timings import (
    StableCascadeOutputTimings as StableCascadeOutputTimings,
)
from .stable_diffusion_v3_medium_input import (
    StableDiffusionV3MediumInput as StableDiffusionV3MediumInput,
)
from .stable_diffusion_v3_medium_input_image_size_type_1 import (
    StableDiffusionV3MediumInputImageSizeType1 as StableDiffusionV3MediumInputImageSizeType1,
)
from .stable_diffusion_v3_medium_output import (
    StableDiffusionV3MediumOutput as StableDiffusionV3MediumOutput,
)
from .stable_diffusion_v3_medium_output_timings import (
    StableDiffusionV3MediumOutputTimings as StableDiffusionV3MediumOutputTimings,
)
from .stable_diffusion_v15_input import (
    StableDiffusionV15Input as StableDiffusionV15Input,
)
from .stable_diffusion_v15_input_format import (
    StableDiffusionV15InputFormat as StableDiffusionV15InputFormat,
)
from .stable_diffusion_v15_input_image_size_type_1 import (
    StableDiffusionV15InputImageSizeType1 as StableDiffusionV15InputImageSizeType1,
)
from .stable_diffusion_v15_input_safety_checker_version import (
    StableDiffusionV15InputSafetyCheckerVersion as StableDiffusionV15InputSafetyCheckerVersion,
)
from .stable_diffusion_v15_output import (
    StableDiffusionV15Output as StableDiffusionV15Output,
)
from .stable_diffusion_v15_output_timings import (
    StableDiffusionV15OutputTimings as StableDiffusionV15OutputTimings,
)
from .stable_diffusion_v35_large_input import (
    StableDiffusionV35LargeInput as StableDiffusionV35LargeInput,
)
from .stable_diffusion_v35_large_input_image_size_type_1 import (
    StableDiffusionV35LargeInputImageSizeType1 as StableDiffusionV35LargeInputImageSizeType1,
)
from .stable_diffusion_v35_large_input_output_format import (
    StableDiffusionV35LargeInputOutputFormat as StableDiffusionV35LargeInputOutputFormat,
)
from .stable_diffusion_v35_large_output import (
    StableDiffusionV35LargeOutput as StableDiffusionV35LargeOutput,
)
from .stable_diffusion_v35_large_output_timings import (
    StableDiffusionV35LargeOutputTimings as StableDiffusionV35LargeOutputTimings,
)
from .stable_diffusion_v35_medium_input import (
    StableDiffusionV35MediumInput as StableDiffusionV35MediumInput,
)
from .stable_diffusion_v35_medium_input_image_size_type_1 import (
    StableDiffusionV35MediumInputImageSizeType1 as StableDiffusionV35MediumInputImageSizeType1,
)
from .stable_diffusion_v35_medium_input_output_format import (
    StableDiffusionV35MediumInputOutputFormat as StableDiffusionV35MediumInputOutputFormat,
)
from .stable_diffusion_v35_medium_output import (
    StableDiffusionV35MediumOutput as StableDiffusionV35MediumOutput,
)
from .stable_diffusion_v35_medium_output_timings import (
    StableDiffusionV35MediumOutputTimings as StableDiffusionV35MediumOutputTimings,
)
from .stable_video_input import StableVideoInput as StableVideoInput
from .stable_video_output import StableVideoOutput as StableVideoOutput
from .steady_dancer_input import SteadyDancerInput as SteadyDancerInput
from .steady_dancer_input_acceleration import (
    SteadyDancerInputAcceleration as SteadyDancerInputAcceleration,
)
from .steady_dancer_input_aspect_ratio import (
    SteadyDancerInputAspectRatio as SteadyDancerInputAspectRatio,
)
from .steady_dancer_input_resolution import (
    SteadyDancerInputResolution as SteadyDancerInputResolution,
)
from .steady_dancer_output import SteadyDancerOutput as SteadyDancerOutput
from .stream_status_logs import StreamStatusLogs as StreamStatusLogs
from .structured_prompt import StructuredPrompt as StructuredPrompt
from .switti_512_input import Switti512Input as Switti512Input
from .switti_512_input_output_format import (
    Switti512InputOutputFormat as Switti512InputOutputFormat,
)
from .switti_512_output import Switti512Output as Switti512Output
from .switti_512_output_timings import Switti512OutputTimings as Switti512OutputTimings
from .switti_input import SwittiInput as SwittiInput
from .switti_input_output_format import (
    SwittiInputOutputFormat as SwittiInputOutputFormat,
)
from .switti_output import SwittiOutput as SwittiOutput
from .switti_output_timings import SwittiOutputTimings as SwittiOutputTimings
from .sync_lipsync_input import SyncLipsyncInput as SyncLipsyncInput
from .sync_lipsync_input_model import SyncLipsyncInputModel as SyncLipsyncInputModel
from .sync_lipsync_input_sync_mode import (
    SyncLipsyncInputSyncMode as SyncLipsyncInputSyncMode,
)
from .sync_lipsync_output import SyncLipsyncOutput as SyncLipsyncOutput
from .sync_lipsync_react_1_input import SyncLipsyncReact1Input as SyncLipsyncReact1Input
from .sync_lipsync_react_1_input_emotion import (
    SyncLipsyncReact1InputEmotion as SyncLipsyncReact1InputEmotion,
)
from .sync_lipsync_react_1_input_lipsync_mode import (
    SyncLipsyncReact1InputLipsyncMode as SyncLipsyncReact1InputLipsyncMode,
)
from .sync_lipsync_react_1_input_model_mode import (
    SyncLipsyncReact1InputModelMode as SyncLipsyncReact1InputModelMode,
)
from .sync_lipsync_react_1_output import (
    SyncLipsyncReact1Output as SyncLipsyncReact1Output,
)
from .sync_lipsync_v2_input import SyncLipsyncV2Input as SyncLipsyncV2Input
from .sync_lipsync_v2_input_model import (
    SyncLipsyncV2InputModel as SyncLipsyncV2InputModel,
)
from .sync_lipsync_v2_input_sync_mode import (
    SyncLipsyncV2InputSyncMode as SyncLipsyncV2InputSyncMode,
)
from .sync_lipsync_v2_output import SyncLipsyncV2Output as SyncLipsyncV2Output
from .t2v_turbo_input import T2VTurboInput as T2VTurboInput
from .t2v_turbo_output import T2VTurboOutput as T2VTurboOutput
from .texture_files import TextureFiles as TextureFiles
from .thinksound_input import ThinksoundInput as ThinksoundInput
from .thinksound_output import ThinksoundOutput as ThinksoundOutput
from .timesteps_input import TimestepsInput as TimestepsInput
from .timesteps_input_method import TimestepsInputMethod as TimestepsInputMethod
from .topaz_upscale_video_input import TopazUpscaleVideoInput as TopazUpscaleVideoInput
from .topaz_upscale_video_output import (
    TopazUpscaleVideoOutput as TopazUpscaleVideoOutput,
)
from .track import Track as Track
from .trajectory import Trajectory as Trajectory
from .trajectory_parameters import TrajectoryParameters as TrajectoryParameters
from .transcription_word import TranscriptionWord as TranscriptionWord
from .transpixar_input import TranspixarInput as TranspixarInput
from .transpixar_output import TranspixarOutput as TranspixarOutput
from .transpixar_output_timings import (
    TranspixarOutputTimings as TranspixarOutputTimings,
)
from .trellis_2_input import Trellis2Input as Trellis2Input
from .trellis_2_input_resolution import (
    Trellis2InputResolution as Trellis2InputResolution,
)
from .trellis_2_input_texture_size import (
    Trellis2InputTextureSize as Trellis2InputTextureSize,
)
from .trellis_2_output import Trellis2Output as Trellis2Output
from .trellis_multi_input import TrellisMultiInput as TrellisMultiInput
from .trellis_multi_input_multiimage_algo import (
    TrellisMultiInputMultiimageAlgo as TrellisMultiInputMultiimageAlgo,
)
from .trellis_multi_input_texture_size import (
    TrellisMultiInputTextureSize as TrellisMultiInputTextureSize,
)
from .trellis_multi_output import TrellisMultiOutput as TrellisMultiOutput
from .trellis_multi_output_timings import (
    TrellisMultiOutputTimings as TrellisMultiOutputTimings,
)
from .tripo_3d_tripo_v25_image_to_3d_input import (
    Tripo3DTripoV25ImageTo3DInput as Tripo3DTripoV25ImageTo3DInput,
)
from .tripo_3d_tripo_v25_image_to_3d_input_orientation import (
    Tripo3DTripoV25ImageTo3DInputOrientation as Tripo3DTripoV25ImageTo3DInputOrientation,
)
from .tripo_3d_tripo_v25_image_to_3d_input_style import (
    Tripo3DTripoV25ImageTo3DInputStyle as Tripo3DTripoV25ImageTo3DInputStyle,
)
from .tripo_3d_tripo_v25_image_to_3d_input_texture import (
    Tripo3DTripoV25ImageTo3DInputTexture as Tripo3DTripoV25ImageTo3DInputTexture,
)
from .tripo_3d_tripo_v25_image_to_3d_input_texture_alignment import (
    Tripo3DTripoV25ImageTo3DInputTextureAlignment as Tripo3DTripoV25ImageTo3DInputTextureAlignment,
)
from .tripo_3d_tripo_v25_image_to_3d_output import (
    Tripo3DTripoV25ImageTo3DOutput as Tripo3DTripoV25ImageTo3DOutput,
)
from .tripo_3d_tripo_v25_multiview_to_3d_input import (
    Tripo3DTripoV25MultiviewTo3DInput as Tripo3DTripoV25MultiviewTo3DInput,
)
from .tripo_3d_tripo_v25_multiview_to_3d_input_orientation import (
    Tripo3DTripoV25MultiviewTo3DInputOrientation as Tripo3DTripoV25MultiviewTo3DInputOrientation,
)
from .tripo_3d_tripo_v25_multiview_to_3d_input_style import (
    Tripo3DTripoV25MultiviewTo3DInputStyle as Tripo3DTripoV25MultiviewTo3DInputStyle,
)
from .tripo_3d_tripo_v25_multiview_to_3d_input_texture import (
    Tripo3DTripoV25MultiviewTo3DInputTexture as Tripo3DTripoV25MultiviewTo3DInputTexture,
)
from .tripo_3d_tripo_v25_multiview_to_3d_input_texture_alignment import (
    Tripo3DTripoV25MultiviewTo3DInputTextureAlignment as Tripo3DTripoV25MultiviewTo3DInputTextureAlignment,
)
from .tripo_3d_tripo_v25_multiview_to_3d_output import (
    Tripo3DTripoV25MultiviewTo3DOutput as Tripo3DTripoV25MultiviewTo3DOutput,
)
from .triposr_input import TriposrInput as TriposrInput
from .triposr_input_output_format import (
    TriposrInputOutputFormat as TriposrInputOutputFormat,
)
from .triposr_output import TriposrOutput as TriposrOutput
from .triposr_output_timings import TriposrOutputTimings as TriposrOutputTimings
from .turbo_flux_trainer_input import TurboFluxTrainerInput as TurboFluxTrainerInput
from .turbo_flux_trainer_input_training_style import (
    TurboFluxTrainerInputTrainingStyle as TurboFluxTrainerInputTrainingStyle,
)
from .turbo_flux_trainer_output import TurboFluxTrainerOutput as TurboFluxTrainerOutput
from .turn import Turn as Turn
from .ultrashape_input import UltrashapeInput as UltrashapeInput
from .ultrashape_output import UltrashapeOutput as UltrashapeOutput
from .usage_info import UsageInfo as UsageInfo
from .usage_info_v1321cb import UsageInfoV1321CB as UsageInfoV1321CB
from .v2v_validation import V2VValidation as V2VValidation
from .validation import Validation as Validation
from .validation_error_item import ValidationErrorItem as ValidationErrorItem
from .validation_error_item_ctx import ValidationErrorItemCtx as ValidationErrorItemCtx
from .veed_avatars_audio_to_video_input import (
    VeedAvatarsAudioToVideoInput as VeedAvatarsAudioToVideoInput,
)
from .veed_avatars_audio_to_video_input_avatar_id import (
    VeedAvatarsAudioToVideoInputAvatarId as VeedAvatarsAudioToVideoInputAvatarId,
)
from .veed_avatars_audio_to_video_output import (
    VeedAvatarsAudioToVideoOutput as VeedAvatarsAudioToVideoOutput,
)
from .veed_avatars_text_to_video_input import (
    VeedAvatarsTextToVideoInput as VeedAvatarsTextToVideoInput,
)
from .veed_avatars_text_to_video_input_avatar_id import (
    VeedAvatarsTextToVideoInputAvatarId as VeedAvatarsTextToVideoInputAvatarId,
)
from .veed_avatars_text_to_video_output import (
    VeedAvatarsTextToVideoOutput as VeedAvatarsTextToVideoOutput,
)
from .veed_fabric_10_fast_input import VeedFabric10FastInput as VeedFabric10FastInput
from .veed_fabric_10_fast_input_resolution import (
    VeedFabric10FastInputResolution as VeedFabric10FastInputResolution,
)
from .veed_fabric_10_fast_output import VeedFabric10FastOutput as VeedFabric10FastOutput
from .veed_fabric_10_input import VeedFabric10Input as VeedFabric10Input
from .veed_fabric_10_input_resolution import (
    VeedFabric10InputResolution as VeedFabric10InputResolution,
)
from .veed_fabric_10_output import VeedFabric10Output as VeedFabric10Output
from .veed_fabric_10_text_input import VeedFabric10TextInput as VeedFabric10TextInput
from .veed_fabric_10_text_input_resolution import (
    VeedFabric10TextInputResolution as VeedFabric10TextInputResolution,
)
from .veed_fabric_10_text_output import VeedFabric10TextOutput as VeedFabric10TextOutput
from .veed_lipsync_input import VeedLipsyncInput as VeedLipsyncInput
from .veed_lipsync_output import VeedLipsyncOutput as VeedLipsyncOutput
from .veed_video_background_removal_fast_input import (
    VeedVideoBackgroundRemovalFastInput as VeedVideoBackgroundRemovalFastInput,
)
from .veed_video_background_removal_fast_input_output_codec import (
    VeedVideoBackgroundRemovalFastInputOutputCodec as VeedVideoBackgroundRemovalFastInputOutputCodec,
)
from .veed_video_background_removal_fast_output import (
    VeedVideoBackgroundRemovalFastOutput as VeedVideoBackgroundRemovalFastOutput,
)
from .veed_video_background_removal_green_screen_input import (
    VeedVideoBackgroundRemovalGreenScreenInput as VeedVideoBackgroundRemovalGreenScreenInput,
)
from .veed_video_background_removal_green_screen_input_output_codec import (
    VeedVideoBackgroundRemovalGreenScreenInputOutputCodec as VeedVideoBackgroundRemovalGreenScreenInputOutputCodec,
)
from .veed_video_background_removal_green_screen_output import (
    VeedVideoBackgroundRemovalGreenScreenOutput as VeedVideoBackgroundRemovalGreenScreenOutput,
)
from .veed_video_background_removal_input import (
    VeedVideoBackgroundRemovalInput as VeedVideoBackgroundRemovalInput,
)
from .veed_video_background_removal_input_output_codec import (
    VeedVideoBackgroundRemovalInputOutputCodec as VeedVideoBackgroundRemovalInputOutputCodec,
)
from .veed_video_background_removal_output import (
    VeedVideoBackgroundRemovalOutput as VeedVideoBackgroundRemovalOutput,
)
from .veo_2_image_to_video_input import Veo2ImageToVideoInput as Veo2ImageToVideoInput
from .veo_2_image_to_video_input_aspect_ratio import (
    Veo2ImageToVideoInputAspectRatio as Veo2ImageToVideoInputAspectRatio,
)
from .veo_2_image_to_video_input_duration import (
    Veo2ImageToVideoInputDuration as Veo2ImageToVideoInputDuration,
)
from .veo_2_image_to_video_output import (
    Veo2ImageToVideoOutput as Veo2ImageToVideoOutput,
)
from .veo_2_input import Veo2Input as Veo2Input
from .veo_2_input_aspect_ratio import Veo2InputAspectRatio as Veo2InputAspectRatio
from .veo_2_input_duration import Veo2InputDuration as Veo2InputDuration
from .veo_2_output import Veo2Output as Veo2Output
from .veo_3_fast_image_to_video_input import (
    Veo3FastImageToVideoInput as Veo3FastImageToVideoInput,
)
from .veo_3_fast_image_to_video_input_aspect_ratio import (
    Veo3FastImageToVideoInputAspectRatio as Veo3FastImageToVideoInputAspectRatio,
)
from .veo_3_fast_image_to_video_input_duration import (
    Veo3FastImageToVideoInputDuration as Veo3FastImageToVideoInputDuration,
)
from .veo_3_fast_image_to_video_input_resolution import (
    Veo3FastImageToVideoInputResolution as Veo3FastImageToVideoInputResolution,
)
from .veo_3_fast_image_to_video_output import (
    Veo3FastImageToVideoOutput as Veo3FastImageToVideoOutput,
)
from .veo_3_fast_input import Veo3FastInput as Veo3FastInput
from .veo_3_fast_input_aspect_ratio import (
    Veo3FastInputAspectRatio as Veo3FastInputAspectRatio,
)
from .veo_3_fast_input_duration import Veo3FastInputDuration as Veo3FastInputDuration
from .veo_3_fast_input_resolution import (
    Veo3FastInputResolution as Veo3FastInputResolution,
)
from .veo_3_fast_output import Veo3FastOutput as Veo3FastOutput
from .veo_3_image_to_video_input import Veo3ImageToVideoInput as Veo3ImageToVideoInput
from .veo_3_image_to_video_input_aspect_ratio import (
    Veo3ImageToVideoInputAspectRatio as Veo3ImageToVideoInputAspectRatio,
)
from .veo_3_image_to_video_input_duration import (
    Veo3ImageToVideoInputDuration as Veo3ImageToVideoInputDuration,
)
from .veo_3_image_to_video_input_resolution import (
    Veo3ImageToVideoInputResolution as Veo3ImageToVideoInputResolution,
)
from .veo_3_image_to_video_output import (
    Veo3ImageToVideoOutput as Veo3ImageToVideoOutput,
)
from .veo_3_input import Veo3Input as Veo3Input
from .veo_3_input_aspect_ratio import Veo3InputAspectRatio as Veo3InputAspectRatio
from .veo_3_input_duration import Veo3InputDuration as Veo3InputDuration
from .veo_3_input_resolution import Veo3InputResolution as Veo3InputResolution
from .veo_3_output import Veo3Output as Veo3Output
from .veo_31_extend_video_input import Veo31ExtendVideoInput as Veo31ExtendVideoInput
from .veo_31_extend_video_input_aspect_ratio import (
    Veo31ExtendVideoInputAspectRatio as Veo31ExtendVideoInputAspectRatio,
)
from .veo_31_extend_video_input_duration import (
    Veo31ExtendVideoInputDuration as Veo31ExtendVideoInputDuration,
)
from .veo_31_extend_video_input_resolution import (
    Veo31ExtendVideoInputResolution as Veo31ExtendVideoInputResolution,
)
from .veo_31_extend_video_output import Veo31ExtendVideoOutput as Veo31ExtendVideoOutput
from .veo_31_fast_extend_video_input import (
    Veo31FastExtendVideoInput as Veo31FastExtendVideoInput,
)
from .veo_31_fast_extend_video_input_aspect_ratio import (
    Veo31FastExtendVideoInputAspectRatio as Veo31FastExtendVideoInputAspectRatio,
)
from .veo_31_fast_extend_video_input_duration import (
    Veo31FastExtendVideoInputDuration as Veo31FastExtendVideoInputDuration,
)
from .veo_31_fast_extend_video_input_resolution import (
    Veo31FastExtendVideoInputResolution as Veo31FastExtendVideoInputResolution,
)
from .veo_31_fast_extend_video_output import (
    Veo31FastExtendVideoOutput as Veo31FastExtendVideoOutput,
)
from .veo_31_fast_first_last_frame_to_video_input import (
    Veo31FastFirstLastFrameToVideoInput as Veo31FastFirstLastFrameToVideoInput,
)
from .veo_31_fast_first_last_frame_to_video_input_aspect_ratio import (
    Veo31FastFirstLastFrameToVideoInputAspectRatio as Veo31FastFirstLastFrameToVideoInputAspectRatio,
)
from .veo_31_fast_first_last_frame_to_video_input_duration import (
    Veo31FastFirstLastFrameToVideoInputDuration as Veo31FastFirstLastFrameToVideoInputDuration,
)
from .veo_31_fast_first_last_frame_to_video_input_resolution import (
    Veo31FastFirstLastFrameToVideoInputResolution as Veo31FastFirstLastFrameToVideoInputResolution,
)
from .veo_31_fast_first_last_frame_to_video_output import (
    Veo31FastFirstLastFrameToVideoOutput as Veo31FastFirstLastFrameToVideoOutput,
)
from .veo_31_fast_image_to_video_input import (
    Veo31FastImageToVideoInput as Veo31FastImageToVideoInput,
)
from .veo_31_fast_image_to_video_input_aspect_ratio import (
    Veo31FastImageToVideoInputAspectRatio as Veo31FastImageToVideoInputAspectRatio,
)
from .veo_31_fast_image_to_video_input_duration import (
    Veo31FastImageToVideoInputDuration as Veo31FastImageToVideoInputDuration,
)
from .veo_31_fast_image_to_video_input_resolution import (
    Veo31FastImageToVideoInputResolution as Veo31FastImageToVideoInputResolution,
)
from .veo_31_fast_image_to_video_output import (
    Veo31FastImageToVideoOutput as Veo31FastImageToVideoOutput,
)
from .veo_31_fast_input import Veo31FastInput as Veo31FastInput
from .veo_31_fast_input_aspect_ratio import (
    Veo31FastInputAspectRatio as Veo31FastInputAspectRatio,
)
from .veo_31_fast_input_duration import Veo31FastInputDuration as Veo31FastInputDuration
from .veo_31_fast_input_resolution import (
    Veo31FastInputResolution as Veo31FastInputResolution,
)
from .veo_31_fast_output import Veo31FastOutput as Veo31FastOutput
from .veo_31_first_last_frame_to_video_input import (
    Veo31FirstLastFrameToVideoInput as Veo31FirstLastFrameToVideoInput,
)
from .veo_31_first_last_frame_to_video_input_aspect_ratio import (
    Veo31FirstLastFrameToVideoInputAspectRatio as Veo31FirstLastFrameToVideoInputAspectRatio,
)
from .veo_31_first_last_frame_to_video_input_duration import (
    Veo31FirstLastFrameToVideoInputDuration as Veo31FirstLastFrameToVideoInputDuration,
)
from .veo_31_first_last_frame_to_video_input_resolution import (
    Veo31FirstLastFrameToVideoInputResolution as Veo31FirstLastFrameToVideoInputResolution,
)
from .veo_31_first_last_frame_to_video_output import (
    Veo31FirstLastFrameToVideoOutput as Veo31FirstLastFrameToVideoOutput,
)
from .veo_31_image_to_video_input import (
    Veo31ImageToVideoInput as Veo31ImageToVideoInput,
)
from .veo_31_image_to_video_input_aspect_ratio import (
    Veo31ImageToVideoInputAspectRatio as Veo31ImageToVideoInputAspectRatio,
)
from .veo_31_image_to_video_input_duration import (
    Veo31ImageToVideoInputDuration as Veo31ImageToVideoInputDuration,
)
from .veo_31_image_to_video_input_resolution import (
    Veo31ImageToVideoInputResolution as Veo31ImageToVideoInputResolution,
)
from .veo_31_image_to_video_output import (
    Veo31ImageToVideoOutput as Veo31ImageToVideoOutput,
)
from .veo_31_input import Veo31Input as Veo31Input
from .veo_31_input_aspect_ratio import Veo31InputAspectRatio as Veo31InputAspectRatio
from .veo_31_input_duration import Veo31InputDuration as Veo31InputDuration
from .veo_31_input_resolution import Veo31InputResolution as Veo31InputResolution
from .veo_31_output import Veo31Output as Veo31Output
from .veo_31_reference_to_video_input import (
    Veo31ReferenceToVideoInput as Veo31ReferenceToVideoInput,
)
from .veo_31_reference_to_video_input_aspect_ratio import (
    Veo31ReferenceToVideoInputAspectRatio as Veo31ReferenceToVideoInputAspectRatio,
)
from .veo_31_reference_to_video_input_duration import (
    Veo31ReferenceToVideoInputDuration as Veo31ReferenceToVideoInputDuration,
)
from .veo_31_reference_to_video_input_resolution import (
    Veo31ReferenceToVideoInputResolution as Veo31ReferenceToVideoInputResolution,
)
from .veo_31_reference_to_video_output import (
    Veo31ReferenceToVideoOutput as Veo31ReferenceToVideoOutput,
)
from .vibe_voice_speaker import VibeVoiceSpeaker as VibeVoiceSpeaker
from .vibe_voice_speaker_preset import VibeVoiceSpeakerPreset as VibeVoiceSpeakerPreset
from .vibevoice_05b_input import Vibevoice05BInput as Vibevoice05BInput
from .vibevoice_05b_input_speaker import (
    Vibevoice05BInputSpeaker as Vibevoice05BInputSpeaker,
)
from .vibevoice_05b_output import Vibevoice05BOutput as Vibevoice05BOutput
from .vibevoice_7b_input import Vibevoice7BInput as Vibevoice7BInput
from .vibevoice_7b_output import Vibevoice7BOutput as Vibevoice7BOutput
from .vibevoice_input import VibevoiceInput as VibevoiceInput
from .vibevoice_output import VibevoiceOutput as VibevoiceOutput
from .video import Video as Video
from .video_condition import VideoCondition as VideoCondition
from .video_conditioning_input import VideoConditioningInput as VideoConditioningInput
from .video_conditioning_input_conditioning_type import (
    VideoConditioningInputConditioningType as VideoConditioningInputConditioningType,
)
from .video_conditioning_input_vab6f7d import (
    VideoConditioningInputVAB6F7D as VideoConditioningInputVAB6F7D,
)
from .video_conditioning_input_vf09e39 import (
    VideoConditioningInputVF09E39 as VideoConditioningInputVF09E39,
)
from .video_conditioning_input_vf09e39_conditioning_type import (
    VideoConditioningInputVF09E39ConditioningType as VideoConditioningInputVF09E39ConditioningType,
)
from .video_file import VideoFile as VideoFile
from .video_file_v3903be import VideoFileV3903BE as VideoFileV3903BE
from .video_output import VideoOutput as VideoOutput
from .video_prompt_generator_input import (
    VideoPromptGeneratorInput as VideoPromptGeneratorInput,
)
from .video_prompt_generator_input_camera_direction import (
    VideoPromptGeneratorInputCameraDirection as VideoPromptGeneratorInputCameraDirection,
)
from .video_prompt_generator_input_camera_style import (
    VideoPromptGeneratorInputCameraStyle as VideoPromptGeneratorInputCameraStyle,
)
from .video_prompt_generator_input_model import (
    VideoPromptGeneratorInputModel as VideoPromptGeneratorInputModel,
)
from .video_prompt_generator_input_pacing import (
    VideoPromptGeneratorInputPacing as VideoPromptGeneratorInputPacing,
)
from .video_prompt_generator_input_prompt_length import (
    VideoPromptGeneratorInputPromptLength as VideoPromptGeneratorInputPromptLength,
)
from .video_prompt_generator_input_special_effects import (
    VideoPromptGeneratorInputSpecialEffects as VideoPromptGeneratorInputSpecialEffects,
)
from .video_prompt_generator_input_style import (
    VideoPromptGeneratorInputStyle as VideoPromptGeneratorInputStyle,
)
from .video_prompt_generator_output import (
    VideoPromptGeneratorOutput as VideoPromptGeneratorOutput,
)
from .video_understanding_input import (
    VideoUnderstandingInput as VideoUnderstandingInput,
)
from .video_understanding_output import (
    VideoUnderstandingOutput as VideoUnderstandingOutput,
)
from .video_upscaler_input import VideoUpscalerInput as VideoUpscalerInput
from .video_upscaler_output import VideoUpscalerOutput as VideoUpscalerOutput
from .video_v0f0f5c import VideoV0F0F5C as VideoV0F0F5C
from .vidu_image_to_video_input import ViduImageToVideoInput as ViduImageToVideoInput
from .vidu_image_to_video_input_movement_amplitude import (
    ViduImageToVideoInputMovementAmplitude as ViduImageToVideoInputMovementAmplitude,
)
from .vidu_image_to_video_output import ViduImageToVideoOutput as ViduImageToVideoOutput
from .vidu_q1_image_to_video_input import (
    ViduQ1ImageToVideoInput as ViduQ1ImageToVideoInput,
)
from .vidu_q1_image_to_video_input_movement_amplitude import (
    ViduQ1ImageToVideoInputMovementAmplitude as ViduQ1ImageToVideoInputMovementAmplitude,
)
from .vidu_q1_image_to_video_output import (
    ViduQ1ImageToVideoOutput as ViduQ1ImageToVideoOutput,
)
from .vidu_q1_reference_to_video_input import (
    ViduQ1ReferenceToVideoInput as ViduQ1ReferenceToVideoInput,
)
from .vidu_q1_reference_to_video_input_aspect_ratio import (
    ViduQ1ReferenceToVideoInputAspectRatio as ViduQ1ReferenceToVideoInputAspectRatio,
)
from .vidu_q1_reference_to_video_input_movement_amplitude import (
    ViduQ1ReferenceToVideoInputMovementAmplitude as ViduQ1ReferenceToVideoInputMovementAmplitude,
)
from .vidu_q1_reference_to_video_output import (
    ViduQ1ReferenceToVideoOutput as ViduQ1ReferenceToVideoOutput,
)
from .vidu_q1_text_to_video_input import (
    ViduQ1TextToVideoInput as ViduQ1TextToVideoInput,
)
from .vidu_q1_text_to_video_input_aspect_ratio import (
    ViduQ1TextToVideoInputAspectRatio as ViduQ1TextToVideoInputAspectRatio,
)
from .vidu_q1_text_to_video_input_movement_amplitude import (
    ViduQ1TextToVideoInputMovementAmplitude as ViduQ1TextToVideoInputMovementAmplitude,
)
from .vidu_q1_text_to_video_input_style import (
    ViduQ1TextToVideoInputStyle as ViduQ1TextToVideoInputStyle,
)
from .vidu_q1_text_to_video_output import (
    ViduQ1TextToVideoOutput as ViduQ1TextToVideoOutput,
)
from .vidu_q2_image_to_video_pro_input import (
    ViduQ2ImageToVideoProInput as ViduQ2ImageToVideoProInput,
)
from .vidu_q2_image_to_video_pro_input_duration import (
    ViduQ2ImageToVideoProInputDuration as ViduQ2ImageToVideoProInputDuration,
)
from .vidu_q2_image_to_video_pro_input_movement_amplitude import (
    ViduQ2ImageToVideoProInputMovementAmplitude as ViduQ2ImageToVideoProInputMovementAmplitude,
)
from .vidu_q2_image_to_video_pro_input_resolution import (
    ViduQ2ImageToVideoProInputResolution as ViduQ2ImageToVideoProInputResolution,
)
from .vidu_q2_image_to_video_pro_output import (
    ViduQ2ImageToVideoProOutput as ViduQ2ImageToVideoProOutput,
)
from .vidu_q2_image_to_video_turbo_input import (
    ViduQ2ImageToVideoTurboInput as ViduQ2ImageToVideoTurboInput,
)
from .vidu_q2_image_to_video_turbo_input_duration import (
    ViduQ2ImageToVideoTurboInputDuration as ViduQ2ImageToVideoTurboInputDuration,
)
from .vidu_q2_image_to_video_turbo_input_movement_amplitude import (
    ViduQ2ImageToVideoTurboInputMovementAmplitude as ViduQ2ImageToVideoTurboInputMovementAmplitude,
)
from .vidu_q2_image_to_video_turbo_input_resolution import (
    ViduQ2ImageToVideoTurboInputResolution as ViduQ2ImageToVideoTurboInputResolution,
)
from .vidu_q2_image_to_video_turbo_output import (
    ViduQ2ImageToVideoTurboOutput as ViduQ2ImageToVideoTurboOutput,
)
from .vidu_q2_reference_to_video_pro_input import (
    ViduQ2ReferenceToVideoProInput as ViduQ2ReferenceToVideoProInput,
)
from .vidu_q2_reference_to_video_pro_input_movement_amplitude import (
    ViduQ2ReferenceToVideoProInputMovementAmplitude as ViduQ2ReferenceToVideoProInputMovementAmplitude,
)
from .vidu_q2_reference_to_video_pro_input_resolution import (
    ViduQ2ReferenceToVideoProInputResolution as ViduQ2ReferenceToVideoProInputResolution,
)
from .vidu_q2_reference_to_video_pro_output import (
    ViduQ2ReferenceToVideoProOutput as ViduQ2ReferenceToVideoProOutput,
)
from .vidu_q2_text_to_image_input import (
    ViduQ2TextToImageInput as ViduQ2TextToImageInput,
)
from .vidu_q2_text_to_image_input_aspect_ratio import (
    ViduQ2TextToImageInputAspectRatio as ViduQ2TextToImageInputAspectRatio,
)
from .vidu_q2_text_to_image_output import (
    ViduQ2TextToImageOutput as ViduQ2TextToImageOutput,
)
from .vidu_q2_text_to_video_input import (
    ViduQ2TextToVideoInput as ViduQ2TextToVideoInput,
)
from .vidu_q2_text_to_video_input_aspect_ratio import (
    ViduQ2TextToVideoInputAspectRatio as ViduQ2TextToVideoInputAspectRatio,
)
from .vidu_q2_text_to_video_input_duration import (
    ViduQ2TextToVideoInputDuration as ViduQ2TextToVideoInputDuration,
)
from .vidu_q2_text_to_video_input_movement_amplitude import (
    ViduQ2TextToVideoInputMovementAmplitude as ViduQ2TextToVideoInputMovementAmplitude,
)
from .vidu_q2_text_to_video_input_resolution import (
    ViduQ2TextToVideoInputResolution as ViduQ2TextToVideoInputResolution,
)
from .vidu_q2_text_to_video_output import (
    ViduQ2TextToVideoOutput as ViduQ2TextToVideoOutput,
)
from .vidu_q2_video_extension_pro_input import (
    ViduQ2VideoExtensionProInput as ViduQ2VideoExtensionProInput,
)
from .vidu_q2_video_extension_pro_input_duration import (
    ViduQ2VideoExtensionProInputDuration as ViduQ2VideoExtensionProInputDuration,
)
from .vidu_q2_video_extension_pro_input_resolution import (
    ViduQ2VideoExtensionProInputResolution as ViduQ2VideoExtensionProInputResolution,
)
from .vidu_q2_video_extension_pro_output import (
    ViduQ2VideoExtensionProOutput as ViduQ2VideoExtensionProOutput,
)
from .vidu_reference_to_video_input import (
    ViduReferenceToVideoInput as ViduReferenceToVideoInput,
)
from .vidu_reference_to_video_input_aspect_ratio import (
    ViduReferenceToVideoInputAspectRatio as ViduReferenceToVideoInputAspectRatio,
)
from .vidu_reference_to_video_input_movement_amplitude import (
    ViduReferenceToVideoInputMovementAmplitude as ViduReferenceToVideoInputMovementAmplitude,
)
from .vidu_reference_to_video_output import (
    ViduReferenceToVideoOutput as ViduReferenceToVideoOutput,
)
from .vidu_start_end_to_video_input import (
    ViduStartEndToVideoInput as ViduStartEndToVideoInput,
)
from .vidu_start_end_to_video_input_movement_amplitude import (
    ViduStartEndToVideoInputMovementAmplitude as ViduStartEndToVideoInputMovementAmplitude,
)
from .vidu_start_end_to_video_output import (
    ViduStartEndToVideoOutput as ViduStartEndToVideoOutput,
)
from .vidu_template_to_video_input import (
    ViduTemplateToVideoInput as ViduTemplateToVideoInput,
)
from .vidu_template_to_video_input_aspect_ratio import (
    ViduTemplateToVideoInputAspectRatio as ViduTemplateToVideoInputAspectRatio,
)
from .vidu_template_to_video_input_template import (
    ViduTemplateToVideoInputTemplate as ViduTemplateToVideoInputTemplate,
)
from .vidu_template_to_video_output import (
    ViduTemplateToVideoOutput as ViduTemplateToVideoOutput,
)
from .voice_setting import VoiceSetting as VoiceSetting
from .voice_setting_emotion import VoiceSettingEmotion as VoiceSettingEmotion
from .wan_22_image_trainer_input import Wan22ImageTrainerInput as Wan22ImageTrainerInput
from .wan_22_image_trainer_output import (
    Wan22ImageTrainerOutput as Wan22ImageTrainerOutput,
)
from .wan_22_vace_fun_a14b_inpainting_input import (
    Wan22VaceFunA14BInpaintingInput as Wan22VaceFunA14BInpaintingInput,
)
from .wan_22_vace_fun_a14b_inpainting_input_acceleration_type_0 import (
    Wan22VaceFunA14BInpaintingInputAccelerationType0 as Wan22VaceFunA14BInpaintingInputAccelerationType0,
)
from .wan_22_vace_fun_a14b_inpainting_input_aspect_ratio import (
    Wan22VaceFunA14BInpaintingInputAspectRatio as Wan22VaceFunA14BInpaintingInputAspectRatio,
)
from .wan_22_vace_fun_a14b_inpainting_input_interpolator_model import (
    Wan22VaceFunA14BInpaintingInputInterpolatorModel as Wan22VaceFunA14BInpaintingInputInterpolatorModel,
)
from .wan_22_vace_fun_a14b_inpainting_input_resolution import (
    Wan22VaceFunA14BInpaintingInputResolution as Wan22VaceFunA14BInpaintingInputResolution,
)
from .wan_22_vace_fun_a14b_inpainting_input_sampler import (
    Wan22VaceFunA14BInpaintingInputSampler as Wan22VaceFunA14BInpaintingInputSampler,
)
from .wan_22_vace_fun_a14b_inpainting_input_transparency_mode import (
    Wan22VaceFunA14BInpaintingInputTransparencyMode as Wan22VaceFunA14BInpaintingInputTransparencyMode,
)
from .wan_22_vace_fun_a14b_inpainting_input_video_quality import (
    Wan22VaceFunA14BInpaintingInputVideoQuality as Wan22VaceFunA14BInpaintingInputVideoQuality,
)
from .wan_22_vace_fun_a14b_inpainting_input_video_write_mode import (
    Wan22VaceFunA14BInpaintingInputVideoWriteMode as Wan22VaceFunA14BInpaintingInputVideoWriteMode,
)
from .wan_22_vace_fun_a14b_inpainting_output import (
    Wan22VaceFunA14BInpaintingOutput as Wan22VaceFunA14BInpaintingOutput,
)
from .wan_22_vace_fun_a14b_outpainting_input import (
    Wan22VaceFunA14BOutpaintingInput as Wan22VaceFunA14BOutpaintingInput,
)
from .wan_22_vace_fun_a14b_outpainting_input_acceleration_type_0 import (
    Wan22VaceFunA14BOutpaintingInputAccelerationType0 as Wan22VaceFunA14BOutpaintingInputAccelerationType0,
)
from .wan_22_vace_fun_a14b_outpainting_input_aspect_ratio import (
    Wan22VaceFunA14BOutpaintingInputAspectRatio as Wan22VaceFunA14BOutpaintingInputAspectRatio,
)
from .wan_22_vace_fun_a14b_outpainting_input_interpolator_model import (
    Wan22VaceFunA14BOutpaintingInputInterpolatorModel as Wan22VaceFunA14BOutpaintingInputInterpolatorModel,
)
from .wan_22_vace_fun_a14b_outpainting_input_resolution import (
    Wan22VaceFunA14BOutpaintingInputResolution as Wan22VaceFunA14BOutpaintingInputResolution,
)
from .wan_22_vace_fun_a14b_outpainting_input_sampler import (
    Wan22VaceFunA14BOutpaintingInputSampler as Wan22VaceFunA14BOutpaintingInputSampler,
)
from .wan_22_vace_fun_a14b_outpainting_input_transparency_mode import (
    Wan22VaceFunA14BOutpaintingInputTransparencyMode as Wan22VaceFunA14BOutpaintingInputTransparencyMode,
)
from .wan_22_vace_fun_a14b_outpainting_input_video_quality import (
    Wan22VaceFunA14BOutpaintingInputVideoQuality as Wan22VaceFunA14BOutpaintingInputVideoQuality,
)
from .wan_22_vace_fun_a14b_outpainting_input_video_write_mode import (
    Wan22VaceFunA14BOutpaintingInputVideoWriteMode as Wan22VaceFunA14BOutpaintingInputVideoWriteMode,
)
from .wan_22_vace_fun_a14b_outpainting_output import (
    Wan22VaceFunA14BOutpaintingOutput as Wan22VaceFunA14BOutpaintingOutput,
)
from .wan_22_vace_fun_a14b_pose_input import (
    Wan22VaceFunA14BPoseInput as Wan22VaceFunA14BPoseInput,
)
from .wan_22_vace_fun_a14b_pose_input_acceleration_type_0 import (
    Wan22VaceFunA14BPoseInputAccelerationType0 as Wan22VaceFunA14BPoseInputAccelerationType0,
)
from .wan_22_vace_fun_a14b_pose_input_aspect_ratio import (
    Wan22VaceFunA14BPoseInputAspectRatio as Wan22VaceFunA14BPoseInputAspectRatio,
)
from .wan_22_vace_fun_a14b_pose_input_interpolator_model import (
    Wan22VaceFunA14BPoseInputInterpolatorModel as Wan22VaceFunA14BPoseInputInterpolatorModel,
)
from .wan_22_vace_fun_a14b_pose_input_resolution import (
    Wan22VaceFunA14BPoseInputResolution as Wan22VaceFunA14BPoseInputResolution,
)
from .wan_22_vace_fun_a14b_pose_input_sampler import (
    Wan22VaceFunA14BPoseInputSampler as Wan22VaceFunA14BPoseInputSampler,
)
from .wan_22_vace_fun_a14b_pose_input_transparency_mode import (
    Wan22VaceFunA14BPoseInputTransparencyMode as Wan22VaceFunA14BPoseInputTransparencyMode,
)
from .wan_22_vace_fun_a14b_pose_input_video_quality import (
    Wan22VaceFunA14BPoseInputVideoQuality as Wan22VaceFunA14BPoseInputVideoQuality,
)
from .wan_22_vace_fun_a14b_pose_input_video_write_mode import (
    Wan22VaceFunA14BPoseInputVideoWriteMode as Wan22VaceFunA14BPoseInputVideoWriteMode,
)
from .wan_22_vace_fun_a14b_pose_output import (
    Wan22VaceFunA14BPoseOutput as Wan22VaceFunA14BPoseOutput,
)
from .wan_22_vace_fun_a14b_reframe_input import (
    Wan22VaceFunA14BReframeInput as Wan22VaceFunA14BReframeInput,
)
from .wan_22_vace_fun_a14b_reframe_input_acceleration_type_0 import (
    Wan22VaceFunA14BReframeInputAccelerationType0 as Wan22VaceFunA14BReframeInputAccelerationType0,
)
from .wan_22_vace_fun_a14b_reframe_input_aspect_ratio import (
    Wan22VaceFunA14BReframeInputAspectRatio as Wan22VaceFunA14BReframeInputAspectRatio,
)
from .wan_22_vace_fun_a14b_reframe_input_interpolator_model import (
    Wan22VaceFunA14BReframeInputInterpolatorModel as Wan22VaceFunA14BReframeInputInterpolatorModel,
)
from .wan_22_vace_fun_a14b_reframe_input_resolution import (
    Wan22VaceFunA14BReframeInputResolution as Wan22VaceFunA14BReframeInputResolution,
)
from .wan_22_vace_fun_a14b_reframe_input_sampler import (
    Wan22VaceFunA14BReframeInputSampler as Wan22VaceFunA14BReframeInputSampler,
)
from .wan_22_vace_fun_a14b_reframe_input_transparency_mode import (
    Wan22VaceFunA14BReframeInputTransparencyMode as Wan22VaceFunA14BReframeInputTransparencyMode,
)
from .wan_22_vace_fun_a14b_reframe_input_video_quality import (
    Wan22VaceFunA14BReframeInputVideoQuality as Wan22VaceFunA14BReframeInputVideoQuality,
)
from .wan_22_vace_fun_a14b_reframe_input_video_write_mode import (
    Wan22VaceFunA14BReframeInputVideoWriteMode as Wan22VaceFunA14BReframeInputVideoWriteMode,
)
from .wan_22_vace_fun_a14b_reframe_output import (
    Wan22VaceFunA14BReframeOutput as Wan22VaceFunA14BReframeOutput,
)
from .wan_25_preview_image_to_video_input import (
    Wan25PreviewImageToVideoInput as Wan25PreviewImageToVideoInput,
)
from .wan_25_preview_image_to_video_input_duration import (
    Wan25PreviewImageToVideoInputDuration as Wan25PreviewImageToVideoInputDuration,
)
from .wan_25_preview_image_to_video_input_resolution import (
    Wan25PreviewImageToVideoInputResolution as Wan25PreviewImageToVideoInputResolution,
)
from .wan_25_preview_image_to_video_output import (
    Wan25PreviewImageToVideoOutput as Wan25PreviewImageToVideoOutput,
)
from .wan_25_preview_text_to_image_input import (
    Wan25PreviewTextToImageInput as Wan25PreviewTextToImageInput,
)
from .wan_25_preview_text_to_image_input_image_size_type_1 import (
    Wan25PreviewTextToImageInputImageSizeType1 as Wan25PreviewTextToImageInputImageSizeType1,
)
from .wan_25_preview_text_to_image_output import (
    Wan25PreviewTextToImageOutput as Wan25PreviewTextToImageOutput,
)
from .wan_25_preview_text_to_video_input import (
    Wan25PreviewTextToVideoInput as Wan25PreviewTextToVideoInput,
)
from .wan_25_preview_text_to_video_input_aspect_ratio import (
    Wan25PreviewTextToVideoInputAspectRatio as Wan25PreviewTextToVideoInputAspectRatio,
)
from .wan_25_preview_text_to_video_input_duration import (
    Wan25PreviewTextToVideoInputDuration as Wan25PreviewTextToVideoInputDuration,
)
from .wan_25_preview_text_to_video_input_resolution import (
    Wan25PreviewTextToVideoInputResolution as Wan25PreviewTextToVideoInputResolution,
)
from .wan_25_preview_text_to_video_output import (
    Wan25PreviewTextToVideoOutput as Wan25PreviewTextToVideoOutput,
)
from .wan_ati_input import WanAtiInput as WanAtiInput
from .wan_ati_input_resolution import WanAtiInputResolution as WanAtiInputResolution
from .wan_ati_output import WanAtiOutput as WanAtiOutput
from .wan_effects_input import WanEffectsInput as WanEffectsInput
from .wan_effects_input_aspect_ratio import (
    WanEffectsInputAspectRatio as WanEffectsInputAspectRatio,
)
from .wan_effects_input_effect_type import (
    WanEffectsInputEffectType as WanEffectsInputEffectType,
)
from .wan_effects_output import WanEffectsOutput as WanEffectsOutput
from .wan_flf_2v_input import WanFlf2VInput as WanFlf2VInput
from .wan_flf_2v_input_acceleration import (
    WanFlf2VInputAcceleration as WanFlf2VInputAcceleration,
)
from .wan_flf_2v_input_aspect_ratio import (
    WanFlf2VInputAspectRatio as WanFlf2VInputAspectRatio,
)
from .wan_flf_2v_input_resolution import (
    WanFlf2VInputResolution as WanFlf2VInputResolution,
)
from .wan_flf_2v_output import WanFlf2VOutput as WanFlf2VOutput
from .wan_fun_control_input import WanFunControlInput as WanFunControlInput
from .wan_fun_control_input_preprocess_type import (
    WanFunControlInputPreprocessType as WanFunControlInputPreprocessType,
)
from .wan_fun_control_output import WanFunControlOutput as WanFunControlOutput
from .wan_i2v_input import WanI2VInput as WanI2VInput
from .wan_i2v_input_acceleration import (
    WanI2VInputAcceleration as WanI2VInputAcceleration,
)
from .wan_i2v_input_aspect_ratio import WanI2VInputAspectRatio as WanI2VInputAspectRatio
from .wan_i2v_input_resolution import WanI2VInputResolution as WanI2VInputResolution
from .wan_i2v_lora_input import WanI2VLoraInput as WanI2VLoraInput
from .wan_i2v_lora_input_aspect_ratio import (
    WanI2VLoraInputAspectRatio as WanI2VLoraInputAspectRatio,
)
from .wan_i2v_lora_input_resolution import (
    WanI2VLoraInputResolution as WanI2VLoraInputResolution,
)
from .wan_i2v_lora_output import WanI2VLoraOutput as WanI2VLoraOutput
from .wan_i2v_output import WanI2VOutput as WanI2VOutput
from .wan_pro_image_to_video_input import (
    WanProImageToVideoInput as WanProImageToVideoInput,
)
from .wan_pro_image_to_video_output import (
    WanProImageToVideoOutput as WanProImageToVideoOutput,
)
from .wan_pro_text_to_video_input import (
    WanProTextToVideoInput as WanProTextToVideoInput,
)
from .wan_pro_text_to_video_output import (
    WanProTextToVideoOutput as WanProTextToVideoOutput,
)
from .wan_t2v_input import WanT2VInput as WanT2VInput
from .wan_t2v_input_aspect_ratio import WanT2VInputAspectRatio as WanT2VInputAspectRatio
from .wan_t2v_input_resolution import WanT2VInputResolution as WanT2VInputResolution
from .wan_t2v_lora_input import WanT2VLoraInput as WanT2VLoraInput
from .wan_t2v_lora_input_aspect_ratio import (
    WanT2VLoraInputAspectRatio as WanT2VLoraInputAspectRatio,
)
from .wan_t2v_lora_input_resolution import (
    WanT2VLoraInputResolution as WanT2VLoraInputResolution,
)
from .wan_t2v_lora_output import WanT2VLoraOutput as WanT2VLoraOutput
from .wan_t2v_output import WanT2VOutput as WanT2VOutput
from .wan_trainer_flf_2v720p_input import (
    WanTrainerFlf2V720PInput as WanTrainerFlf2V720PInput,
)
from .wan_trainer_flf_2v720p_output import (
    WanTrainerFlf2V720POutput as WanTrainerFlf2V720POutput,
)
from .wan_trainer_i2v720p_input import WanTrainerI2V720PInput as WanTrainerI2V720PInput
from .wan_trainer_i2v720p_output import (
    WanTrainerI2V720POutput as WanTrainerI2V720POutput,
)
from .wan_trainer_input import WanTrainerInput as WanTrainerInput
from .wan_trainer_output import WanTrainerOutput as WanTrainerOutput
from .wan_trainer_t2v14b_input import WanTrainerT2V14BInput as WanTrainerT2V14BInput
from .wan_trainer_t2v14b_output import WanTrainerT2V14BOutput as WanTrainerT2V14BOutput
from .wan_v22a14b_image_to_video_input import (
    WanV22A14BImageToVideoInput as WanV22A14BImageToVideoInput,
)
from .wan_v22a14b_image_to_video_input_acceleration import (
    WanV22A14BImageToVideoInputAcceleration as WanV22A14BImageToVideoInputAcceleration,
)
from .wan_v22a14b_image_to_video_input_aspect_ratio import (
    WanV22A14BImageToVideoInputAspectRatio as WanV22A14BImageToVideoInputAspectRatio,
)
from .wan_v22a14b_image_to_video_input_interpolator_model import (
    WanV22A14BImageToVideoInputInterpolatorModel as WanV22A14BImageToVideoInputInterpolatorModel,
)
from .wan_v22a14b_image_to_video_input_resolution import (
    WanV22A14BImageToVideoInputResolution as WanV22A14BImageToVideoInputResolution,
)
from .wan_v22a14b_image_to_video_input_video_quality import (
    WanV22A14BImageToVideoInputVideoQuality as WanV22A14BImageToVideoInputVideoQuality,
)
from .wan_v22a14b_image_to_video_input_video_write_mode import (
    WanV22A14BImageToVideoInputVideoWriteMode as WanV22A14BImageToVideoInputVideoWriteMode,
)
from .wan_v22a14b_image_to_video_lora_input import (
    WanV22A14BImageToVideoLoraInput as WanV22A14BImageToVideoLoraInput,
)
from .wan_v22a14b_image_to_video_lora_input_acceleration import (
    WanV22A14BImageToVideoLoraInputAcceleration as WanV22A14BImageToVideoLoraInputAcceleration,
)
from .wan_v22a14b_image_to_video_lora_input_aspect_ratio import (
    WanV22A14BImageToVideoLoraInputAspectRatio as WanV22A14BImageToVideoLoraInputAspectRatio,
)
from .wan_v22a14b_image_to_video_lora_input_interpolator_model import (
    WanV22A14BImageToVideoLoraInputInterpolatorModel as WanV22A14BImageToVideoLoraInputInterpolatorModel,
)
from .wan_v22a14b_image_to_video_lora_input_resolution import (
    WanV22A14BImageToVideoLoraInputResolution as WanV22A14BImageToVideoLoraInputResolution,
)
from .wan_v22a14b_image_to_video_lora_input_video_quality import (
    WanV22A14BImageToVideoLoraInputVideoQuality as WanV22A14BImageToVideoLoraInputVideoQuality,
)
from .wan_v22a14b_image_to_video_lora_input_video_write_mode import (
    WanV22A14BImageToVideoLoraInputVideoWriteMode as WanV22A14BImageToVideoLoraInputVideoWriteMode,
)
from .wan_v22a14b_image_to_video_lora_output import (
    WanV22A14BImageToVideoLoraOutput as WanV22A14BImageToVideoLoraOutput,
)
from .wan_v22a14b_image_to_video_output import (
    WanV22A14BImageToVideoOutput as WanV22A14BImageToVideoOutput,
)
from .wan_v22a14b_image_to_video_turbo_input import (
    WanV22A14BImageToVideoTurboInput as WanV22A14BImageToVideoTurboInput,
)
from .wan_v22a14b_image_to_video_turbo_input_acceleration import (
    WanV22A14BImageToVideoTurboInputAcceleration as WanV22A14BImageToVideoTurboInputAcceleration,
)
from .wan_v22a14b_image_to_video_turbo_input_aspect_ratio import (
    WanV22A14BImageToVideoTurboInputAspectRatio as WanV22A14BImageToVideoTurboInputAspectRatio,
)
from .wan_v22a14b_image_to_video_turbo_input_resolution import (
    WanV22A14BImageToVideoTurboInputResolution as WanV22A14BImageToVideoTurboInputResolution,
)
from .wan_v22a14b_image_to_video_turbo_input_video_quality import (
    WanV22A14BImageToVideoTurboInputVideoQuality as WanV22A14BImageToVideoTurboInputVideoQuality,
)
from .wan_v22a14b_image_to_video_turbo_input_video_write_mode import (
    WanV22A14BImageToVideoTurboInputVideoWriteMode as WanV22A14BImageToVideoTurboInputVideoWriteMode,
)
from .wan_v22a14b_image_to_video_turbo_output import (
    WanV22A14BImageToVideoTurboOutput as WanV22A14BImageToVideoTurboOutput,
)
from .wan_v22a14b_text_to_image_input import (
    WanV22A14BTextToImageInput as WanV22A14BTextToImageInput,
)
from .wan_v22a14b_text_to_image_input_acceleration import (
    WanV22A14BTextToImageInputAcceleration as WanV22A14BTextToImageInputAcceleration,
)
from .wan_v22a14b_text_to_image_input_image_size_type_1 import (
    WanV22A14BTextToImageInputImageSizeType1 as WanV22A14BTextToImageInputImageSizeType1,
)
from .wan_v22a14b_text_to_image_lora_input import (
    WanV22A14BTextToImageLoraInput as WanV22A14BTextToImageLoraInput,
)
from .wan_v22a14b_text_to_image_lora_input_acceleration import (
    WanV22A14BTextToImageLoraInputAcceleration as WanV22A14BTextToImageLoraInputAcceleration,
)
from .wan_v22a14b_text_to_image_lora_input_image_format import (
    WanV22A14BTextToImageLoraInputImageFormat as WanV22A14BTextToImageLoraInputImageFormat,
)
from .wan_v22a14b_text_to_image_lora_input_image_size_type_1 import (
    WanV22A14BTextToImageLoraInputImageSizeType1 as WanV22A14BTextToImageLoraInputImageSizeType1,
)
from .wan_v22a14b_text_to_image_lora_output import (
    WanV22A14BTextToImageLoraOutput as WanV22A14BTextToImageLoraOutput,
)
from .wan_v22a14b_text_to_image_output import (
    WanV22A14BTextToImageOutput as WanV22A14BTextToImageOutput,
)
from .wan_v22a14b_text_to_video_input import (
    WanV22A14BTextToVideoInput as WanV22A14BTextToVideoInput,
)
from .wan_v22a14b_text_to_video_input_acceleration import (
    WanV22A14BTextToVideoInputAcceleration as WanV22A14BTextToVideoInputAcceleration,
)
from .wan_v22a14b_text_to_video_input_aspect_ratio import (
    WanV22A14BTextToVideoInputAspectRatio as WanV22A14BTextToVideoInputAspectRatio,
)
from .wan_v22a14b_text_to_video_input_interpolator_model import (
    WanV22A14BTextToVideoInputInterpolatorModel as WanV22A14BTextToVideoInputInterpolatorModel,
)
from .wan_v22a14b_text_to_video_input_resolution import (
    WanV22A14BTextToVideoInputResolution as WanV22A14BTextToVideoInputResolution,
)
from .wan_v22a14b_text_to_video_input_video_quality import (
    WanV22A14BTextToVideoInputVideoQuality as WanV22A14BTextToVideoInputVideoQuality,
)
from .wan_v22a14b_text_to_video_input_video_write_mode import (
    WanV22A14BTextToVideoInputVideoWriteMode as WanV22A14BTextToVideoInputVideoWriteMode,
)
from .wan_v22a14b_text_to_video_lora_input import (
    WanV22A14BTextToVideoLoraInput as WanV22A14BTextToVideoLoraInput,
)
from .wan_v22a14b_text_to_video_lora_input_acceleration import (
    WanV22A14BTextToVideoLoraInputAcceleration as WanV22A14BTextToVideoLoraInputAcceleration,
)
from .wan_v22a14b_text_to_video_lora_input_aspect_ratio import (
    WanV22A14BTextToVideoLoraInputAspectRatio as WanV22A14BTextToVideoLoraInputAspectRatio,
)
from .wan_v22a14b_text_to_video_lora_input_interpolator_model import (
    WanV22A14BTextToVideoLoraInputInterpolatorModel as WanV22A14BTextToVideoLoraInputInterpolatorModel,
)
from .wan_v22a14b_text_to_video_lora_input_resolution import (
    WanV22A14BTextToVideoLoraInputResolution as WanV22A14BTextToVideoLoraInputResolution,
)
from .wan_v22a14b_text_to_video_lora_input_video_quality import (
    WanV22A14BTextToVideoLoraInputVideoQuality as WanV22A14BTextToVideoLoraInputVideoQuality,
)
from .wan_v22a14b_text_to_video_lora_input_video_write_mode import (
    WanV22A14BTextToVideoLoraInputVideoWriteMode as WanV22A14BTextToVideoLoraInputVideoWriteMode,
)
from .wan_v22a14b_text_to_video_lora_output import (
    WanV22A14BTextToVideoLoraOutput as WanV22A14BTextToVideoLoraOutput,
)
from .wan_v22a14b_text_to_video_output import (
    WanV22A14BTextToVideoOutput as WanV22A14BTextToVideoOutput,
)
from .wan_v22a14b_video_to_video_input import (
    WanV22A14BVideoToVideoInput as WanV22A14BVideoToVideoInput,
)
from .wan_v22a14b_video_to_video_input_acceleration import (
    WanV22A14BVideoToVideoInputAcceleration as WanV22A14BVideoToVideoInputAcceleration,
)
from .wan_v22a14b_video_to_video_input_aspect_ratio import (
    WanV22A14BVideoToVideoInputAspectRatio as WanV22A14BVideoToVideoInputAspectRatio,
)
from .wan_v22a14b_video_to_video_input_interpolator_model import (
    WanV22A14BVideoToVideoInputInterpolatorModel as WanV22A14BVideoToVideoInputInterpolatorModel,
)
from .wan_v22a14b_video_to_video_input_resolution import (
    WanV22A14BVideoToVideoInputResolution as WanV22A14BVideoToVideoInputResolution,
)
from .wan_v22a14b_video_to_video_input_video_quality import (
    WanV22A14BVideoToVideoInputVideoQuality as WanV22A14BVideoToVideoInputVideoQuality,
)
from .wan_v22a14b_video_to_video_input_video_write_mode import (
    WanV22A14BVideoToVideoInputVideoWriteMode as WanV22A14BVideoToVideoInputVideoWriteMode,
)
from .wan_v22a14b_video_to_video_output import (
    WanV22A14BVideoToVideoOutput as WanV22A14BVideoToVideoOutput,
)
from .wan_v26_image_to_video_flash_input import (
    WanV26ImageToVideoFlashInput as WanV26ImageToVideoFlashInput,
)
from .wan_v26_image_to_video_flash_input_duration import (
    WanV26ImageToVideoFlashInputDuration as WanV26ImageToVideoFlashInputDuration,
)
from .wan_v26_image_to_video_flash_input_resolution import (
    WanV26ImageToVideoFlashInputResolution as WanV26ImageToVideoFlashInputResolution,
)
from .wan_v26_image_to_video_flash_output import (
    WanV26ImageToVideoFlashOutput as WanV26ImageToVideoFlashOutput,
)
from .wan_v26_image_to_video_input import (
    WanV26ImageToVideoInput as WanV26ImageToVideoInput,
)
from .wan_v26_image_to_video_input_duration import (
    WanV26ImageToVideoInputDuration as WanV26ImageToVideoInputDuration,
)
from .wan_v26_image_to_video_input_resolution import (
    WanV26ImageToVideoInputResolution as WanV26ImageToVideoInputResolution,
)
from .wan_v26_image_to_video_output import (
    WanV26ImageToVideoOutput as WanV26ImageToVideoOutput,
)
from .wan_v26_reference_to_video_input import (
    WanV26ReferenceToVideoInput as WanV26ReferenceToVideoInput,
)
from .wan_v26_reference_to_video_input_aspect_ratio import (
    WanV26ReferenceToVideoInputAspectRatio as WanV26ReferenceToVideoInputAspectRatio,
)
from .wan_v26_reference_to_video_input_duration import (
    WanV26ReferenceToVideoInputDuration as WanV26ReferenceToVideoInputDuration,
)
from .wan_v26_reference_to_video_input_resolution import (
    WanV26ReferenceToVideoInputResolution as WanV26ReferenceToVideoInputResolution,
)
from .wan_v26_reference_to_video_output import (
    WanV26ReferenceToVideoOutput as WanV26ReferenceToVideoOutput,
)
from .wan_v26_text_to_image_input import (
    WanV26TextToImageInput as WanV26TextToImageInput,
)
from .wan_v26_text_to_image_input_image_size_type_1 import (
    WanV26TextToImageInputImageSizeType1 as WanV26TextToImageInputImageSizeType1,
)
from .wan_v26_text_to_image_output import (
    WanV26TextToImageOutput as WanV26TextToImageOutput,
)
from .wan_v26_text_to_video_input import (
    WanV26TextToVideoInput as WanV26TextToVideoInput,
)
from .wan_v26_text_to_video_input_aspect_ratio import (
    WanV26TextToVideoInputAspectRatio as WanV26TextToVideoInputAspectRatio,
)
from .wan_v26_text_to_video_input_duration import (
    WanV26TextToVideoInputDuration as WanV26TextToVideoInputDuration,
)
from .wan_v26_text_to_video_input_resolution import (
    WanV26TextToVideoInputResolution as WanV26TextToVideoInputResolution,
)
from .wan_v26_text_to_video_output import (
    WanV26TextToVideoOutput as WanV26TextToVideoOutput,
)
from .wan_v225b_image_to_video_input import (
    WanV225BImageToVideoInput as WanV225BImageToVideoInput,
)
from .wan_v225b_image_to_video_input_aspect_ratio import (
    WanV225BImageToVideoInputAspectRatio as WanV225BImageToVideoInputAspectRatio,
)
from .wan_v225b_image_to_video_input_interpolator_model import (
    WanV225BImageToVideoInputInterpolatorModel as WanV225BImageToVideoInputInterpolatorModel,
)
from .wan_v225b_image_to_video_input_resolution import (
    WanV225BImageToVideoInputResolution as WanV225BImageToVideoInputResolution,
)
from .wan_v225b_image_to_video_input_video_quality import (
    WanV225BImageToVideoInputVideoQuality as WanV225BImageToVideoInputVideoQuality,
)
from .wan_v225b_image_to_video_input_video_write_mode import (
    WanV225BImageToVideoInputVideoWriteMode as WanV225BImageToVideoInputVideoWriteMode,
)
from .wan_v225b_image_to_video_output import (
    WanV225BImageToVideoOutput as WanV225BImageToVideoOutput,
)
from .wan_v225b_text_to_image_input import (
    WanV225BTextToImageInput as WanV225BTextToImageInput,
)
from .wan_v225b_text_to_image_input_image_format import (
    WanV225BTextToImageInputImageFormat as WanV225BTextToImageInputImageFormat,
)
from .wan_v225b_text_to_image_input_image_size_type_1 import (
    WanV225BTextToImageInputImageSizeType1 as WanV225BTextToImageInputImageSizeType1,
)
from .wan_v225b_text_to_image_output import (
    WanV225BTextToImageOutput as WanV225BTextToImageOutput,
)
from .wan_v225b_text_to_video_distill_input import (
    WanV225BTextToVideoDistillInput as WanV225BTextToVideoDistillInput,
)
from .wan_v225b_text_to_video_distill_input_aspect_ratio import (
    WanV225BTextToVideoDistillInputAspectRatio as WanV225BTextToVideoDistillInputAspectRatio,
)
from .wan_v225b_text_to_video_distill_input_interpolator_model import (
    WanV225BTextToVideoDistillInputInterpolatorModel as WanV225BTextToVideoDistillInputInterpolatorModel,
)
from .wan_v225b_text_to_video_distill_input_resolution import (
    WanV225BTextToVideoDistillInputResolution as WanV225BTextToVideoDistillInputResolution,
)
from .wan_v225b_text_to_video_distill_input_video_quality import (
    WanV225BTextToVideoDistillInputVideoQuality as WanV225BTextToVideoDistillInputVideoQuality,
)
from .wan_v225b_text_to_video_distill_input_video_write_mode import (
    WanV225BTextToVideoDistillInputVideoWriteMode as WanV225BTextToVideoDistillInputVideoWriteMode,
)
from .wan_v225b_text_to_video_distill_output import (
    WanV225BTextToVideoDistillOutput as WanV225BTextToVideoDistillOutput,
)
from .wan_v225b_text_to_video_fast_wan_input import (
    WanV225BTextToVideoFastWanInput as WanV225BTextToVideoFastWanInput,
)
from .wan_v225b_text_to_video_fast_wan_input_aspect_ratio import (
    WanV225BTextToVideoFastWanInputAspectRatio as WanV225BTextToVideoFastWanInputAspectRatio,
)
from .wan_v225b_text_to_video_fast_wan_input_interpolator_model import (
    WanV225BTextToVideoFastWanInputInterpolatorModel as WanV225BTextToVideoFastWanInputInterpolatorModel,
)
from .wan_v225b_text_to_video_fast_wan_input_resolution import (
    WanV225BTextToVideoFastWanInputResolution as WanV225BTextToVideoFastWanInputResolution,
)
from .wan_v225b_text_to_video_fast_wan_input_video_quality import (
    WanV225BTextToVideoFastWanInputVideoQuality as WanV225BTextToVideoFastWanInputVideoQuality,
)
from .wan_v225b_text_to_video_fast_wan_input_video_write_mode import (
    WanV225BTextToVideoFastWanInputVideoWriteMode as WanV225BTextToVideoFastWanInputVideoWriteMode,
)
from .wan_v225b_text_to_video_fast_wan_output import (
    WanV225BTextToVideoFastWanOutput as WanV225BTextToVideoFastWanOutput,
)
from .wan_v225b_text_to_video_input import (
    WanV225BTextToVideoInput as WanV225BTextToVideoInput,
)
from .wan_v225b_text_to_video_input_aspect_ratio import (
    WanV225BTextToVideoInputAspectRatio as WanV225BTextToVideoInputAspectRatio,
)
from .wan_v225b_text_to_video_input_interpolator_model import (
    WanV225BTextToVideoInputInterpolatorModel as WanV225BTextToVideoInputInterpolatorModel,
)
from .wan_v225b_text_to_video_input_resolution import (
    WanV225BTextToVideoInputResolution as WanV225BTextToVideoInputResolution,
)
from .wan_v225b_text_to_video_input_video_quality import (
    WanV225BTextToVideoInputVideoQuality as WanV225BTextToVideoInputVideoQuality,
)
from .wan_v225b_text_to_video_input_video_write_mode import (
    WanV225BTextToVideoInputVideoWriteMode as WanV225BTextToVideoInputVideoWriteMode,
)
from .wan_v225b_text_to_video_output import (
    WanV225BTextToVideoOutput as WanV225BTextToVideoOutput,
)
from .wan_v2214b_animate_move_input import (
    WanV2214BAnimateMoveInput as WanV2214BAnimateMoveInput,
)
from .wan_v2214b_animate_move_input_resolution import (
    WanV2214BAnimateMoveInputResolution as WanV2214BAnimateMoveInputResolution,
)
from .wan_v2214b_animate_move_input_video_quality import (
    WanV2214BAnimateMoveInputVideoQuality as WanV2214BAnimateMoveInputVideoQuality,
)
from .wan_v2214b_animate_move_input_video_write_mode import (
    WanV2214BAnimateMoveInputVideoWriteMode as WanV2214BAnimateMoveInputVideoWriteMode,
)
from .wan_v2214b_animate_move_output import (
    WanV2214BAnimateMoveOutput as WanV2214BAnimateMoveOutput,
)
from .wan_v2214b_animate_replace_input import (
    WanV2214BAnimateReplaceInput as WanV2214BAnimateReplaceInput,
)
from .wan_v2214b_animate_replace_input_resolution import (
    WanV2214BAnimateReplaceInputResolution as WanV2214BAnimateReplaceInputResolution,
)
from .wan_v2214b_animate_replace_input_video_quality import (
    WanV2214BAnimateReplaceInputVideoQuality as WanV2214BAnimateReplaceInputVideoQuality,
)
from .wan_v2214b_animate_replace_input_video_write_mode import (
    WanV2214BAnimateReplaceInputVideoWriteMode as WanV2214BAnimateReplaceInputVideoWriteMode,
)
from .wan_v2214b_animate_replace_output import (
    WanV2214BAnimateReplaceOutput as WanV2214BAnimateReplaceOutput,
)
from .wan_v2214b_speech_to_video_input import (
    WanV2214BSpeechToVideoInput as WanV2214BSpeechToVideoInput,
)
from .wan_v2214b_speech_to_video_input_resolution import (
    WanV2214BSpeechToVideoInputResolution as WanV2214BSpeechToVideoInputResolution,
)
from .wan_v2214b_speech_to_video_input_video_quality import (
    WanV2214BSpeechToVideoInputVideoQuality as WanV2214BSpeechToVideoInputVideoQuality,
)
from .wan_v2214b_speech_to_video_input_video_write_mode import (
    WanV2214BSpeechToVideoInputVideoWriteMode as WanV2214BSpeechToVideoInputVideoWriteMode,
)
from .wan_v2214b_speech_to_video_output import (
    WanV2214BSpeechToVideoOutput as WanV2214BSpeechToVideoOutput,
)
from .wan_vace_13b_input import WanVace13BInput as WanVace13BInput
from .wan_vace_13b_input_aspect_ratio import (
    WanVace13BInputAspectRatio as WanVace13BInputAspectRatio,
)
from .wan_vace_13b_input_resolution import (
    WanVace13BInputResolution as WanVace13BInputResolution,
)
from .wan_vace_13b_input_task import WanVace13BInputTask as WanVace13BInputTask
from .wan_vace_13b_output import WanVace13BOutput as WanVace13BOutput
from .wan_vace_14b_inpainting_input import (
    WanVace14BInpaintingInput as WanVace14BInpaintingInput,
)
from .wan_vace_14b_inpainting_input_acceleration_type_0 import (
    WanVace14BInpaintingInputAccelerationType0 as WanVace14BInpaintingInputAccelerationType0,
)
from .wan_vace_14b_inpainting_input_aspect_ratio import (
    WanVace14BInpaintingInputAspectRatio as WanVace14BInpaintingInputAspectRatio,
)
from .wan_vace_14b_inpainting_input_interpolator_model import (
    WanVace14BInpaintingInputInterpolatorModel as WanVace14BInpaintingInputInterpolatorModel,
)
from .wan_vace_14b_inpainting_input_resolution import (
    WanVace14BInpaintingInputResolution as WanVace14BInpaintingInputResolution,
)
from .wan_vace_14b_inpainting_input_sampler import (
    WanVace14BInpaintingInputSampler as WanVace14BInpaintingInputSampler,
)
from .wan_vace_14b_inpainting_input_transparency_mode import (
    WanVace14BInpaintingInputTransparencyMode as WanVace14BInpaintingInputTransparencyMode,
)
from .wan_vace_14b_inpainting_input_video_quality import (
    WanVace14BInpaintingInputVideoQuality as WanVace14BInpaintingInputVideoQuality,
)
from .wan_vace_14b_inpainting_input_video_write_mode import (
    WanVace14BInpaintingInputVideoWriteMode as WanVace14BInpaintingInputVideoWriteMode,
)
from .wan_vace_14b_inpainting_output import (
    WanVace14BInpaintingOutput as WanVace14BInpaintingOutput,
)
from .wan_vace_14b_input import WanVace14BInput as WanVace14BInput
from .wan_vace_14b_input_acceleration_type_0 import (
    WanVace14BInputAccelerationType0 as WanVace14BInputAccelerationType0,
)
from .wan_vace_14b_input_aspect_ratio import (
    WanVace14BInputAspectRatio as WanVace14BInputAspectRatio,
)
from .wan_vace_14b_input_interpolator_model import (
    WanVace14BInputInterpolatorModel as WanVace14BInputInterpolatorModel,
)
from .wan_vace_14b_input_resolution import (
    WanVace14BInputResolution as WanVace14BInputResolution,
)
from .wan_vace_14b_input_sampler import WanVace14BInputSampler as WanVace14BInputSampler
from .wan_vace_14b_input_task import WanVace14BInputTask as WanVace14BInputTask
from .wan_vace_14b_input_transparency_mode import (
    WanVace14BInputTransparencyMode as WanVace14BInputTransparencyMode,
)
from .wan_vace_14b_input_video_quality import (
    WanVace14BInputVideoQuality as WanVace14BInputVideoQuality,
)
from .wan_vace_14b_input_video_write_mode import (
    WanVace14BInputVideoWriteMode as WanVace14BInputVideoWriteMode,
)
from .wan_vace_14b_outpainting_input import (
    WanVace14BOutpaintingInput as WanVace14BOutpaintingInput,
)
from .wan_vace_14b_outpainting_input_acceleration_type_0 import (
    WanVace14BOutpaintingInputAccelerationType0 as WanVace14BOutpaintingInputAccelerationType0,
)
from .wan_vace_14b_outpainting_input_aspect_ratio import (
    WanVace14BOutpaintingInputAspectRatio as WanVace14BOutpaintingInputAspectRatio,
)
from .wan_vace_14b_outpainting_input_interpolator_model import (
    WanVace14BOutpaintingInputInterpolatorModel as WanVace14BOutpaintingInputInterpolatorModel,
)
from .wan_vace_14b_outpainting_input_resolution import (
    WanVace14BOutpaintingInputResolution as WanVace14BOutpaintingInputResolution,
)
from .wan_vace_14b_outpainting_input_sampler import (
    WanVace14BOutpaintingInputSampler as WanVace14BOutpaintingInputSampler,
)
from .wan_vace_14b_outpainting_input_transparency_mode import (
    WanVace14BOutpaintingInputTransparencyMode as WanVace14BOutpaintingInputTransparencyMode,
)
from .wan_vace_14b_outpainting_input_video_quality import (
    WanVace14BOutpaintingInputVideoQuality as WanVace14BOutpaintingInputVideoQuality,
)
from .wan_vace_14b_outpainting_input_video_write_mode import (
    WanVace14BOutpaintingInputVideoWriteMode as WanVace14BOutpaintingInputVideoWriteMode,
)
from .wan_vace_14b_outpainting_output import (
    WanVace14BOutpaintingOutput as WanVace14BOutpaintingOutput,
)
from .wan_vace_14b_output import WanVace14BOutput as WanVace14BOutput
from .wan_vace_14b_pose_input import WanVace14BPoseInput as WanVace14BPoseInput
from .wan_vace_14b_pose_input_acceleration_type_0 import (
    WanVace14BPoseInputAccelerationType0 as WanVace14BPoseInputAccelerationType0,
)
from .wan_vace_14b_pose_input_aspect_ratio import (
    WanVace14BPoseInputAspectRatio as WanVace14BPoseInputAspectRatio,
)
from .wan_vace_14b_pose_input_interpolator_model import (
    WanVace14BPoseInputInterpolatorModel as WanVace14BPoseInputInterpolatorModel,
)
from .wan_vace_14b_pose_input_resolution import (
    WanVace14BPoseInputResolution as WanVace14BPoseInputResolution,
)
from .wan_vace_14b_pose_input_sampler import (
    WanVace14BPoseInputSampler as WanVace14BPoseInputSampler,
)
from .wan_vace_14b_pose_input_transparency_mode import (
    WanVace14BPoseInputTransparencyMode as WanVace14BPoseInputTransparencyMode,
)
from .wan_vace_14b_pose_input_video_quality import (
    WanVace14BPoseInputVideoQuality as WanVace14BPoseInputVideoQuality,
)
from .wan_vace_14b_pose_input_video_write_mode import (
    WanVace14BPoseInputVideoWriteMode as WanVace14BPoseInputVideoWriteMode,
)
from .wan_vace_14b_pose_output import WanVace14BPoseOutput as WanVace14BPoseOutput
from .wan_vace_14b_reframe_input import WanVace14BReframeInput as WanVace14BReframeInput
from .wan_vace_14b_reframe_input_acceleration_type_0 import (
    WanVace14BReframeInputAccelerationType0 as WanVace14BReframeInputAccelerationType0,
)
from .wan_vace_14b_reframe_input_aspect_ratio import (
    WanVace14BReframeInputAspectRatio as WanVace14BReframeInputAspectRatio,
)
from .wan_vace_14b_reframe_input_interpolator_model import (
    WanVace14BReframeInputInterpolatorModel as WanVace14BReframeInputInterpolatorModel,
)
from .wan_vace_14b_reframe_input_resolution import (
    WanVace14BReframeInputResolution as WanVace14BReframeInputResolution,
)
from .wan_vace_14b_reframe_input_sampler import (
    WanVace14BReframeInputSampler as WanVace14BReframeInputSampler,
)
from .wan_vace_14b_reframe_input_transparency_mode import (
    WanVace14BReframeInputTransparencyMode as WanVace14BReframeInputTransparencyMode,
)
from .wan_vace_14b_reframe_input_video_quality import (
    WanVace14BReframeInputVideoQuality as WanVace14BReframeInputVideoQuality,
)
from .wan_vace_14b_reframe_input_video_write_mode import (
    WanVace14BReframeInputVideoWriteMode as WanVace14BReframeInputVideoWriteMode,
)
from .wan_vace_14b_reframe_output import (
    WanVace14BReframeOutput as WanVace14BReframeOutput,
)
from .wan_vace_apps_long_reframe_input import (
    WanVaceAppsLongReframeInput as WanVaceAppsLongReframeInput,
)
from .wan_vace_apps_long_reframe_input_acceleration import (
    WanVaceAppsLongReframeInputAcceleration as WanVaceAppsLongReframeInputAcceleration,
)
from .wan_vace_apps_long_reframe_input_aspect_ratio import (
    WanVaceAppsLongReframeInputAspectRatio as WanVaceAppsLongReframeInputAspectRatio,
)
from .wan_vace_apps_long_reframe_input_interpolator_model import (
    WanVaceAppsLongReframeInputInterpolatorModel as WanVaceAppsLongReframeInputInterpolatorModel,
)
from .wan_vace_apps_long_reframe_input_resolution import (
    WanVaceAppsLongReframeInputResolution as WanVaceAppsLongReframeInputResolution,
)
from .wan_vace_apps_long_reframe_input_sampler import (
    WanVaceAppsLongReframeInputSampler as WanVaceAppsLongReframeInputSampler,
)
from .wan_vace_apps_long_reframe_input_transparency_mode import (
    WanVaceAppsLongReframeInputTransparencyMode as WanVaceAppsLongReframeInputTransparencyMode,
)
from .wan_vace_apps_long_reframe_input_video_quality import (
    WanVaceAppsLongReframeInputVideoQuality as WanVaceAppsLongReframeInputVideoQuality,
)
from .wan_vace_apps_long_reframe_input_video_write_mode import (
    WanVaceAppsLongReframeInputVideoWriteMode as WanVaceAppsLongReframeInputVideoWriteMode,
)
from .wan_vace_apps_long_reframe_output import (
    WanVaceAppsLongReframeOutput as WanVaceAppsLongReframeOutput,
)
from .wan_vace_apps_video_edit_input import (
    WanVaceAppsVideoEditInput as WanVaceAppsVideoEditInput,
)
from .wan_vace_apps_video_edit_input_acceleration import (
    WanVaceAppsVideoEditInputAcceleration as WanVaceAppsVideoEditInputAcceleration,
)
from .wan_vace_apps_video_edit_input_aspect_ratio import (
    WanVaceAppsVideoEditInputAspectRatio as WanVaceAppsVideoEditInputAspectRatio,
)
from .wan_vace_apps_video_edit_input_resolution import (
    WanVaceAppsVideoEditInputResolution as WanVaceAppsVideoEditInputResolution,
)
from .wan_vace_apps_video_edit_input_video_type import (
    WanVaceAppsVideoEditInputVideoType as WanVaceAppsVideoEditInputVideoType,
)
from .wan_vace_apps_video_edit_output import (
    WanVaceAppsVideoEditOutput as WanVaceAppsVideoEditOutput,
)
from .wan_vace_input import WanVaceInput as WanVaceInput
from .wan_vace_input_aspect_ratio import (
    WanVaceInputAspectRatio as WanVaceInputAspectRatio,
)
from .wan_vace_input_resolution import WanVaceInputResolution as WanVaceInputResolution
from .wan_vace_input_task import WanVaceInputTask as WanVaceInputTask
from .wan_vace_output import WanVaceOutput as WanVaceOutput
from .whisper_chunk import WhisperChunk as WhisperChunk
from .whisper_chunk_v73646d import WhisperChunkV73646D as WhisperChunkV73646D
from .whisper_input import WhisperInput as WhisperInput
from .whisper_input_chunk_level import WhisperInputChunkLevel as WhisperInputChunkLevel
from .whisper_input_language_type_0 import (
    WhisperInputLanguageType0 as WhisperInputLanguageType0,
)
from .whisper_input_task import WhisperInputTask as WhisperInputTask
from .whisper_input_version import WhisperInputVersion as WhisperInputVersion
from .whisper_output import WhisperOutput as WhisperOutput
from .whisper_output_inferred_languages_item import (
    WhisperOutputInferredLanguagesItem as WhisperOutputInferredLanguagesItem,
)
from .wizper_input import WizperInput as WizperInput
from .wizper_input_language_type_0 import (
    WizperInputLanguageType0 as WizperInputLanguageType0,
)
from .wizper_input_task import WizperInputTask as WizperInputTask
from .wizper_output import WizperOutput as WizperOutput
from .wizper_output_languages_item import (
    WizperOutputLanguagesItem as WizperOutputLanguagesItem,
)
from .workflow_get_result_response_200 import (
    WorkflowGetResultResponse200 as WorkflowGetResultResponse200,
)
from .workflow_get_status_logs import WorkflowGetStatusLogs as WorkflowGetStatusLogs
from .workflow_stream_status_logs import (
    WorkflowStreamStatusLogs as WorkflowStreamStatusLogs,
)
from .workflow_utilities_auto_subtitle_input import (
    WorkflowUtilitiesAutoSubtitleInput as WorkflowUtilitiesAutoSubtitleInput,
)
from .workflow_utilities_auto_subtitle_input_background_color import (
    WorkflowUtilitiesAutoSubtitleInputBackgroundColor as WorkflowUtilitiesAutoSubtitleInputBackgroundColor,
)
from .workflow_utilities_auto_subtitle_input_font_color import (
    WorkflowUtilitiesAutoSubtitleInputFontColor as WorkflowUtilitiesAutoSubtitleInputFontColor,
)
from .workflow_utilities_auto_subtitle_input_font_weight import (
    WorkflowUtilitiesAutoSubtitleInputFontWeight as WorkflowUtilitiesAutoSubtitleInputFontWeight,
)
from .workflow_utilities_auto_subtitle_input_highlight_color import (
    WorkflowUtilitiesAutoSubtitleInputHighlightColor as WorkflowUtilitiesAutoSubtitleInputHighlightColor,
)
from .workflow_utilities_auto_subtitle_input_position import (
    WorkflowUtilitiesAutoSubtitleInputPosition as WorkflowUtilitiesAutoSubtitleInputPosition,
)
from .workflow_utilities_auto_subtitle_input_stroke_color import (
    WorkflowUtilitiesAutoSubtitleInputStrokeColor as WorkflowUtilitiesAutoSubtitleInputStrokeColor,
)
from .workflow_utilities_auto_subtitle_output import (
    WorkflowUtilitiesAutoSubtitleOutput as WorkflowUtilitiesAutoSubtitleOutput,
)
from .workflow_utilities_auto_subtitle_output_transcription_metadata import (
    WorkflowUtilitiesAutoSubtitleOutputTranscriptionMetadata as WorkflowUtilitiesAutoSubtitleOutputTranscriptionMetadata,
)
from .workflow_utilities_auto_subtitle_output_words_item import (
    WorkflowUtilitiesAutoSubtitleOutputWordsItem as WorkflowUtilitiesAutoSubtitleOutputWordsItem,
)
from .workflow_utilities_interleave_video_input import (
    WorkflowUtilitiesInterleaveVideoInput as WorkflowUtilitiesInterleaveVideoInput,
)
from .workflow_utilities_interleave_video_output import (
    WorkflowUtilitiesInterleaveVideoOutput as WorkflowUtilitiesInterleaveVideoOutput,
)
from .x_ailab_nsfw_input import XAilabNsfwInput as XAilabNsfwInput
from .x_ailab_nsfw_output import XAilabNsfwOutput as XAilabNsfwOutput
from .yue_input import YueInput as YueInput
from .yue_output import YueOutput as YueOutput
from .z_image_base_input import ZImageBaseInput as ZImageBaseInput
from .z_image_base_input_acceleration import (
    ZImageBaseInputAcceleration as ZImageBaseInputAcceleration,
)
from .z_image_base_input_image_size_type_1 import (
    ZImageBaseInputImageSizeType1 as ZImageBaseInputImageSizeType1,
)
from .z_image_base_input_output_format import (
    ZImageBaseInputOutputFormat as ZImageBaseInputOutputFormat,
)
from .z_image_base_lora_input import ZImageBaseLoraInput as ZImageBaseLoraInput
from .z_image_base_lora_input_acceleration import (
    ZImageBaseLoraInputAcceleration as ZImageBaseLoraInputAcceleration,
)
from .z_image_base_lora_input_image_size_type_1 import (
    ZImageBaseLoraInputImageSizeType1 as ZImageBaseLoraInputImageSizeType1,
)
from .z_image_base_lora_input_output_format import (
    ZImageBaseLoraInputOutputFormat as ZImageBaseLoraInputOutputFormat,
)
from .z_image_base_lora_output import ZImageBaseLoraOutput as ZImageBaseLoraOutput
from .z_image_base_lora_output_timings import (
    ZImageBaseLoraOutputTimings as ZImageBaseLoraOutputTimings,
)
from .z_image_base_output import ZImageBaseOutput as ZImageBaseOutput
from .z_image_base_output_timings import (
    ZImageBaseOutputTimings as ZImageBaseOutputTimings,
)
from .z_image_base_trainer_input import ZImageBaseTrainerInput as ZImageBaseTrainerInput
from .z_image_base_trainer_output import (
    ZImageBaseTrainerOutput as ZImageBaseTrainerOutput,
)
from .z_image_turbo_input import ZImageTurboInput as ZImageTurboInput
from .z_image_turbo_input_acceleration import (
    ZImageTurboInputAcceleration as ZImageTurboInputAcceleration,
)
from .z_image_turbo_input_image_size_type_1 import (
    ZImageTurboInputImageSizeType1 as ZImageTurboInputImageSizeType1,
)
from .z_image_turbo_input_output_format import (
    ZImageTurboInputOutputFormat as ZImageTurboInputOutputFormat,
)
from .z_image_turbo_output import ZImageTurboOutput as ZImageTurboOutput
from .z_image_turbo_output_timings import (
    ZImageTurboOutputTimings as ZImageTurboOutputTimings,
)
from .z_image_turbo_trainer_v2_input import (
    ZImageTurboTrainerV2Input as ZImageTurboTrainerV2Input,
)
from .z_image_turbo_trainer_v2_output import (
    ZImageTurboTrainerV2Output as ZImageTurboTrainerV2Output,
)
from .zonos_input import ZonosInput as ZonosInput
from .zonos_output import ZonosOutput as ZonosOutput

__all__ = [
    "AceStepAudioInpaintInput",
    "AceStepAudioInpaintInputEndTimeRelativeTo",
    "AceStepAudioInpaintInputGuidanceType",
    "AceStepAudioInpaintInputScheduler",
    "AceStepAudioInpaintInputStartTimeRelativeTo",
    "AceStepAudioInpaintOutput",
    "AceStepAudioOutpaintInput",
    "AceStepAudioOutpaintInputGuidanceType",
    "AceStepAudioOutpaintInputScheduler",
    "AceStepAudioOutpaintOutput",
    "AceStepAudioToAudioInput",
    "AceStepAudioToAudioInputEditMode",
    "AceStepAudioToAudioInputGuidanceType",
    "AceStepAudioToAudioInputScheduler",
    "AceStepAudioToAudioOutput",
    "AceStepInput",
    "AceStepInputGuidanceType",
    "AceStepInputScheduler",
    "AceStepOutput",
    "AceStepPromptToAudioInput",
    "AceStepPromptToAudioInputGuidanceType",
    "AceStepPromptToAudioInputScheduler",
    "AceStepPromptToAudioOutput",
    "Aesthetics",
    "AiAvatarInput",
    "AiAvatarInputAcceleration",
    "AiAvatarInputResolution",
    "AiAvatarMultiInput",
    "AiAvatarMultiInputAcceleration",
    "AiAvatarMultiInputResolution",
    "AiAvatarMultiOutput",
    "AiAvatarMultiTextInput",
    "AiAvatarMultiTextInputAcceleration",
    "AiAvatarMultiTextInputResolution",
    "AiAvatarMultiTextInputVoice1",
    "AiAvatarMultiTextInputVoice2",
    "AiAvatarMultiTextOutput",
    "AiAvatarOutput",
    "AiAvatarSingleTextInput",
    "AiAvatarSingleTextInputAcceleration",
    "AiAvatarSingleTextInputResolution",
    "AiAvatarSingleTextInputVoice",
    "AiAvatarSingleTextOutput",
    "AmtInterpolationFrameInterpolationInput",
    "AmtInterpolationFrameInterpolationOutput",
    "AmtInterpolationInput",
    "AmtInterpolationOutput",
    "AnimatediffSparsectrlLcmInput",
    "AnimatediffSparsectrlLcmInputControlnetType",
    "AnimatediffSparsectrlLcmOutput",
    "ArbiterImageImageInput",
    "ArbiterImageImageInputMeasurementsItem",
    "ArbiterImageImageOutput",
    "ArbiterImageImageOutputValuesItem",
    "ArbiterImageImageOutputValuesItemAdditionalPropertyType1",
    "ArbiterImageInput",
    "ArbiterImageInputMeasurementsItem",
    "ArbiterImageOutput",
    "ArbiterImageOutputValuesItem",
    "ArbiterImageOutputValuesItemAdditionalPropertyType1",
    "ArbiterImageTextInput",
    "ArbiterImageTextInputMeasurementsItem",
    "ArbiterImageTextOutput",
    "ArbiterImageTextOutputValuesItem",
    "ArbiterImageTextOutputValuesItemAdditionalPropertyType1",
    "ArgilAvatarsAudioToVideoInput",
    "ArgilAvatarsAudioToVideoInputAvatar",
    "ArgilAvatarsAudioToVideoOutput",
    "ArgilAvatarsTextToVideoInput",
    "ArgilAvatarsTextToVideoInputAvatar",
    "ArgilAvatarsTextToVideoInputVoice",
    "ArgilAvatarsTextToVideoOutput",
    "Audio",
    "AudioFile",
    "AudioFileV7FECF5",
    "AudioFileVC78BA0",
    "AudioOutput",
    "AudioSetting",
    "AudioSettingBitrate",
    "AudioSettingChannel",
    "AudioSettingFormat",
    "AudioSettingSampleRate",
    "AudioSettingV6B2DF2",
    "AudioSettingV6B2DF2Bitrate",
    "AudioSettingV6B2DF2Format",
    "AudioSettingV6B2DF2SampleRate",
    "AudioTimeSpan",
    "AudioUnderstandingInput",
    "AudioUnderstandingOutput",
    "AudioVB4CC40",
    "AuraFlowInput",
    "AuraFlowOutput",
    "AutoCaptionInput",
    "AutoCaptionOutput",
    "BagelInput",
    "BagelOutput",
    "BagelOutputTimings",
    "BagelUnderstandInput",
    "BagelUnderstandOutput",
    "BagelUnderstandOutputTimings",
    "BeatovenMusicGenerationInput",
    "BeatovenMusicGenerationOutput",
    "BeatovenMusicGenerationOutputMetadata",
    "BeatovenSoundEffectGenerationInput",
    "BeatovenSoundEffectGenerationOutput",
    "BeatovenSoundEffectGenerationOutputMetadata",
    "BenV2VideoInput",
    "BenV2VideoOutput",
    "BirefnetV2VideoInput",
    "BirefnetV2VideoInputModel",
    "BirefnetV2VideoInputOperatingResolution",
    "BirefnetV2VideoInputVideoOutputType",
    "BirefnetV2VideoInputVideoQuality",
    "BirefnetV2VideoInputVideoWriteMode",
    "BirefnetV2VideoOutput",
    "BoundingBox",
    "BoxPrompt",
    "BoxPromptBase",
    "BriaFiboEditEditStructuredInstructionInput",
    "BriaFiboEditEditStructuredInstructionOutput",
    "BriaFiboGenerateInput",
    "BriaFiboGenerateInputAspectRatio",
    "BriaFiboGenerateOutput",
    "BriaFiboGenerateOutputImagesItem",
    "BriaFiboGenerateOutputStructuredPrompt",
    "BriaFiboGenerateStructuredPromptInput",
    "BriaFiboGenerateStructuredPromptOutput",
    "BriaFiboLiteGenerateInput",
    "BriaFiboLiteGenerateInputAspectRatio",
    "BriaFiboLiteGenerateOutput",
    "BriaFiboLiteGenerateOutputImagesItem",
    "BriaFiboLiteGenerateOutputStructuredPrompt",
    "BriaFiboLiteGenerateStructuredPromptInput",
    "BriaFiboLiteGenerateStructuredPromptLiteInput",
    "BriaFiboLiteGenerateStructuredPromptLiteOutput",
    "BriaFiboLiteGenerateStructuredPromptOutput",
    "BriaFiboVlmAesthetics",
    "BriaFiboVlmStructuredPrompt",
    "BriaTextToImage32Input",
    "BriaTextToImage32InputAspectRatio",
    "BriaTextToImage32Output",
    "BriaTextToImageBaseInput",
    "BriaTextToImageBaseInputAspectRatio",
    "BriaTextToImageBaseInputMedium",
    "BriaTextToImageBaseOutput",
    "BriaTextToImageFastInput",
    "BriaTextToImageFastInputAspectRatio",
    "BriaTextToImageFastInputMedium",
    "BriaTextToImageFastOutput",
    "BriaTextToImageHdInput",
    "BriaTextToImageHdInputAspectRatio",
    "BriaTextToImageHdInputMedium",
    "BriaTextToImageHdOutput",
    "BriaVideoBackgroundRemovalInput",
    "BriaVideoBackgroundRemovalInputBackgroundColor",
    "BriaVideoBackgroundRemovalInputOutputContainerAndCodec",
    "BriaVideoBackgroundRemovalOutput",
    "BriaVideoEraseKeypointsInput",
    "BriaVideoEraseKeypointsInputOutputContainerAndCodec",
    "BriaVideoEraseKeypointsOutput",
    "BriaVideoEraseMaskInput",
    "BriaVideoEraseMaskInputOutputContainerAndCodec",
    "BriaVideoEraseMaskOutput",
    "BriaVideoErasePromptInput",
    "BriaVideoErasePromptInputOutputContainerAndCodec",
    "BriaVideoErasePromptOutput",
    "BriaVideoEraserEraseKeypointsInput",
    "BriaVideoEraserEraseKeypointsInputOutputContainerAndCodec",
    "BriaVideoEraserEraseKeypointsOutput",
    "BriaVideoEraserEraseMaskInput",
    "BriaVideoEraserEraseMaskInputOutputContainerAndCodec",
    "BriaVideoEraserEraseMaskOutput",
    "BriaVideoEraserErasePromptInput",
    "BriaVideoEraserErasePromptInputOutputContainerAndCodec",
    "BriaVideoEraserErasePromptOutput",
    "BriaVideoIncreaseResolutionInput",
    "BriaVideoIncreaseResolutionInputDesiredIncrease",
    "BriaVideoIncreaseResolutionInputOutputContainerAndCodec",
    "BriaVideoIncreaseResolutionOutput",
    "BytedanceDreaminaV31TextToImageInput",
    "BytedanceDreaminaV31TextToImageInputImageSizeType1",
    "BytedanceDreaminaV31TextToImageOutput",
    "BytedanceLynxInput",
    "BytedanceLynxInputAspectRatio",
    "BytedanceLynxInputResolution",
    "BytedanceLynxOutput",
    "BytedanceOmnihumanInput",
    "BytedanceOmnihumanOutput",
    "BytedanceSeed3DImageTo3DInput",
    "BytedanceSeed3DImageTo3DOutput",
    "BytedanceSeedanceV15ProImageToVideoInput",
    "BytedanceSeedanceV15ProImageToVideoInputAspectRatio",
    "BytedanceSeedanceV15ProImageToVideoInputDuration",
    "BytedanceSeedanceV15ProImageToVideoInputResolution",
    "BytedanceSeedanceV15ProImageToVideoOutput",
    "BytedanceSeedanceV15ProTextToVideoInput",
    "BytedanceSeedanceV15ProTextToVideoInputAspectRatio",
    "BytedanceSeedanceV15ProTextToVideoInputDuration",
    "BytedanceSeedanceV15ProTextToVideoInputResolution",
    "BytedanceSeedanceV15ProTextToVideoOutput",
    "BytedanceSeedanceV1LiteImageToVideoInput",
    "BytedanceSeedanceV1LiteImageToVideoInputAspectRatio",
    "BytedanceSeedanceV1LiteImageToVideoInputDuration",
    "BytedanceSeedanceV1LiteImageToVideoInputResolution",
    "BytedanceSeedanceV1LiteImageToVideoOutput",
    "BytedanceSeedanceV1LiteReferenceToVideoInput",
    "BytedanceSeedanceV1LiteReferenceToVideoInputAspectRatio",
    "BytedanceSeedanceV1LiteReferenceToVideoInputDuration",
    "BytedanceSeedanceV1LiteReferenceToVideoInputResolution",
    "BytedanceSeedanceV1LiteReferenceToVideoOutput",
    "BytedanceSeedanceV1LiteTextToVideoInput",
    "BytedanceSeedanceV1LiteTextToVideoInputAspectRatio",
    "BytedanceSeedanceV1LiteTextToVideoInputDuration",
    "BytedanceSeedanceV1LiteTextToVideoInputResolution",
    "BytedanceSeedanceV1LiteTextToVideoOutput",
    "BytedanceSeedanceV1ProFastTextToVideoInput",
    "BytedanceSeedanceV1ProFastTextToVideoInputAspectRatio",
    "BytedanceSeedanceV1ProFastTextToVideoInputDuration",
    "BytedanceSeedanceV1ProFastTextToVideoInputResolution",
    "BytedanceSeedanceV1ProFastTextToVideoOutput",
    "BytedanceSeedanceV1ProImageToVideoInput",
    "BytedanceSeedanceV1ProImageToVideoInputAspectRatio",
    "BytedanceSeedanceV1ProImageToVideoInputDuration",
    "BytedanceSeedanceV1ProImageToVideoInputResolution",
    "BytedanceSeedanceV1ProImageToVideoOutput",
    "BytedanceSeedreamV45TextToImageInput",
    "BytedanceSeedreamV45TextToImageInputImageSizeType1",
    "BytedanceSeedreamV45TextToImageOutput",
    "BytedanceSeedreamV4TextToImageInput",
    "BytedanceSeedreamV4TextToImageInputEnhancePromptMode",
    "BytedanceSeedreamV4TextToImageInputImageSizeType1",
    "BytedanceSeedreamV4TextToImageOutput",
    "BytedanceUpscalerUpscaleVideoInput",
    "BytedanceUpscalerUpscaleVideoInputTargetFps",
    "BytedanceUpscalerUpscaleVideoInputTargetResolution",
    "BytedanceUpscalerUpscaleVideoOutput",
    "BytedanceVideoStylizeInput",
    "BytedanceVideoStylizeOutput",
    "CameraControl",
    "CameraControlMovementType",
    "CancelStatus",
    "CassetteaiMusicGeneratorInput",
    "CassetteaiMusicGeneratorOutput",
    "CassetteaiSoundEffectsGeneratorInput",
    "CassetteaiSoundEffectsGeneratorOutput",
    "CassetteaiVideoSoundEffectsGeneratorInput",
    "CassetteaiVideoSoundEffectsGeneratorOutput",
    "ChatterboxSpeechToSpeechInput",
    "ChatterboxSpeechToSpeechOutput",
    "ChatterboxTextToSpeechInput",
    "ChatterboxTextToSpeechMultilingualInput",
    "ChatterboxTextToSpeechMultilingualInputCustomAudioLanguage",
    "ChatterboxTextToSpeechMultilingualOutput",
    "ChatterboxTextToSpeechOutput",
    "ClarityaiCrystalVideoUpscalerInput",
    "ClarityaiCrystalVideoUpscalerOutput",
    "Cogvideox5BImageToVideoInput",
    "Cogvideox5BImageToVideoInputVideoSizeType1",
    "Cogvideox5BImageToVideoOutput",
    "Cogvideox5BImageToVideoOutputTimings",
    "Cogvideox5BInput",
    "Cogvideox5BInputVideoSizeType1",
    "Cogvideox5BOutput",
    "Cogvideox5BOutputTimings",
    "Cogvideox5BVideoToVideoInput",
    "Cogvideox5BVideoToVideoInputVideoSizeType1",
    "Cogvideox5BVideoToVideoOutput",
    "Cogvideox5BVideoToVideoOutputTimings",
    "Cogview4Input",
    "Cogview4InputImageSizeType1",
    "Cogview4InputOutputFormat",
    "Cogview4Output",
    "Cogview4OutputTimings",
    "ColorPalette",
    "ColorPaletteMember",
    "ColorPaletteNameType0",
    "CompletionUsage",
    "ControlLoraWeight",
    "ControlLoraWeightPreprocess",
    "ControlLoraWeightScaleType0",
    "ControlNet",
    "ControlNetUnion",
    "ControlNetUnionInput",
    "ControlNetUnionInputControlMode",
    "ControlNetV32A801",
    "ControlNetV727050",
    "ControlnextInput",
    "ControlnextOutput",
    "CreatifyAuroraInput",
    "CreatifyAuroraInputResolution",
    "CreatifyAuroraOutput",
    "Csm1BInput",
    "Csm1BOutput",
    "DecartLucy14BImageToVideoInput",
    "DecartLucy14BImageToVideoInputAspectRatio",
    "DecartLucy14BImageToVideoInputResolution",
    "DecartLucy14BImageToVideoOutput",
    "DecartLucy5BImageToVideoInput",
    "DecartLucy5BImageToVideoInputAspectRatio",
    "DecartLucy5BImageToVideoInputResolution",
    "DecartLucy5BImageToVideoOutput",
    "DecartLucyEditDevInput",
    "DecartLucyEditDevOutput",
    "DecartLucyEditFastInput",
    "DecartLucyEditFastOutput",
    "DecartLucyEditProInput",
    "DecartLucyEditProInputResolution",
    "DecartLucyEditProOutput",
    "DecartLucyRestyleInput",
    "DecartLucyRestyleInputResolution",
    "DecartLucyRestyleOutput",
    "DeepFilterNetTimings",
    "Deepfilternet3Input",
    "Deepfilternet3InputAudioFormat",
    "Deepfilternet3Output",
    "DemucsInput",
    "DemucsInputModel",
    "DemucsInputOutputFormat",
    "DemucsInputStemsType0Item",
    "DemucsOutput",
    "DiaTtsInput",
    "DiaTtsOutput",
    "DiaTtsVoiceCloneInput",
    "DiaTtsVoiceCloneOutput",
    "DialogueBlock",
    "DiarizationSegment",
    "DiffrhythmInput",
    "DiffrhythmInputMusicDuration",
    "DiffrhythmInputScheduler",
    "DiffrhythmOutput",
    "DiffusionEdgeInput",
    "DiffusionEdgeOutput",
    "DreamoInput",
    "DreamoInputFirstReferenceTask",
    "DreamoInputImageSizeType1",
    "DreamoInputSecondReferenceTask",
    "DreamoOutput",
    "DreamoOutputTimings",
    "DreamshaperInput",
    "DreamshaperInputFormat",
    "DreamshaperInputImageSizeType1",
    "DreamshaperInputModelName",
    "DreamshaperInputSafetyCheckerVersion",
    "DreamshaperOutput",
    "DreamshaperOutputTimings",
    "DubbingInput",
    "DubbingInputTargetLanguage",
    "DubbingOutput",
    "DwposeVideoInput",
    "DwposeVideoInputDrawMode",
    "DwposeVideoOutput",
    "DynamicMask",
    "EasyControlWeight",
    "EasyControlWeightImageControlType",
    "EchomimicV3Input",
    "EchomimicV3Output",
    "EdittoInput",
    "EdittoInputAccelerationType0",
    "EdittoInputAspectRatio",
    "EdittoInputResolution",
    "EdittoInputSampler",
    "EdittoInputVideoQuality",
    "EdittoInputVideoWriteMode",
    "EdittoOutput",
    "ElevenlabsAudioIsolationInput",
    "ElevenlabsAudioIsolationOutput",
    "ElevenlabsDubbingInput",
    "ElevenlabsDubbingOutput",
    "ElevenlabsMusicInput",
    "ElevenlabsMusicInputOutputFormat",
    "ElevenlabsMusicOutput",
    "ElevenlabsSpeechToTextInput",
    "ElevenlabsSpeechToTextOutput",
    "ElevenlabsSpeechToTextScribeV2Input",
    "ElevenlabsSpeechToTextScribeV2Output",
    "ElevenlabsTextToDialogueElevenV3Input",
    "ElevenlabsTextToDialogueElevenV3Output",
    "ElevenlabsTtsElevenV3Input",
    "ElevenlabsTtsElevenV3Output",
    "ElevenlabsTtsMultilingualV2Input",
    "ElevenlabsTtsMultilingualV2Output",
    "ElevenlabsTtsTurboV25Input",
    "ElevenlabsTtsTurboV25Output",
    "ElevenlabsVoiceChangerInput",
    "ElevenlabsVoiceChangerInputOutputFormat",
    "ElevenlabsVoiceChangerOutput",
    "Embedding",
    "EmotionalStrengths",
    "Emu35ImageTextToImageInput",
    "Emu35ImageTextToImageInputAspectRatio",
    "Emu35ImageTextToImageInputOutputFormat",
    "Emu35ImageTextToImageInputResolution",
    "Emu35ImageTextToImageOutput",
    "ErrorDetail",
    "ExtendVideoConditioningInput",
    "F5TtsInput",
    "F5TtsInputModelType",
    "F5TtsOutput",
    "FLiteStandardInput",
    "FLiteStandardInputImageSizeType1",
    "FLiteStandardOutput",
    "FLiteStandardOutputTimings",
    "FLiteTextureInput",
    "FLiteTextureInputImageSizeType1",
    "FLiteTextureOutput",
    "FLiteTextureOutputTimings",
    "FalAiFlux2KleinLoRAInput",
    "FalFile",
    "FalFileV6BA6D6",
    "FalFileVB4CC40",
    "FalFileVC80C16",
    "FastAnimatediffTextToVideoInput",
    "FastAnimatediffTextToVideoInputMotionsItem",
    "FastAnimatediffTextToVideoInputVideoSizeType1",
    "FastAnimatediffTextToVideoOutput",
    "FastAnimatediffTurboTextToVideoInput",
    "FastAnimatediffTurboTextToVideoInputMotionsItem",
    "FastAnimatediffTurboTextToVideoInputVideoSizeType1",
    "FastAnimatediffTurboTextToVideoOutput",
    "FastAnimatediffTurboVideoToVideoInput",
    "FastAnimatediffTurboVideoToVideoInputMotionsItem",
    "FastAnimatediffTurboVideoToVideoOutput",
    "FastAnimatediffVideoToVideoInput",
    "FastAnimatediffVideoToVideoInputMotionsItem",
    "FastAnimatediffVideoToVideoOutput",
    "FastFooocusSdxlImageToImageInput",
    "FastFooocusSdxlImageToImageInputFormat",
    "FastFooocusSdxlImageToImageInputImageSizeType0Type1",
    "FastFooocusSdxlImageToImageInputSafetyCheckerVersion",
    "FastFooocusSdxlImageToImageOutput",
    "FastFooocusSdxlImageToImageOutputTimings",
    "FastFooocusSdxlInput",
    "FastFooocusSdxlInputFormat",
    "FastFooocusSdxlInputImageSizeType1",
    "FastFooocusSdxlInputSafetyCheckerVersion",
    "FastFooocusSdxlOutput",
    "FastFooocusSdxlOutputTimings",
    "FastLightningSdxlInput",
    "FastLightningSdxlInputFormat",
    "FastLightningSdxlInputImageSizeType1",
    "FastLightningSdxlInputNumInferenceSteps",
    "FastLightningSdxlInputSafetyCheckerVersion",
    "FastLightningSdxlOutput",
    "FastLightningSdxlOutputTimings",
    "FastSdxlControlnetCannyInput",
    "FastSdxlControlnetCannyInputImageSizeType0Type1",
    "FastSdxlControlnetCannyOutput",
    "FastSdxlControlnetCannyOutputTimings",
    "FastSdxlInput",
    "FastSdxlInputFormat",
    "FastSdxlInputImageSizeType1",
    "FastSdxlInputSafetyCheckerVersion",
    "FastSdxlOutput",
    "FastSdxlOutputTimings",
    "FastSvdLcmInput",
    "FastSvdLcmOutput",
    "FastSvdLcmTextToVideoInput",
    "FastSvdLcmTextToVideoInputVideoSizeType1",
    "FastSvdLcmTextToVideoOutput",
    "FastSvdTextToVideoInput",
    "FastSvdTextToVideoInputDeepCache",
    "FastSvdTextToVideoInputVideoSizeType1",
    "FastSvdTextToVideoOutput",
    "FfmpegApiComposeInput",
    "FfmpegApiComposeOutput",
    "FfmpegApiLoudnormInput",
    "FfmpegApiLoudnormOutput",
    "FfmpegApiMergeAudioVideoInput",
    "FfmpegApiMergeAudioVideoOutput",
    "FfmpegApiMergeAudiosInput",
    "FfmpegApiMergeAudiosInputOutputFormatType0",
    "FfmpegApiMergeAudiosOutput",
    "FfmpegApiMergeVideosInput",
    "FfmpegApiMergeVideosInputResolutionType1",
    "FfmpegApiMergeVideosOutput",
    "FfmpegApiMergeVideosOutputMetadata",
    "FfmpegApiWaveformInput",
    "FfmpegApiWaveformOutput",
    "FilmVideoInput",
    "FilmVideoInputVideoQuality",
    "FilmVideoInputVideoWriteMode",
    "FilmVideoOutput",
    "FlashvsrUpscaleVideoInput",
    "FlashvsrUpscaleVideoInputAcceleration",
    "FlashvsrUpscaleVideoInputOutputFormat",
    "FlashvsrUpscaleVideoInputOutputQuality",
    "FlashvsrUpscaleVideoInputOutputWriteMode",
    "FlashvsrUpscaleVideoOutput",
    "Florence2LargeCaptionInput",
    "Florence2LargeCaptionOutput",
    "Florence2LargeDetailedCaptionInput",
    "Florence2LargeDetailedCaptionOutput",
    "Florence2LargeMoreDetailedCaptionInput",
    "Florence2LargeMoreDetailedCaptionOutput",
    "Florence2LargeOcrInput",
    "Florence2LargeOcrOutput",
    "Florence2LargeRegionToCategoryInput",
    "Florence2LargeRegionToCategoryOutput",
    "Flux1DevInput",
    "Flux1DevInputAcceleration",
    "Flux1DevInputImageSizeType1",
    "Flux1DevInputOutputFormat",
    "Flux1DevOutput",
    "Flux1DevOutputTimings",
    "Flux1KreaInput",
    "Flux1KreaInputAcceleration",
    "Flux1KreaInputImageSizeType1",
    "Flux1KreaInputOutputFormat",
    "Flux1KreaOutput",
    "Flux1KreaOutputTimings",
    "Flux1SchnellInput",
    "Flux1SchnellInputAcceleration",
    "Flux1SchnellInputImageSizeType1",
    "Flux1SchnellInputOutputFormat",
    "Flux1SchnellOutput",
    "Flux1SchnellOutputTimings",
    "Flux1SrpoInput",
    "Flux1SrpoInputAcceleration",
    "Flux1SrpoInputImageSizeType1",
    "Flux1SrpoInputOutputFormat",
    "Flux1SrpoOutput",
    "Flux1SrpoOutputTimings",
    "Flux2FlashInput",
    "Flux2FlashInputImageSizeType1",
    "Flux2FlashInputOutputFormat",
    "Flux2FlashOutput",
    "Flux2FlashOutputTimings",
    "Flux2FlexInput",
    "Flux2FlexInputImageSizeType1",
    "Flux2FlexInputOutputFormat",
    "Flux2FlexInputSafetyTolerance",
    "Flux2FlexOutput",
    "Flux2Input",
    "Flux2InputAcceleration",
    "Flux2InputImageSizeType1",
    "Flux2InputOutputFormat",
    "Flux2Klein4BBaseInput",
    "Flux2Klein4BBaseInputAcceleration",
    "Flux2Klein4BBaseInputImageSizeType1",
    "Flux2Klein4BBaseInputOutputFormat",
    "Flux2Klein4BBaseLoraInput",
    "Flux2Klein4BBaseLoraInputAcceleration",
    "Flux2Klein4BBaseLoraInputImageSizeType1",
    "Flux2Klein4BBaseLoraInputOutputFormat",
    "Flux2Klein4BBaseLoraOutput",
    "Flux2Klein4BBaseLoraOutputTimings",
    "Flux2Klein4BBaseOutput",
    "Flux2Klein4BBaseOutputTimings",
    "Flux2Klein4BBaseTrainerEditInput",
    "Flux2Klein4BBaseTrainerEditInputOutputLoraFormat",
    "Flux2Klein4BBaseTrainerEditOutput",
    "Flux2Klein4BBaseTrainerInput",
    "Flux2Klein4BBaseTrainerInputOutputLoraFormat",
    "Flux2Klein4BBaseTrainerOutput",
    "Flux2Klein4BInput",
    "Flux2Klein4BInputImageSizeType1",
    "Flux2Klein4BInputOutputFormat",
    "Flux2Klein4BOutput",
    "Flux2Klein4BOutputTimings",
    "Flux2Klein9BBaseInput",
    "Flux2Klein9BBaseInputAcceleration",
    "Flux2Klein9BBaseInputImageSizeType1",
    "Flux2Klein9BBaseInputOutputFormat",
    "Flux2Klein9BBaseLoraInput",
    "Flux2Klein9BBaseLoraInputAcceleration",
    "Flux2Klein9BBaseLoraInputImageSizeType1",
    "Flux2Klein9BBaseLoraInputOutputFormat",
    "Flux2Klein9BBaseLoraOutput",
    "Flux2Klein9BBaseLoraOutputTimings",
    "Flux2Klein9BBaseOutput",
    "Flux2Klein9BBaseOutputTimings",
    "Flux2Klein9BBaseTrainerEditInput",
    "Flux2Klein9BBaseTrainerEditInputOutputLoraFormat",
    "Flux2Klein9BBaseTrainerEditOutput",
    "Flux2Klein9BBaseTrainerInput",
    "Flux2Klein9BBaseTrainerInputOutputLoraFormat",
    "Flux2Klein9BBaseTrainerOutput",
    "Flux2Klein9BInput",
    "Flux2Klein9BInputImageSizeType1",
    "Flux2Klein9BInputOutputFormat",
    "Flux2Klein9BOutput",
    "Flux2Klein9BOutputTimings",
    "Flux2LoraGalleryBallpointPenSketchInput",
    "Flux2LoraGalleryBallpointPenSketchInputAcceleration",
    "Flux2LoraGalleryBallpointPenSketchInputImageSizeType1",
    "Flux2LoraGalleryBallpointPenSketchInputOutputFormat",
    "Flux2LoraGalleryBallpointPenSketchOutput",
    "Flux2LoraGalleryDigitalComicArtInput",
    "Flux2LoraGalleryDigitalComicArtInputAcceleration",
    "Flux2LoraGalleryDigitalComicArtInputImageSizeType1",
    "Flux2LoraGalleryDigitalComicArtInputOutputFormat",
    "Flux2LoraGalleryDigitalComicArtOutput",
    "Flux2LoraGalleryHdrStyleInput",
    "Flux2LoraGalleryHdrStyleInputAcceleration",
    "Flux2LoraGalleryHdrStyleInputImageSizeType1",
    "Flux2LoraGalleryHdrStyleInputOutputFormat",
    "Flux2LoraGalleryHdrStyleOutput",
    "Flux2LoraGalleryRealismInput",
    "Flux2LoraGalleryRealismInputAcceleration",
    "Flux2LoraGalleryRealismInputImageSizeType1",
    "Flux2LoraGalleryRealismInputOutputFormat",
    "Flux2LoraGalleryRealismOutput",
    "Flux2LoraGallerySatelliteViewStyleInput",
    "Flux2LoraGallerySatelliteViewStyleInputAcceleration",
    "Flux2LoraGallerySatelliteViewStyleInputImageSizeType1",
    "Flux2LoraGallerySatelliteViewStyleInputOutputFormat",
    "Flux2LoraGallerySatelliteViewStyleOutput",
    "Flux2LoraInput",
    "Flux2LoraInputAcceleration",
    "Flux2LoraInputImageSizeType1",
    "Flux2LoraInputOutputFormat",
    "Flux2LoraOutput",
    "Flux2LoraOutputTimings",
    "Flux2MaxInput",
    "Flux2MaxInputImageSizeType1",
    "Flux2MaxInputOutputFormat",
    "Flux2MaxInputSafetyTolerance",
    "Flux2MaxOutput",
    "Flux2Output",
    "Flux2OutputTimings",
    "Flux2ProInput",
    "Flux2ProInputImageSizeType1",
    "Flux2ProInputOutputFormat",
    "Flux2ProInputSafetyTolerance",
    "Flux2ProOutput",
    "Flux2TrainerEditInput",
    "Flux2TrainerEditInputOutputLoraFormat",
    "Flux2TrainerEditOutput",
    "Flux2TrainerInput",
    "Flux2TrainerInputOutputLoraFormat",
    "Flux2TrainerOutput",
    "Flux2TrainerV2EditInput",
    "Flux2TrainerV2EditInputOutputLoraFormat",
    "Flux2TrainerV2EditOutput",
    "Flux2TrainerV2Input",
    "Flux2TrainerV2InputOutputLoraFormat",
    "Flux2TrainerV2Output",
    "Flux2TurboInput",
    "Flux2TurboInputImageSizeType1",
    "Flux2TurboInputOutputFormat",
    "Flux2TurboOutput",
    "Flux2TurboOutputTimings",
    "FluxControlLoraCannyInput",
    "FluxControlLoraCannyInputImageSizeType1",
    "FluxControlLoraCannyInputOutputFormat",
    "FluxControlLoraCannyOutput",
    "FluxControlLoraCannyOutputTimings",
    "FluxControlLoraDepthInput",
    "FluxControlLoraDepthInputImageSizeType1",
    "FluxControlLoraDepthInputOutputFormat",
    "FluxControlLoraDepthOutput",
    "FluxControlLoraDepthOutputTimings",
    "FluxDevInput",
    "FluxDevInputAcceleration",
    "FluxDevInputImageSizeType1",
    "FluxDevInputOutputFormat",
    "FluxDevOutput",
    "FluxDevOutputTimings",
    "FluxGeneralInput",
    "FluxGeneralInputImageSizeType1",
    "FluxGeneralInputOutputFormat",
    "FluxGeneralInputScheduler",
    "FluxGeneralInputSigmaSchedule",
    "FluxGeneralOutput",
    "FluxGeneralOutputTimings",
    "FluxKontextTrainerInput",
    "FluxKontextTrainerInputOutputLoraFormat",
    "FluxKontextTrainerOutput",
    "FluxKreaLoraStreamInput",
    "FluxKreaLoraStreamInputImageSizeType1",
    "FluxKreaLoraStreamInputOutputFormat",
    "FluxKreaLoraStreamOutput",
    "FluxKreaLoraStreamOutputTimings",
    "FluxKreaTrainerInput",
    "FluxKreaTrainerOutput",
    "FluxLoraFastTrainingInput",
    "FluxLoraFastTrainingOutput",
    "FluxLoraInpaintingInput",
    "FluxLoraInpaintingInputImageSizeType1",
    "FluxLoraInpaintingInputOutputFormat",
    "FluxLoraInpaintingOutput",
    "FluxLoraInpaintingOutputTimings",
    "FluxLoraInput",
    "FluxLoraInputImageSizeType1",
    "FluxLoraInputOutputFormat",
    "FluxLoraOutput",
    "FluxLoraOutputTimings",
    "FluxLoraPortraitTrainerInput",
    "FluxLoraPortraitTrainerOutput",
    "FluxProKontextMaxTextToImageInput",
    "FluxProKontextMaxTextToImageInputAspectRatio",
    "FluxProKontextMaxTextToImageInputOutputFormat",
    "FluxProKontextMaxTextToImageInputSafetyTolerance",
    "FluxProKontextMaxTextToImageOutput",
    "FluxProKontextMaxTextToImageOutputTimings",
    "FluxProKontextTextToImageInput",
    "FluxProKontextTextToImageInputAspectRatio",
    "FluxProKontextTextToImageInputOutputFormat",
    "FluxProKontextTextToImageInputSafetyTolerance",
    "FluxProKontextTextToImageOutput",
    "FluxProKontextTextToImageOutputTimings",
    "FluxProV11Input",
    "FluxProV11InputImageSizeType1",
    "FluxProV11InputOutputFormat",
    "FluxProV11InputSafetyTolerance",
    "FluxProV11Output",
    "FluxProV11OutputTimings",
    "FluxProV11UltraFinetunedInput",
    "FluxProV11UltraFinetunedInputAspectRatioType0",
    "FluxProV11UltraFinetunedInputOutputFormat",
    "FluxProV11UltraFinetunedInputSafetyTolerance",
    "FluxProV11UltraFinetunedOutput",
    "FluxProV11UltraFinetunedOutputTimings",
    "FluxProV11UltraInput",
    "FluxProV11UltraInputAspectRatioType0",
    "FluxProV11UltraInputOutputFormat",
    "FluxProV11UltraInputSafetyTolerance",
    "FluxProV11UltraOutput",
    "FluxProV11UltraOutputTimings",
    "FluxSchnellInput",
    "FluxSchnellInputAcceleration",
    "FluxSchnellInputImageSizeType1",
    "FluxSchnellInputOutputFormat",
    "FluxSchnellOutput",
    "FluxSchnellOutputTimings",
    "FluxSrpoInput",
    "FluxSrpoInputAcceleration",
    "FluxSrpoInputImageSizeType1",
    "FluxSrpoInputOutputFormat",
    "FluxSrpoOutput",
    "FluxSrpoOutputTimings",
    "FluxSubjectInput",
    "FluxSubjectInputImageSizeType1",
    "FluxSubjectInputOutputFormat",
    "FluxSubjectOutput",
    "FluxSubjectOutputTimings",
    "FooocusImagePromptInput",
    "FooocusImagePromptInputInpaintMode",
    "FooocusImagePromptInputOutpaintSelectionsItem",
    "FooocusImagePromptInputOutputFormat",
    "FooocusImagePromptInputPerformance",
    "FooocusImagePromptInputRefinerModel",
    "FooocusImagePromptInputStylesItem",
    "FooocusImagePromptInputUovMethod",
    "FooocusImagePromptOutput",
    "FooocusImagePromptOutputTimings",
    "FooocusInpaintInput",
    "FooocusInpaintInputInpaintEngine",
    "FooocusInpaintInputInpaintMode",
    "FooocusInpaintInputOutpaintSelectionsItem",
    "FooocusInpaintInputOutputFormat",
    "FooocusInpaintInputPerformance",
    "FooocusInpaintInputRefinerModel",
    "FooocusInpaintInputStylesItem",
    "FooocusInpaintOutput",
    "FooocusInpaintOutputTimings",
    "FooocusInput",
    "FooocusInputControlType",
    "FooocusInputOutputFormat",
    "FooocusInputPerformance",
    "FooocusInputRefinerModel",
    "FooocusInputStylesItem",
    "FooocusOutput",
    "FooocusOutputTimings",
    "FooocusUpscaleOrVaryInput",
    "FooocusUpscaleOrVaryInputOutputFormat",
    "FooocusUpscaleOrVaryInputPerformance",
    "FooocusUpscaleOrVaryInputRefinerModel",
    "FooocusUpscaleOrVaryInputStylesItem",
    "FooocusUpscaleOrVaryInputUovMethod",
    "FooocusUpscaleOrVaryOutput",
    "FooocusUpscaleOrVaryOutputTimings",
    "Frame",
    "FramepackF1Input",
    "FramepackF1InputAspectRatio",
    "FramepackF1InputResolution",
    "FramepackF1Output",
    "FramepackFlf2VInput",
    "FramepackFlf2VInputAspectRatio",
    "FramepackFlf2VInputResolution",
    "FramepackFlf2VOutput",
    "FramepackInput",
    "FramepackInputAspectRatio",
    "FramepackInputResolution",
    "FramepackOutput",
    "GetResultResponse200",
    "GetStatusLogs",
    "GlmImageInput",
    "GlmImageInputImageSizeType1",
    "GlmImageInputOutputFormat",
    "GlmImageOutput",
    "GlmImageOutputTimings",
    "GotOcrV2Input",
    "GotOcrV2Output",
    "GptImage15Input",
    "GptImage15InputBackground",
    "GptImage15InputImageSize",
    "GptImage15InputOutputFormat",
    "GptImage15InputQuality",
    "GptImage15Output",
    "GptImage1MiniInput",
    "GptImage1MiniInputBackground",
    "GptImage1MiniInputImageSize",
    "GptImage1MiniInputOutputFormat",
    "GptImage1MiniInputQuality",
    "GptImage1MiniOutput",
    "GptImage1TextToImageInput",
    "GptImage1TextToImageInputBackground",
    "GptImage1TextToImageInputImageSize",
    "GptImage1TextToImageInputOutputFormat",
    "GptImage1TextToImageInputQuality",
    "GptImage1TextToImageOutput",
    "GuidanceInput",
    "GuidanceInputMethod",
    "HTTPValidationError",
    "HalfMoonAiAiDetectorDetectImageInput",
    "HalfMoonAiAiDetectorDetectImageOutput",
    "HalfMoonAiAiDetectorDetectTextInput",
    "HalfMoonAiAiDetectorDetectTextOutput",
    "HalfMoonAiAiFaceSwapFaceswapvideoInput",
    "HalfMoonAiAiFaceSwapFaceswapvideoOutput",
    "HidreamI1DevInput",
    "HidreamI1DevInputImageSizeType1",
    "HidreamI1DevInputOutputFormat",
    "HidreamI1DevOutput",
    "HidreamI1DevOutputTimings",
    "HidreamI1FullInput",
    "HidreamI1FullInputImageSizeType1",
    "HidreamI1FullInputOutputFormat",
    "HidreamI1FullOutput",
    "Hunyuan3DV21Input",
    "Hunyuan3DV21Output",
    "Hunyuan3DV2Input",
    "Hunyuan3DV2MiniInput",
    "Hunyuan3DV2MiniOutput",
    "Hunyuan3DV2MiniTurboInput",
    "Hunyuan3DV2MiniTurboOutput",
    "Hunyuan3DV2MultiViewInput",
    "Hunyuan3DV2MultiViewOutput",
    "Hunyuan3DV2MultiViewTurboInput",
    "Hunyuan3DV2MultiViewTurboOutput",
    "Hunyuan3DV2Output",
    "Hunyuan3DV2TurboInput",
    "Hunyuan3DV2TurboOutput",
    "Hunyuan3DV3SketchTo3DInput",
    "Hunyuan3DV3SketchTo3DOutput",
    "Hunyuan3DV3TextTo3DInput",
    "Hunyuan3DV3TextTo3DInputGenerateType",
    "Hunyuan3DV3TextTo3DInputPolygonType",
    "Hunyuan3DV3TextTo3DOutput",
    "HunyuanAvatarInput",
    "HunyuanAvatarOutput",
    "HunyuanImageV21TextToImageInput",
    "HunyuanImageV21TextToImageInputImageSizeType1",
    "HunyuanImageV21TextToImageInputOutputFormat",
    "HunyuanImageV21TextToImageOutput",
    "HunyuanImageV3TextToImageInput",
    "HunyuanImageV3TextToImageInputImageSizeType1",
    "HunyuanImageV3TextToImageInputOutputFormat",
    "HunyuanImageV3TextToImageOutput",
    "HunyuanMotionFastInput",
    "HunyuanMotionFastInputOutputFormat",
    "HunyuanMotionFastOutput",
    "HunyuanPortraitInput",
    "HunyuanPortraitOutput",
    "HunyuanVideoImageToVideoInput",
    "HunyuanVideoImageToVideoInputAspectRatio",
    "HunyuanVideoImageToVideoInputNumFrames",
    "HunyuanVideoImageToVideoInputResolution",
    "HunyuanVideoImageToVideoOutput",
    "HunyuanVideoImg2VidLoraInput",
    "HunyuanVideoImg2VidLoraOutput",
    "HunyuanVideoInput",
    "HunyuanVideoInputAspectRatio",
    "HunyuanVideoInputNumFrames",
    "HunyuanVideoInputResolution",
    "HunyuanVideoLoraInput",
    "HunyuanVideoLoraInputAspectRatio",
    "HunyuanVideoLoraInputNumFrames",
    "HunyuanVideoLoraInputResolution",
    "HunyuanVideoLoraOutput",
    "HunyuanVideoLoraTrainingInput",
    "HunyuanVideoLoraTrainingOutput",
    "HunyuanVideoLoraVideoToVideoInput",
    "HunyuanVideoLoraVideoToVideoInputAspectRatio",
    "HunyuanVideoLoraVideoToVideoInputNumFrames",
    "HunyuanVideoLoraVideoToVideoInputResolution",
    "HunyuanVideoLoraVideoToVideoOutput",
    "HunyuanVideoOutput",
    "HunyuanVideoV15ImageToVideoInput",
    "HunyuanVideoV15ImageToVideoInputAspectRatio",
    "HunyuanVideoV15ImageToVideoInputResolution",
    "HunyuanVideoV15ImageToVideoOutput",
    "HunyuanVideoV15TextToVideoInput",
    "HunyuanVideoV15TextToVideoInputAspectRatio",
    "HunyuanVideoV15TextToVideoInputResolution",
    "HunyuanVideoV15TextToVideoOutput",
    "HunyuanVideoVideoToVideoInput",
    "HunyuanVideoVideoToVideoInputAspectRatio",
    "HunyuanVideoVideoToVideoInputNumFrames",
    "HunyuanVideoVideoToVideoInputResolution",
    "HunyuanVideoVideoToVideoOutput",
    "HunyuanWorldImageToWorldInput",
    "HunyuanWorldImageToWorldOutput",
    "Hyper3DRodinInput",
    "Hyper3DRodinInputAddons",
    "Hyper3DRodinInputConditionMode",
    "Hyper3DRodinInputGeometryFileFormat",
    "Hyper3DRodinInputMaterial",
    "Hyper3DRodinInputQuality",
    "Hyper3DRodinInputTier",
    "Hyper3DRodinOutput",
    "Hyper3DRodinV2Input",
    "Hyper3DRodinV2InputAddons",
    "Hyper3DRodinV2InputGeometryFileFormat",
    "Hyper3DRodinV2InputMaterial",
    "Hyper3DRodinV2InputQualityMeshOption",
    "Hyper3DRodinV2Output",
    "IPAdapter",
    "IPAdapterV163454",
    "IPAdapterV163454ScaleJson",
    "IdeogramV2AInput",
    "IdeogramV2AInputAspectRatio",
    "IdeogramV2AInputStyle",
    "IdeogramV2AOutput",
    "IdeogramV2ATurboInput",
    "IdeogramV2ATurboInputAspectRatio",
    "IdeogramV2ATurboInputStyle",
    "IdeogramV2ATurboOutput",
    "IdeogramV2Input",
    "IdeogramV2InputAspectRatio",
    "IdeogramV2InputStyle",
    "IdeogramV2Output",
    "IdeogramV2TurboInput",
    "IdeogramV2TurboInputAspectRatio",
    "IdeogramV2TurboInputStyle",
    "IdeogramV2TurboOutput",
    "IdeogramV3Input",
    "IdeogramV3InputImageSizeType1",
    "IdeogramV3InputRenderingSpeed",
    "IdeogramV3InputStylePresetType0",
    "IdeogramV3InputStyleType0",
    "IdeogramV3Output",
    "IllusionDiffusionInput",
    "IllusionDiffusionInputImageSizeType1",
    "IllusionDiffusionInputScheduler",
    "IllusionDiffusionOutput",
    "Image",
    "ImageCondition",
    "ImageConditioningInput",
    "ImageConditioningInputV7ADBC4",
    "ImageConditioningInputVFE2634",
    "ImageFile",
    "ImageFillInput",
    "ImageInput",
    "ImageOutput",
    "ImagePrompt",
    "ImagePromptType",
    "ImageSize",
    "ImageV3C472C",
    "ImageV4F8C29",
    "ImageV728BB4",
    "ImageVD157EF",
    "Imagen3FastInput",
    "Imagen3FastInputAspectRatio",
    "Imagen3FastOutput",
    "Imagen4PreviewFastInput",
    "Imagen4PreviewFastInputAspectRatio",
    "Imagen4PreviewFastInputOutputFormat",
    "Imagen4PreviewFastOutput",
    "Imagen4PreviewInput",
    "Imagen4PreviewInputAspectRatio",
    "Imagen4PreviewInputOutputFormat",
    "Imagen4PreviewInputResolution",
    "Imagen4PreviewOutput",
    "Imagen4PreviewUltraInput",
    "Imagen4PreviewUltraInputAspectRatio",
    "Imagen4PreviewUltraInputOutputFormat",
    "Imagen4PreviewUltraInputResolution",
    "Imagen4PreviewUltraOutput",
    "ImageutilsNsfwInput",
    "ImageutilsNsfwOutput",
    "Imagineart15PreviewTextToImageInput",
    "Imagineart15PreviewTextToImageInputAspectRatio",
    "Imagineart15PreviewTextToImageOutput",
    "Imagineart15ProPreviewTextToImageInput",
    "Imagineart15ProPreviewTextToImageInputAspectRatio",
    "Imagineart15ProPreviewTextToImageOutput",
    "IndexTts2TextToSpeechInput",
    "IndexTts2TextToSpeechOutput",
    "InfinitalkInput",
    "InfinitalkInputAcceleration",
    "InfinitalkInputResolution",
    "InfinitalkOutput",
    "InfinitalkSingleTextInput",
    "InfinitalkSingleTextInputAcceleration",
    "InfinitalkSingleTextInputResolution",
    "InfinitalkSingleTextInputVoice",
    "InfinitalkSingleTextOutput",
    "InfinitalkVideoToVideoInput",
    "InfinitalkVideoToVideoInputAcceleration",
    "InfinitalkVideoToVideoInputResolution",
    "InfinitalkVideoToVideoOutput",
    "InfinityStarTextToVideoInput",
    "InfinityStarTextToVideoInputAspectRatio",
    "InfinityStarTextToVideoOutput",
    "InpaintSection",
    "JanusInput",
    "JanusInputImageSizeType1",
    "JanusOutput",
    "JanusOutputTimings",
    "Kandinsky5ProImageToVideoInput",
    "Kandinsky5ProImageToVideoInputAcceleration",
    "Kandinsky5ProImageToVideoInputDuration",
    "Kandinsky5ProImageToVideoInputResolution",
    "Kandinsky5ProImageToVideoOutput",
    "Kandinsky5ProTextToVideoInput",
    "Kandinsky5ProTextToVideoInputAcceleration",
    "Kandinsky5ProTextToVideoInputAspectRatio",
    "Kandinsky5ProTextToVideoInputDuration",
    "Kandinsky5ProTextToVideoInputResolution",
    "Kandinsky5ProTextToVideoOutput",
    "Kandinsky5TextToVideoDistillInput",
    "Kandinsky5TextToVideoDistillInputAspectRatio",
    "Kandinsky5TextToVideoDistillInputDuration",
    "Kandinsky5TextToVideoDistillInputResolution",
    "Kandinsky5TextToVideoDistillOutput",
    "Kandinsky5TextToVideoInput",
    "Kandinsky5TextToVideoInputAspectRatio",
    "Kandinsky5TextToVideoInputDuration",
    "Kandinsky5TextToVideoInputResolution",
    "Kandinsky5TextToVideoOutput",
    "Keyframe",
    "KeyframeTransition",
    "KlingVideoAiAvatarV2ProInput",
    "KlingVideoAiAvatarV2ProOutput",
    "KlingVideoAiAvatarV2StandardInput",
    "KlingVideoAiAvatarV2StandardOutput",
    "KlingVideoCreateVoiceInput",
    "KlingVideoCreateVoiceOutput",
    "KlingVideoLipsyncAudioToVideoInput",
    "KlingVideoLipsyncAudioToVideoOutput",
    "KlingVideoO1ImageToVideoInput",
    "KlingVideoO1ImageToVideoInputDuration",
    "KlingVideoO1ImageToVideoOutput",
    "KlingVideoO1ReferenceToVideoInput",
    "KlingVideoO1ReferenceToVideoInputAspectRatio",
    "KlingVideoO1ReferenceToVideoInputDuration",
    "KlingVideoO1ReferenceToVideoOutput",
    "KlingVideoO1StandardImageToVideoInput",
    "KlingVideoO1StandardImageToVideoInputDuration",
    "KlingVideoO1StandardImageToVideoOutput",
    "KlingVideoO1StandardVideoToVideoEditInput",
    "KlingVideoO1StandardVideoToVideoEditOutput",
    "KlingVideoO1StandardVideoToVideoReferenceInput",
    "KlingVideoO1StandardVideoToVideoReferenceInputAspectRatio",
    "KlingVideoO1StandardVideoToVideoReferenceInputDuration",
    "KlingVideoO1StandardVideoToVideoReferenceOutput",
    "KlingVideoO1VideoToVideoEditInput",
    "KlingVideoO1VideoToVideoEditOutput",
    "KlingVideoO1VideoToVideoReferenceInput",
    "KlingVideoO1VideoToVideoReferenceInputAspectRatio",
    "KlingVideoO1VideoToVideoReferenceInputDuration",
    "KlingVideoO1VideoToVideoReferenceOutput",
    "KlingVideoV15ProEffectsInput",
    "KlingVideoV15ProEffectsInputDuration",
    "KlingVideoV15ProEffectsInputEffectScene",
    "KlingVideoV15ProEffectsOutput",
    "KlingVideoV15ProImageToVideoInput",
    "KlingVideoV15ProImageToVideoInputAspectRatio",
    "KlingVideoV15ProImageToVideoInputDuration",
    "KlingVideoV15ProImageToVideoOutput",
    "KlingVideoV15ProTextToVideoInput",
    "KlingVideoV15ProTextToVideoInputAspectRatio",
    "KlingVideoV15ProTextToVideoInputDuration",
    "KlingVideoV15ProTextToVideoOutput",
    "KlingVideoV16ProEffectsInput",
    "KlingVideoV16ProEffectsInputDuration",
    "KlingVideoV16ProEffectsInputEffectScene",
    "KlingVideoV16ProEffectsOutput",
    "KlingVideoV16ProElementsInput",
    "KlingVideoV16ProElementsInputAspectRatio",
    "KlingVideoV16ProElementsInputDuration",
    "KlingVideoV16ProElementsOutput",
    "KlingVideoV16ProImageToVideoInput",
    "KlingVideoV16ProImageToVideoInputAspectRatio",
    "KlingVideoV16ProImageToVideoInputDuration",
    "KlingVideoV16ProImageToVideoOutput",
    "KlingVideoV16ProTextToVideoInput",
    "KlingVideoV16ProTextToVideoInputAspectRatio",
    "KlingVideoV16ProTextToVideoInputDuration",
    "KlingVideoV16ProTextToVideoOutput",
    "KlingVideoV16StandardEffectsInput",
    "KlingVideoV16StandardEffectsInputDuration",
    "KlingVideoV16StandardEffectsInputEffectScene",
    "KlingVideoV16StandardEffectsOutput",
    "KlingVideoV16StandardElementsInput",
    "KlingVideoV16StandardElementsInputAspectRatio",
    "KlingVideoV16StandardElementsInputDuration",
    "KlingVideoV16StandardElementsOutput",
    "KlingVideoV16StandardImageToVideoInput",
    "KlingVideoV16StandardImageToVideoInputDuration",
    "KlingVideoV16StandardImageToVideoOutput",
    "KlingVideoV16StandardTextToVideoInput",
    "KlingVideoV16StandardTextToVideoInputAspectRatio",
    "KlingVideoV16StandardTextToVideoInputDuration",
    "KlingVideoV16StandardTextToVideoOutput",
    "KlingVideoV1StandardAiAvatarInput",
    "KlingVideoV1StandardAiAvatarOutput",
    "KlingVideoV1StandardEffectsInput",
    "KlingVideoV1StandardEffectsInputDuration",
    "KlingVideoV1StandardEffectsInputEffectScene",
    "KlingVideoV1StandardEffectsOutput",
    "KlingVideoV1StandardTextToVideoInput",
    "KlingVideoV1StandardTextToVideoInputAspectRatio",
    "KlingVideoV1StandardTextToVideoInputCameraControl",
    "KlingVideoV1StandardTextToVideoInputDuration",
    "KlingVideoV1StandardTextToVideoOutput",
    "KlingVideoV1TtsInput",
    "KlingVideoV1TtsInputVoiceId",
    "KlingVideoV1TtsOutput",
    "KlingVideoV21MasterImageToVideoInput",
    "KlingVideoV21MasterImageToVideoInputDuration",
    "KlingVideoV21MasterImageToVideoOutput",
    "KlingVideoV21MasterTextToVideoInput",
    "KlingVideoV21MasterTextToVideoInputAspectRatio",
    "KlingVideoV21MasterTextToVideoInputDuration",
    "KlingVideoV21MasterTextToVideoOutput",
    "KlingVideoV21ProImageToVideoInput",
    "KlingVideoV21ProImageToVideoInputDuration",
    "KlingVideoV21ProImageToVideoOutput",
    "KlingVideoV21StandardImageToVideoInput",
    "KlingVideoV21StandardImageToVideoInputAspectRatio",
    "KlingVideoV21StandardImageToVideoInputDuration",
    "KlingVideoV21StandardImageToVideoOutput",
    "KlingVideoV25TurboProImageToVideoInput",
    "KlingVideoV25TurboProImageToVideoInputDuration",
    "KlingVideoV25TurboProImageToVideoOutput",
    "KlingVideoV25TurboProTextToVideoInput",
    "KlingVideoV25TurboProTextToVideoInputAspectRatio",
    "KlingVideoV25TurboProTextToVideoInputDuration",
    "KlingVideoV25TurboProTextToVideoOutput",
    "KlingVideoV25TurboStandardImageToVideoInput",
    "KlingVideoV25TurboStandardImageToVideoInputDuration",
    "KlingVideoV25TurboStandardImageToVideoOutput",
    "KlingVideoV26ProImageToVideoInput",
    "KlingVideoV26ProImageToVideoInputDuration",
    "KlingVideoV26ProImageToVideoOutput",
    "KlingVideoV26ProMotionControlInput",
    "KlingVideoV26ProMotionControlInputCharacterOrientation",
    "KlingVideoV26ProMotionControlOutput",
    "KlingVideoV26ProTextToVideoInput",
    "KlingVideoV26ProTextToVideoInputAspectRatio",
    "KlingVideoV26ProTextToVideoInputDuration",
    "KlingVideoV26ProTextToVideoOutput",
    "KlingVideoV26StandardMotionControlInput",
    "KlingVideoV26StandardMotionControlInputCharacterOrientation",
    "KlingVideoV26StandardMotionControlOutput",
    "KlingVideoV2MasterImageToVideoInput",
    "KlingVideoV2MasterImageToVideoInputDuration",
    "KlingVideoV2MasterImageToVideoOutput",
    "KlingVideoV2MasterTextToVideoInput",
    "KlingVideoV2MasterTextToVideoInputAspectRatio",
    "KlingVideoV2MasterTextToVideoInputDuration",
    "KlingVideoV2MasterTextToVideoOutput",
    "KlingVideoVideoToAudioInput",
    "KlingVideoVideoToAudioOutput",
    "KokoroBrazilianPortugueseInput",
    "KokoroBrazilianPortugueseInputVoice",
    "KokoroBrazilianPortugueseOutput",
    "KokoroBritishEnglishInput",
    "KokoroBritishEnglishInputVoice",
    "KokoroBritishEnglishOutput",
    "KokoroFrenchInput",
    "KokoroFrenchInputVoice",
    "KokoroFrenchOutput",
    "KokoroItalianInput",
    "KokoroItalianInputVoice",
    "KokoroItalianOutput",
    "KokoroJapaneseInput",
    "KokoroJapaneseInputVoice",
    "KokoroJapaneseOutput",
    "KokoroMandarinChineseInput",
    "KokoroMandarinChineseInputVoice",
    "KokoroMandarinChineseOutput",
    "KokoroSpanishInput",
    "KokoroSpanishInputVoice",
    "KokoroSpanishOutput",
    "KolorsInput",
    "KolorsInputImageSizeType1",
    "KolorsInputOutputFormat",
    "KolorsInputScheduler",
    "KolorsOutput",
    "KolorsOutputTimings",
    "KreaWan14BTextToVideoInput",
    "KreaWan14BTextToVideoOutput",
    "KreaWan14BVideoToVideoInput",
    "KreaWan14BVideoToVideoOutput",
    "LatentsyncInput",
    "LatentsyncInputLoopMode",
    "LatentsyncOutput",
    "LayerDiffusionInput",
    "LayerDiffusionOutput",
    "LcmInput",
    "LcmInputImageSizeType1",
    "LcmInputModel",
    "LcmOutput",
    "LcmOutputTimings",
    "Lighting",
    "LightningModelsInput",
    "LightningModelsInputFormat",
    "LightningModelsInputImageSizeType1",
    "LightningModelsInputSafetyCheckerVersion",
    "LightningModelsInputScheduler",
    "LightningModelsOutput",
    "LightningModelsOutputTimings",
    "LightxRecameraInput",
    "LightxRecameraInputCamera",
    "LightxRecameraInputMode",
    "LightxRecameraOutput",
    "LightxRelightInput",
    "LightxRelightInputRelitCondType",
    "LightxRelightOutput",
    "LiveAvatarInput",
    "LiveAvatarInputAcceleration",
    "LiveAvatarOutput",
    "LivePortraitInput",
    "LivePortraitOutput",
    "LlavaNextInput",
    "LlavaNextOutput",
    "LoRAInput",
    "LoRAInputV16D282",
    "LoRAWeight",
    "LoRAWeightVE53469",
    "LoRAWeightVE53469Transformer",
    "LogEntry",
    "LongcatImageInput",
    "LongcatImageInputAcceleration",
    "LongcatImageInputImageSizeType1",
    "LongcatImageInputOutputFormat",
    "LongcatImageOutput",
    "LongcatImageOutputTimings",
    "LongcatMultiAvatarImageAudioToVideoInput",
    "LongcatMultiAvatarImageAudioToVideoInputAudioType",
    "LongcatMultiAvatarImageAudioToVideoInputResolution",
    "LongcatMultiAvatarImageAudioToVideoOutput",
    "LongcatSingleAvatarAudioToVideoInput",
    "LongcatSingleAvatarAudioToVideoInputResolution",
    "LongcatSingleAvatarAudioToVideoOutput",
    "LongcatSingleAvatarImageAudioToVideoInput",
    "LongcatSingleAvatarImageAudioToVideoInputResolution",
    "LongcatSingleAvatarImageAudioToVideoOutput",
    "LongcatVideoDistilledImageToVideo480PInput",
    "LongcatVideoDistilledImageToVideo480PInputVideoOutputType",
    "LongcatVideoDistilledImageToVideo480PInputVideoQuality",
    "LongcatVideoDistilledImageToVideo480PInputVideoWriteMode",
    "LongcatVideoDistilledImageToVideo480POutput",
    "LongcatVideoDistilledImageToVideo720PInput",
    "LongcatVideoDistilledImageToVideo720PInputVideoOutputType",
    "LongcatVideoDistilledImageToVideo720PInputVideoQuality",
    "LongcatVideoDistilledImageToVideo720PInputVideoWriteMode",
    "LongcatVideoDistilledImageToVideo720POutput",
    "LongcatVideoDistilledTextToVideo480PInput",
    "LongcatVideoDistilledTextToVideo480PInputAspectRatio",
    "LongcatVideoDistilledTextToVideo480PInputVideoOutputType",
    "LongcatVideoDistilledTextToVideo480PInputVideoQuality",
    "LongcatVideoDistilledTextToVideo480PInputVideoWriteMode",
    "LongcatVideoDistilledTextToVideo480POutput",
    "LongcatVideoDistilledTextToVideo720PInput",
    "LongcatVideoDistilledTextToVideo720PInputAspectRatio",
    "LongcatVideoDistilledTextToVideo720PInputVideoOutputType",
    "LongcatVideoDistilledTextToVideo720PInputVideoQuality",
    "LongcatVideoDistilledTextToVideo720PInputVideoWriteMode",
    "LongcatVideoDistilledTextToVideo720POutput",
    "LongcatVideoImageToVideo480PInput",
    "LongcatVideoImageToVideo480PInputAcceleration",
    "LongcatVideoImageToVideo480PInputVideoOutputType",
    "LongcatVideoImageToVideo480PInputVideoQuality",
    "LongcatVideoImageToVideo480PInputVideoWriteMode",
    "LongcatVideoImageToVideo480POutput",
    "LongcatVideoImageToVideo720PInput",
    "LongcatVideoImageToVideo720PInputAcceleration",
    "LongcatVideoImageToVideo720PInputVideoOutputType",
    "LongcatVideoImageToVideo720PInputVideoQuality",
    "LongcatVideoImageToVideo720PInputVideoWriteMode",
    "LongcatVideoImageToVideo720POutput",
    "LongcatVideoTextToVideo480PInput",
    "LongcatVideoTextToVideo480PInputAcceleration",
    "LongcatVideoTextToVideo480PInputAspectRatio",
    "LongcatVideoTextToVideo480PInputVideoOutputType",
    "LongcatVideoTextToVideo480PInputVideoQuality",
    "LongcatVideoTextToVideo480PInputVideoWriteMode",
    "LongcatVideoTextToVideo480POutput",
    "LongcatVideoTextToVideo720PInput",
    "LongcatVideoTextToVideo720PInputAcceleration",
    "LongcatVideoTextToVideo720PInputAspectRatio",
    "LongcatVideoTextToVideo720PInputVideoOutputType",
    "LongcatVideoTextToVideo720PInputVideoQuality",
    "LongcatVideoTextToVideo720PInputVideoWriteMode",
    "LongcatVideoTextToVideo720POutput",
    "LoraInput",
    "LoraInputImageFormat",
    "LoraInputImageSizeType1",
    "LoraInputPredictionType",
    "LoraInputScheduler",
    "LoraOutput",
    "LoraWeight",
    "LoraWeightV8AF06B",
    "LoraWeightVA6140D",
    "LoraWeightVC2B0D4",
    "LoraWeightVC2B0D4ScaleType0",
    "LoraWeightVD00495",
    "LoraWeightVF430D9",
    "LoudnessNormalizationSetting",
    "LoudnormSummary",
    "Ltx219BAudioToVideoInput",
    "Ltx219BAudioToVideoInputAcceleration",
    "Ltx219BAudioToVideoInputCameraLora",
    "Ltx219BAudioToVideoInputVideoOutputType",
    "Ltx219BAudioToVideoInputVideoQuality",
    "Ltx219BAudioToVideoInputVideoSizeType1",
    "Ltx219BAudioToVideoInputVideoWriteMode",
    "Ltx219BAudioToVideoLoraInput",
    "Ltx219BAudioToVideoLoraInputAcceleration",
    "Ltx219BAudioToVideoLoraInputCameraLora",
    "Ltx219BAudioToVideoLoraInputVideoOutputType",
    "Ltx219BAudioToVideoLoraInputVideoQuality",
    "Ltx219BAudioToVideoLoraInputVideoSizeType1",
    "Ltx219BAudioToVideoLoraInputVideoWriteMode",
    "Ltx219BAudioToVideoLoraOutput",
    "Ltx219BAudioToVideoOutput",
    "Ltx219BDistilledAudioToVideoInput",
    "Ltx219BDistilledAudioToVideoInputAcceleration",
    "Ltx219BDistilledAudioToVideoInputCameraLora",
    "Ltx219BDistilledAudioToVideoInputVideoOutputType",
    "Ltx219BDistilledAudioToVideoInputVideoQuality",
    "Ltx219BDistilledAudioToVideoInputVideoSizeType1",
    "Ltx219BDistilledAudioToVideoInputVideoWriteMode",
    "Ltx219BDistilledAudioToVideoLoraInput",
    "Ltx219BDistilledAudioToVideoLoraInputAcceleration",
    "Ltx219BDistilledAudioToVideoLoraInputCameraLora",
    "Ltx219BDistilledAudioToVideoLoraInputVideoOutputType",
    "Ltx219BDistilledAudioToVideoLoraInputVideoQuality",
    "Ltx219BDistilledAudioToVideoLoraInputVideoSizeType1",
    "Ltx219BDistilledAudioToVideoLoraInputVideoWriteMode",
    "Ltx219BDistilledAudioToVideoLoraOutput",
    "Ltx219BDistilledAudioToVideoOutput",
    "Ltx219BDistilledExtendVideoInput",
    "Ltx219BDistilledExtendVideoInputAcceleration",
    "Ltx219BDistilledExtendVideoInputCameraLora",
    "Ltx219BDistilledExtendVideoInputVideoOutputType",
    "Ltx219BDistilledExtendVideoInputVideoQuality",
    "Ltx219BDistilledExtendVideoInputVideoSizeType1",
    "Ltx219BDistilledExtendVideoInputVideoWriteMode",
    "Ltx219BDistilledExtendVideoOutput",
    "Ltx219BDistilledImageToVideoInput",
    "Ltx219BDistilledImageToVideoInputAcceleration",
    "Ltx219BDistilledImageToVideoInputCameraLora",
    "Ltx219BDistilledImageToVideoInputVideoOutputType",
    "Ltx219BDistilledImageToVideoInputVideoQuality",
    "Ltx219BDistilledImageToVideoInputVideoSizeType1",
    "Ltx219BDistilledImageToVideoInputVideoWriteMode",
    "Ltx219BDistilledImageToVideoOutput",
    "Ltx219BDistilledTextToVideoInput",
    "Ltx219BDistilledTextToVideoInputAcceleration",
    "Ltx219BDistilledTextToVideoInputCameraLora",
    "Ltx219BDistilledTextToVideoInputVideoOutputType",
    "Ltx219BDistilledTextToVideoInputVideoQuality",
    "Ltx219BDistilledTextToVideoInputVideoSizeType1",
    "Ltx219BDistilledTextToVideoInputVideoWriteMode",
    "Ltx219BDistilledTextToVideoLoraInput",
    "Ltx219BDistilledTextToVideoLoraInputAcceleration",
    "Ltx219BDistilledTextToVideoLoraInputCameraLora",
    "Ltx219BDistilledTextToVideoLoraInputVideoOutputType",
    "Ltx219BDistilledTextToVideoLoraInputVideoQuality",
    "Ltx219BDistilledTextToVideoLoraInputVideoSizeType1",
    "Ltx219BDistilledTextToVideoLoraInputVideoWriteMode",
    "Ltx219BDistilledTextToVideoLoraOutput",
    "Ltx219BDistilledTextToVideoOutput",
    "Ltx219BDistilledVideoToVideoInput",
    "Ltx219BDistilledVideoToVideoInputAcceleration",
    "Ltx219BDistilledVideoToVideoInputCameraLora",
    "Ltx219BDistilledVideoToVideoInputIcLora",
    "Ltx219BDistilledVideoToVideoInputPreprocessor",
    "Ltx219BDistilledVideoToVideoInputVideoOutputType",
    "Ltx219BDistilledVideoToVideoInputVideoQuality",
    "Ltx219BDistilledVideoToVideoInputVideoSizeType1",
    "Ltx219BDistilledVideoToVideoInputVideoWriteMode",
    "Ltx219BDistilledVideoToVideoLoraInput",
    "Ltx219BDistilledVideoToVideoLoraInputAcceleration",
    "Ltx219BDistilledVideoToVideoLoraInputCameraLora",
    "Ltx219BDistilledVideoToVideoLoraInputIcLora",
    "Ltx219BDistilledVideoToVideoLoraInputPreprocessor",
    "Ltx219BDistilledVideoToVideoLoraInputVideoOutputType",
    "Ltx219BDistilledVideoToVideoLoraInputVideoQuality",
    "Ltx219BDistilledVideoToVideoLoraInputVideoSizeType1",
    "Ltx219BDistilledVideoToVideoLoraInputVideoWriteMode",
    "Ltx219BDistilledVideoToVideoLoraOutput",
    "Ltx219BDistilledVideoToVideoOutput",
    "Ltx219BExtendVideoInput",
    "Ltx219BExtendVideoInputAcceleration",
    "Ltx219BExtendVideoInputCameraLora",
    "Ltx219BExtendVideoInputVideoOutputType",
    "Ltx219BExtendVideoInputVideoQuality",
    "Ltx219BExtendVideoInputVideoSizeType1",
    "Ltx219BExtendVideoInputVideoWriteMode",
    "Ltx219BExtendVideoOutput",
    "Ltx219BImageToVideoInput",
    "Ltx219BImageToVideoInputAcceleration",
    "Ltx219BImageToVideoInputCameraLora",
    "Ltx219BImageToVideoInputVideoOutputType",
    "Ltx219BImageToVideoInputVideoQuality",
    "Ltx219BImageToVideoInputVideoSizeType1",
    "Ltx219BImageToVideoInputVideoWriteMode",
    "Ltx219BImageToVideoLoraInput",
    "Ltx219BImageToVideoLoraInputAcceleration",
    "Ltx219BImageToVideoLoraInputCameraLora",
    "Ltx219BImageToVideoLoraInputVideoOutputType",
    "Ltx219BImageToVideoLoraInputVideoQuality",
    "Ltx219BImageToVideoLoraInputVideoSizeType1",
    "Ltx219BImageToVideoLoraInputVideoWriteMode",
    "Ltx219BImageToVideoLoraOutput",
    "Ltx219BImageToVideoOutput",
    "Ltx219BTextToVideoInput",
    "Ltx219BTextToVideoInputAcceleration",
    "Ltx219BTextToVideoInputCameraLora",
    "Ltx219BTextToVideoInputVideoOutputType",
    "Ltx219BTextToVideoInputVideoQuality",
    "Ltx219BTextToVideoInputVideoSizeType1",
    "Ltx219BTextToVideoInputVideoWriteMode",
    "Ltx219BTextToVideoLoraInput",
    "Ltx219BTextToVideoLoraInputAcceleration",
    "Ltx219BTextToVideoLoraInputCameraLora",
    "Ltx219BTextToVideoLoraInputVideoOutputType",
    "Ltx219BTextToVideoLoraInputVideoQuality",
    "Ltx219BTextToVideoLoraInputVideoSizeType1",
    "Ltx219BTextToVideoLoraInputVideoWriteMode",
    "Ltx219BTextToVideoLoraOutput",
    "Ltx219BTextToVideoOutput",
    "Ltx219BVideoToVideoInput",
    "Ltx219BVideoToVideoInputAcceleration",
    "Ltx219BVideoToVideoInputCameraLora",
    "Ltx219BVideoToVideoInputIcLora",
    "Ltx219BVideoToVideoInputPreprocessor",
    "Ltx219BVideoToVideoInputVideoOutputType",
    "Ltx219BVideoToVideoInputVideoQuality",
    "Ltx219BVideoToVideoInputVideoSizeType1",
    "Ltx219BVideoToVideoInputVideoWriteMode",
    "Ltx219BVideoToVideoLoraInput",
    "Ltx219BVideoToVideoLoraInputAcceleration",
    "Ltx219BVideoToVideoLoraInputCameraLora",
    "Ltx219BVideoToVideoLoraInputIcLora",
    "Ltx219BVideoToVideoLoraInputPreprocessor",
    "Ltx219BVideoToVideoLoraInputVideoOutputType",
    "Ltx219BVideoToVideoLoraInputVideoQuality",
    "Ltx219BVideoToVideoLoraInputVideoSizeType1",
    "Ltx219BVideoToVideoLoraInputVideoWriteMode",
    "Ltx219BVideoToVideoLoraOutput",
    "Ltx219BVideoToVideoOutput",
    "Ltx2ImageToVideoFastInput",
    "Ltx2ImageToVideoFastInputAspectRatio",
    "Ltx2ImageToVideoFastInputDuration",
    "Ltx2ImageToVideoFastInputFps",
    "Ltx2ImageToVideoFastInputResolution",
    "Ltx2ImageToVideoFastOutput",
    "Ltx2ImageToVideoInput",
    "Ltx2ImageToVideoInputAspectRatio",
    "Ltx2ImageToVideoInputDuration",
    "Ltx2ImageToVideoInputFps",
    "Ltx2ImageToVideoInputResolution",
    "Ltx2ImageToVideoOutput",
    "Ltx2RetakeVideoInput",
    "Ltx2RetakeVideoInputRetakeMode",
    "Ltx2RetakeVideoOutput",
    "Ltx2TextToVideoInput",
    "Ltx2TextToVideoInputAspectRatio",
    "Ltx2TextToVideoInputDuration",
    "Ltx2TextToVideoInputFps",
    "Ltx2TextToVideoInputResolution",
    "Ltx2TextToVideoOutput",
    "Ltx2V2VTrainerInput",
    "Ltx2V2VTrainerInputAspectRatio",
    "Ltx2V2VTrainerInputRank",
    "Ltx2V2VTrainerInputResolution",
    "Ltx2V2VTrainerInputValidationAspectRatio",
    "Ltx2V2VTrainerInputValidationResolution",
    "Ltx2V2VTrainerOutput",
    "LtxVideo13BDevExtendInput",
    "LtxVideo13BDevExtendInputAspectRatio",
    "LtxVideo13BDevExtendInputResolution",
    "LtxVideo13BDevExtendOutput",
    "LtxVideo13BDevImageToVideoInput",
    "LtxVideo13BDevImageToVideoInputAspectRatio",
    "LtxVideo13BDevImageToVideoInputResolution",
    "LtxVideo13BDevImageToVideoOutput",
    "LtxVideo13BDevInput",
    "LtxVideo13BDevInputAspectRatio",
    "LtxVideo13BDevInputResolution",
    "LtxVideo13BDevMulticonditioningInput",
    "LtxVideo13BDevMulticonditioningInputAspectRatio",
    "LtxVideo13BDevMulticonditioningInputResolution",
    "LtxVideo13BDevMulticonditioningOutput",
    "LtxVideo13BDevOutput",
    "LtxVideo13BDistilledExtendInput",
    "LtxVideo13BDistilledExtendInputAspectRatio",
    "LtxVideo13BDistilledExtendInputResolution",
    "LtxVideo13BDistilledExtendOutput",
    "LtxVideo13BDistilledInput",
    "LtxVideo13BDistilledInputAspectRatio",
    "LtxVideo13BDistilledInputResolution",
    "LtxVideo13BDistilledMulticonditioningInput",
    "LtxVideo13BDistilledMulticonditioningInputAspectRatio",
    "LtxVideo13BDistilledMulticonditioningInputResolution",
    "LtxVideo13BDistilledMulticonditioningOutput",
    "LtxVideo13BDistilledOutput",
    "LtxVideoImageToVideoInput",
    "LtxVideoImageToVideoOutput",
    "LtxVideoInput",
    "LtxVideoLoraImageToVideoInput",
    "LtxVideoLoraImageToVideoInputAspectRatio",
    "LtxVideoLoraImageToVideoInputResolution",
    "LtxVideoLoraImageToVideoOutput",
    "LtxVideoLoraMulticonditioningInput",
    "LtxVideoLoraMulticonditioningInputAspectRatio",
    "LtxVideoLoraMulticonditioningInputResolution",
    "LtxVideoLoraMulticonditioningOutput",
    "LtxVideoOutput",
    "LtxVideoTrainerInput",
    "LtxVideoTrainerInputAspectRatio",
    "LtxVideoTrainerInputRank",
    "LtxVideoTrainerInputResolution",
    "LtxVideoTrainerInputValidationAspectRatio",
    "LtxVideoTrainerInputValidationResolution",
    "LtxVideoTrainerOutput",
    "LtxVideoV095ExtendInput",
    "LtxVideoV095ExtendInputAspectRatio",
    "LtxVideoV095ExtendInputResolution",
    "LtxVideoV095ExtendOutput",
    "LtxVideoV095Input",
    "LtxVideoV095InputAspectRatio",
    "LtxVideoV095InputResolution",
    "LtxVideoV095MulticonditioningInput",
    "LtxVideoV095MulticonditioningInputAspectRatio",
    "LtxVideoV095MulticonditioningInputResolution",
    "LtxVideoV095MulticonditioningOutput",
    "LtxVideoV095Output",
    "Ltxv13B098DistilledExtendInput",
    "Ltxv13B098DistilledExtendInputAspectRatio",
    "Ltxv13B098DistilledExtendInputResolution",
    "Ltxv13B098DistilledExtendOutput",
    "Ltxv13B098DistilledImageToVideoInput",
    "Ltxv13B098DistilledImageToVideoInputAspectRatio",
    "Ltxv13B098DistilledImageToVideoInputResolution",
    "Ltxv13B098DistilledImageToVideoOutput",
    "Ltxv13B098DistilledInput",
    "Ltxv13B098DistilledInputAspectRatio",
    "Ltxv13B098DistilledInputResolution",
    "Ltxv13B098DistilledMulticonditioningInput",
    "Ltxv13B098DistilledMulticonditioningInputAspectRatio",
    "Ltxv13B098DistilledMulticonditioningInputResolution",
    "Ltxv13B098DistilledMulticonditioningOutput",
    "Ltxv13B098DistilledOutput",
    "LumaDreamMachineRay2FlashImageToVideoInput",
    "LumaDreamMachineRay2FlashImageToVideoInputAspectRatio",
    "LumaDreamMachineRay2FlashImageToVideoInputDuration",
    "LumaDreamMachineRay2FlashImageToVideoInputResolution",
    "LumaDreamMachineRay2FlashImageToVideoOutput",
    "LumaDreamMachineRay2FlashInput",
    "LumaDreamMachineRay2FlashInputAspectRatio",
    "LumaDreamMachineRay2FlashInputDuration",
    "LumaDreamMachineRay2FlashInputResolution",
    "LumaDreamMachineRay2FlashModifyInput",
    "LumaDreamMachineRay2FlashModifyInputMode",
    "LumaDreamMachineRay2FlashModifyOutput",
    "LumaDreamMachineRay2FlashOutput",
    "LumaDreamMachineRay2FlashReframeInput",
    "LumaDreamMachineRay2FlashReframeInputAspectRatio",
    "LumaDreamMachineRay2FlashReframeOutput",
    "LumaDreamMachineRay2ImageToVideoInput",
    "LumaDreamMachineRay2ImageToVideoInputAspectRatio",
    "LumaDreamMachineRay2ImageToVideoInputDuration",
    "LumaDreamMachineRay2ImageToVideoInputResolution",
    "LumaDreamMachineRay2ImageToVideoOutput",
    "LumaDreamMachineRay2Input",
    "LumaDreamMachineRay2InputAspectRatio",
    "LumaDreamMachineRay2InputDuration",
    "LumaDreamMachineRay2InputResolution",
    "LumaDreamMachineRay2ModifyInput",
    "LumaDreamMachineRay2ModifyInputMode",
    "LumaDreamMachineRay2ModifyOutput",
    "LumaDreamMachineRay2Output",
    "LumaDreamMachineRay2ReframeInput",
    "LumaDreamMachineRay2ReframeInputAspectRatio",
    "LumaDreamMachineRay2ReframeOutput",
    "LumaPhotonFlashInput",
    "LumaPhotonFlashInputAspectRatio",
    "LumaPhotonFlashOutput",
    "LumaPhotonInput",
    "LumaPhotonInputAspectRatio",
    "LumaPhotonOutput",
    "LuminaImageV2Input",
    "LuminaImageV2InputImageSizeType1",
    "LuminaImageV2InputOutputFormat",
    "LuminaImageV2Output",
    "LuminaImageV2OutputTimings",
    "Lyria2Input",
    "Lyria2Output",
    "MagiDistilledExtendVideoInput",
    "MagiDistilledExtendVideoInputAspectRatio",
    "MagiDistilledExtendVideoInputNumInferenceSteps",
    "MagiDistilledExtendVideoInputResolution",
    "MagiDistilledExtendVideoOutput",
    "MagiDistilledImageToVideoInput",
    "MagiDistilledImageToVideoInputAspectRatio",
    "MagiDistilledImageToVideoInputNumInferenceSteps",
    "MagiDistilledImageToVideoInputResolution",
    "MagiDistilledImageToVideoOutput",
    "MagiDistilledInput",
    "MagiDistilledInputAspectRatio",
    "MagiDistilledInputNumInferenceSteps",
    "MagiDistilledInputResolution",
    "MagiDistilledOutput",
    "MagiExtendVideoInput",
    "MagiExtendVideoInputAspectRatio",
    "MagiExtendVideoInputNumInferenceSteps",
    "MagiExtendVideoInputResolution",
    "MagiExtendVideoOutput",
    "MagiImageToVideoInput",
    "MagiImageToVideoInputAspectRatio",
    "MagiImageToVideoInputNumInferenceSteps",
    "MagiImageToVideoInputResolution",
    "MagiImageToVideoOutput",
    "MagiInput",
    "MagiInputAspectRatio",
    "MagiInputNumInferenceSteps",
    "MagiInputResolution",
    "MagiOutput",
    "MayaBatchInput",
    "MayaBatchInputOutputFormat",
    "MayaBatchInputSampleRate",
    "MayaBatchOutput",
    "MayaInput",
    "MayaInputOutputFormat",
    "MayaInputSampleRate",
    "MayaOutput",
    "MeshyV5MultiImageTo3DInput",
    "MeshyV5MultiImageTo3DInputSymmetryMode",
    "MeshyV5MultiImageTo3DInputTopology",
    "MeshyV5MultiImageTo3DOutput",
    "MeshyV5RemeshInput",
    "MeshyV5RemeshInputOriginAt",
    "MeshyV5RemeshInputTargetFormatsItem",
    "MeshyV5RemeshInputTopology",
    "MeshyV5RemeshOutput",
    "MeshyV5RetextureInput",
    "MeshyV5RetextureOutput",
    "MeshyV6PreviewImageTo3DInput",
    "MeshyV6PreviewImageTo3DInputSymmetryMode",
    "MeshyV6PreviewImageTo3DInputTopology",
    "MeshyV6PreviewImageTo3DOutput",
    "MeshyV6PreviewTextTo3DInput",
    "MeshyV6PreviewTextTo3DInputArtStyle",
    "MeshyV6PreviewTextTo3DInputMode",
    "MeshyV6PreviewTextTo3DInputSymmetryMode",
    "MeshyV6PreviewTextTo3DInputTopology",
    "MeshyV6PreviewTextTo3DOutput",
    "MinimaxHailuo02FastImageToVideoInput",
    "MinimaxHailuo02FastImageToVideoInputDuration",
    "MinimaxHailuo02FastImageToVideoOutput",
    "MinimaxHailuo02ProImageToVideoInput",
    "MinimaxHailuo02ProImageToVideoOutput",
    "MinimaxHailuo02StandardImageToVideoInput",
    "MinimaxHailuo02StandardImageToVideoInputDuration",
    "MinimaxHailuo02StandardImageToVideoInputResolution",
    "MinimaxHailuo02StandardImageToVideoOutput",
    "MinimaxHailuo02StandardTextToVideoInput",
    "MinimaxHailuo02StandardTextToVideoInputDuration",
    "MinimaxHailuo02StandardTextToVideoOutput",
    "MinimaxHailuo23FastProImageToVideoInput",
    "MinimaxHailuo23FastProImageToVideoOutput",
    "MinimaxHailuo23FastStandardImageToVideoInput",
    "MinimaxHailuo23FastStandardImageToVideoInputDuration",
    "MinimaxHailuo23FastStandardImageToVideoOutput",
    "MinimaxHailuo23ProImageToVideoInput",
    "MinimaxHailuo23ProImageToVideoOutput",
    "MinimaxHailuo23ProTextToVideoInput",
    "MinimaxHailuo23ProTextToVideoOutput",
    "MinimaxHailuo23StandardImageToVideoInput",
    "MinimaxHailuo23StandardImageToVideoInputDuration",
    "MinimaxHailuo23StandardImageToVideoOutput",
    "MinimaxHailuo23StandardTextToVideoInput",
    "MinimaxHailuo23StandardTextToVideoInputDuration",
    "MinimaxHailuo23StandardTextToVideoOutput",
    "MinimaxImage01Input",
    "MinimaxImage01InputAspectRatio",
    "MinimaxImage01Output",
    "MinimaxMusicInput",
    "MinimaxMusicOutput",
    "MinimaxMusicV15Input",
    "MinimaxMusicV15Output",
    "MinimaxMusicV2Input",
    "MinimaxMusicV2Output",
    "MinimaxPreviewSpeech25HdInput",
    "MinimaxPreviewSpeech25HdInputLanguageBoost",
    "MinimaxPreviewSpeech25HdInputOutputFormat",
    "MinimaxPreviewSpeech25HdOutput",
    "MinimaxPreviewSpeech25TurboInput",
    "MinimaxPreviewSpeech25TurboInputLanguageBoost",
    "MinimaxPreviewSpeech25TurboInputOutputFormat",
    "MinimaxPreviewSpeech25TurboOutput",
    "MinimaxSpeech02HdInput",
    "MinimaxSpeech02HdInputLanguageBoost",
    "MinimaxSpeech02HdInputOutputFormat",
    "MinimaxSpeech02HdOutput",
    "MinimaxSpeech02TurboInput",
    "MinimaxSpeech02TurboInputLanguageBoost",
    "MinimaxSpeech02TurboInputOutputFormat",
    "MinimaxSpeech02TurboOutput",
    "MinimaxSpeech26HdInput",
    "MinimaxSpeech26HdInputLanguageBoost",
    "MinimaxSpeech26HdInputOutputFormat",
    "MinimaxSpeech26HdOutput",
    "MinimaxSpeech26TurboInput",
    "MinimaxSpeech26TurboInputLanguageBoost",
    "MinimaxSpeech26TurboInputOutputFormat",
    "MinimaxSpeech26TurboOutput",
    "MinimaxVideo01DirectorImageToVideoInput",
    "MinimaxVideo01DirectorImageToVideoOutput",
    "MinimaxVideo01DirectorInput",
    "MinimaxVideo01DirectorOutput",
    "MinimaxVideo01ImageToVideoInput",
    "MinimaxVideo01ImageToVideoOutput",
    "MinimaxVideo01Input",
    "MinimaxVideo01LiveImageToVideoInput",
    "MinimaxVideo01LiveImageToVideoOutput",
    "MinimaxVideo01LiveInput",
    "MinimaxVideo01LiveOutput",
    "MinimaxVideo01Output",
    "MinimaxVoiceDesignInput",
    "MinimaxVoiceDesignOutput",
    "MireloAiSfxV15VideoToAudioInput",
    "MireloAiSfxV15VideoToAudioOutput",
    "MireloAiSfxV15VideoToVideoInput",
    "MireloAiSfxV15VideoToVideoOutput",
    "MireloAiSfxV1VideoToAudioInput",
    "MireloAiSfxV1VideoToAudioOutput",
    "MireloAiSfxV1VideoToVideoInput",
    "MireloAiSfxV1VideoToVideoOutput",
    "MmaudioV2Input",
    "MmaudioV2Output",
    "MochiV1Input",
    "MochiV1Output",
    "ModelUrls",
    "ModelUrlsVBF7642",
    "Moondream2Input",
    "Moondream2ObjectDetectionInput",
    "Moondream2ObjectDetectionOutput",
    "Moondream2ObjectDetectionOutputObjectsItem",
    "Moondream2Output",
    "Moondream2PointObjectDetectionInput",
    "Moondream2PointObjectDetectionOutput",
    "Moondream2PointObjectDetectionOutputObjectsItem",
    "Moondream2VisualQueryInput",
    "Moondream2VisualQueryOutput",
    "Moondream3PreviewCaptionInput",
    "Moondream3PreviewCaptionInputLength",
    "Moondream3PreviewCaptionOutput",
    "Moondream3PreviewDetectInput",
    "Moondream3PreviewDetectOutput",
    "Moondream3PreviewPointInput",
    "Moondream3PreviewPointOutput",
    "Moondream3PreviewQueryInput",
    "Moondream3PreviewQueryOutput",
    "MoondreamBatchedInput",
    "MoondreamBatchedInputModelId",
    "MoondreamBatchedOutput",
    "MoondreamBatchedOutputTimings",
    "MoondreamInputParam",
    "MoondreamNextBatchInput",
    "MoondreamNextBatchOutput",
    "MoondreamNextInput",
    "MoondreamNextInputTaskType",
    "MoondreamNextOutput",
    "MoonvalleyMareyI2VInput",
    "MoonvalleyMareyI2VInputDimensions",
    "MoonvalleyMareyI2VInputDuration",
    "MoonvalleyMareyI2VOutput",
    "MoonvalleyMareyMotionTransferInput",
    "MoonvalleyMareyMotionTransferOutput",
    "MoonvalleyMareyPoseTransferInput",
    "MoonvalleyMareyPoseTransferOutput",
    "MoonvalleyMareyT2VInput",
    "MoonvalleyMareyT2VInputDimensions",
    "MoonvalleyMareyT2VInputDuration",
    "MoonvalleyMareyT2VOutput",
    "MusetalkInput",
    "MusetalkOutput",
    "MusicCompositionPlan",
    "MusicSection",
    "NanoBananaInput",
    "NanoBananaInputAspectRatio",
    "NanoBananaInputOutputFormat",
    "NanoBananaOutput",
    "NanoBananaProInput",
    "NanoBananaProInputAspectRatio",
    "NanoBananaProInputOutputFormat",
    "NanoBananaProInputResolution",
    "NanoBananaProOutput",
    "NemotronAsrInput",
    "NemotronAsrInputAcceleration",
    "NemotronAsrOutput",
    "NemotronAsrStreamInput",
    "NemotronAsrStreamInputAcceleration",
    "NemotronAsrStreamOutput",
    "NovaSRTimings",
    "NovaSrInput",
    "NovaSrInputAudioFormat",
    "NovaSrOutput",
    "Object",
    "OmniVideoElementInput",
    "OmnigenV1Input",
    "OmnigenV1InputImageSizeType1",
    "OmnigenV1InputOutputFormat",
    "OmnigenV1Output",
    "OmnigenV1OutputTimings",
    "OmnigenV2Input",
    "OmnigenV2InputImageSizeType1",
    "OmnigenV2InputOutputFormat",
    "OmnigenV2InputScheduler",
    "OmnigenV2Output",
    "OmnigenV2OutputTimings",
    "OmnipartInput",
    "OmnipartOutput",
    "OneToAllAnimation13BInput",
    "OneToAllAnimation13BInputResolution",
    "OneToAllAnimation13BOutput",
    "OneToAllAnimation14BInput",
    "OneToAllAnimation14BInputResolution",
    "OneToAllAnimation14BOutput",
    "OpenrouterRouterAudioInput",
    "OpenrouterRouterAudioOutput",
    "OpenrouterRouterInput",
    "OpenrouterRouterOpenaiV1ChatCompletionsInput",
    "OpenrouterRouterOpenaiV1ChatCompletionsOutput",
    "OpenrouterRouterOpenaiV1EmbeddingsInput",
    "OpenrouterRouterOpenaiV1EmbeddingsOutput",
    "OpenrouterRouterOpenaiV1ResponsesInput",
    "OpenrouterRouterOpenaiV1ResponsesOutput",
    "OpenrouterRouterOutput",
    "OpenrouterRouterVideoEnterpriseInput",
    "OpenrouterRouterVideoEnterpriseOutput",
    "OpenrouterRouterVideoInput",
    "OpenrouterRouterVideoOutput",
    "OpenrouterRouterVisionInput",
    "OpenrouterRouterVisionOutput",
    "OrpheusTtsInput",
    "OrpheusTtsInputVoice",
    "OrpheusTtsOutput",
    "OviImageToVideoInput",
    "OviImageToVideoOutput",
    "OvisImageInput",
    "OvisImageInputAcceleration",
    "OvisImageInputImageSizeType1",
    "OvisImageInputOutputFormat",
    "OvisImageOutput",
    "OvisImageOutputTimings",
    "PerceptronIsaac01Input",
    "PerceptronIsaac01InputResponseStyle",
    "PerceptronIsaac01OpenaiV1ChatCompletionsInput",
    "PerceptronIsaac01OpenaiV1ChatCompletionsOutput",
    "PerceptronIsaac01Output",
    "PhotographicCharacteristics",
    "PiflowInput",
    "PiflowInputImageSizeType1",
    "PiflowInputOutputFormat",
    "PiflowOutput",
    "PikaV15PikaffectsInput",
    "PikaV15PikaffectsInputPikaffect",
    "PikaV15PikaffectsOutput",
    "PikaV21ImageToVideoInput",
    "PikaV21ImageToVideoInputResolution",
    "PikaV21ImageToVideoOutput",
    "PikaV21TextToVideoInput",
    "PikaV21TextToVideoInputAspectRatio",
    "PikaV21TextToVideoInputResolution",
    "PikaV21TextToVideoOutput",
    "PikaV22ImageToVideoInput",
    "PikaV22ImageToVideoInputDuration",
    "PikaV22ImageToVideoInputResolution",
    "PikaV22ImageToVideoOutput",
    "PikaV22PikaframesInput",
    "PikaV22PikaframesInputResolution",
    "PikaV22PikaframesOutput",
    "PikaV22PikascenesInput",
    "PikaV22PikascenesInputAspectRatio",
    "PikaV22PikascenesInputDuration",
    "PikaV22PikascenesInputIngredientsMode",
    "PikaV22PikascenesInputResolution",
    "PikaV22PikascenesOutput",
    "PikaV22TextToVideoInput",
    "PikaV22TextToVideoInputAspectRatio",
    "PikaV22TextToVideoInputDuration",
    "PikaV22TextToVideoInputResolution",
    "PikaV22TextToVideoOutput",
    "PikaV2PikadditionsInput",
    "PikaV2PikadditionsOutput",
    "PikaV2TurboImageToVideoInput",
    "PikaV2TurboImageToVideoInputResolution",
    "PikaV2TurboImageToVideoOutput",
    "PikaV2TurboTextToVideoInput",
    "PikaV2TurboTextToVideoInputAspectRatio",
    "PikaV2TurboTextToVideoInputResolution",
    "PikaV2TurboTextToVideoOutput",
    "PixartSigmaInput",
    "PixartSigmaInputImageSizeType1",
    "PixartSigmaInputScheduler",
    "PixartSigmaInputStyle",
    "PixartSigmaOutput",
    "PixartSigmaOutputTimings",
    "PixverseExtendInput",
    "PixverseExtendInputDuration",
    "PixverseExtendInputModel",
    "PixverseExtendInputResolution",
    "PixverseExtendInputStyle",
    "PixverseExtendOutput",
    "PixverseLipsyncInput",
    "PixverseLipsyncInputVoiceId",
    "PixverseLipsyncOutput",
    "PixverseSoundEffectsInput",
    "PixverseSoundEffectsOutput",
    "PixverseSwapInput",
    "PixverseSwapInputMode",
    "PixverseSwapInputResolution",
    "PixverseSwapOutput",
    "PixverseV35EffectsInput",
    "PixverseV35EffectsInputDuration",
    "PixverseV35EffectsInputEffect",
    "PixverseV35EffectsInputResolution",
    "PixverseV35EffectsOutput",
    "PixverseV35ImageToVideoFastInput",
    "PixverseV35ImageToVideoFastInputResolution",
    "PixverseV35ImageToVideoFastInputStyle",
    "PixverseV35ImageToVideoFastOutput",
    "PixverseV35ImageToVideoInput",
    "PixverseV35ImageToVideoInputDuration",
    "PixverseV35ImageToVideoInputResolution",
    "PixverseV35ImageToVideoInputStyle",
    "PixverseV35ImageToVideoOutput",
    "PixverseV35TextToVideoFastInput",
    "PixverseV35TextToVideoFastInputAspectRatio",
    "PixverseV35TextToVideoFastInputResolution",
    "PixverseV35TextToVideoFastInputStyle",
    "PixverseV35TextToVideoFastOutput",
    "PixverseV35TextToVideoInput",
    "PixverseV35TextToVideoInputAspectRatio",
    "PixverseV35TextToVideoInputDuration",
    "PixverseV35TextToVideoInputResolution",
    "PixverseV35TextToVideoInputStyle",
    "PixverseV35TextToVideoOutput",
    "PixverseV35TransitionInput",
    "PixverseV35TransitionInputAspectRatio",
    "PixverseV35TransitionInputDuration",
    "PixverseV35TransitionInputResolution",
    "PixverseV35TransitionInputStyle",
    "PixverseV35TransitionOutput",
    "PixverseV45EffectsInput",
    "PixverseV45EffectsInputDuration",
    "PixverseV45EffectsInputEffect",
    "PixverseV45EffectsInputResolution",
    "PixverseV45EffectsOutput",
    "PixverseV45ImageToVideoFastInput",
    "PixverseV45ImageToVideoFastInputCameraMovement",
    "PixverseV45ImageToVideoFastInputResolution",
    "PixverseV45ImageToVideoFastInputStyle",
    "PixverseV45ImageToVideoFastOutput",
    "PixverseV45ImageToVideoInput",
    "PixverseV45ImageToVideoInputCameraMovement",
    "PixverseV45ImageToVideoInputDuration",
    "PixverseV45ImageToVideoInputResolution",
    "PixverseV45ImageToVideoInputStyle",
    "PixverseV45ImageToVideoOutput",
    "PixverseV45TextToVideoFastInput",
    "PixverseV45TextToVideoFastInputAspectRatio",
    "PixverseV45TextToVideoFastInputResolution",
    "PixverseV45TextToVideoFastInputStyle",
    "PixverseV45TextToVideoFastOutput",
    "PixverseV45TextToVideoInput",
    "PixverseV45TextToVideoInputAspectRatio",
    "PixverseV45TextToVideoInputDuration",
    "PixverseV45TextToVideoInputResolution",
    "PixverseV45TextToVideoInputStyle",
    "PixverseV45TextToVideoOutput",
    "PixverseV4EffectsInput",
    "PixverseV4EffectsInputDuration",
    "PixverseV4EffectsInputEffect",
    "PixverseV4EffectsInputResolution",
    "PixverseV4EffectsOutput",
    "PixverseV4ImageToVideoFastInput",
    "PixverseV4ImageToVideoFastInputCameraMovement",
    "PixverseV4ImageToVideoFastInputResolution",
    "PixverseV4ImageToVideoFastInputStyle",
    "PixverseV4ImageToVideoFastOutput",
    "PixverseV4ImageToVideoInput",
    "PixverseV4ImageToVideoInputCameraMovement",
    "PixverseV4ImageToVideoInputDuration",
    "PixverseV4ImageToVideoInputResolution",
    "PixverseV4ImageToVideoInputStyle",
    "PixverseV4ImageToVideoOutput",
    "PixverseV4TextToVideoFastInput",
    "PixverseV4TextToVideoFastInputAspectRatio",
    "PixverseV4TextToVideoFastInputResolution",
    "PixverseV4TextToVideoFastInputStyle",
    "PixverseV4TextToVideoFastOutput",
    "PixverseV4TextToVideoInput",
    "PixverseV4TextToVideoInputAspectRatio",
    "PixverseV4TextToVideoInputDuration",
    "PixverseV4TextToVideoInputResolution",
    "PixverseV4TextToVideoInputStyle",
    "PixverseV4TextToVideoOutput",
    "PixverseV55EffectsInput",
    "PixverseV55EffectsInputDuration",
    "PixverseV55EffectsInputEffect",
    "PixverseV55EffectsInputResolution",
    "PixverseV55EffectsInputThinkingType",
    "PixverseV55EffectsOutput",
    "PixverseV55ImageToVideoInput",
    "PixverseV55ImageToVideoInputDuration",
    "PixverseV55ImageToVideoInputResolution",
    "PixverseV55ImageToVideoInputStyle",
    "PixverseV55ImageToVideoInputThinkingType",
    "PixverseV55ImageToVideoOutput",
    "PixverseV55TextToVideoInput",
    "PixverseV55TextToVideoInputAspectRatio",
    "PixverseV55TextToVideoInputDuration",
    "PixverseV55TextToVideoInputResolution",
    "PixverseV55TextToVideoInputStyle",
    "PixverseV55TextToVideoInputThinkingType",
    "PixverseV55TextToVideoOutput",
    "PixverseV55TransitionInput",
    "PixverseV55TransitionInputAspectRatio",
    "PixverseV55TransitionInputDuration",
    "PixverseV55TransitionInputResolution",
    "PixverseV55TransitionInputStyle",
    "PixverseV55TransitionInputThinkingType",
    "PixverseV55TransitionOutput",
    "PixverseV56ImageToVideoInput",
    "PixverseV56ImageToVideoInputDuration",
    "PixverseV56ImageToVideoInputResolution",
    "PixverseV56ImageToVideoInputStyle",
    "PixverseV56ImageToVideoInputThinkingType",
    "PixverseV56ImageToVideoOutput",
    "PixverseV56TextToVideoInput",
    "PixverseV56TextToVideoInputAspectRatio",
    "PixverseV56TextToVideoInputDuration",
    "PixverseV56TextToVideoInputResolution",
    "PixverseV56TextToVideoInputStyle",
    "PixverseV56TextToVideoInputThinkingType",
    "PixverseV56TextToVideoOutput",
    "PixverseV56TransitionInput",
    "PixverseV56TransitionInputAspectRatio",
    "PixverseV56TransitionInputDuration",
    "PixverseV56TransitionInputResolution",
    "PixverseV56TransitionInputStyle",
    "PixverseV56TransitionInputThinkingType",
    "PixverseV56TransitionOutput",
    "PixverseV5ImageToVideoInput",
    "PixverseV5ImageToVideoInputDuration",
    "PixverseV5ImageToVideoInputResolution",
    "PixverseV5ImageToVideoInputStyle",
    "PixverseV5ImageToVideoOutput",
    "PixverseV5TextToVideoInput",
    "PixverseV5TextToVideoInputAspectRatio",
    "PixverseV5TextToVideoInputDuration",
    "PixverseV5TextToVideoInputResolution",
    "PixverseV5TextToVideoInputStyle",
    "PixverseV5TextToVideoOutput",
    "PixverseV5TransitionInput",
    "PixverseV5TransitionInputAspectRatio",
    "PixverseV5TransitionInputDuration",
    "PixverseV5TransitionInputResolution",
    "PixverseV5TransitionInputStyle",
    "PixverseV5TransitionOutput",
    "PlaygroundV25Input",
    "PlaygroundV25InputFormat",
    "PlaygroundV25InputImageSizeType1",
    "PlaygroundV25InputSafetyCheckerVersion",
    "PlaygroundV25Output",
    "PlaygroundV25OutputTimings",
    "Point",
    "PointPrompt",
    "PointPromptBase",
    "PointPromptBaseLabel",
    "PointPromptLabel",
    "PonyV7Input",
    "PonyV7InputImageSizeType1",
    "PonyV7InputNoiseSource",
    "PonyV7InputOutputFormat",
    "PonyV7Output",
    "PonyV7OutputTimings",
    "PromptObject",
    "PronunciationDict",
    "PronunciationDictionaryLocator",
    "PshumanInput",
    "PshumanOutput",
    "QueueStatus",
    "QueueStatusMetrics",
    "QueueSubmitted",
    "QueueSubmittedMetrics",
    "Qwen3GuardInput",
    "Qwen3GuardOutput",
    "Qwen3GuardOutputCategoriesItem",
    "Qwen3GuardOutputLabel",
    "Qwen3TtsCloneVoice06BInput",
    "Qwen3TtsCloneVoice06BOutput",
    "Qwen3TtsCloneVoice17BInput",
    "Qwen3TtsCloneVoice17BOutput",
    "Qwen3TtsTextToSpeech06BInput",
    "Qwen3TtsTextToSpeech06BInputLanguage",
    "Qwen3TtsTextToSpeech06BInputVoice",
    "Qwen3TtsTextToSpeech06BOutput",
    "Qwen3TtsTextToSpeech17BInput",
    "Qwen3TtsTextToSpeech17BInputLanguage",
    "Qwen3TtsTextToSpeech17BInputVoice",
    "Qwen3TtsTextToSpeech17BOutput",
    "Qwen3TtsVoiceDesign17BInput",
    "Qwen3TtsVoiceDesign17BInputLanguage",
    "Qwen3TtsVoiceDesign17BOutput",
    "QwenImage2512Input",
    "QwenImage2512InputAcceleration",
    "QwenImage2512InputImageSizeType1",
    "QwenImage2512InputOutputFormat",
    "QwenImage2512LoraInput",
    "QwenImage2512LoraInputAcceleration",
    "QwenImage2512LoraInputImageSizeType1",
    "QwenImage2512LoraInputOutputFormat",
    "QwenImage2512LoraOutput",
    "QwenImage2512LoraOutputTimings",
    "QwenImage2512Output",
    "QwenImage2512OutputTimings",
    "QwenImage2512TrainerInput",
    "QwenImage2512TrainerOutput",
    "QwenImage2512TrainerV2Input",
    "QwenImage2512TrainerV2Output",
    "QwenImageEdit2509TrainerInput",
    "QwenImageEdit2509TrainerOutput",
    "QwenImageEdit2511TrainerInput",
    "QwenImageEdit2511TrainerOutput",
    "QwenImageEditPlusTrainerInput",
    "QwenImageEditPlusTrainerOutput",
    "QwenImageEditTrainerInput",
    "QwenImageEditTrainerOutput",
    "QwenImageInput",
    "QwenImageInputAcceleration",
    "QwenImageInputImageSizeType1",
    "QwenImageInputOutputFormat",
    "QwenImageLayeredTrainerInput",
    "QwenImageLayeredTrainerOutput",
    "QwenImageOutput",
    "QwenImageOutputTimings",
    "RGBColor",
    "RealisticVisionInput",
    "RealisticVisionInputFormat",
    "RealisticVisionInputImageSizeType1",
    "RealisticVisionInputSafetyCheckerVersion",
    "RealisticVisionOutput",
    "RealisticVisionOutputTimings",
    "Recraft20BInput",
    "Recraft20BInputImageSizeType1",
    "Recraft20BInputStyle",
    "Recraft20BOutput",
    "RecraftV3CreateStyleInput",
    "RecraftV3CreateStyleInputBaseStyle",
    "RecraftV3CreateStyleOutput",
    "RecraftV3TextToImageInput",
    "RecraftV3TextToImageInputImageSizeType1",
    "RecraftV3TextToImageInputStyle",
    "RecraftV3TextToImageOutput",
    "ReferenceImageInput",
    "Region",
    "RegistryImageFastSdxlModelsImage",
    "RelightParameters",
    "RelightParametersBgSource",
    "ResembleAiChatterboxhdSpeechToSpeechInput",
    "ResembleAiChatterboxhdSpeechToSpeechInputTargetVoice",
    "ResembleAiChatterboxhdSpeechToSpeechOutput",
    "ResembleAiChatterboxhdTextToSpeechInput",
    "ResembleAiChatterboxhdTextToSpeechInputVoice",
    "ResembleAiChatterboxhdTextToSpeechOutput",
    "ReveTextToImageInput",
    "ReveTextToImageInputAspectRatio",
    "ReveTextToImageInputOutputFormat",
    "ReveTextToImageOutput",
    "RifeVideoInput",
    "RifeVideoOutput",
    "RundiffusionFalJuggernautFluxBaseInput",
    "RundiffusionFalJuggernautFluxBaseInputImageSizeType1",
    "RundiffusionFalJuggernautFluxBaseInputOutputFormat",
    "RundiffusionFalJuggernautFluxBaseOutput",
    "RundiffusionFalJuggernautFluxBaseOutputTimings",
    "RundiffusionFalJuggernautFluxLightningInput",
    "RundiffusionFalJuggernautFluxLightningInputImageSizeType1",
    "RundiffusionFalJuggernautFluxLightningInputOutputFormat",
    "RundiffusionFalJuggernautFluxLightningOutput",
    "RundiffusionFalJuggernautFluxLightningOutputTimings",
    "RundiffusionFalJuggernautFluxLoraInput",
    "RundiffusionFalJuggernautFluxLoraInputImageSizeType1",
    "RundiffusionFalJuggernautFluxLoraInputOutputFormat",
    "RundiffusionFalJuggernautFluxLoraOutput",
    "RundiffusionFalJuggernautFluxLoraOutputTimings",
    "RundiffusionFalJuggernautFluxProInput",
    "RundiffusionFalJuggernautFluxProInputImageSizeType1",
    "RundiffusionFalJuggernautFluxProInputOutputFormat",
    "RundiffusionFalJuggernautFluxProOutput",
    "RundiffusionFalJuggernautFluxProOutputTimings",
    "RundiffusionFalRundiffusionPhotoFluxInput",
    "RundiffusionFalRundiffusionPhotoFluxInputImageSizeType1",
    "RundiffusionFalRundiffusionPhotoFluxInputOutputFormat",
    "RundiffusionFalRundiffusionPhotoFluxOutput",
    "RundiffusionFalRundiffusionPhotoFluxOutputTimings",
    "SAM3DBodyAlignmentInfo",
    "SAM3DBodyMetadata",
    "SAM3DBodyPersonMetadata",
    "Sa2Va4BImageInput",
    "Sa2Va4BImageOutput",
    "Sa2Va4BVideoInput",
    "Sa2Va4BVideoOutput",
    "Sa2Va8BImageInput",
    "Sa2Va8BImageOutput",
    "Sa2Va8BVideoInput",
    "Sa2Va8BVideoOutput",
    "SadtalkerInput",
    "SadtalkerInputFaceEnhancer",
    "SadtalkerInputFaceModelResolution",
    "SadtalkerInputPreprocess",
    "SadtalkerOutput",
    "SadtalkerReferenceInput",
    "SadtalkerReferenceInputFaceEnhancer",
    "SadtalkerReferenceInputFaceModelResolution",
    "SadtalkerReferenceInputPreprocess",
    "SadtalkerReferenceOutput",
    "Sam33DAlignInput",
    "Sam33DAlignOutput",
    "Sam33DBodyInput",
    "Sam33DBodyOutput",
    "Sam3ImageEmbedInput",
    "Sam3ImageEmbedOutput",
    "Sam3VideoInput",
    "Sam3VideoOutput",
    "Sam3VideoRleInput",
    "Sam3VideoRleOutput",
    "SamAudioSeparateInput",
    "SamAudioSeparateInputAcceleration",
    "SamAudioSeparateInputOutputFormat",
    "SamAudioSeparateOutput",
    "SamAudioSpanSeparateInput",
    "SamAudioSpanSeparateInputAcceleration",
    "SamAudioSpanSeparateInputOutputFormat",
    "SamAudioSpanSeparateOutput",
    "SamAudioVisualSeparateInput",
    "SamAudioVisualSeparateInputAcceleration",
    "SamAudioVisualSeparateInputOutputFormat",
    "SamAudioVisualSeparateOutput",
    "SanaInput",
    "SanaInputImageSizeType1",
    "SanaInputOutputFormat",
    "SanaInputStyleName",
    "SanaOutput",
    "SanaOutputTimings",
    "SanaSprintInput",
    "SanaSprintInputImageSizeType1",
    "SanaSprintInputOutputFormat",
    "SanaSprintInputStyleName",
    "SanaSprintOutput",
    "SanaSprintOutputTimings",
    "SanaV1516BInput",
    "SanaV1516BInputImageSizeType1",
    "SanaV1516BInputOutputFormat",
    "SanaV1516BInputStyleName",
    "SanaV1516BOutput",
    "SanaV1516BOutputTimings",
    "SanaV1548BInput",
    "SanaV1548BInputImageSizeType1",
    "SanaV1548BInputOutputFormat",
    "SanaV1548BInputStyleName",
    "SanaV1548BOutput",
    "SanaV1548BOutputTimings",
    "SanaVideoInput",
    "SanaVideoInputResolution",
    "SanaVideoOutput",
    "ScailInput",
    "ScailInputResolution",
    "ScailOutput",
    "SdxlControlnetUnionInput",
    "SdxlControlnetUnionInputFormat",
    "SdxlControlnetUnionInputImageSizeType0Type1",
    "SdxlControlnetUnionInputSafetyCheckerVersion",
    "SdxlControlnetUnionOutput",
    "SdxlControlnetUnionOutputTimings",
    "SeedvrUpscaleVideoInput",
    "SeedvrUpscaleVideoInputOutputFormat",
    "SeedvrUpscaleVideoInputOutputQuality",
    "SeedvrUpscaleVideoInputOutputWriteMode",
    "SeedvrUpscaleVideoInputTargetResolution",
    "SeedvrUpscaleVideoInputUpscaleMode",
    "SeedvrUpscaleVideoOutput",
    "SemanticImageInput",
    "SigmasInput",
    "SigmasInputMethod",
    "SileroVadInput",
    "SileroVadOutput",
    "SkyRaccoonInput",
    "SkyRaccoonInputImageSizeType1",
    "SkyRaccoonOutput",
    "SkyreelsI2VInput",
    "SkyreelsI2VInputAspectRatio",
    "SkyreelsI2VOutput",
    "SmartTurnInput",
    "SmartTurnOutput",
    "SmartTurnOutputMetrics",
    "SonautoV2ExtendInput",
    "SonautoV2ExtendInputOutputBitRateType0",
    "SonautoV2ExtendInputOutputFormat",
    "SonautoV2ExtendInputSide",
    "SonautoV2ExtendOutput",
    "SonautoV2InpaintInput",
    "SonautoV2InpaintInputOutputBitRateType0",
    "SonautoV2InpaintInputOutputFormat",
    "SonautoV2InpaintOutput",
    "SonautoV2TextToMusicInput",
    "SonautoV2TextToMusicInputOutputBitRateType0",
    "SonautoV2TextToMusicInputOutputFormat",
    "SonautoV2TextToMusicOutput",
    "Sora2ImageToVideoInput",
    "Sora2ImageToVideoInputAspectRatio",
    "Sora2ImageToVideoInputDuration",
    "Sora2ImageToVideoInputModel",
    "Sora2ImageToVideoInputResolution",
    "Sora2ImageToVideoOutput",
    "Sora2ImageToVideoProInput",
    "Sora2ImageToVideoProInputAspectRatio",
    "Sora2ImageToVideoProInputDuration",
    "Sora2ImageToVideoProInputResolution",
    "Sora2ImageToVideoProOutput",
    "Sora2TextToVideoInput",
    "Sora2TextToVideoInputAspectRatio",
    "Sora2TextToVideoInputDuration",
    "Sora2TextToVideoInputModel",
    "Sora2TextToVideoInputResolution",
    "Sora2TextToVideoOutput",
    "Sora2TextToVideoProInput",
    "Sora2TextToVideoProInputAspectRatio",
    "Sora2TextToVideoProInputDuration",
    "Sora2TextToVideoProInputResolution",
    "Sora2TextToVideoProOutput",
    "Sora2VideoToVideoRemixInput",
    "Sora2VideoToVideoRemixOutput",
    "Speaker",
    "SpeechTimestamp",
    "SpeechToTextInput",
    "SpeechToTextOutput",
    "SpeechToTextStreamInput",
    "SpeechToTextStreamOutput",
    "SpeechToTextTurboInput",
    "SpeechToTextTurboOutput",
    "SpeechToTextTurboStreamInput",
    "SpeechToTextTurboStreamOutput",
    "StableAudio25AudioToAudioInput",
    "StableAudio25AudioToAudioOutput",
    "StableAudio25InpaintInput",
    "StableAudio25InpaintOutput",
    "StableAudio25TextToAudioInput",
    "StableAudio25TextToAudioOutput",
    "StableAvatarInput",
    "StableAvatarInputAspectRatio",
    "StableAvatarOutput",
    "StableCascadeInput",
    "StableCascadeInputImageSizeType1",
    "StableCascadeOutput",
    "StableCascadeOutputTimings",
    "StableDiffusionV15Input",
    "StableDiffusionV15InputFormat",
    "StableDiffusionV15InputImageSizeType1",
    "StableDiffusionV15InputSafetyCheckerVersion",
    "StableDiffusionV15Output",
    "StableDiffusionV15OutputTimings",
    "StableDiffusionV35LargeInput",
    "StableDiffusionV35LargeInputImageSizeType1",
    "StableDiffusionV35LargeInputOutputFormat",
    "StableDiffusionV35LargeOutput",
    "StableDiffusionV35LargeOutputTimings",
    "StableDiffusionV35MediumInput",
    "StableDiffusionV35MediumInputImageSizeType1",
    "StableDiffusionV35MediumInputOutputFormat",
    "StableDiffusionV35MediumOutput",
    "StableDiffusionV35MediumOutputTimings",
    "StableDiffusionV3MediumInput",
    "StableDiffusionV3MediumInputImageSizeType1",
    "StableDiffusionV3MediumOutput",
    "StableDiffusionV3MediumOutputTimings",
    "StableVideoInput",
    "StableVideoOutput",
    "SteadyDancerInput",
    "SteadyDancerInputAcceleration",
    "SteadyDancerInputAspectRatio",
    "SteadyDancerInputResolution",
    "SteadyDancerOutput",
    "StreamStatusLogs",
    "StructuredPrompt",
    "Switti512Input",
    "Switti512InputOutputFormat",
    "Switti512Output",
    "Switti512OutputTimings",
    "SwittiInput",
    "SwittiInputOutputFormat",
    "SwittiOutput",
    "SwittiOutputTimings",
    "SyncLipsyncInput",
    "SyncLipsyncInputModel",
    "SyncLipsyncInputSyncMode",
    "SyncLipsyncOutput",
    "SyncLipsyncReact1Input",
    "SyncLipsyncReact1InputEmotion",
    "SyncLipsyncReact1InputLipsyncMode",
    "SyncLipsyncReact1InputModelMode",
    "SyncLipsyncReact1Output",
    "SyncLipsyncV2Input",
    "SyncLipsyncV2InputModel",
    "SyncLipsyncV2InputSyncMode",
    "SyncLipsyncV2Output",
    "T2VTurboInput",
    "T2VTurboOutput",
    "TextureFiles",
    "ThinksoundInput",
    "ThinksoundOutput",
    "TimestepsInput",
    "TimestepsInputMethod",
    "TopazUpscaleVideoInput",
    "TopazUpscaleVideoOutput",
    "Track",
    "Trajectory",
    "TrajectoryParameters",
    "TranscriptionWord",
    "TranspixarInput",
    "TranspixarOutput",
    "TranspixarOutputTimings",
    "Trellis2Input",
    "Trellis2InputResolution",
    "Trellis2InputTextureSize",
    "Trellis2Output",
    "TrellisMultiInput",
    "TrellisMultiInputMultiimageAlgo",
    "TrellisMultiInputTextureSize",
    "TrellisMultiOutput",
    "TrellisMultiOutputTimings",
    "Tripo3DTripoV25ImageTo3DInput",
    "Tripo3DTripoV25ImageTo3DInputOrientation",
    "Tripo3DTripoV25ImageTo3DInputStyle",
    "Tripo3DTripoV25ImageTo3DInputTexture",
    "Tripo3DTripoV25ImageTo3DInputTextureAlignment",
    "Tripo3DTripoV25ImageTo3DOutput",
    "Tripo3DTripoV25MultiviewTo3DInput",
    "Tripo3DTripoV25MultiviewTo3DInputOrientation",
    "Tripo3DTripoV25MultiviewTo3DInputStyle",
    "Tripo3DTripoV25MultiviewTo3DInputTexture",
    "Tripo3DTripoV25MultiviewTo3DInputTextureAlignment",
    "Tripo3DTripoV25MultiviewTo3DOutput",
    "TriposrInput",
    "TriposrInputOutputFormat",
    "TriposrOutput",
    "TriposrOutputTimings",
    "TurboFluxTrainerInput",
    "TurboFluxTrainerInputTrainingStyle",
    "TurboFluxTrainerOutput",
    "Turn",
    "UltrashapeInput",
    "UltrashapeOutput",
    "UsageInfo",
    "UsageInfoV1321CB",
    "V2VValidation",
    "Validation",
    "ValidationErrorItem",
    "ValidationErrorItemCtx",
    "VeedAvatarsAudioToVideoInput",
    "VeedAvatarsAudioToVideoInputAvatarId",
    "VeedAvatarsAudioToVideoOutput",
    "VeedAvatarsTextToVideoInput",
    "VeedAvatarsTextToVideoInputAvatarId",
    "VeedAvatarsTextToVideoOutput",
    "VeedFabric10FastInput",
    "VeedFabric10FastInputResolution",
    "VeedFabric10FastOutput",
    "VeedFabric10Input",
    "VeedFabric10InputResolution",
    "VeedFabric10Output",
    "VeedFabric10TextInput",
    "VeedFabric10TextInputResolution",
    "VeedFabric10TextOutput",
    "VeedLipsyncInput",
    "VeedLipsyncOutput",
    "VeedVideoBackgroundRemovalFastInput",
    "VeedVideoBackgroundRemovalFastInputOutputCodec",
    "VeedVideoBackgroundRemovalFastOutput",
    "VeedVideoBackgroundRemovalGreenScreenInput",
    "VeedVideoBackgroundRemovalGreenScreenInputOutputCodec",
    "VeedVideoBackgroundRemovalGreenScreenOutput",
    "VeedVideoBackgroundRemovalInput",
    "VeedVideoBackgroundRemovalInputOutputCodec",
    "VeedVideoBackgroundRemovalOutput",
    "Veo2ImageToVideoInput",
    "Veo2ImageToVideoInputAspectRatio",
    "Veo2ImageToVideoInputDuration",
    "Veo2ImageToVideoOutput",
    "Veo2Input",
    "Veo2InputAspectRatio",
    "Veo2InputDuration",
    "Veo2Output",
    "Veo31ExtendVideoInput",
    "Veo31ExtendVideoInputAspectRatio",
    "Veo31ExtendVideoInputDuration",
    "Veo31ExtendVideoInputResolution",
    "Veo31ExtendVideoOutput",
    "Veo31FastExtendVideoInput",
    "Veo31FastExtendVideoInputAspectRatio",
    "Veo31FastExtendVideoInputDuration",
    "Veo31FastExtendVideoInputResolution",
    "Veo31FastExtendVideoOutput",
    "Veo31FastFirstLastFrameToVideoInput",
    "Veo31FastFirstLastFrameToVideoInputAspectRatio",
    "Veo31FastFirstLastFrameToVideoInputDuration",
    "Veo31FastFirstLastFrameToVideoInputResolution",
    "Veo31FastFirstLastFrameToVideoOutput",
    "Veo31FastImageToVideoInput",
    "Veo31FastImageToVideoInputAspectRatio",
    "Veo31FastImageToVideoInputDuration",
    "Veo31FastImageToVideoInputResolution",
    "Veo31FastImageToVideoOutput",
    "Veo31FastInput",
    "Veo31FastInputAspectRatio",
    "Veo31FastInputDuration",
    "Veo31FastInputResolution",
    "Veo31FastOutput",
    "Veo31FirstLastFrameToVideoInput",
    "Veo31FirstLastFrameToVideoInputAspectRatio",
    "Veo31FirstLastFrameToVideoInputDuration",
    "Veo31FirstLastFrameToVideoInputResolution",
    "Veo31FirstLastFrameToVideoOutput",
    "Veo31ImageToVideoInput",
    "Veo31ImageToVideoInputAspectRatio",
    "Veo31ImageToVideoInputDuration",
    "Veo31ImageToVideoInputResolution",
    "Veo31ImageToVideoOutput",
    "Veo31Input",
    "Veo31InputAspectRatio",
    "Veo31InputDuration",
    "Veo31InputResolution",
    "Veo31Output",
    "Veo31ReferenceToVideoInput",
    "Veo31ReferenceToVideoInputAspectRatio",
    "Veo31ReferenceToVideoInputDuration",
    "Veo31ReferenceToVideoInputResolution",
    "Veo31ReferenceToVideoOutput",
    "Veo3FastImageToVideoInput",
    "Veo3FastImageToVideoInputAspectRatio",
    "Veo3FastImageToVideoInputDuration",
    "Veo3FastImageToVideoInputResolution",
    "Veo3FastImageToVideoOutput",
    "Veo3FastInput",
    "Veo3FastInputAspectRatio",
    "Veo3FastInputDuration",
    "Veo3FastInputResolution",
    "Veo3FastOutput",
    "Veo3ImageToVideoInput",
    "Veo3ImageToVideoInputAspectRatio",
    "Veo3ImageToVideoInputDuration",
    "Veo3ImageToVideoInputResolution",
    "Veo3ImageToVideoOutput",
    "Veo3Input",
    "Veo3InputAspectRatio",
    "Veo3InputDuration",
    "Veo3InputResolution",
    "Veo3Output",
    "VibeVoiceSpeaker",
    "VibeVoiceSpeakerPreset",
    "Vibevoice05BInput",
    "Vibevoice05BInputSpeaker",
    "Vibevoice05BOutput",
    "Vibevoice7BInput",
    "Vibevoice7BOutput",
    "VibevoiceInput",
    "VibevoiceOutput",
    "Video",
    "VideoCondition",
    "VideoConditioningInput",
    "VideoConditioningInputConditioningType",
    "VideoConditioningInputVAB6F7D",
    "VideoConditioningInputVF09E39",
    "VideoConditioningInputVF09E39ConditioningType",
    "VideoFile",
    "VideoFileV3903BE",
    "VideoOutput",
    "VideoPromptGeneratorInput",
    "VideoPromptGeneratorInputCameraDirection",
    "VideoPromptGeneratorInputCameraStyle",
    "VideoPromptGeneratorInputModel",
    "VideoPromptGeneratorInputPacing",
    "VideoPromptGeneratorInputPromptLength",
    "VideoPromptGeneratorInputSpecialEffects",
    "VideoPromptGeneratorInputStyle",
    "VideoPromptGeneratorOutput",
    "VideoUnderstandingInput",
    "VideoUnderstandingOutput",
    "VideoUpscalerInput",
    "VideoUpscalerOutput",
    "VideoV0F0F5C",
    "ViduImageToVideoInput",
    "ViduImageToVideoInputMovementAmplitude",
    "ViduImageToVideoOutput",
    "ViduQ1ImageToVideoInput",
    "ViduQ1ImageToVideoInputMovementAmplitude",
    "ViduQ1ImageToVideoOutput",
    "ViduQ1ReferenceToVideoInput",
    "ViduQ1ReferenceToVideoInputAspectRatio",
    "ViduQ1ReferenceToVideoInputMovementAmplitude",
    "ViduQ1ReferenceToVideoOutput",
    "ViduQ1TextToVideoInput",
    "ViduQ1TextToVideoInputAspectRatio",
    "ViduQ1TextToVideoInputMovementAmplitude",
    "ViduQ1TextToVideoInputStyle",
    "ViduQ1TextToVideoOutput",
    "ViduQ2ImageToVideoProInput",
    "ViduQ2ImageToVideoProInputDuration",
    "ViduQ2ImageToVideoProInputMovementAmplitude",
    "ViduQ2ImageToVideoProInputResolution",
    "ViduQ2ImageToVideoProOutput",
    "ViduQ2ImageToVideoTurboInput",
    "ViduQ2ImageToVideoTurboInputDuration",
    "ViduQ2ImageToVideoTurboInputMovementAmplitude",
    "ViduQ2ImageToVideoTurboInputResolution",
    "ViduQ2ImageToVideoTurboOutput",
    "ViduQ2ReferenceToVideoProInput",
    "ViduQ2ReferenceToVideoProInputMovementAmplitude",
    "ViduQ2ReferenceToVideoProInputResolution",
    "ViduQ2ReferenceToVideoProOutput",
    "ViduQ2TextToImageInput",
    "ViduQ2TextToImageInputAspectRatio",
    "ViduQ2TextToImageOutput",
    "ViduQ2TextToVideoInput",
    "ViduQ2TextToVideoInputAspectRatio",
    "ViduQ2TextToVideoInputDuration",
    "ViduQ2TextToVideoInputMovementAmplitude",
    "ViduQ2TextToVideoInputResolution",
    "ViduQ2TextToVideoOutput",
    "ViduQ2VideoExtensionProInput",
    "ViduQ2VideoExtensionProInputDuration",
    "ViduQ2VideoExtensionProInputResolution",
    "ViduQ2VideoExtensionProOutput",
    "ViduReferenceToVideoInput",
    "ViduReferenceToVideoInputAspectRatio",
    "ViduReferenceToVideoInputMovementAmplitude",
    "ViduReferenceToVideoOutput",
    "ViduStartEndToVideoInput",
    "ViduStartEndToVideoInputMovementAmplitude",
    "ViduStartEndToVideoOutput",
    "ViduTemplateToVideoInput",
    "ViduTemplateToVideoInputAspectRatio",
    "ViduTemplateToVideoInputTemplate",
    "ViduTemplateToVideoOutput",
    "VoiceSetting",
    "VoiceSettingEmotion",
    "Wan22ImageTrainerInput",
    "Wan22ImageTrainerOutput",
    "Wan22VaceFunA14BInpaintingInput",
    "Wan22VaceFunA14BInpaintingInputAccelerationType0",
    "Wan22VaceFunA14BInpaintingInputAspectRatio",
    "Wan22VaceFunA14BInpaintingInputInterpolatorModel",
    "Wan22VaceFunA14BInpaintingInputResolution",
    "Wan22VaceFunA14BInpaintingInputSampler",
    "Wan22VaceFunA14BInpaintingInputTransparencyMode",
    "Wan22VaceFunA14BInpaintingInputVideoQuality",
    "Wan22VaceFunA14BInpaintingInputVideoWriteMode",
    "Wan22VaceFunA14BInpaintingOutput",
    "Wan22VaceFunA14BOutpaintingInput",
    "Wan22VaceFunA14BOutpaintingInputAccelerationType0",
    "Wan22VaceFunA14BOutpaintingInputAspectRatio",
    "Wan22VaceFunA14BOutpaintingInputInterpolatorModel",
    "Wan22VaceFunA14BOutpaintingInputResolution",
    "Wan22VaceFunA14BOutpaintingInputSampler",
    "Wan22VaceFunA14BOutpaintingInputTransparencyMode",
    "Wan22VaceFunA14BOutpaintingInputVideoQuality",
    "Wan22VaceFunA14BOutpaintingInputVideoWriteMode",
    "Wan22VaceFunA14BOutpaintingOutput",
    "Wan22VaceFunA14BPoseInput",
    "Wan22VaceFunA14BPoseInputAccelerationType0",
    "Wan22VaceFunA14BPoseInputAspectRatio",
    "Wan22VaceFunA14BPoseInputInterpolatorModel",
    "Wan22VaceFunA14BPoseInputResolution",
    "Wan22VaceFunA14BPoseInputSampler",
    "Wan22VaceFunA14BPoseInputTransparencyMode",
    "Wan22VaceFunA14BPoseInputVideoQuality",
    "Wan22VaceFunA14BPoseInputVideoWriteMode",
    "Wan22VaceFunA14BPoseOutput",
    "Wan22VaceFunA14BReframeInput",
    "Wan22VaceFunA14BReframeInputAccelerationType0",
    "Wan22VaceFunA14BReframeInputAspectRatio",
    "Wan22VaceFunA14BReframeInputInterpolatorModel",
    "Wan22VaceFunA14BReframeInputResolution",
    "Wan22VaceFunA14BReframeInputSampler",
    "Wan22VaceFunA14BReframeInputTransparencyMode",
    "Wan22VaceFunA14BReframeInputVideoQuality",
    "Wan22VaceFunA14BReframeInputVideoWriteMode",
    "Wan22VaceFunA14BReframeOutput",
    "Wan25PreviewImageToVideoInput",
    "Wan25PreviewImageToVideoInputDuration",
    "Wan25PreviewImageToVideoInputResolution",
    "Wan25PreviewImageToVideoOutput",
    "Wan25PreviewTextToImageInput",
    "Wan25PreviewTextToImageInputImageSizeType1",
    "Wan25PreviewTextToImageOutput",
    "Wan25PreviewTextToVideoInput",
    "Wan25PreviewTextToVideoInputAspectRatio",
    "Wan25PreviewTextToVideoInputDuration",
    "Wan25PreviewTextToVideoInputResolution",
    "Wan25PreviewTextToVideoOutput",
    "WanAtiInput",
    "WanAtiInputResolution",
    "WanAtiOutput",
    "WanEffectsInput",
    "WanEffectsInputAspectRatio",
    "WanEffectsInputEffectType",
    "WanEffectsOutput",
    "WanFlf2VInput",
    "WanFlf2VInputAcceleration",
    "WanFlf2VInputAspectRatio",
    "WanFlf2VInputResolution",
    "WanFlf2VOutput",
    "WanFunControlInput",
    "WanFunControlInputPreprocessType",
    "WanFunControlOutput",
    "WanI2VInput",
    "WanI2VInputAcceleration",
    "WanI2VInputAspectRatio",
    "WanI2VInputResolution",
    "WanI2VLoraInput",
    "WanI2VLoraInputAspectRatio",
    "WanI2VLoraInputResolution",
    "WanI2VLoraOutput",
    "WanI2VOutput",
    "WanProImageToVideoInput",
    "WanProImageToVideoOutput",
    "WanProTextToVideoInput",
    "WanProTextToVideoOutput",
    "WanT2VInput",
    "WanT2VInputAspectRatio",
    "WanT2VInputResolution",
    "WanT2VLoraInput",
    "WanT2VLoraInputAspectRatio",
    "WanT2VLoraInputResolution",
    "WanT2VLoraOutput",
    "WanT2VOutput",
    "WanTrainerFlf2V720PInput",
    "WanTrainerFlf2V720POutput",
    "WanTrainerI2V720PInput",
    "WanTrainerI2V720POutput",
    "WanTrainerInput",
    "WanTrainerOutput",
    "WanTrainerT2V14BInput",
    "WanTrainerT2V14BOutput",
    "WanV2214BAnimateMoveInput",
    "WanV2214BAnimateMoveInputResolution",
    "WanV2214BAnimateMoveInputVideoQuality",
    "WanV2214BAnimateMoveInputVideoWriteMode",
    "WanV2214BAnimateMoveOutput",
    "WanV2214BAnimateReplaceInput",
    "WanV2214BAnimateReplaceInputResolution",
    "WanV2214BAnimateReplaceInputVideoQuality",
    "WanV2214BAnimateReplaceInputVideoWriteMode",
    "WanV2214BAnimateReplaceOutput",
    "WanV2214BSpeechToVideoInput",
    "WanV2214BSpeechToVideoInputResolution",
    "WanV2214BSpeechToVideoInputVideoQuality",
    "WanV2214BSpeechToVideoInputVideoWriteMode",
    "WanV2214BSpeechToVideoOutput",
    "WanV225BImageToVideoInput",
    "WanV225BImageToVideoInputAspectRatio",
    "WanV225BImageToVideoInputInterpolatorModel",
    "WanV225BImageToVideoInputResolution",
    "WanV225BImageToVideoInputVideoQuality",
    "WanV225BImageToVideoInputVideoWriteMode",
    "WanV225BImageToVideoOutput",
    "WanV225BTextToImageInput",
    "WanV225BTextToImageInputImageFormat",
    "WanV225BTextToImageInputImageSizeType1",
    "WanV225BTextToImageOutput",
    "WanV225BTextToVideoDistillInput",
    "WanV225BTextToVideoDistillInputAspectRatio",
    "WanV225BTextToVideoDistillInputInterpolatorModel",
    "WanV225BTextToVideoDistillInputResolution",
    "WanV225BTextToVideoDistillInputVideoQuality",
    "WanV225BTextToVideoDistillInputVideoWriteMode",
    "WanV225BTextToVideoDistillOutput",
    "WanV225BTextToVideoFastWanInput",
    "WanV225BTextToVideoFastWanInputAspectRatio",
    "WanV225BTextToVideoFastWanInputInterpolatorModel",
    "WanV225BTextToVideoFastWanInputResolution",
    "WanV225BTextToVideoFastWanInputVideoQuality",
    "WanV225BTextToVideoFastWanInputVideoWriteMode",
    "WanV225BTextToVideoFastWanOutput",
    "WanV225BTextToVideoInput",
    "WanV225BTextToVideoInputAspectRatio",
    "WanV225BTextToVideoInputInterpolatorModel",
    "WanV225BTextToVideoInputResolution",
    "WanV225BTextToVideoInputVideoQuality",
    "WanV225BTextToVideoInputVideoWriteMode",
    "WanV225BTextToVideoOutput",
    "WanV22A14BImageToVideoInput",
    "WanV22A14BImageToVideoInputAcceleration",
    "WanV22A14BImageToVideoInputAspectRatio",
    "WanV22A14BImageToVideoInputInterpolatorModel",
    "WanV22A14BImageToVideoInputResolution",
    "WanV22A14BImageToVideoInputVideoQuality",
    "WanV22A14BImageToVideoInputVideoWriteMode",
    "WanV22A14BImageToVideoLoraInput",
    "WanV22A14BImageToVideoLoraInputAcceleration",
    "WanV22A14BImageToVideoLoraInputAspectRatio",
    "WanV22A14BImageToVideoLoraInputInterpolatorModel",
    "WanV22A14BImageToVideoLoraInputResolution",
    "WanV22A14BImageToVideoLoraInputVideoQuality",
    "WanV22A14BImageToVideoLoraInputVideoWriteMode",
    "WanV22A14BImageToVideoLoraOutput",
    "WanV22A14BImageToVideoOutput",
    "WanV22A14BImageToVideoTurboInput",
    "WanV22A14BImageToVideoTurboInputAcceleration",
    "WanV22A14BImageToVideoTurboInputAspectRatio",
    "WanV22A14BImageToVideoTurboInputResolution",
    "WanV22A14BImageToVideoTurboInputVideoQuality",
    "WanV22A14BImageToVideoTurboInputVideoWriteMode",
    "WanV22A14BImageToVideoTurboOutput",
    "WanV22A14BTextToImageInput",
    "WanV22A14BTextToImageInputAcceleration",
    "WanV22A14BTextToImageInputImageSizeType1",
    "WanV22A14BTextToImageLoraInput",
    "WanV22A14BTextToImageLoraInputAcceleration",
    "WanV22A14BTextToImageLoraInputImageFormat",
    "WanV22A14BTextToImageLoraInputImageSizeType1",
    "WanV22A14BTextToImageLoraOutput",
    "WanV22A14BTextToImageOutput",
    "WanV22A14BTextToVideoInput",
    "WanV22A14BTextToVideoInputAcceleration",
    "WanV22A14BTextToVideoInputAspectRatio",
    "WanV22A14BTextToVideoInputInterpolatorModel",
    "WanV22A14BTextToVideoInputResolution",
    "WanV22A14BTextToVideoInputVideoQuality",
    "WanV22A14BTextToVideoInputVideoWriteMode",
    "WanV22A14BTextToVideoLoraInput",
    "WanV22A14BTextToVideoLoraInputAcceleration",
    "WanV22A14BTextToVideoLoraInputAspectRatio",
    "WanV22A14BTextToVideoLoraInputInterpolatorModel",
    "WanV22A14BTextToVideoLoraInputResolution",
    "WanV22A14BTextToVideoLoraInputVideoQuality",
    "WanV22A14BTextToVideoLoraInputVideoWriteMode",
    "WanV22A14BTextToVideoLoraOutput",
    "WanV22A14BTextToVideoOutput",
    "WanV22A14BVideoToVideoInput",
    "WanV22A14BVideoToVideoInputAcceleration",
    "WanV22A14BVideoToVideoInputAspectRatio",
    "WanV22A14BVideoToVideoInputInterpolatorModel",
    "WanV22A14BVideoToVideoInputResolution",
    "WanV22A14BVideoToVideoInputVideoQuality",
    "WanV22A14BVideoToVideoInputVideoWriteMode",
    "WanV22A14BVideoToVideoOutput",
    "WanV26ImageToVideoFlashInput",
    "WanV26ImageToVideoFlashInputDuration",
    "WanV26ImageToVideoFlashInputResolution",
    "WanV26ImageToVideoFlashOutput",
    "WanV26ImageToVideoInput",
    "WanV26ImageToVideoInputDuration",
    "WanV26ImageToVideoInputResolution",
    "WanV26ImageToVideoOutput",
    "WanV26ReferenceToVideoInput",
    "WanV26ReferenceToVideoInputAspectRatio",
    "WanV26ReferenceToVideoInputDuration",
    "WanV26ReferenceToVideoInputResolution",
    "WanV26ReferenceToVideoOutput",
    "WanV26TextToImageInput",
    "WanV26TextToImageInputImageSizeType1",
    "WanV26TextToImageOutput",
    "WanV26TextToVideoInput",
    "WanV26TextToVideoInputAspectRatio",
    "WanV26TextToVideoInputDuration",
    "WanV26TextToVideoInputResolution",
    "WanV26TextToVideoOutput",
    "WanVace13BInput",
    "WanVace13BInputAspectRatio",
    "WanVace13BInputResolution",
    "WanVace13BInputTask",
    "WanVace13BOutput",
    "WanVace14BInpaintingInput",
    "WanVace14BInpaintingInputAccelerationType0",
    "WanVace14BInpaintingInputAspectRatio",
    "WanVace14BInpaintingInputInterpolatorModel",
    "WanVace14BInpaintingInputResolution",
    "WanVace14BInpaintingInputSampler",
    "WanVace14BInpaintingInputTransparencyMode",
    "WanVace14BInpaintingInputVideoQuality",
    "WanVace14BInpaintingInputVideoWriteMode",
    "WanVace14BInpaintingOutput",
    "WanVace14BInput",
    "WanVace14BInputAccelerationType0",
    "WanVace14BInputAspectRatio",
    "WanVace14BInputInterpolatorModel",
    "WanVace14BInputResolution",
    "WanVace14BInputSampler",
    "WanVace14BInputTask",
    "WanVace14BInputTransparencyMode",
    "WanVace14BInputVideoQuality",
    "WanVace14BInputVideoWriteMode",
    "WanVace14BOutpaintingInput",
    "WanVace14BOutpaintingInputAccelerationType0",
    "WanVace14BOutpaintingInputAspectRatio",
    "WanVace14BOutpaintingInputInterpolatorModel",
    "WanVace14BOutpaintingInputResolution",
    "WanVace14BOutpaintingInputSampler",
    "WanVace14BOutpaintingInputTransparencyMode",
    "WanVace14BOutpaintingInputVideoQuality",
    "WanVace14BOutpaintingInputVideoWriteMode",
    "WanVace14BOutpaintingOutput",
    "WanVace14BOutput",
    "WanVace14BPoseInput",
    "WanVace14BPoseInputAccelerationType0",
    "WanVace14BPoseInputAspectRatio",
    "WanVace14BPoseInputInterpolatorModel",
    "WanVace14BPoseInputResolution",
    "WanVace14BPoseInputSampler",
    "WanVace14BPoseInputTransparencyMode",
    "WanVace14BPoseInputVideoQuality",
    "WanVace14BPoseInputVideoWriteMode",
    "WanVace14BPoseOutput",
    "WanVace14BReframeInput",
    "WanVace14BReframeInputAccelerationType0",
    "WanVace14BReframeInputAspectRatio",
    "WanVace14BReframeInputInterpolatorModel",
    "WanVace14BReframeInputResolution",
    "WanVace14BReframeInputSampler",
    "WanVace14BReframeInputTransparencyMode",
    "WanVace14BReframeInputVideoQuality",
    "WanVace14BReframeInputVideoWriteMode",
    "WanVace14BReframeOutput",
    "WanVaceAppsLongReframeInput",
    "WanVaceAppsLongReframeInputAcceleration",
    "WanVaceAppsLongReframeInputAspectRatio",
    "WanVaceAppsLongReframeInputInterpolatorModel",
    "WanVaceAppsLongReframeInputResolution",
    "WanVaceAppsLongReframeInputSampler",
    "WanVaceAppsLongReframeInputTransparencyMode",
    "WanVaceAppsLongReframeInputVideoQuality",
    "WanVaceAppsLongReframeInputVideoWriteMode",
    "WanVaceAppsLongReframeOutput",
    "WanVaceAppsVideoEditInput",
    "WanVaceAppsVideoEditInputAcceleration",
    "WanVaceAppsVideoEditInputAspectRatio",
    "WanVaceAppsVideoEditInputResolution",
    "WanVaceAppsVideoEditInputVideoType",
    "WanVaceAppsVideoEditOutput",
    "WanVaceInput",
    "WanVaceInputAspectRatio",
    "WanVaceInputResolution",
    "WanVaceInputTask",
    "WanVaceOutput",
    "WhisperChunk",
    "WhisperChunkV73646D",
    "WhisperInput",
    "WhisperInputChunkLevel",
    "WhisperInputLanguageType0",
    "WhisperInputTask",
    "WhisperInputVersion",
    "WhisperOutput",
    "WhisperOutputInferredLanguagesItem",
    "WizperInput",
    "WizperInputLanguageType0",
    "WizperInputTask",
    "WizperOutput",
    "WizperOutputLanguagesItem",
    "WorkflowGetResultResponse200",
    "WorkflowGetStatusLogs",
    "WorkflowStreamStatusLogs",
    "WorkflowUtilitiesAutoSubtitleInput",
    "WorkflowUtilitiesAutoSubtitleInputBackgroundColor",
    "WorkflowUtilitiesAutoSubtitleInputFontColor",
    "WorkflowUtilitiesAutoSubtitleInputFontWeight",
    "WorkflowUtilitiesAutoSubtitleInputHighlightColor",
    "WorkflowUtilitiesAutoSubtitleInputPosition",
    "WorkflowUtilitiesAutoSubtitleInputStrokeColor",
    "WorkflowUtilitiesAutoSubtitleOutput",
    "WorkflowUtilitiesAutoSubtitleOutputTranscriptionMetadata",
    "WorkflowUtilitiesAutoSubtitleOutputWordsItem",
    "WorkflowUtilitiesInterleaveVideoInput",
    "WorkflowUtilitiesInterleaveVideoOutput",
    "XAilabNsfwInput",
    "XAilabNsfwOutput",
    "YueInput",
    "YueOutput",
    "ZImageBaseInput",
    "ZImageBaseInputAcceleration",
    "ZImageBaseInputImageSizeType1",
    "ZImageBaseInputOutputFormat",
    "ZImageBaseLoraInput",
    "ZImageBaseLoraInputAcceleration",
    "ZImageBaseLoraInputImageSizeType1",
    "ZImageBaseLoraInputOutputFormat",
    "ZImageBaseLoraOutput",
    "ZImageBaseLoraOutputTimings",
    "ZImageBaseOutput",
    "ZImageBaseOutputTimings",
    "ZImageBaseTrainerInput",
    "ZImageBaseTrainerOutput",
    "ZImageTurboInput",
    "ZImageTurboInputAcceleration",
    "ZImageTurboInputImageSizeType1",
    "ZImageTurboInputOutputFormat",
    "ZImageTurboOutput",
    "ZImageTurboOutputTimings",
    "ZImageTurboTrainerV2Input",
    "ZImageTurboTrainerV2Output",
    "ZonosInput",
    "ZonosOutput",
]
