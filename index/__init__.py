"""From plan documents to a searchable index: parse, tokenize, chunk, embed, store, search."""
