"""Building the TikTok Shop channel from config, environment and the tokens the station last stored.

Secrets come from the environment first (PACKSTATION_TIKTOK_APP_SECRET, ...), then the config file.
A refreshed token pair is stored in channel_state: the refresh token rotates, so the one in the config
is only used until the first refresh -- or again when the config's token changes (re-authorised shop).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable

from packstation.channels.state import ChannelState
from packstation.channels.tiktok import TikTokShop
from packstation.channels.tiktok_client import TikTokClient, TikTokCredentials, TikTokTokens
from packstation.config import TikTokConfig
from packstation.store.uow import UnitOfWork

ENV = {
    "app_key": "PACKSTATION_TIKTOK_APP_KEY",
    "app_secret": "PACKSTATION_TIKTOK_APP_SECRET",
    "shop_cipher": "PACKSTATION_TIKTOK_SHOP_CIPHER",
    "access_token": "PACKSTATION_TIKTOK_ACCESS_TOKEN",
    "refresh_token": "PACKSTATION_TIKTOK_REFRESH_TOKEN",
    "base_url": "PACKSTATION_TIKTOK_BASE_URL",
    "auth_url": "PACKSTATION_TIKTOK_AUTH_URL",
}


def setting(config: TikTokConfig, name: str, environ: dict[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    return env.get(ENV[name]) or str(getattr(config, name))


def _seed(access: str, refresh: str) -> str:
    return hashlib.sha256(f"{access}\x1f{refresh}".encode()).hexdigest()


def build_tiktok(
    config: TikTokConfig,
    uow_factory: Callable[[], UnitOfWork],
    environ: dict[str, str] | None = None,
    **client_options: object,
) -> TikTokShop:
    """The shop's channel; raises ChannelAuthError when it is not set up."""
    given_access = setting(config, "access_token", environ)
    given_refresh = setting(config, "refresh_token", environ)
    tokens = TikTokTokens(given_access, given_refresh)
    with uow_factory() as uow:
        state = ChannelState(uow.session, "tiktok")
        stored = state.get("tokens")
        if isinstance(stored, dict) and stored.get("seed") == _seed(given_access, given_refresh):
            tokens = TikTokTokens(
                access_token=str(stored.get("access_token", "")),
                refresh_token=str(stored.get("refresh_token", "")),
                access_expires_at=int(stored.get("access_expires_at") or 0),
                refresh_expires_at=int(stored.get("refresh_expires_at") or 0),
            )
    seed = _seed(given_access, given_refresh)

    def keep(new: TikTokTokens) -> None:
        with uow_factory() as uow:
            ChannelState(uow.session, "tiktok").set(
                "tokens",
                {
                    "seed": seed,
                    "access_token": new.access_token,
                    "refresh_token": new.refresh_token,
                    "access_expires_at": new.access_expires_at,
                    "refresh_expires_at": new.refresh_expires_at,
                },
            )
            uow.commit()

    credentials = TikTokCredentials(
        app_key=setting(config, "app_key", environ),
        app_secret=setting(config, "app_secret", environ),
        shop_cipher=setting(config, "shop_cipher", environ),
        tokens=tokens,
    )
    client = TikTokClient(
        credentials,
        base_url=setting(config, "base_url", environ),
        auth_url=setting(config, "auth_url", environ),
        requests_per_second=config.requests_per_second,
        on_tokens=keep,
        **client_options,  # type: ignore[arg-type]
    )
    return TikTokShop(client, page_size=config.page_size)
