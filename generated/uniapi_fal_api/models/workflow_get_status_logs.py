from typing import Literal

WorkflowGetStatusLogs = Literal[0, 1]

WORKFLOW_GET_STATUS_LOGS_VALUES: set[WorkflowGetStatusLogs] = {
    0,
    1,
}


def check_workflow_get_status_logs(value: int) -> WorkflowGetStatusLogs:
    if value in WORKFLOW_GET_STATUS_LOGS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_GET_STATUS_LOGS_VALUES!r}"
    )
