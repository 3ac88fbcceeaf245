-- Each row of a release table by its key and a hash of its shared columns (for a diff between releases).
CREATE OR REPLACE TEMP TABLE {{ target }} AS SELECT {{ key }} AS k, md5(CAST(({{ columns }}) AS VARCHAR)) AS h FROM read_parquet($file) t
