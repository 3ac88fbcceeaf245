-- This build's seeds of the touched documents (see assembly_touched): the only ones whose staged rows are read.
CREATE TABLE touched_seeds AS
SELECT _seed_sha256 FROM id_map SEMI JOIN touched_documents ON touched_documents.doc_id = id_map.new_id
