"""Screens of the worksheet area: the editor, handing out, the packet."""
