"""Search: the analysed documents, the index queue and writer, and the query service."""
