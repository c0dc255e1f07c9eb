"""Store locations made safe to show, and credentials in URLs turned into HTTP auth."""

from __future__ import annotations

import pytest

from kgraph.urls import credentials, redact


@pytest.mark.parametrize(
    ("location", "shown"),
    [
        ("http://reader:s3cret@127.0.0.1:7878/query", "http://reader:***@127.0.0.1:7878/query"),
        ("https://t0ken@example.org/sparql", "https://***@example.org/sparql"),
        ("https://example.org/sparql?apikey=s3cret&graph=x", "https://example.org/sparql?apikey=***&graph=x"),
        ("https://example.org/sparql?access_token=s3cret", "https://example.org/sparql?access_token=***"),
        ("http://127.0.0.1:7878", "http://127.0.0.1:7878"),
        ("out/store", "out/store"),
        ("http://a:s3cret@[::1", "http://***"),
    ],
)
def test_redact_hides_secrets_in_store_locations(location, shown):
    assert redact(location) == shown


@pytest.mark.parametrize(
    ("url", "clean", "header"),
    [
        ("http://reader:s3cret@host:7878/x", "http://host:7878/x", "Basic cmVhZGVyOnMzY3JldA=="),
        ("http://a%40b:p%3Aw@host/", "http://host/", "Basic YUBiOnA6dw=="),
        ("http://host:7878", "http://host:7878", None),
    ],
)
def test_credentials_become_a_basic_auth_header(url, clean, header):
    assert credentials(url) == (clean, header)
