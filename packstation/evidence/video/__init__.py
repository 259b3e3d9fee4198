"""Packing video: burned-in overlay, segment encoder (PyAV), per-order recorder, segment chain and checks."""
