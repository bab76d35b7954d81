"""What a letter is, apart from the database and from PDF: the letter kinds and their rules
(:mod:`.kinds`), the plain data a document is made from (:mod:`.data`) and the names its
files get (:mod:`.filenames`). Services fill these; ``arapp.documents`` renders them."""
