-- A seed table of the build from the previous release's rows of the documents not touched (see assembly_touched) and
-- the staged rows of the touched documents' seeds, renamed through id_map: the rows a build from the staged rows of
-- every seed gives, reading only the shards that hold a touched seed. A table when the links read it, else a view.
CREATE {{ kind }} {{ table }} AS
SELECT * FROM read_parquet({{ old }}) ANTI JOIN touched_documents USING (doc_id)
UNION ALL BY NAME
SELECT {{ columns }} FROM {{ staged }} s {{ join }}
WHERE s._seed_sha256 IN (SELECT _seed_sha256 FROM touched_seeds)
