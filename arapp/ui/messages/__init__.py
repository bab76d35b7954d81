"""Messages to a customer from the card: WhatsApp, SMS and a letter by e-mail."""
