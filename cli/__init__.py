"""The command line: headless sub-commands over the same services the GUI uses."""
