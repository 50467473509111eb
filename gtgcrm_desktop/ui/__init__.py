"""The desktop GUI (PySide6): main window, screens, Qt models and the task runner."""
