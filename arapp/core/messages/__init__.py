"""Messages to customers besides letters: WhatsApp click-to-chat links, SMS texts and the
e-mail that carries a letter. Pure: phone numbers, links, texts and SMTP settings; the
sending and the log live in :mod:`arapp.core.services.messaging`."""
