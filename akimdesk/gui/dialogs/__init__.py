"""Dialogs that gather one answer for one service call."""
