"""Small widgets and Qt models shared by several screens."""
