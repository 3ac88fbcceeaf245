"""Imported once by the process that forks the seed workers: the language models are loaded here, before any fork,
so every worker starts with them and shares their memory with the others instead of loading its own copy."""

from pipeline.publish.staging import warm_up

warm_up()
