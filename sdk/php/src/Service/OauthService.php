<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Service;

use Score360\Model\TokenResponse;
use Score360\Requester;

/** The oauth.* operations. */
final class OauthService
{
    public function __construct(private readonly Requester $requester)
    {
    }

    /**
     * Get an access token (client credentials grant).
     *
     * `oauth.token`: POST /v1/oauth/token
     *
     * @param array{grant_type: string, scope?: string, client_id?: string, client_secret?: string} $params
     * @param array{idempotency_key?: string} $options
     * @return TokenResponse
     */
    public function token(array $params, array $options = []): TokenResponse
    {
        return TokenResponse::fromArray($this->requester->request('POST', '/v1/oauth/token', [], $params, $options));
    }
}
