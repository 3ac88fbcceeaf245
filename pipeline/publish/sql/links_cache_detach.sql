-- The links cache let go once the build's links are read from it.
DETACH links_cache
