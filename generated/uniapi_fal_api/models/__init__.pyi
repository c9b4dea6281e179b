from .cancel_status import CancelStatus as CancelStatus
from .error_detail import ErrorDetail as ErrorDetail
from .file import File as File
from .flux_dev_input import FluxDevInput as FluxDevInput
from .flux_dev_input_acceleration import (
    FluxDevInputAcceleration as FluxDevInputAcceleration,
)
from .flux_dev_input_image_size_type_0 import (
    FluxDevInputImageSizeType0 as FluxDevInputImageSizeType0,
)
from .flux_dev_input_output_format import (
    FluxDevInputOutputFormat as FluxDevInputOutputFormat,
)
from .flux_dev_output import FluxDevOutput as FluxDevOutput
from .flux_dev_output_timings import FluxDevOutputTimings as FluxDevOutputTimings
from .flux_schnell_input import FluxSchnellInput as FluxSchnellInput
from .flux_schnell_input_acceleration import (
    FluxSchnellInputAcceleration as FluxSchnellInputAcceleration,
)
from .flux_schnell_input_image_size_type_0 import (
    FluxSchnellInputImageSizeType0 as FluxSchnellInputImageSizeType0,
)
from .flux_schnell_input_output_format import (
    FluxSchnellInputOutputFormat as FluxSchnellInputOutputFormat,
)
from .flux_schnell_output import FluxSchnellOutput as FluxSchnellOutput
from .flux_schnell_output_timings import (
    FluxSchnellOutputTimings as FluxSchnellOutputTimings,
)
from .get_result_response_200 import GetResultResponse200 as GetResultResponse200
from .get_status_logs import GetStatusLogs as GetStatusLogs
from .http_validation_error import HTTPValidationError as HTTPValidationError
from .image import Image as Image
from .image_size import ImageSize as ImageSize
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
from .kling_video_v21_pro_image_to_video_input_aspect_ratio import (
    KlingVideoV21ProImageToVideoInputAspectRatio as KlingVideoV21ProImageToVideoInputAspectRatio,
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
from .log_entry import LogEntry as LogEntry
from .minimax_video_01_input import MinimaxVideo01Input as MinimaxVideo01Input
from .minimax_video_01_output import MinimaxVideo01Output as MinimaxVideo01Output
from .queue_status import QueueStatus as QueueStatus
from .queue_status_metrics import QueueStatusMetrics as QueueStatusMetrics
from .queue_submitted import QueueSubmitted as QueueSubmitted
from .queue_submitted_metrics import QueueSubmittedMetrics as QueueSubmittedMetrics
from .stream_status_logs import StreamStatusLogs as StreamStatusLogs
from .validation_error_item import ValidationErrorItem as ValidationErrorItem
from .validation_error_item_ctx import ValidationErrorItemCtx as ValidationErrorItemCtx

__all__ = [
    "CancelStatus",
    "ErrorDetail",
    "File",
    "FluxDevInput",
    "FluxDevInputAcceleration",
    "FluxDevInputImageSizeType0",
    "FluxDevInputOutputFormat",
    "FluxDevOutput",
    "FluxDevOutputTimings",
    "FluxSchnellInput",
    "FluxSchnellInputAcceleration",
    "FluxSchnellInputImageSizeType0",
    "FluxSchnellInputOutputFormat",
    "FluxSchnellOutput",
    "FluxSchnellOutputTimings",
    "GetResultResponse200",
    "GetStatusLogs",
    "HTTPValidationError",
    "Image",
    "ImageSize",
    "KlingVideoV21MasterTextToVideoInput",
    "KlingVideoV21MasterTextToVideoInputAspectRatio",
    "KlingVideoV21MasterTextToVideoInputDuration",
    "KlingVideoV21MasterTextToVideoOutput",
    "KlingVideoV21ProImageToVideoInput",
    "KlingVideoV21ProImageToVideoInputAspectRatio",
    "KlingVideoV21ProImageToVideoInputDuration",
    "KlingVideoV21ProImageToVideoOutput",
    "KlingVideoV21StandardImageToVideoInput",
    "KlingVideoV21StandardImageToVideoInputAspectRatio",
    "KlingVideoV21StandardImageToVideoInputDuration",
    "KlingVideoV21StandardImageToVideoOutput",
    "LogEntry",
    "MinimaxVideo01Input",
    "MinimaxVideo01Output",
    "QueueStatus",
    "QueueStatusMetrics",
    "QueueSubmitted",
    "QueueSubmittedMetrics",
    "StreamStatusLogs",
    "ValidationErrorItem",
    "ValidationErrorItemCtx",
]
