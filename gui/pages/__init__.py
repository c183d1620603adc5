"""The pages of the main window: one screen each, reached from the navigation list."""
