"""packstation: a packing-station app that guides every order through confirm, pick, pack, label, photograph."""

__version__ = "0.1.0"
