-- One foreign key of a release table.
FOREIGN KEY ({{ columns }}) REFERENCES {{ table }} ({{ ref_columns }})
