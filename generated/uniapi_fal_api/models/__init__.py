"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562), so importing this package costs the
same with six models or six hundred. (Template: scripts/templates/models_init.py.jinja.)
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cancel_status import CancelStatus
    from .error_detail import ErrorDetail
    from .file import File
    from .flux_dev_input import FluxDevInput
    from .flux_dev_input_acceleration import FluxDevInputAcceleration
    from .flux_dev_input_image_size_type_0 import FluxDevInputImageSizeType0
    from .flux_dev_input_output_format import FluxDevInputOutputFormat
    from .flux_dev_output import FluxDevOutput
    from .flux_dev_output_timings import FluxDevOutputTimings
    from .flux_schnell_input import FluxSchnellInput
    from .flux_schnell_input_acceleration import FluxSchnellInputAcceleration
    from .flux_schnell_input_image_size_type_0 import FluxSchnellInputImageSizeType0
    from .flux_schnell_input_output_format import FluxSchnellInputOutputFormat
    from .flux_schnell_output import FluxSchnellOutput
    from .flux_schnell_output_timings import FluxSchnellOutputTimings
    from .get_result_response_200 import GetResultResponse200
    from .get_status_logs import GetStatusLogs
    from .http_validation_error import HTTPValidationError
    from .image import Image
    from .image_size import ImageSize
    from .kling_video_v21_master_text_to_video_input import (
        KlingVideoV21MasterTextToVideoInput,
    )
    from .kling_video_v21_master_text_to_video_input_aspect_ratio import (
        KlingVideoV21MasterTextToVideoInputAspectRatio,
    )
    from .kling_video_v21_master_text_to_video_input_duration import (
        KlingVideoV21MasterTextToVideoInputDuration,
    )
    from .kling_video_v21_master_text_to_video_output import (
        KlingVideoV21MasterTextToVideoOutput,
    )
    from .kling_video_v21_pro_image_to_video_input import (
        KlingVideoV21ProImageToVideoInput,
    )
    from .kling_video_v21_pro_image_to_video_input_aspect_ratio import (
        KlingVideoV21ProImageToVideoInputAspectRatio,
    )
    from .kling_video_v21_pro_image_to_video_input_duration import (
        KlingVideoV21ProImageToVideoInputDuration,
    )
    from .kling_video_v21_pro_image_to_video_output import (
        KlingVideoV21ProImageToVideoOutput,
    )
    from .kling_video_v21_standard_image_to_video_input import (
        KlingVideoV21StandardImageToVideoInput,
    )
    from .kling_video_v21_standard_image_to_video_input_aspect_ratio import (
        KlingVideoV21StandardImageToVideoInputAspectRatio,
    )
    from .kling_video_v21_standard_image_to_video_input_duration import (
        KlingVideoV21StandardImageToVideoInputDuration,
    )
    from .kling_video_v21_standard_image_to_video_output import (
        KlingVideoV21StandardImageToVideoOutput,
    )
    from .log_entry import LogEntry
    from .minimax_video_01_input import MinimaxVideo01Input
    from .minimax_video_01_output import MinimaxVideo01Output
    from .queue_status import QueueStatus
    from .queue_status_metrics import QueueStatusMetrics
    from .queue_submitted import QueueSubmitted
    from .queue_submitted_metrics import QueueSubmittedMetrics
    from .stream_status_logs import StreamStatusLogs
    from .validation_error_item import ValidationErrorItem
    from .validation_error_item_ctx import ValidationErrorItemCtx

_MODULE_OF = {
    "CancelStatus": ".cancel_status",
    "ErrorDetail": ".error_detail",
    "File": ".file",
    "FluxDevInput": ".flux_dev_input",
    "FluxDevInputAcceleration": ".flux_dev_input_acceleration",
    "FluxDevInputImageSizeType0": ".flux_dev_input_image_size_type_0",
    "FluxDevInputOutputFormat": ".flux_dev_input_output_format",
    "FluxDevOutput": ".flux_dev_output",
    "FluxDevOutputTimings": ".flux_dev_output_timings",
    "FluxSchnellInput": ".flux_schnell_input",
    "FluxSchnellInputAcceleration": ".flux_schnell_input_acceleration",
    "FluxSchnellInputImageSizeType0": ".flux_schnell_input_image_size_type_0",
    "FluxSchnellInputOutputFormat": ".flux_schnell_input_output_format",
    "FluxSchnellOutput": ".flux_schnell_output",
    "FluxSchnellOutputTimings": ".flux_schnell_output_timings",
    "GetResultResponse200": ".get_result_response_200",
    "GetStatusLogs": ".get_status_logs",
    "HTTPValidationError": ".http_validation_error",
    "Image": ".image",
    "ImageSize": ".image_size",
    "KlingVideoV21MasterTextToVideoInput": ".kling_video_v21_master_text_to_video_input",
    "KlingVideoV21MasterTextToVideoInputAspectRatio": ".kling_video_v21_master_text_to_video_input_aspect_ratio",
    "KlingVideoV21MasterTextToVideoInputDuration": ".kling_video_v21_master_text_to_video_input_duration",
    "KlingVideoV21MasterTextToVideoOutput": ".kling_video_v21_master_text_to_video_output",
    "KlingVideoV21ProImageToVideoInput": ".kling_video_v21_pro_image_to_video_input",
    "KlingVideoV21ProImageToVideoInputAspectRatio": ".kling_video_v21_pro_image_to_video_input_aspect_ratio",
    "KlingVideoV21ProImageToVideoInputDuration": ".kling_video_v21_pro_image_to_video_input_duration",
    "KlingVideoV21ProImageToVideoOutput": ".kling_video_v21_pro_image_to_video_output",
    "KlingVideoV21StandardImageToVideoInput": ".kling_video_v21_standard_image_to_video_input",
    "KlingVideoV21StandardImageToVideoInputAspectRatio": ".kling_video_v21_standard_image_to_video_input_aspect_ratio",
    "KlingVideoV21StandardImageToVideoInputDuration": ".kling_video_v21_standard_image_to_video_input_duration",
    "KlingVideoV21StandardImageToVideoOutput": ".kling_video_v21_standard_image_to_video_output",
    "LogEntry": ".log_entry",
    "MinimaxVideo01Input": ".minimax_video_01_input",
    "MinimaxVideo01Output": ".minimax_video_01_output",
    "QueueStatus": ".queue_status",
    "QueueStatusMetrics": ".queue_status_metrics",
    "QueueSubmitted": ".queue_submitted",
    "QueueSubmittedMetrics": ".queue_submitted_metrics",
    "StreamStatusLogs": ".stream_status_logs",
    "ValidationErrorItem": ".validation_error_item",
    "ValidationErrorItemCtx": ".validation_error_item_ctx",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
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
)
