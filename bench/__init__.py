"""Benchmarks of uniapi-fal against fal-client 1.0.3 and raw httpx, on the local emulator.

`python -m bench` (or `make bench`) runs every scenario and writes `bench/results.md`
and `bench/waiting.png`. Each client is measured in its own subprocess, so imports,
memory and connection pools never mix; the emulator runs in a process of its own.
"""
