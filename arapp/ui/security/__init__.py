"""The optional app password: the prompt, and where it is asked."""
