"""Cold War source documents -> a citable, versioned open dataset."""

import os

__version__ = "0.1.0"

# One thread for numpy's matrix products (natasha's Russian NER runs on them), set before numpy is first imported
# (a value already set is kept): a build's parallelism is its seed workers, which set the same, and a pool of BLAS
# threads in the build's own process (the few seeds it parses itself, `make dev`'s sensor) made each Russian passage
# several times slower on a busy machine, for the same names. OMP_NUM_THREADS is left alone: Arrow sizes its own
# thread pool by it, and the build's process reads and writes Parquet with that pool.
for _variable in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")
