"""Editors: dialogs that validate each field and save through the store."""
