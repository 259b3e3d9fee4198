"""Marketplaces: the TikTok Shop Open API client, Seller Center sheets and generic shipment exports. No Qt.

A marketplace is a `Channel` (channels/base.py): pull orders, ship packages, fetch labels. TikTok Shop is
the first; Shopee and Lazada implement the same small interface.
"""
