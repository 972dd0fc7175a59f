"""Parts of pages that are big enough to live in their own modules."""
