-- Document ids made unique: the first seed (by file name) keeps the id, the others get '~<sha8>'; with each document's
-- seed and seed file, the columns that tell a document touched since the previous release (assembly_touched).
CREATE TABLE id_map AS
SELECT _seed_sha256, doc_id AS old_id, seed_sha256, seed_file,
       CASE WHEN row_number() OVER (PARTITION BY doc_id ORDER BY seed_file) = 1 THEN doc_id
            ELSE doc_id || '~' || left(seed_sha256, 8) END AS new_id
FROM staged_documents
