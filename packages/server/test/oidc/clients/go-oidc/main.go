// An OpenID Connect relying party built on go-oidc (Debian golang-github-coreos-go-oidc-dev)
// and golang.org/x/oauth2, driven by the tests. One JSON object in argv[2], one printed:
//
//	exchange {issuer, client_id, client_secret, redirect_uri, code, code_verifier, nonce}
//	         -> discovery, the code exchange, the ID token verified (signature, iss, aud, exp),
//	            its nonce compared, at_hash checked, and userinfo
//	verify   {issuer, client_id, id_token, now?}
//	         -> the ID token verified against the JWKS as it is now (`now`: the clock, in
//	            Unix seconds, the verifier checks expiry against)
//
// Errors are printed as {"error": "..."} with exit code 2.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	oidc "github.com/coreos/go-oidc"
	"golang.org/x/oauth2"
)

type input struct {
	Issuer       string `json:"issuer"`
	ClientID     string `json:"client_id"`
	ClientSecret string `json:"client_secret"`
	RedirectURI  string `json:"redirect_uri"`
	Code         string `json:"code"`
	CodeVerifier string `json:"code_verifier"`
	Nonce        string `json:"nonce"`
	IDToken      string `json:"id_token"`
	Now          int64  `json:"now"`
}

func verifier(ctx context.Context, in input) (*oidc.IDTokenVerifier, *oidc.Provider, error) {
	// NewProvider checks that the discovery document names this very issuer.
	provider, err := oidc.NewProvider(ctx, in.Issuer)
	if err != nil {
		return nil, nil, err
	}
	config := &oidc.Config{ClientID: in.ClientID}
	if in.Now != 0 {
		config.Now = func() time.Time { return time.Unix(in.Now, 0) }
	}
	return provider.Verifier(config), provider, nil
}

func exchange(ctx context.Context, in input) (map[string]interface{}, error) {
	verify, provider, err := verifier(ctx, in)
	if err != nil {
		return nil, err
	}
	config := oauth2.Config{
		ClientID:     in.ClientID,
		ClientSecret: in.ClientSecret,
		Endpoint:     provider.Endpoint(),
		RedirectURL:  in.RedirectURI,
	}
	token, err := config.Exchange(ctx, in.Code, oauth2.SetAuthURLParam("code_verifier", in.CodeVerifier))
	if err != nil {
		return nil, err
	}
	rawIDToken, ok := token.Extra("id_token").(string)
	if !ok {
		return nil, errors.New("no id_token in the token response")
	}
	idToken, err := verify.Verify(ctx, rawIDToken)
	if err != nil {
		return nil, err
	}
	if idToken.Nonce != in.Nonce {
		return nil, fmt.Errorf("nonce mismatch")
	}
	if err := idToken.VerifyAccessToken(token.AccessToken); err != nil {
		return nil, err
	}
	var claims map[string]interface{}
	if err := idToken.Claims(&claims); err != nil {
		return nil, err
	}
	info, err := provider.UserInfo(ctx, oauth2.StaticTokenSource(token))
	if err != nil {
		return nil, err
	}
	var userinfo map[string]interface{}
	if err := info.Claims(&userinfo); err != nil {
		return nil, err
	}
	return map[string]interface{}{"claims": claims, "userinfo": userinfo, "id_token": rawIDToken}, nil
}

func verifyOnly(ctx context.Context, in input) (map[string]interface{}, error) {
	verify, _, err := verifier(ctx, in)
	if err != nil {
		return nil, err
	}
	idToken, err := verify.Verify(ctx, in.IDToken)
	if err != nil {
		return nil, err
	}
	var claims map[string]interface{}
	if err := idToken.Claims(&claims); err != nil {
		return nil, err
	}
	return map[string]interface{}{"claims": claims}, nil
}

func main() {
	var in input
	if len(os.Args) != 3 || json.Unmarshal([]byte(os.Args[2]), &in) != nil {
		fmt.Fprintln(os.Stderr, "usage: go-oidc exchange|verify JSON")
		os.Exit(1)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var result map[string]interface{}
	var err error
	switch os.Args[1] {
	case "exchange":
		result, err = exchange(ctx, in)
	case "verify":
		result, err = verifyOnly(ctx, in)
	default:
		err = errors.New("unknown mode")
	}
	if err != nil {
		out, _ := json.Marshal(map[string]string{"error": err.Error()})
		fmt.Println(string(out))
		os.Exit(2)
	}
	out, _ := json.Marshal(result)
	fmt.Println(string(out))
}
