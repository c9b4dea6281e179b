from typing import Literal

WorkflowStreamStatusLogs = Literal[0, 1]

WORKFLOW_STREAM_STATUS_LOGS_VALUES: set[WorkflowStreamStatusLogs] = {
    0,
    1,
}


def check_workflow_stream_status_logs(value: int) -> WorkflowStreamStatusLogs:
    if value in WORKFLOW_STREAM_STATUS_LOGS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_STREAM_STATUS_LOGS_VALUES!r}"
    )
