"""Cold War source documents -> a citable, versioned open dataset."""

__version__ = "0.1.0"
