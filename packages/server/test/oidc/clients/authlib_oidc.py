"""An OpenID Connect relying party built on Authlib (Debian python3-authlib), driven by the tests.

Authlib builds the authorize link and the token request (authlib.oauth2.rfc6749.parameters,
rfc7636), parses the callback, and validates the ID token (authlib.jose with
authlib.oidc.core.CodeIDToken) and the metadata (authlib.oidc.discovery). HTTP goes through the
standard library: Debian's Authlib has no HTTP client of its own without python3-requests.

Modes (one JSON object on argv[2], one JSON object printed):
  start   {issuer, client_id, redirect_uri, scope}
          -> the authorize URL Authlib builds, with its state, nonce and PKCE verifier
  finish  {issuer, client_id, client_secret, redirect_uri, state, nonce, code_verifier, callback}
          -> Authlib exchanges the code, validates the ID token (CodeIDToken) and calls userinfo
  verify  {issuer, client_id, id_token, nonce}
          -> validates an ID token against the JWKS as it is now
Errors are printed as {"error": "<exception class>", "message": "..."} with exit code 2.
"""
import base64
import json
import sys
import urllib.request

from authlib.common.security import generate_token
from authlib.jose import JsonWebKey, jwt
from authlib.oauth2.rfc6749.parameters import (
    parse_authorization_code_response,
    prepare_grant_uri,
    prepare_token_request,
)
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from authlib.oidc.core import CodeIDToken
from authlib.oidc.discovery import OpenIDProviderMetadata


def http_json(url, body=None, headers=None):
    request = urllib.request.Request(url, data=body, headers=headers or {})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read().decode("utf-8"))


def discover(issuer):
    metadata = OpenIDProviderMetadata(http_json(issuer + "/.well-known/openid-configuration"))
    # Every check of OpenID Connect Discovery §3 and RFC 8414 §2, except the "https" scheme:
    # the test server listens on plain http on loopback.
    for key in metadata.REGISTRY_KEYS:
        try:
            getattr(metadata, "validate_" + key)()
        except ValueError as error:
            if 'MUST use "https" scheme' not in str(error):
                raise
    if metadata["issuer"] != issuer:
        raise ValueError("issuer mismatch")
    return metadata


def validate(metadata, client_id, id_token, nonce, access_token=None):
    keys = JsonWebKey.import_key_set(http_json(metadata["jwks_uri"]))
    params = {"nonce": nonce, "client_id": client_id}
    if access_token is not None:
        params["access_token"] = access_token
    claims = jwt.decode(
        id_token,
        keys,
        claims_cls=CodeIDToken,
        claims_options={
            "iss": {"essential": True, "value": metadata["issuer"]},
            "aud": {"essential": True, "value": client_id},
        },
        claims_params=params,
    )
    claims.validate(leeway=0)
    return dict(claims)


def start(args):
    metadata = discover(args["issuer"])
    state = generate_token(20)
    nonce = generate_token(20)
    verifier = generate_token(48)
    url = prepare_grant_uri(
        metadata["authorization_endpoint"],
        args["client_id"],
        "code",
        redirect_uri=args["redirect_uri"],
        scope=args["scope"],
        state=state,
        nonce=nonce,
        code_challenge=create_s256_code_challenge(verifier),
        code_challenge_method="S256",
    )
    return {"url": url, "state": state, "nonce": nonce, "code_verifier": verifier}


def finish(args):
    metadata = discover(args["issuer"])
    answer = parse_authorization_code_response(args["callback"], state=args["state"])
    body = prepare_token_request(
        "authorization_code",
        code=answer["code"],
        redirect_uri=args["redirect_uri"],
        code_verifier=args["code_verifier"],
    )
    basic = base64.b64encode(f'{args["client_id"]}:{args["client_secret"]}'.encode()).decode()
    token = http_json(
        metadata["token_endpoint"],
        body.encode("ascii"),
        {
            "Authorization": "Basic " + basic,
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    claims = validate(
        metadata, args["client_id"], token["id_token"], args["nonce"], token["access_token"]
    )
    userinfo = http_json(
        metadata["userinfo_endpoint"],
        headers={"Authorization": "Bearer " + token["access_token"]},
    )
    return {"claims": claims, "userinfo": userinfo, "id_token": token["id_token"]}


def verify(args):
    metadata = discover(args["issuer"])
    return {"claims": validate(metadata, args["client_id"], args["id_token"], args["nonce"])}


if __name__ == "__main__":
    mode, payload = sys.argv[1], json.loads(sys.argv[2])
    try:
        result = {"start": start, "finish": finish, "verify": verify}[mode](payload)
    except Exception as error:  # the test reads which check refused the token
        print(json.dumps({"error": type(error).__name__, "message": str(error)}))
        sys.exit(2)
    print(json.dumps(result))
