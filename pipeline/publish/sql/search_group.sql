-- The table one language group's full-text index is made over, empty: the index's tables and macros are made over it
-- first, then its passages come (search_group_rows) and the index is filled in bulk (search_fill).
CREATE TABLE search.{{ table }} (passage_id VARCHAR, text VARCHAR)
