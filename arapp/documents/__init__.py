"""PDF documents from data that the core decided: ``render.render_document(data)`` gives
the bytes of one letter or statement, ``parallel.render_all`` many on every core,
``combine.combine_pdfs`` one print-ready file. Nothing here imports a service or the
database (tests/documents/test_layering.py)."""
