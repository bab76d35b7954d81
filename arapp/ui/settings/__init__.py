"""Settings: pages that register themselves (:mod:`arapp.ui.settings.pages`)."""
