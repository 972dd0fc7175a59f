"""Pure election rules: standard library only, no I/O beyond what callers pass in."""
