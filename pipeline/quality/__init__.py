"""Measuring the pipeline: scores against the gold annotations and speed benchmarks (not used by a build)."""
