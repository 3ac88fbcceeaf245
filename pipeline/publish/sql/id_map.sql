-- Document ids made unique: the first seed (by file name) keeps the id, the others get '~<sha8>'.
CREATE TABLE id_map AS
SELECT _seed_sha256, doc_id AS old_id,
       CASE WHEN row_number() OVER (PARTITION BY doc_id ORDER BY seed_file) = 1 THEN doc_id
            ELSE doc_id || '~' || left(seed_sha256, 8) END AS new_id
FROM staged_documents
