
UNION SELECT {{ key }} FROM {{ table }} WHERE {{ column }} IN (SELECT {{ ref_column }} FROM {{ gone }})
