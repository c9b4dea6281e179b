"""The protocol core: each phase of a call (submit, wait, result, cancel) as a flow of
effects, with no sockets, threads or sleeps of its own; `_sync_driver` and
`_async_driver` carry the effects out."""
