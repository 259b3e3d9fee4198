"""Test doubles of outside services (marketplace APIs), started on loopback by the tests."""
