-- A working view no longer needed.
DROP VIEW IF EXISTS {{ view }}
