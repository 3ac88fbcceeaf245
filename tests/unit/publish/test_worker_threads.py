"""The seed workers run one thread each, but the build's own process keeps every core for Arrow (assembly, Parquet)."""

import os
import subprocess
import sys

SCRIPT = """
import os
os.environ.pop("OMP_NUM_THREADS", None)
import pyarrow as pa
from pipeline.publish.staging import SeedPool
pool = SeedPool(2)
pool._executor()
print(pa.cpu_count(), os.environ["OMP_NUM_THREADS"])
pool.close()
"""


def test_starting_the_seed_workers_leaves_the_builds_arrow_threads_alone():
    env = {k: v for k, v in os.environ.items() if k != "OMP_NUM_THREADS"}
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, check=True).stdout.split()
    assert out == [str(os.cpu_count()), "1"]
