"""Editors: dialogs that validate each field and save through one operation of workbench.operations."""
