"""Table models that present what the station service returns."""
