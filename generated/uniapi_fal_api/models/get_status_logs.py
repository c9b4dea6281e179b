from typing import Literal

GetStatusLogs = Literal[0, 1]

GET_STATUS_LOGS_VALUES: set[GetStatusLogs] = {
    0,
    1,
}


def check_get_status_logs(value: int) -> GetStatusLogs:
    if value in GET_STATUS_LOGS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_STATUS_LOGS_VALUES!r}")
