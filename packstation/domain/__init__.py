"""Pure domain rules: orders, workflow, barcodes, tracking numbers, events. No I/O, no Qt."""
