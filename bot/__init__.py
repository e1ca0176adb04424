"""planbot: question answering over Ichinoseki City's plan documents, with citations."""
