"""Collection as a daily habit (issue #20): the Today screen (the home screen), the log
dialog, the card's timeline and the Reports screen. Screens are imported only when first
opened."""
